"""The observation and conversation a step of a guided process made, or the buttons that make
them: one row each, which opens the record where it lives once it exists."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QPushButton, QWidget

from plf_desktop.domain.dates import format_date
from plf_desktop.domain.labels import SourceKind
from plf_desktop.domain.record_type import frozen_record
from plf_desktop.ui.context import UiContext


@frozen_record
class ConversationTexts:
    """How the conversation row speaks: "samtale" for a round, "refleksion" for a lesson."""

    made: str  # with {date} and {title}
    open: str
    create: str
    missing: str


class LinkedRecords(QGroupBox):
    """An observation row and a conversation row.

    Signals:
        create_observation(): the observation does not exist yet and is asked for.
        create_conversation(): the same for the conversation.
    """

    create_observation = Signal()
    create_conversation = Signal()

    def __init__(self, ctx: UiContext, title: str, observation_missing: str,
                 conversation: ConversationTexts, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.ctx = ctx
        self.texts = conversation
        self.observation_missing = observation_missing
        self.observation_id: str | None = None
        self.conversation_id: str | None = None
        self.observation_text = QLabel(self)
        self.observation_text.setWordWrap(True)
        self.observation_button = QPushButton(self)
        self.conversation_text = QLabel(self)
        self.conversation_text.setWordWrap(True)
        self.conversation_button = QPushButton(self)
        form = QFormLayout(self)
        form.addRow(self.observation_text, self.observation_button)
        form.addRow(self.conversation_text, self.conversation_button)
        self.observation_button.clicked.connect(self._observation)
        self.conversation_button.clicked.connect(self._conversation)

    def show_records(self, observation_id: str | None, conversation_id: str | None) -> None:
        """Describe the two records (or say what creating them will do)."""
        self.observation_id, self.conversation_id = observation_id, conversation_id
        services = self.ctx.services
        if observation_id:
            observation = services.observations.get(observation_id)
            self.observation_text.setText(self.tr("Observation of {date}: {count} notes").format(
                date=format_date(observation.date),
                count=len(services.observations.notes(observation_id))))
            self.observation_button.setText(self.tr("Open the observation"))
        else:
            self.observation_text.setText(self.observation_missing)
            self.observation_button.setText(self.tr("Create the observation"))
        if conversation_id:
            conversation = services.conversations.get(conversation_id)
            self.conversation_text.setText(self.texts.made.format(
                date=format_date(conversation.date), title=conversation.title))
            self.conversation_button.setText(self.texts.open)
        else:
            self.conversation_text.setText(self.texts.missing)
            self.conversation_button.setText(self.texts.create)

    def _observation(self) -> None:
        if self.observation_id:
            self.ctx.open_source(SourceKind.OBSERVATION, self.observation_id)
        else:
            self.create_observation.emit()

    def _conversation(self) -> None:
        if self.conversation_id:
            self.ctx.open_source(SourceKind.CONVERSATION, self.conversation_id)
        else:
            self.create_conversation.emit()
