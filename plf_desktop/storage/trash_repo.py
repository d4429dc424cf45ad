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
        """Delete one trashed record for good (its children go with it)."""
        self.db.execute(f"DELETE FROM [{self._table(kind)}] WHERE id = ? AND deleted_at IS NOT"
                        " NULL", [record_id])
