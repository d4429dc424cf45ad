"""*PLF-møder*: the list of meetings (search, sort) and, in its place, the meeting editor."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from plf_desktop.domain.dates import format_date, format_time
from plf_desktop.domain.errors import PlfError
from plf_desktop.domain.records import MeetingSummary
from plf_desktop.i18n import message
from plf_desktop.ui import prompts
from plf_desktop.ui.context import UiContext
from plf_desktop.ui.item_models import Column
from plf_desktop.ui.new_meeting_dialog import NewMeeting, NewMeetingDialog
from plf_desktop.ui.record_table import RecordTable

if TYPE_CHECKING:
    from plf_desktop.ui.meeting_editor import MeetingEditor


def today() -> dt.date:
    """Today's date (a function so tests can fix it)."""
    return dt.date.today()


class MeetingsPage(QWidget):
    """The list of meetings, with the editor taking its place when one is opened."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.stack = QStackedWidget(self)
        self.list_page = QWidget(self)
        title = QLabel(self.tr("PLF meetings"), self.list_page)
        title.setObjectName("pageTitle")
        self.new_button = QPushButton(self.tr("New meeting…"), self.list_page)
        self.new_button.setObjectName("primary")
        self.new_button.setToolTip(self.tr("Create a meeting from an agenda template (Ctrl+N)"))
        self.open_button = QPushButton(self.tr("Open"), self.list_page)
        self.delete_button = QPushButton(self.tr("Delete"), self.list_page)
        self.delete_button.setToolTip(self.tr("Move to the trash (Del)"))
        self.count = QLabel(self.list_page)
        self.count.setObjectName("hint")
        self.table = RecordTable([
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
        ], self.tr("Search meetings by title, team, place or date"), self.list_page,
            stretch_column=2, sort=(0, Qt.SortOrder.DescendingOrder))
        header = QHBoxLayout()
        header.addWidget(title)
        header.addStretch(1)
        header.addWidget(self.count)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        list_layout = QVBoxLayout(self.list_page)
        list_layout.setContentsMargins(20, 16, 20, 12)
        list_layout.addLayout(header)
        list_layout.addLayout(buttons)
        list_layout.addWidget(self.table, 1)
        self._editor: MeetingEditor | None = None
        self.stack.addWidget(self.list_page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

        self.new_button.clicked.connect(self.ask_new_meeting)
        self.open_button.clicked.connect(self._open_selected)
        self.delete_button.clicked.connect(self._delete_selected)
        self.table.activated.connect(lambda m: self.open_meeting(m.id))
        QShortcut(QKeySequence.StandardKey.New, self, self.ask_new_meeting,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        QShortcut(QKeySequence.StandardKey.Delete, self.table.view, self._delete_selected)
        self.table.search.textChanged.connect(lambda _t: self._update_count())

    @property
    def editor(self) -> MeetingEditor:
        """The meeting editor, built the first time a meeting is opened (start-up time)."""
        if self._editor is None:
            from plf_desktop.ui.meeting_editor import MeetingEditor

            self._editor = MeetingEditor(self.ctx, self)
            self._editor.back_requested.connect(self.show_list)
            self.stack.addWidget(self._editor)
        return self._editor

    def refresh(self) -> None:
        """Reload the list (or the open meeting) from the database."""
        if self._editor is not None and self.stack.currentWidget() is self._editor:
            self._editor.reload()
            return
        current = self.table.current()
        self.table.set_records(self.ctx.services.meetings.summaries(),
                               current.id if current else None)
        self._update_count()

    def _update_count(self) -> None:
        shown, total = self.table.row_count(), self.table.model.rowCount()
        self.count.setText(self.tr("{shown} of {total} meetings").format(shown=shown, total=total)
                           if shown != total else self.tr("{total} meetings").format(total=total))

    def show_list(self) -> None:
        """Leave the editor (saving what was typed) and show the list."""
        self.ctx.autosaver.flush()
        if self._editor is not None:
            self._editor.leave()
        self.stack.setCurrentWidget(self.list_page)
        self.refresh()
        self.table.view.setFocus()

    def open_meeting(self, meeting_id: str) -> None:
        """Open a meeting in the editor."""
        self.ctx.autosaver.flush()
        try:
            self.editor.load(meeting_id)
        except PlfError as error:
            self.ctx.show_error(message(error))
            return
        self.stack.setCurrentWidget(self.editor)

    def ask_new_meeting(self) -> None:
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

    def _open_selected(self) -> None:
        meeting = self.table.current()
        if isinstance(meeting, MeetingSummary):
            self.open_meeting(meeting.id)

    def _delete_selected(self) -> None:
        meeting = self.table.current()
        if not isinstance(meeting, MeetingSummary):
            return
        self.ctx.services.meetings.delete(meeting.id)
        self.refresh()
        self.ctx.offer_undo(
            self.tr("The meeting “{title}” was moved to the trash.").format(title=meeting.title),
            lambda: self.ctx.services.meetings.restore(meeting.id))
