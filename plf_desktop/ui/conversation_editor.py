"""The conversation editor: kontrakt, the phases, and the close, with the printed referat on
top."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QTabWidget,
    QWidget,
)

from plf_desktop.domain.conversations import Conversation
from plf_desktop.domain.dates import format_date
from plf_desktop.ui.context import UiContext
from plf_desktop.ui.conversation_close import ConversationClose
from plf_desktop.ui.conversation_contract import ConversationContract
from plf_desktop.ui.conversation_phases import ConversationPhases
from plf_desktop.ui.printable import PrintableEditor


class ConversationEditor(PrintableEditor, QWidget):
    """One conversation; everything is saved as it is typed.

    Signals:
        back_requested(): the user wants the list again.
    """

    back_requested = Signal()
    record_kind = "conversation"

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.conversation: Conversation | None = None
        self.contract = ConversationContract(ctx, self)
        self.phases = ConversationPhases(ctx, self)
        self.close_tab = ConversationClose(ctx, self)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.contract, self.tr("Contract"))
        self.tabs.addTab(self.phases, self.tr("Conversation (F5)"))
        self.tabs.addTab(self.close_tab, self.tr("Summary and agreements"))
        self.tabs.currentChanged.connect(self._tab_changed)
        self.phases.finished.connect(lambda: self.tabs.setCurrentWidget(self.close_tab))
        self.build_frame(self.tr("← All conversations"), self.tabs)
        shortcut = Qt.ShortcutContext.WidgetWithChildrenShortcut
        QShortcut(QKeySequence("F5"), self, lambda: self.tabs.setCurrentWidget(self.phases),
                  context=shortcut)

    def load(self, conversation_id: str) -> None:
        """Open a conversation: one under way opens on its phase, a closed one on its close,
        a new one on its kontrakt."""
        conversation = self.ctx.services.conversations.get(conversation_id)
        self.conversation = conversation
        self.show_deletion_date(conversation.id)
        if conversation.finished_at:
            target: QWidget = self.close_tab
        elif conversation.started:
            target = self.phases
        else:
            target = self.contract
        self.tabs.blockSignals(True)
        self.tabs.setCurrentWidget(target)
        self.tabs.blockSignals(False)
        self._tab_changed(self.tabs.currentIndex())

    def reload(self) -> None:
        """Read the conversation again (keeps the current tab)."""
        if self.conversation:
            self._tab_changed(self.tabs.currentIndex())

    def _tab_changed(self, _index: int) -> None:
        self.ctx.autosaver.flush()
        if not self.conversation:
            return
        self.conversation = self.ctx.services.conversations.get(self.conversation.id)
        self._update_title()
        people = self.ctx.services.people.list_people()
        widget = self.tabs.currentWidget()
        if widget is self.contract:
            self.contract.load(self.conversation, people)
        if widget is self.phases:
            self.phases.load(self.conversation)
        else:
            self.phases.stop()
        if widget is self.close_tab:
            self.close_tab.load(self.conversation, people)

    def _update_title(self) -> None:
        c = self.conversation
        if c:
            self.title.setText(f"{c.title} · {format_date(c.date)}")

    def leave(self) -> None:
        """Stop the phase timer display when the editor is left."""
        self.phases.stop()

    # -- the printed referat -----------------------------------------------------------------
    def has_record(self) -> bool:
        """Is a conversation open?"""
        return self.conversation is not None

    def export_to(self, path: Path) -> Path:
        """Write the open conversation's referat to *path*."""
        from plf_desktop.exports import export_conversation_pdf

        assert self.conversation is not None
        return export_conversation_pdf(self.ctx.services, self.conversation.id, path)

    def document_name(self) -> str:
        """The suggested file name."""
        assert self.conversation is not None
        self.conversation = self.ctx.services.conversations.get(self.conversation.id)
        return self.tr("Conversation {date} {title}").format(
            date=format_date(self.conversation.date), title=self.conversation.title)

    def _delete(self) -> None:
        if not self.conversation:
            return
        conversation_id = self.conversation.id
        self.ctx.services.conversations.delete(conversation_id)
        self.conversation = None
        self.phases.stop()
        self.back_requested.emit()
        self.ctx.offer_undo(self.tr("The conversation was moved to the trash."),
                            lambda: self.ctx.services.conversations.restore(conversation_id))
