"""The trash (*papirkurven*): what was deleted, brought back, or deleted for good – by hand
or automatically after the number of days chosen in the settings."""

from __future__ import annotations

import datetime as dt

from plf_desktop.domain.records import TrashEntry
from plf_desktop.services.base import Service
from plf_desktop.storage.connection import Database
from plf_desktop.storage.trash_repo import TrashRepository

DEFAULT_DAYS = 30


class TrashService(Service):
    """Use cases of the trash view."""

    def __init__(self, db: Database) -> None:
        super().__init__(db)
        self.repo = TrashRepository(db)

    def entries(self) -> list[TrashEntry]:
        """Everything in the trash, most recently deleted first."""
        return self.repo.entries()

    def restore(self, entry: TrashEntry) -> None:
        """Bring a record back where it was."""
        with self.transaction():
            self.repo.restore(entry.kind, entry.id)

    def purge(self, entry: TrashEntry) -> None:
        """Delete one record for good."""
        with self.transaction():
            self.repo.purge(entry.kind, entry.id)
        self.db.checkpoint()  # no copy of it left in the write-ahead log

    def empty(self) -> int:
        """Delete everything in the trash for good; how many records went."""
        return self._purge_older_than("9999")

    def empty_older_than(self, days: int, now: dt.datetime | None = None) -> int:
        """Delete for good what has been in the trash more than *days* days."""
        now = now or dt.datetime.now(dt.UTC)
        return self._purge_older_than((now - dt.timedelta(days=days)).isoformat(
            timespec="seconds"))

    def _purge_older_than(self, cutoff: str) -> int:
        with self.transaction():
            count = self.repo.purge_older_than(cutoff)
        if count:
            self.db.checkpoint()
        return count
