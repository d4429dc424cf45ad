"""*Aktionslæring*: the list of action-learning courses and, in its place, the course editor."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QWidget

from plf_desktop.domain.cycles import CycleModel, CycleStage, CycleSummary
from plf_desktop.domain.dates import format_date
from plf_desktop.domain.errors import QT_TRANSLATE_NOOP, PlfError, ValidationError
from plf_desktop.domain.records import Person, Team
from plf_desktop.i18n import message
from plf_desktop.ui import prompts
from plf_desktop.ui.fields import DateField, PersonCombo
from plf_desktop.ui.form_dialog import FormDialog
from plf_desktop.ui.item_models import Column
from plf_desktop.ui.list_editor_page import ListEditorPage

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


class NewCycleDialog(FormDialog):
    """What a new course needs: a title, the team, the phase model and when it starts."""

    def __init__(self, teams: list[Team], people: list[Person], on: dt.date,
                 parent: QWidget | None = None) -> None:
        super().__init__(translate("NewCycleDialog", "New action-learning course"), parent,
                         ok_text=translate("NewCycleDialog", "Create course"))
        self.result_value: dict | None = None
        self.title = QLineEdit(self)
        self.title.setPlaceholderText(self.tr("E.g. Groups that get going"))
        self.team = QComboBox(self)
        self.team.addItem(self.tr("(no team)"), None)
        for team in teams:
            self.team.addItem(team.name, team.id)
        if teams:
            self.team.setCurrentIndex(1)
        self.model = QComboBox(self)
        fill_models(self.model)
        self.class_label = QLineEdit(self)
        self.class_label.setPlaceholderText(self.tr("E.g. 5.A"))
        self.subject = QLineEdit(self)
        self.coach = PersonCombo(self)
        self.coach.set_people(people)
        self.started = DateField(self)
        self.started.set_date(on)
        form = QFormLayout()
        form.addRow(self.tr("&Title"), self.title)
        form.addRow(self.tr("T&eam"), self.team)
        form.addRow(self.tr("&Phase model"), self.model)
        form.addRow(self.tr("&Class"), self.class_label)
        form.addRow(self.tr("S&ubject"), self.subject)
        form.addRow(self.tr("C&oach"), self.coach)
        form.addRow(self.tr("&Starts"), self.started)
        self.arrange(form)
        self.title.setFocus()

    def accept(self) -> None:
        """Check the title and date; stay open with the reason if they are wrong."""
        self.accept_if(self._read)

    def _read(self) -> None:
        started = self.started.date()
        if started is None:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "An action-learning course needs a start date."), field="started")
        if not self.title.text().strip():
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "{what} cannot be empty."),
                                  field="title", what=QT_TRANSLATE_NOOP("Errors", "The title"))
        self.result_value = {
            "title": self.title.text(), "team_id": self.team.currentData(),
            "model": CycleModel(self.model.currentData()), "started": started,
            "class_label": self.class_label.text(), "subject": self.subject.text(),
            "coach_id": self.coach.person_id()}


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
