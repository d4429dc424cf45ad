"""*Overblik*, the start screen: what needs the vejleder's attention today.

Its lines are named tuples, as are the rows of the queries they come from: plain immutable
values that the window only reads. Defining one costs a tenth of a dataclass (whose methods
are compiled from source when first used), and the start screen is the first thing every
start builds.
"""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from plf_desktop.domain.collaborations import CollaborationStep
from plf_desktop.domain.cycles import NextStep
from plf_desktop.domain.records import AgreementRow
from plf_desktop.domain.retention import DueList


class CourseLine(NamedTuple):
    """An active course or co-teaching collaboration (*area*) and its next step."""

    area: str
    id: str
    title: str
    team: str
    step: NextStep | CollaborationStep


class MeetingLine(NamedTuple):
    """An upcoming PLF meeting."""

    id: str
    title: str
    date: dt.date
    start_time: dt.time | None
    team: str


class NotVisited(NamedTuple):
    """A teacher or team not observed for a while (*last* is None: never)."""

    id: str
    name: str
    last: dt.date | None


class RecentWork(NamedTuple):
    """Something changed lately, and the area it opens in."""

    area: str
    id: str
    title: str
    date: dt.date | None
    changed_at: str


class Overview(NamedTuple):
    """Everything the start screen shows, computed for one day."""

    today: dt.date
    weeks: int
    courses: tuple[CourseLine, ...] = ()
    meetings: tuple[MeetingLine, ...] = ()
    overdue: tuple[AgreementRow, ...] = ()
    overdue_total: int = 0
    open_agreements: int = 0
    teachers: tuple[NotVisited, ...] = ()
    teachers_total: int = 0
    teams: tuple[NotVisited, ...] = ()
    teams_total: int = 0
    recent: tuple[RecentWork, ...] = ()
    due: DueList = DueList()
    """Records whose deletion date has come (domain/retention.py)."""
