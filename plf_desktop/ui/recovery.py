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
