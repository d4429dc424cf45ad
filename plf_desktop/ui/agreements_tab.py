"""The agreements a meeting or a conversation makes: *hvad, ansvarlig, frist, status*."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from plf_desktop.domain.dates import format_date
from plf_desktop.domain.labels import AgreementStatus, SourceKind
from plf_desktop.domain.records import Agreement, AgreementRow, Person
from plf_desktop.ui import labels
from plf_desktop.ui.context import UiContext
from plf_desktop.ui.fields import DateField, PersonCombo
from plf_desktop.ui.list_form_tab import ListFormTab


class AgreementsTab(ListFormTab):
    """Agreements made at a meeting or in a conversation; they follow the team into its next
    PLF meeting and show up in the Aftaler view."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr(
            "Every agreement gets someone responsible and a deadline. Open agreements come "
            "back under “Follow-up on agreements” at the team's next meeting."),
            self.tr("Add agreement"), parent)
        self.kind = SourceKind.MEETING
        self.source_id = ""
        self._add: Callable[[str], Agreement] | None = None
        self.what = QLineEdit(self)
        self.what.setPlaceholderText(self.tr("What is to be done"))
        self.responsible = PersonCombo(self)
        self.due = DateField(self)
        self.status = QComboBox(self)
        labels.fill_enum_combo(self.status, AgreementStatus)
        self.form.addRow(self.tr("&What"), self.what)
        self.form.addRow(self.tr("&Responsible"), self.responsible)
        self.form.addRow(self.tr("&Due"), self.due)
        self.form.addRow(self.tr("&Status"), self.status)
        agreements = ctx.services.agreements
        watch = ctx.autosaver.watch
        watch(self.what, lambda: self._update(what=self.what.text()))
        watch(self.responsible, lambda: self._update(responsible_id=self.responsible.person_id()))
        watch(self.due.edit, lambda: self._update(due=self.due.date()))
        self.due.picked.connect(lambda: ctx.attempt(lambda: self._update(due=self.due.date())))
        watch(self.status, lambda: self._update(status=AgreementStatus(self.status.currentData())))
        self._agreements = agreements
        self._people: list[Person] = []

    def load(self, kind: SourceKind, source_id: str, people: list[Person],
             add: Callable[[str], Agreement]) -> None:
        """Show the agreements of one meeting or conversation; *add* makes a new one there."""
        self.kind, self.source_id, self._add = kind, source_id, add
        self._people = people
        self.set_records(self._agreements.from_source(kind, source_id))

    def record_key(self, record: AgreementRow) -> str:
        """Rows wrap the agreement."""
        return record.agreement.id

    def caption(self, record: AgreementRow) -> str:
        """``Afprøv exit tickets — Åse Bækgård · 17.11.2026 · Åben``."""
        a = record.agreement
        details = [record.responsible_name, format_date(a.due), labels.text(a.status)]
        return f"{a.what} — " + " · ".join(d for d in details if d)

    def show_record(self, record: AgreementRow) -> None:
        """Fill the form."""
        a = record.agreement
        self.what.setText(a.what)
        self.responsible.set_people(self._people, a.responsible_id)
        self.due.set_date(a.due)
        labels.select_data(self.status, a.status.value)

    def _update(self, **fields: Any) -> None:
        if not self.record_id:
            return
        self._agreements.update(self.record_id, **fields)
        row = self.list.currentRow()
        fresh = [r for r in self._agreements.from_source(self.kind, self.source_id)
                 if r.agreement.id == self.record_id]
        if fresh and 0 <= row < len(self.records):
            self.records[row] = fresh[0]
            self.refresh_caption(fresh[0])

    def add_record(self) -> str | None:
        """A new agreement at the meeting or conversation."""
        added: list[Agreement] = []
        add = self._add
        if add and self.ctx.attempt(lambda: added.append(add(self.tr("New agreement")))):
            return added[0].id
        return None

    def focus_new(self) -> None:
        """The *what* field, ready to be typed over."""
        self.what.setFocus()
        self.what.selectAll()

    def delete_record(self, record_id: str) -> None:
        """Move an agreement to the trash."""
        self._agreements.delete(record_id)
