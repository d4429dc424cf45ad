"""Agreements (*aftaler*): one shared table whatever they came from, plus follow-up reviews."""

from __future__ import annotations

import datetime as dt
from typing import Any

from plf_desktop.domain.dates import date_from_iso
from plf_desktop.domain.labels import AgreementStatus, SourceKind
from plf_desktop.domain.record_type import frozen_record
from plf_desktop.domain.records import Agreement, AgreementRow, FollowUp
from plf_desktop.storage.connection import Database
from plf_desktop.storage.meeting_repo import to_column
from plf_desktop.storage.rows import fetch_all, stamped, update_columns

AGREEMENT_COLUMNS = {"what", "responsible_id", "due", "status", "team_id", "note"}
_OPEN = ("aaben", "i_gang")

_SOURCES = """
    LEFT JOIN meetings m ON g.source_kind = 'meeting' AND m.id = g.source_id
    LEFT JOIN conversations c ON g.source_kind = 'conversation' AND c.id = g.source_id
"""
_SELECT = """
    SELECT g.*, COALESCE(p.name, '') AS responsible_name, COALESCE(t.name, '') AS team_name,
           COALESCE(m.title, c.title, '') AS source_title,
           COALESCE(m.date, c.date) AS source_date
    FROM agreements g
    LEFT JOIN people p ON p.id = g.responsible_id
    LEFT JOIN teams t ON t.id = g.team_id
""" + _SOURCES
# An agreement whose meeting or conversation is in the trash has left with it.
_SOURCE_KEPT = "(m.id IS NULL OR m.deleted_at IS NULL) AND (c.id IS NULL OR c.deleted_at IS NULL)"


@frozen_record
class AgreementFilter:
    """What the Aftaler view and ``list agreements`` narrow the list to."""

    status: AgreementStatus | None = None
    open_only: bool = False
    responsible_id: str | None = None
    team_id: str | None = None
    overdue_on: dt.date | None = None


def _agreement(row: dict) -> Agreement:
    return Agreement(row["id"], row["what"], row["responsible_id"], date_from_iso(row["due_date"]),
                     AgreementStatus(row["status"]), SourceKind(row["source_kind"]),
                     row["source_id"], row["team_id"], row["note"], row["created_at"])


def _row(row: dict) -> AgreementRow:
    return AgreementRow(_agreement(row), row["responsible_name"], row["team_name"],
                        row["source_title"], date_from_iso(row["source_date"]))


def _filtered(where: AgreementFilter) -> tuple[str, list[Any]]:
    """The WHERE clause (and its parameters) of *where*, over ``g``, ``m`` and ``c``."""
    clauses = ["g.deleted_at IS NULL", _SOURCE_KEPT]
    params: list[Any] = []
    if where.status:
        clauses.append("g.status = ?")
        params.append(where.status.value)
    if where.open_only or where.overdue_on:
        clauses.append("g.status IN ('aaben', 'i_gang')")
    if where.overdue_on:
        clauses.append("g.due_date IS NOT NULL AND g.due_date < ?")
        params.append(where.overdue_on.isoformat())
    if where.responsible_id:
        clauses.append("g.responsible_id = ?")
        params.append(where.responsible_id)
    if where.team_id:
        clauses.append("g.team_id = ?")
        params.append(where.team_id)
    return " AND ".join(clauses), params


class AgreementRepository:
    """Rows of ``agreements`` and ``agreement_reviews``."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def list(self, where: AgreementFilter | None = None,
             limit: int | None = None) -> list[AgreementRow]:
        """Agreements not in the trash (nor from a record in the trash), filtered, the
        earliest deadline first (at most *limit* of them)."""
        clauses, params = _filtered(where or AgreementFilter())
        sql = (_SELECT + " WHERE " + clauses
               + " ORDER BY g.due_date IS NULL, g.due_date, g.created_at, g.id")
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        return [_row(r) for r in fetch_all(self.db, sql, params)]

    def count(self, where: AgreementFilter | None = None) -> int:
        """How many agreements :meth:`list` would return."""
        clauses, params = _filtered(where or AgreementFilter())
        return int(self.db.execute(
            "SELECT COUNT(*) FROM agreements g" + _SOURCES + " WHERE " + clauses,
            params).fetchone()[0])

    def get(self, agreement_id: str) -> Agreement | None:
        """One agreement by id (trash excluded)."""
        rows = fetch_all(self.db, "SELECT * FROM agreements WHERE id = ? AND deleted_at IS NULL",
                         [agreement_id])
        return _agreement(rows[0]) if rows else None

    def from_source(self, kind: SourceKind, source_id: str) -> list[AgreementRow]:
        """The agreements a meeting or conversation made, in order."""
        return [_row(r) for r in fetch_all(
            self.db, _SELECT + " WHERE g.source_kind = ? AND g.source_id = ?"
            " AND g.deleted_at IS NULL ORDER BY g.position, g.created_at",
            [kind.value, source_id])]

    def insert(self, agreement: Agreement) -> None:
        """Add an agreement at the end of its source's list."""
        position = self.db.execute(
            "SELECT COALESCE(MAX(position) + 1, 0) FROM agreements"
            " WHERE source_kind = ? AND source_id IS ?",
            [agreement.source_kind.value, agreement.source_id]).fetchone()[0]
        self.db.insert("agreements", stamped({
            "id": agreement.id, "what": agreement.what, "responsible_id": agreement.responsible_id,
            "due_date": to_column(agreement.due), "status": agreement.status.value,
            "source_kind": agreement.source_kind.value, "source_id": agreement.source_id,
            "team_id": agreement.team_id, "note": agreement.note, "position": position,
            "deleted_at": None}, new=True))

    def update_fields(self, agreement_id: str, fields: dict[str, Any]) -> None:
        """Save some fields of an agreement."""
        unknown = set(fields) - AGREEMENT_COLUMNS
        if unknown:
            raise KeyError(f"not agreement columns: {sorted(unknown)}")
        columns = {("due_date" if k == "due" else k): to_column(v) for k, v in fields.items()}
        update_columns(self.db, "agreements", agreement_id, columns)

    def follow_ups(self, meeting_id: str, team_id: str, on: dt.date) -> list[FollowUp]:
        """What a meeting follows up: the team's agreements from before it that are still open,
        and those already reviewed in this meeting (whatever their status is now)."""
        rows = fetch_all(self.db, _SELECT + """
            LEFT JOIN agreement_reviews r ON r.agreement_id = g.id AND r.meeting_id = ?
            WHERE g.deleted_at IS NULL AND g.team_id = ?
              AND NOT (g.source_kind = 'meeting' AND g.source_id = ?)
              AND """ + _SOURCE_KEPT + """
              AND (COALESCE(m.date, c.date) IS NULL OR COALESCE(m.date, c.date) <= ?)
              AND (g.status IN ('aaben', 'i_gang') OR r.meeting_id IS NOT NULL)
            ORDER BY COALESCE(m.date, c.date), g.position, g.created_at""",
            [meeting_id, team_id, meeting_id, on.isoformat()])
        reviews = {r[0]: AgreementStatus(r[1]) for r in self.db.execute(
            "SELECT agreement_id, status FROM agreement_reviews WHERE meeting_id = ?",
            [meeting_id])}
        return [FollowUp(_agreement(r), r["responsible_name"], r["source_title"],
                         date_from_iso(r["source_date"]), reviews.get(r["id"])) for r in rows]

    def record_review(self, agreement_id: str, meeting_id: str, status: AgreementStatus) -> None:
        """Remember that *meeting_id* followed the agreement up and set it to *status*."""
        self.db.upsert_all("agreement_reviews", [stamped(
            {"agreement_id": agreement_id, "meeting_id": meeting_id, "status": status.value},
            new=True)], pk=("agreement_id", "meeting_id"))
