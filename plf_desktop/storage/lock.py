"""A lock file beside the database so only one PLF Desktop writes to a file at a time.

The operating system releases the lock when the process dies, so a crash never leaves a
stale lock behind (unlike a lock that is only a file's existence).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import IO

from plf_desktop.domain.errors import QT_TRANSLATE_NOOP, StorageError


class DatabaseLock:
    """An exclusive, process-owned lock on ``<database>.lock``."""

    def __init__(self, database: Path) -> None:
        self.path = database.with_name(database.name + ".lock")
        self._handle: IO[str] | None = None

    def acquire(self) -> None:
        """Take the lock or raise StorageError when another instance holds it."""
        try:
            handle = open(self.path, "a+", encoding="utf-8")  # noqa: SIM115 - held for the app's life
        except PermissionError:
            raise StorageError(QT_TRANSLATE_NOOP(
                "Errors", "The folder {path} is read-only for you. Choose a folder you can "
                "write to; nothing already saved is lost."), path=str(self.path.parent),
            ) from None
        except OSError as exc:
            raise StorageError(QT_TRANSLATE_NOOP(
                "Errors", "The database {path} cannot be opened: {reason}"),
                path=str(self.path.with_suffix("")), reason=exc.strerror or str(exc)) from None
        try:
            if sys.platform == "win32":
                import msvcrt

                handle.seek(0)
                msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
            else:
                import fcntl

                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            handle.close()
            raise StorageError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The database {path} is already open in another PLF Desktop window. "
                    "Close that window first.",
                ),
                path=str(self.path.with_suffix("")),
            ) from None
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()))
        handle.flush()
        self._handle = handle

    def release(self) -> None:
        """Give the lock back (closing the handle releases it on every platform)."""
        if self._handle is not None:
            self._handle.close()
            self._handle = None
