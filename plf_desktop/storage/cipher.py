"""Encryption at rest with SQLCipher 4, for a database protected by a password.

A plain file is opened with Python's own ``sqlite3`` as always; only a file protected by a
password goes through ``sqlcipher3`` (SQLite with SQLCipher, wheels for Windows, macOS and
Linux x86-64), so the everyday path gains nothing and loses nothing. The password is never
stored: the user types it at start; the command line reads ``PLF_DESKTOP_PASSWORD``.

Setting, changing and removing the password rewrite the file with ``sqlcipher_export`` into
a new file beside it, check that file with the new password, and only then put it in place:
a failure midway leaves the old file as it was. The backups are rewritten the same way, so
an encrypted database never leaves a readable copy behind in its backups folder.
"""

from __future__ import annotations

import contextlib
import sqlite3
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

from plf_desktop.domain.errors import QT_TRANSLATE_NOOP, StorageError
from plf_desktop.storage.filesystem import replace_file

SQLITE_HEADER = b"SQLite format 3\x00"
PASSWORD_ENV = "PLF_DESKTOP_PASSWORD"
MIN_PASSWORD = 8


class PasswordRequired(StorageError):
    """The file is protected by a password (or is not a database at all)."""


class WrongPassword(StorageError):
    """The password given does not open the file."""


def driver() -> ModuleType | None:
    """``sqlcipher3.dbapi2``, or None where its wheel is not installed."""
    module = sys.modules.get("sqlcipher3.dbapi2")
    if module is None:
        try:
            import sqlcipher3.dbapi2 as module
        except ImportError:
            return None
        # SQLCipher writes its own lines to stderr on a wrong key: the CLI promises one.
        probe = module.connect(":memory:")
        probe.execute("PRAGMA cipher_log_level = NONE")
        probe.close()
    return module


def available() -> bool:
    """Can this installation protect a database with a password?"""
    return driver() is not None


def database_errors() -> tuple[type[BaseException], ...]:
    """The exception classes of a damaged or unreadable file, from either driver."""
    module = sys.modules.get("sqlcipher3.dbapi2")
    return (sqlite3.DatabaseError,) + ((module.DatabaseError,) if module else ())


def operational_errors() -> tuple[type[BaseException], ...]:
    """The exception classes of a full disk, a read-only folder or a busy file."""
    module = sys.modules.get("sqlcipher3.dbapi2")
    return (sqlite3.OperationalError,) + ((module.OperationalError,) if module else ())


def looks_encrypted(path: Path, header: bytes) -> bool:
    """Could *path* be an SQLCipher file? Its header is random bytes, its size whole pages."""
    size = path.stat().st_size
    return header[:len(SQLITE_HEADER)] != SQLITE_HEADER and size >= 1024 and size % 1024 == 0


def _quote(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _unavailable() -> StorageError:
    return StorageError(QT_TRANSLATE_NOOP(
        "Errors", "This installation of PLF Desktop cannot open password-protected databases "
        "(SQLCipher is missing)."))


def connect(target: str | Path, key: str, *, uri: bool = False, **options: Any) -> Any:
    """A connection to an encrypted file (or a new one) with *key*; checked at once, so a
    wrong password fails here as :class:`WrongPassword`."""
    module = driver()
    if module is None:
        raise _unavailable()
    conn = module.connect(str(target), uri=uri, **options)
    try:
        conn.execute(f"PRAGMA key = {_quote(key)}")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except module.DatabaseError:
        conn.close()
        from urllib.parse import unquote, urlparse  # only for this message (start-up time)

        raise WrongPassword(QT_TRANSLATE_NOOP(
            "Errors", "The password does not open {path} (or the file is not a PLF Desktop "
            "database)."), path=unquote(urlparse(str(target)).path) if uri else str(target),
        ) from None
    return conn


def password_required(path: Path) -> PasswordRequired:
    """The message for a protected file opened without a password."""
    return PasswordRequired(QT_TRANSLATE_NOOP(
        "Errors", "The database {path} is protected by a password."), path=str(path))


def check_password(password: str) -> None:
    """A new password must be long enough to mean something."""
    from plf_desktop.domain.errors import ValidationError

    if len(password) < MIN_PASSWORD:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "The password must have at least {count} characters."),
            field="password", count=MIN_PASSWORD)


def rewrite(path: Path, old_key: str | None, new_key: str | None, user_version: int) -> None:
    """Rewrite the closed file *path* from *old_key* to *new_key* (None: no password).

    The new file is written and checked beside the old one, then renamed into its place.
    """
    module = driver()
    if module is None:
        raise _unavailable()
    partial = path.with_name(path.name + ".rekey")
    partial.unlink(missing_ok=True)
    try:
        source = connect(path, old_key) if old_key else module.connect(str(path))
        try:
            source.execute("ATTACH DATABASE ? AS target KEY ?", (str(partial), new_key or ""))
            source.execute("SELECT sqlcipher_export('target')")
            source.execute(f"PRAGMA target.user_version = {int(user_version)}")
            source.execute("DETACH DATABASE target")
        finally:
            source.close()
        with _opened(partial, new_key) as check:
            if [r[0] for r in check.execute("PRAGMA quick_check")] != ["ok"]:
                raise StorageError(QT_TRANSLATE_NOOP(
                    "Errors", "The database could not be rewritten; it was not changed."))
    except BaseException:
        partial.unlink(missing_ok=True)  # half a copy, perhaps readable: never left behind
        raise
    for suffix in ("-wal", "-shm"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)
    replace_file(partial, path)


@contextlib.contextmanager
def _opened(path: Path, key: str | None) -> Iterator[Any]:
    conn = connect(path, key) if key else sqlite3.connect(path)
    try:
        yield conn
    finally:
        conn.close()
