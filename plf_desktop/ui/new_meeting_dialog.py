"""Asks what a new meeting needs before it exists: team, agenda template, date, time, place."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from plf_desktop.domain.agenda_templates import AgendaTemplate
from plf_desktop.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from plf_desktop.domain.record_type import frozen_record
from plf_desktop.domain.records import Team
from plf_desktop.ui.fields import DateField, TeamCombo, TimeField
from plf_desktop.ui.form_dialog import FormDialog


@frozen_record
class NewMeeting:
    """What the dialog returns; the caller creates the meeting through the service."""

    team_id: str | None
    template_key: str
    date: dt.date
    start_time: dt.time | None
    place: str


class NewMeetingDialog(FormDialog):
    """A small form; OK only when the date and time are valid."""

    def __init__(self, teams: list[Team], templates: list[AgendaTemplate],
                 today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("NewMeetingDialog", "New PLF meeting"),
                         parent, ok_text=QCoreApplication.translate("NewMeetingDialog",
                                                                   "Create meeting"))
        self.result_value: NewMeeting | None = None
        self.team = TeamCombo(self)
        self.team.set_teams(teams, teams[0].id if teams else None)
        self.template = QComboBox(self)
        for template in templates:
            self.template.addItem(f"{template.name}", template.key)
        self.template.addItem(self.tr("Empty agenda"), "")
        self.template_help = QLabel(self)
        self.template_help.setWordWrap(True)
        self.template_help.setObjectName("hint")
        self._templates = {t.key: t for t in templates}
        self.template.currentIndexChanged.connect(self._describe)
        self.date = DateField(self)
        self.date.set_date(today)
        self.time = TimeField(self)
        self.time.setText("14:00")
        self.place = QLineEdit(self)
        self.place.setPlaceholderText(self.tr("E.g. the team room"))
        form = QFormLayout()
        form.addRow(self.tr("&Team"), self.team)
        form.addRow(self.tr("A&genda"), self.template)
        form.addRow("", self.template_help)
        form.addRow(self.tr("&Date"), self.date)
        form.addRow(self.tr("T&ime"), self.time)
        form.addRow(self.tr("&Place"), self.place)
        self.arrange(form)
        self._describe()

    def _describe(self) -> None:
        template = self._templates.get(self.template.currentData() or "")
        self.template_help.setText(
            self.tr("{minutes} min · {description}").format(
                minutes=template.total_minutes, description=template.description)
            if template else self.tr("Start with no agenda items and add your own."))

    def accept(self) -> None:
        """Check the date and time; stay open with the reason if they are wrong."""
        self.accept_if(self._read)

    def _read(self) -> None:
        date = self.date.date()
        if date is None:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "A meeting needs a date."),
                                  field="date")
        self.result_value = NewMeeting(self.team.currentData(), self.template.currentData() or "",
                                       date, self.time.time(), self.place.text().strip())
