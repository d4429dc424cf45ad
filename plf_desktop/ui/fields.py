"""Input widgets the editors share: a Danish date field with a calendar, a person picker."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPlainTextEdit,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from plf_desktop.domain.dates import (
    format_date,
    format_time,
    parse_optional_date,
    parse_time,
)
from plf_desktop.domain.records import Person, Team


class DateField(QWidget):
    """``dd.mm.åååå`` typed or picked from a calendar (weeks start on Monday).

    Signals:
        picked(): a date was chosen in the calendar (save it at once).
    """

    picked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(self.tr("dd.mm.yyyy"))
        self.edit.setMaxLength(10)
        self.edit.setMinimumWidth(110)
        button = QToolButton(self)
        button.setText("▾")
        button.setToolTip(self.tr("Choose in the calendar"))
        button.setAccessibleName(self.tr("Choose in the calendar"))
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        button.setStyleSheet("QToolButton::menu-indicator { image: none; width: 0; }")
        menu = QMenu(button)
        self.calendar = QCalendarWidget(menu)
        self.calendar.setFirstDayOfWeek(self.calendar.locale().firstDayOfWeek())
        self.calendar.setGridVisible(True)
        action = QWidgetAction(menu)
        action.setDefaultWidget(self.calendar)
        menu.addAction(action)
        button.setMenu(menu)
        self.calendar.clicked.connect(lambda qdate: self._choose(qdate, menu))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit)
        layout.addWidget(button)
        layout.addStretch(1)
        self.setFocusProxy(self.edit)

    def _choose(self, qdate: QDate, menu: QMenu) -> None:
        menu.close()
        self.edit.setText(format_date(dt.date(qdate.year(), qdate.month(), qdate.day())))
        self.picked.emit()

    def set_date(self, value: dt.date | None) -> None:
        """Show *value* (or nothing)."""
        self.edit.setText(format_date(value))
        if value:
            self.calendar.setSelectedDate(QDate(value.year, value.month, value.day))

    def date(self) -> dt.date | None:
        """The typed date; raises ValidationError with a Danish message when malformed."""
        return parse_optional_date(self.edit.text())


class TimeField(QLineEdit):
    """``tt:mm`` typed; empty means no time."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("hh:mm"))
        self.setMaxLength(5)
        self.setMaximumWidth(80)

    def set_time(self, value: dt.time | None) -> None:
        """Show *value* (or nothing)."""
        self.setText(format_time(value))

    def time(self) -> dt.time | None:
        """The typed time; raises ValidationError when malformed."""
        return parse_time(self.text()) if self.text().strip() else None


class PersonCombo(QComboBox):
    """Choose a person, or nobody ("—")."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumContentsLength(16)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)

    def set_people(self, people: list[Person], selected: str | None = None) -> None:
        """Offer *people* and select *selected*, keeping a deleted person's id selectable."""
        self.blockSignals(True)
        self.clear()
        self.addItem("—", None)
        for person in people:
            self.addItem(person.name, person.id)
        index = self.findData(selected) if selected else 0
        self.setCurrentIndex(max(index, 0))
        self.blockSignals(False)

    def person_id(self) -> str | None:
        """The chosen person's id, or None."""
        return self.currentData()


def text_lines(edit: QPlainTextEdit) -> tuple[str, ...]:
    """The non-empty lines of a "one per line" box, stripped."""
    return tuple(line.strip() for line in edit.toPlainText().splitlines() if line.strip())


def set_text_quietly(edit: QPlainTextEdit, text: str) -> None:
    """Show *text* without it counting as an edit (no autosave of what was just loaded)."""
    edit.blockSignals(True)
    edit.setPlainText(text)
    edit.blockSignals(False)


def text_box(parent: QWidget, placeholder: str = "", height: int = 80) -> QPlainTextEdit:
    """A short free-text box of a form: Tab moves on, a hint says what belongs in it."""
    edit = QPlainTextEdit(parent)
    edit.setPlaceholderText(placeholder)
    edit.setMaximumHeight(height)
    edit.setTabChangesFocus(True)
    return edit


class PeopleChecklist(QListWidget):
    """Tick the people who take part (or observe); *changed* fires when a tick changes."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMaximumHeight(130)
        self.itemChanged.connect(lambda _item: self.changed.emit())

    def set_people(self, people: list[Person], chosen: tuple[str, ...] | list[str]) -> None:
        """Offer *people*, ticking those in *chosen* (without firing *changed*)."""
        self.blockSignals(True)
        self.clear()
        for person in people:
            item = QListWidgetItem(person.name, self)
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if person.id in chosen
                               else Qt.CheckState.Unchecked)
        self.blockSignals(False)

    def chosen(self) -> list[str]:
        """The ids of the ticked people, in list order."""
        return [self.item(row).data(Qt.ItemDataRole.UserRole) for row in range(self.count())
                if self.item(row).checkState() == Qt.CheckState.Checked]


class TeamCombo(QComboBox):
    """Choose a team, or none."""

    def set_teams(self, teams: list[Team], selected: str | None = None) -> None:
        """Offer *teams* after "(no team)" and select *selected* (without a change signal)."""
        self.blockSignals(True)
        self.clear()
        self.addItem(self.tr("(no team)"), None)
        for team in teams:
            self.addItem(team.name, team.id)
        self.setCurrentIndex(max(self.findData(selected), 0) if selected else 0)
        self.blockSignals(False)

    def team_id(self) -> str | None:
        """The chosen team's id, or None."""
        return self.currentData()
