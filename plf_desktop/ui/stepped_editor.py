"""The shape of a guided process's editor: a list of steps on the left (done ✓, current ▶,
later greyed), the chosen step's page on the right, and above them the next step in words.

Action-learning courses and co-teaching collaborations share it; each says what its steps
are, which one it has come to, and which page shows a step.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from plf_desktop.ui.context import UiContext
from plf_desktop.ui.printable import PrintableEditor

translate = QCoreApplication.translate


class SteppedEditor(PrintableEditor, QWidget):
    """A record worked through in steps; everything is saved as it is typed.

    Signals:
        back_requested(): the user wants the list again.
    """

    back_requested = Signal()

    def __init__(self, ctx: UiContext, back_text: str, pdf_text: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.record: Any = None
        self.next_label = QLabel(self)
        self.next_label.setObjectName("nextStep")
        self.next_label.setWordWrap(True)
        self.steps = QListWidget(self)
        self.steps.setAccessibleName(translate("SteppedEditor", "Steps"))
        self.steps.setMaximumWidth(300)
        self.steps.setWordWrap(True)
        self.steps.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.steps.currentItemChanged.connect(lambda item, _old: self._show_step(item))
        self.pages = QStackedWidget(self)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.steps)
        splitter.addWidget(self.pages)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([260, 900])
        splitter.setChildrenCollapsible(False)
        self.build_frame(back_text, splitter, pdf_text=pdf_text, leading=self.next_label)

    # -- what subclasses provide ---------------------------------------------------------------
    def fetch(self, record_id: str) -> Any:
        """The record, read again from its service."""
        raise NotImplementedError

    def step_entries(self) -> list[tuple[str, str]]:
        """``(key, caption)`` of every step, in order."""
        raise NotImplementedError

    def current_key(self) -> str:
        """The step the record has come to."""
        raise NotImplementedError

    def finished(self) -> bool:
        """Is the whole process done (every step ✓)?"""
        raise NotImplementedError

    def next_step_text(self) -> str:
        """Where the record stands and what to do now, in one sentence."""
        raise NotImplementedError

    def show_page(self, key: str) -> QWidget:
        """Fill the page of step *key* and return it."""
        raise NotImplementedError

    def trash(self, record_id: str) -> str:
        """Move the record to the trash; return the message offering *Fortryd*."""
        raise NotImplementedError

    def restore(self, record_id: str) -> None:
        """Bring the record back from the trash."""
        raise NotImplementedError

    # -- shared behaviour ----------------------------------------------------------------------
    def load(self, record_id: str) -> None:
        """Open a record on the step it has come to."""
        self.record = self.fetch(record_id)
        self._fill(self.current_key())

    def reload(self, follow: bool = False) -> None:
        """Read the record again; with *follow*, go to the step it has now come to."""
        if self.record is None:
            return
        self.ctx.autosaver.flush()
        self.record = self.fetch(self.record.id)
        self._fill(self.current_key() if follow else self._shown_key())

    def leave(self) -> None:
        """Nothing runs in the background here."""

    def has_record(self) -> bool:
        """Is a record open?"""
        return self.record is not None

    def show_progress(self) -> None:
        """Say where the record stands now, without reloading the page being typed in."""
        if self.record is None:
            return
        self.record = self.fetch(self.record.id)
        self.next_label.setText(self.next_step_text())
        captions = dict(self.step_entries())
        for row in range(self.steps.count()):
            item = self.steps.item(row)
            key = item.data(Qt.ItemDataRole.UserRole)
            if key in captions:
                item.setText(f"{item.text()[:1]} {captions[key]}")

    def _shown_key(self) -> str:
        item = self.steps.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else self.current_key()

    def _fill(self, key: str) -> None:
        self.title.setText(self.record.title)
        self.show_deletion_date(self.record.id)
        self.next_label.setText(self.next_step_text())
        entries = self.step_entries()
        order = [k for k, _ in entries]
        current = order.index(self.current_key())
        done_all = self.finished()
        self.steps.blockSignals(True)
        self.steps.clear()
        for position, (entry_key, text) in enumerate(entries):
            done = position < current or done_all
            mark = "▶" if position == current and not done else ("✓" if done else " ")
            item = QListWidgetItem(f"{mark} {text}", self.steps)
            item.setData(Qt.ItemDataRole.UserRole, entry_key)
            if position > current:
                item.setForeground(self.palette().placeholderText())
        self.steps.blockSignals(False)
        self.steps.setCurrentRow(order.index(key) if key in order else current)
        self._show_step(self.steps.currentItem())

    def _show_step(self, item: QListWidgetItem | None) -> None:
        if self.record is None or item is None:
            return
        self.ctx.autosaver.flush()
        self.pages.setCurrentWidget(self.show_page(item.data(Qt.ItemDataRole.UserRole)))

    def _delete(self) -> None:
        if self.record is None:
            return
        record_id = self.record.id
        text = self.trash(record_id)
        self.record = None
        self.back_requested.emit()
        self.ctx.offer_undo(text, lambda: self.restore(record_id))
