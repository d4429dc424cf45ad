"""Backups of the open database: automatic ones in the background, and the backup list.

The automatic backup is taken when the app starts (once the file is known to be whole) and
again when the newest one is a day old; it runs in a thread on its own read-only connection,
so the window never waits for it. Restoring needs the file closed, so it happens between two
openings (see :func:`restore_backup`, used by the composition root and the CLI).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from plf_desktop.domain.backups import Backup, BackupKind
from plf_desktop.domain.errors import QT_TRANSLATE_NOOP, StorageError
from plf_desktop.storage import backups
from plf_desktop.storage.database import Storage, backup_file, storage_errors

if TYPE_CHECKING:
    from concurrent.futures import Future, ThreadPoolExecutor

DAILY = dt.timedelta(days=1)
DATABASE_PATTERNS = "*.sqlite3 *.db"
"""What a file dialog offers when a database or a backup is chosen."""


class BackupService:
    """The backups of one open database file."""

    def __init__(self, storage: Storage) -> None:
        self.storage = storage
        self._executor: ThreadPoolExecutor | None = None
        self._running: Future[Backup | None] | None = None

    @property
    def folder(self) -> Path:
        """Where the backups are kept."""
        return backups.backups_dir(self.storage.path)

    def list(self) -> list[Backup]:
        """Every backup of this file, newest first."""
        return backups.list_backups(self.storage.path)

    def take_now(self) -> Backup:
        """A backup by hand (kept a year, not rotated away)."""
        with storage_errors():
            return backups.take_backup(self.storage.path, BackupKind.MANUAL,
                                       key=self.storage.key)

    def check(self, path: Path) -> StorageError | None:
        """Why *path* cannot be restored into this database, or None when it can."""
        return backups.check_backup(path, self.storage.key)

    def suggested_copy(self) -> Path:
        """Where *Gem en kopi som…* proposes to write: beside the database, named as a copy."""
        database = self.storage.path
        return database.with_name(f"{database.stem}-kopi{database.suffix}")

    def copy_to(self, target: Path) -> Path:
        """A consistent copy of the open file at *target* (a USB stick, another folder)."""
        with storage_errors():
            return backup_file(self.storage.path, target, self.storage.key)

    def due(self, now: dt.datetime | None = None) -> bool:
        """Is the newest automatic backup a day old (or is there none)?"""
        now = now or dt.datetime.now()
        newest = next((b for b in self.list() if b.kind is BackupKind.AUTO), None)
        return newest is None or now - newest.taken >= DAILY

    def start_automatic(self) -> Future[Backup | None]:
        """Take the automatic backup in the background (if the file changed) and rotate."""
        if self._running is not None and not self._running.done():
            return self._running
        if self._executor is None:
            from concurrent.futures import ThreadPoolExecutor  # after the first frame

            self._executor = ThreadPoolExecutor(1, thread_name_prefix="plf-backup")
        self._running = self._executor.submit(self._automatic)
        return self._running

    def _automatic(self) -> Backup | None:
        with storage_errors():
            taken = backups.backup_if_changed(self.storage.path, key=self.storage.key)
            if self.storage.key:  # a password change that stopped halfway left plain copies
                backups.encrypt_plain_backups(self.storage.path, self.storage.key)
            return taken

    def last_error(self) -> StorageError | None:
        """Why the last automatic backup failed, if it did (a damaged file found by its
        check is a :class:`~plf_desktop.domain.errors.DamagedFileError`)."""
        if self._running is None or not self._running.done():
            return None
        error = self._running.exception()
        if error is None or isinstance(error, StorageError):
            return error
        if self.storage.is_read_failure(error):
            return self.storage.read_failure(error)
        return StorageError(QT_TRANSLATE_NOOP("Errors", "The database failed: {reason}"),
                            reason=str(error))

    def wait(self) -> None:
        """Let a running backup finish (before the file is closed)."""
        if self._executor is not None:
            self._executor.shutdown(wait=True)
            self._executor = None


def restore_backup(database: Path, backup: Path, key: str | None = None) -> Path | None:
    """Put *backup* in place of the closed *database*; where the old file was set aside."""
    return backups.restore(database, backup, key=key)


def recover_damaged(database: Path, backup: Path, key: str | None = None) -> Path | None:
    """Move the damaged *database* aside untouched and put *backup* in its place; where the
    damaged file went. If the copy fails, the damaged file is put back as it was."""
    return backups.restore(database, backup, key=key, aside_kind=BackupKind.DAMAGED)


def newest_good_backup(database: Path, key: str | None = None) -> Backup | None:
    """The backup a damaged file is best replaced with."""
    return backups.newest_good_backup(database, key)
