"""A damaged database at start, or a backup chosen to restore: done between two windows.

PLF Desktop never writes to a damaged file. The user chooses between restoring the newest
backup that passes the integrity check (the damaged file is moved, untouched, into the
backups folder first) and quitting with the file exactly as it was.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from plf_desktop.domain.errors import DamagedFileError, PlfError
from plf_desktop.i18n import message
from plf_desktop.services import backup_service
from plf_desktop.ui import prompts

translate = QCoreApplication.translate


def offer_recovery(database: Path, error: DamagedFileError,
                   key: str | None = None) -> str | None:
    """Ask, and restore if the user wants; the notice for the new window, or None to quit."""
    title = translate("Recovery", "The database is damaged")
    backup = backup_service.newest_good_backup(database, key)
    if backup is None:
        prompts.error(None, title, translate(
            "Recovery", "{problem}\n\nPLF Desktop has not written to the file, and there is "
            "no good backup beside it. Copy the file for your IT support, or start PLF "
            "Desktop with another database.").format(problem=message(error)))
        return None
    when = backup.taken.strftime("%d.%m.%Y %H:%M")
    question = translate(
        "Recovery", "{problem}\n\nPLF Desktop has not written to the file. The newest good "
        "backup is from {when}. Restore it? The damaged file is moved, unchanged, into the "
        "backups folder, so nothing is lost.").format(problem=message(error), when=when)
    if not prompts.choose(None, title, question, translate("Recovery", "Restore the backup"),
                          translate("Recovery", "Quit")):
        return None
    try:
        backup_service.recover_damaged(database, backup.path, key)
    except PlfError as failure:
        prompts.error(None, title, message(failure))
        return None
    return translate("Recovery", "Restored the backup from {when}. The damaged file is in the "
                     "backups folder.").format(when=when)


def damaged_not_wrong(database: Path, key: str | None) -> bool:
    """A protected file the password does not open, while it opens the file's backups: the
    password is right and the file's first page is damaged (SQLCipher cannot tell the two
    apart)."""
    return bool(key) and backup_service.newest_good_backup(database, key) is not None


def offer_missing(database: Path) -> str:
    """The database is gone but its backups are there (deleted by mistake, a failed move):
    offer the newest good one before a new, empty file is started; the notice."""
    backup = backup_service.newest_good_backup(database)
    if backup is None:
        return ""
    when = backup.taken.strftime("%d.%m.%Y %H:%M")
    if not prompts.choose(None, translate("Recovery", "The database is missing"), translate(
            "Recovery", "There is no database at {path}, but there are backups of it beside "
            "it. The newest good one is from {when}. Restore it, or start with an empty "
            "database?").format(path=database, when=when),
            translate("Recovery", "Restore the backup"),
            translate("Recovery", "Start an empty database")):
        return ""
    return restore_chosen(database, backup.path)


def restore_chosen(database: Path, backup: Path, key: str | None = None) -> str:
    """Restore the backup chosen in *Sikkerhedskopier*; the notice for the new window."""
    try:
        aside = backup_service.restore_backup(database, backup, key)
    except PlfError as failure:
        prompts.error(None, translate("Recovery", "The backup was not restored"),
                      message(failure))
        return ""
    if aside is None:
        return translate("Recovery", "Restored {name}.").format(name=backup.name)
    return translate("Recovery", "Restored {name}. The file it replaced is in the backups "
                     "folder as {aside}, to restore if you change your mind.").format(
                         name=backup.name, aside=aside.name)
