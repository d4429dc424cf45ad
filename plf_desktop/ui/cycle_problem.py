"""The course and its *problemstilling*: who takes part, each one's quick-write, the undren it
grew from, the sharpened problem statement, why it matters, the goals and the tegn.

EVA's process (domain.md §2.4): five minutes of quick-writing each, a round where each
presents, sharpening, choosing one or two, and asking why it matters.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from plf_desktop.domain.cycles import Cycle, CycleModel
from plf_desktop.domain.records import Person
from plf_desktop.ui import labels
from plf_desktop.ui.context import UiContext
from plf_desktop.ui.cycles_page import fill_models
from plf_desktop.ui.fields import (
    DateField,
    PeopleChecklist,
    PersonCombo,
    TeamCombo,
    set_text_quietly,
    text_box,
)


class CycleProblem(QScrollArea):
    """The course's frame and problem statement, saved as they are typed.

    Signals:
        rounds_requested(): the team is ready for its first round.
        changed(): something the stepper shows changed (the model, participants).
        progressed(): a saved field changes the course's next step (the problem statement).
    """

    rounds_requested = Signal()
    changed = Signal()
    progressed = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.cycle_id = ""
        body = QWidget(self)
        self.setWidget(body)
        self.setWidgetResizable(True)
        self.title = QLineEdit(body)
        self.model = QComboBox(body)
        fill_models(self.model)
        self.team = TeamCombo(body)
        self.class_label = QLineEdit(body)
        self.subject = QLineEdit(body)
        self.coach = PersonCombo(body)
        self.started = DateField(body)
        self.participants = PeopleChecklist(body)
        self.participants.setAccessibleName(self.tr("Participants"))
        self.writes_box = QGroupBox(self.tr("Quick-writes (five minutes each, then a round)"),
                                    body)
        self.writes_form = QFormLayout(self.writes_box)
        self.writes: dict[str, QPlainTextEdit] = {}
        self.wonder = text_box(body, self.tr("Which observations and wonderings led here?"))
        self.problem = text_box(body, self.tr(
            "The sharpened problem statement (one or two), as a question, e.g. “How do we get "
            "the groups started, whoever they are with?”"))
        self.why = text_box(body, self.tr("Why does it matter, and does it allow concrete "
                                          "actions?"))
        self.goals = text_box(body, self.tr("What do we want the students to achieve?"))
        self.signs = text_box(body, self.tr("What will we see and hear on the way to the "
                                            "goal?"))
        self.start_button = QPushButton(self.tr("Start the first round →"), body)
        self.start_button.setObjectName("primary")
        self.start_button.clicked.connect(self.rounds_requested)
        frame = QFormLayout()
        frame.addRow(self.tr("&Title"), self.title)
        frame.addRow(self.tr("Phase &model"), self.model)
        frame.addRow(self.tr("T&eam"), self.team)
        frame.addRow(self.tr("&Class"), self.class_label)
        frame.addRow(self.tr("S&ubject"), self.subject)
        frame.addRow(self.tr("C&oach"), self.coach)
        frame.addRow(self.tr("&Starts"), self.started)
        frame.addRow(self.tr("&Participants"), self.participants)
        statement = QFormLayout()
        statement.addRow(self.tr("&Wondering and background"), self.wonder)
        statement.addRow(self.tr("P&roblem statement"), self.problem)
        statement.addRow(self.tr("&Why it matters"), self.why)
        statement.addRow(self.tr("&Goals"), self.goals)
        statement.addRow(self.tr("Te&gn"), self.signs)
        title = QLabel(self.tr("Problem statement"), body)
        title.setObjectName("sectionTitle")
        layout = QVBoxLayout(body)
        layout.addLayout(frame)
        layout.addWidget(self.writes_box)
        layout.addWidget(title)
        layout.addLayout(statement)
        layout.addWidget(self.start_button)
        layout.addStretch(1)
        self._watch()

    def _watch(self) -> None:
        watch = self.ctx.autosaver.watch
        watch(self.title, lambda: self._update(title=self.title.text()))
        watch(self.model, lambda: self._update(model=CycleModel(self.model.currentData())))
        watch(self.team, lambda: self._update(team_id=self.team.currentData()))
        watch(self.class_label, lambda: self._update(class_label=self.class_label.text()))
        watch(self.subject, lambda: self._update(subject=self.subject.text()))
        watch(self.coach, lambda: self._update(coach_id=self.coach.person_id()))
        watch(self.started.edit, lambda: self._update(started=self.started.date()))
        self.started.picked.connect(lambda: self.ctx.attempt(
            lambda: self._update(started=self.started.date())))
        for name in ("wonder", "problem", "why", "goals", "signs"):
            edit = getattr(self, name)
            watch(edit, lambda name=name, edit=edit: self._update(**{name: edit.toPlainText()}))
        self.participants.changed.connect(lambda: self.ctx.attempt(self._save_participants))

    def _update(self, **fields: object) -> None:
        if self.cycle_id:
            self.ctx.services.cycles.update(self.cycle_id, **fields)
            if {"model", "title"} & set(fields):
                self.changed.emit()
            elif "problem" in fields:
                self.progressed.emit()

    def _save_participants(self) -> None:
        self.ctx.services.cycles.set_participants(self.cycle_id, self.participants.chosen())
        self.changed.emit()

    def load(self, cycle: Cycle, people: list[Person]) -> None:
        """Show a course's frame, quick-writes and problem statement."""
        self.cycle_id = cycle.id
        self.title.setText(cycle.title)
        labels.select_data(self.model, cycle.model.value)
        self.team.set_teams(self.ctx.services.people.list_teams(), cycle.team_id)
        self.class_label.setText(cycle.class_label)
        self.subject.setText(cycle.subject)
        self.coach.set_people(people, cycle.coach_id)
        self.started.set_date(cycle.started)
        self.participants.set_people(people, cycle.participant_ids)
        self._show_writes(cycle, people)
        for name in ("wonder", "problem", "why", "goals", "signs"):
            set_text_quietly(getattr(self, name), getattr(cycle, name))
        self.start_button.setVisible(not cycle.rounds)

    def _show_writes(self, cycle: Cycle, people: list[Person]) -> None:
        """One box per participant, holding what they wrote."""
        self.ctx.autosaver.flush()
        while self.writes_form.rowCount():
            self.writes_form.removeRow(0)
        self.writes = {}
        names = {p.id: p.name for p in people}
        texts = {w.person_id: w.text for w in cycle.quick_writes}
        for person_id in cycle.participant_ids:
            edit = text_box(self.writes_box, self.tr("The problems from your own teaching "
                                                     "you would like to work on"), 70)
            set_text_quietly(edit, texts.get(person_id, ""))
            self.ctx.autosaver.watch(edit, lambda pid=person_id, edit=edit, cid=cycle.id: (
                self.ctx.services.cycles.set_quick_write(cid, pid, edit.toPlainText())))
            self.writes_form.addRow(names.get(person_id, "—"), edit)
            self.writes[person_id] = edit
        if not cycle.participant_ids:
            self.writes_form.addRow(QLabel(self.tr("Tick the participants above first."),
                                           self.writes_box))
