"""A searchable, sortable table of records: the list half of every list + detail page."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from plf_desktop.ui.item_models import Column, RecordTableModel, SearchProxy


class RecordTable(QWidget):
    """A search field above a table view.

    Signals:
        activated(object): a record was opened (double-click or Enter).
        current_changed(object): the selected record changed (None when nothing is selected).
    """

    activated = Signal(object)
    current_changed = Signal(object)

    def __init__(self, columns: Sequence[Column], search_placeholder: str,
                 parent: QWidget | None = None, stretch_column: int = 0,
                 sort: tuple[int, Qt.SortOrder] = (0, Qt.SortOrder.AscendingOrder)) -> None:
        super().__init__(parent)
        self.model: RecordTableModel = RecordTableModel(columns, self)
        self.proxy = SearchProxy(self.model, self)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(search_placeholder)
        self.search.setAccessibleName(search_placeholder)
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.view = QTableView(self)
        self.view.setModel(self.proxy)
        self.view.horizontalHeader().setSortIndicator(*sort)
        self.view.setSortingEnabled(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(28)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)
        # Column widths from the first rows only: measuring years of meetings costs seconds.
        header.setResizeContentsPrecision(40)
        self.view.doubleClicked.connect(lambda index: self.activated.emit(
            self.proxy.record_at(index)))
        self.view.activated.connect(lambda index: self.activated.emit(self.proxy.record_at(index)))
        self.view.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self.current_changed.emit(
                self.proxy.record_at(current) if current.isValid() else None))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.view, 1)

    def set_records(self, records: Sequence[Any], keep_id: str | None = None) -> None:
        """Show *records*, keeping the selection on the record with id *keep_id*."""
        self.model.set_records(records)
        for column in range(self.model.columnCount()):
            if self.view.horizontalHeader().sectionResizeMode(column) \
                    != QHeaderView.ResizeMode.Stretch:
                self.view.resizeColumnToContents(column)
                self.view.setColumnWidth(column, min(self.view.columnWidth(column) + 12, 320))
        if keep_id:
            self.select_id(keep_id)

    def current(self) -> Any:
        """The selected record, or None."""
        index = self.view.currentIndex()
        return self.proxy.record_at(index) if index.isValid() else None

    def select_id(self, record_id: str) -> bool:
        """Select the row of the record with *record_id*; False if it is not shown."""
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            record = self.proxy.record_at(index)
            if getattr(record, "id", None) == record_id or getattr(
                    getattr(record, "agreement", None), "id", None) == record_id:
                self.view.selectionModel().setCurrentIndex(
                    index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows)
                self.view.scrollTo(index)
                return True
        return False

    def row_count(self) -> int:
        """Rows shown after searching."""
        return self.proxy.rowCount()
