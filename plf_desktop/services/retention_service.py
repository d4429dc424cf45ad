"""Retention: each record's deletion date, the user's choice of another one, what is due,
and deleting it for good (GDPR's storage limitation; the rule is domain/retention.py).

The number of months after the school year comes from the caller (the UI keeps it in the
settings), so this service never reads preferences and a test can pass any number.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from plf_desktop.domain.errors import QT_TRANSLATE_NOOP, NotFoundError
from plf_desktop.domain.retention import (
    DEFAULT_MONTHS,
    DueList,
    Retention,
    due_before,
)
from plf_desktop.services.base import Service
from plf_desktop.storage.connection import Database
from plf_desktop.storage.retention_repo import RetentionRepository

SHOWN = 8
"""Due records Overblik lists; the rest are counted (and deleted with them)."""
PROGRESS_EVERY = 100


class RetentionService(Service):
    """Deletion dates of courses, collaborations, observations, conversations and meetings."""

    def __init__(self, db: Database) -> None:
        super().__init__(db)
        self.repo = RetentionRepository(db)

    def retention(self, kind: str, record_id: str, months: int = DEFAULT_MONTHS) -> Retention:
        """One record's deletion date and why, or NotFoundError."""
        facts = self.repo.facts(kind, record_id)
        if facts is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "There is no such record."))
        return facts.retention(months)

    def set_deletion_date(self, kind: str, record_id: str, day: dt.date | None) -> None:
        """Delete the record on *day* instead of its default date (None: the default again).
        An earlier day is allowed: it makes the record due at once."""
        if self.repo.facts(kind, record_id) is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "There is no such record."))
        with self.transaction():
            self.repo.set_override(kind, record_id, day)

    def due(self, today: dt.date, months: int = DEFAULT_MONTHS, shown: int = SHOWN) -> DueList:
        """The records due on *today*: the *shown* oldest, and how many there are in all.

        The first few come from each table's date index and only they are sorted, so
        Overblik stays fast when years of records are due at once; the count is a second
        query."""
        keys, total = self.repo.first_due(due_before(today, months), today, shown)
        records = [facts.due_record(months) for key in keys
                   if (facts := self.repo.facts(key.kind, key.id)) is not None]
        return DueList(tuple(records), total)

    def delete_due(self, today: dt.date, months: int = DEFAULT_MONTHS,
                   progress: Callable[[int, int], None] | None = None) -> int:
        """Delete for good, in one transaction, every record due on *today* (with its
        agreements, notes and search entries, as emptying the trash would); how many went.
        The file keeps no readable trace: freed pages are overwritten, and the search index
        is merged so their words leave it (backups keep them until they rotate out).

        Years of records take seconds, so *progress(done, total)* is called now and then
        for the window to show; when they are many, the search index is built again once
        afterwards rather than updated for every deleted row
        (:meth:`~plf_desktop.storage.retention_repo.RetentionRepository.deleting`)."""
        with self.transaction():
            keys = self.repo.due(due_before(today, months), today)
            with self.repo.deleting(len(keys)):
                for done, key in enumerate(keys):
                    if progress and done % PROGRESS_EVERY == 0:
                        progress(done, len(keys))
                    self.repo.delete_for_good(key.kind, key.id)
            if keys:
                self.repo.compact_search_index()
        if keys:
            self.db.checkpoint()
        return len(keys)
