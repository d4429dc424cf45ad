"""The seating chart: a pseudonymous plan of the room, laid out once, then tapped during the lesson.

Seats carry only labels such as "A7" and sit on a grid (``Seat.column`` / ``Seat.row``) with
the board at the top; seats that share a table group sit on one rounded table. Two modes:

* **arrange** — add, remove, rename and group seats, make a whole grid at once, and move seats
  by dragging them or with the arrow keys (Tab / Shift+Tab selects the next / previous seat).
  Every change is announced with :attr:`SeatingChart.seats_changed`; the caller saves it.
* **observe** — a tap on a seat (or Space / Enter on the selected one) announces
  :attr:`SeatingChart.tapped` with the participation kind chosen above the chart (keys 1–9);
  seats are coloured by how often they took part and the seats never heard are outlined.

Pure Qt: no database, no services. The only modal dialogs go through :func:`prompts.run`.
"""

from __future__ import annotations

import bisect
import math
import string
from collections.abc import Iterable
from dataclasses import replace
from enum import StrEnum

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QPoint,
    QPointF,
    QRect,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLayoutItem,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from plf_desktop.domain.observations import DEFAULT_PARTICIPATION_TYPES, Seat
from plf_desktop.domain.record_type import frozen_record
from plf_desktop.ui import prompts
from plf_desktop.ui.form_dialog import FormDialog

# The observation service's rules, repeated here so the chart can refuse a change before it
# is sent (the ui does not import services).
MAX_SEATS = 60
MAX_LABEL = 12
MAX_GROUP = 24
# How far seats can be moved: wide enough for any classroom, small enough to stay readable.
MAX_COLUMNS = 16
MAX_ROWS = 12
MAX_KINDS = 9

# Participation 1, 2, 3, 4, 5+: one hue getting darker, so the order also reads in grey.
COUNT_FILLS = ("#c9def0", "#97c0e0", "#6aa5d4", "#2f6ca8", "#0f3f74")
NEVER_HEARD = "#b4530a"
INK = "#1f3349"
MUTED = "#5b6470"
ACCENT = "#2b5c8a"
FLASH = "#f2a900"
SEAT_BORDER = "#8593a3"
ROOM_FILL = "#f7f9fb"
# lupdate reads translate("Context", "text") calls; the alias keeps lines short.
translate = QCoreApplication.translate
ROOM_BORDER = "#d8dee6"
TABLE_FILL = "#e0e7ef"
BOARD_FILL = "#1f3349"


class ChartMode(StrEnum):
    """What a click on a seat does."""

    ARRANGE = "arrange"
    OBSERVE = "observe"


@frozen_record
class SeatAppearance:
    """How a seat is drawn: what :meth:`SeatingChart.seat_display` reports to tests.

    *count* is ``None`` in arrange mode (no numbers are shown there); *outlined* marks a seat
    never heard in observe mode.
    """

    label: str
    count: int | None
    fill: QColor
    text: QColor
    outlined: bool


def count_fill(count: int) -> QColor:
    """The fill of a seat heard *count* times (white for never)."""
    if count <= 0:
        return QColor("white")
    return QColor(COUNT_FILLS[min(count, len(COUNT_FILLS)) - 1])


def label_problem(label: str, taken: Iterable[str]) -> str:
    """Why *label* cannot be a seat's label beside the *taken* ones; empty when it can."""
    text = label.strip()
    if not text:
        return translate("SeatingChart", "A seat needs a short label, such as A7.")
    if len(text) > MAX_LABEL:
        return translate("SeatingChart", "A seat label has at most {limit} characters.").format(
            limit=MAX_LABEL)
    if text.casefold() in {other.casefold() for other in taken}:
        text_ = translate("SeatingChart",
                          "There is already a seat {label}; each seat needs its own label.")
        return text_.format(label=text)
    return ""


def next_free_label(taken: Iterable[str]) -> str:
    """The first of A1 … A12, B1 … Z12, then 1, 2, … that no seat uses yet."""
    used = {label.casefold() for label in taken}
    for letter in string.ascii_uppercase:
        for number in range(1, MAX_COLUMNS + 1):
            if f"{letter}{number}".casefold() not in used:
                return f"{letter}{number}"
    number = 1
    while str(number) in used:
        number += 1
    return str(number)


def grid_seats(rows: int, columns: int, group_size: int = 0) -> tuple[Seat, ...]:
    """A room of *rows* × *columns* seats labelled A1, A2 … (row A at the board).

    *group_size* 2 puts neighbours in a row at one table, 4 puts 2 × 2 seats at one table;
    tables are numbered in reading order and a free aisle is left between them.
    """
    seats = []
    tables_per_row = math.ceil(columns / 2)
    for row in range(rows):
        for column in range(columns):
            x, y, group = column, row, ""
            if group_size in (2, 4):
                x = column + column // 2
                band = row // 2 if group_size == 4 else row
                if group_size == 4:
                    y = row + row // 2
                number = band * tables_per_row + column // 2 + 1
                group = translate("SeatingChart", "Table {number}").format(number=number)
            seats.append(Seat(f"{string.ascii_uppercase[row]}{column + 1}", x, y, group))
    return tuple(seats)


# -- dialogs (shown through prompts.run, which tests replace) --------------------------------


class SeatLabelDialog(FormDialog):
    """Asks for a seat's label; refuses an empty, too long or already used one."""

    def __init__(self, label: str, taken: Iterable[str], parent: QWidget | None = None) -> None:
        super().__init__(translate("SeatingChart", "Rename seat"), parent, width=380)
        self.taken = tuple(taken)
        self.label = QLineEdit(label, self)
        self.label.setMaxLength(MAX_LABEL)
        self.label.setAccessibleName(translate("SeatingChart", "Seat label"))
        self.label.selectAll()
        note = QLabel(translate(
            "SeatingChart", "A short code such as A7 or 12 — never a student's name."), self)
        note.setObjectName("hint")
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(translate("SeatingChart", "&Label"), self.label)
        self.arrange(form, note)

    def value(self) -> str:
        """The label as typed, without surrounding spaces."""
        return self.label.text().strip()

    def accept(self) -> None:
        """Close only with a label the room can take."""
        problem = label_problem(self.value(), self.taken)
        if problem:
            self.problem.setText(problem)
            return
        super().accept()


class SeatGroupDialog(FormDialog):
    """Chooses the table group of a seat: one of the room's groups, a new name or none."""

    def __init__(self, group: str, groups: Iterable[str], suggestion: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(translate("SeatingChart", "Table group"), parent, width=380)
        self.group = QComboBox(self)
        self.group.setEditable(True)
        self.group.setAccessibleName(translate("SeatingChart", "Table group"))
        self.group.addItem("")
        for name in sorted({*groups, suggestion} - {""}, key=_natural):
            self.group.addItem(name)
        line = self.group.lineEdit()
        line.setMaxLength(MAX_GROUP)
        line.setPlaceholderText(translate("SeatingChart", "No group"))
        self.group.setCurrentText(group)
        note = QLabel(translate(
            "SeatingChart", "Seats with the same group are drawn at one table."), self)
        note.setObjectName("hint")
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(translate("SeatingChart", "&Group"), self.group)
        self.arrange(form, note)

    def value(self) -> str:
        """The chosen group; empty for none."""
        return self.group.currentText().strip()


class GridDialog(FormDialog):
    """Rows × columns and the table size of a whole new room."""

    def __init__(self, replaces: int, parent: QWidget | None = None) -> None:
        super().__init__(translate("SeatingChart", "Make a grid of seats"), parent, width=400)
        self.rows = QSpinBox(self)
        self.rows.setRange(1, 8)
        self.rows.setValue(4)
        self.rows.setAccessibleName(translate("SeatingChart", "Rows"))
        self.columns = QSpinBox(self)
        self.columns.setRange(1, 10)
        self.columns.setValue(6)
        self.columns.setAccessibleName(translate("SeatingChart", "Seats per row"))
        self.groups = QComboBox(self)
        self.groups.setAccessibleName(translate("SeatingChart", "Tables"))
        self.groups.addItem(translate("SeatingChart", "Single desks"), 0)
        self.groups.addItem(translate("SeatingChart", "Tables of 2"), 2)
        self.groups.addItem(translate("SeatingChart", "Tables of 4"), 4)
        form = QFormLayout()
        form.addRow(translate("SeatingChart", "&Rows"), self.rows)
        form.addRow(translate("SeatingChart", "&Seats per row"), self.columns)
        form.addRow(translate("SeatingChart", "&Tables"), self.groups)
        parts: list[QLayout | QWidget] = [form]
        if replaces:
            note = QLabel(translate(
                "SeatingChart", "The new grid replaces the {count} seats of the room.").format(
                count=replaces), self)
            note.setObjectName("hint")
            note.setWordWrap(True)
            parts.append(note)
        self.arrange(*parts)

    def value(self) -> tuple[int, int, int]:
        """``(rows, columns, group size)``; group size 0 means single desks."""
        return self.rows.value(), self.columns.value(), int(self.groups.currentData())

    def accept(self) -> None:
        """Close only with a room the service will take."""
        rows, columns, _ = self.value()
        if rows * columns > MAX_SEATS:
            self.problem.setText(translate(
                "SeatingChart", "A room has at most {limit} seats.").format(limit=MAX_SEATS))
            return
        super().accept()


def _natural(text: str) -> tuple[object, ...]:
    """Sort "Table 2" before "Table 10"."""
    return tuple(int(part) if part.isdigit() else part.casefold()
                 for part in _split_digits(text))


def _split_digits(text: str) -> list[str]:
    parts: list[str] = []
    for char in text:
        if parts and parts[-1][-1].isdigit() == char.isdigit():
            parts[-1] += char
        else:
            parts.append(char)
    return parts


# -- a layout that wraps its buttons onto the next line when the panel is narrow ------------


class FlowLayout(QLayout):
    """Lays widgets out left to right and wraps them like words."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self.setSpacing(spacing)
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # type: ignore[override]
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # type: ignore[override]
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._place(QRect(0, 0, width, 0), apply=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._place(rect, apply=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        return size

    def _place(self, rect: QRect, apply: bool) -> int:
        x, y, line_height = rect.x(), rect.y(), 0
        for item in self._items:
            if item.isEmpty():
                continue
            hint = item.sizeHint()
            if x > rect.x() and x + hint.width() > rect.right() + 1:
                x, y, line_height = rect.x(), y + line_height + self.spacing(), 0
            if apply:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self.spacing()
            line_height = max(line_height, hint.height())
        return y + line_height - rect.y()


# -- the room itself --------------------------------------------------------------------------


@frozen_record
class _Grid:
    """Where the cells of the room are drawn at the view's current size.

    *xs* and *ys* are the edges of the columns and rows from *first_column* / *first_row* on;
    while observing, an aisle (a column or row without seats) is drawn narrow.
    """

    xs: tuple[float, ...]
    ys: tuple[float, ...]
    first_column: int
    first_row: int
    unit: float
    board: QRectF

    @property
    def caption(self) -> float:
        """The band at the top of every cell that holds a table's name."""
        return max(14.0, min(18.0, self.unit * 0.24))

    def cell(self, column: int, row: int) -> QRectF:
        x, y = column - self.first_column, row - self.first_row
        return QRectF(self.xs[x], self.ys[y], self.xs[x + 1] - self.xs[x],
                      self.ys[y + 1] - self.ys[y])

    def side(self, column: int) -> float:
        """The space left and right of a seat in its cell."""
        return max(3.0, self.cell(column, self.first_row).width() * 0.07)

    def seat(self, column: int, row: int) -> QRectF:
        cell = self.cell(column, row)
        side = self.side(column)
        bottom = max(3.0, self.unit * 0.06)
        return QRectF(cell.left() + side, cell.top() + self.caption,
                      cell.width() - 2 * side, cell.height() - self.caption - bottom)

    def at(self, point: QPointF) -> tuple[int, int] | None:
        column = bisect.bisect_right(self.xs, point.x()) - 1
        row = bisect.bisect_right(self.ys, point.y()) - 1
        if 0 <= column < len(self.xs) - 1 and 0 <= row < len(self.ys) - 1:
            return column + self.first_column, row + self.first_row
        return None


class RoomView(QWidget):
    """Paints the room and turns clicks, drags and keys into the chart's actions."""

    def __init__(self, chart: SeatingChart) -> None:
        super().__init__(chart)
        self.chart = chart
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setMinimumSize(320, 200)
        self.setAccessibleName(self.tr("Seating chart"))
        self._press: tuple[str, QPointF] | None = None
        self._drag_at: QPointF | None = None
        self._frozen: _Grid | None = None
        self._flash = ""
        self._flash_timer = QTimer(self)
        self._flash_timer.setSingleShot(True)
        self._flash_timer.setInterval(400)
        self._flash_timer.timeout.connect(self._end_flash)

    # geometry -------------------------------------------------------------------------------
    def grid(self) -> _Grid:
        """The cells at the current size (held still while a seat is dragged)."""
        if self._frozen is not None:
            return self._frozen
        seats = self.chart.seats()
        if self.chart.mode() is ChartMode.ARRANGE:
            first_column = first_row = 0
            columns = min(MAX_COLUMNS, max([6] + [s.column + 2 for s in seats]))
            rows = min(MAX_ROWS, max([4] + [s.row + 2 for s in seats]))
        elif seats:
            first_column = min(s.column for s in seats)
            first_row = min(s.row for s in seats)
            columns = max(s.column for s in seats) - first_column + 1
            rows = max(s.row for s in seats) - first_row + 1
        else:
            first_column = first_row = 0
            columns, rows = 6, 4
        aisle = 0.35 if self.chart.mode() is ChartMode.OBSERVE else 1.0
        used_columns = {s.column for s in seats}
        used_rows = {s.row for s in seats}
        widths = [1.0 if c in used_columns or not seats else aisle
                  for c in range(first_column, first_column + columns)]
        heights = [1.0 if r in used_rows or not seats else aisle
                   for r in range(first_row, first_row + rows)]
        pad = 12.0
        board_height = max(20.0, min(26.0, self.height() * 0.06))
        board_top = pad * 0.75
        top = board_top + board_height + 6
        width = max(1.0, self.width() - 2 * pad)
        height = max(1.0, self.height() - top - pad * 0.75)
        unit_height = min(height / sum(heights), 100.0)
        unit_width = min(width / sum(widths), unit_height * 1.7, 124.0)
        unit_height = min(unit_height, unit_width * 1.1)
        left = pad + (width - unit_width * sum(widths)) / 2
        xs = tuple(left + unit_width * sum(widths[:i]) for i in range(len(widths) + 1))
        ys = tuple(top + unit_height * sum(heights[:i]) for i in range(len(heights) + 1))
        board_width = max(140.0, min((xs[-1] - xs[0]) * 0.5, 360.0))
        board = QRectF(self.width() / 2 - board_width / 2, board_top, board_width, board_height)
        return _Grid(xs, ys, first_column, first_row, unit_height, board)

    def seat_rect(self, label: str) -> QRectF:
        """Where the seat *label* is drawn (an empty rectangle for an unknown label)."""
        seat = self.chart.seat(label)
        return self.grid().seat(seat.column, seat.row) if seat else QRectF()

    def seat_at(self, point: QPointF) -> Seat | None:
        """The seat whose cell holds *point* (the whole cell: a big target for fingers)."""
        cell = self.grid().at(point)
        return self.chart.seat_at(*cell) if cell else None

    # painting -------------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        grid = self.grid()
        room = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        painter.setPen(QPen(QColor(ROOM_BORDER), 1))
        painter.setBrush(QColor(ROOM_FILL))
        painter.drawRoundedRect(room, 8, 8)
        self._paint_board(painter, grid)
        arranging = self.chart.mode() is ChartMode.ARRANGE
        if arranging and self.chart.seats():
            self._paint_empty_cells(painter, grid)
        elif self.chart.seats():
            self._paint_heard(painter, grid)
        self._paint_tables(painter, grid)
        dragged = self._press[0] if self._press and self._drag_at is not None else ""
        for seat in self.chart.seats():
            if seat.label != dragged:
                self._paint_seat(painter, grid.seat(seat.column, seat.row), seat)
        self._paint_captions(painter, grid)
        if dragged:
            self._paint_drag(painter, grid, dragged)
        if not self.chart.seats():
            painter.setPen(QColor(MUTED))
            painter.setFont(self._font(14))
            text = (self.tr("No seats yet. Add seats one by one, or make a grid.") if arranging
                    else self.tr("No seats yet. Choose “Arrange room” to lay out the room."))
            painter.drawText(QRectF(self.rect()).adjusted(24, grid.board.bottom(), -24, -12),
                             Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, text)
        painter.end()

    def _font(self, pixels: float, bold: bool = False) -> QFont:
        font = QFont(self.font())
        font.setPixelSize(max(8, round(pixels)))
        font.setBold(bold)
        return font

    def _paint_board(self, painter: QPainter, grid: _Grid) -> None:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(BOARD_FILL))
        painter.drawRoundedRect(grid.board, 4, 4)
        painter.setPen(QColor("white"))
        painter.setFont(self._font(grid.board.height() * 0.55, bold=True))
        painter.drawText(grid.board, Qt.AlignmentFlag.AlignCenter, self.tr("Board"))

    def _paint_heard(self, painter: QPainter, grid: _Grid) -> None:
        font = self._font(12)
        painter.setFont(font)
        painter.setPen(QColor(INK))
        room = QRectF(12, grid.board.top(), grid.board.left() - 24, grid.board.height())
        painter.drawText(room, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         QFontMetrics(font).elidedText(self.chart.heard_text(),
                                                       Qt.TextElideMode.ElideRight,
                                                       int(room.width())))

    def _paint_empty_cells(self, painter: QPainter, grid: _Grid) -> None:
        pen = QPen(QColor("#d3dae3"), 1, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for row in range(grid.first_row, grid.first_row + len(grid.ys) - 1):
            for column in range(grid.first_column, grid.first_column + len(grid.xs) - 1):
                if self.chart.seat_at(column, row) is None:
                    painter.drawRoundedRect(grid.seat(column, row).adjusted(3, 3, -3, -3), 5, 5)

    def _tables(self) -> dict[str, list[Seat]]:
        by_group: dict[str, list[Seat]] = {}
        for seat in self.chart.seats():
            if seat.group:
                by_group.setdefault(seat.group, []).append(seat)
        return by_group

    def _paint_tables(self, painter: QPainter, grid: _Grid) -> None:
        inset, radius = 2.0, 9.0
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(TABLE_FILL))
        for members in self._tables().values():
            cells = {(s.column, s.row) for s in members}
            # One opaque shape per seat, each reaching past the rounded corners of its
            # neighbours at the same table: together they fill the table without seams.
            table = QPainterPath()
            table.setFillRule(Qt.FillRule.WindingFill)
            for column, row in sorted(cells):
                rect = grid.cell(column, row).adjusted(inset, inset, -inset, -inset)
                if (column + 1, row) in cells:
                    rect.setRight(rect.right() + 2 * (inset + radius))
                if (column, row + 1) in cells:
                    rect.setBottom(rect.bottom() + 2 * (inset + radius))
                table.addRoundedRect(rect, radius, radius)
            painter.drawPath(table)

    def _paint_captions(self, painter: QPainter, grid: _Grid) -> None:
        """Each table's name above its first row (drawn last: a selection ring stays under)."""
        font = self._font(max(10.0, grid.caption - 4.5))
        painter.setFont(font)
        painter.setPen(QColor(MUTED))
        for group, members in self._tables().items():
            cells = {(s.column, s.row) for s in members}
            first = min(members, key=lambda s: (s.row, s.column))
            last = first.column
            while (last + 1, first.row) in cells:
                last += 1
            side = grid.side(first.column) + 1
            left = grid.cell(first.column, first.row)
            right = grid.cell(last, first.row)
            band = QRectF(left.left() + side, left.top() + 1,
                          right.right() - left.left() - 2 * side, grid.caption - 1)
            text = QFontMetrics(font).elidedText(group, Qt.TextElideMode.ElideRight,
                                                 int(band.width()))
            painter.drawText(band, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, text)

    def _paint_seat(self, painter: QPainter, rect: QRectF, seat: Seat) -> None:
        look = self.chart.seat_display(seat.label)
        assert look is not None
        selected = seat.label == self.chart.selected_label()
        if selected and (self.chart.mode() is ChartMode.ARRANGE or self.hasFocus()):
            painter.setPen(QPen(QColor(ACCENT), 2.5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(-2, -2, 2, 2), 8, 8)
        if seat.label == self._flash:
            painter.setPen(QPen(QColor(FLASH), 4))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(-4, -4, 4, 4), 9, 9)
        if look.outlined:
            pen = QPen(QColor(NEVER_HEARD), 2.2, Qt.PenStyle.CustomDashLine)
            pen.setDashPattern([3, 2])
            painter.setPen(pen)
            body = rect.adjusted(1, 1, -1, -1)
        else:
            painter.setPen(QPen(QColor(SEAT_BORDER), 1))
            body = rect
        painter.setBrush(look.fill)
        painter.drawRoundedRect(body, 6, 6)
        painter.setPen(look.text)
        size = min(rect.height() * 0.46, rect.width() * 0.3, 18)
        if look.count is None:
            font = self._font(size, bold=True)
            painter.setFont(font)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, QFontMetrics(font).elidedText(
                seat.label, Qt.TextElideMode.ElideRight, int(rect.width() - 6)))
            return
        # The label on the left, the number (what the observer is after) bold on the right.
        pad = max(4.0, rect.width() * 0.08)
        number_font = self._font(size * 1.05, bold=True)
        number = str(look.count)
        number_width = QFontMetrics(number_font).horizontalAdvance(number)
        label_font = self._font(size * 0.8)
        label_room = rect.adjusted(pad, 0, -(pad + number_width + 3), 0)
        painter.setFont(label_font)
        painter.drawText(label_room, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         QFontMetrics(label_font).elidedText(
                             seat.label, Qt.TextElideMode.ElideRight, int(label_room.width())))
        painter.setFont(number_font)
        painter.drawText(rect.adjusted(pad, 0, -pad, 0),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, number)

    def _paint_drag(self, painter: QPainter, grid: _Grid, label: str) -> None:
        assert self._press is not None and self._drag_at is not None
        seat = self.chart.seat(label)
        assert seat is not None
        target = grid.at(self._drag_at)
        if target is not None:
            pen = QPen(QColor(ACCENT), 2, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.setBrush(QColor(43, 92, 138, 40))
            painter.drawRoundedRect(grid.seat(*target).adjusted(-2, -2, 2, 2), 7, 7)
        rect = grid.seat(seat.column, seat.row)
        rect.translate(self._drag_at - self._press[1])
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(0, 0, 0, 45))
        painter.drawRoundedRect(rect.translated(3, 4), 6, 6)
        self._paint_seat(painter, rect, seat)

    # flashing a tapped seat -----------------------------------------------------------------
    def flash(self, label: str) -> None:
        """Ring *label* briefly, so the observer sees the tap was taken."""
        self._flash = label
        self._flash_timer.start()
        self.update()

    def _end_flash(self) -> None:
        self._flash = ""
        self.update()

    # mouse and touch ------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        seat = self.seat_at(event.position())
        if seat is None:
            self._press = None
            return
        self._press = (seat.label, event.position())
        self.chart.select(seat.label)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        point = event.position()
        if self._press is not None and self.chart.mode() is ChartMode.ARRANGE:
            moved = (point - self._press[1]).manhattanLength()
            if self._drag_at is None and moved >= QApplication.startDragDistance():
                self._frozen = self.grid()
                self._drag_at = point
            if self._drag_at is not None:
                self._drag_at = point
                self.setCursor(Qt.CursorShape.ClosedHandCursor)
                self.update()
                return
        seat = self.seat_at(point) if self._press is None else None
        if seat is None:
            self.unsetCursor()
        elif self.chart.mode() is ChartMode.ARRANGE:
            self.setCursor(Qt.CursorShape.OpenHandCursor)
        else:
            self.setCursor(Qt.CursorShape.PointingHandCursor)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton or self._press is None:
            super().mouseReleaseEvent(event)
            return
        label, _ = self._press
        dragging = self._drag_at is not None
        target = self.grid().at(event.position()) if dragging else None
        self._press = None
        self._drag_at = None
        self._frozen = None
        self.unsetCursor()
        if dragging:
            if target is not None:
                self.chart.move_seat(label, *target)
            self.update()
            return
        released_on = self.seat_at(event.position())
        if self.chart.mode() is ChartMode.OBSERVE and released_on and released_on.label == label:
            self.chart.tap(label)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            seat = self.seat_at(QPointF(event.pos()))
            if seat is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), self.chart.describe(seat.label), self)
            return True
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            tab = event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
            modifiers = event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier
            if tab and modifiers == Qt.KeyboardModifier.NoModifier:
                backwards = (event.key() == Qt.Key.Key_Backtab
                             or bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier))
                if self.chart.step_selection(-1 if backwards else 1):
                    return True
        return super().event(event)

    # keyboard -------------------------------------------------------------------------------
    def focusInEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        seats = self.chart.ordered_labels()
        if seats and event.reason() == Qt.FocusReason.TabFocusReason:
            self.chart.select(seats[0])
        elif seats and event.reason() == Qt.FocusReason.BacktabFocusReason:
            self.chart.select(seats[-1])
        elif seats and self.chart.selected_label() is None:
            self.chart.select(seats[0])
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().focusOutEvent(event)
        self.update()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        plain = event.modifiers() in (Qt.KeyboardModifier.NoModifier,
                                      Qt.KeyboardModifier.KeypadModifier)
        arrows = {Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0),
                  Qt.Key.Key_Up: (0, -1), Qt.Key.Key_Down: (0, 1)}
        label = self.chart.selected_label()
        if key == Qt.Key.Key_Escape and self._drag_at is not None:
            self._press = self._drag_at = self._frozen = None  # the drag is called off
            self.unsetCursor()
            self.update()
            return
        if plain and key in arrows:
            dx, dy = arrows[Qt.Key(key)]
            if self.chart.mode() is ChartMode.ARRANGE:
                self.chart.nudge_selected(dx, dy)
            else:
                self.chart.select_towards(dx, dy)
            return
        if self.chart.mode() is ChartMode.OBSERVE:
            if plain and key in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter) and label:
                self.chart.tap(label)
                return
        elif plain:
            if key == Qt.Key.Key_F2:
                self.chart.rename_selected()
                return
            if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self.chart.remove_selected()
                return
            if key in (Qt.Key.Key_Insert, Qt.Key.Key_Plus):
                self.chart.add_seat()
                return
            if key == Qt.Key.Key_G:
                self.chart.ask_group()
                return
        super().keyPressEvent(event)  # unhandled: the chart sees it (digits, Ctrl+Z)


class CountLegend(QWidget):
    """The colour scale under the chart: never heard, then 1 to 5+ times."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Colour key"))
        self.setAccessibleDescription(self.tr(
            "Dashed outline: not heard yet. The darker the seat, the more often it took part."))

    def _not_heard(self) -> str:
        return self.tr("not heard")

    def _font(self) -> QFont:
        font = QFont(self.font())
        font.setPixelSize(12)
        return font

    def sizeHint(self) -> QSize:
        width = QFontMetrics(self._font()).horizontalAdvance(self._not_heard())
        return QSize(30 + width + 12 + 29 * len(COUNT_FILLS), 30)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = self._font()
        painter.setFont(font)
        metrics = QFontMetrics(font)
        box = QRectF(0, self.height() / 2 - 9, 25, 18)
        pen = QPen(QColor(NEVER_HEARD), 2, Qt.PenStyle.CustomDashLine)
        pen.setDashPattern([3, 2])
        painter.setPen(pen)
        painter.setBrush(QColor("white"))
        painter.drawRoundedRect(box.adjusted(1, 1, -1, -1), 4, 4)
        painter.setPen(QColor(MUTED))
        text = self._not_heard()
        painter.drawText(QRectF(30, 0, metrics.horizontalAdvance(text) + 2, self.height()),
                         Qt.AlignmentFlag.AlignVCenter, text)
        x = 30 + metrics.horizontalAdvance(text) + 12
        for index, fill in enumerate(COUNT_FILLS):
            rect = box.translated(x, 0)
            painter.setPen(QPen(QColor(SEAT_BORDER), 1))
            painter.setBrush(QColor(fill))
            painter.drawRoundedRect(rect, 4, 4)
            painter.setPen(QColor("white") if index >= 3 else QColor(INK))
            last = index == len(COUNT_FILLS) - 1
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter,
                             f"{index + 1}+" if last else str(index + 1))
            x += 29
        painter.end()


class ElidedLabel(QLabel):
    """One line of text that never widens its panel: what does not fit ends in "…"."""

    def minimumSizeHint(self) -> QSize:
        return QSize(0, super().minimumSizeHint().height())

    def sizeHint(self) -> QSize:
        return QSize(0, super().sizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        text = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight,
                                             self.contentsRect().width())
        self.style().drawItemText(painter, self.contentsRect(),
                                  int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                                  self.palette(), self.isEnabled(), text,
                                  QPalette.ColorRole.WindowText)
        painter.end()


STYLE = f"""
QPushButton[kind="true"], QPushButton[tool="true"], QPushButton#undoButton,
QPushButton#modeButton {{
    min-height: 20px; padding: 4px 7px;
}}
QPushButton[kind="true"] {{
    border: 1px solid #b9c4d0; background: white; border-radius: 4px;
}}
QPushButton[kind="true"]:hover {{ background: #eef4fa; }}
QPushButton[kind="true"]:checked {{
    background: {ACCENT}; color: white; border-color: #244e76;
}}
QPushButton[kind="true"]:focus {{ border: 2px solid #f2a900; }}
QLabel#privacyNote {{
    background: #eef4fa; color: #2c3b4d; border-left: 3px solid #7fb2e5;
    padding: 4px 8px;
}}
"""


class SeatingChart(QWidget):
    """The room as a grid of labelled seats, to arrange before and to tap during a lesson.

    Signals:
        seats_changed(tuple[Seat, ...]): the user changed the layout (arrange mode); save it.
        tapped(str, str): the seat label and participation kind of a tap (observe mode).
        undo_requested(): the user wants the last tap taken back (button or Ctrl+Z).
        mode_changed(str): the user switched between ``"arrange"`` and ``"observe"``.
    """

    seats_changed = Signal(tuple)
    tapped = Signal(str, str)
    undo_requested = Signal()
    mode_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(STYLE)
        self._seats: list[Seat] = []
        self._counts: dict[str, int] = {}
        self._kinds: tuple[str, ...] = ()
        self._kind = 0
        self._mode = ChartMode.ARRANGE
        self._selected: str | None = None

        # observe: the participation kinds
        self.kind_bar = QWidget(self)
        self.kind_bar.setAccessibleName(self.tr("Kind of participation"))
        self.kind_layout = FlowLayout(self.kind_bar)
        # Wrapping rows of buttons need their parent layout to ask for height-for-width.
        policy = self.kind_bar.sizePolicy()
        policy.setHeightForWidth(True)
        self.kind_bar.setSizePolicy(policy)
        self.kind_group = QButtonGroup(self)
        self.kind_group.setExclusive(True)
        self.kind_group.idClicked.connect(self.set_current_kind)
        self.kind_buttons: list[QPushButton] = []

        # arrange: the tools
        self.tool_bar = QWidget(self)
        tools = FlowLayout(self.tool_bar)
        policy = self.tool_bar.sizePolicy()
        policy.setHeightForWidth(True)
        self.tool_bar.setSizePolicy(policy)
        self.new_label = QLineEdit(self.tool_bar)
        self.new_label.setMaxLength(MAX_LABEL)
        self.new_label.setFixedWidth(64)
        self.new_label.setAccessibleName(self.tr("Label of the new seat"))
        self.new_label.setToolTip(self.tr("Type a label, or leave it empty for the next free one"))
        self.new_label.returnPressed.connect(self._add_typed)
        self.add_button = self._tool(self.tr("Add seat"), self._add_typed)
        self.add_button.setToolTip(self.tr("Add a seat (Insert)"))
        self.rename_button = self._tool(self.tr("Rename…"), self.rename_selected)
        self.rename_button.setToolTip(self.tr("Rename the selected seat (F2)"))
        self.group_button = self._tool(self.tr("Table group…"), self.ask_group)
        self.group_button.setToolTip(self.tr("Put the selected seat at a table (G)"))
        self.remove_button = self._tool(self.tr("Remove"), self.remove_selected)
        self.remove_button.setToolTip(self.tr("Remove the selected seat (Delete)"))
        self.grid_button = self._tool(self.tr("Make grid…"), self.ask_grid)
        self.grid_button.setToolTip(self.tr("Lay out a whole room of rows and tables"))
        for widget in (self.new_label, self.add_button, self.rename_button, self.group_button,
                       self.remove_button, self.grid_button):
            tools.addWidget(widget)
        self.new_label.setFixedHeight(self.add_button.sizeHint().height())

        self.view = RoomView(self)
        self.problem = QLabel(self)
        self.problem.setObjectName("error")
        self.problem.setWordWrap(True)
        self.problem.setAccessibleName(self.tr("Problem"))
        self.problem.hide()
        self.status = ElidedLabel(self)
        self.status.setObjectName("hint")

        # the bottom row: undo and the colour key while observing, the note on names while
        # arranging, and the way to the other mode
        self.undo_button = QPushButton(self.tr("Undo last tap"), self)
        self.undo_button.setObjectName("undoButton")
        self.undo_button.setToolTip(self.tr("Undo last tap (Ctrl+Z)"))
        self.undo_button.setAccessibleName(self.tr("Undo last tap"))
        self.undo_button.clicked.connect(self.undo_requested)
        self.legend = CountLegend(self)
        self.privacy_note = QLabel(self.tr(
            "No names, only labels such as A7: the app never stores students' names, because "
            "pseudonymised data about students is still personal data."), self)
        self.privacy_note.setObjectName("privacyNote")
        self.privacy_note.setWordWrap(True)
        self.mode_button = QPushButton(self)
        self.mode_button.setObjectName("modeButton")
        self.mode_button.clicked.connect(self._toggle_mode)
        bottom = QHBoxLayout()
        bottom.setSpacing(10)
        bottom.addWidget(self.undo_button)
        bottom.addWidget(self.legend)
        bottom.addWidget(self.privacy_note, 1)
        bottom.addStretch(0)
        bottom.addWidget(self.mode_button, 0, Qt.AlignmentFlag.AlignBottom)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.kind_bar)
        layout.addWidget(self.tool_bar)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.problem)
        layout.addWidget(self.status)
        layout.addLayout(bottom)

        self.set_kinds(DEFAULT_PARTICIPATION_TYPES)
        self.set_mode(ChartMode.ARRANGE)

    def _tool(self, text: str, slot) -> QPushButton:  # type: ignore[no-untyped-def]
        button = QPushButton(text, self.tool_bar)
        button.setProperty("tool", True)
        button.setAccessibleName(text.rstrip("…"))
        button.clicked.connect(slot)
        return button

    # -- what the caller sets -----------------------------------------------------------------
    def set_seats(self, seats: Iterable[Seat]) -> None:
        """Show *seats* (a saved layout); announces nothing."""
        self._seats = list(seats)
        if self._selected is not None and self.seat(self._selected) is None:
            self._selected = None
        self._refresh()

    def seats(self) -> tuple[Seat, ...]:
        """The layout as it is shown."""
        return tuple(self._seats)

    def set_kinds(self, kinds: Iterable[str]) -> None:
        """The participation kinds to choose from (the first nine); keeps the chosen one."""
        current = self.current_kind()
        self._kinds = tuple(kind for kind in kinds if kind.strip())[:MAX_KINDS]
        for button in self.kind_buttons:
            self.kind_group.removeButton(button)
            self.kind_layout.removeWidget(button)
            button.hide()  # at once: deleteLater waits for the event loop
            button.deleteLater()
        self.kind_buttons = []
        for index, kind in enumerate(self._kinds):
            button = QPushButton(f"{index + 1} {kind}", self.kind_bar)
            button.setCheckable(True)
            button.setProperty("kind", True)
            button.setAccessibleName(kind)
            button.setToolTip(self.tr("{kind} (key {number})").format(kind=kind,
                                                                     number=index + 1))
            self.kind_group.addButton(button, index)
            self.kind_layout.addWidget(button)
            self.kind_buttons.append(button)
        self.set_current_kind(self._kinds.index(current) if current in self._kinds else 0)

    def kinds(self) -> tuple[str, ...]:
        """The participation kinds offered."""
        return self._kinds

    def set_current_kind(self, index: int) -> None:
        """Choose the kind a tap logs (0 is the first); an index out of range is ignored."""
        if not 0 <= index < len(self._kinds):
            return
        self._kind = index
        self.kind_buttons[index].setChecked(True)
        self._update_status()

    def current_kind(self) -> str:
        """The kind a tap logs now; empty when there are no kinds."""
        return self._kinds[self._kind] if 0 <= self._kind < len(self._kinds) else ""

    def set_counts(self, counts: dict[str, int]) -> None:
        """How many times each seat took part (missing labels count 0)."""
        self._counts = dict(counts)
        self.view.update()
        self._update_status()

    def count(self, label: str) -> int:
        """How many times the seat *label* took part, as shown."""
        return self._counts.get(label, 0)

    def set_undo_enabled(self, enabled: bool) -> None:
        """Whether there is a tap to undo."""
        self.undo_button.setEnabled(enabled)

    def set_mode(self, mode: ChartMode | str) -> None:
        """Arrange the room, or observe (tap) in it; announces nothing."""
        self._mode = ChartMode(mode)
        observing = self._mode is ChartMode.OBSERVE
        self.undo_button.setVisible(observing)
        self.kind_bar.setVisible(observing)
        self.legend.setVisible(observing)
        self.tool_bar.setVisible(not observing)
        self.privacy_note.setVisible(not observing)
        text = self.tr("Arrange room") if observing else self.tr("Done arranging")
        self.mode_button.setText(text)
        self.mode_button.setAccessibleName(text)
        self.mode_button.setToolTip(self.tr("Move, add and rename seats") if observing
                                    else self.tr("Go back to tapping seats"))
        self._show_problem("")
        self._refresh()

    def mode(self) -> ChartMode:
        """The current mode."""
        return self._mode

    # -- looking up seats ---------------------------------------------------------------------
    def seat(self, label: str) -> Seat | None:
        """The seat labelled *label*, if any."""
        return next((s for s in self._seats if s.label == label), None)

    def seat_at(self, column: int, row: int) -> Seat | None:
        """The seat in that cell, if any."""
        return next((s for s in self._seats if (s.column, s.row) == (column, row)), None)

    def ordered_labels(self) -> list[str]:
        """Labels in reading order from the board: row by row, left to right."""
        return [s.label for s in sorted(self._seats, key=lambda s: (s.row, s.column))]

    def seat_display(self, label: str) -> SeatAppearance | None:
        """How the seat *label* is drawn now: its number (observe mode), fill and outline."""
        if self.seat(label) is None:
            return None
        if self._mode is ChartMode.ARRANGE:
            return SeatAppearance(label, None, QColor("white"), QColor(INK), False)
        count = self.count(label)
        fill = count_fill(count)
        text = QColor("white") if count >= 4 else QColor(INK)
        return SeatAppearance(label, count, fill, text, count == 0)

    def seat_center(self, label: str) -> QPoint:
        """Where to click the seat *label*, in the view's coordinates."""
        return self.view.seat_rect(label).center().toPoint()

    def describe(self, label: str) -> str:
        """"A3 · Table 1 · heard 2 times": for tool tips and screen readers."""
        seat = self.seat(label)
        if seat is None:
            return ""
        parts = [seat.label]
        if seat.group:
            parts.append(seat.group)
        if self._mode is ChartMode.OBSERVE:
            count = self.count(label)
            parts.append(self.tr("not heard yet") if count == 0
                         else self.tr("heard: {count}").format(count=count))
        return " · ".join(parts)

    # -- selection ----------------------------------------------------------------------------
    def selected_label(self) -> str | None:
        """The seat the keys act on."""
        return self._selected

    def select(self, label: str | None) -> None:
        """Make *label* the selected seat (None for none)."""
        self._selected = label if label is None or self.seat(label) else None
        self._refresh()

    def step_selection(self, step: int) -> bool:
        """Select the next (1) or previous (-1) seat; False past the last or first one."""
        order = self.ordered_labels()
        if not order:
            return False
        if self._selected not in order:
            self.select(order[0] if step > 0 else order[-1])
            return True
        index = order.index(self._selected) + step
        if not 0 <= index < len(order):
            return False
        self.select(order[index])
        return True

    def select_towards(self, dx: int, dy: int) -> None:
        """Select the nearest seat in the direction of the arrow (observe mode)."""
        current = self.seat(self._selected) if self._selected else None
        if current is None:
            self.step_selection(1)
            return
        best: tuple[float, Seat] | None = None
        for seat in self._seats:
            along = (seat.column - current.column) * dx + (seat.row - current.row) * dy
            across = abs((seat.column - current.column) * dy + (seat.row - current.row) * dx)
            if along <= 0:
                continue
            score = along + 2.5 * across
            if best is None or score < best[0]:
                best = (score, seat)
        if best is not None:
            self.select(best[1].label)

    # -- arranging ----------------------------------------------------------------------------
    def add_seat(self, label: str = "") -> bool:
        """Add a seat labelled *label* (the next free label when empty) beside the selected one.

        Refused with a message when the label is taken or the room is full.
        """
        taken = [s.label for s in self._seats]
        label = label.strip() or next_free_label(taken)
        if len(self._seats) >= MAX_SEATS:
            return self._show_problem(self.tr("A room has at most {limit} seats.").format(
                limit=MAX_SEATS))
        problem = label_problem(label, taken)
        if problem:
            return self._show_problem(problem)
        column, row = self._free_cell()
        self._commit([*self._seats, Seat(label, column, row)], select=label)
        return True

    def _add_typed(self) -> None:
        if self.add_seat(self.new_label.text()):
            self.new_label.clear()

    def _free_cell(self) -> tuple[int, int]:
        selected = self.seat(self._selected) if self._selected else None
        if selected is not None:
            for distance in range(1, MAX_COLUMNS):
                for column in (selected.column + distance, selected.column - distance):
                    if 0 <= column < MAX_COLUMNS and not self.seat_at(column, selected.row):
                        return column, selected.row
        back_row = max((s.row for s in self._seats), default=-1) + 1
        if back_row < MAX_ROWS:
            return 0, back_row
        for row in range(MAX_ROWS):
            for column in range(MAX_COLUMNS):
                if not self.seat_at(column, row):
                    return column, row
        return 0, 0  # unreachable: MAX_SEATS < MAX_ROWS * MAX_COLUMNS

    def remove_selected(self) -> None:
        """Remove the selected seat; the next one in reading order is selected."""
        if not self._selected or self.seat(self._selected) is None:
            return
        order = self.ordered_labels()
        index = order.index(self._selected)
        order.remove(self._selected)
        following = order[min(index, len(order) - 1)] if order else None
        self._commit([s for s in self._seats if s.label != self._selected], select=following)

    def rename_seat(self, label: str, new_label: str) -> bool:
        """Give the seat *label* the label *new_label*; refused with a message when taken."""
        seat = self.seat(label)
        if seat is None:
            return False
        new_label = new_label.strip()
        if new_label == label:
            return True
        problem = label_problem(new_label, [s.label for s in self._seats if s.label != label])
        if problem:
            return self._show_problem(problem)
        self._commit([replace(s, label=new_label) if s.label == label else s
                      for s in self._seats], select=new_label)
        return True

    def rename_selected(self) -> None:
        """Ask for a new label for the selected seat (through prompts.run)."""
        seat = self.seat(self._selected) if self._selected else None
        if seat is None:
            return
        dialog = SeatLabelDialog(seat.label, [s.label for s in self._seats
                                              if s.label != seat.label], self)
        try:
            if prompts.run(dialog):
                self.rename_seat(seat.label, dialog.value())
        finally:
            dialog.deleteLater()
        self.view.setFocus()

    def set_group(self, label: str, group: str) -> None:
        """Put the seat *label* at the table *group* (empty: at no table)."""
        group = group.strip()[:MAX_GROUP]
        seat = self.seat(label)
        if seat is None or seat.group == group:
            return
        self._commit([replace(s, group=group) if s.label == label else s for s in self._seats],
                     select=label)

    def ask_group(self) -> None:
        """Ask which table the selected seat sits at (through prompts.run)."""
        seat = self.seat(self._selected) if self._selected else None
        if seat is None:
            return
        groups = {s.group for s in self._seats}
        number = 1
        while translate("SeatingChart", "Table {number}").format(number=number) in groups:
            number += 1
        suggestion = translate("SeatingChart", "Table {number}").format(number=number)
        dialog = SeatGroupDialog(seat.group, groups, suggestion,
                                 self)
        try:
            if prompts.run(dialog):
                self.set_group(seat.label, dialog.value())
        finally:
            dialog.deleteLater()
        self.view.setFocus()

    def make_grid(self, rows: int, columns: int, group_size: int = 0) -> bool:
        """Replace the room with *rows* × *columns* seats (tables of *group_size* 2 or 4)."""
        if rows < 1 or columns < 1 or rows * columns > MAX_SEATS or rows > len(
                string.ascii_uppercase):
            return self._show_problem(self.tr("A room has at most {limit} seats.").format(
                limit=MAX_SEATS))
        seats = grid_seats(rows, columns, group_size)
        self._commit(list(seats), select=seats[0].label)
        return True

    def ask_grid(self) -> None:
        """Ask for rows, columns and tables, then make the grid (through prompts.run)."""
        dialog = GridDialog(len(self._seats), self)
        try:
            if prompts.run(dialog):
                self.make_grid(*dialog.value())
        finally:
            dialog.deleteLater()
        self.view.setFocus()

    def move_seat(self, label: str, column: int, row: int) -> None:
        """Put the seat *label* in a cell; a seat already there swaps places with it."""
        seat = self.seat(label)
        column = max(0, min(MAX_COLUMNS - 1, column))
        row = max(0, min(MAX_ROWS - 1, row))
        if seat is None or (seat.column, seat.row) == (column, row):
            return
        other = self.seat_at(column, row)
        moved = []
        for s in self._seats:
            if s.label == label:
                s = replace(s, column=column, row=row)
            elif other is not None and s.label == other.label:
                s = replace(s, column=seat.column, row=seat.row)
            moved.append(s)
        self._commit(moved, select=label)

    def nudge_selected(self, dx: int, dy: int) -> None:
        """Move the selected seat one cell (arrow keys)."""
        seat = self.seat(self._selected) if self._selected else None
        if seat is not None:
            self.move_seat(seat.label, seat.column + dx, seat.row + dy)

    def _commit(self, seats: list[Seat], select: str | None) -> None:
        self._seats = seats
        self._selected = select
        self._show_problem("")
        self._refresh()
        self.seats_changed.emit(tuple(seats))

    # -- observing ----------------------------------------------------------------------------
    def tap(self, label: str) -> None:
        """Log that the seat *label* took part in the chosen way (observe mode)."""
        kind = self.current_kind()
        if self._mode is not ChartMode.OBSERVE or self.seat(label) is None or not kind:
            return
        self._selected = label
        self.view.flash(label)
        self.tapped.emit(label, kind)
        self.status.setText(self.tr("Logged: {label} – {kind}").format(label=label, kind=kind))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Keys 1–9 choose the kind and Ctrl+Z undoes while observing, wherever focus is."""
        if self._mode is ChartMode.OBSERVE:
            if (event.modifiers() == Qt.KeyboardModifier.ControlModifier
                    and event.key() == Qt.Key.Key_Z):
                if self.undo_button.isEnabled():
                    self.undo_requested.emit()
                return
            if (Qt.Key.Key_1 <= event.key() <= Qt.Key.Key_9
                    and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier):
                self.set_current_kind(event.key() - Qt.Key.Key_1)
                return
        super().keyPressEvent(event)

    # -- showing ------------------------------------------------------------------------------
    def _toggle_mode(self) -> None:
        mode = ChartMode.ARRANGE if self._mode is ChartMode.OBSERVE else ChartMode.OBSERVE
        self.set_mode(mode)
        self.view.setFocus()
        self.mode_changed.emit(mode.value)

    def set_mode_switch_visible(self, visible: bool) -> None:
        """Show or hide the button that switches modes (for a host that decides the mode)."""
        self.mode_button.setVisible(visible)

    def heard_text(self) -> str:
        """"18 of 24 seats heard"."""
        heard = sum(1 for s in self._seats if self.count(s.label) > 0)
        return self.tr("{heard} of {total} seats heard").format(heard=heard,
                                                                total=len(self._seats))

    def _show_problem(self, text: str) -> bool:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))
        return False

    def _refresh(self) -> None:
        observing = self._mode is ChartMode.OBSERVE
        selected = self._selected is not None
        for button in (self.rename_button, self.group_button, self.remove_button):
            button.setEnabled(selected and not observing)
        self.add_button.setEnabled(len(self._seats) < MAX_SEATS)
        self.new_label.setPlaceholderText(next_free_label(s.label for s in self._seats))
        self._update_status()
        self.view.update()

    def _update_status(self) -> None:
        label = self._selected
        if self._mode is ChartMode.ARRANGE:
            text = (self.tr("{seat} — arrow keys move · F2 renames · G sets the table · "
                            "Delete removes").format(seat=self.describe(label))
                    if label else
                    self.tr("Select a seat with a click or Tab; drag it or move it with the "
                            "arrow keys."))
        else:
            kind = self.current_kind()
            count = max(1, len(self._kinds))
            text = (self.tr("{seat} — Space or Enter logs “{kind}” · keys 1–{count} choose "
                            "the kind").format(seat=self.describe(label), kind=kind, count=count)
                    if label else
                    self.tr("Tap a seat when the student takes part (“{kind}”); keys 1–{count} "
                            "choose the kind.").format(kind=kind, count=count))
        self.status.setText(text)
        self.view.setAccessibleDescription(text)
