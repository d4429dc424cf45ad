"""Reading a file's every page for damage: ``PRAGMA quick_check``, on its own connection.

A module of its own, importing only ``sqlite3`` and the cipher, so that the app can start the
check of a large file before it imports anything heavier (the rest of the storage layer, the
record types, Qt): the check's fifth of a second then runs on the second core while all of
that loads, instead of after it.
"""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

from plf_desktop.domain.errors import QT_TRANSLATE_NOOP, DamagedFileError, StorageError
from plf_desktop.storage import cipher

QUICK_CHECK_CACHE_PAGES = 32
"""The page cache of a connection that runs ``quick_check``. The check reads every page once,
so SQLite's default 2 MB cache only moves memory around; a small one stays in the CPU's
cache and checks a large file about 5 % faster (benchmarks/README.md)."""


def read_only_connection(path: Path, key: str | None = None) -> sqlite3.Connection:
    """A connection that cannot write to *path*, and leaves no side files when it can help it.

    With no ``-wal`` file beside the database no one has it open for writing, so SQLite may
    treat it as immutable and skip creating ``-wal``/``-shm`` files next to a file it refuses.
    While the app runs, the ``-wal`` file exists and an ordinary read-only connection sees
    the newest saved changes.
    """
    wal = path.with_name(path.name + "-wal")
    mode = "?mode=ro" if wal.exists() else "?mode=ro&immutable=1"
    if key:
        return cipher.connect(path.resolve().as_uri() + mode, key, uri=True,
                              check_same_thread=False)
    return sqlite3.connect(path.resolve().as_uri() + mode, uri=True)


def check_pages(conn: sqlite3.Connection, *, full: bool = False) -> list[tuple[str]]:
    """Read every page of *conn*'s file: ``[("ok",)]``, or the problems SQLite found.

    *full* also compares every index with its table (``integrity_check``), which looks rows
    up and keeps the default cache."""
    if full:
        return conn.execute("PRAGMA integrity_check").fetchall()
    conn.execute(f"PRAGMA cache_size = {QUICK_CHECK_CACHE_PAGES}")
    return conn.execute("PRAGMA quick_check").fetchall()


_RUNNING = "SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3"
"""A statement left running (one row of three read) while the check runs (see ``_run``)."""


def file_state(path: Path) -> tuple[int, int, int, bool] | None:
    """What changes when a program writes *path* or puts another file in its place: its
    inode, size and time of change, and whether a ``-wal`` file lies beside it."""
    try:
        stat = path.stat()
    except OSError:
        return None
    return (stat.st_ino, stat.st_size, stat.st_mtime_ns,
            path.with_name(path.name + "-wal").exists())


def damaged(path: Path, reason: str) -> DamagedFileError:
    """The message for a file whose pages are broken."""
    return DamagedFileError(QT_TRANSLATE_NOOP(
        "Errors", "The database {path} is damaged and cannot be opened ({reason})."),
        path=str(path), reason=reason)


class IntegrityCheck:
    """``PRAGMA quick_check`` of a file on its own read-only connection, in a thread.

    Reading every page of a large file takes a noticeable part of a second; the window is
    built meanwhile, and every write waits for the verdict (``Database.write_gate``), so a
    damaged file is still never written to. A check nobody will ask (the file turned out to
    need the full check before opening) is cancelled, so it does not slow that one down.
    """

    def __init__(self, path: Path, key: str | None = None) -> None:
        self.path = path
        self.key = key
        self.state = file_state(path)
        """The file as the check found it: opening compares it once the file is locked, since
        a check started before that may have read a file another program was writing."""
        self._problem: StorageError | None = None
        self._conn: sqlite3.Connection | None = None
        self._lock = threading.Lock()
        """Guards the connection between the check's thread and :meth:`cancel`."""
        self.cancelled = False
        """Cancelled: nobody asks its verdict (it may have stopped half-way)."""
        self._thread = threading.Thread(target=self._run, name="plf-integrity-check",
                                        daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            conn = read_only_connection(self.path, self.key)
            try:
                # SQLite honours an interrupt only while a statement runs: one that comes
                # between two statements is forgotten. This one runs until the check ends,
                # so a cancel arriving just before quick_check starts still stops it.
                running = conn.execute(_RUNNING)
                running.fetchone()
                with self._lock:
                    if self.cancelled:
                        return
                    self._conn = conn
                rows = check_pages(conn)
                running.close()
            finally:
                with self._lock:
                    self._conn = None
                    conn.close()
        except StorageError as exc:  # a wrong password (opening reports it before this)
            self._problem = exc
            return
        except cipher.database_errors() as exc:
            self._problem = damaged(self.path, str(exc))
            return
        if [r[0] for r in rows] != ["ok"]:
            self._problem = damaged(self.path, "; ".join(str(r[0]) for r in rows[:3]))

    def cancel(self) -> None:
        """Stop a check whose verdict will not be asked for (best effort, does not wait):
        SQLite interrupts the running ``quick_check``."""
        with self._lock:  # the connection is open while the lock shows it
            self.cancelled = True
            if self._conn is not None:
                self._conn.interrupt()

    def done(self) -> bool:
        """Has the verdict come?"""
        return not self._thread.is_alive()

    def verdict(self) -> StorageError | None:
        """Wait for the check; the problem, or None when the file is whole."""
        if self.cancelled:  # an interrupted check would report damage that is not there
            raise RuntimeError("the verdict of a cancelled page check was asked for")
        self._thread.join()
        return self._problem

    def require_whole(self) -> None:
        """The write gate: wait, and refuse to write to a damaged file."""
        problem = self.verdict()
        if problem is not None:
            raise problem
