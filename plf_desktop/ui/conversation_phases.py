"""The conversation itself, phase by phase: where we are, who speaks most, the purpose and
the questions of this phase, a timer against its suggested minutes, a note under each
question, and one clear step to the next phase.

The linked observations' notes sit beside the phase that reviews data (``data = true`` in the
template), and can be shown beside any other phase too.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from plf_desktop.domain.conversations import PHASE_NOTE, Conversation, LinkedObservation
from plf_desktop.domain.dates import format_date
from plf_desktop.ui.context import UiContext
from plf_desktop.ui.fields import set_text_quietly


def clock_text(seconds: float) -> str:
    """``mm:ss`` (hours fold into minutes: a conversation is never that long)."""
    whole = int(max(0, seconds))
    return f"{whole // 60:02d}:{whole % 60:02d}"


class ObservationNotesPanel(QWidget):
    """The linked observations' notes, read-only, for the data phase."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        heading = QLabel(self.tr("Observation notes"), self)
        heading.setObjectName("sectionTitle")
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("Observation notes"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 0, 0, 0)
        layout.addWidget(heading)
        layout.addWidget(self.text, 1)

    def show_notes(self, observations: list[LinkedObservation]) -> None:
        """List each linked observation's notes with their lesson time."""
        if not observations:
            self.text.setPlainText(self.tr(
                "No observation is linked. Link one on the Contract tab to have its notes "
                "here while you go through the data."))
            return
        parts = []
        for observation in observations:
            lines = [f"{observation.title} · {format_date(observation.date)}"]
            for seconds, description, interpretation in observation.notes:
                line = f"{clock_text(seconds)}  {description}"
                if interpretation:
                    line += "\n        " + self.tr("Wondering: {text}").format(
                        text=interpretation)
                lines.append(line)
            if not observation.notes:
                lines.append(self.tr("(no notes)"))
            parts.append("\n".join(lines))
        self.text.setPlainText("\n\n".join(parts))


class ConversationPhases(QWidget):
    """Phase-by-phase guide and notes; every note is saved as it is typed.

    Signals:
        finished(): the conversation was closed; the editor shows the opsamling.
    """

    finished = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.conversation: Conversation | None = None
        self.note_edits: list[QPlainTextEdit] = []
        self.phase_note: QPlainTextEdit | None = None
        self.steps = QListWidget(self)
        self.steps.setAccessibleName(self.tr("Phases"))
        self.steps.setMaximumWidth(260)
        self.steps.itemClicked.connect(self._step_clicked)
        self.heading = QLabel(self)
        self.heading.setObjectName("pageTitle")
        self.heading.setWordWrap(True)
        self.speaker = QLabel(self)
        self.speaker.setObjectName("hint")
        self.timer_label = QLabel(self)
        self.timer_label.setObjectName("phaseTimer")
        self.timer_label.setAccessibleName(self.tr("Time in this phase"))
        self.purpose = QLabel(self)
        self.purpose.setWordWrap(True)
        self.purpose.setTextFormat(Qt.TextFormat.PlainText)
        self.body = QScrollArea(self)
        self.body.setWidgetResizable(True)
        self.body.setFrameShape(QFrame.Shape.NoFrame)
        self.previous_button = QPushButton(self.tr("← Previous phase"), self)
        self.previous_button.setToolTip(self.tr("Back to the previous phase (Ctrl+PgUp)"))
        self.next_button = QPushButton(self, objectName="primary")
        self.finish_button = QPushButton(self.tr("Close the conversation"), self)
        self.finish_button.setToolTip(self.tr(
            "Stop the timer and write the focus person's summary and the next steps"))
        self.data_button = QPushButton(self.tr("Observation notes"), self)
        self.data_button.setCheckable(True)
        self.data_button.setToolTip(self.tr("Show the linked observations' notes beside the "
                                            "phase (Ctrl+D)"))
        self.previous_button.clicked.connect(self.previous_phase)
        self.next_button.clicked.connect(self.next_phase)
        self.finish_button.clicked.connect(self.finish)
        self.data_button.toggled.connect(self._show_data)
        self.notes_panel = ObservationNotesPanel(self)
        self.notes_panel.hide()
        header = QHBoxLayout()
        header.addWidget(self.heading, 1)
        header.addWidget(self.timer_label)
        buttons = QHBoxLayout()
        buttons.addWidget(self.previous_button)
        buttons.addWidget(self.data_button)
        buttons.addStretch(1)
        buttons.addWidget(self.finish_button)
        buttons.addWidget(self.next_button)
        centre = QWidget(self)
        centre_layout = QVBoxLayout(centre)
        centre_layout.setContentsMargins(8, 0, 8, 0)
        centre_layout.addLayout(header)
        centre_layout.addWidget(self.speaker)
        centre_layout.addWidget(self.purpose)
        centre_layout.addWidget(self.body, 1)
        centre_layout.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.steps)
        splitter.addWidget(centre)
        splitter.addWidget(self.notes_panel)
        splitter.setStretchFactor(1, 3)
        splitter.setStretchFactor(2, 2)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([240, 720, 380])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(splitter)
        self.ticker = QTimer(self)
        self.ticker.setInterval(1000)
        self.ticker.timeout.connect(self._tick)
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        QShortcut(QKeySequence("Ctrl+PgDown"), self, self.next_phase, context=context)
        QShortcut(QKeySequence("Ctrl+PgUp"), self, self.previous_phase, context=context)
        QShortcut(QKeySequence("Ctrl+D"), self, self.data_button.toggle, context=context)

    # -- showing -----------------------------------------------------------------------------
    @property
    def phase(self) -> int:
        """The phase on screen: the current one, or the first before the start."""
        assert self.conversation is not None
        return self.conversation.current_phase or 0

    def load(self, conversation: Conversation) -> None:
        """Show the conversation's current phase with its notes; the timer runs if it does."""
        self.ctx.autosaver.flush()
        self.conversation = conversation
        self.notes_panel.show_notes(
            self.ctx.services.conversations.linked_observations(conversation.id))
        self._fill()

    def stop(self) -> None:
        """Stop the timer display (the editor was left)."""
        self.ticker.stop()

    def _fill(self) -> None:
        conversation = self.conversation
        assert conversation is not None
        phases = conversation.template.phases
        number = self.phase
        phase = phases[number]
        self.steps.clear()
        now = self.ctx.services.conversations.now()
        for index, each in enumerate(phases):
            spent = conversation.phase_seconds(index, now)
            mark = "▶" if index == number and conversation.started else (
                "✓" if spent else " ")
            item = QListWidgetItem(f"{mark} {index + 1}. {each.title}\n     "
                                   + self.tr("{minutes} min · {speaker}").format(
                                       minutes=each.minutes, speaker=each.speaker or "—"),
                                   self.steps)
            item.setData(Qt.ItemDataRole.UserRole, index)
        self.steps.setCurrentRow(number)
        self.heading.setText(self.tr("Phase {number} of {count}: {title}").format(
            number=number + 1, count=len(phases), title=phase.title))
        self.speaker.setText(self.tr("Who speaks most: {speaker}").format(
            speaker=phase.speaker or "—"))
        self.purpose.setText(phase.purpose)
        self._build_questions()
        started = conversation.started
        self.previous_button.setEnabled(started and number > 0)
        self.next_button.setText(self.tr("Start the conversation") if not started
                                 else self.tr("Next phase →"))
        self.next_button.setToolTip(self.tr("Start the timer of the first phase")
                                    if not started else
                                    self.tr("Say that this phase ends and the next begins "
                                            "(Ctrl+PgDown)"))
        self.next_button.setVisible(not started or number < len(phases) - 1)
        self.finish_button.setVisible(started)
        self.finish_button.setObjectName("primary" if number == len(phases) - 1 else "")
        self.finish_button.style().polish(self.finish_button)
        self.data_button.blockSignals(True)
        self.data_button.setChecked(phase.shows_data)
        self.data_button.blockSignals(False)
        self.notes_panel.setVisible(phase.shows_data)
        self._tick()
        if started and conversation.finished_at is None:
            self.ticker.start()
        else:
            self.ticker.stop()

    def _build_questions(self) -> None:
        conversation = self.conversation
        assert conversation is not None
        self.ctx.autosaver.flush()  # the old boxes' text is saved before they go
        old = self.body.takeWidget()
        if old is not None:
            old.deleteLater()
        notes = self.ctx.services.conversations.notes(conversation.id)
        phase = conversation.template.phases[self.phase]
        box = QWidget(self.body)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 8, 12, 8)
        self.note_edits = []
        for index, question in enumerate(phase.questions):
            label = QLabel(question.text, box)
            label.setObjectName("question")
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            if question.gloss:
                label.setToolTip(question.gloss)
            edit = self._note_edit(box, index, notes.get((self.phase, index), ""))
            edit.setAccessibleName(question.text)
            edit.setPlaceholderText(self.tr("What was said"))
            label.setBuddy(edit)
            layout.addWidget(label)
            layout.addWidget(edit)
            self.note_edits.append(edit)
        other = QLabel(self.tr("Other notes from this phase"), box)
        other.setObjectName("question")
        self.phase_note = self._note_edit(box, PHASE_NOTE,
                                          notes.get((self.phase, PHASE_NOTE), ""))
        self.phase_note.setAccessibleName(other.text())
        layout.addWidget(other)
        layout.addWidget(self.phase_note)
        layout.addStretch(1)
        self.body.setWidget(box)

    def _note_edit(self, parent: QWidget, question: int, text: str) -> QPlainTextEdit:
        edit = QPlainTextEdit(parent)
        edit.setTabChangesFocus(True)
        edit.setMinimumHeight(64)
        edit.setMaximumHeight(110)
        set_text_quietly(edit, text)
        conversation_id, phase = self.conversation.id, self.phase  # type: ignore[union-attr]
        self.ctx.autosaver.watch(edit, lambda: self.ctx.services.conversations.set_note(
            conversation_id, phase, question, edit.toPlainText()))
        return edit

    def _tick(self) -> None:
        conversation = self.conversation
        if conversation is None:
            return
        phase = conversation.template.phases[self.phase]
        now = self.ctx.services.conversations.now()
        left = conversation.left_unfinished(now)
        if left is not None:  # not held now: the clock stands still until the next phase
            self.ticker.stop()
            self.timer_label.setText(self.tr("Paused"))
            self.timer_label.setToolTip(self.tr(
                "The phase was started {date} and the conversation was not closed. The timer "
                "goes on when you move to another phase.").format(
                date=format_date(left.astimezone().date())))
            self.timer_label.setProperty("over", False)
            self.timer_label.style().polish(self.timer_label)
            return
        spent = conversation.phase_seconds(self.phase, now)
        over = phase.minutes and spent > phase.minutes * 60
        self.timer_label.setToolTip("")
        self.timer_label.setText(self.tr("{spent} of {planned}").format(
            spent=clock_text(spent), planned=clock_text(phase.minutes * 60)))
        self.timer_label.setProperty("over", bool(over))
        self.timer_label.style().polish(self.timer_label)

    def _show_data(self, shown: bool) -> None:
        self.notes_panel.setVisible(shown)

    # -- moving between phases ---------------------------------------------------------------
    def _move(self, move: object) -> None:
        if self.conversation is None:
            return
        moved: list[Conversation] = []
        if self.ctx.attempt(lambda: moved.append(move())):  # type: ignore[operator]
            self.conversation = moved[0]
            self._fill()
            if self.note_edits:
                self.note_edits[0].setFocus()

    def next_phase(self) -> None:
        """Start the conversation, or say that this phase ends and the next begins."""
        conversation = self.conversation
        if conversation is None or conversation.is_last_phase():
            return
        self._move(lambda: self.ctx.services.conversations.next_phase(conversation.id))

    def previous_phase(self) -> None:
        """Go back a phase (its timer goes on from where it stopped)."""
        conversation = self.conversation
        if conversation is None or not conversation.current_phase:
            return
        self._move(lambda: self.ctx.services.conversations.go_to_phase(
            conversation.id, conversation.current_phase - 1))  # type: ignore[operator]

    def _step_clicked(self, item: QListWidgetItem) -> None:
        conversation = self.conversation
        index = item.data(Qt.ItemDataRole.UserRole)
        if conversation is None or not conversation.started or index == conversation.current_phase:
            self.steps.setCurrentRow(self.phase)
            return
        self._move(lambda: self.ctx.services.conversations.go_to_phase(conversation.id, index))

    def finish(self) -> None:
        """Close the conversation: the timer stops and the opsamling follows."""
        conversation = self.conversation
        if conversation is None:
            return
        closed: list[Conversation] = []
        if self.ctx.attempt(lambda: closed.append(
                self.ctx.services.conversations.finish(conversation.id))):
            self.conversation = closed[0]
            self._fill()
            self.finished.emit()
