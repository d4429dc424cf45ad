"""The start screen's questions: upcoming meetings, who has not been visited, recent work.

Each is one indexed or small-table query, so the start screen stays fast on years of data.
"""

from __future__ import annotations

import datetime as dt

from plf_desktop.domain.dates import date_from_iso, time_from_iso
from plf_desktop.domain.overview import MeetingLine, NotVisited, RecentWork
from plf_desktop.storage.connection import Database

_RECENT = """
    SELECT * FROM (
      SELECT 'meeting' AS area, id, title, date, updated_at FROM meetings
        WHERE deleted_at IS NULL ORDER BY updated_at DESC, 4 DESC LIMIT :n)
    UNION ALL SELECT * FROM (
      SELECT 'observation', id, TRIM(class_label || ' ' || subject), date, updated_at
        FROM observations WHERE deleted_at IS NULL ORDER BY updated_at DESC, 4 DESC LIMIT :n)
    UNION ALL SELECT * FROM (
      SELECT 'conversation', id, title, date, updated_at FROM conversations
        WHERE deleted_at IS NULL ORDER BY updated_at DESC, 4 DESC LIMIT :n)
    UNION ALL SELECT * FROM (
      SELECT 'cycle', id, title, started, updated_at FROM cycles
        WHERE deleted_at IS NULL ORDER BY updated_at DESC, 4 DESC LIMIT :n)
    UNION ALL SELECT * FROM (
      SELECT 'collaboration', id, title, started, updated_at FROM collaborations
        WHERE deleted_at IS NULL ORDER BY updated_at DESC, 4 DESC LIMIT :n)
    ORDER BY updated_at DESC, date DESC LIMIT :n
"""


class OverviewRepository:
    """Read-only queries for *Overblik*."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def upcoming_meetings(self, start: dt.date, end: dt.date) -> list[MeetingLine]:
        """Meetings from *start* to *end*, soonest first."""
        return [MeetingLine(r[0], r[1], date_from_iso(r[2]), time_from_iso(r[3]), r[4] or "")  # type: ignore[arg-type]
                for r in self.db.execute(
                    "SELECT m.id, m.title, m.date, m.start_time, t.name FROM meetings m"
                    " LEFT JOIN teams t ON t.id = m.team_id"
                    " WHERE m.deleted_at IS NULL AND m.date BETWEEN ? AND ?"
                    " ORDER BY m.date, m.start_time", [start.isoformat(), end.isoformat()])]

    def active_cycle_ids(self) -> list[str]:
        """Courses not closed (nor in the trash), most recently started first."""
        return [r[0] for r in self.db.execute(
            "SELECT id FROM cycles WHERE deleted_at IS NULL AND stage != 'afsluttet'"
            " ORDER BY started DESC, created_at DESC")]

    def teachers_last_visited(self) -> list[NotVisited]:
        """Every teacher and pædagog with the date of the last lesson they were observed in
        (None: never), longest ago first."""
        return [NotVisited(r[0], r[1], date_from_iso(r[2])) for r in self.db.execute("""
            SELECT p.id, p.name, MAX(o.date) AS last FROM people p
            LEFT JOIN observation_adults a ON a.person_id = p.id
            LEFT JOIN observations o ON o.id = a.observation_id AND o.deleted_at IS NULL
            WHERE p.deleted_at IS NULL AND p.role IN ('laerer', 'paedagog')
            GROUP BY p.id ORDER BY last IS NOT NULL, last, p.name""")]

    def teams_last_visited(self) -> list[NotVisited]:
        """Every team with the date of its last observed lesson, longest ago first."""
        return [NotVisited(r[0], r[1], date_from_iso(r[2])) for r in self.db.execute("""
            SELECT t.id, t.name, (SELECT MAX(o.date) FROM observations o
                                  WHERE o.team_id = t.id AND o.deleted_at IS NULL) AS last
            FROM teams t WHERE t.deleted_at IS NULL
            ORDER BY last IS NOT NULL, last, t.name""")]

    def recent(self, count: int) -> list[RecentWork]:
        """The *count* records changed last, across meetings, observations, conversations,
        courses and collaborations."""
        return [RecentWork(r[0], r[1], r[2], date_from_iso(r[3]), r[4])
                for r in self.db.execute(_RECENT, {"n": count})]
