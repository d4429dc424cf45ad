"""*Observationer*: the list of observed lessons and, in its place, the observation editor."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QWidget

from plf_desktop.domain.dates import format_date, format_time
from plf_desktop.domain.observations import ObservationSummary
from plf_desktop.ui.item_models import Column
from plf_desktop.ui.list_editor_page import ListEditorPage


def today() -> dt.date:
    """Today's date (a function so tests can fix it)."""
    return dt.date.today()


class ObservationsPage(ListEditorPage):
    """The list of observations, with the observation editor taking its place."""

    stretch_column = 4

    def page_title(self) -> str:
        """*Observationer*."""
        return self.tr("Observations")

    def new_text(self) -> str:
        """*Ny observation*."""
        return self.tr("New observation")

    def new_tip(self) -> str:
        """What *Ny observation* does."""
        return self.tr("Plan an observation of a lesson (Ctrl+N)")

    def columns(self) -> list[Column]:
        """Date, time, class, subject, teachers and the number of notes."""
        return [
            Column(self.tr("Date"), lambda o: format_date(o.date),
                   sort_key=lambda o: f"{o.date.isoformat()} {format_time(o.start_time)}"),
            Column(self.tr("Time"), lambda o: format_time(o.start_time)),
            Column(self.tr("Class"), lambda o: o.class_label),
            Column(self.tr("Subject"), lambda o: o.subject),
            Column(self.tr("Teachers"), lambda o: o.teachers),
            Column(self.tr("Notes"), lambda o: str(o.note_count), sort_key=lambda o: o.note_count,
                   align_right=True),
        ]

    def search_text(self) -> str:
        """The search field's placeholder."""
        return self.tr("Search observations by class, subject, teacher or date")

    def records(self) -> list[ObservationSummary]:
        """Every observation, newest first."""
        return self.ctx.services.observations.summaries()

    def count_text(self, shown: int, total: int) -> str:
        """``Observationer: 20``."""
        return self.tr("Observations: {count}").format(count=shown)

    def build_editor(self) -> QWidget:
        """The observation editor."""
        from plf_desktop.ui.observation_editor import ObservationEditor

        return ObservationEditor(self.ctx, self)

    def open_observation(self, observation_id: str) -> None:
        """Open an observation in the editor."""
        self.open_record(observation_id)

    def create_new(self) -> None:
        """Create an observation for today and open its planning form."""
        observation = self.ctx.services.observations.create(date=today())
        self.open_observation(observation.id)
        self.editor.planning.class_label.setFocus()

    def trash(self, record: ObservationSummary) -> str:
        """Move an observation to the trash."""
        self.ctx.services.observations.delete(record.id)
        return self.tr("The observation was moved to the trash.")

    def restore(self, record: ObservationSummary) -> None:
        """Undo the delete."""
        self.ctx.services.observations.restore(record.id)
