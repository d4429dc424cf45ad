"""One table model for every list: a column is a header plus functions of the record.

Item models hold domain objects handed to them by services; views sort and filter them
through a QSortFilterProxyModel. Sorting uses a separate sort key (ISO dates, numbers) so a
Danish date column sorts by time, not by text.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
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

T = TypeVar("T")
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
RECORD_ROLE = Qt.ItemDataRole.UserRole + 2
_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
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
        # Sorting asks for each key n·log(n) times; computing it once per cell keeps a list
        # of years of meetings instant.
        self._sort_keys: dict[tuple[int, int], Any] = {}

    def set_records(self, records: Sequence[T]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self.records = list(records)
        self._sort_keys.clear()
        self.endResetModel()

    def replace_record(self, row: int, record: T) -> None:
        """Show a changed record on *row* (after an edit elsewhere on the page)."""
        self.records[row] = record
        for column in range(len(self.columns)):
            self._sort_keys.pop((row, column), None)
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))

    def _sort_key(self, row: int, column: int) -> Any:
        key = self._sort_keys.get((row, column))
        if key is None:
            record, spec = self.records[row], self.columns[column]
            key = spec.sort_key(record) if spec.sort_key else spec.display(record)
            key = danish_sort_key(key) if isinstance(key, str) else key
            self._sort_keys[(row, column)] = key
        return key

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
        if role == SORT_ROLE:
            return self._sort_key(index.row(), index.column())
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
    """Case-insensitive search over every column, sorting by each column's sort key."""

    def __init__(self, source: RecordTableModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSourceModel(source)
        self.setSortRole(SORT_ROLE)

        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)

    def record_at(self, index: QModelIndex) -> Any:
        """The domain record behind a proxy index."""
        return self.data(index, RECORD_ROLE)
