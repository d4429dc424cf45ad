"""The agenda and its referat: items with type, time box, ansvarlig, notes and decisions."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from plf_desktop.domain.labels import ItemKind
from plf_desktop.domain.records import AgendaItem, Meeting, Person
from plf_desktop.ui import labels
from plf_desktop.ui.context import UiContext
from plf_desktop.ui.fields import PersonCombo


def item_caption(position: int, item: AgendaItem) -> str:
    """``3. Data: hvad ser vi? · 10 min`` for the agenda list."""
    return f"{position}. {item.title} · {item.minutes} min"


class AgendaTab(QWidget):
    """List of agenda items on the left, the chosen item's form and referat on the right.

    Signals:
        structure_changed(): items were added, removed or moved; the editor reloads.
    """

    structure_changed = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.meeting: Meeting | None = None
        self.item_id = ""
        self.items = QListWidget(self)
        self.items.setAccessibleName(self.tr("Agenda items"))
        self.items.setWordWrap(True)
        self.items.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.items.currentRowChanged.connect(self._show_row)
        self.total = QLabel(self)
        self.total.setObjectName("hint")
        add = QPushButton(self.tr("Add item"), self)
        add.clicked.connect(self._add)
        remove = QPushButton(self.tr("Remove"), self)
        remove.clicked.connect(self._remove)
        up = QPushButton("↑", self)
        up.setToolTip(self.tr("Move up (Alt+Up)"))
        up.setAccessibleName(self.tr("Move up"))
        up.clicked.connect(lambda: self._move(-1))
        down = QPushButton("↓", self)
        down.setToolTip(self.tr("Move down (Alt+Down)"))
        down.setAccessibleName(self.tr("Move down"))
        down.clicked.connect(lambda: self._move(1))
        QShortcut(QKeySequence("Alt+Up"), self.items, lambda: self._move(-1))
        QShortcut(QKeySequence("Alt+Down"), self.items, lambda: self._move(1))
        row = QHBoxLayout()
        for button in (add, remove, up, down):
            row.addWidget(button)
        row.addStretch(1)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.items, 1)
        left_layout.addWidget(self.total)
        left_layout.addLayout(row)

        self.form = QWidget(self)
        self.title = QLineEdit(self.form)
        self.kind = QComboBox(self.form)
        labels.fill_enum_combo(self.kind, ItemKind)
        self.minutes = QSpinBox(self.form)
        self.minutes.setRange(1, 480)
        self.minutes.setSuffix(" min")
        self.responsible = PersonCombo(self.form)
        self.description = QPlainTextEdit(self.form)
        self.description.setPlaceholderText(self.tr("What the item is for"))
        self.description.setMaximumHeight(70)
        self.notes = QPlainTextEdit(self.form)
        self.notes.setPlaceholderText(self.tr("The minutes of this item: what was said"))
        self.notes.setAccessibleName(self.tr("Minutes of the item"))
        self.decisions = QListWidget(self.form)
        self.decisions.setMaximumHeight(96)
        self.decisions.setAccessibleName(self.tr("Decisions"))
        self.new_decision = QLineEdit(self.form)
        self.new_decision.setPlaceholderText(self.tr("Type a decision and press Enter"))
        self.new_decision.returnPressed.connect(self._add_decision)
        remove_decision = QPushButton(self.tr("Remove decision"), self.form)
        remove_decision.clicked.connect(self._remove_decision)
        kind_row = QHBoxLayout()
        kind_row.addWidget(self.kind, 1)
        kind_row.addWidget(QLabel(self.tr("Time box"), self.form))
        kind_row.addWidget(self.minutes)
        kind_row.addWidget(QLabel(self.tr("Responsible"), self.form))
        kind_row.addWidget(self.responsible, 1)
        decision_row = QHBoxLayout()
        decision_row.addWidget(self.new_decision, 1)
        decision_row.addWidget(remove_decision)
        form = QFormLayout(self.form)
        form.addRow(self.tr("T&itle"), self.title)
        form.addRow(self.tr("T&ype"), kind_row)
        form.addRow(self.tr("&Purpose"), self.description)
        form.addRow(self.tr("&Minutes"), self.notes)
        form.addRow(self.tr("D&ecisions"), self.decisions)
        form.addRow("", decision_row)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(self.form)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 5)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        meetings = ctx.services.meetings
        watch = ctx.autosaver.watch
        watch(self.title, lambda: self._update(title=self.title.text()))
        watch(self.kind, lambda: self._update(kind=ItemKind(self.kind.currentData())))
        watch(self.minutes, lambda: self._update(minutes=self.minutes.value()))
        watch(self.responsible, lambda: self._update(responsible_id=self.responsible.person_id()))
        watch(self.description, lambda: self._update(description=self.description.toPlainText()))
        watch(self.notes, lambda: self._update(notes=self.notes.toPlainText()))
        self._meetings = meetings

    # -- showing -----------------------------------------------------------------------------
    def load(self, meeting: Meeting, people: list[Person], keep_item: str | None = None) -> None:
        """Show the agenda of *meeting*, keeping the chosen item if it still exists."""
        self.meeting = meeting
        self._people = people
        keep = keep_item or self.item_id
        self.items.blockSignals(True)
        self.items.clear()
        row_to_select = 0
        for position, item in enumerate(meeting.agenda, start=1):
            entry = QListWidgetItem(item_caption(position, item), self.items)
            entry.setData(Qt.ItemDataRole.UserRole, item.id)
            if item.id == keep:
                row_to_select = position - 1
        self.items.blockSignals(False)
        self.total.setText(self.tr("{count} items, {minutes} min in all").format(
            count=len(meeting.agenda), minutes=meeting.total_minutes))
        self.form.setEnabled(bool(meeting.agenda))
        if meeting.agenda:
            self.items.setCurrentRow(row_to_select)
            self._show_row(row_to_select)
        else:
            self.item_id = ""

    def _show_row(self, row: int) -> None:
        if not self.meeting or row < 0 or row >= len(self.meeting.agenda):
            return
        self.ctx.autosaver.flush()
        fresh = self.ctx.services.meetings.get(self.meeting.id)
        self.meeting = fresh
        item = fresh.agenda[row]
        self.item_id = item.id
        self.title.setText(item.title)
        labels.select_data(self.kind, item.kind.value)
        self.minutes.blockSignals(True)
        self.minutes.setValue(item.minutes)
        self.minutes.blockSignals(False)
        self.responsible.set_people(self._people, item.responsible_id)
        for edit, value in ((self.description, item.description), (self.notes, item.notes)):
            edit.blockSignals(True)
            edit.setPlainText(value)
            edit.blockSignals(False)
        self.decisions.clear()
        for decision in item.decisions:
            entry = QListWidgetItem(decision.text, self.decisions)
            entry.setData(Qt.ItemDataRole.UserRole, decision.id)

    # -- saving ------------------------------------------------------------------------------
    def _update(self, **fields: object) -> None:
        if not self.item_id:
            return
        self._meetings.update_item(self.item_id, **fields)
        if "title" in fields or "minutes" in fields:
            row = self.items.currentRow()
            if row >= 0:
                caption = item_caption(row + 1, AgendaItem(
                    self.item_id, self.title.text().strip(), minutes=self.minutes.value()))
                self.items.item(row).setText(caption)

    def _add(self) -> None:
        if not self.meeting:
            return
        added: list[AgendaItem] = []
        if self.ctx.attempt(lambda: added.append(self._meetings.add_item(
                self.meeting.id, self.tr("New item")))):  # type: ignore[union-attr]
            self.item_id = added[0].id
            self.structure_changed.emit()
            self.title.setFocus()
            self.title.selectAll()

    def _remove(self) -> None:
        if self.item_id and self.ctx.attempt(lambda: self._meetings.delete_item(self.item_id)):
            self.item_id = ""
            self.structure_changed.emit()

    def _move(self, offset: int) -> None:
        if self.meeting and self.item_id and self.ctx.attempt(
                lambda: self._meetings.move_item(self.meeting.id, self.item_id, offset)):  # type: ignore[union-attr]
            self.structure_changed.emit()

    def _add_decision(self) -> None:
        text = self.new_decision.text()
        if self.item_id and text.strip() and self.ctx.attempt(
                lambda: self._meetings.add_decision(self.item_id, text)):
            self.new_decision.clear()
            self._show_row(self.items.currentRow())

    def _remove_decision(self) -> None:
        entry = self.decisions.currentItem()
        if entry and self.ctx.attempt(lambda: self._meetings.delete_decision(
                entry.data(Qt.ItemDataRole.UserRole))):
            self._show_row(self.items.currentRow())
