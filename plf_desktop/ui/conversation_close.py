"""How a conversation ends: the fokusperson's own *opsamling*, the *næste skridt*, and the
agreements, which are the shared Aftaler records (they reach the team's next PLF meeting)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from plf_desktop.domain.conversations import Conversation
from plf_desktop.domain.labels import SourceKind
from plf_desktop.domain.records import Person
from plf_desktop.ui.agreements_tab import AgreementsTab
from plf_desktop.ui.context import UiContext
from plf_desktop.ui.fields import set_text_quietly


class ConversationClose(QWidget):
    """Opsamling, næste skridt and agreements, saved as they are typed."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.conversation_id = ""
        hint = QLabel(self.tr(
            "Let the focus person sum up in their own words what they take with them. "
            "Agreements get someone responsible and a deadline, and come back at the team's "
            "next PLF meeting."), self)
        hint.setWordWrap(True)
        hint.setObjectName("hint")
        self.summary = QPlainTextEdit(self)
        self.summary.setPlaceholderText(self.tr("The focus person's summary: what do you take "
                                                "with you?"))
        self.next_steps = QPlainTextEdit(self)
        self.next_steps.setPlaceholderText(self.tr("What is your next step? How do we follow "
                                                   "up?"))
        for edit in (self.summary, self.next_steps):
            edit.setMaximumHeight(110)
            edit.setTabChangesFocus(True)
        self.agreements = AgreementsTab(ctx, self)
        form = QFormLayout()
        form.addRow(self.tr("&Summary"), self.summary)
        form.addRow(self.tr("&Next steps"), self.next_steps)
        title = QLabel(self.tr("Agreements"), self)
        title.setObjectName("sectionTitle")
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addWidget(title)
        layout.addWidget(self.agreements, 1)
        for name in ("summary", "next_steps"):
            edit = getattr(self, name)
            ctx.autosaver.watch(edit, lambda name=name, edit=edit: self._update(
                **{name: edit.toPlainText()}))
        self.agreements.structure_changed.connect(self.reload_agreements)
        self._people: list[Person] = []

    def _update(self, **fields: str) -> None:
        if self.conversation_id:
            self.ctx.services.conversations.update(self.conversation_id, **fields)

    def load(self, conversation: Conversation, people: list[Person]) -> None:
        """Show the close of *conversation*."""
        self.conversation_id = conversation.id
        self._people = people
        set_text_quietly(self.summary, conversation.summary)
        set_text_quietly(self.next_steps, conversation.next_steps)
        self.reload_agreements()

    def reload_agreements(self) -> None:
        """Show the conversation's agreements again (after one was added or removed)."""
        conversation_id = self.conversation_id
        conversations = self.ctx.services.conversations
        self.agreements.load(SourceKind.CONVERSATION, conversation_id, self._people,
                             lambda what: conversations.add_agreement(conversation_id, what))
