"""Classroom observations: the record, its notes, the lesson clock, events and the seating chart.

Description and interpretation are separate fields of every note, as Danish practice asks
(domain.md §2.4, §3). Students appear only as seat labels ("A7", "12"): there is no field for
a name anywhere here.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import field

from plf_desktop.domain.errors import QT_TRANSLATE_NOOP
from plf_desktop.domain.labels import CoTeachingModel, NoteCategory
from plf_desktop.domain.record_type import frozen_record
from plf_desktop.domain.records import School

# The co-teaching look-fors of domain.md §3.5, in the order observers tick them.
LOOK_FORS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("LookFors", "Both teachers' voices are heard; they say “we” and “our”"),
    QT_TRANSLATE_NOOP("LookFors", "Both adults work with all students"),
    QT_TRANSLATE_NOOP("LookFors", "Transitions are smooth"),
    QT_TRANSLATE_NOOP("LookFors", "Differentiation and a variety of groupings"),
    QT_TRANSLATE_NOOP("LookFors", "Both give feedback; behaviour management is shared"),
    QT_TRANSLATE_NOOP("LookFors", "The roles are hard to tell apart"),
)

DEFAULT_PARTICIPATION_TYPES: tuple[str, ...] = (
    "Spontant indlæg", "Svar på spørgsmål", "Stiller spørgsmål", "Beder om hjælp",
)


@frozen_record
class LessonClock:
    """The lesson clock, kept as moments in time so it survives a closed or crashed app.

    ``started_at`` is when the clock first ran; ``paused_seconds`` is the time it stood still
    before the current pause; ``paused_at`` is set while it stands still; ``stopped_at`` once
    the lesson is over.
    """

    started_at: dt.datetime | None = None
    paused_at: dt.datetime | None = None
    paused_seconds: float = 0.0
    stopped_at: dt.datetime | None = None

    @property
    def running(self) -> bool:
        """True while the clock runs."""
        return self.started_at is not None and self.paused_at is None and self.stopped_at is None

    def elapsed(self, now: dt.datetime) -> float:
        """Seconds of lesson time at *now* (pauses do not count)."""
        if self.started_at is None:
            return 0.0
        end = self.stopped_at or self.paused_at or now
        return max(0.0, (end - self.started_at).total_seconds() - self.paused_seconds)

    def start(self, now: dt.datetime) -> LessonClock:
        """Start, or resume after a pause."""
        if self.started_at is None:
            return LessonClock(started_at=now)
        if self.paused_at is not None and self.stopped_at is None:
            return LessonClock(self.started_at, None,
                               self.paused_seconds + (now - self.paused_at).total_seconds())
        return self

    def pause(self, now: dt.datetime) -> LessonClock:
        """Stand still until :meth:`start`."""
        if self.running:
            return LessonClock(self.started_at, now, self.paused_seconds)
        return self

    def stop(self, now: dt.datetime) -> LessonClock:
        """End the lesson (a paused clock ends where it stood)."""
        if self.started_at is None or self.stopped_at is not None:
            return self
        end = self.paused_at or now
        return LessonClock(self.started_at, None, self.paused_seconds, end)


@frozen_record
class Adult:
    """A teacher (or other adult) in the observed lesson and their role in it."""

    person_id: str
    role: str = ""


@frozen_record
class Seat:
    """A seat in the room: a pseudonymous label, a grid position and an optional table group."""

    label: str
    column: int
    row: int
    group: str = ""


@frozen_record
class Observation:
    """One observed lesson and what was agreed about it beforehand."""

    id: str
    date: dt.date
    start_time: dt.time | None = None
    class_label: str = ""
    subject: str = ""
    student_count: int | None = None
    adults: tuple[Adult, ...] = ()
    observer_id: str | None = None
    team_id: str | None = None
    purpose: str = ""
    focus_points: tuple[str, ...] = ()
    planned_models: tuple[CoTeachingModel, ...] = ()
    observer_position: str = ""
    feedback_time: str = ""
    scheme_key: str = ""
    participation_types: tuple[str, ...] = DEFAULT_PARTICIPATION_TYPES
    interval_minutes: int = 0
    seats: tuple[Seat, ...] = ()
    clock: LessonClock = field(default_factory=LessonClock)
    private_notes: str = ""
    look_fors: tuple[LookForMark, ...] = ()


@frozen_record
class LookForMark:
    """A ticked look-for (by its index in :data:`LOOK_FORS`) and the evidence for it."""

    index: int
    evidence: str = ""


@frozen_record
class ObservationNote:
    """A time-stamped note: what was seen, kept apart from what the observer wonders."""

    id: str
    at_seconds: float
    description: str
    interpretation: str = ""
    category: NoteCategory = NoteCategory.OTHER
    focus_index: int | None = None
    private: bool = False


@frozen_record
class LessonEvent:
    """A switch of co-teaching model or activity form, or a noise level, at a lesson time."""

    id: str
    at_seconds: float
    kind: str  # "model", "activity" or "noise"
    value: str


@frozen_record
class Participation:
    """A tap on a seat: who (by seat label) took part, how, and when."""

    id: str
    seat_label: str
    kind: str
    at_seconds: float


@frozen_record
class ObservationSummary:
    """A row of the observation list."""

    id: str
    date: dt.date
    start_time: dt.time | None
    class_label: str
    subject: str
    teachers: str
    note_count: int


def segments(events: list[LessonEvent], kind: str, end: float) -> list[tuple[float, float, str]]:
    """``(start, stop, value)`` for each stretch of the lesson in one model or activity form."""
    switches = sorted((e for e in events if e.kind == kind), key=lambda e: e.at_seconds)
    stops = [e.at_seconds for e in switches[1:]] + ([end] if switches else [])
    return [(e.at_seconds, stop, e.value) for e, stop in zip(switches, stops, strict=True)
            if stop > e.at_seconds]


def time_per_value(events: list[LessonEvent], kind: str, end: float) -> dict[str, float]:
    """Seconds spent in each model (or activity form), from the switches of that kind."""
    spent: dict[str, float] = {}
    for start, stop, value in segments(events, kind, end):
        spent[value] = spent.get(value, 0.0) + stop - start
    return spent


def contribution_counts(seats: tuple[Seat, ...], taps: list[Participation]) -> dict[str, int]:
    """How many times each seat took part (seats never heard count 0)."""
    counts = {seat.label: 0 for seat in seats}
    for tap in taps:
        counts[tap.seat_label] = counts.get(tap.seat_label, 0) + 1
    return counts


def contribution_spread(counts: dict[str, int]) -> dict[str, int]:
    """How many students contributed 0, 1, 2 and 3+ times."""
    spread = {"0": 0, "1": 0, "2": 0, "3+": 0}
    for count in counts.values():
        spread["3+" if count >= 3 else str(count)] += 1
    return spread


@frozen_record
class ObservationReport:
    """Everything the printed *Observationsnoter* need, with names resolved.

    *notes* already leave out the private ones unless *include_private*; *lesson_seconds* is the
    lesson's length (the clock at stop, else the last thing logged) for the timelines.
    """

    school: School
    observation: Observation
    team_name: str = ""
    people: dict[str, str] = field(default_factory=dict)
    notes: tuple[ObservationNote, ...] = ()
    events: tuple[LessonEvent, ...] = ()
    taps: tuple[Participation, ...] = ()
    include_private: bool = False
    lesson_seconds: float = 0.0


def _subject_in_title(subject: str) -> str:
    """"Dansk" reads "dansk" after a class ("5.A dansk"); "IT" or "PLF" stay as they are."""
    if len(subject) > 1 and subject[0].isupper() and subject[1].islower():
        return subject[0].lower() + subject[1:]
    return subject


def observation_title(class_label: str, subject: str, teachers: str | list[str] | tuple[str, ...],
                      fallback: str = "Observation") -> str:
    """How an observation is named in lists and on paper: "5.A dansk – Åse Bækgård".

    *teachers* is a name or several (joined with ", "); *fallback* when nothing is known.
    """
    names = teachers if isinstance(teachers, str) else ", ".join(filter(None, teachers))
    class_label, subject = " ".join(class_label.split()), " ".join(subject.split())
    lesson = " ".join(filter(None, [class_label, _subject_in_title(subject) if class_label
                                    else subject]))
    return " – ".join(filter(None, [lesson, " ".join(names.split())])) or fallback
