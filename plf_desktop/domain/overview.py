"""*Overblik*, the start screen: what needs the vejleder's attention today."""

from __future__ import annotations

import datetime as dt
from dataclasses import field

from plf_desktop.domain.collaborations import CollaborationStep
from plf_desktop.domain.cycles import NextStep
from plf_desktop.domain.record_type import frozen_record
from plf_desktop.domain.records import AgreementRow
from plf_desktop.domain.retention import DueList


@frozen_record
class CourseLine:
    """An active course or co-teaching collaboration (*area*) and its next step."""

    area: str
    id: str
    title: str
    team: str
    step: NextStep | CollaborationStep


@frozen_record
class MeetingLine:
    """An upcoming PLF meeting."""

    id: str
    title: str
    date: dt.date
    start_time: dt.time | None
    team: str


@frozen_record
class NotVisited:
    """A teacher or team not observed for a while (*last* is None: never)."""

    id: str
    name: str
    last: dt.date | None


@frozen_record
class RecentWork:
    """Something changed lately, and the area it opens in."""

    area: str
    id: str
    title: str
    date: dt.date | None
    changed_at: str


@frozen_record
class Overview:
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
    due: DueList = field(default_factory=DueList)
    """Records whose deletion date has come (domain/retention.py)."""
