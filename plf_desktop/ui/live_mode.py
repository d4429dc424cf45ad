"""During the meeting: the current agenda item, its time box counting down, and its referat.

Big type and few controls, for a laptop on a meeting table. Ctrl+PgDown (or F8) moves on to
the next item and Ctrl+PgUp (or F7) goes back; the notes are saved as they are typed, like
everywhere else.
"""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from plf_desktop.domain.records import Meeting
from plf_desktop.ui import labels
from plf_desktop.ui.context import UiContext


def format_countdown(seconds: int) -> str:
    """``07:30`` while time is left, ``+01:05`` once the time box is overrun."""
    sign = "+" if seconds < 0 else ""
    seconds = abs(seconds)
    return f"{sign}{seconds // 60:02d}:{seconds % 60:02d}"


class LiveMode(QWidget):
    """One agenda item at a time with a countdown of its time box.

    Signals:
        finished(): the user left live mode.
    """

    finished = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.meeting: Meeting | None = None
        self.index = 0
        self._elapsed_before = 0
        self._clock = QElapsedTimer()
        self._running = False
        self.position = QLabel(self)
        self.position.setObjectName("livePosition")
        self.item_title = QLabel(self)
        self.item_title.setObjectName("liveTitle")
        self.item_title.setWordWrap(True)
        self.item_meta = QLabel(self)
        self.item_meta.setObjectName("hint")
        self.item_description = QLabel(self)
        self.item_description.setWordWrap(True)
        self.countdown = QLabel(self)
        self.countdown.setObjectName("countdown")
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.countdown.setAccessibleName(self.tr("Time left"))
        self.progress = QProgressBar(self)
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(10)
        self.notes = QPlainTextEdit(self)
        self.notes.setObjectName("liveNotes")
        self.notes.setPlaceholderText(self.tr("Minutes of this item"))
        self.notes.setAccessibleName(self.tr("Minutes of this item"))
        self.upcoming = QListWidget(self)
        self.upcoming.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.upcoming.setMaximumWidth(320)
        self.upcoming.setWordWrap(True)
        self.upcoming.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.previous_button = QPushButton(self.tr("◀ Previous (Ctrl+PgUp)"), self)
        self.pause_button = QPushButton(self.tr("Pause"), self)
        self.next_button = QPushButton(self.tr("Next item ▶ (Ctrl+PgDown)"), self)
        self.next_button.setObjectName("primary")
        self.exit_button = QPushButton(self.tr("End live mode (Esc)"), self)
        self.previous_button.clicked.connect(lambda: self.go(self.index - 1))
        self.next_button.clicked.connect(lambda: self.go(self.index + 1))
        self.pause_button.clicked.connect(self.toggle_pause)
        self.exit_button.clicked.connect(self.leave)
        for keys, slot in ((("Ctrl+PgDown", "F8"), lambda: self.go(self.index + 1)),
                           (("Ctrl+PgUp", "F7"), lambda: self.go(self.index - 1)),
                           (("Esc",), self.leave)):
            for key in keys:
                QShortcut(QKeySequence(key), self, slot,
                          context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._timer = QTimer(self)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self._tick)
        ctx.autosaver.watch(self.notes, self._save_notes)

        heading = QVBoxLayout()
        heading.addWidget(self.position)
        heading.addWidget(self.item_title)
        heading.addWidget(self.item_meta)
        top = QHBoxLayout()
        top.addLayout(heading, 1)
        top.addWidget(self.countdown)
        main = QVBoxLayout()
        main.addLayout(top)
        main.addWidget(self.progress)
        main.addWidget(self.item_description)
        main.addWidget(self.notes, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.previous_button)
        buttons.addWidget(self.pause_button)
        buttons.addStretch(1)
        buttons.addWidget(self.exit_button)
        buttons.addWidget(self.next_button)
        main.addLayout(buttons)
        side = QVBoxLayout()
        agenda_label = QLabel(self.tr("Agenda"), self)
        agenda_label.setObjectName("sectionTitle")
        side.addWidget(agenda_label)
        side.addWidget(self.upcoming, 1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addLayout(main, 1)
        layout.addLayout(side)

    def start(self, meeting: Meeting, index: int = 0) -> None:
        """Begin at agenda item *index* with its full time box."""
        self.meeting = meeting
        self.upcoming.clear()
        for position, item in enumerate(meeting.agenda, start=1):
            self.upcoming.addItem(f"{position}. {item.title} · {item.minutes} min")
        self.go(index, force=True)
        self.notes.setFocus()

    def go(self, index: int, force: bool = False) -> None:
        """Show agenda item *index* and restart its clock (out of range: stay)."""
        if not self.meeting or not self.meeting.agenda:
            return
        if not 0 <= index < len(self.meeting.agenda) or (index == self.index and not force):
            return
        self.ctx.autosaver.flush()
        self.meeting = self.ctx.services.meetings.get(self.meeting.id)
        self.index = index
        item = self.meeting.agenda[index]
        names = self.ctx.services.people.person_names()
        self.position.setText(self.tr("{meeting} · item {n} of {count}").format(
            meeting=self.meeting.title, n=index + 1, count=len(self.meeting.agenda)))
        self.item_title.setText(item.title)
        meta = [labels.text(item.kind), self.tr("{minutes} min").format(minutes=item.minutes)]
        if item.responsible_id:
            meta.append(names.get(item.responsible_id, ""))
        self.item_meta.setText(" · ".join(meta))
        self.item_description.setText(item.description)
        self.item_description.setVisible(bool(item.description))
        self.notes.blockSignals(True)
        self.notes.setPlainText(item.notes)
        self.notes.blockSignals(False)
        self.upcoming.setCurrentRow(index)
        self.previous_button.setEnabled(index > 0)
        self.next_button.setEnabled(index < len(self.meeting.agenda) - 1)
        self._elapsed_before = 0
        self._running = True
        self._clock.start()
        self._timer.start()
        self.pause_button.setText(self.tr("Pause"))
        self._tick()

    def seconds_left(self) -> int:
        """Seconds left of the current item's time box (negative when overrun)."""
        if not self.meeting:
            return 0
        elapsed = self._elapsed_before + (self._clock.elapsed() if self._running else 0)
        return self.meeting.agenda[self.index].minutes * 60 - elapsed // 1000

    def toggle_pause(self) -> None:
        """Stop or restart the countdown."""
        if self._running:
            self._elapsed_before += self._clock.elapsed()
            self._running = False
            self.pause_button.setText(self.tr("Resume"))
        else:
            self._clock.start()
            self._running = True
            self.pause_button.setText(self.tr("Pause"))
        self._tick()

    def _tick(self) -> None:
        if not self.meeting:
            return
        left = self.seconds_left()
        total = self.meeting.agenda[self.index].minutes * 60
        self.countdown.setText(format_countdown(left))
        self.countdown.setProperty("overrun", left < 0)
        self.countdown.setProperty("ending", 0 <= left < 60)
        self.countdown.style().unpolish(self.countdown)
        self.countdown.style().polish(self.countdown)
        self.progress.setMaximum(total)
        self.progress.setValue(min(total, max(0, total - left)))

    def _save_notes(self) -> None:
        if self.meeting:
            self.ctx.services.meetings.update_item(self.meeting.agenda[self.index].id,
                                                   notes=self.notes.toPlainText())

    def leave(self) -> None:
        """Save and return to the editor."""
        self.ctx.autosaver.flush()
        self._timer.stop()
        self._running = False
        self.finished.emit()
