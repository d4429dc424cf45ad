"""*Opfølgning på aftaler*: the team's open agreements from earlier meetings, reviewed here."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from plf_desktop.domain.dates import format_date
from plf_desktop.domain.labels import AgreementStatus
from plf_desktop.domain.records import FollowUp
from plf_desktop.ui import labels
from plf_desktop.ui.context import UiContext


class FollowUpTab(QWidget):
    """A table of agreements to follow up, each with a status the team sets during the meeting."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.meeting_id = ""
        self.follow_ups: list[FollowUp] = []
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, 5, self)
        self.table.setHorizontalHeaderLabels([
            self.tr("What"), self.tr("Responsible"), self.tr("From meeting"), self.tr("Due"),
            self.tr("Status")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)

    def load(self, meeting_id: str, has_team: bool) -> int:
        """Show what this meeting follows up; returns how many are still open."""
        self.meeting_id = meeting_id
        self.follow_ups = self.ctx.services.meetings.follow_ups(meeting_id)
        self.table.setRowCount(len(self.follow_ups))
        for row, follow in enumerate(self.follow_ups):
            a = follow.agreement
            source = " ".join(p for p in (format_date(follow.source_date), follow.source_title)
                              if p)
            for column, value in enumerate((a.what, follow.responsible_name, source,
                                            format_date(a.due))):
                self.table.setItem(row, column, QTableWidgetItem(value))
            combo = QComboBox(self.table)
            combo.setAccessibleName(self.tr("Status of “{what}”").format(what=a.what))
            labels.fill_enum_combo(combo, AgreementStatus)
            labels.select_data(combo, a.status.value)
            combo.activated.connect(lambda _i, c=combo, aid=a.id: self._review(aid, c))
            self.table.setCellWidget(row, 4, combo)
        self.table.resizeRowsToContents()
        open_count = sum(f.agreement.status.is_open for f in self.follow_ups)
        if not has_team:
            self.intro.setText(self.tr("Choose a team for the meeting to follow up the team's "
                                       "agreements from earlier meetings."))
        elif not self.follow_ups:
            self.intro.setText(self.tr("The team has no open agreements from earlier meetings."))
        else:
            self.intro.setText(self.tr(
                "Open agreements from the team's earlier meetings. Set each one's status as you "
                "go through them; the change is saved at once and noted in the minutes."))
        return open_count

    def _review(self, agreement_id: str, combo: QComboBox) -> None:
        status = AgreementStatus(combo.currentData())
        self.ctx.attempt(lambda: self.ctx.services.meetings.review_agreement(
            self.meeting_id, agreement_id, status))
