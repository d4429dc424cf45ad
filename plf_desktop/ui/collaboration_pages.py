"""The pages of a co-teaching collaboration: the formøde and samarbejdskontrakt, a lesson's
planning sheet with its observation and reflection, and the evaluation."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from plf_desktop.domain.collaborations import (
    CoLesson,
    Collaboration,
    CollaborationStage,
    LessonPhase,
)
from plf_desktop.domain.dates import format_date
from plf_desktop.domain.labels import CoTeachingModel
from plf_desktop.domain.observations import LOOK_FORS
from plf_desktop.domain.records import Person
from plf_desktop.ui import labels
from plf_desktop.ui.context import UiContext
from plf_desktop.ui.fields import (
    DateField,
    PersonCombo,
    TeamCombo,
    TimeField,
    set_text_quietly,
    text_box,
)
from plf_desktop.ui.linked_records import ConversationTexts, LinkedRecords

translate = QCoreApplication.translate
PHASE_ROWS = 6


class ScrollPage(QScrollArea):
    """A page whose form scrolls on a small laptop screen."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.body = QWidget(self)
        self.setWidget(self.body)
        self.setWidgetResizable(True)


class CollaborationContract(ScrollPage):
    """The frame, the formøde and the samarbejdskontrakt, saved as they are typed.

    Signals:
        lessons_requested(): the first lesson is to be planned.
        progressed(): the title changed (the editor's heading follows).
    """

    lessons_requested = Signal()
    progressed = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        body = self.body
        self.collaboration_id = ""
        self.title = QLineEdit(body)
        self.teacher = PersonCombo(body)
        self.coach = PersonCombo(body)
        self.team = TeamCombo(body)
        self.class_label = QLineEdit(body)
        self.subject = QLineEdit(body)
        self.started = DateField(body)
        self.pre_meeting = DateField(body)
        self.goals = text_box(body, self.tr("What should the students gain, and what do you "
                                            "want to develop in your teaching together?"))
        self.roles = text_box(body, self.tr("Who does what before, during and after the "
                                            "lessons?"), 70)
        self.duration = QLineEdit(body)
        self.duration.setPlaceholderText(self.tr("E.g. six weeks, two lessons a week"))
        self.planning_time = QLineEdit(body)
        self.planning_time.setPlaceholderText(self.tr("E.g. 30 minutes on Tuesdays"))
        self.evaluation_form = text_box(body, self.tr(
            "E.g. a reflection conversation after each lesson, an evaluation against the six "
            "models and the look-fors at the end"), 70)
        self.start_button = QPushButton(self.tr("Plan the first lesson →"), body)
        self.start_button.setObjectName("primary")
        self.start_button.clicked.connect(self.lessons_requested)
        frame = QFormLayout()
        frame.addRow(self.tr("&Title"), self.title)
        frame.addRow(self.tr("Te&acher"), self.teacher)
        frame.addRow(self.tr("C&oach"), self.coach)
        frame.addRow(self.tr("T&eam"), self.team)
        frame.addRow(self.tr("&Class"), self.class_label)
        frame.addRow(self.tr("S&ubject"), self.subject)
        frame.addRow(self.tr("&Starts"), self.started)
        contract = QGroupBox(self.tr("Pre-meeting and collaboration contract"), body)
        terms = QFormLayout(contract)
        terms.addRow(self.tr("&Pre-meeting"), self.pre_meeting)
        terms.addRow(self.tr("&Goals"), self.goals)
        terms.addRow(self.tr("&Roles"), self.roles)
        terms.addRow(self.tr("&Duration"), self.duration)
        terms.addRow(self.tr("Planning &time"), self.planning_time)
        terms.addRow(self.tr("How we e&valuate"), self.evaluation_form)
        layout = QVBoxLayout(body)
        layout.addLayout(frame)
        layout.addWidget(contract)
        layout.addWidget(self.start_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addStretch(1)
        watch = ctx.autosaver.watch
        for name in ("title", "class_label", "subject", "duration", "planning_time"):
            edit = getattr(self, name)
            watch(edit, lambda name=name, edit=edit: self._update(**{name: edit.text()}))
        for name in ("goals", "roles", "evaluation_form"):
            edit = getattr(self, name)
            watch(edit, lambda name=name, edit=edit: self._update(**{name: edit.toPlainText()}))
        for name in ("teacher", "coach"):
            combo = getattr(self, name)
            watch(combo, lambda name=name, combo=combo: self._update(
                **{f"{name}_id": combo.person_id()}))
        watch(self.team, lambda: self._update(team_id=self.team.currentData()))
        for name in ("started", "pre_meeting"):
            field = getattr(self, name)
            watch(field.edit, lambda name=name, field=field: self._update(
                **{name: field.date()}))
            field.picked.connect(lambda name=name, field=field: self.ctx.attempt(
                lambda: self._update(**{name: field.date()})))

    def _update(self, **fields: object) -> None:
        if self.collaboration_id:
            self.ctx.services.collaborations.update(self.collaboration_id, **fields)
            if "title" in fields:
                self.progressed.emit()

    def load(self, collaboration: Collaboration, people: list[Person]) -> None:
        """Show the collaboration's frame and contract."""
        c = collaboration
        self.collaboration_id = c.id
        self.title.setText(c.title)
        self.teacher.set_people(people, c.teacher_id)
        self.coach.set_people(people, c.coach_id)
        self.team.set_teams(self.ctx.services.people.list_teams(), c.team_id)
        for name in ("class_label", "subject", "duration", "planning_time"):
            getattr(self, name).setText(getattr(c, name))
        for name in ("goals", "roles", "evaluation_form"):
            set_text_quietly(getattr(self, name), getattr(c, name))
        self.started.set_date(c.started)
        self.pre_meeting.set_date(c.pre_meeting)
        self.start_button.setVisible(not c.lessons)


class CoLessonPage(ScrollPage):
    """One lesson's planning sheet (*planlægningsskema*) and what came of it.

    Signals:
        changed(): the lesson moved on, a lesson was added or removed, or the evaluation began.
        progressed(): a saved field changes the next step (the goal or the phases).
    """

    changed = Signal()
    progressed = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        body = self.body
        self.collaboration: Collaboration | None = None
        self.lesson: CoLesson | None = None
        self.heading = QLabel(body)
        self.heading.setObjectName("sectionTitle")
        self.date = DateField(body)
        self.start_time = TimeField(body)
        self.goal = text_box(body, self.tr("What should the students learn in this lesson?"),
                             60)
        self.signs = text_box(body, self.tr("What will you see and hear when they learn it?"),
                              60)
        self.phases = QTableWidget(PHASE_ROWS, 3, body)
        self.phases.setAccessibleName(self.tr("The lesson's phases"))
        self.phases.setHorizontalHeaderLabels([self.tr("Phase"), self.tr("Co-teaching model"),
                                               self.tr("Roles")])
        self.phases.horizontalHeader().setStretchLastSection(True)
        self.phases.setColumnWidth(0, 260)
        self.phases.setColumnWidth(1, 240)
        self.phases.verticalHeader().setVisible(False)
        self.phases.setMinimumHeight(30 * PHASE_ROWS + 30)
        self.models: list[QComboBox] = []
        for row in range(PHASE_ROWS):
            combo = QComboBox(self.phases)
            combo.addItem("—", None)
            for model in CoTeachingModel:
                combo.addItem(labels.text(model), model.value)
            combo.activated.connect(lambda _i: self.ctx.attempt(self._save_phases))
            self.phases.setCellWidget(row, 1, combo)
            self.models.append(combo)
        self.phases.itemChanged.connect(lambda _item: self.ctx.attempt(self._save_phases))
        self.differentiation = text_box(body, self.tr("How do you meet the different students?"),
                                        60)
        self.materials = text_box(body, self.tr("Materials and room"), 60)
        self.records = LinkedRecords(ctx, self.tr("Co-teaching, observation and reflection"),
                                     self.tr("Not created yet: it gets the class, both adults, "
                                             "the planned models and the co-teaching "
                                             "look-fors."), ConversationTexts(
            self.tr("Reflection of {date}: {title}"), self.tr("Open the reflection"),
            self.tr("Create the reflection"), self.tr(
                "Not created yet: the co-teaching reflection conversation, with the "
                "observation's notes beside it.")), body)
        self.observation_button = self.records.observation_button
        self.reflection_button = self.records.conversation_button
        self.next_button = QPushButton(self.tr("Plan the next lesson →"), body)
        self.evaluate_button = QPushButton(self.tr("On to the evaluation →"), body)
        self.remove_button = QPushButton(self.tr("Remove this lesson"), body)
        self._arrange(body)
        watch = ctx.autosaver.watch
        for name in ("goal", "signs", "differentiation", "materials"):
            edit = getattr(self, name)
            watch(edit, lambda name=name, edit=edit: self._update(**{name: edit.toPlainText()}))
        watch(self.date.edit, lambda: self._update(date=self.date.date()))
        self.date.picked.connect(lambda: self.ctx.attempt(
            lambda: self._update(date=self.date.date())))
        watch(self.start_time, lambda: self._update(start_time=self.start_time.time()))
        self.records.create_observation.connect(self._observation)
        self.records.create_conversation.connect(self._reflection)
        self.next_button.clicked.connect(self._next_lesson)
        self.evaluate_button.clicked.connect(self._evaluate)
        self.remove_button.clicked.connect(self._remove)

    def _arrange(self, body: QWidget) -> None:
        when = QHBoxLayout()
        when.addWidget(self.date)
        when.addWidget(QLabel(self.tr("Time"), body))
        when.addWidget(self.start_time)
        when.addStretch(1)
        date_label = QLabel(self.tr("&Date"), body)
        date_label.setBuddy(self.date.edit)
        plan = QGroupBox(self.tr("Planning sheet"), body)
        form = QFormLayout(plan)
        form.addRow(date_label, when)
        form.addRow(self.tr("&Goal"), self.goal)
        form.addRow(self.tr("Te&gn"), self.signs)
        form.addRow(self.tr("&Phases"), self.phases)
        form.addRow(self.tr("D&ifferentiation"), self.differentiation)
        form.addRow(self.tr("&Materials"), self.materials)
        choice = QHBoxLayout()
        choice.addWidget(self.remove_button)
        choice.addStretch(1)
        choice.addWidget(self.next_button)
        choice.addWidget(self.evaluate_button)
        layout = QVBoxLayout(body)
        layout.addWidget(self.heading)
        layout.addWidget(plan)
        layout.addWidget(self.records)
        layout.addLayout(choice)
        layout.addStretch(1)

    def _update(self, **fields: object) -> None:
        if self.lesson is not None:
            self.ctx.services.collaborations.update_lesson(self.lesson.id, **fields)
            if "goal" in fields:
                self.progressed.emit()

    def _save_phases(self) -> None:
        phases = []
        for row in range(PHASE_ROWS):
            model = self.models[row].currentData()
            phases.append(LessonPhase(self._cell(row, 0), CoTeachingModel(model) if model
                                      else None, self._cell(row, 2)))
        self._update(phases=phases)
        self.progressed.emit()

    def _cell(self, row: int, column: int) -> str:
        item = self.phases.item(row, column)
        return item.text() if item else ""

    def load(self, collaboration: Collaboration, lesson: CoLesson) -> None:
        """Show one lesson of *collaboration*."""
        self.collaboration, self.lesson = collaboration, lesson
        self.heading.setText(self.tr("Lesson {number}").format(number=lesson.number))
        self.date.set_date(lesson.date)
        self.start_time.set_time(lesson.start_time)
        for name in ("goal", "signs", "differentiation", "materials"):
            set_text_quietly(getattr(self, name), getattr(lesson, name))
        self.phases.blockSignals(True)
        for row in range(PHASE_ROWS):
            phase = lesson.phases[row] if row < len(lesson.phases) else LessonPhase("")
            self.phases.setItem(row, 0, QTableWidgetItem(phase.activity))
            self.phases.setItem(row, 2, QTableWidgetItem(phase.roles))
            labels.select_data(self.models[row], phase.model.value if phase.model else None)
        self.phases.blockSignals(False)
        self.records.show_records(lesson.observation_id, lesson.conversation_id)
        last = collaboration.lessons[-1].id == lesson.id
        open_ = collaboration.stage in (CollaborationStage.CONTRACT, CollaborationStage.LESSONS)
        for button in (self.next_button, self.evaluate_button, self.remove_button):
            button.setVisible(last and open_)
        self.evaluate_button.setObjectName("primary" if lesson.conversation_id else "")
        self.evaluate_button.style().polish(self.evaluate_button)

    def _observation(self) -> None:
        from plf_desktop.ui.collaborations_page import today

        lesson = self.lesson
        if lesson is not None and self.ctx.attempt(
                lambda: self.ctx.services.collaborations.create_observation(lesson.id, today())):
            self.changed.emit()

    def _reflection(self) -> None:
        from plf_desktop.ui.collaborations_page import today

        lesson, collaboration = self.lesson, self.collaboration
        if lesson is None or collaboration is None:
            return
        title = translate("CoLessonPage", "Reflection after lesson {number}: {title}").format(
            number=lesson.number, title=collaboration.title)
        if self.ctx.attempt(lambda: self.ctx.services.collaborations.create_reflection(
                lesson.id, title, today())):
            self.changed.emit()

    def _next_lesson(self) -> None:
        collaboration = self.collaboration
        if collaboration is not None and self.ctx.attempt(
                lambda: self.ctx.services.collaborations.add_lesson(collaboration.id)):
            self.changed.emit()

    def _evaluate(self) -> None:
        collaboration = self.collaboration
        if collaboration is not None and self.ctx.attempt(
                lambda: self.ctx.services.collaborations.start_evaluation(collaboration.id)):
            self.changed.emit()

    def _remove(self) -> None:
        lesson = self.lesson
        if lesson is not None and self.ctx.attempt(
                lambda: self.ctx.services.collaborations.delete_lesson(lesson.id)):
            self.changed.emit()


class CollaborationEvaluationPage(ScrollPage):
    """The lessons summed up against the six models and the look-fors, the written
    evaluation, what to adjust, and closing.

    Signals:
        changed(): the collaboration was closed or reopened.
    """

    changed = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        body = self.body
        self.collaboration: Collaboration | None = None
        self.models = QTableWidget(0, 4, body)
        self.models.setAccessibleName(self.tr("The six models"))
        self.models.setHorizontalHeaderLabels([self.tr("Model"), self.tr("Planned in lessons"),
                                               self.tr("Used in lessons"), self.tr("Minutes")])
        self.look_fors = QTableWidget(0, 2, body)
        self.look_fors.setAccessibleName(self.tr("Look-fors"))
        self.look_fors.setHorizontalHeaderLabels([self.tr("Look-for"), self.tr("Seen")])
        for table in (self.models, self.look_fors):
            table.verticalHeader().setVisible(False)
            table.horizontalHeader().setStretchLastSection(False)
            table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
            table.setMinimumHeight(230)
        self.evaluation = text_box(body, self.tr(
            "What did the students learn? Did the models fit? What worked in the "
            "collaboration?"), 120)
        self.adjustments = text_box(body, self.tr("What do you adjust, and what do you take "
                                                  "with you?"), 90)
        self.close_button = QPushButton(self.tr("Close the collaboration"), body)
        self.close_button.setObjectName("primary")
        self.reopen_button = QPushButton(self.tr("Reopen the collaboration"), body)
        self.status = QLabel(body)
        self.status.setObjectName("hint")
        heading = QLabel(self.tr("Evaluation"), body)
        heading.setObjectName("sectionTitle")
        form = QFormLayout()
        form.addRow(self.tr("The six models"), self.models)
        form.addRow(self.tr("Look-fors"), self.look_fors)
        form.addRow(self.tr("&Evaluation"), self.evaluation)
        form.addRow(self.tr("&Adjustments"), self.adjustments)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.reopen_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(body)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addStretch(1)
        for name in ("evaluation", "adjustments"):
            edit = getattr(self, name)
            ctx.autosaver.watch(edit, lambda name=name, edit=edit: self._update(
                **{name: edit.toPlainText()}))
        self.close_button.clicked.connect(self._close)
        self.reopen_button.clicked.connect(self._reopen)

    def _update(self, **fields: str) -> None:
        if self.collaboration is not None:
            self.ctx.services.collaborations.update(self.collaboration.id, **fields)

    def load(self, collaboration: Collaboration) -> None:
        """Show the evaluation of *collaboration*."""
        self.collaboration = collaboration
        summary = self.ctx.services.collaborations.evaluation(collaboration)
        self.models.setRowCount(len(summary.models))
        for row, use in enumerate(summary.models):
            for column, text in enumerate((labels.text(use.model), str(use.planned),
                                           str(use.lessons), f"{use.minutes:.0f}")):
                item = QTableWidgetItem(text)
                if column:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.models.setItem(row, column, item)
        self.models.resizeColumnsToContents()
        self.look_fors.setRowCount(len(summary.look_fors))
        for row, tally in enumerate(summary.look_fors):
            self.look_fors.setItem(row, 0, QTableWidgetItem(
                translate("LookFors", LOOK_FORS[tally.index])))
            self.look_fors.setItem(row, 1, QTableWidgetItem(self.tr(
                "{seen} of {observed} lessons").format(seen=tally.seen,
                                                       observed=tally.observed)))
        self.look_fors.resizeColumnsToContents()
        set_text_quietly(self.evaluation, collaboration.evaluation)
        set_text_quietly(self.adjustments, collaboration.adjustments)
        closed = collaboration.stage is CollaborationStage.CLOSED
        self.close_button.setVisible(collaboration.stage is CollaborationStage.EVALUATION)
        self.reopen_button.setVisible(closed)
        self.status.setText(self.tr("Closed {date}.").format(
            date=format_date(collaboration.closed_on)) if closed else "")

    def _close(self) -> None:
        from plf_desktop.ui.collaborations_page import today

        collaboration = self.collaboration
        if collaboration is not None and self.ctx.attempt(
                lambda: self.ctx.services.collaborations.close(collaboration.id, today())):
            self.changed.emit()

    def _reopen(self) -> None:
        collaboration = self.collaboration
        if collaboration is not None and self.ctx.attempt(
                lambda: self.ctx.services.collaborations.reopen(collaboration.id)):
            self.changed.emit()
