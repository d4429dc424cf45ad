"""What a new guided process (an action-learning course, a co-teaching collaboration) asks
before it exists: a title, the team, class and subject, the vejleder and when it starts.

Each kind adds its own fields (the phase model, the teacher) through :meth:`extra_rows` and
:meth:`extra_values`; the checks are the same for both.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtWidgets import QFormLayout, QLineEdit, QWidget

from plf_desktop.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from plf_desktop.domain.records import Person, Team
from plf_desktop.ui.fields import DateField, PersonCombo, TeamCombo
from plf_desktop.ui.form_dialog import FormDialog


class ProcessDialog(FormDialog):
    """The shared form; :attr:`result_value` holds the service's keyword arguments."""

    def __init__(self, title: str, ok_text: str, teams: list[Team], people: list[Person],
                 on: dt.date, missing_start: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent, ok_text=ok_text)
        self.result_value: dict[str, Any] | None = None
        self.missing_start = missing_start
        self.title = QLineEdit(self)
        self.team = TeamCombo(self)
        self.team.set_teams(teams)
        self.class_label = QLineEdit(self)
        self.class_label.setPlaceholderText(self.tr("E.g. 5.A"))
        self.subject = QLineEdit(self)
        self.coach = PersonCombo(self)
        self.coach.set_people(people)
        self.started = DateField(self)
        self.started.set_date(on)
        form = QFormLayout()
        form.addRow(self.tr("&Title"), self.title)
        self.extra_rows(form)
        form.addRow(self.tr("T&eam"), self.team)
        form.addRow(self.tr("&Class"), self.class_label)
        form.addRow(self.tr("S&ubject"), self.subject)
        form.addRow(self.tr("C&oach"), self.coach)
        form.addRow(self.tr("&Starts"), self.started)
        self.arrange(form)
        self.title.setFocus()

    def extra_rows(self, form: QFormLayout) -> None:
        """Add the kind's own fields after the title."""

    def extra_values(self) -> dict[str, Any]:
        """The kind's own fields, as keyword arguments for its service."""
        return {}

    def accept(self) -> None:
        """Check the title and date; stay open with the reason if they are wrong."""
        self.accept_if(self._read)

    def _read(self) -> None:
        started = self.started.date()
        if started is None:
            raise ValidationError(self.missing_start, field="started")
        if not self.title.text().strip():
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "{what} cannot be empty."),
                                  field="title", what=QT_TRANSLATE_NOOP("Errors", "The title"))
        self.result_value = {
            "title": self.title.text(), "team_id": self.team.team_id(), "started": started,
            "class_label": self.class_label.text(), "subject": self.subject.text(),
            "coach_id": self.coach.person_id(), **self.extra_values()}
