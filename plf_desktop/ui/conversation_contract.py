"""The conversation's *kontrakt*: who takes part, why, what it is about and which data it
builds on, with the observations whose notes sit beside the data phase.

KL's model asks for the kontrakt to be said out loud before the first phase; writing it here
first makes it the head of the printed referat too.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from plf_desktop.domain.conversations import Conversation
from plf_desktop.domain.dates import format_date
from plf_desktop.domain.observations import ObservationSummary, observation_title
from plf_desktop.domain.records import Person
from plf_desktop.ui import prompts
from plf_desktop.ui.context import UiContext
from plf_desktop.ui.fields import (
    DateField,
    PeopleChecklist,
    PersonCombo,
    TeamCombo,
    TimeField,
    set_text_quietly,
)
from plf_desktop.ui.form_dialog import FormDialog
from plf_desktop.ui.item_models import Column
from plf_desktop.ui.record_table import RecordTable


class ObservationPicker(FormDialog):
    """Choose one observation to link, searching by class, subject, teacher or date."""

    def __init__(self, observations: list[ObservationSummary],
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Link an observation"), parent, width=720,
                         ok_text=self.tr("Link"))
        self.table = RecordTable([
            Column(self.tr("Date"), lambda o: format_date(o.date),
                   sort_key=lambda o: o.date.isoformat()),
            Column(self.tr("Class"), lambda o: o.class_label),
            Column(self.tr("Subject"), lambda o: o.subject),
            Column(self.tr("Teachers"), lambda o: o.teachers),
            Column(self.tr("Notes"), lambda o: str(o.note_count), sort_key=lambda o: o.note_count,
                   align_right=True),
        ], self.tr("Search by class, subject, teacher or date"), self, stretch_column=3,
            sort=(0, Qt.SortOrder.DescendingOrder))
        self.table.set_records(observations)
        self.table.setMinimumHeight(320)
        self.table.activated.connect(lambda _record: self.accept())
        self.arrange(self.table)
        self.table.search.setFocus()

    def chosen(self) -> ObservationSummary | None:
        """The observation chosen, if any."""
        return self.table.current()


class ConversationContract(QScrollArea):
    """The kontrakt, saved as it is typed."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.conversation_id = ""
        body = QWidget(self)
        self.setWidget(body)
        self.setWidgetResizable(True)
        self.title = QLineEdit(body)
        self.date = DateField(body)
        self.time = TimeField(body)
        self.model = QLabel(body)
        self.model.setObjectName("hint")
        self.model.setWordWrap(True)
        self.focus = PersonCombo(body)
        self.team = TeamCombo(body)
        self.participants = PeopleChecklist(body)
        self.participants.setAccessibleName(self.tr("Other participants"))
        self.participants.setMaximumHeight(150)
        self.participant_filter = QLineEdit(body)
        self.participant_filter.setPlaceholderText(self.tr("Find a person"))
        self.participant_filter.setClearButtonEnabled(True)
        self.participant_filter.textChanged.connect(self._filter_people)
        self.purpose = QPlainTextEdit(body)
        self.purpose.setPlaceholderText(self.tr(
            "Why are we talking? What does the focus person want to become wiser about?"))
        self.content = QPlainTextEdit(body)
        self.content.setPlaceholderText(self.tr("What will the conversation be about?"))
        self.data_basis = QPlainTextEdit(body)
        self.data_basis.setPlaceholderText(self.tr(
            "E.g. observation notes from 5.A Danish, student products, a well-being survey"))
        for edit in (self.purpose, self.content, self.data_basis):
            edit.setMaximumHeight(90)
            edit.setTabChangesFocus(True)
        self.observations = QListWidget(body)
        self.observations.setAccessibleName(self.tr("Linked observations"))
        self.observations.setMaximumHeight(110)
        self.link_button = QPushButton(self.tr("Link observation…"), body)
        self.unlink_button = QPushButton(self.tr("Remove link"), body)
        self.link_button.clicked.connect(self.link_observation)
        self.unlink_button.clicked.connect(self._unlink)
        links = QHBoxLayout()
        links.addWidget(self.link_button)
        links.addWidget(self.unlink_button)
        links.addStretch(1)
        people_label = QLabel(self.tr("Other &participants"), body)
        people_label.setBuddy(self.participant_filter)
        observations_label = QLabel(self.tr("&Observations"), body)
        observations_label.setBuddy(self.observations)
        people = QVBoxLayout()
        people.addWidget(self.participant_filter)
        people.addWidget(self.participants)
        when = QHBoxLayout()
        when.addWidget(self.date)
        when.addWidget(QLabel(self.tr("Time"), body))
        when.addWidget(self.time)
        when.addStretch(1)
        observations = QVBoxLayout()
        observations.addWidget(self.observations)
        observations.addLayout(links)
        hint = QLabel(self.tr(
            "Say the kontrakt out loud before the first phase: why you are talking, what about, "
            "and which data the conversation builds on."), body)
        hint.setWordWrap(True)
        hint.setObjectName("hint")
        form = QFormLayout(body)
        form.addRow(hint)
        form.addRow(self.tr("&Title"), self.title)
        date_label = QLabel(self.tr("&Date"), body)
        date_label.setBuddy(self.date.edit)
        form.addRow(date_label, when)
        form.addRow(self.tr("Model"), self.model)
        form.addRow(self.tr("&Focus person"), self.focus)
        form.addRow(self.tr("T&eam"), self.team)
        form.addRow(people_label, people)
        form.addRow(self.tr("P&urpose"), self.purpose)
        form.addRow(self.tr("Main &content"), self.content)
        form.addRow(self.tr("Data it &builds on"), self.data_basis)
        form.addRow(observations_label, observations)
        self._watch()

    def _watch(self) -> None:
        watch = self.ctx.autosaver.watch
        watch(self.title, lambda: self._update(title=self.title.text()))
        watch(self.date.edit, lambda: self._update(date=self.date.date()))
        self.date.picked.connect(lambda: self.ctx.attempt(
            lambda: self._update(date=self.date.date())))
        watch(self.time, lambda: self._update(start_time=self.time.time()))
        watch(self.focus, lambda: self._update(focus_person_id=self.focus.person_id()))
        watch(self.team, lambda: self._update(team_id=self.team.currentData()))
        for name in ("purpose", "content", "data_basis"):
            edit = getattr(self, name)
            watch(edit, lambda name=name, edit=edit: self._update(**{name: edit.toPlainText()}))
        self.participants.changed.connect(lambda: self.ctx.attempt(self._save_participants))

    def _update(self, **fields: object) -> None:
        if self.conversation_id:
            self.ctx.services.conversations.update(self.conversation_id, **fields)

    def load(self, conversation: Conversation, people: list[Person]) -> None:
        """Show a conversation's kontrakt."""
        self.conversation_id = conversation.id
        template = conversation.template
        self.title.setText(conversation.title)
        self.date.set_date(conversation.date)
        self.time.set_time(conversation.start_time)
        self.model.setText(self.tr("{name} · version {version} · {count} phases, about "
                                   "{minutes} min").format(
            name=template.name, version=template.version, count=len(template.phases),
            minutes=template.total_minutes))
        self.focus.set_people(people, conversation.focus_person_id)
        self.team.set_teams(self.ctx.services.people.list_teams(), conversation.team_id)
        self.participants.set_people(people, conversation.participant_ids)
        self._filter_people(self.participant_filter.text())
        set_text_quietly(self.purpose, conversation.purpose)
        set_text_quietly(self.content, conversation.content)
        set_text_quietly(self.data_basis, conversation.data_basis)
        self._show_links()

    def _filter_people(self, text: str) -> None:
        needle = text.strip().casefold()
        for row in range(self.participants.count()):
            item = self.participants.item(row)
            item.setHidden(bool(needle) and needle not in item.text().casefold()
                           and item.checkState() != Qt.CheckState.Checked)

    def _save_participants(self) -> None:
        self.ctx.services.conversations.set_participants(self.conversation_id,
                                                         self.participants.chosen())

    def _show_links(self) -> None:
        self.observations.clear()
        for linked in self.ctx.services.conversations.linked_observations(self.conversation_id):
            text = self.tr("{date} · {title} · {count} notes").format(
                date=format_date(linked.date), title=linked.title, count=len(linked.notes))
            item = QListWidgetItem(text, self.observations)
            item.setData(Qt.ItemDataRole.UserRole, linked.id)
        if not self.observations.count():
            placeholder = QListWidgetItem(self.tr("No observation linked yet."), self.observations)
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
        self.unlink_button.setEnabled(any(
            self.observations.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.observations.count())))

    def _linked_ids(self) -> list[str]:
        return [self.observations.item(row).data(Qt.ItemDataRole.UserRole)
                for row in range(self.observations.count())
                if self.observations.item(row).data(Qt.ItemDataRole.UserRole)]

    def link_observation(self) -> None:
        """Ask which observation to link, and link it."""
        linked = set(self._linked_ids())
        candidates = [o for o in self.ctx.services.observations.summaries() if o.id not in linked]
        dialog = ObservationPicker(candidates, self)
        chosen = dialog.chosen() if prompts.run(dialog) else None
        if chosen and self.ctx.attempt(lambda: self.ctx.services.conversations.link_observations(
                self.conversation_id, [*self._linked_ids(), chosen.id])):
            self._show_links()
            self.ctx.show_message(self.tr("Linked: {title}").format(title=observation_title(
                chosen.class_label, chosen.subject, chosen.teachers)))

    def _unlink(self) -> None:
        item = self.observations.currentItem()
        if item is None or not item.data(Qt.ItemDataRole.UserRole):
            return
        remaining = [i for i in self._linked_ids() if i != item.data(Qt.ItemDataRole.UserRole)]
        if self.ctx.attempt(lambda: self.ctx.services.conversations.link_observations(
                self.conversation_id, remaining)):
            self._show_links()
