"""The editor's first tab: when and where, team, roles, and who came or sent *afbud*."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from plf_desktop.domain.labels import Attendance
from plf_desktop.domain.records import Meeting, Participant, Person
from plf_desktop.ui.context import UiContext
from plf_desktop.ui.fields import DateField, PersonCombo, TeamCombo, TimeField


class MeetingDetailsTab(QWidget):
    """Date, time, place, team, roles (tovholder, referent, tidtager) and participants."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.meeting_id = ""
        self.date = DateField(self)
        self.time = TimeField(self)
        self.place = QLineEdit(self)
        self.team = TeamCombo(self)
        self.chair = PersonCombo(self)
        self.minute_taker = PersonCombo(self)
        self.timekeeper = PersonCombo(self)
        when = QGroupBox(self.tr("When and where"), self)
        when_form = QFormLayout(when)
        when_form.addRow(self.tr("&Date"), self.date)
        when_form.addRow(self.tr("T&ime"), self.time)
        when_form.addRow(self.tr("&Place"), self.place)
        when_form.addRow(self.tr("&Team"), self.team)
        roles = QGroupBox(self.tr("Roles"), self)
        roles_form = QFormLayout(roles)
        roles_form.addRow(self.tr("&Chair"), self.chair)
        roles_form.addRow(self.tr("&Minute-taker"), self.minute_taker)
        roles_form.addRow(self.tr("Time-&keeper"), self.timekeeper)

        self.participants = QListWidget(self)
        self.participants.setAccessibleName(self.tr("Participants"))
        self.participants.itemChanged.connect(lambda _item: self._save_participants())
        self.invite = PersonCombo(self)
        invite_button = QPushButton(self.tr("Invite"), self)
        invite_button.clicked.connect(self._invite)
        remove_button = QPushButton(self.tr("Remove"), self)
        remove_button.clicked.connect(self._remove)
        self.attendance = QLabel(self)
        self.attendance.setObjectName("hint")
        people_box = QGroupBox(self.tr("Participants (untick those who sent apologies)"), self)
        people_layout = QVBoxLayout(people_box)
        people_layout.addWidget(self.participants, 1)
        people_layout.addWidget(self.attendance)
        invite_row = QHBoxLayout()
        invite_row.addWidget(self.invite, 1)
        invite_row.addWidget(invite_button)
        invite_row.addWidget(remove_button)
        people_layout.addLayout(invite_row)

        left = QVBoxLayout()
        left.addWidget(when)
        left.addWidget(roles)
        left.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 1)
        layout.addWidget(people_box, 1)

        meetings = ctx.services.meetings
        watch = ctx.autosaver.watch
        watch(self.date.edit, lambda: meetings.update(self.meeting_id, date=self.date.date()))
        self.date.picked.connect(lambda: ctx.attempt(
            lambda: meetings.update(self.meeting_id, date=self.date.date())))
        watch(self.time, lambda: meetings.update(self.meeting_id, start_time=self.time.time()))
        watch(self.place, lambda: meetings.update(self.meeting_id, place=self.place.text()))
        watch(self.team, lambda: meetings.update(self.meeting_id, team_id=self.team.currentData()))
        for combo, field in ((self.chair, "chair_id"), (self.minute_taker, "minute_taker_id"),
                             (self.timekeeper, "timekeeper_id")):
            watch(combo, lambda c=combo, f=field: meetings.update(self.meeting_id,
                                                                 **{f: c.person_id()}))

    def load(self, meeting: Meeting, people: list[Person]) -> None:
        """Show *meeting*; *people* are everyone who can take a role or be invited."""
        self.meeting_id = meeting.id
        self.date.set_date(meeting.date)
        self.time.set_time(meeting.start_time)
        self.place.setText(meeting.place)
        self.team.set_teams(self.ctx.services.people.list_teams(), meeting.team_id)
        self.chair.set_people(people, meeting.chair_id)
        self.minute_taker.set_people(people, meeting.minute_taker_id)
        self.timekeeper.set_people(people, meeting.timekeeper_id)
        self.invite.set_people(people)
        names = {p.id: p.name for p in people} | self.ctx.services.people.person_names()
        self.participants.blockSignals(True)
        self.participants.clear()
        for participant in meeting.participants:
            item = QListWidgetItem(names.get(participant.person_id, "?"), self.participants)
            item.setData(Qt.ItemDataRole.UserRole, participant.person_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if participant.attendance
                               is Attendance.PRESENT else Qt.CheckState.Unchecked)
        self.participants.blockSignals(False)
        self._update_attendance()

    def _current_participants(self) -> list[Participant]:
        result = []
        for row in range(self.participants.count()):
            item = self.participants.item(row)
            result.append(Participant(
                item.data(Qt.ItemDataRole.UserRole),
                Attendance.PRESENT if item.checkState() == Qt.CheckState.Checked
                else Attendance.ABSENT))
        return result

    def _update_attendance(self) -> None:
        participants = self._current_participants()
        absent = sum(p.attendance is Attendance.ABSENT for p in participants)
        self.attendance.setText(self.tr("{present} present, {absent} sent apologies").format(
            present=len(participants) - absent, absent=absent))

    def _save_participants(self) -> None:
        self.ctx.services.meetings.set_participants(self.meeting_id, self._current_participants())
        self._update_attendance()

    def _invite(self) -> None:
        person_id = self.invite.person_id()
        if not person_id or person_id in {p.person_id for p in self._current_participants()}:
            return
        item = QListWidgetItem(self.invite.currentText())
        item.setData(Qt.ItemDataRole.UserRole, person_id)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked)
        self.participants.blockSignals(True)
        self.participants.addItem(item)
        self.participants.blockSignals(False)
        self._save_participants()

    def _remove(self) -> None:
        row = self.participants.currentRow()
        if row >= 0:
            self.participants.takeItem(row)
            self._save_participants()
