"""The Aftaler view: every agreement, whatever it came from, filtered and followed up."""

from __future__ import annotations

import datetime as dt
from typing import Any

from plf_desktop.domain.errors import QT_TRANSLATE_NOOP
from plf_desktop.domain.labels import AgreementStatus, SourceKind
from plf_desktop.domain.records import Agreement, AgreementRow, new_id
from plf_desktop.domain.validation import limit_text, require_text
from plf_desktop.services.base import Service
from plf_desktop.storage.agreement_repo import AgreementFilter, AgreementRepository
from plf_desktop.storage.connection import Database
from plf_desktop.storage.trash_repo import TrashRepository

__all__ = ["AgreementFilter", "AgreementService"]

_WHAT = QT_TRANSLATE_NOOP("Errors", "The agreement")


class AgreementService(Service):
    """Lists and edits agreements."""

    def __init__(self, db: Database) -> None:
        super().__init__(db)
        self.repo = AgreementRepository(db)
        self.trash = TrashRepository(db)

    def list(self, where: AgreementFilter | None = None) -> list[AgreementRow]:
        """Agreements matching *where*, earliest deadline first."""
        return self.repo.list(where or AgreementFilter())

    def from_source(self, kind: SourceKind, source_id: str) -> list[AgreementRow]:
        """The agreements one meeting or conversation made, in the order they were made."""
        return self.repo.from_source(kind, source_id)

    def add(self, kind: SourceKind, source_id: str, team_id: str | None, what: str,
            responsible_id: str | None = None, due: dt.date | None = None) -> Agreement:
        """Make an agreement at a meeting or conversation; it belongs to *team_id*, so it
        comes back at that team's next PLF meeting."""
        agreement = Agreement(new_id(), require_text(what, "what", _WHAT), responsible_id, due,
                              AgreementStatus.OPEN, kind, source_id, team_id)
        with self.transaction():
            self.repo.insert(agreement)
        return agreement

    def move_to_team(self, kind: SourceKind, source_id: str, team_id: str | None) -> None:
        """The source's team changed: its agreements follow (inside the caller's transaction)."""
        self.db.execute("UPDATE agreements SET team_id = ? WHERE source_kind = ?"
                        " AND source_id = ?", [team_id, kind.value, source_id])

    def update(self, agreement_id: str, **fields: Any) -> None:
        """Save some fields of an agreement (what, ansvarlig, frist, status, note)."""
        if "what" in fields:
            fields["what"] = require_text(fields["what"], "what", _WHAT)
        if "note" in fields:
            fields["note"] = limit_text(fields["note"], "note")
        if "status" in fields:
            fields["status"] = AgreementStatus(fields["status"])
        with self.transaction():
            self.repo.update_fields(agreement_id, fields)

    def set_status(self, agreement_id: str, status: AgreementStatus) -> None:
        """Mark an agreement open, in progress, done or dropped."""
        self.update(agreement_id, status=status)

    def delete(self, agreement_id: str) -> None:
        """Move an agreement to the trash."""
        with self.transaction():
            self.trash.trash("agreements", agreement_id)

    def restore(self, agreement_id: str) -> None:
        """Undo :meth:`delete`."""
        with self.transaction():
            self.trash.restore("agreements", agreement_id)
