"""Deletion dates in the database: the user's overrides, the records that are due, and
deleting them for good.

The rule itself lives in :mod:`plf_desktop.domain.retention`; here it becomes SQL through
two values the service computes: *cutoff* (records dated before it are due by default, see
:func:`~plf_desktop.domain.retention.due_before`) and *today* (an override on or before it is
due). The due records come from one ``UNION ALL`` of range conditions: per table, the records
without an override dated before the cutoff (the covering ``(date, delete_on, id)`` index of
migration 9) and the overrides on or before today (the partial ``delete_on`` index). A linked
observation or conversation whose course or collaboration is not due is kept back by one
``NOT IN`` over the rounds and lessons, a set SQLite builds once per query.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from typing import NamedTuple

from plf_desktop.domain.dates import date_from_iso, iso_or_none
from plf_desktop.domain.retention import KINDS, RetentionFacts
from plf_desktop.storage import search_index
from plf_desktop.storage.connection import Database
from plf_desktop.storage.rows import update_columns
from plf_desktop.storage.trash_repo import TrashRepository


class _Table(NamedTuple):
    """How one kind of record is stored: its table, title and date (``{x}`` is the row)."""

    name: str
    title: str
    date: str
    link: str = ""  # the column of rounds and lessons pointing at it (linked kinds only)


REBUILD_SHARE = 4
"""Deleting at least one in four of all records at once, the search index is built again
afterwards (:meth:`RetentionRepository.deleting`): about where the two cost the same."""

_COURSE_DATE = "COALESCE({x}.closed_on, {x}.started, substr({x}.created_at, 1, 10))"
TABLES = {
    "cycle": _Table("cycles", "{x}.title", _COURSE_DATE),
    "collaboration": _Table("collaborations", "{x}.title", _COURSE_DATE),
    "observation": _Table("observations", "TRIM({x}.class_label || ' ' || {x}.subject)",
                          "{x}.date", "observation_id"),
    "conversation": _Table("conversations", "{x}.title", "{x}.date", "conversation_id"),
    "meeting": _Table("meetings", "{x}.title", "{x}.date"),
}
assert tuple(TABLES) == KINDS
_PARENTS = (("cycle_rounds", "cycle_id", "cycle"),
            ("collaboration_lessons", "collaboration_id", "collaboration"))
"""(the table of rounds or lessons, its column naming the parent, the parent's kind)"""


def _due(kind: str, x: str) -> str:
    """SQL: is row *x* of *kind* due on its own (its override, else its date)? Never NULL,
    so that ``NOT`` of it is true for a row that is not due."""
    date = TABLES[kind].date.format(x=x)
    return (f"(({x}.delete_on IS NULL AND {date} < :cutoff)"
            f" OR ({x}.delete_on IS NOT NULL AND {x}.delete_on <= :today))")


def _kept_back(table: _Table) -> str:
    """SQL: and row ``x`` is in no round or lesson of a course or collaboration not due.

    The courses and collaborations are the outer loop (``CROSS JOIN`` fixes SQLite's join
    order): the few that are not due lead to their rounds through the parent index, where
    SQLite on its own would read every round and look up its parent, four times slower on
    years of records."""
    if not table.link:
        return ""
    kept = " UNION ALL ".join(
        f"SELECT l.{table.link} FROM {TABLES[kind].name} p CROSS JOIN {links} l"
        f" ON l.{parent} = p.id WHERE l.{table.link} IS NOT NULL AND NOT {_due(kind, 'p')}"
        for links, parent, kind in _PARENTS)
    return f" AND x.id NOT IN ({kept})"


def _parent_columns(table: _Table) -> str:
    """SQL: of the courses and collaborations row ``x`` belongs to, the latest date of one
    without an override, and the latest override."""
    if not table.link:
        return "NULL, NULL"
    columns = []
    for value in ("CASE WHEN p.delete_on IS NULL THEN {date} END", "p.delete_on"):
        parts = " UNION ALL ".join(
            f"SELECT {value.format(date=TABLES[kind].date.format(x='p'))} AS v FROM {links} l"
            f" JOIN {TABLES[kind].name} p ON p.id = l.{parent} WHERE l.{table.link} = x.id"
            for links, parent, kind in _PARENTS)
        columns.append(f"(SELECT MAX(v) FROM ({parts}))")
    return ", ".join(columns)


def _facts_query(kind: str) -> str:
    table = TABLES[kind]
    return (f"SELECT '{kind}', x.id, {table.title.format(x='x')}, {table.date.format(x='x')},"
            f" x.delete_on, x.deleted_at IS NOT NULL, {_parent_columns(table)}"
            f" FROM {table.name} x WHERE x.id = ?")


def _due_parts() -> list[str]:
    """Every due record's kind, id, date and override (see the module's docstring), in one
    query per table and kind of date."""
    parts = []
    for kind, table in TABLES.items():
        date = table.date.format(x="x")
        parts.append(f"SELECT '{kind}', x.id, {date}, NULL FROM {table.name} x"
                     f" WHERE x.delete_on IS NULL AND {date} < :cutoff{_kept_back(table)}")
        parts.append(f"SELECT '{kind}', x.id, {date}, x.delete_on FROM {table.name} x"
                     f" WHERE x.delete_on <= :today{_kept_back(table)}")
    return parts


_DUE_PARTS = _due_parts()
_DUE = "\nUNION ALL ".join(_DUE_PARTS)
_FIRST_DUE = "\nUNION ALL ".join(f"SELECT * FROM ({part} ORDER BY 3, 2 LIMIT :count)"
                                 for part in _DUE_PARTS)
"""The oldest due records of each part of :data:`_DUE` (at most ``:count`` each)."""
_FACTS = {kind: _facts_query(kind) for kind in KINDS}


def _bounds(cutoff: dt.date, today: dt.date) -> dict[str, str]:
    return {"cutoff": cutoff.isoformat(), "today": today.isoformat()}


class DueKey(NamedTuple):
    """A due record with as little as deleting it needs (dates as stored, ISO text)."""

    kind: str
    id: str
    date: str
    override: str | None


class RetentionRepository:
    """Reads and sets deletion dates, finds what is due and deletes it for good."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def due(self, cutoff: dt.date, today: dt.date) -> list[DueKey]:
        """Every record due on *today* (trash included), given the default rule's *cutoff*."""
        return list(map(DueKey._make, self.db.execute(_DUE, _bounds(cutoff, today))))

    def first_due(self, cutoff: dt.date, today: dt.date,
                  count: int) -> tuple[list[DueKey], int]:
        """The *count* oldest records due on *today*, and how many are due in all.

        Each table's oldest few come from its date index; only those are sorted together, not
        the thousands due on a file with years of use (Overblik asks on every start)."""
        bounds = _bounds(cutoff, today)
        first = self.db.execute(f"SELECT * FROM ({_FIRST_DUE}) ORDER BY 3, 1, 2 LIMIT :count",
                                {**bounds, "count": count})
        keys = list(map(DueKey._make, first))
        return keys, self.db.execute(f"SELECT COUNT(*) FROM ({_DUE})", bounds).fetchone()[0]

    def facts(self, kind: str, record_id: str) -> RetentionFacts | None:
        """One record's retention facts (trash included), or None if there is no such
        record."""
        row = self.db.execute(_FACTS[kind], [record_id]).fetchone()
        if row is None:
            return None
        return RetentionFacts(row[0], row[1], row[2] or "", date_from_iso(row[3]),  # type: ignore[arg-type]
                              date_from_iso(row[4]), bool(row[5]), date_from_iso(row[6]),
                              date_from_iso(row[7]))

    def set_override(self, kind: str, record_id: str, day: dt.date | None) -> None:
        """Choose *day* as the record's deletion date (None: back to the default)."""
        update_columns(self.db, TABLES[kind].name, record_id, {"delete_on": iso_or_none(day)})

    def compact_search_index(self) -> None:
        """Merge the full-text index, so the words of deleted rows leave its segments too
        (FTS5 otherwise only marks them deleted until a later merge)."""
        self.db.execute(f"INSERT INTO {search_index.TABLE}({search_index.TABLE})"
                        " VALUES ('optimize')")

    def record_count(self) -> int:
        """How many records of the kinds that fall due there are (the trash included)."""
        return sum(self.db.execute(f"SELECT COUNT(*) FROM {table.name}").fetchone()[0]
                   for table in TABLES.values())

    def deleting(self, count: int) -> contextlib.AbstractContextManager[None]:
        """Around deleting *count* records for good, inside one transaction: when they are a
        large share of all records (years of them, the first time), the search index is
        built again once afterwards instead of updated for every row (8 s → 2.7 s for the
        6,417 due on the large demo)."""
        if count and count * REBUILD_SHARE >= self.record_count():
            return search_index.suspended(self.db)
        return contextlib.nullcontext()

    def delete_for_good(self, kind: str, record_id: str) -> None:
        """Delete a record and everything that goes with it, exactly as emptying the trash
        would: it is moved to the trash and purged from it at once."""
        trash = TrashRepository(self.db)
        table = TABLES[kind].name
        trash.trash(table, record_id)
        trash.purge(table, record_id)
