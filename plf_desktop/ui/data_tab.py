"""The data a meeting looked at: source, period, level (class, year group, school) and summary."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPlainTextEdit, QWidget

from plf_desktop.domain.labels import DataLevel, DataSource
from plf_desktop.domain.records import DataReference, Meeting
from plf_desktop.ui import labels
from plf_desktop.ui.context import UiContext
from plf_desktop.ui.list_form_tab import ListFormTab


class DataTab(ListFormTab):
    """Data references; never an individual student's results."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr(
            "Record the data the team looked at, at class, year-group or school level only. "
            "Never individual students' results: national test results are confidential."),
            self.tr("Add data"), parent)
        self.meeting_id = ""
        self.source = QComboBox(self)
        labels.fill_enum_combo(self.source, DataSource)
        self.period = QLineEdit(self)
        self.period.setPlaceholderText(self.tr("E.g. autumn 2026 or 2025/26"))
        self.level = QComboBox(self)
        labels.fill_enum_combo(self.level, DataLevel)
        self.summary = QPlainTextEdit(self)
        self.summary.setPlaceholderText(self.tr("What the data shows, in a few lines"))
        self.confidential = QCheckBox(self.tr("Confidential (e.g. national test results)"), self)
        self.form.addRow(self.tr("&Source"), self.source)
        self.form.addRow(self.tr("&Period"), self.period)
        self.form.addRow(self.tr("&Level"), self.level)
        self.form.addRow(self.tr("S&ummary"), self.summary)
        self.form.addRow("", self.confidential)
        watch = ctx.autosaver.watch
        watch(self.source, lambda: self._update(source=DataSource(self.source.currentData())))
        watch(self.period, lambda: self._update(period=self.period.text()))
        watch(self.level, lambda: self._update(level=DataLevel(self.level.currentData())))
        watch(self.summary, lambda: self._update(summary=self.summary.toPlainText()))
        watch(self.confidential,
              lambda: self._update(confidential=self.confidential.isChecked()))

    def load(self, meeting: Meeting) -> None:
        """Show the meeting's data references."""
        self.meeting_id = meeting.id
        self.set_records(list(meeting.data_references))

    def caption(self, record: DataReference) -> str:
        """``Trivselsmåling · 2025/26 · Årgang``."""
        parts = [labels.text(record.source), record.period, labels.text(record.level)]
        return " · ".join(p for p in parts if p)

    def show_record(self, record: DataReference) -> None:
        """Fill the form."""
        labels.select_data(self.source, record.source.value)
        labels.select_data(self.level, record.level.value)
        self.period.setText(record.period)
        self.summary.blockSignals(True)
        self.summary.setPlainText(record.summary)
        self.summary.blockSignals(False)
        self.confidential.setChecked(record.confidential)

    def _update(self, **fields: Any) -> None:
        if not self.record_id:
            return
        self.ctx.services.meetings.update_data(self.record_id, **fields)
        for row, record in enumerate(self.records):
            if record.id == self.record_id:
                self.records[row] = replace(record, **fields)
                self.refresh_caption(self.records[row])

    def add_record(self) -> str | None:
        """A new data reference (source *Andet* until chosen)."""
        added: list[DataReference] = []
        self.ctx.attempt(lambda: added.append(self.ctx.services.meetings.add_data(
            self.meeting_id)))
        return added[0].id if added else None

    def delete_record(self, record_id: str) -> None:
        """Remove a data reference."""
        self.ctx.services.meetings.delete_data(record_id)
