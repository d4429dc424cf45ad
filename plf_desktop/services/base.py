"""What every service shares: the database and one transaction per use case."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from plf_desktop.storage.connection import Database
from plf_desktop.storage.database import storage_errors


class Service:
    """Base of the services: ``with self.transaction():`` makes a use case all-or-nothing."""

    def __init__(self, db: Database) -> None:
        self.db = db

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """One atomic write; disk-full and read-only failures become a clear StorageError."""
        with storage_errors(), self.db.atomic():
            yield
