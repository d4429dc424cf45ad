"""Querying the full-text index: hits ranked by FTS5, resolved to the records they open, with
anything in the trash left out."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from plf_desktop.domain.dates import date_from_iso
from plf_desktop.domain.search import MARK_END, MARK_START, SearchHit
from plf_desktop.storage.connection import Database
from plf_desktop.storage.search_index import BY_CODE, KINDS, TABLE

# The record a kind of hit opens: its table, and how that record is named and dated.
_OPENS = {
    "meeting": ("meetings", "title", "date"),
    "agreement": ("agreements", "what", "due_date"),
    "observation": ("observations", "class_label || ' ' || subject", "date"),
    "conversation": ("conversations", "title", "date"),
    "cycle": ("cycles", "title", "started"),
    "collaboration": ("collaborations", "title", "started"),
}
AREA_OF_KIND = {
    "meeting": "meeting", "agenda_item": "meeting", "decision": "meeting",
    "data_reference": "meeting", "agreement": "agreement", "observation": "observation",
    "observation_note": "observation", "conversation": "conversation",
    "conversation_note": "conversation", "cycle": "cycle", "round": "cycle",
    "quick_write": "cycle", "collaboration": "collaboration", "co_lesson": "collaboration",
}


def fts_query(text: str) -> str:
    """The user's words as an FTS5 query: each word quoted (so ``-``, ``"`` or ``OR`` are
    just text) and matched as a prefix, all words required."""
    words = [w for w in text.replace("\x00", " ").split() if w]
    return " ".join('"' + w.replace('"', '""') + '"*' for w in words)


class SearchRepository:
    """Reads ``search_index``."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def search(self, text: str, limit: int = 300) -> list[SearchHit]:
        """The best *limit* matches for *text*, best first, trash excluded."""
        query = fts_query(text)
        if not query:
            return []
        rows = self.db.execute(
            f"SELECT rowid, open_id, title, snippet({TABLE}, 2, ?, ?, '…', 14)"
            f" FROM {TABLE} WHERE {TABLE} MATCH ? ORDER BY rank LIMIT ?",
            [MARK_START, MARK_END, query, limit]).fetchall()
        wanted: dict[str, set[str]] = defaultdict(set)
        found = []
        for rowid, open_id, title, snippet in rows:
            source = BY_CODE[rowid % KINDS]
            area = AREA_OF_KIND[source.kind]
            if open_id:
                wanted[area].add(open_id)
                found.append((source.kind, area, open_id, title, snippet))
        alive = {area: self._alive(area, ids) for area, ids in wanted.items()}
        hits = []
        for kind, area, open_id, title, snippet in found:
            record = alive[area].get(open_id)
            if record is not None:
                name, date = record
                hits.append(SearchHit(kind, area, open_id, title.strip() or name, date,
                                   snippet or title))
        return hits

    def _alive(self, area: str, ids: set[str]) -> dict[str, tuple[str, dt.date | None]]:
        table, name, date = _OPENS[area]
        marks = ", ".join("?" for _ in ids)
        return {r[0]: (r[1] or "", date_from_iso(r[2])) for r in self.db.execute(
            f"SELECT id, {name}, {date} FROM {table}"
            f" WHERE id IN ({marks}) AND deleted_at IS NULL", list(ids))}
