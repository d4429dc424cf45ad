"""The Aftaler view: every agreement, whatever it came from, filtered and followed up."""

from __future__ import annotations

from typing import Any

from plf_desktop.domain.errors import QT_TRANSLATE_NOOP
from plf_desktop.domain.labels import AgreementStatus
from plf_desktop.domain.records import AgreementRow
from plf_desktop.domain.validation import limit_text, require_text
from plf_desktop.services.base import Service
from plf_desktop.storage.agreement_repo import AgreementFilter, AgreementRepository
from plf_desktop.storage.connection import Database
from plf_desktop.storage.trash_repo import TrashRepository

__all__ = ["AgreementFilter", "AgreementService"]


class AgreementService(Service):
    """Lists and edits agreements."""

    def __init__(self, db: Database) -> None:
        super().__init__(db)
        self.repo = AgreementRepository(db)
        self.trash = TrashRepository(db)

    def list(self, where: AgreementFilter | None = None) -> list[AgreementRow]:
        """Agreements matching *where*, earliest deadline first."""
        return self.repo.list(where or AgreementFilter())

    def update(self, agreement_id: str, **fields: Any) -> None:
        """Save some fields of an agreement (what, ansvarlig, frist, status, note)."""
        if "what" in fields:
            fields["what"] = require_text(fields["what"], "what",
                                          QT_TRANSLATE_NOOP("Errors", "The agreement"))
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
