"""*Sikkerhedskopier*: the backups kept beside the database, a backup by hand, and restore.

Restoring replaces the open file, so the dialog only chooses: the window closes the file,
the composition root sets it aside and puts the backup in its place, and a new window opens
(see :func:`plf_desktop.app.run_gui`). The set-aside file appears in this same list, so a
restore can itself be undone.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from plf_desktop.domain.backups import (
    KEEP_DAILY,
    KEEP_MONTHLY,
    KEEP_WEEKLY,
    Backup,
    BackupKind,
)
from plf_desktop.domain.errors import QT_TRANSLATE_NOOP
from plf_desktop.i18n import message
from plf_desktop.services.backup_service import DATABASE_PATTERNS
from plf_desktop.ui import prompts
from plf_desktop.ui.context import UiContext
from plf_desktop.ui.form_dialog import FormDialog
from plf_desktop.ui.item_models import Column
from plf_desktop.ui.record_table import RecordTable

KIND_NAMES = {
    BackupKind.AUTO: QT_TRANSLATE_NOOP("BackupDialog", "Automatic"),
    BackupKind.MANUAL: QT_TRANSLATE_NOOP("BackupDialog", "Taken by hand"),
    BackupKind.BEFORE_SCHEMA: QT_TRANSLATE_NOOP("BackupDialog", "Before an upgrade"),
    BackupKind.SET_ASIDE: QT_TRANSLATE_NOOP("BackupDialog", "Set aside by a restore"),
    BackupKind.DAMAGED: QT_TRANSLATE_NOOP("BackupDialog", "Damaged file, set aside"),
}
FILTER = QT_TRANSLATE_NOOP("BackupDialog", "PLF Desktop databases ({patterns});;All files (*)")


def file_filter() -> str:
    """The file dialogs' filter, with the database file patterns the service knows."""
    return QCoreApplication.translate("BackupDialog", FILTER).format(
        patterns=DATABASE_PATTERNS)


def kind_name(backup: Backup) -> str:
    """What the list calls a backup's kind."""
    return QCoreApplication.translate("BackupDialog", KIND_NAMES[backup.kind])


def taken_text(backup: Backup) -> str:
    """``23.11.2026 08:15``."""
    return backup.taken.strftime("%d.%m.%Y %H:%M")


def size_text(size: int) -> str:
    """``12,3 MB`` (Danish decimal comma)."""
    return f"{size / 1_000_000:.1f} MB".replace(".", ",")


class BackupDialog(FormDialog):
    """The list of backups with *Tag sikkerhedskopi nu*, *Gendan…* and *Gem en kopi…*."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("BackupDialog", "Backups"), parent,
                         width=760, cancel=False,
                         ok_text=QCoreApplication.translate("BackupDialog", "Close"))
        self.ctx = ctx
        self.chosen: Path | None = None
        """The backup to restore, when the dialog closes to restore one."""
        self.table = RecordTable([
            Column(self.tr("Taken"), taken_text, sort_key=lambda b: b.taken.timestamp()),
            Column(self.tr("Kind"), kind_name),
            Column(self.tr("Size"), lambda b: size_text(b.size), sort_key=lambda b: b.size,
                   align_right=True),
            Column(self.tr("File"), lambda b: b.path.name),
        ], self.tr("Search the backups"), self, stretch_column=3,
            sort=(0, Qt.SortOrder.DescendingOrder))
        self.table.setMinimumHeight(320)
        self.note = QLabel(self)
        self.note.setObjectName("hint")
        self.note.setWordWrap(True)
        self.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.take_button = QPushButton(self.tr("&Take a backup now"), self)
        self.restore_button = QPushButton(self.tr("&Restore…"), self)
        self.restore_file_button = QPushButton(self.tr("Restore from a &file…"), self)
        self.copy_button = QPushButton(self.tr("Save a &copy as…"), self)
        self.folder_button = QPushButton(self.tr("&Open the folder"), self)
        buttons = QHBoxLayout()
        for button in (self.take_button, self.restore_button, self.restore_file_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.folder_button)
        self.arrange(self.note, self.table, buttons)
        self.take_button.clicked.connect(self.take_now)
        self.restore_button.clicked.connect(self.restore_chosen)
        self.restore_file_button.clicked.connect(self.restore_from_file)
        self.copy_button.clicked.connect(self.save_copy)
        self.folder_button.clicked.connect(self.open_folder)
        self.table.activated.connect(lambda _backup: self.restore_chosen())
        self.refresh()

    def refresh(self) -> None:
        """List the backups again."""
        backups = self.ctx.services.backups.list()
        self.table.set_records(backups)
        self.note.setText(self.tr(
            "PLF Desktop takes a backup when it starts and once a day while it runs, and "
            "keeps the newest of each of the last {daily} days, {weekly} weeks and {monthly} "
            "months. No backup is kept longer than a year, so what you delete for good also "
            "leaves the backups in time.\nFolder: {folder}").format(
                daily=KEEP_DAILY, weekly=KEEP_WEEKLY, monthly=KEEP_MONTHLY,
                folder=self.ctx.services.backups.folder))
        self.restore_button.setEnabled(bool(backups))

    def take_now(self) -> None:
        """A backup by hand, at once."""
        taken: list[Backup] = []
        if self.ctx.attempt(lambda: taken.append(self.ctx.services.backups.take_now())):
            self.ctx.show_message(self.tr("Backup saved: {name}").format(
                name=taken[0].path.name))
            self.refresh()

    def restore_chosen(self) -> None:
        """Restore the backup chosen in the list, after asking."""
        backup = self.table.current()
        if backup is not None:
            self._restore(backup.path, taken_text(backup))

    def restore_from_file(self) -> None:
        """Restore a copy kept elsewhere (a USB stick, say), after checking and asking."""
        path = prompts.open_file(self, self.tr("Restore from a file"),
                                 self.ctx.services.backups.folder, file_filter())
        if path is not None:
            self._restore(path, path.name)

    def _restore(self, path: Path, label: str) -> None:
        problem = self.ctx.services.backups.check(path)
        if problem is not None:
            self.problem.setText(message(problem))
            return
        if prompts.confirm(self, self.tr("Restore a backup"), self.tr(
                "Restore the backup {label}?\n\nPLF Desktop closes the database, sets the "
                "current file aside in the backups folder (so this can be undone) and opens "
                "the backup in its place. What was saved after {label} is then only in the "
                "set-aside file.").format(label=label)):
            self.ctx.autosaver.flush()
            self.chosen = path
            self.accept()

    def save_copy(self) -> None:
        """A consistent copy wherever the user wants it (a USB stick, a network folder)."""
        path = prompts.save_file(self, self.tr("Save a copy of the database"),
                                 self.ctx.services.backups.suggested_copy(), file_filter())
        if path is not None and self.ctx.attempt(
                lambda: self.ctx.services.backups.copy_to(path)):
            self.ctx.show_message(self.tr("Copy saved: {path}").format(path=path))

    def open_folder(self) -> None:
        """Show the backups folder in the file manager."""
        folder = self.ctx.services.backups.folder
        folder.mkdir(parents=True, exist_ok=True)
        prompts.open_in_viewer(folder)
