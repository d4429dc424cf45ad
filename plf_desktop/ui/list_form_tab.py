"""The shape of the editor's data and agreements tabs: a list, *Tilføj*/*Fjern*, a form."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from plf_desktop.ui.context import UiContext


class ListFormTab(QWidget):
    """A list of a meeting's sub-records beside a form for the chosen one.

    Subclasses say how a record is captioned, shown, added and removed.

    Signals:
        structure_changed(): a record was added or removed; the editor reloads.
    """

    structure_changed = Signal()

    def __init__(self, ctx: UiContext, hint: str, add_text: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.records: list[Any] = []
        self.record_id = ""
        self.list = QListWidget(self)
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.currentRowChanged.connect(self._show_row)
        add = QPushButton(add_text, self)
        add.clicked.connect(lambda: self._after(self.add_record()))
        remove = QPushButton(QCoreApplication.translate("ListFormTab", "Remove"), self)
        remove.clicked.connect(self._remove)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        hint_label = QLabel(hint, self)
        hint_label.setWordWrap(True)
        hint_label.setObjectName("hint")
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.list, 1)
        left_layout.addLayout(buttons)
        self.form_box = QWidget(self)
        self.form = QFormLayout(self.form_box)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(self.form_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 4)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(hint_label)
        layout.addWidget(splitter, 1)

    # -- what subclasses provide -----------------------------------------------------------------
    def caption(self, record: Any) -> str:
        """One line for the list."""
        raise NotImplementedError

    def record_key(self, record: Any) -> str:
        """The record's id."""
        return str(record.id)

    def show_record(self, record: Any) -> None:
        """Fill the form."""
        raise NotImplementedError

    def add_record(self) -> str | None:
        """Create a record; return its id (None if refused)."""
        raise NotImplementedError

    def delete_record(self, record_id: str) -> None:
        """Remove a record (through a service)."""
        raise NotImplementedError

    def focus_new(self) -> None:
        """Put the cursor where a new record is first typed (after it is shown)."""

    # -- shared behaviour ------------------------------------------------------------------------
    def set_records(self, records: list[Any]) -> None:
        """Show *records*, keeping the chosen one selected."""
        self.records = records
        self.list.blockSignals(True)
        self.list.clear()
        row_to_select = 0
        for row, record in enumerate(records):
            entry = QListWidgetItem(self.caption(record), self.list)
            entry.setData(Qt.ItemDataRole.UserRole, self.record_key(record))
            if self.record_key(record) == self.record_id:
                row_to_select = row
        self.list.blockSignals(False)
        self.form_box.setEnabled(bool(records))
        if records:
            self.list.setCurrentRow(row_to_select)
            self._show_row(row_to_select)
        else:
            self.record_id = ""

    def _show_row(self, row: int) -> None:
        if 0 <= row < len(self.records):
            self.ctx.autosaver.flush()
            self.record_id = self.record_key(self.records[row])
            self.show_record(self.records[row])

    def refresh_caption(self, record: Any) -> None:
        """Update the chosen record's line after an edit."""
        entry = self.list.currentItem()
        if entry:
            entry.setText(self.caption(record))

    def _after(self, new_id: str | None) -> None:
        if new_id:
            self.record_id = new_id
            self.structure_changed.emit()
            self.focus_new()

    def _remove(self) -> None:
        record_id = self.record_id
        if record_id and self.ctx.attempt(lambda: self.delete_record(record_id)):
            self.record_id = ""
            self.structure_changed.emit()
