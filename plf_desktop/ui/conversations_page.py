"""*Samtaler*: the list of didactic conversations and, in its place, the conversation editor."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QWidget

from plf_desktop.domain.conversations import ConversationSummary
from plf_desktop.domain.dates import format_date, format_time
from plf_desktop.domain.errors import PlfError
from plf_desktop.i18n import message
from plf_desktop.ui import prompts
from plf_desktop.ui.item_models import Column
from plf_desktop.ui.list_editor_page import ListEditorPage
from plf_desktop.ui.new_conversation_dialog import NewConversation, NewConversationDialog


def today() -> dt.date:
    """Today's date (a function so tests can fix it)."""
    return dt.date.today()


class ConversationsPage(ListEditorPage):
    """The list of conversations, with the conversation editor taking its place."""

    stretch_column = 1

    def page_title(self) -> str:
        """*Samtaler*."""
        return self.tr("Conversations")

    def new_text(self) -> str:
        """*Ny samtale*."""
        return self.tr("New conversation")

    def new_tip(self) -> str:
        """What *Ny samtale* does."""
        return self.tr("Prepare a didactic conversation from a model (Ctrl+N)")

    def status_text(self, row: ConversationSummary) -> str:
        """Where the conversation stands: not started, in phase n of m, or closed."""
        if row.finished:
            return self.tr("Closed")
        if row.phase is None:
            return self.tr("Not started")
        return self.tr("Phase {number} of {count}").format(number=row.phase + 1,
                                                          count=row.phase_count)

    def columns(self) -> list[Column]:
        """Date, title, model, fokusperson, team and where it stands."""
        return [
            Column(self.tr("Date"), lambda c: format_date(c.date),
                   sort_key=lambda c: f"{c.date.isoformat()} {format_time(c.start_time)}"),
            Column(self.tr("Title"), lambda c: c.title),
            Column(self.tr("Model"), lambda c: c.template_name),
            Column(self.tr("Focus person"), lambda c: c.focus_person),
            Column(self.tr("Team"), lambda c: c.team),
            Column(self.tr("Status"), self.status_text),
        ]

    def search_text(self) -> str:
        """The search field's placeholder."""
        return self.tr("Search conversations by title, model, person, team or date")

    def records(self) -> list[ConversationSummary]:
        """Every conversation, newest first."""
        return self.ctx.services.conversations.summaries()

    def count_text(self, shown: int, total: int) -> str:
        """``Samtaler: 12``."""
        return self.tr("Conversations: {count}").format(count=shown)

    def build_editor(self) -> QWidget:
        """The conversation editor."""
        from plf_desktop.ui.conversation_editor import ConversationEditor

        return ConversationEditor(self.ctx, self)

    def create_new(self) -> None:
        """Ask for the model, fokusperson, team and date; then create and open it."""
        services = self.ctx.services
        dialog = NewConversationDialog(services.templates.conversation_templates(),
                                       services.people.list_people(),
                                       services.people.list_teams(), today(), self)
        if prompts.run(dialog) and dialog.result_value:
            self.create_conversation(dialog.result_value)

    def create_conversation(self, new: NewConversation) -> None:
        """Create the conversation and open it on its kontrakt."""
        try:
            conversation = self.ctx.services.conversations.create(
                new.template, date=new.date, title=new.title,
                focus_person_id=new.focus_person_id, team_id=new.team_id,
                start_time=new.start_time)
        except PlfError as error:
            self.ctx.show_error(message(error))
            return
        self.open_record(conversation.id)
        self.editor.contract.purpose.setFocus()

    def trash(self, record: ConversationSummary) -> str:
        """Move a conversation to the trash."""
        self.ctx.services.conversations.delete(record.id)
        return self.tr("The conversation was moved to the trash.")

    def restore(self, record: ConversationSummary) -> None:
        """Undo the delete."""
        self.ctx.services.conversations.restore(record.id)
