"""The trash: deleting sets ``deleted_at``; only emptying the trash removes rows for good."""

from __future__ import annotations

from plf_desktop.domain.dates import utc_now_iso
from plf_desktop.domain.records import TrashEntry
from plf_desktop.storage.connection import Database

# Table → the column that names a record in the trash view.
TRASHABLE = {"people": "name", "teams": "name", "meetings": "title", "agreements": "what",
             "observations": "class_label", "user_templates": "name",
             "conversations": "title", "cycles": "title",
             "collaborations": "title"}


_AGREEMENT_SOURCES = {"meetings": "meeting", "conversations": "conversation"}


class TrashRepository:
    """Moves records into and out of the trash, and purges it."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def _table(self, kind: str) -> str:
        if kind not in TRASHABLE:
            raise KeyError(kind)
        return kind

    def trash(self, kind: str, record_id: str) -> None:
        """Move a record to the trash."""
        now = utc_now_iso()
        self.db.execute(f"UPDATE [{self._table(kind)}] SET deleted_at = ?, updated_at = ?"
                        " WHERE id = ? AND deleted_at IS NULL", [now, now, record_id])

    def restore(self, kind: str, record_id: str) -> None:
        """Bring a record back from the trash."""
        self.db.execute(f"UPDATE [{self._table(kind)}] SET deleted_at = NULL, updated_at = ?"
                        " WHERE id = ?", [utc_now_iso(), record_id])

    def entries(self) -> list[TrashEntry]:
        """Everything in the trash, most recently deleted first."""
        entries = []
        for table, title in TRASHABLE.items():
            entries += [TrashEntry(table, r[0], r[1], r[2]) for r in self.db.execute(
                f"SELECT id, [{title}], deleted_at FROM [{table}] WHERE deleted_at IS NOT NULL")]
        return sorted(entries, key=lambda e: e.deleted_at, reverse=True)

    def purge(self, kind: str, record_id: str) -> None:
        """Delete one trashed record for good (its children go with it, and so do the
        agreements a meeting or conversation made)."""
        gone = self.db.execute(f"DELETE FROM [{self._table(kind)}] WHERE id = ?"
                               " AND deleted_at IS NOT NULL", [record_id]).rowcount
        if gone and kind in _AGREEMENT_SOURCES:
            self.db.execute("DELETE FROM agreements WHERE source_kind = ? AND source_id = ?",
                            [_AGREEMENT_SOURCES[kind], record_id])

    def purge_older_than(self, cutoff: str) -> int:
        """Delete for good everything that went to the trash before *cutoff* (ISO time);
        return how many records went."""
        old = [(e.kind, e.id) for e in self.entries() if e.deleted_at < cutoff]
        for kind, record_id in old:
            self.purge(kind, record_id)
        return len(old)
