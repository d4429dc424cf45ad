"""*Aftaler*: every agreement in one list, filtered by status, person, team and overdue."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from plf_desktop.domain.dates import format_date
from plf_desktop.domain.labels import AgreementStatus, SourceKind
from plf_desktop.domain.records import AgreementRow
from plf_desktop.services.agreement_service import AgreementFilter
from plf_desktop.ui import labels
from plf_desktop.ui.context import UiContext
from plf_desktop.ui.fields import PersonCombo
from plf_desktop.ui.item_models import Column
from plf_desktop.ui.record_table import RecordTable

OPEN_FILTER = "open"
OPENABLE = (SourceKind.MEETING, SourceKind.CONVERSATION)
"""Where an agreement can come from and be opened again."""


def today() -> dt.date:
    """Today's date (a function so tests can fix it)."""
    return dt.date.today()


class AgreementsPage(QWidget):
    """All agreements; the status of the chosen one can be changed right here."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        title = QLabel(self.tr("Agreements"), self)
        title.setObjectName("pageTitle")
        self.status_filter = QComboBox(self)
        self.status_filter.setAccessibleName(self.tr("Status"))
        self.status_filter.addItem(self.tr("All statuses"), None)
        self.status_filter.addItem(self.tr("Open and in progress"), OPEN_FILTER)
        for status in AgreementStatus:
            self.status_filter.addItem(labels.text(status), status.value)
        self.status_filter.setCurrentIndex(1)
        self.person_filter = PersonCombo(self)
        self.person_filter.setAccessibleName(self.tr("Responsible"))
        self.team_filter = QComboBox(self)
        self.team_filter.setAccessibleName(self.tr("Team"))
        self.overdue = QCheckBox(self.tr("Only overdue"), self)
        self.count = QLabel(self)
        self.count.setObjectName("hint")
        self.table = RecordTable([
            Column(self.tr("What"), lambda r: r.agreement.what),
            Column(self.tr("Responsible"), lambda r: r.responsible_name),
            Column(self.tr("Team"), lambda r: r.team_name),
            Column(self.tr("Due"), lambda r: format_date(r.agreement.due),
                   sort_key=lambda r: r.agreement.due.isoformat() if r.agreement.due else "9999",
                   warn=lambda r: r.agreement.is_overdue(today())),
            Column(self.tr("Status"), lambda r: labels.text(r.agreement.status),
                   warn=lambda r: r.agreement.is_overdue(today())),
            Column(self.tr("From"), self._source_text),
        ], self.tr("Search agreements"), self, stretch_column=0,
            sort=(3, Qt.SortOrder.AscendingOrder))
        self.set_status = QComboBox(self)
        self.set_status.setAccessibleName(self.tr("New status"))
        labels.fill_enum_combo(self.set_status, AgreementStatus)
        apply_status = QPushButton(self.tr("Set status"), self)
        self.open_source = QPushButton(self.tr("Open meeting"), self)
        filters = QHBoxLayout()
        for text, widget in ((self.tr("Status"), self.status_filter),
                             (self.tr("Responsible"), self.person_filter),
                             (self.tr("Team"), self.team_filter)):
            filters.addWidget(QLabel(text, self))
            filters.addWidget(widget)
        filters.addWidget(self.overdue)
        filters.addStretch(1)
        header = QHBoxLayout()
        header.addWidget(title)
        header.addStretch(1)
        header.addWidget(self.count)
        actions = QHBoxLayout()
        actions.addWidget(QLabel(self.tr("Chosen agreement:"), self))
        actions.addWidget(self.set_status)
        actions.addWidget(apply_status)
        actions.addWidget(self.open_source)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.addLayout(header)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        for combo in (self.status_filter, self.person_filter, self.team_filter):
            combo.activated.connect(lambda _i: self.refresh())
        self.overdue.toggled.connect(lambda _on: self.refresh())
        apply_status.clicked.connect(self._apply_status)
        self.open_source.clicked.connect(self._open_source)
        self.table.activated.connect(lambda _r: self._open_source())
        self.table.current_changed.connect(self._chosen)
        self.table.search.textChanged.connect(lambda _t: self._update_count())
        self._chosen(None)

    def _source_text(self, row: AgreementRow) -> str:
        if row.source_title:
            return f"{format_date(row.source_date)} {row.source_title}".strip()
        return labels.text(row.agreement.source_kind)

    def current_filter(self) -> AgreementFilter:
        """The filter the controls describe."""
        status = self.status_filter.currentData()
        return AgreementFilter(
            status=AgreementStatus(status) if status not in (None, OPEN_FILTER) else None,
            open_only=status == OPEN_FILTER,
            responsible_id=self.person_filter.person_id(),
            team_id=self.team_filter.currentData(),
            overdue_on=today() if self.overdue.isChecked() else None)

    def refresh(self) -> None:
        """Reload the filter choices and the list."""
        services = self.ctx.services
        self.person_filter.set_people(services.people.list_people(),
                                      self.person_filter.person_id())
        self.person_filter.setItemText(0, self.tr("Everyone"))
        team = self.team_filter.currentData()
        self.team_filter.blockSignals(True)
        self.team_filter.clear()
        self.team_filter.addItem(self.tr("All teams"), None)
        for each in services.people.list_teams():
            self.team_filter.addItem(each.name, each.id)
        self.team_filter.setCurrentIndex(max(self.team_filter.findData(team), 0))
        self.team_filter.blockSignals(False)
        current = self.table.current()
        self.table.set_records(services.agreements.list(self.current_filter()),
                               current.agreement.id if current else None)
        self._update_count()

    def show_agreement(self, agreement_id: str) -> None:
        """Show every agreement (filters cleared) with *agreement_id* chosen."""
        self.status_filter.setCurrentIndex(0)
        self.person_filter.setCurrentIndex(0)
        self.team_filter.setCurrentIndex(0)
        self.overdue.setChecked(False)
        self.table.search.clear()
        self.refresh()
        self.table.select_id(agreement_id)
        self.table.view.setFocus()

    def _update_count(self) -> None:
        overdue = sum(r.agreement.is_overdue(today()) for r in self.table.model.records)
        text = self.tr("{count} agreements").format(count=self.table.row_count())
        if overdue:
            text += " · " + self.tr("{overdue} overdue").format(overdue=overdue)
        self.count.setText(text)

    def _chosen(self, row: AgreementRow | None) -> None:
        self.set_status.setEnabled(row is not None)
        self.open_source.setEnabled(row is not None and row.agreement.source_kind
                                    in OPENABLE and row.agreement.source_id is not None)
        if row:
            labels.select_data(self.set_status, row.agreement.status.value)

    def _apply_status(self) -> None:
        row = self.table.current()
        if row and self.ctx.attempt(lambda: self.ctx.services.agreements.set_status(
                row.agreement.id, AgreementStatus(self.set_status.currentData()))):
            self.refresh()

    def _open_source(self) -> None:
        row = self.table.current()
        if row and row.agreement.source_kind in OPENABLE and row.agreement.source_id:
            self.ctx.open_source(row.agreement.source_kind, row.agreement.source_id)
