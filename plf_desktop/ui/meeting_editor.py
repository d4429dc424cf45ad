"""The meeting editor: title and actions on top, the meeting's parts in tabs, live mode."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from plf_desktop.domain.dates import format_date
from plf_desktop.domain.labels import SourceKind
from plf_desktop.domain.records import Meeting
from plf_desktop.ui.agenda_tab import AgendaTab
from plf_desktop.ui.agreements_tab import AgreementsTab
from plf_desktop.ui.closing_tab import ClosingTab
from plf_desktop.ui.context import UiContext
from plf_desktop.ui.data_tab import DataTab
from plf_desktop.ui.followup_tab import FollowUpTab
from plf_desktop.ui.live_mode import LiveMode
from plf_desktop.ui.meeting_details_tab import MeetingDetailsTab
from plf_desktop.ui.printable import PrintableEditor
from plf_desktop.ui.retention_field import DeletionDateButton


class MeetingEditor(PrintableEditor, QWidget):
    """Edits one meeting; everything is saved as it is typed.

    Signals:
        back_requested(): the user wants the list of meetings again.
    """

    back_requested = Signal()
    record_kind = "meeting"

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.meeting: Meeting | None = None
        back = QPushButton(self.tr("← All meetings"), self)
        back.setToolTip(self.tr("Back to the list (Esc)"))
        back.clicked.connect(self.back_requested)
        self.title_edit = QLineEdit(self)
        self.title_edit.setObjectName("titleEdit")
        self.title_edit.setAccessibleName(self.tr("Title of the meeting"))
        self.subtitle = QLabel(self)
        self.subtitle.setObjectName("hint")
        self.live_button = QPushButton(self.tr("Live mode (F5)"), self)
        self.live_button.setObjectName("primary")
        self.live_button.setToolTip(self.tr("Run the meeting item by item with a countdown"))
        self.save_pdf_button = QPushButton(self.tr("Save as PDF…"), self)
        self.save_pdf_button.setToolTip(self.tr("Save the minutes as a PDF (Ctrl+Shift+S)"))
        self.open_pdf_button = QPushButton(self.tr("Open PDF"), self)
        self.print_button = QPushButton(self.tr("Print…"), self)
        self.print_button.setToolTip(self.tr("Print the minutes (Ctrl+P)"))
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.delete_button.setToolTip(self.tr("Move the meeting to the trash"))

        self.details = MeetingDetailsTab(ctx, self)
        self.follow_up = FollowUpTab(ctx, self)
        self.agenda = AgendaTab(ctx, self)
        self.data = DataTab(ctx, self)
        self.agreements = AgreementsTab(ctx, self)
        self.closing = ClosingTab(ctx, self)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        for tab in (self.details, self.follow_up, self.agenda, self.data, self.agreements,
                    self.closing):
            self.tabs.addTab(tab, "")
        self.live = LiveMode(ctx, self)
        self.live.finished.connect(self._leave_live)
        self.body = QStackedWidget(self)
        self.body.addWidget(self.tabs)
        self.body.addWidget(self.live)

        top = QHBoxLayout()
        top.addWidget(back)
        top.addWidget(self.title_edit, 1)
        actions = QHBoxLayout()
        actions.addWidget(self.subtitle, 1)
        self.deletion = DeletionDateButton(ctx, self)
        for button in (self.live_button, self.deletion, self.save_pdf_button,
                       self.open_pdf_button, self.print_button, self.delete_button):
            actions.addWidget(button)
        self.header = QWidget(self)
        header_layout = QVBoxLayout(self.header)
        header_layout.setContentsMargins(0, 0, 0, 0)
        header_layout.addLayout(top)
        header_layout.addLayout(actions)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 12, 20, 12)
        layout.addWidget(self.header)
        layout.addWidget(self.body, 1)

        ctx.autosaver.watch(self.title_edit, self._save_title)
        for tab in (self.agenda, self.data, self.agreements):
            tab.structure_changed.connect(self.reload)
        self.live_button.clicked.connect(self.start_live)
        self.save_pdf_button.clicked.connect(self.save_pdf)
        self.open_pdf_button.clicked.connect(self.open_pdf)
        self.print_button.clicked.connect(self.print_pdf)
        self.delete_button.clicked.connect(self._delete)
        shortcut = Qt.ShortcutContext.WidgetWithChildrenShortcut
        QShortcut(QKeySequence("F5"), self, self.start_live, context=shortcut)
        QShortcut(QKeySequence("Ctrl+Shift+S"), self, self.save_pdf, context=shortcut)
        QShortcut(QKeySequence.StandardKey.Print, self, self.print_pdf, context=shortcut)

    # -- loading -----------------------------------------------------------------------------
    def load(self, meeting_id: str) -> None:
        """Open *meeting_id*; a new meeting with agreements to follow up opens on that tab."""
        self.body.setCurrentWidget(self.tabs)
        self.header.show()
        self.agenda.item_id = ""
        self._fill(self.ctx.services.meetings.get(meeting_id))
        open_follow_ups = any(f.agreement.status.is_open for f in self.follow_up.follow_ups)
        self.tabs.setCurrentWidget(self.follow_up if open_follow_ups else self.details)

    def reload(self) -> None:
        """Read the meeting again after a structural change (keeps the current tab)."""
        if self.meeting:
            self._fill(self.ctx.services.meetings.get(self.meeting.id))

    def _fill(self, meeting: Meeting) -> None:
        self.meeting = meeting
        people = self.ctx.services.people.list_people()
        self.title_edit.setText(meeting.title)
        self._update_subtitle()
        self.show_deletion_date(meeting.id)
        self.details.load(meeting, people)
        open_count = self.follow_up.load(meeting.id, bool(meeting.team_id))
        self.agenda.load(meeting, people)
        self.data.load(meeting)
        meetings = self.ctx.services.meetings
        self.agreements.load(SourceKind.MEETING, meeting.id, people,
                             lambda what: meetings.add_agreement(meeting.id, what))
        self.closing.load(meeting)
        made = len(self.agreements.records)
        titles = [
            self.tr("Meeting"),
            self.tr("Follow-up on agreements ({count})").format(count=open_count)
            if open_count else self.tr("Follow-up on agreements"),
            self.tr("Agenda and minutes"),
            self.tr("Data ({count})").format(count=len(meeting.data_references))
            if meeting.data_references else self.tr("Data"),
            self.tr("Agreements ({count})").format(count=made) if made else self.tr("Agreements"),
            self.tr("Next meeting and evaluation"),
        ]
        for index, title in enumerate(titles):
            self.tabs.setTabText(index, title)

    def _update_subtitle(self) -> None:
        if not self.meeting:
            return
        team = self.ctx.services.people.team_names().get(self.meeting.team_id or "", "")
        parts = [format_date(self.meeting.date), team,
                 self.tr("{minutes} min agenda").format(minutes=self.meeting.total_minutes)]
        self.subtitle.setText(" · ".join(p for p in parts if p))

    def _save_title(self) -> None:
        if self.meeting:
            self.ctx.services.meetings.update(self.meeting.id, title=self.title_edit.text())

    def leave(self) -> None:
        """Called when the editor is left: stop live mode's clock."""
        if self.body.currentWidget() is self.live:
            self.live.leave()

    # -- live mode ---------------------------------------------------------------------------
    def start_live(self) -> None:
        """Run the meeting item by item, starting at the item chosen on the agenda tab."""
        if not self.meeting:
            return
        self.ctx.autosaver.flush()
        self.reload()
        if not self.meeting.agenda:
            self.ctx.show_error(self.tr("Add agenda items before starting live mode."))
            return
        ids = [item.id for item in self.meeting.agenda]
        start = ids.index(self.agenda.item_id) if self.agenda.item_id in ids else 0
        self.header.hide()
        self.body.setCurrentWidget(self.live)
        self.live.start(self.meeting, start)

    def _leave_live(self) -> None:
        self.header.show()
        keep = self.meeting.agenda[self.live.index].id if self.meeting else None
        self.body.setCurrentWidget(self.tabs)
        self.reload()
        if keep:
            self.agenda.load(self.meeting, self.ctx.services.people.list_people(), keep)  # type: ignore[arg-type]
            self.tabs.setCurrentWidget(self.agenda)

    # -- the printed referat -----------------------------------------------------------------
    def has_record(self) -> bool:
        """Is a meeting open?"""
        return self.meeting is not None

    def export_to(self, path: Path) -> Path:
        """Write the open meeting's PDF to *path*."""
        from plf_desktop.exports import export_meeting_pdf

        assert self.meeting is not None
        return export_meeting_pdf(self.ctx.services, self.meeting.id, path)

    def document_name(self) -> str:
        """The suggested file name."""
        assert self.meeting is not None
        self.meeting = self.ctx.services.meetings.get(self.meeting.id)
        return self.tr("Minutes {date} {title}").format(date=format_date(self.meeting.date),
                                                        title=self.meeting.title)

    def _delete(self) -> None:
        if not self.meeting:
            return
        meeting = self.meeting
        self.ctx.services.meetings.delete(meeting.id)
        self.meeting = None
        self.back_requested.emit()
        self.ctx.offer_undo(
            self.tr("The meeting “{title}” was moved to the trash.").format(title=meeting.title),
            lambda: self.ctx.services.meetings.restore(meeting.id))
