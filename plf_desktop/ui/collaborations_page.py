"""Co-teaching collaborations: their list (a tab of *Aktionslæring*) and how a new one starts.

The vejleder's own co-teaching with a teacher is guided like an action-learning course: a
formøde with a contract, lessons planned, taught, observed and reflected on together, and an
evaluation against the six models and the look-fors (domain.md §3.4).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QWidget

from plf_desktop.domain.collaborations import CollaborationStage, CollaborationSummary
from plf_desktop.domain.dates import format_date
from plf_desktop.domain.errors import QT_TRANSLATE_NOOP, PlfError
from plf_desktop.domain.records import Person, Team
from plf_desktop.i18n import message
from plf_desktop.ui import prompts
from plf_desktop.ui.fields import PersonCombo
from plf_desktop.ui.item_models import Column
from plf_desktop.ui.list_editor_page import ListEditorPage
from plf_desktop.ui.process_dialog import ProcessDialog

translate = QCoreApplication.translate

STAGE_NAMES = {
    CollaborationStage.CONTRACT: QT_TRANSLATE_NOOP("CollaborationsPage", "Contract"),
    CollaborationStage.LESSONS: QT_TRANSLATE_NOOP("CollaborationsPage", "Lessons"),
    CollaborationStage.EVALUATION: QT_TRANSLATE_NOOP("CollaborationsPage", "Evaluation"),
    CollaborationStage.CLOSED: QT_TRANSLATE_NOOP("CollaborationsPage", "Closed"),
}


def today() -> dt.date:
    """Today's date (a function so tests can fix it)."""
    return dt.date.today()


class NewCollaborationDialog(ProcessDialog):
    """What a new collaboration needs: a title, the teacher, the vejleder, class and start."""

    def __init__(self, teams: list[Team], people: list[Person], on: dt.date,
                 parent: QWidget | None = None) -> None:
        self.teacher = PersonCombo()
        self.teacher.set_people(people)
        super().__init__(translate("NewCollaborationDialog", "New co-teaching collaboration"),
                         translate("NewCollaborationDialog", "Create collaboration"), teams,
                         people, on, QT_TRANSLATE_NOOP("Errors",
                                                       "A collaboration needs a start date."),
                         parent)
        self.title.setPlaceholderText(self.tr("E.g. Co-teaching in 5.A Danish"))

    def extra_rows(self, form: QFormLayout) -> None:
        """The teacher the vejleder co-teaches with."""
        self.teacher.setParent(self)
        form.addRow(self.tr("Te&acher"), self.teacher)

    def extra_values(self) -> dict:
        """The chosen teacher."""
        return {"teacher_id": self.teacher.person_id()}


class CollaborationsPage(ListEditorPage):
    """The list of collaborations, with the collaboration editor taking its place."""

    stretch_column = 1

    def page_title(self) -> str:
        """*Co-teaching-samarbejder*."""
        return self.tr("Co-teaching collaborations")

    def new_text(self) -> str:
        """*Nyt samarbejde*."""
        return self.tr("New collaboration")

    def new_tip(self) -> str:
        """What *Nyt samarbejde* does."""
        return self.tr("Start a co-teaching collaboration with a teacher (Ctrl+N)")

    def columns(self) -> list[Column]:
        """Started, title, teacher, vejleder, where it stands and the number of lessons."""
        return [
            Column(self.tr("Started"), lambda c: format_date(c.started),
                   sort_key=lambda c: c.started.isoformat() if c.started else ""),
            Column(self.tr("Title"), lambda c: c.title),
            Column(self.tr("Teacher"), lambda c: c.teacher),
            Column(self.tr("Coach"), lambda c: c.coach),
            Column(self.tr("Phase"),
                   lambda c: translate("CollaborationsPage", STAGE_NAMES[c.stage])),
            Column(self.tr("Lessons"), lambda c: str(c.lessons), sort_key=lambda c: c.lessons,
                   align_right=True),
        ]

    def search_text(self) -> str:
        """The search field's placeholder."""
        return self.tr("Search collaborations by title, teacher, coach or date")

    def records(self) -> list[CollaborationSummary]:
        """Every collaboration, newest first."""
        return self.ctx.services.collaborations.summaries()

    def count_text(self, shown: int, total: int) -> str:
        """``Samarbejder: 4``."""
        return self.tr("Collaborations: {count}").format(count=shown)

    def build_editor(self) -> QWidget:
        """The collaboration editor."""
        from plf_desktop.ui.collaboration_editor import CollaborationEditor

        return CollaborationEditor(self.ctx, self)

    def create_new(self) -> None:
        """Ask for title, teacher, vejleder and start; then create and open it."""
        services = self.ctx.services
        dialog = NewCollaborationDialog(services.people.list_teams(),
                                        services.people.list_people(), today(), self)
        if not (prompts.run(dialog) and dialog.result_value):
            return
        try:
            collaboration = services.collaborations.create(**dialog.result_value)
        except PlfError as error:
            self.ctx.show_error(message(error))
            return
        self.open_record(collaboration.id)
        self.editor.contract.goals.setFocus()

    def trash(self, record: CollaborationSummary) -> str:
        """Move a collaboration to the trash."""
        self.ctx.services.collaborations.delete(record.id)
        return self.tr("The collaboration was moved to the trash.")

    def restore(self, record: CollaborationSummary) -> None:
        """Undo the delete."""
        self.ctx.services.collaborations.restore(record.id)
