"""*Papirkurven*: everything deleted, to bring back or delete for good.

Deleting anywhere in the app moves a record here (and offers *Fortryd* at once); this is
where it can still be found later. What has been here longer than the days chosen in the
settings is deleted for good at start-up.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from plf_desktop.domain.errors import QT_TRANSLATE_NOOP
from plf_desktop.domain.records import TrashEntry
from plf_desktop.ui import prompts
from plf_desktop.ui.context import UiContext
from plf_desktop.ui.form_dialog import FormDialog
from plf_desktop.ui.item_models import Column
from plf_desktop.ui.record_table import RecordTable

KIND_NAMES = {
    "people": QT_TRANSLATE_NOOP("TrashDialog", "Person"),
    "teams": QT_TRANSLATE_NOOP("TrashDialog", "Team"),
    "meetings": QT_TRANSLATE_NOOP("TrashDialog", "PLF meeting"),
    "agreements": QT_TRANSLATE_NOOP("TrashDialog", "Agreement"),
    "observations": QT_TRANSLATE_NOOP("TrashDialog", "Observation"),
    "user_templates": QT_TRANSLATE_NOOP("TrashDialog", "Template"),
    "conversations": QT_TRANSLATE_NOOP("TrashDialog", "Conversation"),
    "cycles": QT_TRANSLATE_NOOP("TrashDialog", "Action-learning course"),
    "collaborations": QT_TRANSLATE_NOOP("TrashDialog", "Co-teaching collaboration"),
}


def deleted_on(entry: TrashEntry) -> str:
    """``23.11.2026`` from the stored ISO time."""
    day = entry.deleted_at[:10]
    return f"{day[8:10]}.{day[5:7]}.{day[:4]}" if len(day) == 10 else day


class TrashDialog(FormDialog):
    """The trash as a list with *Gendan*, *Slet for altid* and *Tøm papirkurven*."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("TrashDialog", "Trash"), parent,
                         width=760, cancel=False,
                         ok_text=QCoreApplication.translate("TrashDialog", "Close"))
        self.ctx = ctx
        self.table = RecordTable([
            Column(self.tr("Kind"), lambda e: QCoreApplication.translate(
                "TrashDialog", KIND_NAMES.get(e.kind, e.kind))),
            Column(self.tr("Name"), lambda e: " ".join(e.title.split()) or "—"),
            Column(self.tr("Deleted"), deleted_on, sort_key=lambda e: e.deleted_at),
        ], self.tr("Search the trash"), self, stretch_column=1,
            sort=(2, Qt.SortOrder.DescendingOrder))
        self.table.setMinimumHeight(340)
        self.note = QLabel(self)
        self.note.setObjectName("hint")
        self.note.setWordWrap(True)
        self.restore_button = QPushButton(self.tr("Restore"), self)
        self.purge_button = QPushButton(self.tr("Delete for good…"), self)
        self.empty_button = QPushButton(self.tr("Empty the trash…"), self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.purge_button)
        buttons.addStretch(1)
        buttons.addWidget(self.empty_button)
        self.arrange(self.note, self.table, buttons)
        self.restore_button.clicked.connect(self.restore)
        self.purge_button.clicked.connect(self.purge)
        self.empty_button.clicked.connect(self.empty)
        self.table.activated.connect(lambda _entry: self.restore())
        self.refresh()

    def refresh(self) -> None:
        """List the trash again."""
        entries = self.ctx.services.trash.entries()
        self.table.set_records(entries)
        days = self.ctx.prefs.trash_days
        count = (self.tr("1 deleted record.") if len(entries) == 1
                 else self.tr("{count} deleted records.").format(count=len(entries)))
        self.note.setText(count + " " + (
            self.tr("They are deleted for good after {days} days (see Settings).").format(
                days=days) if days else
            self.tr("The trash is never emptied by itself (see Settings).")))
        for button in (self.restore_button, self.purge_button, self.empty_button):
            button.setEnabled(bool(entries))

    def restore(self) -> None:
        """Bring the chosen record back."""
        entry = self.table.current()
        if entry is not None and self.ctx.attempt(lambda: self.ctx.services.trash.restore(
                entry)):
            self.ctx.show_message(self.tr("“{name}” is back.").format(name=entry.title))
            self.refresh()

    def purge(self) -> None:
        """Delete the chosen record for good, after asking."""
        entry = self.table.current()
        if entry is None or not prompts.confirm(self, self.tr("Delete for good"), self.tr(
                "Delete “{name}” for good? This cannot be undone.").format(name=entry.title)):
            return
        if self.ctx.attempt(lambda: self.ctx.services.trash.purge(entry)):
            self.refresh()

    def empty(self) -> None:
        """Delete everything in the trash for good, after asking."""
        if not prompts.confirm(self, self.tr("Empty the trash"), self.tr(
                "Delete everything in the trash for good? This cannot be undone.")):
            return
        if self.ctx.attempt(self.ctx.services.trash.empty):
            self.refresh()
