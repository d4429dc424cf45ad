"""Live observation: the lesson clock, one line for notes, model and activity switches.

Built for typing during a lesson on a laptop. Enter saves a note at once with its lesson time;
the description and the *tolkning / undren* are separate lines. Categories are Alt+L/E/O/A,
focus points Alt+1–9, co-teaching models F1–F6, private Alt+P; the clock is F9.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from plf_desktop.domain.errors import PlfError
from plf_desktop.domain.labels import ActivityForm, CoTeachingModel, NoteCategory
from plf_desktop.domain.observations import (
    LOOK_FORS,
    Observation,
    ObservationNote,
    Seat,
    contribution_counts,
)
from plf_desktop.domain.palette import MODEL_COLOURS
from plf_desktop.i18n import message
from plf_desktop.ui import labels
from plf_desktop.ui.context import UiContext
from plf_desktop.ui.live_mode import format_countdown
from plf_desktop.ui.seating_chart import ChartMode, SeatingChart
from plf_desktop.ui.timeline_strip import TimelineStrip

CATEGORY_KEYS = {NoteCategory.TEACHER: "Alt+L", NoteCategory.STUDENTS: "Alt+E",
                 NoteCategory.TRANSITION: "Alt+O", NoteCategory.OTHER: "Alt+A"}


def format_lesson_time(seconds: float) -> str:
    """``05:07`` for lesson time (minutes may pass 59: ``72:10``)."""
    return format_countdown(int(seconds))


class ObservationLive(QWidget):
    """The live observation screen.

    Signals:
        note_saved(object): an :class:`ObservationNote` was written.
    """

    note_saved = Signal(object)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.observation: Observation | None = None
        self.category = NoteCategory.OTHER
        self._current: dict[str, str] = {}
        self._next_prompt = 0.0
        self._timeline_dirty = True

        # -- the clock ---------------------------------------------------------------------------
        self.clock = QLabel("00:00", self)
        self.clock.setObjectName("lessonClock")
        self.clock.setAccessibleName(self.tr("Lesson clock"))
        self.start_button = QPushButton(self.tr("Start (F9)"), self)
        self.start_button.setObjectName("primary")
        self.stop_button = QPushButton(self.tr("End the lesson"), self)
        for button in (self.start_button, self.stop_button):
            # Clicking must not take the typing focus away from the note line.
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.start_button.clicked.connect(self.toggle_clock)
        self.stop_button.clicked.connect(self.stop_clock)
        self.timeline = TimelineStrip(self)

        # -- switchers ---------------------------------------------------------------------------
        models = QGroupBox(self.tr("Co-teaching model"), self)
        model_grid = QGridLayout(models)
        self.model_buttons = QButtonGroup(self)
        for index, model in enumerate(CoTeachingModel):
            button = QPushButton(f"{labels.text(model)} (F{index + 1})", models)
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setStyleSheet(f"QPushButton:checked {{ background: {MODEL_COLOURS[model]}; "
                                 "font-weight: 600; }")
            self.model_buttons.addButton(button, index)
            model_grid.addWidget(button, index // 2, index % 2)
            QShortcut(QKeySequence(f"F{index + 1}"), self,
                      lambda m=model: self.switch_model(m),
                      context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.model_buttons.idClicked.connect(
            lambda i: self.switch_model(list(CoTeachingModel)[i]))
        self.activity = QComboBox(self)
        self.activity.setAccessibleName(self.tr("Activity form"))
        self.activity.addItem(self.tr("(activity form)"), None)
        for form in ActivityForm:
            self.activity.addItem(labels.text(form), form.value)
        self.activity.activated.connect(self._activity_chosen)

        # -- the entry lines ---------------------------------------------------------------------
        self.description = QLineEdit(self)
        self.description.setObjectName("noteEntry")
        self.description.setPlaceholderText(self.tr("What do you see and hear? (Enter saves)"))
        self.description.setAccessibleName(self.tr("Observation"))
        self.interpretation = QLineEdit(self)
        self.interpretation.setPlaceholderText(self.tr("Interpretation / wondering (optional)"))
        self.interpretation.setAccessibleName(self.tr("Interpretation or wondering"))
        for line in (self.description, self.interpretation):
            line.returnPressed.connect(self.save_note)
        self.category_buttons = QButtonGroup(self)
        category_row = QHBoxLayout()
        for category in NoteCategory:
            button = QPushButton(f"{labels.text(category)} ({CATEGORY_KEYS[category]})", self)
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self.category_buttons.addButton(button, list(NoteCategory).index(category))
            category_row.addWidget(button)
            QShortcut(QKeySequence(CATEGORY_KEYS[category]), self,
                      lambda c=category: self.set_category(c),
                      context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.category_buttons.idClicked.connect(
            lambda i: self.set_category(list(NoteCategory)[i]))
        self.focus = QComboBox(self)
        self.focus.setAccessibleName(self.tr("Focus point"))
        self.focus.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        for number in range(1, 10):
            QShortcut(QKeySequence(f"Alt+{number}"), self,
                      lambda n=number: self._choose_focus(n),
                      context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.private = QCheckBox(self.tr("Private (Alt+P)"), self)
        self.private.setToolTip(self.tr("Private notes stay with you; they are not in the notes "
                                        "handed to the teacher unless you choose so."))
        self.private.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        QShortcut(QKeySequence("Alt+P"), self, self.private.toggle,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        QShortcut(QKeySequence("F9"), self, self.toggle_clock,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        tag_row = QHBoxLayout()
        tag_row.addWidget(QLabel(self.tr("Focus point"), self))
        tag_row.addWidget(self.focus, 1)
        tag_row.addWidget(self.private)
        self.notes = QListWidget(self)
        self.notes.setWordWrap(True)
        self.notes.setAccessibleName(self.tr("Notes so far"))

        # -- prompt every few minutes ------------------------------------------------------------
        self.prompt = QWidget(self)
        prompt_row = QHBoxLayout(self.prompt)
        prompt_row.setContentsMargins(8, 4, 8, 4)
        prompt_row.addWidget(QLabel(self.tr("Interval: activity form and noise level?"),
                                    self.prompt))
        self.noise_buttons = []
        for level in range(1, 6):
            button = QPushButton(str(level), self.prompt)
            button.setToolTip(self.tr("Noise level {level} of 5").format(level=level))
            button.clicked.connect(lambda _c=False, n=level: self._noise(n))
            prompt_row.addWidget(button)
            self.noise_buttons.append(button)
        skip = QPushButton(self.tr("Skip"), self.prompt)
        skip.clicked.connect(self.prompt.hide)
        prompt_row.addWidget(skip)
        self.prompt.setObjectName("promptBar")
        self.prompt.hide()

        # -- the seating chart and the look-fors --------------------------------------------------
        self.side = QTabWidget(self)
        self.seating = SeatingChart(self)
        self.seating.seats_changed.connect(self._save_seats)
        self.seating.tapped.connect(self._tap)
        self.seating.undo_requested.connect(self._undo_tap)
        self.side.addTab(self.seating, self.tr("Seats"))
        look = QWidget(self)
        look_layout = QVBoxLayout(look)
        self.look_boxes: list[QCheckBox] = []
        self.look_evidence: list[QLineEdit] = []
        for index, text in enumerate(LOOK_FORS):
            box = QCheckBox(QCoreApplication.translate("LookFors", text), look)
            evidence = QLineEdit(look)
            evidence.setPlaceholderText(self.tr("Evidence (optional)"))
            box.clicked.connect(lambda _on=False, i=index: self._save_look_for(i))
            evidence.editingFinished.connect(lambda i=index: self._save_look_for(i))
            look_layout.addWidget(box)
            look_layout.addWidget(evidence)
            self.look_boxes.append(box)
            self.look_evidence.append(evidence)
        look_layout.addStretch(1)
        self.side.addTab(look, self.tr("Look-fors"))

        clock_row = QHBoxLayout()
        clock_row.addWidget(self.clock)
        clock_row.addWidget(self.start_button)
        clock_row.addWidget(self.stop_button)
        clock_row.addStretch(1)
        activity_row = QHBoxLayout()
        activity_row.addWidget(QLabel(self.tr("Activity"), self))
        activity_row.addWidget(self.activity, 1)
        left = QVBoxLayout()
        left.addLayout(clock_row)
        left.addWidget(self.timeline)
        left.addWidget(models)
        left.addLayout(activity_row)
        left.addWidget(self.prompt)
        left.addWidget(self.description)
        left.addWidget(self.interpretation)
        left.addLayout(category_row)
        left.addLayout(tag_row)
        left.addWidget(self.notes, 1)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 3)
        layout.addWidget(self.side, 2)

        self._ticker = QTimer(self)
        self._ticker.setInterval(250)
        self._ticker.timeout.connect(self._tick)
        self.set_category(NoteCategory.OTHER)

    # -- loading -----------------------------------------------------------------------------
    def load(self, observation: Observation) -> None:
        """Show *observation*, its notes and where its clock stands (also after a crash)."""
        self.observation = observation
        service = self.ctx.services.observations
        self.focus.clear()
        self.focus.addItem(self.tr("(no focus point)"), None)
        for index, point in enumerate(observation.focus_points):
            self.focus.addItem(f"{index + 1}. {point} (Alt+{index + 1})" if index < 9
                               else point, index)
        self.notes.clear()
        for note in service.notes(observation.id):
            self._show_note(note)
        self._current = {}
        for event in service.events(observation.id):
            self._current[event.kind] = event.value
        self._show_switches()
        self.seating.set_seats(observation.seats)
        self.seating.set_kinds(observation.participation_types)
        self.seating.set_mode(ChartMode.OBSERVE if observation.seats else ChartMode.ARRANGE)
        self._show_counts()
        marks = {m.index: m for m in observation.look_fors}
        for index, (box, evidence) in enumerate(zip(self.look_boxes, self.look_evidence,
                                                    strict=True)):
            box.setChecked(index in marks)
            evidence.setText(marks[index].evidence if index in marks else "")
        interval = observation.interval_minutes * 60
        now = service.lesson_seconds(observation)
        self._next_prompt = (now // interval + 1) * interval if interval else 0.0
        self.prompt.hide()
        self._ticker.start()
        self._tick()
        self.description.setFocus()

    def stop(self) -> None:
        """Stop updating the clock display (the lesson clock itself lives on in the file)."""
        self._ticker.stop()

    def showEvent(self, event: QShowEvent) -> None:
        """Qt: the clock display runs only while the screen is shown."""
        super().showEvent(event)
        if self.observation:
            self._ticker.start()

    def hideEvent(self, event: QHideEvent) -> None:
        """Qt: stop the display when hidden (another tab, another area, the window closed)."""
        self._ticker.stop()
        super().hideEvent(event)

    # -- the clock ---------------------------------------------------------------------------
    def seconds(self) -> float:
        """The lesson clock now."""
        if not self.observation:
            return 0.0
        return self.ctx.services.observations.lesson_seconds(self.observation)

    def toggle_clock(self) -> None:
        """Start, pause or resume the lesson clock (F9)."""
        if not self.observation:
            return
        service = self.ctx.services.observations
        if self.observation.clock.running:
            self.observation = service.pause_clock(self.observation.id)
        else:
            self.observation = service.start_clock(self.observation.id)
        self._tick()

    def stop_clock(self) -> None:
        """End the lesson: the clock stops for good."""
        if self.observation:
            self.observation = self.ctx.services.observations.stop_clock(self.observation.id)
            self._tick()

    def _tick(self) -> None:
        if not self.observation:
            return
        now = self.seconds()
        clock = self.observation.clock
        self.clock.setText(format_lesson_time(now))
        if clock.stopped_at:
            self.start_button.setText(self.tr("Lesson ended"))
            self.start_button.setEnabled(False)
            self.stop_button.setEnabled(False)
        else:
            self.start_button.setEnabled(True)
            self.stop_button.setEnabled(clock.started_at is not None)
            self.start_button.setText(self.tr("Pause (F9)") if clock.running else
                                      self.tr("Resume (F9)") if clock.started_at else
                                      self.tr("Start (F9)"))
        self.timeline.set_lesson(self.ctx.services.observations.events(self.observation.id)
                                 if self._timeline_dirty else self.timeline.events, now)
        self._timeline_dirty = False
        if self._next_prompt and clock.running and now >= self._next_prompt:
            self._next_prompt += self.observation.interval_minutes * 60
            self.prompt.show()

    # -- notes -------------------------------------------------------------------------------
    def set_category(self, category: NoteCategory) -> None:
        """The category the next note gets."""
        self.category = category
        self.category_buttons.button(list(NoteCategory).index(category)).setChecked(True)

    def _choose_focus(self, number: int) -> None:
        index = self.focus.findData(number - 1)
        if index >= 0:
            self.focus.setCurrentIndex(index)

    def save_note(self) -> None:
        """Enter: write the note now, with its lesson time, and clear the lines."""
        if not self.observation:
            return
        description, interpretation = self.description.text(), self.interpretation.text()
        if not description.strip() and not interpretation.strip():
            return
        try:
            note = self.ctx.services.observations.add_note(
                self.observation.id, description, interpretation=interpretation,
                at_seconds=self.seconds(), category=self.category,
                focus_index=self.focus.currentData(), private=self.private.isChecked())
        except PlfError as error:
            self.ctx.show_error(message(error))
            return
        self.description.clear()
        self.interpretation.clear()
        self.private.setChecked(False)
        self.description.setFocus()
        self._show_note(note)
        self.note_saved.emit(note)

    def _show_note(self, note: ObservationNote) -> None:
        text = f"{format_lesson_time(note.at_seconds)}  ·  {labels.text(note.category)}"
        if note.private:
            text += "  ·  " + self.tr("private")
        text += f"\n{note.description}"
        if note.interpretation:
            text += "\n" + self.tr("Wondering: {text}").format(text=note.interpretation)
        item = QListWidgetItem(text, self.notes)
        item.setData(Qt.ItemDataRole.UserRole, note.id)
        self.notes.scrollToBottom()

    # -- switches ----------------------------------------------------------------------------
    def switch_model(self, model: CoTeachingModel) -> None:
        """Log that the adults now teach in *model* (F1–F6)."""
        if self.observation and self._current.get("model") != model.value:
            self.ctx.attempt(lambda: self.ctx.services.observations.switch_model(
                self.observation.id, model, self.seconds()))  # type: ignore[union-attr]
            self._current["model"] = model.value
            self._timeline_dirty = True
        self._show_switches()

    def _activity_chosen(self, _index: int) -> None:
        value = self.activity.currentData()
        if value and self.observation and self._current.get("activity") != value:
            self.ctx.attempt(lambda: self.ctx.services.observations.switch_activity(
                self.observation.id, ActivityForm(value), self.seconds()))  # type: ignore[union-attr]
            self._current["activity"] = value
            self._timeline_dirty = True

    def _noise(self, level: int) -> None:
        if self.observation:
            self.ctx.attempt(lambda: self.ctx.services.observations.record_noise(
                self.observation.id, level, self.seconds()))  # type: ignore[union-attr]
        self._activity_chosen(self.activity.currentIndex())
        self.prompt.hide()

    def _show_switches(self) -> None:
        model = self._current.get("model")
        for index, each in enumerate(CoTeachingModel):
            button = self.model_buttons.button(index)
            button.setChecked(each.value == model)
        activity = self._current.get("activity")
        self.activity.setCurrentIndex(max(self.activity.findData(activity), 0))
        self._timeline_dirty = True

    # -- seats -------------------------------------------------------------------------------
    def _save_seats(self, seats: tuple[Seat, ...]) -> None:
        if self.observation:
            observation_id = self.observation.id
            if self.ctx.attempt(lambda: self.ctx.services.observations.set_seats(
                    observation_id, seats)):
                self.observation = self.ctx.services.observations.get(observation_id)

    def _tap(self, label: str, kind: str) -> None:
        if self.observation:
            observation_id = self.observation.id
            self.ctx.attempt(lambda: self.ctx.services.observations.tap(
                observation_id, label, kind, self.seconds()))
            self._show_counts()

    def _undo_tap(self) -> None:
        if self.observation:
            undone = self.ctx.services.observations.undo_last_tap(self.observation.id)
            if undone:
                self.ctx.show_message(self.tr("Took back the tap on {seat}.").format(
                    seat=undone.seat_label))
            self._show_counts()

    def _show_counts(self) -> None:
        if self.observation:
            taps = self.ctx.services.observations.taps(self.observation.id)
            self.seating.set_counts(contribution_counts(self.observation.seats, taps))
            self.seating.set_undo_enabled(bool(taps))

    def _save_look_for(self, index: int) -> None:
        if self.observation:
            self.ctx.attempt(lambda: self.ctx.services.observations.set_look_for(
                self.observation.id, index, self.look_boxes[index].isChecked(),  # type: ignore[union-attr]
                self.look_evidence[index].text()))

