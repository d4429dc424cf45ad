"""Saving as the user types: no Save button, nothing lost.

Every watched field schedules its save; the saves run 400 ms after the last keystroke, when
the field loses focus, and before the window closes or the view changes. A crash loses at
most that fraction of a second. A save the rules refuse (an empty title, a date in the wrong
format) leaves the typed text in place and reports the reason; nothing is written. A save the
file refuses (the disk is full, the folder became read-only, another program holds the file)
is kept and tried again every few seconds, so the text is written once the cause is gone.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from plf_desktop.domain.errors import PlfError, StorageError
from plf_desktop.domain.privacy import find_cpr, mask_cpr
from plf_desktop.i18n import message

DELAY_MS = 400
RETRY_MS = 5000
Save = Callable[[], None]


class Autosaver(QObject):
    """Runs pending saves after a pause in typing, on focus-out and on demand.

    Signals:
        failed(str): a save was refused or failed; the translated reason.
        saved(): pending saves were written.
        cpr_found(QWidget, str): a saved text holds something that looks like a CPR number
            (the widget and the number); the window offers to mask it.
    """

    failed = Signal(str)
    saved = Signal()
    cpr_found = Signal(QWidget, str)

    def __init__(self, parent: QObject | None = None, delay_ms: int = DELAY_MS) -> None:
        super().__init__(parent)
        self._pending: dict[int, Save] = {}
        self._saves: dict[int, Save] = {}
        self._warned: set[tuple[int, str]] = set()
        self.last_failure = ""
        """Why the file refused the last save that is still waiting."""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._delay_ms = delay_ms
        self._timer.timeout.connect(self.flush)

    def watch(self, widget: QWidget, save: Save) -> None:
        """Save *widget*'s value with *save* whenever the user changes it."""
        key = id(widget)
        if isinstance(widget, (QLineEdit, QPlainTextEdit)):
            save = self._checking_cpr(widget, save)
            self._saves[key] = save

        def schedule(*_: object) -> None:
            self._pending[key] = save
            self._timer.start(self._delay_ms)

        def now(*_: object) -> None:
            self._pending[key] = save
            self.flush()

        if isinstance(widget, QLineEdit):
            widget.textEdited.connect(schedule)
            widget.editingFinished.connect(self.flush)
        elif isinstance(widget, QPlainTextEdit):
            widget.textChanged.connect(schedule)
            widget.installEventFilter(self)
        elif isinstance(widget, QComboBox):
            widget.activated.connect(now)
        elif isinstance(widget, QCheckBox):
            widget.clicked.connect(now)
        elif isinstance(widget, QAbstractSpinBox):
            widget.valueChanged.connect(schedule)  # type: ignore[attr-defined]
            widget.editingFinished.connect(self.flush)
        else:
            raise TypeError(f"cannot watch {type(widget).__name__}")

    def _checking_cpr(self, widget: QLineEdit | QPlainTextEdit, save: Save) -> Save:
        """*save*, then a look for CPR numbers in what was saved (each one reported once)."""
        key = id(widget)

        def checked() -> None:
            save()
            text = widget.text() if isinstance(widget, QLineEdit) else widget.toPlainText()
            for match in find_cpr(text):
                if (key, match.text) not in self._warned:
                    self._warned.add((key, match.text))
                    self.cpr_found.emit(widget, match.text)

        return checked

    def mask_cpr(self, widget: QLineEdit | QPlainTextEdit) -> None:
        """Replace every CPR-like number in *widget* with a mask and save it at once."""
        if isinstance(widget, QLineEdit):
            widget.setText(mask_cpr(widget.text()))
        else:
            widget.setPlainText(mask_cpr(widget.toPlainText()))
        save = self._saves.get(id(widget))
        if save is not None:
            self._pending[id(widget)] = save
            self.flush()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Save a text box as soon as it loses focus."""
        if event.type() == QEvent.Type.FocusOut:
            self.flush()
        return super().eventFilter(watched, event)

    def flush(self) -> bool:
        """Write every pending save now; False if one was refused (its text stays typed)."""
        self._timer.stop()
        pending, self._pending = self._pending, {}
        ok = True
        for key, save in pending.items():
            try:
                save()
            except StorageError as error:  # the file, not the text: keep it, try again
                ok = False
                self._pending.setdefault(key, save)
                self.last_failure = message(error)
                self.failed.emit(self.last_failure)
            except PlfError as error:
                ok = False
                self.failed.emit(message(error))
        if pending and ok:
            self.saved.emit()
        if self._pending and not self._timer.isActive():
            self._timer.start(RETRY_MS)
        return ok

    def unsaved(self) -> bool:
        """Is something typed still waiting to be written (its save failed and is retried)?"""
        return bool(self._pending)
