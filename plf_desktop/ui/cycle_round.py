"""One round of a course: the *aktionsplan* and the observers' *forberedelsesark*, the
round's observation and didactic conversation, who teaches, observes and writes the referat
next time, and the choice of a new round or the processing of experiences."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from plf_desktop.domain.cycles import Cycle, Round
from plf_desktop.domain.records import Person
from plf_desktop.ui.context import UiContext
from plf_desktop.ui.fields import (
    DateField,
    PeopleChecklist,
    PersonCombo,
    TimeField,
    set_text_quietly,
    text_box,
    text_lines,
)
from plf_desktop.ui.linked_records import ConversationTexts, LinkedRecords

_TEXTS = ("action", "reason", "expectation", "data_to_collect", "lesson_sequence", "watch_for",
          "focus_students", "practicalities")


class CycleRound(QScrollArea):
    """A round's plan, records and agreements, saved as they are typed.

    Signals:
        changed(): the round moved on (observation or conversation made, decision taken).
        progressed(): a saved field changes the course's next step (the action was written).
    """

    changed = Signal()
    progressed = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.cycle: Cycle | None = None
        self.round: Round | None = None
        body = QWidget(self)
        self.setWidget(body)
        self.setWidgetResizable(True)
        self.heading = QLabel(body)
        self.heading.setObjectName("sectionTitle")
        self.action = text_box(body, self.tr("What will you do differently? (a small, bounded "
                                             "experiment)"))
        self.reason = text_box(body, self.tr("Why this action?"), 60)
        self.expectation = text_box(body, self.tr("What do you expect to happen?"), 60)
        self.lesson_date = DateField(body)
        self.lesson_time = TimeField(body)
        self.lesson = QLineEdit(body)
        self.lesson.setPlaceholderText(self.tr("E.g. Danish, 3rd lesson, group work on "
                                               "short stories"))
        self.teacher = PersonCombo(body)
        self.observers = PeopleChecklist(body)
        self.observers.setAccessibleName(self.tr("Observers"))
        self.focus_points = text_box(body, self.tr("One focus point per line"), 90)
        self.data_to_collect = text_box(body, self.tr(
            "E.g. observation notes, student products, logbooks, student interviews"), 60)
        self.lesson_sequence = text_box(body, self.tr("How the lesson runs, step by step"))
        self.watch_for = text_box(body, self.tr("What the observers should watch especially"))
        self.focus_students = text_box(body, self.tr(
            "Pseudonymous labels only, e.g. group 3 or student A7"), 60)
        self.practicalities = text_box(body, self.tr("Where the observers sit, when they join"),
                                       60)
        self.plan_pdf_button = QPushButton(self.tr("Save the action plan as PDF…"), body)
        self.plan_pdf_button.setToolTip(self.tr(
            "The action plan and preparation sheet, to hand to the observers before the "
            "lesson"))
        self.plan_print_button = QPushButton(self.tr("Print the action plan…"), body)
        self.records = LinkedRecords(ctx, self.tr("Observation and conversation"), self.tr(
            "Not created yet: it gets the class, the teacher, the first observer and the focus "
            "points from the action plan."), ConversationTexts(
            self.tr("Conversation of {date}: {title}"), self.tr("Open the conversation"),
            self.tr("Create the conversation"), self.tr(
                "Not created yet: the three-part didactic conversation, with the observation's "
                "notes beside it.")), body)
        self.observation_button = self.records.observation_button
        self.conversation_button = self.records.conversation_button
        self.next_teacher = PersonCombo(body)
        self.next_observer = PersonCombo(body)
        self.referent = PersonCombo(body)
        self.new_round_button = QPushButton(self.tr("New round →"), body)
        self.new_round_button.setToolTip(self.tr("Try a new action in a new round"))
        self.learning_button = QPushButton(self.tr("On to processing the experiences →"), body)
        self.remove_button = QPushButton(self.tr("Remove this round"), body)
        self.decision_text = QLabel(body)
        self.decision_text.setObjectName("hint")
        self._arrange(body)
        self._watch()

    def _arrange(self, body: QWidget) -> None:
        plan = QGroupBox(self.tr("Action plan"), body)
        when = QHBoxLayout()
        when.addWidget(self.lesson_date)
        when.addWidget(QLabel(self.tr("Time"), body))
        when.addWidget(self.lesson_time)
        when.addStretch(1)
        date_label = QLabel(self.tr("Lesson &date"), body)
        date_label.setBuddy(self.lesson_date.edit)
        plan_form = QFormLayout(plan)
        plan_form.addRow(self.tr("&Action"), self.action)
        plan_form.addRow(self.tr("&Reason"), self.reason)
        plan_form.addRow(self.tr("E&xpectation"), self.expectation)
        plan_form.addRow(date_label, when)
        plan_form.addRow(self.tr("&Lesson"), self.lesson)
        plan_form.addRow(self.tr("&Teaches"), self.teacher)
        plan_form.addRow(self.tr("O&bserve"), self.observers)
        plan_form.addRow(self.tr("&Focus points"), self.focus_points)
        plan_form.addRow(self.tr("Data to c&ollect"), self.data_to_collect)
        sheet = QGroupBox(self.tr("Preparation sheet for the observers"), body)
        sheet_form = QFormLayout(sheet)
        sheet_form.addRow(self.tr("The lesson's se&quence"), self.lesson_sequence)
        sheet_form.addRow(self.tr("&Watch especially"), self.watch_for)
        sheet_form.addRow(self.tr("Focus st&udents"), self.focus_students)
        sheet_form.addRow(self.tr("&Practicalities"), self.practicalities)
        prints = QHBoxLayout()
        prints.addStretch(1)
        prints.addWidget(self.plan_pdf_button)
        prints.addWidget(self.plan_print_button)
        sheet_form.addRow(prints)
        close = QGroupBox(self.tr("Agreements for the next round"), body)
        close_form = QFormLayout(close)
        close_form.addRow(self.tr("Teaches &next"), self.next_teacher)
        close_form.addRow(self.tr("Obser&ves next"), self.next_observer)
        close_form.addRow(self.tr("Writes the refera&t"), self.referent)
        choice = QHBoxLayout()
        choice.addWidget(self.remove_button)
        choice.addStretch(1)
        choice.addWidget(self.decision_text)
        choice.addWidget(self.new_round_button)
        choice.addWidget(self.learning_button)
        close_form.addRow(choice)
        layout = QVBoxLayout(body)
        layout.addWidget(self.heading)
        for box in (plan, sheet, self.records, close):
            layout.addWidget(box)
        layout.addStretch(1)

    def _watch(self) -> None:
        watch = self.ctx.autosaver.watch
        for name in _TEXTS:
            edit = getattr(self, name)
            watch(edit, lambda name=name, edit=edit: self._update(**{name: edit.toPlainText()}))
        watch(self.focus_points, lambda: self._update(
            focus_points=list(text_lines(self.focus_points))))
        watch(self.lesson, lambda: self._update(lesson=self.lesson.text()))
        watch(self.lesson_date.edit, lambda: self._update(lesson_date=self.lesson_date.date()))
        self.lesson_date.picked.connect(lambda: self.ctx.attempt(
            lambda: self._update(lesson_date=self.lesson_date.date())))
        watch(self.lesson_time, lambda: self._update(lesson_time=self.lesson_time.time()))
        watch(self.teacher, lambda: self._update(teacher_id=self.teacher.person_id()))
        watch(self.next_teacher, lambda: self._update(
            next_teacher_id=self.next_teacher.person_id()))
        watch(self.next_observer, lambda: self._update(
            next_observer_id=self.next_observer.person_id()))
        watch(self.referent, lambda: self._update(referent_id=self.referent.person_id()))
        self.observers.changed.connect(lambda: self.ctx.attempt(
            lambda: self._update(observer_ids=self.observers.chosen())))
        self.records.create_observation.connect(self._observation)
        self.records.create_conversation.connect(self._conversation)
        self.new_round_button.clicked.connect(lambda: self._decide("round"))
        self.learning_button.clicked.connect(lambda: self._decide("learning"))
        self.remove_button.clicked.connect(self._remove)

    def _update(self, **fields: object) -> None:
        if self.round is not None:
            self.ctx.services.cycles.update_round(self.round.id, **fields)
            if "action" in fields:
                self.progressed.emit()

    # -- showing -----------------------------------------------------------------------------
    def load(self, cycle: Cycle, round_: Round, people: list[Person]) -> None:
        """Show one round of *cycle*."""
        self.cycle, self.round = cycle, round_
        self.heading.setText(self.tr("Round {number}").format(number=round_.number))
        for name in _TEXTS:
            set_text_quietly(getattr(self, name), getattr(round_, name))
        set_text_quietly(self.focus_points, "\n".join(round_.focus_points))
        self.lesson.setText(round_.lesson)
        self.lesson_date.set_date(round_.lesson_date)
        self.lesson_time.set_time(round_.lesson_time)
        self.teacher.set_people(people, round_.teacher_id)
        taking_part = [p for p in people if p.id in (*cycle.participant_ids, cycle.coach_id)]
        self.observers.set_people(taking_part or people, round_.observer_ids)
        self.next_teacher.set_people(people, round_.next_teacher_id)
        self.next_observer.set_people(people, round_.next_observer_id)
        self.referent.set_people(people, round_.referent_id)
        self.records.show_records(round_.observation_id, round_.conversation_id)
        last = cycle.rounds[-1].id == round_.id
        open_course = cycle.stage.value in ("problemstilling", "runder")
        undecided = last and open_course and not round_.decided
        self.new_round_button.setVisible(undecided)
        self.learning_button.setVisible(undecided)
        self.learning_button.setObjectName("primary" if round_.conversation_id else "")
        self.learning_button.style().polish(self.learning_button)
        self.remove_button.setVisible(undecided)
        self.decision_text.setText(
            self.tr("The team chose a new round.") if round_.decided == "round" else
            self.tr("The team moved on to processing the experiences.")
            if round_.decided == "learning" else "")

    # -- actions -----------------------------------------------------------------------------
    def _observation(self) -> None:
        from plf_desktop.ui.cycles_page import today

        round_ = self.round
        if round_ is not None and self.ctx.attempt(
                lambda: self.ctx.services.cycles.create_observation(round_.id, today())):
            self.changed.emit()
            self.ctx.show_message(self.tr("The round's observation was created."))

    def _conversation(self) -> None:
        from plf_desktop.ui.cycles_page import today

        round_, cycle = self.round, self.cycle
        if round_ is None or cycle is None:
            return
        title = QCoreApplication.translate("CycleRound", "Round {number}: {title}").format(
            number=round_.number, title=cycle.title)
        if self.ctx.attempt(lambda: self.ctx.services.cycles.create_conversation(
                round_.id, title, today())):
            self.changed.emit()
            self.ctx.show_message(self.tr("The round's conversation was created."))

    def _decide(self, choice: str) -> None:
        round_ = self.round
        if round_ is not None and self.ctx.attempt(
                lambda: self.ctx.services.cycles.decide(round_.id, choice)):
            self.changed.emit()

    def _remove(self) -> None:
        round_ = self.round
        if round_ is not None and self.ctx.attempt(
                lambda: self.ctx.services.cycles.delete_round(round_.id)):
            self.changed.emit()
