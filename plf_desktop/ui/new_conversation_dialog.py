"""Asks what a new conversation needs before it exists: the model, the fokusperson, the team,
the date and a title.

The model is chosen from a list that shows, beside it, what each model is for and its phases,
so the vejleder picks it the way they would leaf through the paper guide.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from plf_desktop.domain.conversation_templates import ConversationTemplate
from plf_desktop.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from plf_desktop.domain.record_type import frozen_record
from plf_desktop.domain.records import Person, Team
from plf_desktop.ui.fields import DateField, PersonCombo, TeamCombo, TimeField
from plf_desktop.ui.form_dialog import FormDialog


@frozen_record
class NewConversation:
    """What the dialog returns; the caller creates the conversation through the service."""

    template: ConversationTemplate
    title: str
    focus_person_id: str | None
    team_id: str | None
    date: dt.date
    start_time: dt.time | None


def describe_template(template: ConversationTemplate) -> str:
    """A model's description, length and phases, as shown when choosing it."""
    phases = "\n".join(
        QCoreApplication.translate("NewConversationDialog", "{number}. {title} – {speaker}, "
                                   "{minutes} min").format(number=number, title=phase.title,
                                                           speaker=phase.speaker or "—",
                                                           minutes=phase.minutes)
        for number, phase in enumerate(template.phases, start=1))
    length = QCoreApplication.translate("NewConversationDialog",
                                        "{count} phases, about {minutes} min").format(
        count=len(template.phases), minutes=template.total_minutes)
    return f"{template.description}\n\n{length}\n{phases}"


class NewConversationDialog(FormDialog):
    """A small form; OK only when the model, date and title are valid."""

    def __init__(self, templates: list[ConversationTemplate], people: list[Person],
                 teams: list[Team], today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("NewConversationDialog",
                                                    "New didactic conversation"),
                         parent, width=820,
                         ok_text=QCoreApplication.translate("NewConversationDialog",
                                                            "Create conversation"))
        self.result_value: NewConversation | None = None
        self.templates = QListWidget(self)
        self.templates.setAccessibleName(self.tr("Model"))
        self.templates.setWordWrap(True)
        self.templates.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.templates.setMinimumWidth(300)
        self.templates.setMinimumHeight(240)
        for template in templates:
            mine = "" if template.built_in else " " + self.tr("(your copy)")
            item = QListWidgetItem(template.name + mine, self.templates)
            item.setData(Qt.ItemDataRole.UserRole, template)
        self.about = QLabel(self)
        self.about.setWordWrap(True)
        self.about.setTextFormat(Qt.TextFormat.PlainText)
        self.about.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.about.setMinimumWidth(360)
        self.templates.currentItemChanged.connect(lambda item, _old: self._describe(item))
        self.title = QLineEdit(self)
        self.title.setPlaceholderText(self.tr("E.g. Conversation with Åse about group work"))
        self.focus = PersonCombo(self)
        self.focus.set_people(people)
        self.team = TeamCombo(self)
        self.team.set_teams(teams)
        self.date = DateField(self)
        self.date.set_date(today)
        self.time = TimeField(self)
        choose = QHBoxLayout()
        choose.addWidget(self.templates, 2)
        choose.addWidget(self.about, 3)
        form = QFormLayout()
        model_label = QLabel(self.tr("&Model"), self)
        model_label.setBuddy(self.templates)
        form.addRow(model_label, choose)
        form.addRow(self.tr("T&itle"), self.title)
        form.addRow(self.tr("&Focus person"), self.focus)
        form.addRow(self.tr("&Team"), self.team)
        form.addRow(self.tr("&Date"), self.date)
        form.addRow(self.tr("Ti&me"), self.time)
        self.arrange(form)
        self.templates.setCurrentRow(0)
        self.templates.setFocus()

    def _describe(self, item: QListWidgetItem | None) -> None:
        template = item.data(Qt.ItemDataRole.UserRole) if item else None
        self.about.setText(describe_template(template) if template else "")

    def choose_template(self, key: str) -> None:
        """Select the model with *key* (as a click in the list would)."""
        for row in range(self.templates.count()):
            if self.templates.item(row).data(Qt.ItemDataRole.UserRole).key == key:
                self.templates.setCurrentRow(row)

    def accept(self) -> None:
        """Check the fields; stay open with the reason if something is wrong."""
        self.accept_if(self._read)

    def _read(self) -> None:
        item = self.templates.currentItem()
        if item is None:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Choose a model for the "
                                                    "conversation."), field="template")
        date = self.date.date()
        if date is None:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "A conversation needs a date."),
                                  field="date")
        self.result_value = NewConversation(
            item.data(Qt.ItemDataRole.UserRole), self.title.text().strip(),
            self.focus.person_id(), self.team.currentData(), date, self.time.time())
