"""*PLF-møder*: the list of meetings (search, sort) and, in its place, the meeting editor."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QWidget

from plf_desktop.domain.dates import format_date, format_time
from plf_desktop.domain.errors import PlfError
from plf_desktop.domain.records import MeetingSummary
from plf_desktop.i18n import message
from plf_desktop.ui import prompts
from plf_desktop.ui.item_models import Column
from plf_desktop.ui.list_editor_page import ListEditorPage
from plf_desktop.ui.new_meeting_dialog import NewMeeting, NewMeetingDialog


def today() -> dt.date:
    """Today's date (a function so tests can fix it)."""
    return dt.date.today()


class MeetingsPage(ListEditorPage):
    """The list of meetings, with the meeting editor taking its place when one is opened."""

    stretch_column = 2

    def page_title(self) -> str:
        """*PLF-møder*."""
        return self.tr("PLF meetings")

    def new_text(self) -> str:
        """*Nyt møde…*"""
        return self.tr("New meeting…")

    def new_tip(self) -> str:
        """What *Nyt møde…* does."""
        return self.tr("Create a meeting from an agenda template (Ctrl+N)")

    def columns(self) -> list[Column]:
        """Date, time, title, team, place, items and open agreements."""
        return [
            Column(self.tr("Date"), lambda m: format_date(m.date),
                   sort_key=lambda m: f"{m.date.isoformat()} {format_time(m.start_time)}"),
            Column(self.tr("Time"), lambda m: format_time(m.start_time)),
            Column(self.tr("Title"), lambda m: m.title),
            Column(self.tr("Team"), lambda m: m.team_name),
            Column(self.tr("Place"), lambda m: m.place),
            Column(self.tr("Items"), lambda m: str(m.item_count), sort_key=lambda m: m.item_count,
                   align_right=True),
            Column(self.tr("Open agreements"), lambda m: str(m.open_agreements or ""),
                   sort_key=lambda m: m.open_agreements, align_right=True),
        ]

    def search_text(self) -> str:
        """The search field's placeholder."""
        return self.tr("Search meetings by title, team, place or date")

    def records(self) -> list[MeetingSummary]:
        """Every meeting, newest first."""
        return self.ctx.services.meetings.summaries()

    def count_text(self, shown: int, total: int) -> str:
        """``Møder: 30`` or ``Møder: 2 af 30``."""
        return (self.tr("{shown} of {total} meetings").format(shown=shown, total=total)
                if shown != total else self.tr("{total} meetings").format(total=total))

    def build_editor(self) -> QWidget:
        """The meeting editor."""
        from plf_desktop.ui.meeting_editor import MeetingEditor

        return MeetingEditor(self.ctx, self)

    def open_meeting(self, meeting_id: str) -> None:
        """Open a meeting in the editor."""
        self.open_record(meeting_id)

    def create_new(self) -> None:
        """Ask for team, template, date, time and place; then create and open the meeting."""
        services = self.ctx.services
        dialog = NewMeetingDialog(services.people.list_teams(),
                                  services.templates.agenda_templates(), today(), self)
        if prompts.run(dialog) and dialog.result_value:
            self.create_meeting(dialog.result_value)

    def create_meeting(self, new: NewMeeting) -> None:
        """Create the meeting and open it, on the follow-up tab if agreements are waiting."""
        try:
            meeting = self.ctx.services.meetings.create(
                date=new.date, team_id=new.team_id, template_key=new.template_key,
                start_time=new.start_time, place=new.place)
        except PlfError as error:
            self.ctx.show_error(message(error))
            return
        self.open_meeting(meeting.id)
        self.editor.title_edit.setFocus()

    def trash(self, record: MeetingSummary) -> str:
        """Move a meeting to the trash."""
        self.ctx.services.meetings.delete(record.id)
        return self.tr("The meeting “{title}” was moved to the trash.").format(title=record.title)

    def restore(self, record: MeetingSummary) -> None:
        """Undo the delete."""
        self.ctx.services.meetings.restore(record.id)
