"""*Søg* (Ctrl+F): one search across every note, agreement, problem statement and referat."""

from __future__ import annotations

from plf_desktop.domain.search import AREAS, SearchHit
from plf_desktop.services.base import Service
from plf_desktop.storage.connection import Database
from plf_desktop.storage.search_repo import SearchRepository

PER_AREA = 40
"""The most hits shown per area: enough to scan, few enough to read."""


class SearchService(Service):
    """Full-text search, grouped by the area each hit opens in."""

    def __init__(self, db: Database) -> None:
        super().__init__(db)
        self.repo = SearchRepository(db)

    def search(self, text: str) -> dict[str, list[SearchHit]]:
        """Hits for *text* by area (courses, conversations, observations, meetings,
        agreements), best first; one hit per record, the one that matched best."""
        grouped: dict[str, list[SearchHit]] = {area: [] for area in AREAS}
        seen: set[tuple[str, str]] = set()
        for hit in self.repo.search(text):
            key = (hit.area, hit.open_id)
            if key in seen or len(grouped[hit.area]) >= PER_AREA:
                continue
            seen.add(key)
            grouped[hit.area].append(hit)
        return {area: hits for area, hits in grouped.items() if hits}
