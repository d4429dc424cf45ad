"""Small helpers shared by the repositories: time stamps and row writes."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from plf_desktop.domain.dates import utc_now_iso
from plf_desktop.storage.connection import Database


def stamped(row: dict[str, Any], *, new: bool) -> dict[str, Any]:
    """Add ``updated_at`` (and ``created_at`` for a new row) to *row*."""
    now = utc_now_iso()
    row = {**row, "updated_at": now}
    if new:
        row["created_at"] = now
    return row


def update_columns(db: Database, table: str, row_id: str, columns: dict[str, Any]) -> None:
    """Set *columns* of one row by id and stamp it; unknown ids are silently ignored."""
    if not columns:
        return
    values = stamped(columns, new=False)
    assignments = ", ".join(f"[{name}] = ?" for name in values)
    db.execute(f"UPDATE [{table}] SET {assignments} WHERE id = ?", [*values.values(), row_id])


IDS_PER_QUERY = 500
"""Ids in one ``IN (…)`` list: far below SQLite's limit on bound parameters."""


def fetch_by_ids(db: Database, sql: str, ids: Sequence[str]) -> list[dict]:
    """The rows of *sql* for *ids*, as dicts: ``{ids}`` in *sql* becomes one ``?`` per id
    (in chunks of IDS_PER_QUERY), so many records load in a few queries, not one each."""
    rows: list[dict] = []
    for start in range(0, len(ids), IDS_PER_QUERY):
        chunk = list(ids[start:start + IDS_PER_QUERY])
        rows += fetch_all(db, sql.format(ids=", ".join("?" * len(chunk))), chunk)
    return rows


def grouped(rows: list[dict], key: str) -> dict[Any, list[dict]]:
    """*rows* by their *key* column, each group in the rows' order."""
    groups: dict[Any, list[dict]] = {}
    for row in rows:
        groups.setdefault(row[key], []).append(row)
    return groups


def fetch_one(db: Database, sql: str, params: list[Any] | tuple[Any, ...] = ()) -> dict | None:
    """The first row of *sql* as a dict, or None."""
    cursor = db.execute(sql, params)
    row = cursor.fetchone()
    if row is None:
        return None
    return dict(zip([c[0] for c in cursor.description], row, strict=True))


def fetch_all(db: Database, sql: str, params: list[Any] | tuple[Any, ...] = ()) -> list[dict]:
    """All rows of *sql* as dicts."""
    cursor = db.execute(sql, params)
    names = [c[0] for c in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
