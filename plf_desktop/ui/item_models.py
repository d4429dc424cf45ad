"""One table model for every list: a column is a header plus functions of the record.

Item models hold domain objects handed to them by services; views sort and filter them
through a QSortFilterProxyModel. Sorting uses a separate sort key (ISO dates, numbers) so a
Danish date column sorts by time, not by text.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from plf_desktop.domain.collation import danish_sort_key
from plf_desktop.domain.record_type import frozen_record

T = TypeVar("T")
RECORD_ROLE = Qt.ItemDataRole.UserRole + 2
_Index = QModelIndex | QPersistentModelIndex


@frozen_record
class Column(Generic[T]):
    """A column: its header, what it shows, and optionally how it sorts and warns."""

    header: str
    display: Callable[[T], str]
    sort_key: Callable[[T], str | int | float] | None = None  # scalar: Qt compares it
    warn: Callable[[T], bool] | None = None
    align_right: bool = False


class RecordTableModel(QAbstractTableModel, Generic[T]):
    """Rows of domain records shown through :class:`Column` definitions."""

    WARN = QBrush(QColor("#b3261e"))

    def __init__(self, columns: Sequence[Column[T]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.records: list[T] = []
        # The model sorts itself in Python, one key per record: a proxy that sorts asks Qt for
        # each key n·log(n) times through the bindings, which made years of meetings slow.
        self.sort_column = -1
        self.sort_order = Qt.SortOrder.AscendingOrder

    def set_records(self, records: Sequence[T]) -> None:
        """Replace every row (kept in the current sort order)."""
        self.beginResetModel()
        self.records = self._sorted(list(records))
        self.endResetModel()

    def replace_record(self, row: int, record: T) -> None:
        """Show a changed record on *row* (after an edit elsewhere on the page)."""
        self.records[row] = record
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))

    def sort_key(self, record: T, column: int) -> Any:
        """What *record* sorts by in *column*: the column's key, or its text in Danish order."""
        spec = self.columns[column]
        key = spec.sort_key(record) if spec.sort_key else spec.display(record)
        return danish_sort_key(key) if isinstance(key, str) else key

    def _sorted(self, records: list[T]) -> list[T]:
        if not 0 <= self.sort_column < len(self.columns):
            return records
        return sorted(records, key=lambda r: self.sort_key(r, self.sort_column),
                      reverse=self.sort_order == Qt.SortOrder.DescendingOrder)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Qt: sort the rows, keeping selections and other persistent indexes on their record."""
        self.layoutAboutToBeChanged.emit()
        self.sort_column, self.sort_order = column, order
        position = {id(record): row for row, record in enumerate(self.records)}
        self.records = self._sorted(self.records)
        moved = {position[id(record)]: row for row, record in enumerate(self.records)}
        old = self.persistentIndexList()
        self.changePersistentIndexList(
            old, [self.index(moved[index.row()], index.column()) for index in old])
        self.layoutChanged.emit()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """Qt: the number of records (a table has no children)."""
        return 0 if parent.isValid() else len(self.records)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """Qt: the number of columns."""
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Qt: display text, sort key, record, warning colour and alignment."""
        if not index.isValid():
            return None
        record, column = self.records[index.row()], self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return column.display(record)
        if role == RECORD_ROLE:
            return record
        if role == Qt.ItemDataRole.ForegroundRole and column.warn and column.warn(record):
            return self.WARN
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Qt: column headers."""
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].header
        return None

    def record(self, row: int) -> T:
        """The record on *row*."""
        return self.records[row]


class SearchProxy(QSortFilterProxyModel):
    """Case-insensitive search over every column; sorting is passed on to the source model."""

    def __init__(self, source: RecordTableModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSourceModel(source)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Qt: let the source model sort (fast, in Python); the proxy keeps its order."""
        self.sourceModel().sort(column, order)

    def record_at(self, index: QModelIndex) -> Any:
        """The domain record behind a proxy index."""
        return self.data(index, RECORD_ROLE)
