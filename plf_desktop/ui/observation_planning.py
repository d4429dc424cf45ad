"""Planning an observation: the lesson, the adults, why, the focus points and the formøde."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from plf_desktop.domain.labels import CoTeachingModel
from plf_desktop.domain.observations import Adult, Observation
from plf_desktop.domain.records import Person
from plf_desktop.ui import labels
from plf_desktop.ui.context import UiContext
from plf_desktop.ui.fields import (
    DateField,
    PersonCombo,
    TeamCombo,
    TimeField,
    set_text_quietly,
    text_lines,
)


class ObservationPlanning(QScrollArea):
    """The observation record, saved as it is typed."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.observation_id = ""
        body = QWidget(self)
        self.setWidget(body)
        self.setWidgetResizable(True)
        self.date = DateField(body)
        self.time = TimeField(body)
        self.class_label = QLineEdit(body)
        self.class_label.setPlaceholderText(self.tr("E.g. 5.A or 7th year"))
        self.subject = QLineEdit(body)
        self.students = QSpinBox(body)
        self.students.setRange(0, 200)
        self.students.setSpecialValueText("—")
        self.team = TeamCombo(body)
        self.adults = [PersonCombo(body), PersonCombo(body)]
        self.roles = [QLineEdit(body), QLineEdit(body)]
        self.roles[0].setPlaceholderText(self.tr("Role, e.g. leads the lesson"))
        self.roles[1].setPlaceholderText(self.tr("Second adult's role (co-teaching)"))
        self.observer = PersonCombo(body)
        self.purpose = QPlainTextEdit(body)
        self.purpose.setPlaceholderText(self.tr("Why this lesson? What does the teacher want "
                                                "to learn from the observation?"))
        self.purpose.setMaximumHeight(80)
        self.focus = QPlainTextEdit(body)
        self.focus.setPlaceholderText(self.tr("One focus point per line"))
        self.focus.setMaximumHeight(90)
        self.models = QListWidget(body)
        self.models.setMaximumHeight(130)
        self.models.setAccessibleName(self.tr("Planned co-teaching models"))
        for model in CoTeachingModel:
            item = QListWidgetItem(labels.text(model), self.models)
            item.setData(Qt.ItemDataRole.UserRole, model.value)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.position = QLineEdit(body)
        self.position.setPlaceholderText(self.tr("E.g. at the back, by the window"))
        self.feedback = QLineEdit(body)
        self.feedback.setPlaceholderText(self.tr("E.g. Friday at 12:00 in the team room"))
        self.interval = QSpinBox(body)
        self.interval.setRange(0, 30)
        self.interval.setSuffix(" min")
        self.interval.setSpecialValueText(self.tr("off"))
        self.interval.setSingleStep(5)  # turning the prompt on gives the usual 5 minutes
        self.scheme = QComboBox(body)
        self.scheme.setAccessibleName(self.tr("Observation scheme"))
        self._schemes: dict = {}
        self.scheme_help = QLabel(body)
        self.scheme_help.setWordWrap(True)
        self.scheme_help.setObjectName("hint")
        self.scheme.activated.connect(lambda _i: ctx.attempt(self._apply_scheme))
        self.kinds = QPlainTextEdit(body)
        self.kinds.setMaximumHeight(90)
        self.kinds.setPlaceholderText(self.tr("One kind of participation per line"))

        lesson = QGroupBox(self.tr("The lesson"), body)
        lesson_form = QFormLayout(lesson)
        when = QHBoxLayout()
        when.addWidget(self.date)
        when.addWidget(self.time)
        when.addStretch(1)
        lesson_form.addRow(self.tr("Date and time"), when)
        lesson_form.addRow(self.tr("&Class or year"), self.class_label)
        lesson_form.addRow(self.tr("S&ubject"), self.subject)
        lesson_form.addRow(self.tr("Number of st&udents"), self.students)
        lesson_form.addRow(self.tr("&Team"), self.team)
        people = QGroupBox(self.tr("Who"), body)
        people_form = QFormLayout(people)
        for index, (combo, role) in enumerate(zip(self.adults, self.roles, strict=True)):
            row = QHBoxLayout()
            row.addWidget(combo, 1)
            row.addWidget(role, 1)
            people_form.addRow(self.tr("Teacher {n}").format(n=index + 1), row)
        people_form.addRow(self.tr("&Observer"), self.observer)
        why = QGroupBox(self.tr("Purpose and focus"), body)
        why_form = QFormLayout(why)
        why_form.addRow(self.tr("&Why this lesson"), self.purpose)
        why_form.addRow(self.tr("Observation &focus"), self.focus)
        why_form.addRow(self.tr("Planned &models"), self.models)
        before = QGroupBox(self.tr("Pre-meeting and scheme"), body)
        before_form = QFormLayout(before)
        before_form.addRow(self.tr("Sc&heme"), self.scheme)
        before_form.addRow("", self.scheme_help)
        before_form.addRow(self.tr("Observer &sits"), self.position)
        before_form.addRow(self.tr("Feedback &when"), self.feedback)
        before_form.addRow(self.tr("&Interval prompt"), self.interval)
        before_form.addRow(self.tr("&Kinds of participation"), self.kinds)
        left = QVBoxLayout()
        left.addWidget(lesson)
        left.addWidget(people)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(why)
        right.addWidget(before)
        right.addStretch(1)
        layout = QHBoxLayout(body)
        layout.addLayout(left, 1)
        layout.addLayout(right, 1)

        update = self._update
        watch = ctx.autosaver.watch
        watch(self.date.edit, lambda: update(date=self.date.date()))
        self.date.picked.connect(lambda: ctx.attempt(lambda: update(date=self.date.date())))
        watch(self.time, lambda: update(start_time=self.time.time()))
        watch(self.class_label, lambda: update(class_label=self.class_label.text()))
        watch(self.subject, lambda: update(subject=self.subject.text()))
        watch(self.students, lambda: update(student_count=self.students.value() or None))
        watch(self.team, lambda: update(team_id=self.team.currentData()))
        watch(self.observer, lambda: update(observer_id=self.observer.person_id()))
        watch(self.purpose, lambda: update(purpose=self.purpose.toPlainText()))
        watch(self.focus, lambda: update(focus_points=text_lines(self.focus)))
        watch(self.position, lambda: update(observer_position=self.position.text()))
        watch(self.feedback, lambda: update(feedback_time=self.feedback.text()))
        watch(self.interval, lambda: update(interval_minutes=self.interval.value()))
        watch(self.kinds, lambda: update(participation_types=text_lines(self.kinds)))
        for widget in (*self.adults, *self.roles):
            watch(widget, self._save_adults)
        self.models.itemChanged.connect(lambda _item: ctx.attempt(self._save_models))

    def _update(self, **fields: object) -> None:
        if self.observation_id:
            self.ctx.services.observations.update(self.observation_id, **fields)

    def _save_adults(self) -> None:
        adults = [Adult(combo.person_id(), role.text().strip())  # type: ignore[arg-type]
                  for combo, role in zip(self.adults, self.roles, strict=True)
                  if combo.person_id()]
        self.ctx.services.observations.set_adults(self.observation_id, adults)

    def _apply_scheme(self) -> None:
        scheme = self._schemes.get(self.scheme.currentData() or "")
        if scheme and self.observation_id:
            self.ctx.autosaver.flush()
            observation = self.ctx.services.observations.apply_scheme(self.observation_id,
                                                                      scheme)
            self.load(observation, self.ctx.services.people.list_people())

    def _save_models(self) -> None:
        checked = [self.models.item(i).data(Qt.ItemDataRole.UserRole)
                   for i in range(self.models.count())
                   if self.models.item(i).checkState() == Qt.CheckState.Checked]
        self._update(planned_models=checked)

    def load(self, observation: Observation, people: list[Person]) -> None:
        """Show *observation*."""
        self.observation_id = observation.id
        self.date.set_date(observation.date)
        self.time.set_time(observation.start_time)
        self.class_label.setText(observation.class_label)
        self.subject.setText(observation.subject)
        self.students.blockSignals(True)
        self.students.setValue(observation.student_count or 0)
        self.students.blockSignals(False)
        self.team.set_teams(self.ctx.services.people.list_teams(), observation.team_id)
        adults = [*observation.adults, Adult("", ""), Adult("", "")]
        for combo, role, adult in zip(self.adults, self.roles, adults, strict=False):
            combo.set_people(people, adult.person_id or None)
            role.setText(adult.role)
        self.observer.set_people(people, observation.observer_id)
        set_text_quietly(self.purpose, observation.purpose)
        set_text_quietly(self.focus, "\n".join(observation.focus_points))
        set_text_quietly(self.kinds, "\n".join(observation.participation_types))
        self.models.blockSignals(True)
        for i in range(self.models.count()):
            item = self.models.item(i)
            item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole)
                               in observation.planned_models else Qt.CheckState.Unchecked)
        self.models.blockSignals(False)
        # The user's own copies may have changed since the form was last shown.
        self._schemes = {s.key: s for s in self.ctx.services.templates.observation_schemes()}
        self.scheme.blockSignals(True)
        self.scheme.clear()
        self.scheme.addItem(self.tr("(no scheme)"), "")
        for scheme in self._schemes.values():
            self.scheme.addItem(scheme.name, scheme.key)
        self.scheme.blockSignals(False)
        self.scheme.setCurrentIndex(max(self.scheme.findData(observation.scheme_key), 0))
        chosen = self._schemes.get(observation.scheme_key)
        self.scheme_help.setText(f"{chosen.description}\n{chosen.guidance}".strip()
                                 if chosen else "")
        self.position.setText(observation.observer_position)
        self.feedback.setText(observation.feedback_time)
        self.interval.blockSignals(True)
        self.interval.setValue(observation.interval_minutes)
        self.interval.blockSignals(False)
