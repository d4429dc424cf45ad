"""Retention: when a forløb, collaboration, observation, conversation or meeting is due to be
deleted for good (GDPR's storage limitation, domain.md §6).

The rule, in one place:

- A record belongs to the Danish school year its date falls in (1 August – 31 July). Its
  **default deletion date** is the last day of the month that lies *months* months after that
  school year ends; with the default 12 months, a record from 12.03.2025 (school year 2024/25,
  ending 31.07.2025) is deleted on 31.07.2026.
- The user may choose another date for a single record (an **override**), earlier or later.
- An observation or conversation made in a course's round or a collaboration's lesson
  belongs to that course: it is never deleted before it (its deletion date is the later of its
  own and every parent's), so a course never loses the lesson it was built on while it is kept.
- A record is **due** on its deletion date and every day after.

Which date is "the record's date": a meeting's, an observation's and a conversation's own date;
a course's or collaboration's closing date, else the day it started (else the day it was made),
so a course running across the summer break is kept for the school year it ended in.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import NamedTuple

DEFAULT_MONTHS = 12
"""Keep a school year's records for 12 months after it ends.

Why 12: the records of one school year are still working material through the whole next one
(teams follow up on last year's agreements and tegn på læring, courses and collaborations are
evaluated, a class moves up with its team), and then they go. A whole number of years also
makes the deletion date fall on 31 July, in the summer break, never in the middle of the work.
"""
MAX_MONTHS = 120
"""The longest the settings allow (ten years): anything longer is not a retention period."""

KINDS = ("cycle", "collaboration", "observation", "conversation", "meeting")
"""The kinds of record that have a deletion date, in the order Overblik names them."""
PARENT_KINDS = ("cycle", "collaboration")
"""Kinds that own observations and conversations through their rounds and lessons."""


def school_year(day: dt.date) -> int:
    """The calendar year the Danish school year of *day* starts in: 2025 for 12.03.2026."""
    return day.year if day.month >= 8 else day.year - 1


def school_year_end(day: dt.date) -> dt.date:
    """The last day (31 July) of the school year *day* belongs to."""
    return dt.date(school_year(day) + 1, 7, 31)


def _month_end(year: int, month: int) -> dt.date:
    """The last day of *month* (which may run past 12) counted from January of *year*."""
    year, month = year + (month - 1) // 12, (month - 1) % 12 + 1
    following = dt.date(year + (month == 12), month % 12 + 1, 1)
    return following - dt.timedelta(days=1)


def default_deletion_date(day: dt.date, months: int = DEFAULT_MONTHS) -> dt.date:
    """The end of *day*'s school year plus *months* months (the last day of that month)."""
    if months < 0:
        raise ValueError("months must not be negative")
    return _month_end(school_year(day) + 1, 7 + months)


def deletion_date(day: dt.date, months: int = DEFAULT_MONTHS, override: dt.date | None = None,
                  parents: Iterable[dt.date] = ()) -> dt.date:
    """When a record dated *day* is deleted: its *override* or its default date, but never
    before any of its *parents*' deletion dates."""
    return max([override or default_deletion_date(day, months), *parents])


def is_due(deletion: dt.date, today: dt.date) -> bool:
    """Is a record with this deletion date due on *today*?"""
    return deletion <= today


def due_before(today: dt.date, months: int = DEFAULT_MONTHS) -> dt.date:
    """The first record date whose default deletion date has not come on *today*: records
    dated before it (and without an override) are due.

    This turns the rule into one range condition on an indexed date column.
    """
    year = school_year(today) + 1
    while default_deletion_date(dt.date(year, 8, 1), months) > today:
        year -= 1
    return dt.date(year + 1, 8, 1)


# The values below are named tuples, like the query rows they are made from: the start
# screen makes them on every start (see domain/overview.py).
class Retention(NamedTuple):
    """One record's deletion date and why: its date, the default, the user's choice, and the
    latest deletion date of the course or collaboration it belongs to (None: none)."""

    kind: str
    id: str
    record_date: dt.date
    default: dt.date
    override: dt.date | None
    parent: dt.date | None

    @property
    def deletion(self) -> dt.date:
        """The date the record is deleted on."""
        own = self.override or self.default
        return max(own, self.parent) if self.parent else own

    @property
    def follows_parent(self) -> bool:
        """Is the record kept longer than its own date says, because of its course?"""
        return self.parent is not None and self.parent > (self.override or self.default)


class DueRecord(NamedTuple):
    """A record whose deletion date has come, as Overblik lists it."""

    kind: str
    id: str
    title: str
    date: dt.date
    deletion: dt.date
    trashed: bool = False


class RetentionFacts(NamedTuple):
    """What the database knows about one record's retention, before the rule is applied:
    its date and override, and of the courses and collaborations it belongs to the latest
    date among those without an override and the latest override."""

    kind: str
    id: str
    title: str
    record_date: dt.date
    override: dt.date | None = None
    trashed: bool = False
    parent_date: dt.date | None = None
    parent_override: dt.date | None = None

    def retention(self, months: int = DEFAULT_MONTHS) -> Retention:
        """The rule applied with *months* months after the school year."""
        parents = [d for d in (
            self.parent_date and default_deletion_date(self.parent_date, months),
            self.parent_override) if d]
        return Retention(self.kind, self.id, self.record_date,
                         default_deletion_date(self.record_date, months), self.override,
                         max(parents) if parents else None)

    def due_record(self, months: int = DEFAULT_MONTHS) -> DueRecord:
        """The line Overblik shows for this record."""
        return DueRecord(self.kind, self.id, self.title, self.record_date,
                         self.retention(months).deletion, self.trashed)


class DueList(NamedTuple):
    """What Overblik shows of the due records: the first few, and how many there are."""

    records: tuple[DueRecord, ...] = ()
    total: int = 0
