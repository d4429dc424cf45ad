"""*Aktionslæring*: the list of action-learning courses and, in its place, the course editor."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QFormLayout, QWidget

from plf_desktop.domain.cycles import CycleModel, CycleStage, CycleSummary
from plf_desktop.domain.dates import format_date
from plf_desktop.domain.errors import QT_TRANSLATE_NOOP, PlfError
from plf_desktop.domain.records import Person, Team
from plf_desktop.i18n import message
from plf_desktop.ui import prompts
from plf_desktop.ui.item_models import Column
from plf_desktop.ui.list_editor_page import ListEditorPage
from plf_desktop.ui.process_dialog import ProcessDialog

translate = QCoreApplication.translate

STAGE_NAMES = {
    CycleStage.PROBLEM: QT_TRANSLATE_NOOP("CyclesPage", "Problem statement"),
    CycleStage.ROUNDS: QT_TRANSLATE_NOOP("CyclesPage", "Rounds"),
    CycleStage.LEARNING: QT_TRANSLATE_NOOP("CyclesPage", "Processing of experiences"),
    CycleStage.CLOSED: QT_TRANSLATE_NOOP("CyclesPage", "Closed"),
}
MODEL_NAMES = {
    CycleModel.EVA: QT_TRANSLATE_NOOP("CyclesPage", "EVA's five phases"),
    CycleModel.EMU: QT_TRANSLATE_NOOP("CyclesPage", "EMU's four phases"),
}


def today() -> dt.date:
    """Today's date (a function so tests can fix it)."""
    return dt.date.today()


def fill_models(combo: QComboBox) -> None:
    """Offer the two phase models, EVA's first (the default)."""
    for model in CycleModel:
        combo.addItem(translate("CyclesPage", MODEL_NAMES[model]), model.value)


class NewCycleDialog(ProcessDialog):
    """What a new course needs: a title, the phase model, the team and when it starts."""

    def __init__(self, teams: list[Team], people: list[Person], on: dt.date,
                 parent: QWidget | None = None) -> None:
        self.model = QComboBox()
        fill_models(self.model)
        super().__init__(translate("NewCycleDialog", "New action-learning course"),
                         translate("NewCycleDialog", "Create course"), teams, people, on,
                         QT_TRANSLATE_NOOP("Errors",
                                           "An action-learning course needs a start date."),
                         parent)
        self.title.setPlaceholderText(self.tr("E.g. Groups that get going"))
        self.team.set_teams(teams, teams[0].id if teams else None)

    def extra_rows(self, form: QFormLayout) -> None:
        """The phase model, EVA's by default."""
        self.model.setParent(self)
        form.addRow(self.tr("&Phase model"), self.model)

    def extra_values(self) -> dict:
        """The chosen model."""
        return {"model": CycleModel(self.model.currentData())}


class CyclesPage(ListEditorPage):
    """The list of courses, with the course editor taking its place."""

    stretch_column = 1

    def page_title(self) -> str:
        """*Aktionslæring*."""
        return self.tr("Action learning")

    def new_text(self) -> str:
        """*Nyt forløb*."""
        return self.tr("New course")

    def new_tip(self) -> str:
        """What *Nyt forløb* does."""
        return self.tr("Start an action-learning course with a team (Ctrl+N)")

    def columns(self) -> list[Column]:
        """Started, title, team, where it stands and the number of rounds."""
        return [
            Column(self.tr("Started"), lambda c: format_date(c.started),
                   sort_key=lambda c: c.started.isoformat() if c.started else ""),
            Column(self.tr("Title"), lambda c: c.title),
            Column(self.tr("Team"), lambda c: c.team),
            Column(self.tr("Phase"), lambda c: translate("CyclesPage", STAGE_NAMES[c.stage])),
            Column(self.tr("Rounds"), lambda c: str(c.rounds), sort_key=lambda c: c.rounds,
                   align_right=True),
        ]

    def search_text(self) -> str:
        """The search field's placeholder."""
        return self.tr("Search courses by title, team, phase or date")

    def records(self) -> list[CycleSummary]:
        """Every course, newest first."""
        return self.ctx.services.cycles.summaries()

    def count_text(self, shown: int, total: int) -> str:
        """``Forløb: 12``."""
        return self.tr("Courses: {count}").format(count=shown)

    def build_editor(self) -> QWidget:
        """The course editor."""
        from plf_desktop.ui.cycle_editor import CycleEditor

        return CycleEditor(self.ctx, self)

    def create_new(self) -> None:
        """Ask for title, team, model and start; then create and open the course."""
        services = self.ctx.services
        dialog = NewCycleDialog(services.people.list_teams(), services.people.list_people(),
                                today(), self)
        if not (prompts.run(dialog) and dialog.result_value):
            return
        try:
            cycle = services.cycles.create(**dialog.result_value)
        except PlfError as error:
            self.ctx.show_error(message(error))
            return
        self.open_record(cycle.id)
        self.editor.problem.wonder.setFocus()

    def trash(self, record: CycleSummary) -> str:
        """Move a course to the trash."""
        self.ctx.services.cycles.delete(record.id)
        return self.tr("The course was moved to the trash.")

    def restore(self, record: CycleSummary) -> None:
        """Undo the delete."""
        self.ctx.services.cycles.restore(record.id)
