"""Opening the one SQLite file safely: inspect it read-only, lock it, back it up, migrate it.

The order matters for data safety. A file is first looked at through a read-only connection
(header, schema version, quick integrity check), so a corrupt, foreign or newer file is refused
before a single byte of it changes. Only then is it locked, backed up if a migration is due,
switched to WAL and migrated.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

from plf_desktop.domain.backups import BackupKind, BackupName
from plf_desktop.domain.errors import QT_TRANSLATE_NOOP, DamagedFileError, StorageError
from plf_desktop.storage import cipher, filesystem
from plf_desktop.storage.connection import Database
from plf_desktop.storage.lock import DatabaseLock
from plf_desktop.storage.page_check import (
    IntegrityCheck,
    check_pages,
    damaged,
    file_state,
    read_only_connection,
)
from plf_desktop.storage.schema import SCHEMA_VERSION

SQLITE_HEADER = cipher.SQLITE_HEADER
BUSY_TIMEOUT_MS = 5000


class FileReport(NamedTuple):
    """What a read-only look at a database file found."""

    exists: bool
    schema_version: int = 0
    problem: StorageError | None = None
    wal: bool = False
    encrypted: bool = False

    @property
    def ok(self) -> bool:
        """True when the file can be opened by this version of the app."""
        return self.problem is None


def inspect_file(path: Path, *, full_check: bool = False, check: bool = True,
                 key: str | None = None) -> FileReport:
    """Look at *path* without writing to it: is it ours, readable, whole and not too new?

    Without *check* the pages are not read through (no ``quick_check``): the header, schema
    version and tables only, for a start-up that checks the pages alongside (see
    :class:`IntegrityCheck`). A file protected by a password is opened with *key*; without
    one it is reported as :class:`~plf_desktop.storage.cipher.PasswordRequired`.
    """
    if not path.exists() or path.stat().st_size == 0:
        return FileReport(exists=path.exists())
    if path.is_dir():
        return FileReport(True, problem=StorageError(
            QT_TRANSLATE_NOOP("Errors", "{path} is a folder, not a database file."),
            path=str(path)))
    try:
        with open(path, "rb") as handle:
            first = handle.read(20)
        header = first[:len(SQLITE_HEADER)]
    except OSError as exc:
        return FileReport(True, problem=StorageError(
            QT_TRANSLATE_NOOP("Errors", "The database {path} cannot be read: {reason}"),
            path=str(path), reason=exc.strerror or str(exc)))
    encrypted = header != SQLITE_HEADER and cipher.looks_encrypted(path, header)
    if encrypted and not key:
        return FileReport(True, problem=cipher.password_required(path), encrypted=True)
    if header != SQLITE_HEADER and not encrypted:
        return FileReport(True, problem=StorageError(
            QT_TRANSLATE_NOOP(
                "Errors", "{path} is not a PLF Desktop database (it is not an SQLite file)."),
            path=str(path)))
    try:
        conn = read_only_connection(path, key if encrypted else None)
        try:
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            wal = (conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal" if encrypted
                   # Header bytes 18 and 19 are 2 in WAL mode (SQLite's file format, §1.3.3).
                   else first[18:20] == b"\x02\x02")
            rows = check_pages(conn, full=full_check) if check else [("ok",)]
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        finally:
            conn.close()
    except cipher.WrongPassword as exc:
        return FileReport(True, problem=exc, encrypted=True)
    except cipher.database_errors() as exc:
        return FileReport(True, problem=damaged(path, str(exc)), encrypted=encrypted)
    if [r[0] for r in rows] != ["ok"]:
        return FileReport(True, version, damaged(path, "; ".join(str(r[0]) for r in rows[:3])))
    if version > SCHEMA_VERSION:
        return FileReport(True, version, StorageError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The database {path} was written by a newer PLF Desktop (schema {found}, this "
                "version knows {known}). Update PLF Desktop; the file was not changed."),
            path=str(path), found=version, known=SCHEMA_VERSION))
    if tables and "_sqlite_migrations" not in tables:
        return FileReport(True, version, StorageError(
            QT_TRANSLATE_NOOP(
                "Errors", "{path} is an SQLite file from another program, not PLF Desktop."),
            path=str(path)))
    return FileReport(True, version, wal=wal, encrypted=encrypted)


def configure(db: Database) -> None:
    """The pragmas every connection gets (design.md: foreign keys, WAL, full sync, timeout).

    ``secure_delete`` has SQLite overwrite what is deleted or replaced with zeros instead of
    leaving it readable in free pages: deleting for good, erasing a person and masking a CPR
    number must leave no trace in the file. (Debian's SQLite does it by default, SQLCipher's
    and python.org's builds do not.)
    """
    db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    db.execute("PRAGMA foreign_keys = ON")
    db.execute("PRAGMA synchronous = FULL")
    db.execute("PRAGMA secure_delete = ON")


def backup_to(source: sqlite3.Connection, target: Path, key: str | None = None) -> Path:
    """Write a consistent copy of *source* to *target* with the SQLite backup API.

    The copy is written beside the target and renamed into place, so a failed backup never
    leaves half a file where a good one was. The copy of an encrypted file (*key*) is
    encrypted with the same password.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    try:
        dest = cipher.connect(partial, key) if key else sqlite3.connect(partial)
        try:
            source.backup(dest)
            dest.execute("PRAGMA journal_mode = DELETE")
        finally:
            dest.close()
        filesystem.replace_file(partial, target)
    except BaseException:
        partial.unlink(missing_ok=True)  # half a copy is no copy (and may be readable)
        raise
    return target


def backup_file(path: Path, target: Path, key: str | None = None) -> Path:
    """Back up the database at *path* to *target*, also while the app has it open."""
    report = inspect_file(path, key=key)
    if not report.exists:
        raise StorageError(QT_TRANSLATE_NOOP("Errors", "There is no database at {path}."),
                           path=str(path))
    if report.problem:
        raise report.problem
    if target.resolve() == path.resolve():
        raise StorageError(
            QT_TRANSLATE_NOOP("Errors", "The backup cannot overwrite the database itself."))
    key = key if report.encrypted else None
    conn = read_only_connection(path, key)
    try:
        with storage_errors():
            return backup_to(conn, target, key)
    finally:
        conn.close()


@contextlib.contextmanager
def storage_errors() -> Iterator[None]:
    """Turn the operating system's and SQLite's failures into one clear StorageError."""
    try:
        yield
    except cipher.operational_errors() as exc:
        text = str(exc).lower()
        if "disk is full" in text or "disk i/o" in text:
            raise StorageError(QT_TRANSLATE_NOOP(
                "Errors", "The disk is full. Free some space; nothing already saved is lost."),
            ) from exc
        if "readonly" in text or "read-only" in text:
            raise StorageError(QT_TRANSLATE_NOOP(
                "Errors", "The database is read-only here. Choose a folder you can write to."),
            ) from exc
        if "locked" in text or "busy" in text:
            raise StorageError(QT_TRANSLATE_NOOP(
                "Errors", "The database is busy in another program. Try again in a moment."),
            ) from exc
        raise StorageError(QT_TRANSLATE_NOOP("Errors", "The database failed: {reason}"),
                           reason=str(exc)) from exc
    except OSError as exc:
        if getattr(exc, "errno", None) == 28:
            raise StorageError(QT_TRANSLATE_NOOP(
                "Errors", "The disk is full. Free some space; nothing already saved is lost."),
            ) from exc
        raise StorageError(QT_TRANSLATE_NOOP("Errors", "The file cannot be written: {reason}"),
                           reason=exc.strerror or str(exc)) from exc


class Storage:
    """An open, locked and migrated database. Close it to release the lock."""

    def __init__(self, path: Path, db: Database, lock: DatabaseLock | None,
                 migration_backup: Path | None = None,
                 integrity: IntegrityCheck | None = None, key: str | None = None) -> None:
        self.path = path
        self.key = key
        """The password of an encrypted file (None for a plain one), for its backups."""
        self.db = db
        self._lock = lock
        self.migration_backup = migration_backup
        self.integrity = integrity

    @staticmethod
    def is_read_failure(error: BaseException) -> bool:
        """Is *error* SQLite failing to read the file (a damaged page)? The window asks, so
        it need not know sqlite3."""
        return isinstance(error, cipher.database_errors())

    def read_failure(self, error: BaseException) -> DamagedFileError:
        """The message for a damaged page met while reading (see :meth:`is_read_failure`)."""
        return damaged(self.path, str(error))

    def problem(self) -> StorageError | None:
        """Wait for a running integrity check; its problem, or None for a whole file."""
        return self.integrity.verdict() if self.integrity else None

    @property
    def read_only(self) -> bool:
        """True for the CLI's read-only views of a file another instance may be writing."""
        return self._lock is None

    def close(self) -> None:
        """Checkpoint and close the file, then release the lock."""
        try:
            with contextlib.suppress(*cipher.database_errors()):
                if not self.read_only and self.problem() is None:
                    self.db.checkpoint()
        finally:
            with contextlib.suppress(*cipher.database_errors()):
                self.db.close()
        if self._lock:
            self._lock.release()
            self._lock = None


def open_storage(path: Path, *, read_only: bool = False, check: bool = True,
                 check_alongside: bool | IntegrityCheck = False,
                 key: str | None = None) -> Storage:
    """Open *path* for the app (locked, migrated) or, with *read_only*, for looking only.

    Raises StorageError, leaving the file untouched, when it is damaged, foreign, too new or
    already open for writing elsewhere. With *check_alongside* (the window's start), a file
    that needs no migration has its pages checked in a thread while the caller goes on; every
    write waits for that verdict (:attr:`Storage.integrity`). The caller may have started
    that check itself, earlier (*check_alongside* is then the running check): it is used, or
    cancelled when the file must be checked before it opens, or fails to. A file protected
    by a password needs *key* (:class:`~plf_desktop.storage.cipher.PasswordRequired` without
    it).
    """
    started = check_alongside if isinstance(check_alongside, IntegrityCheck) else None
    try:
        if not read_only:
            refuse_network_drive(path)
        if check and check_alongside:
            report = inspect_file(path, check=False, key=key)
            if report.problem is None and report.wal \
                    and report.schema_version == SCHEMA_VERSION and not read_only:
                key = key if report.encrypted else None
                if started is not None and (started.path, started.key) != (path, key):
                    started.cancel()  # started for another file, or with a key it has no use for
                    started = None
                handed, started = started, None
                return _open_checking_alongside(path, report, key, handed)
    finally:
        if started is not None:
            started.cancel()
    report = (inspect_file(path, key=key) if check
              else FileReport(path.exists() and path.stat().st_size > 0))
    if report.problem:
        raise report.problem
    key = key if report.encrypted else None
    if read_only:
        if not report.exists:
            raise StorageError(QT_TRANSLATE_NOOP("Errors", "There is no database at {path}."),
                               path=str(path))
        if report.schema_version < SCHEMA_VERSION:
            raise StorageError(QT_TRANSLATE_NOOP(
                "Errors", "The database {path} must be upgraded: start PLF Desktop on it once."),
                path=str(path))
        conn = read_only_connection(path, key)
        db = Database(conn)
        db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        return Storage(path, db, None, key=key)
    with storage_errors():
        path.parent.mkdir(parents=True, exist_ok=True)
    lock = DatabaseLock(path)
    lock.acquire()
    try:
        with storage_errors():
            return _open_for_writing(path, report, lock, key)
    except BaseException:
        lock.release()
        raise


def refuse_network_drive(path: Path) -> None:
    """Never write to a file on a network drive (see :mod:`plf_desktop.storage.filesystem`)."""
    kind = filesystem.network_kind(path)
    if kind:
        raise StorageError(QT_TRANSLATE_NOOP(
            "Errors", "The database {path} lies on a network drive ({kind}). PLF Desktop does "
            "not write to it there, because a network drive cannot lock the file safely. Copy "
            "it to this computer's own disk and open the copy."), path=str(path), kind=kind)


def _open_checking_alongside(path: Path, report: FileReport, key: str | None,
                             started: IntegrityCheck | None) -> Storage:
    """A current file in WAL mode: open it at once and let its pages be checked meanwhile
    (by *started*, when the caller already began and the file has not changed since: until
    the lock is ours, another program may write to it while the check reads).

    Nothing here writes to the file itself (WAL mode and the schema are already as they must
    be), so a damaged file stays byte-for-byte as it was.
    """
    integrity = started
    lock = DatabaseLock(path)
    try:
        lock.acquire()
        try:
            if integrity is not None and integrity.state != file_state(path):
                integrity.cancel()  # written or replaced before the lock was ours: look again
                integrity = None
            integrity = integrity or IntegrityCheck(path, key)
            with storage_errors():
                storage = _open_for_writing(path, report, lock, key)
        except BaseException:
            lock.release()
            raise
    except BaseException:
        if integrity is not None:
            integrity.cancel()
        raise
    storage.integrity = integrity
    storage.db.write_gate = integrity.require_whole
    return storage


def _open_for_writing(path: Path, report: FileReport, lock: DatabaseLock,
                      key: str | None = None) -> Storage:
    conn = (cipher.connect(path, key, check_same_thread=False) if key
            else sqlite3.connect(path, check_same_thread=False))
    db = Database(conn)
    configure(db)
    backup = None
    if report.exists and report.schema_version < SCHEMA_VERSION:
        name = BackupName(dt.datetime.now().replace(microsecond=0), BackupKind.BEFORE_SCHEMA,
                          path.stem, SCHEMA_VERSION)
        backup = backup_to(conn, path.parent / "backups" / name.file_name(), key)
    migrate(db)
    return Storage(path, db, lock, backup, key=key)


def migrate(db: Database) -> None:
    """Apply pending migrations with foreign keys off, check them, and stamp ``user_version``.

    A file whose ``user_version`` is this app's schema version has nothing pending (it is
    stamped only after its migrations succeeded), so sqlite-utils is not even imported.
    """
    db.execute("PRAGMA journal_mode = WAL")
    if db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION:
        return
    from plf_desktop.storage.migrations import migrations

    if migrations.pending(db.utils):
        db.execute("PRAGMA foreign_keys = OFF")
        try:
            migrations.apply(db.utils)
            problems = db.execute("PRAGMA foreign_key_check").fetchall()
            if problems:
                raise StorageError(QT_TRANSLATE_NOOP(
                    "Errors", "The upgrade left broken references ({count}); it was stopped."),
                    count=len(problems))
        finally:
            db.execute("PRAGMA foreign_keys = ON")
    if db.execute("PRAGMA user_version").fetchone()[0] != SCHEMA_VERSION:
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
