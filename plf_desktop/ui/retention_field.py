"""*Slettes 31.07.2027*: the deletion date in a record editor's header, and the small form
that gives one record another date (or its default back).

One widget for every editor (courses, collaborations, observations, conversations, meetings),
so the date reads and behaves the same everywhere; the rule is domain/retention.py.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QWidget,
)

from plf_desktop.domain.dates import format_date
from plf_desktop.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from plf_desktop.domain.retention import Retention, is_due, school_year
from plf_desktop.ui import prompts
from plf_desktop.ui.context import UiContext
from plf_desktop.ui.fields import DateField
from plf_desktop.ui.form_dialog import FormDialog

translate = QCoreApplication.translate


def today() -> dt.date:
    """Today's date (a function so tests can fix it)."""
    return dt.date.today()


def explain(retention: Retention, months: int) -> str:
    """Why the record is deleted when it is, in one or two sentences."""
    start = school_year(retention.record_date)
    text = translate(
        "DeletionDate", "By default it is deleted on {date}: the end of the school year "
        "{year} plus {months} months (Settings).").format(
            date=format_date(retention.default), year=f"{start}/{(start + 1) % 100:02d}",
            months=months)
    if retention.parent is not None:
        text += " " + translate(
            "DeletionDate", "It belongs to a course or collaboration that is kept until "
            "{date}, and is not deleted before it.").format(date=format_date(retention.parent))
    return text


class DeletionDateDialog(FormDialog):
    """The default date or another one; :attr:`chosen` is the override (None: default)."""

    def __init__(self, retention: Retention, months: int, parent: QWidget | None = None) -> None:
        super().__init__(translate("DeletionDate", "Deletion date"), parent)
        self.chosen: dt.date | None = retention.override
        note = QLabel(explain(retention, months), self)
        note.setWordWrap(True)
        self.default = QRadioButton(translate("DeletionDate", "Use the &default date ({date})")
                                    .format(date=format_date(retention.default)), self)
        self.other = QRadioButton(translate("DeletionDate", "Delete on &another date:"), self)
        group = QButtonGroup(self)
        group.addButton(self.default)
        group.addButton(self.other)
        self.date = DateField(self)
        self.date.set_date(retention.override or retention.default)
        self.date.edit.textEdited.connect(lambda _text: self.other.setChecked(True))
        self.date.picked.connect(lambda: self.other.setChecked(True))
        (self.other if retention.override else self.default).setChecked(True)
        form = QFormLayout()
        form.addRow(self.default)
        form.addRow(self.other, self.date)
        self.arrange(note, form)

    def accept(self) -> None:
        """Keep the choice; a missing or malformed date keeps the dialog open."""
        self.accept_if(self._read)

    def _read(self) -> None:
        if self.default.isChecked():
            self.chosen = None
            return
        chosen = self.date.date()
        if chosen is None:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Write the deletion date."),
                                  field="date")
        self.chosen = chosen


class DeletionDateButton(QPushButton):
    """*Slettes dd.mm.åååå* for the record an editor shows; a click changes it."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.kind = ""
        self.record_id = ""
        self.retention: Retention | None = None
        self.setAccessibleName(translate("DeletionDate", "Deletion date"))
        self.clicked.connect(self.choose)
        self.hide()

    def show_record(self, kind: str, record_id: str) -> None:
        """Show the deletion date of the record *kind*/*record_id*."""
        self.kind, self.record_id = kind, record_id
        self.refresh()

    def refresh(self) -> None:
        """Read the date again (after a change of the record's date, or the settings')."""
        months = self.ctx.prefs.retention_months
        self.retention = self.ctx.services.retention.retention(self.kind, self.record_id,
                                                               months)
        deletion = self.retention.deletion
        text = translate("DeletionDate", "Deletion: {date}") if not is_due(deletion, today()) \
            else translate("DeletionDate", "Deletion: {date} (due)")
        self.setText(text.format(date=format_date(deletion)))
        tip = explain(self.retention, months)
        if self.retention.override:
            tip = translate("DeletionDate", "You chose {date}.").format(
                date=format_date(self.retention.override)) + " " + tip
        self.setToolTip(tip + " " + translate("DeletionDate", "Click to choose another date."))
        self.show()

    def choose(self) -> None:
        """Let the user give the record another deletion date, or its default back."""
        self.refresh()
        assert self.retention is not None
        dialog = DeletionDateDialog(self.retention, self.ctx.prefs.retention_months, self)
        if prompts.run(dialog) and self.ctx.attempt(
                lambda: self.ctx.services.retention.set_deletion_date(
                    self.kind, self.record_id, dialog.chosen)):
            self.refresh()
