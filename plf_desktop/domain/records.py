"""The records of the foundation: school, people, teams, meetings and agreements.

Frozen dataclasses: services hand them out and take changed copies back (``replace``), so no
widget can change a record behind the database's back. Ids are text UUIDs so records from two
laptops can later be merged.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import field
from typing import NamedTuple

from plf_desktop.domain.labels import (
    AgreementStatus,
    Attendance,
    DataLevel,
    DataSource,
    ItemKind,
    Role,
    SourceKind,
    TeamKind,
)
from plf_desktop.domain.record_type import frozen_record


def new_id() -> str:
    """A fresh text UUID for a primary key."""
    import uuid  # here, not on import: on Linux it loads ``platform`` (start-up time)

    return uuid.uuid4().hex


@frozen_record
class School:
    """The school whose name and logo head every printed page."""

    name: str
    municipality: str = ""
    logo_png: bytes | None = None


@frozen_record
class Person:
    """A member of staff. Students are never people here: only pseudonymous labels elsewhere."""

    id: str
    name: str
    initials: str = ""
    role: Role = Role.TEACHER
    note: str = ""
    created_at: str = ""


@frozen_record
class Team:
    """A team of staff (class, year, subject, …) and its members' ids."""

    id: str
    name: str
    kind: TeamKind = TeamKind.CLASS
    description: str = ""
    member_ids: tuple[str, ...] = ()
    created_at: str = ""


@frozen_record
class Participant:
    """A person invited to a meeting and whether they came or sent *afbud*."""

    person_id: str
    attendance: Attendance = Attendance.PRESENT


@frozen_record
class Decision:
    """A decision (*beslutning*) taken under an agenda item."""

    id: str
    text: str


@frozen_record
class AgendaItem:
    """One point on the agenda with its time box, referat and decisions."""

    id: str
    title: str
    kind: ItemKind = ItemKind.DISCUSSION
    minutes: int = 10
    responsible_id: str | None = None
    description: str = ""
    notes: str = ""
    decisions: tuple[Decision, ...] = ()


@frozen_record
class DataReference:
    """Data the team looked at: source, period, level (never one student) and a summary."""

    id: str
    source: DataSource = DataSource.OTHER
    period: str = ""
    level: DataLevel = DataLevel.CLASS
    summary: str = ""
    confidential: bool = False


@frozen_record
class Meeting:
    """A PLF team meeting: when and where, who, roles, agenda, data and how it closed."""

    id: str
    title: str
    date: dt.date
    start_time: dt.time | None = None
    place: str = ""
    team_id: str | None = None
    template_key: str = ""
    chair_id: str | None = None
    minute_taker_id: str | None = None
    timekeeper_id: str | None = None
    participants: tuple[Participant, ...] = ()
    agenda: tuple[AgendaItem, ...] = ()
    data_references: tuple[DataReference, ...] = ()
    next_date: dt.date | None = None
    next_time: dt.time | None = None
    next_place: str = ""
    next_note: str = ""
    evaluation_rating: int | None = None
    evaluation_note: str = ""

    @property
    def total_minutes(self) -> int:
        """The sum of the agenda's time boxes."""
        return sum(item.minutes for item in self.agenda)


@frozen_record
class MeetingSummary:
    """A row of the meeting list: enough to show, search and sort without loading the agenda."""

    id: str
    title: str
    date: dt.date
    start_time: dt.time | None
    place: str
    team_id: str | None
    team_name: str
    item_count: int
    open_agreements: int


@frozen_record
class Agreement:
    """An agreement (*aftale*): what, who, by when, and where it came from.

    One shared kind of record: meetings create them now; observations, conversations and
    action-learning rounds will create them too, with their own ``source_kind``.
    """

    id: str
    what: str
    responsible_id: str | None = None
    due: dt.date | None = None
    status: AgreementStatus = AgreementStatus.OPEN
    source_kind: SourceKind = SourceKind.MEETING
    source_id: str | None = None
    team_id: str | None = None
    note: str = ""
    created_at: str = ""

    def is_overdue(self, today: dt.date) -> bool:
        """Open and past its deadline."""
        return self.status.is_open and self.due is not None and self.due < today


class AgreementRow(NamedTuple):
    """An agreement with the names the Aftaler view and the CLI show beside it (a named
    tuple, like the query row it comes from)."""

    agreement: Agreement
    responsible_name: str = ""
    team_name: str = ""
    source_title: str = ""
    source_date: dt.date | None = None


@frozen_record
class FollowUp:
    """An agreement reviewed under *Opfølgning på aftaler* in a later meeting."""

    agreement: Agreement
    responsible_name: str = ""
    source_title: str = ""
    source_date: dt.date | None = None
    reviewed_status: AgreementStatus | None = None


@frozen_record
class TrashEntry:
    """A deleted record waiting in the trash."""

    kind: str
    id: str
    title: str
    deleted_at: str


@frozen_record
class MeetingReport:
    """Everything the printed referat needs, resolved to names: reports never read storage."""

    school: School
    meeting: Meeting
    team_name: str
    people: dict[str, str] = field(default_factory=dict)
    follow_ups: tuple[FollowUp, ...] = ()
    agreements: tuple[AgreementRow, ...] = ()
