"""The backups folder beside the database: taking, rotating, checking and restoring backups.

Every backup is a whole SQLite file written with the backup API (consistent while the app
writes), named by :mod:`plf_desktop.domain.backups`. A restore never destroys anything: the
current file is first moved aside (as a backup of kind *set-aside*), so the restore itself
can be undone from the same list. A damaged file is moved aside the same way, untouched.
"""

from __future__ import annotations

import datetime as dt
import os
import time
from pathlib import Path

from plf_desktop.domain.backups import Backup, BackupKind, BackupName, parse_name, to_keep
from plf_desktop.domain.errors import QT_TRANSLATE_NOOP, StorageError
from plf_desktop.storage import cipher
from plf_desktop.storage.database import backup_file, inspect_file, storage_errors
from plf_desktop.storage.filesystem import replace_file
from plf_desktop.storage.lock import DatabaseLock

SIDE_FILES = ("-wal", "-shm")


def backups_dir(database: Path) -> Path:
    """Where the backups of *database* live: ``backups/`` beside it."""
    return database.parent / "backups"


def list_backups(database: Path) -> list[Backup]:
    """The backups of *database*, newest first (other files in the folder are ignored)."""
    folder = backups_dir(database)
    if not folder.is_dir():
        return []
    found = []
    for entry in os.scandir(folder):
        name = parse_name(entry.name)
        if name is None or name.stem != database.stem or not entry.is_file():
            continue
        found.append(Backup(Path(entry.path), name, entry.stat().st_size))
    return sorted(found, key=lambda b: b.name, reverse=True)


def _free_name(database: Path, kind: BackupKind, now: dt.datetime,
               schema_version: int = 0) -> Path:
    """A name in the backups folder that is not taken yet."""
    folder = backups_dir(database)
    serial = 0
    while True:
        name = BackupName(now.replace(microsecond=0), kind, database.stem, schema_version,
                          serial)
        path = folder / name.file_name()
        if not path.exists() and not path.with_name(path.name + ".partial").exists():
            return path
        serial = serial + 1 if serial else 2


def take_backup(database: Path, kind: BackupKind = BackupKind.AUTO,
                now: dt.datetime | None = None, key: str | None = None) -> Backup:
    """Write a backup of *database* now, also while the app has it open (encrypted with
    *key* when the database is)."""
    started = time.time()
    now = now or dt.datetime.now()
    target = _free_name(database, kind, now)
    backup_file(database, target, key)
    # The file's time is the moment its snapshot began: what was written later is newer.
    os.utime(target, (started, started))
    return Backup(target, parse_name(target.name), target.stat().st_size)  # type: ignore[arg-type]


def changed_since(database: Path, backup: Backup) -> bool:
    """Has *database* (or its write-ahead log) been written since *backup* began?"""
    try:
        began = backup.path.stat().st_mtime
    except OSError:
        return True
    for suffix in ("", "-wal"):
        path = database.with_name(database.name + suffix)
        if path.exists() and path.stat().st_mtime >= began:
            return True
    return False


def backup_if_changed(database: Path, now: dt.datetime | None = None,
                      key: str | None = None) -> Backup | None:
    """The automatic backup: taken unless nothing changed since the newest one. Rotates."""
    now = now or dt.datetime.now()
    newest = next((b for b in list_backups(database) if b.kind is BackupKind.AUTO), None)
    if newest is not None and not changed_since(database, newest):
        rotate(database, now)
        return None
    backup = take_backup(database, BackupKind.AUTO, now, key)
    rotate(database, now)
    return backup


def rotate(database: Path, now: dt.datetime | None = None) -> list[Path]:
    """Delete the backups the rotation no longer keeps; the paths deleted."""
    now = now or dt.datetime.now()
    backups = list_backups(database)
    if backups and now < max(b.taken for b in backups):
        return []  # the clock is behind the newest backup: trust no age computed from it
    keep = to_keep((b.name for b in backups), now)
    removed = []
    for backup in backups:
        if backup.name not in keep:
            backup.path.unlink(missing_ok=True)
            backup.path.with_name(backup.path.name + "-wal").unlink(missing_ok=True)
            removed.append(backup.path)
    return removed


def check_backup(path: Path, key: str | None = None) -> StorageError | None:
    """Can *path* be restored? None when it is a whole PLF Desktop file this app can read
    (with *key*, when it is encrypted)."""
    report = inspect_file(path, key=key)
    if not report.exists:
        return StorageError(QT_TRANSLATE_NOOP("Errors", "There is no database at {path}."),
                            path=str(path))
    if report.problem is None and report.schema_version == 0:
        return StorageError(QT_TRANSLATE_NOOP(
            "Errors", "{path} is not a PLF Desktop database (it is not an SQLite file)."),
            path=str(path))
    return report.problem


def newest_good_backup(database: Path, key: str | None = None) -> Backup | None:
    """The newest backup that passes the integrity check and this app can open."""
    for backup in list_backups(database):
        if backup.kind in (BackupKind.DAMAGED, BackupKind.SET_ASIDE):
            continue
        if check_backup(backup.path, key) is None:
            return backup
    return None


def set_aside(database: Path, kind: BackupKind = BackupKind.SET_ASIDE,
              now: dt.datetime | None = None) -> Path | None:
    """Move *database* and its write-ahead log into the backups folder, byte for byte.

    The main file moves first and the log after it; if the log cannot follow, the main file
    is moved back, so committed changes in the log are never cut off from their file. The
    caller must hold no connection to it. None when there was no file to move.
    """
    if not database.exists():
        return None
    target = _free_name(database, kind, now or dt.datetime.now())
    wal = database.with_name(database.name + "-wal")
    with storage_errors():
        target.parent.mkdir(parents=True, exist_ok=True)
        replace_file(database, target)
        try:
            if wal.exists() and wal.stat().st_size > 0:
                replace_file(wal, target.with_name(target.name + "-wal"))
        except BaseException:
            replace_file(target, database)
            raise
        for suffix in SIDE_FILES:
            database.with_name(database.name + suffix).unlink(missing_ok=True)
    return target


def _put_back(aside: Path, database: Path) -> None:
    """Undo :func:`set_aside`."""
    wal = aside.with_name(aside.name + "-wal")
    if wal.exists():
        replace_file(wal, database.with_name(database.name + "-wal"))
    replace_file(aside, database)


def is_encrypted(database: Path) -> bool:
    """Is the file at *database* protected by a password (without opening it)?"""
    report = inspect_file(database, check=False)
    return report.encrypted


def restore(database: Path, source: Path, now: dt.datetime | None = None,
            key: str | None = None, aside_kind: BackupKind = BackupKind.SET_ASIDE,
            ) -> Path | None:
    """Put the backup *source* in place of *database*; the set-aside old file, if any.

    Refuses, changing nothing, when the backup is damaged, foreign or too new, when the
    database is open in PLF Desktop, or when the database is protected by a password and
    *key* is not given (a restore must not quietly remove the protection). The copy is made
    (and, for a protected database, encrypted) beside the database first and only then
    renamed into place; any failure puts the old file back. The restored file is upgraded on
    its next opening. *aside_kind* names the old file (``DAMAGED`` for a damaged one).
    """
    problem = check_backup(source, key)
    if problem is not None:
        raise problem
    if source.resolve() == database.resolve():
        raise StorageError(QT_TRANSLATE_NOOP(
            "Errors", "The backup cannot overwrite the database itself."))
    if key is None and database.exists() and is_encrypted(database):
        raise cipher.password_required(database)
    lock = DatabaseLock(database)
    lock.acquire()
    staging = database.with_name(database.name + ".restoring")
    try:
        staging.unlink(missing_ok=True)
        backup_file(source, staging, key)
        with storage_errors():
            if key:
                report = inspect_file(staging, check=False, key=key)
                if not report.encrypted:
                    cipher.rewrite(staging, None, key, report.schema_version)
            aside = set_aside(database, aside_kind, now)
            try:
                replace_file(staging, database)
            except BaseException:
                if aside is not None:
                    _put_back(aside, database)
                raise
    finally:
        staging.unlink(missing_ok=True)
        lock.release()
    return aside


def leftovers(database: Path) -> list[Path]:
    """Half-written copies a failed backup, restore or rewrite may have left behind."""
    folders = {database.parent, backups_dir(database)}
    found = []
    for folder in folders:
        if folder.is_dir():
            found += [p for pattern in ("*.partial", "*.rekey", "*.restoring")
                      for p in folder.glob(pattern) if p.name.startswith(database.stem)]
    return found


def rekey(database: Path, old_key: str | None, new_key: str | None) -> list[Path]:
    """Set, change or remove the password of the closed *database* and of its backups.

    The database is checked with *old_key* first, so a wrong password changes nothing; once
    it is rewritten, the change has happened, whatever happens to the backups. A backup that
    cannot be opened with *old_key* or rewritten (a damaged file set aside, a full disk) is
    left as it was and returned, so the user can be told which files are still as before.
    Half-written copies from earlier failures are deleted.
    """
    report = inspect_file(database, key=old_key)
    if report.problem is not None:
        raise report.problem
    with storage_errors():
        cipher.rewrite(database, old_key if report.encrypted else None, new_key,
                       report.schema_version)
    for stale in leftovers(database):
        stale.unlink(missing_ok=True)
    left = []
    for backup in list_backups(database):
        try:
            found = inspect_file(backup.path, key=old_key)
            if found.problem is not None:
                left.append(backup.path)
                continue
            with storage_errors():
                cipher.rewrite(backup.path, old_key if found.encrypted else None, new_key,
                               found.schema_version)
        except StorageError:
            left.append(backup.path)
    return left


def encrypt_plain_backups(database: Path, key: str) -> list[Path]:
    """Encrypt backups of a protected *database* that are still plain (a password change
    that stopped halfway); the ones encrypted now."""
    done = []
    for backup in list_backups(database):
        report = inspect_file(backup.path, check=False)
        if report.problem is None and report.exists and not report.encrypted:
            with storage_errors():
                cipher.rewrite(backup.path, None, key, report.schema_version)
            done.append(backup.path)
    return done
