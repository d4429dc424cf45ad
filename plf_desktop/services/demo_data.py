"""``plf-desktop demo``: fill a new database with a Danish school's PLF work, through the services.

Why it exists: screenshots, manual testing, the startup benchmark and new users all need a file
that looks like years of real use – teams that meet on their weekday, agreements carried to the
next meeting and followed up, data at class or year-group level only – without anyone typing it.

Why through the services: every record passes the same validation as the GUI's, so the demo
can never hold something the app itself could not have written. The whole fill is one
transaction (the services' own transactions become savepoints inside it), which keeps the large
size fast and means a failed fill leaves an empty file, not half a school.

Observations come after the meetings, from their own seeded ``random.Random``, so adding them
leaves every meeting as it was. Their records (the lesson, the formøde, the seats, the look-fors)
go through :class:`~plf_desktop.services.observation_service.ObservationService`; the notes,
switches and seat taps – 120,000 notes in the large size – are written in bulk by
:func:`~plf_desktop.storage.demo_bulk.insert_observation_log`, the same rows a lesson writes one
by one.

Didactic conversations come next, from :mod:`plf_desktop.services.demo_conversations` with a
third seed; many of them follow one of the observed lessons. Action-learning courses come next,
from :mod:`plf_desktop.services.demo_cycles` with a fourth seed; each round makes its own
observation and conversation, which count with the others. Co-teaching collaborations come last,
from :mod:`plf_desktop.services.demo_collaborations` with a fifth seed; each co-taught lesson
makes its own observation and reflection conversation, which count with the others too.

A teacher who left at the summer has asked for the notes of their lessons to be deleted then
(chosen right after the observations), so Overblik has records due for deletion in every size.

Deterministic: seeded ``random.Random`` instances and dates computed from :data:`TODAY`, so two
fills hold the same content (only the UUIDs and the time stamps differ).
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import random
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from plf_desktop.domain.dates import format_date, format_time
from plf_desktop.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from plf_desktop.domain.labels import (
    ActivityForm,
    AgreementStatus,
    Attendance,
    CoTeachingModel,
    DataLevel,
    DataSource,
    NoteCategory,
    Role,
    TeamKind,
)
from plf_desktop.domain.observations import (
    DEFAULT_PARTICIPATION_TYPES,
    LOOK_FORS,
    Adult,
    LessonClock,
    LessonEvent,
    LookForMark,
    ObservationNote,
    Participation,
    Seat,
)
from plf_desktop.domain.record_type import frozen_record
from plf_desktop.domain.records import AgendaItem, Meeting, Participant, Person, Team, new_id
from plf_desktop.services import demo_content as text
from plf_desktop.services.registry import Services
from plf_desktop.storage.demo_bulk import holds_data, insert_observation_log

TODAY = dt.date(2026, 11, 22)
"""The demo's "now": the current school year 2026/27 has an autumn of held and planned meetings."""

SEED = 20261122
OBSERVATION_SEED = SEED + 1
CONVERSATION_SEED = SEED + 2
CYCLE_SEED = SEED + 3
COLLABORATION_SEED = SEED + 4
SCHOOL = ("Skovbakkeskolen", "Vejle Kommune")
DATA_TEMPLATE = "data-informeret-60"
CLASSIC_TEMPLATE = "klassisk-dagsorden"

_OPEN = (AgreementStatus.OPEN, AgreementStatus.IN_PROGRESS)
_TEST_SOURCES = (DataSource.OTHER, DataSource.TRANSITION_TEST, DataSource.SKILLS_TEST)
_CONFIDENTIAL = {*_TEST_SOURCES, DataSource.READING_SCREENING, DataSource.DYSLEXIA_RISK}


# -- the plan of each size ---------------------------------------------------------------------


def school_year(day: dt.date) -> int:
    """The calendar year a Danish school year starts in (August): 2026 for 22.11.2026."""
    return day.year if day.month >= 8 else day.year - 1


def department(grade: int) -> str:
    """Indskoling (0.–3.), mellemtrin (4.–6.) or udskoling (7.–9.)."""
    return "indskoling" if grade <= 3 else "mellemtrin" if grade <= 6 else "udskoling"


@frozen_record
class Period:
    """A stretch of the calendar in which every team holds *meetings* meetings."""

    start: dt.date
    end: dt.date
    meetings: int
    full_year: bool = False


@frozen_record
class TeamSpec:
    """A team to create: its kind, where it works, and what its texts call its students."""

    name: str
    kind: TeamKind
    department: str
    where: str
    grade: int | None = None
    subject: str = ""
    extra_meetings: int = 0  # year teams meet once more in a full school year


@frozen_record
class Plan:
    """How big a demo is: staff by role, the teams and the periods they meet in, the
    lessons observed in those periods (in classes *grades* × *class_letters*), the didactic
    conversations held in them, the action-learning courses (*forløb*) the class and year
    teams run, and the co-teaching collaborations (*samarbejder*) of vejledere and teachers."""

    roles: dict[Role, int]
    grades: tuple[int, ...]
    teams: tuple[TeamSpec, ...]
    periods: tuple[Period, ...]
    class_letters: str = "AB"
    observations: int = 0
    notes: int = 0
    conversations: int = 0
    cycles: int = 0
    collaborations: int = 0


def _year_team(grade: int, extra: int = 0) -> TeamSpec:
    name = f"{grade}. årgang"
    return TeamSpec(name, TeamKind.YEAR, department(grade), name, grade, extra_meetings=extra)


def _class_team(grade: int, letter: str) -> TeamSpec:
    return TeamSpec(f"{grade}.{letter} klasseteam", TeamKind.CLASS, department(grade),
                    f"{grade}.{letter}", grade)


_DEFINITE = {"indskoling": "indskolingen", "mellemtrin": "mellemtrinnet",
             "udskoling": "udskolingen"}


def _subject_team(subject: str, dept: str, label: str) -> TeamSpec:
    return TeamSpec(f"Fagteam {label}", TeamKind.SUBJECT, dept, _DEFINITE[dept], subject=subject)


def _department_team(dept: str) -> TeamSpec:
    return TeamSpec(f"Afdelingsteam {_DEFINITE[dept]}", TeamKind.DEPARTMENT, dept,
                    _DEFINITE[dept])


_RESOURCE_TEAM = TeamSpec("Ressourceteamet", TeamKind.RESOURCE, "ressource", "teamene")
_CURRENT = school_year(TODAY)
_AUTUMN = dt.date(_CURRENT, 8, 12), dt.date(_CURRENT, 12, 15)


def _full_year(start_year: int, meetings: int) -> Period:
    return Period(dt.date(start_year, 8, 15), dt.date(start_year + 1, 6, 20), meetings, True)


PLANS = {
    "small": Plan(
        roles={Role.LEADER: 2, Role.COACH: 3, Role.RESOURCE_PERSON: 1, Role.PEDAGOGUE: 3,
               Role.TEACHER: 16},
        grades=(1, 3, 5, 8),
        teams=(_year_team(3), _class_team(5, "A"), _year_team(8),
               _subject_team("dansk", "indskoling", "dansk, indskolingen"),
               _department_team("mellemtrin"), _RESOURCE_TEAM),
        periods=(Period(dt.date(_CURRENT, 1, 12), dt.date(_CURRENT, 6, 19), 2),
                 Period(*_AUTUMN, 3)),
        observations=20, notes=560, conversations=14, cycles=8, collaborations=5,
    ),
    "large": Plan(
        roles={Role.LEADER: 6, Role.COACH: 10, Role.RESOURCE_PERSON: 8, Role.PEDAGOGUE: 24,
               Role.TEACHER: 112},
        grades=tuple(range(10)),
        teams=(*(_year_team(grade, extra=1) for grade in range(10)),
               *(_class_team(grade, letter) for grade, letter in (
                   (1, "A"), (1, "B"), (2, "C"), (4, "A"), (4, "B"), (6, "C"), (7, "A"),
                   (8, "B"))),
               _subject_team("dansk", "indskoling", "dansk, indskolingen"),
               _subject_team("matematik", "mellemtrin", "matematik, mellemtrinnet"),
               _subject_team("fysik/kemi", "udskoling", "naturfag, udskolingen"),
               _subject_team("engelsk", "udskoling", "engelsk og tysk"),
               _subject_team("dansk", "udskoling", "dansk, udskolingen"),
               *(_department_team(dept) for dept in ("indskoling", "mellemtrin", "udskoling")),
               _RESOURCE_TEAM),
        periods=(*(_full_year(year, 4) for year in range(_CURRENT - 5, _CURRENT)),
                 Period(*_AUTUMN, 4)),
        class_letters="ABC", observations=4000, notes=120_000, conversations=600,
        cycles=400, collaborations=150,
    ),
}


def fill_demo(services: Services, size: str = "small") -> dict[str, int]:
    """Fill an empty database with a demo school; return the counts by Danish noun.

    Refuses (ValidationError, nothing changed) a database that already holds a school, a
    person, a team, a meeting, an observation, a conversation, a course or a collaboration: the
    demo must never mix with someone's real work. The conversations' agreements count with the
    meetings' ("aftaler"); the courses' rounds and the collaborations' lessons add their
    observations, notes, conversations and agreements to those counts, and the courses
    ("forløb") and the collaborations ("samarbejder") come last.
    """
    # Imported here: these build on this module's generator and helpers.
    from plf_desktop.services.demo_collaborations import _DemoCollaborations
    from plf_desktop.services.demo_conversations import _DemoConversations
    from plf_desktop.services.demo_cycles import _DemoCycles

    if size not in PLANS:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Unknown demo size “{size}”."),
                              field="size", size=size)
    db = services.meetings.db
    if holds_data(db):
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "The database already holds data; demo only fills a new, empty database."))
    with db.atomic():
        school = _DemoSchool(services, PLANS[size], random.Random(SEED))
        counts = school.fill()
        counts |= _DemoObservations(school, random.Random(OBSERVATION_SEED)).fill()
        _choose_deletion_dates(services)
        talks = _DemoConversations(school, random.Random(CONVERSATION_SEED)).fill()
        courses = _DemoCycles(school, random.Random(CYCLE_SEED)).fill()
        together = _DemoCollaborations(school, random.Random(COLLABORATION_SEED)).fill()
    for noun in ("observationer", "noter"):
        counts[noun] = counts.get(noun, 0) + courses.get(noun, 0) + together.get(noun, 0)
    counts["samtaler"] = (talks["samtaler"] + courses.get("samtaler", 0)
                          + together.get("samtaler", 0))
    agreements = "aftaler" if "aftaler" in counts else "aftaler fra samtaler"
    counts[agreements] = (counts.get(agreements, 0) + talks["aftaler"]
                          + courses.get("aftaler", 0) + together.get("aftaler", 0))
    counts["forløb"] = courses.get("forløb", 0)
    counts["samarbejder"] = together.get("samarbejder", 0)
    return counts


def _choose_deletion_dates(services: Services) -> None:
    """A teacher left at the end of last school year and asked that the notes of their
    lessons be deleted then: the observations of last school year where they were the first
    teacher get that deletion date (one made in a course's round or a collaboration's
    lesson would stay with it: left out).

    So Overblik has records due for deletion even in the small demo, whose records are
    otherwise kept until a year after this summer (domain/retention.py). Chosen straight
    after the observations, before the courses, so the courses change neither who is chosen
    nor *Seneste arbejde* (a chosen date counts as a change of the observation).
    """
    end = dt.date(_CURRENT, 7, 31)
    retention = services.retention
    last_year = [o for o in services.observations.summaries()
                 if dt.date(_CURRENT - 1, 8, 1) <= o.date <= end and o.teachers
                 and retention.retention("observation", o.id).parent is None]
    first = {o.id: o.teachers.split(", ")[0] for o in last_year}
    lessons = Counter(first.values())
    leaver = min(lessons, key=lambda name: (-lessons[name], name), default=None)
    for observation in last_year:
        if first[observation.id] == leaver:
            retention.set_deletion_date("observation", observation.id, end)


# -- the generator -----------------------------------------------------------------------------


@dataclass
class _Staff:
    """A person with what membership is decided by (their year group and subjects)."""

    person: Person
    grade: int | None = None
    subjects: tuple[str, ...] = ()

    @property
    def department(self) -> str | None:
        """Where the person teaches; None for leaders, coaches and resource persons."""
        return department(self.grade) if self.grade is not None else None


@dataclass
class _OpenAgreement:
    """An agreement still to be followed up at the team's next meeting."""

    id: str
    what: str
    responsible: str
    routine: bool  # "send the referat" is not what colleagues tell stories about
    status: AgreementStatus = AgreementStatus.OPEN


@dataclass
class _TeamState:
    """A created team, its habits (weekday, time, room) and its unfinished agreements."""

    spec: TeamSpec
    team: Team
    coach: Person
    weekday: int
    time: dt.time
    place: str
    open: list[_OpenAgreement] = field(default_factory=list)
    focus_by_year: dict[int, text.Focus] = field(default_factory=dict)


@frozen_record
class _Slot:
    """One meeting of a team's calendar: when, the next one, and where in the year's arc."""

    date: dt.date
    next_date: dt.date | None
    phase: str  # start, middle or end of the school year's focus


@dataclass
class _Held:
    """What the writer of a referat needs to know about the meeting being written."""

    meeting: Meeting
    state: _TeamState
    focus: text.Focus
    slot: _Slot
    context: dict[str, str]
    present: list[Person]
    roles: tuple[Person, Person, Person]
    reviewed: dict[AgreementStatus, int] = field(default_factory=dict)
    highlight: str = ""


class _DemoSchool:
    """Builds the school step by step: staff, teams, then each team's meetings in order."""

    def __init__(self, services: Services, plan: Plan, rng: random.Random) -> None:
        self.services = services
        self.meetings = services.meetings
        self.plan = plan
        self.rng = rng
        self.staff: list[_Staff] = []
        self.teams: list[_TeamState] = []
        self.counts = {"personer": 0, "teams": 0, "møder": 0, "aftaler": 0}

    def fill(self) -> dict[str, int]:
        """Create everything and return the counts :func:`fill_demo` reports."""
        self.services.school.save(*SCHOOL)
        self._add_staff()
        self.teams = self._add_teams()
        for state in self.teams:
            for slot in self._calendar(state):
                if slot.date <= TODAY:
                    self._hold(state, slot)
                else:
                    self._plan_ahead(state, slot)
        return self.counts

    # -- staff -------------------------------------------------------------------------------
    def _names(self, count: int, taken: set[str]) -> Iterator[str]:
        while count:
            name = f"{self.rng.choice(text.FIRST_NAMES)} {self.rng.choice(text.LAST_NAMES)}"
            if name not in taken:
                taken.add(name)
                count -= 1
                yield name

    def _add_staff(self) -> None:
        taken = {name for name, _ in text.SPECIAL_PEOPLE}
        grades = iter(self._grade_cycle())
        for role, count in self.plan.roles.items():
            special = [name for name, code in text.SPECIAL_PEOPLE if code == role.value]
            names = special + list(self._names(count - len(special), taken))
            for index, name in enumerate(names):
                self.staff.append(self._add_person(name, role, index, grades))
        self.counts["personer"] = len(self.staff)

    def _grade_cycle(self) -> Iterator[int]:
        while True:
            yield from self.plan.grades

    def _add_person(self, name: str, role: Role, index: int, grades: Iterator[int]) -> _Staff:
        notes = {Role.LEADER: text.LEADER_NOTES, Role.COACH: text.COACH_NOTES,
                 Role.RESOURCE_PERSON: text.RESOURCE_NOTES}
        if role in notes:
            note = notes[role][index % len(notes[role])]
            return _Staff(self.services.people.add_person(name, "", role, note))
        grade = next(grades)
        if role is Role.PEDAGOGUE:
            note = f"Pædagog på {grade}. årgang"
            return _Staff(self.services.people.add_person(name, "", role, note), grade)
        subjects = tuple(self.rng.sample(text.SUBJECTS[department(grade)], 2))
        note = f"{subjects[0].capitalize()} og {subjects[1]}, {grade}. årgang"
        return _Staff(self.services.people.add_person(name, "", role, note), grade, subjects)

    def _with_role(self, role: Role) -> list[_Staff]:
        return [s for s in self.staff if s.person.role is role]

    # -- teams -------------------------------------------------------------------------------
    def _add_teams(self) -> list[_TeamState]:
        coaches = self._with_role(Role.COACH)
        states = []
        for index, spec in enumerate(self.plan.teams):
            members = tuple(s.person.id for s in self._members(spec))
            team = self.services.people.add_team(spec.name, spec.kind, self._describe(spec),
                                                 members)
            states.append(_TeamState(
                spec, team, coaches[index % len(coaches)].person,
                weekday=self.rng.choice((0, 1, 1, 2, 3)),
                time=self.rng.choice((dt.time(14, 0), dt.time(14, 30), dt.time(15, 0),
                                      dt.time(8, 0))),
                place=self.rng.choice(text.PLACES)))
        self.counts["teams"] = len(states)
        return states

    def _describe(self, spec: TeamSpec) -> str:
        return {
            TeamKind.YEAR: f"Årgangsteamet for {spec.where}: klasselærere, faglærere og "
                           "pædagoger. Data-informerede PLF-møder hver 4.–6. uge.",
            TeamKind.CLASS: f"Klasseteamet i {spec.where}: de lærere og pædagoger, der har "
                            "flest timer i klassen.",
            TeamKind.SUBJECT: f"Fagteam for {spec.subject} i {spec.where}: fælles forløb, "
                              "prøver og faglige data.",
            TeamKind.DEPARTMENT: f"Afdelingsleder og teamkoordinatorer i {spec.where}.",
        }.get(spec.kind, "Vejledere og ressourcepersoner: fordeling af vejledning og "
                         "opfølgning på teamenes forløb.")

    def _members(self, spec: TeamSpec) -> list[_Staff]:
        teachers = self._with_role(Role.TEACHER)
        pedagogues = self._with_role(Role.PEDAGOGUE)
        if spec.kind is TeamKind.RESOURCE:
            return (self._with_role(Role.COACH) + self._with_role(Role.RESOURCE_PERSON))[:10]
        if spec.kind is TeamKind.DEPARTMENT:
            return self._department_members(spec, teachers, pedagogues)
        if spec.kind is TeamKind.SUBJECT:
            pool = [t for t in teachers if t.department == spec.department]
            chosen = [t for t in pool if spec.subject in t.subjects][:8]
            return self._at_least(chosen, pool, 4)
        pool = [t for t in teachers if t.grade == spec.grade]
        size = 7 if spec.kind is TeamKind.YEAR else 3
        chosen = self.rng.sample(pool, min(size, len(pool)))
        helpers = [p for p in pedagogues if p.grade == spec.grade][:1]
        return self._at_least(chosen, [t for t in teachers if t.department == spec.department],
                              3) + helpers

    def _department_members(self, spec: TeamSpec, teachers: list[_Staff],
                            pedagogues: list[_Staff]) -> list[_Staff]:
        leaders = self._with_role(Role.LEADER)
        leader = next((s for s in leaders if s.person.note.endswith(spec.where)), leaders[0])
        coordinators: dict[int, list[_Staff]] = {}
        for teacher in teachers:
            if teacher.department == spec.department:
                coordinators.setdefault(teacher.grade or 0, []).append(teacher)
        chosen = [t for group in coordinators.values() for t in group[:2]][:6]
        helpers = [p for p in pedagogues if p.department == spec.department][:1]
        return [leader, *chosen, *helpers]

    def _at_least(self, chosen: list[_Staff], pool: list[_Staff], size: int) -> list[_Staff]:
        extra = [s for s in pool if s not in chosen]
        return chosen + extra[:max(0, size - len(chosen))]

    # -- the calendar ------------------------------------------------------------------------
    def _calendar(self, state: _TeamState) -> list[_Slot]:
        dates: list[dt.date] = []
        for period in self.plan.periods:
            count = period.meetings + (state.spec.extra_meetings if period.full_year else 0)
            span = (period.end - period.start).days
            for index in range(count):
                day = period.start + dt.timedelta(
                    days=span * (index + 0.5) / count + self.rng.randint(-6, 6))
                day = _school_day(day, state.weekday)
                while dates and day <= dates[-1]:
                    day = _school_day(day + dt.timedelta(days=7), state.weekday)
                dates.append(day)
        return [_Slot(day, dates[i + 1] if i + 1 < len(dates) else None, _phase(dates, i))
                for i, day in enumerate(dates)]

    # -- a held meeting ----------------------------------------------------------------------
    def _hold(self, state: _TeamState, slot: _Slot) -> None:
        focus = self._focus(state, slot.date)
        meeting = self._create(state, slot, focus)
        facilitated = self.rng.random() < 0.4 or state.spec.kind is TeamKind.RESOURCE
        present = self._attendance(meeting, state, facilitated)
        roles = self._roles(present, state.coach if facilitated else None)
        held = _Held(meeting, state, focus, slot, self._context(state, focus, slot, roles),
                     present, roles)
        self._follow_up(held)
        if meeting.template_key == DATA_TEMPLATE or self.rng.random() < 0.3:
            self._add_data(held)
        self._write_agenda(held)
        self._add_agreements(held)
        self.meetings.update(
            meeting.id, chair_id=roles[0].id, minute_taker_id=roles[1].id,
            timekeeper_id=roles[2].id, **self._next_meeting(held),
            evaluation_rating=self.rng.choices((2, 3, 4, 5), (1, 4, 8, 5))[0],
            evaluation_note=self.rng.choice(text.EVALUATIONS))

    def _plan_ahead(self, state: _TeamState, slot: _Slot) -> None:
        """A meeting after :data:`TODAY`: agenda, roles and invitations, no referat yet."""
        meeting = self._create(state, slot, self._focus(state, slot.date))
        members = self._people(state.team.member_ids)
        chair, referent, timekeeper = self._roles(members, None)
        self.meetings.update(meeting.id, chair_id=chair.id, minute_taker_id=referent.id,
                             timekeeper_id=timekeeper.id)

    def _create(self, state: _TeamState, slot: _Slot, focus: text.Focus) -> Meeting:
        data_share = {TeamKind.YEAR: 0.8, TeamKind.CLASS: 0.8, TeamKind.SUBJECT: 0.5}
        template = (DATA_TEMPLATE if self.rng.random() < data_share.get(state.spec.kind, 0.2)
                    else CLASSIC_TEMPLATE)
        self.counts["møder"] += 1
        return self.meetings.create(
            date=slot.date, team_id=state.team.id, template_key=template,
            title=f"{state.team.name} – {focus.title}", start_time=state.time, place=state.place)

    def _focus(self, state: _TeamState, day: dt.date) -> text.Focus:
        """The team's focus for the school year of *day*, a new one each year."""
        year = school_year(day)
        if year not in state.focus_by_year:
            eligible = [f for f in text.FOCUSES if state.spec.department in f.departments
                        and (not state.spec.subject or _suits(f, state.spec.subject))]
            last = state.focus_by_year.get(year - 1)
            fresh = [f for f in eligible if f is not last] or eligible
            state.focus_by_year[year] = self.rng.choice(fresh)
        return state.focus_by_year[year]

    def _people(self, ids: tuple[str, ...]) -> list[Person]:
        by_id = {s.person.id: s.person for s in self.staff}
        return [by_id[pid] for pid in ids]

    def _attendance(self, meeting: Meeting, state: _TeamState, facilitated: bool) -> list[Person]:
        """Mark a few *afbud*; the coach joins as process facilitator on some meetings."""
        invited = self._people(state.team.member_ids)
        if facilitated and state.coach not in invited:
            invited.append(state.coach)
        # A list, not a set: which afbud survive the cut must not depend on UUID hashing.
        absent = [p.id for p in invited[1:] if self.rng.random() < 0.08]
        absent = absent[:max(0, len(invited) - 3)]
        self.meetings.set_participants(meeting.id, [
            Participant(p.id, Attendance.ABSENT if p.id in absent else Attendance.PRESENT)
            for p in invited])
        return [p for p in invited if p.id not in absent]

    def _roles(self, present: list[Person],
               chair: Person | None) -> tuple[Person, Person, Person]:
        """Tovholder (the coach when facilitating), referent and tidtager: three people if we
        can, because the referent should not also lead the meeting."""
        others = self.rng.sample(present, len(present))
        if chair is None:
            chair = others[0]
        others = [p for p in others if p != chair] or [chair]
        return chair, others[0], others[1 % len(others)]

    def _context(self, state: _TeamState, focus: text.Focus, slot: _Slot,
                 roles: tuple[Person, Person, Person]) -> dict[str, str]:
        return {"klasse": state.spec.where, "vejleder": state.coach.name, "fokus": focus.title,
                "gruppe": str(self.rng.randint(1, 4)),
                "uge": str((slot.date + dt.timedelta(days=14)).isocalendar().week),
                "tovholder": roles[0].name, "referent": roles[1].name, "tidtager": roles[2].name}

    # -- follow-up of earlier agreements -----------------------------------------------------
    def _follow_up(self, held: _Held) -> None:
        """Review the team's open agreements, as *Opfølgning på aftaler* does at the table."""
        still_open = []
        for agreement in held.state.open:
            status = self._review_status(agreement.status)
            self.meetings.review_agreement(held.meeting.id, agreement.id, status)
            held.reviewed[status] = held.reviewed.get(status, 0) + 1
            self._note_outcome(agreement, status)
            if status in _OPEN:
                agreement.status = status
                still_open.append(agreement)
            elif status is AgreementStatus.DONE and not agreement.routine and not held.highlight:
                held.highlight = (f"{agreement.responsible} fortalte om “{agreement.what}”: "
                                  f"{self.rng.choice(text.EXPERIENCES)}.")
        held.state.open = still_open

    def _review_status(self, current: AgreementStatus) -> AgreementStatus:
        if current is AgreementStatus.IN_PROGRESS:
            options = {AgreementStatus.DONE: 70, AgreementStatus.DROPPED: 15,
                       AgreementStatus.IN_PROGRESS: 15}
        else:
            options = {AgreementStatus.DONE: 66, AgreementStatus.IN_PROGRESS: 14,
                       AgreementStatus.DROPPED: 10, AgreementStatus.OPEN: 10}
        return self.rng.choices(list(options), list(options.values()))[0]

    def _note_outcome(self, agreement: _OpenAgreement, status: AgreementStatus) -> None:
        if status is AgreementStatus.DROPPED:
            note = self.rng.choice(text.DROP_REASONS)
        elif status is AgreementStatus.DONE and self.rng.random() < 0.3:
            note = f"Udført; {self.rng.choice(text.EXPERIENCES)}."
        else:
            return
        self.services.agreements.update(agreement.id, note=note)

    # -- data --------------------------------------------------------------------------------
    def _add_data(self, held: _Held) -> None:
        year = school_year(held.slot.date)
        sources = list(dict.fromkeys(_available(s, year, held.state.spec)
                                     for s in held.focus.sources))
        level = {TeamKind.CLASS: DataLevel.CLASS, TeamKind.YEAR: DataLevel.YEAR}.get(
            held.state.spec.kind, DataLevel.SCHOOL)
        for source in self.rng.sample(sources, min(len(sources), self.rng.randint(1, 2))):
            write = text.SUMMARIES.get(source, text.summary_student_work)
            summary = write(self.rng, held.state.spec.where, held.focus.subject)
            ref = self.meetings.add_data(held.meeting.id, source, _period(source, held.slot.date),
                                         level, summary, source in _CONFIDENTIAL)
            held.context.setdefault("data", f"Vi så på {text.SOURCE_NAMES[ref.source]} "
                                            f"({ref.period}). {ref.summary}")

    # -- the referat -------------------------------------------------------------------------
    def _write_agenda(self, held: _Held) -> None:
        writers: dict[str, Callable[[_Held], tuple[str, list[str]]]] = {
            "Rammesætning, roller og formål": self._notes_opening,
            "Rammesætning af mødet": self._notes_opening,
            "Opfølgning på aftaler fra sidst": self._notes_follow_up,
            "Data: hvad ser vi?": self._notes_data,
            "Hvorfor? Hypoteser": self._notes_hypotheses,
            "Fokus: elevgruppens læringsbehov": self._notes_needs,
            "Tiltag i undervisningen og tegn": self._notes_actions,
            "Orientering": self._notes_orientation,
            "Drøftelse": self._notes_discussion,
            "Beslutninger og aftaler": self._notes_decisions,
            "Aftaler: hvad, hvem, hvornår; næste møde": self._notes_next,
            "Kommende punkter": self._notes_coming,
            "Evaluering af mødet": self._notes_evaluation,
            "Eventuelt": self._notes_misc,
        }
        for item in held.meeting.agenda:
            notes, decisions = writers.get(item.title, self._notes_misc)(held)
            self.meetings.update_item(item.id, notes=notes,
                                      responsible_id=self._responsible(held, item))
            for decision in decisions:
                self.meetings.add_decision(item.id, decision)

    def _responsible(self, held: _Held, item: AgendaItem) -> str | None:
        if item.title.startswith("Data"):
            return held.state.coach.id if held.state.coach in held.present else held.roles[0].id
        return held.roles[0].id if item.kind.value == "orientering" else None

    def _notes_opening(self, held: _Held) -> tuple[str, list[str]]:
        purpose = text.PURPOSES[held.slot.phase].format_map(held.context)
        return (f"{held.roles[0].name} bød velkommen og rammesatte mødet: formålet er {purpose}. "
                f"Referent: {held.roles[1].name}. Tidtager: {held.roles[2].name}."), []

    def _notes_follow_up(self, held: _Held) -> tuple[str, list[str]]:
        total = sum(held.reviewed.values())
        if not total:
            return "Ingen åbne aftaler fra sidst.", []
        words = {AgreementStatus.DONE: "udført", AgreementStatus.IN_PROGRESS: "i gang",
                 AgreementStatus.DROPPED: "droppet", AgreementStatus.OPEN: "ikke nået"}
        parts = ", ".join(f"{count} {words[status]}" for status, count in held.reviewed.items())
        return f"Vi gennemgik {total} aftaler: {parts}. {held.highlight}".strip(), []

    def _notes_data(self, held: _Held) -> tuple[str, list[str]]:
        seen = held.context.get("data", "Ingen nye data denne gang; vi så på elevprodukter.")
        return f"{seen} Vi beskrev først, hvad vi ser, før vi tolkede.", []

    def _notes_hypotheses(self, held: _Held) -> tuple[str, list[str]]:
        first, second = self.rng.sample(held.focus.hypotheses, 2)
        return (f"Hypoteser (Datacentrifugen): 1) {first} 2) {second} "
                f"{self.rng.choice(text.OBSERVATIONS)} {held.focus.research}"), []

    def _notes_needs(self, held: _Held) -> tuple[str, list[str]]:
        need = self.rng.choice(held.focus.needs)
        _action, sign = self.rng.choice(held.focus.actions)
        decisions = [f"Fokus indtil næste møde: {need}"] if held.slot.phase == "start" else []
        return f"{held.focus.problem} {need} Vi ved, at de lærer det, når: {sign}", decisions

    def _notes_actions(self, held: _Held) -> tuple[str, list[str]]:
        action, sign = self.rng.choice(held.focus.actions)
        step = text.STEPS[held.slot.phase].format_map(held.context)
        decision = self.rng.choice(held.focus.decisions).format_map(held.context)
        return f"Tiltag: {action}. Tegn: {sign} {step}", [decision]

    def _notes_orientation(self, held: _Held) -> tuple[str, list[str]]:
        return " ".join(self.rng.sample(text.ORIENTATIONS, 2)), []

    def _notes_discussion(self, held: _Held) -> tuple[str, list[str]]:
        action, _sign = self.rng.choice(held.focus.actions)
        data = held.context.get("data", "")
        return (f"{held.focus.problem} {data} {self.rng.choice(held.focus.hypotheses)} "
                f"Vi blev enige om at prøve: {action.lower()}.").replace("  ", " "), []

    def _notes_decisions(self, held: _Held) -> tuple[str, list[str]]:
        decision = self.rng.choice(held.focus.decisions).format_map(held.context)
        return "Se beslutningen og aftalerne nedenfor.", [decision]

    def _notes_next(self, held: _Held) -> tuple[str, list[str]]:
        nxt = held.slot.next_date
        when = (f"Næste møde {format_date(nxt)} kl. {format_time(held.state.time)} i "
                f"{held.state.place}." if nxt else "Næste møde aftales senere.")
        return f"Aftalerne står i aftaletabellen med ansvarlig og frist. {when}", []

    def _notes_coming(self, held: _Held) -> tuple[str, list[str]]:
        return f"Næste gang: {self.rng.choice(text.COMING_ITEMS)}.", []

    def _notes_evaluation(self, held: _Held) -> tuple[str, list[str]]:
        return self.rng.choice(text.EVALUATIONS), []

    def _notes_misc(self, held: _Held) -> tuple[str, list[str]]:
        return self.rng.choice(text.MISCELLANEOUS), []

    # -- agreements and næste møde -----------------------------------------------------------
    def _add_agreements(self, held: _Held) -> None:
        """Four to seven agreements, none repeating one the team still has open."""
        templates = held.focus.agreements + _GENERIC_AGREEMENTS
        still_open = {a.what for a in held.state.open}
        wanted = self.rng.randint(4, 7)
        for template in self.rng.sample(templates, len(templates)):
            due = self._due(held.slot)
            week = (due or held.slot.date + dt.timedelta(days=14)).isocalendar().week
            what = template.format_map({**held.context, "uge": str(week)})
            if wanted == 0 or what in still_open:
                continue
            responsible = self.rng.choice(held.present)
            agreement = self.meetings.add_agreement(held.meeting.id, what, responsible.id, due)
            held.state.open.append(_OpenAgreement(agreement.id, what, responsible.name,
                                                  template in _GENERIC_AGREEMENTS))
            self.counts["aftaler"] += 1
            wanted -= 1

    def _due(self, slot: _Slot) -> dt.date | None:
        chance = self.rng.random()
        if chance < 0.1:
            return None
        if slot.next_date and chance < 0.45:
            return slot.next_date - dt.timedelta(days=1)
        return slot.date + dt.timedelta(days=self.rng.choice((7, 14, 14, 21, 28, 35)))

    def _next_meeting(self, held: _Held) -> dict[str, object]:
        if not held.slot.next_date:
            return {}
        return {"next_date": held.slot.next_date, "next_time": held.state.time,
                "next_place": held.state.place,
                "next_note": "Punkter: opfølgning på aftaler; "
                             f"{self.rng.choice(text.COMING_ITEMS)}."}


_GENERIC_AGREEMENTS = (
    "Sende referatet til teamet senest fredag",
    "Invitere {vejleder} til næste møde",
)


# -- observed lessons --------------------------------------------------------------------------

LESSON_SECONDS = 45 * 60
_LESSON_STARTS = (dt.time(8, 0), dt.time(8, 50), dt.time(10, 0), dt.time(10, 50),
                  dt.time(12, 15), dt.time(13, 5))
_TALK = (ActivityForm.WHOLE_CLASS, ActivityForm.DISCUSSION)
_WORK = (ActivityForm.INDIVIDUAL, ActivityForm.PAIRS, ActivityForm.GROUPS)
_WHOLE_CLASS_MODELS = (CoTeachingModel.TEAM, CoTeachingModel.ONE_ASSISTS,
                       CoTeachingModel.ONE_ASSISTS, CoTeachingModel.ONE_OBSERVES)
_SPLIT_MODELS = (CoTeachingModel.STATIONS, CoTeachingModel.PARALLEL,
                 CoTeachingModel.ALTERNATIVE)
# How the class works while two adults split it the way a model does.
_MODEL_FORMS = {CoTeachingModel.STATIONS: (ActivityForm.GROUPS,),
                CoTeachingModel.PARALLEL: (ActivityForm.DISCUSSION, ActivityForm.PAIRS),
                CoTeachingModel.ALTERNATIVE: (ActivityForm.INDIVIDUAL, ActivityForm.PAIRS)}
_NOISE = {ActivityForm.WHOLE_CLASS: (1, 2), ActivityForm.DISCUSSION: (2, 3),
          ActivityForm.INDIVIDUAL: (1, 2), ActivityForm.PAIRS: (2, 3),
          ActivityForm.GROUPS: (3, 4), ActivityForm.TRANSITION: (3, 5)}
_SPEAKING = DEFAULT_PARTICIPATION_TYPES[:3]  # spontant indlæg, svar, spørgsmål
_FLUSH_EVERY = 250  # observations whose notes, switches and taps are written together


@dataclass
class _Room:
    """A class's seating chart in one school year and how often each seat speaks up.

    The weights stay with the class, so the same few seats dominate every observation of it
    and some are never heard – what a participation tally is there to show.
    """

    year: int
    seats: tuple[Seat, ...]
    weights: list[int]


@frozen_record
class _Phase:
    """A stretch of the lesson: from *start* seconds the class works in *form*, and with two
    adults the model is *model*."""

    start: float
    form: ActivityForm
    model: CoTeachingModel | None = None


@dataclass
class _Lesson:
    """What the notes of one observed lesson are written from."""

    observation_id: str
    adults: list[Person]
    seats: tuple[Seat, ...]
    groups: list[str]
    phases: list[_Phase]
    focus_count: int
    topic: str
    subject: str

    def phase_at(self, seconds: float) -> _Phase:
        """The phase running at *seconds* of lesson time."""
        starts = [phase.start for phase in self.phases]
        return self.phases[bisect.bisect_right(starts, seconds) - 1]


class _NoteContext(dict[str, str]):
    """The values of one note's placeholders, each drawn the first time a text asks for it:
    120,000 notes need not draw seats and numbers their texts never mention."""

    def __init__(self, fixed: dict[str, str], rng: random.Random, labels: list[str],
                 groups: list[str]) -> None:
        super().__init__(fixed)
        self.rng, self.labels, self.groups = rng, labels, groups

    def __missing__(self, key: str) -> str:
        if key in ("seat", "seat2"):
            self["seat"], self["seat2"] = self.rng.sample(self.labels, 2)
        elif key == "bord":
            self[key] = self.rng.choice(self.groups)
        elif key in ("n", "N"):
            self["n"] = self.rng.choice(text.NUMBER_WORDS)
            self["N"] = self["n"].capitalize()
        elif key == "m":
            self[key] = str(self.rng.randint(2, 4))
        else:
            raise KeyError(key)
        return self[key]


class _DemoObservations:
    """Observed lessons in the demo school's classes, after its meetings.

    Each lesson: a teacher (and in co-taught lessons a second adult with a role), an observer
    who is a vejleder or ressourceperson, a purpose and observationsfokus, the formøde, a
    pseudonymous seating chart kept per class and school year, 45 minutes of activity forms,
    co-teaching models and noise levels, taps on seats, notes that describe first and wonder
    apart, look-fors with evidence, and a stopped clock that ran during the lesson.
    """

    def __init__(self, school: _DemoSchool, rng: random.Random) -> None:
        self.services = school.services
        self.observations = school.services.observations
        self.plan = school.plan
        self.rng = rng
        self.teams = school.teams
        self.teachers = [s for s in school.staff if s.person.role is Role.TEACHER
                         and any(text.observed_subject(subject) for subject in s.subjects)]
        self.pedagogues = [s for s in school.staff if s.person.role is Role.PEDAGOGUE]
        self.observers = [s.person for s in school.staff
                          if s.person.role in (Role.COACH, Role.RESOURCE_PERSON)]
        self.rooms: dict[str, _Room] = {}
        self.notes: list[tuple[str, ObservationNote]] = []
        self.events: list[tuple[str, LessonEvent]] = []
        self.taps: list[tuple[str, Participation]] = []
        self.counts = {"observationer": 0, "noter": 0}

    def fill(self) -> dict[str, int]:
        """Observe :attr:`Plan.observations` lessons holding :attr:`Plan.notes` notes."""
        days = self._days()
        for index, (day, notes) in enumerate(zip(days, self._note_counts(len(days)),
                                                 strict=True)):
            self._observe(day, notes)
            if index % _FLUSH_EVERY == _FLUSH_EVERY - 1:
                self._flush()
        self._flush()
        return self.counts

    def _flush(self) -> None:
        insert_observation_log(self.services.meetings.db, self.notes, self.events, self.taps)
        self.notes, self.events, self.taps = [], [], []

    # -- when ------------------------------------------------------------------------------
    def _days(self) -> list[dt.date]:
        """School days in the plan's periods up to :data:`TODAY`, some with several lessons."""
        candidates = []
        for period in self.plan.periods:
            day = period.start
            while day <= min(period.end, TODAY):
                if day.weekday() < 5 and not _holiday(day):
                    candidates.append(day)
                day += dt.timedelta(days=1)
        return sorted(self.rng.choices(candidates, k=self.plan.observations))

    def _note_counts(self, lessons: int) -> list[int]:
        """Split :attr:`Plan.notes` over *lessons*: busy and quiet lessons, the exact total."""
        weights = [self.rng.uniform(0.6, 1.4) for _ in range(lessons)]
        total = sum(weights)
        counts = [int(self.plan.notes * w / total) for w in weights]
        for index in range(self.plan.notes - sum(counts)):
            counts[index % lessons] += 1
        return counts

    # -- the record ------------------------------------------------------------------------
    def _observe(self, day: dt.date, note_count: int) -> None:
        rng = self.rng
        grade = rng.choice(self.plan.grades)
        class_label = f"{grade}.{rng.choice(self.plan.class_letters)}"
        teacher = rng.choice([t for t in self.teachers if t.grade == grade] or self.teachers)
        subject = rng.choice([s for s in teacher.subjects if text.observed_subject(s)])
        second = self._second_adult(teacher, grade) if rng.random() < 0.45 else None
        adults = [teacher.person] + ([second] if second else [])
        observer = rng.choice([p for p in self.observers if p not in adults])
        theme = rng.choice([t for t in text.OBSERVATION_THEMES
                            if t.suits(subject, second is not None)])
        focus = sorted(rng.sample(range(len(theme.focus_points)), rng.choice((2, 3, 3))))
        topic = text.lesson_topic(rng, subject, department(grade))
        start_time = rng.choice(_LESSON_STARTS)
        planned = self._planned_models() if second else ()
        interval = 5 if rng.random() < 0.3 else 0
        observation = self.observations.create(
            date=day, class_label=class_label, subject=subject,
            adults=self._adult_roles(teacher.person, second, planned), observer_id=observer.id,
            team_id=self._team_of(class_label, grade), start_time=start_time,
            focus_points=tuple(theme.focus_points[i] for i in focus))
        room = self._room(observation.id, class_label, day)
        lesson = _Lesson(observation.id, adults, room.seats,
                         sorted({s.group for s in room.seats if s.group}),
                         self._phases(planned), len(focus), topic, subject)
        context = {"a": _first_name(teacher.person),
                   "b": _first_name(second) if second else "", "emne": topic, "fag": subject,
                   "klasse": class_label, "bord": rng.choice(lesson.groups)}
        self.observations.update(
            observation.id, purpose=rng.choice(theme.purposes).format_map(context),
            student_count=len(room.seats) - rng.choice((0, 0, 0, 1, 1, 2)),
            planned_models=planned, observer_position=rng.choice(text.OBSERVER_POSITIONS),
            feedback_time=self._feedback_time(day),
            interval_minutes=interval,
            private_notes=(rng.choice(text.PRIVATE_RECORD_NOTES).format_map(context)
                           if rng.random() < 0.3 else ""),
            look_fors=self._look_fors(context) if second else (),
            clock=self._clock(day, start_time))
        self._log_switches(lesson, interval)
        self._log_taps(lesson, room.weights)
        self._write_notes(lesson, note_count)
        self.counts["observationer"] += 1

    def _second_adult(self, teacher: _Staff, grade: int) -> Person:
        """The co-teacher: the year's pædagog, a ressourceperson, a vejleder or a colleague."""
        pedagogues = [p.person for p in self.pedagogues if p.grade == grade]
        colleagues = [t.person for t in self.teachers if t.grade == grade and t is not teacher]
        pools = [pool for pool in (pedagogues, self.observers, colleagues) if pool]
        return self.rng.choice(self.rng.choice(pools))

    def _adult_roles(self, lead: Person, second: Person | None,
                     planned: tuple[CoTeachingModel, ...]) -> tuple[Adult, ...]:
        """The roles written on the record: the second adult's follows the planned model the
        lesson is built around (a way to split the class if there is one)."""
        if second is None:
            return (Adult(lead.id, self.rng.choice(text.LEAD_ROLES)),)
        task = self.rng.choice(text.CO_ROLES[planned[-1].value])
        profession = text.PROFESSIONS.get(second.role.value, text.PROFESSIONS["laerer"])
        return (Adult(lead.id, self.rng.choice(text.CO_LEAD_ROLES)),
                Adult(second.id, f"{profession}; {task}"))

    def _team_of(self, class_label: str, grade: int) -> str | None:
        """The class's own team, else its year team, else none."""
        for kind, where in ((TeamKind.CLASS, class_label), (TeamKind.YEAR, f"{grade}. årgang")):
            for state in self.teams:
                if state.spec.kind is kind and state.spec.where == where:
                    return state.team.id
        return None

    def _planned_models(self) -> tuple[CoTeachingModel, ...]:
        """A whole-class model to start and end with, and zero to two ways to split the class."""
        split = self.rng.sample(_SPLIT_MODELS, self.rng.choice((0, 1, 1, 2)))
        return (self.rng.choice(_WHOLE_CLASS_MODELS), *split)

    def _feedback_time(self, day: dt.date) -> str:
        """When the feedback conversation is (agreed at the formøde): soon after the lesson."""
        later = day + dt.timedelta(days=self.rng.choice((0, 1, 1, 2, 3)))
        while later.weekday() >= 5 or _holiday(later):
            later += dt.timedelta(days=1)
        at = self.rng.choice((dt.time(12, 0), dt.time(14, 0), dt.time(14, 30), dt.time(15, 0)))
        return (f"{format_date(later)} kl. {format_time(at)}, {self.rng.choice((20, 30, 45))} "
                f"min i {self.rng.choice(text.FEEDBACK_PLACES)}")

    def _clock(self, day: dt.date, start: dt.time) -> LessonClock:
        """Started as the lesson began, sometimes paused a few minutes, stopped after 45."""
        local = dt.datetime.combine(day, start) + dt.timedelta(seconds=self.rng.randint(15, 120))
        began = (local - dt.timedelta(hours=_danish_utc_offset(day))).replace(tzinfo=dt.UTC)
        clock = LessonClock().start(began)
        paused = 0
        if self.rng.random() < 0.12:
            at = began + dt.timedelta(seconds=self.rng.randint(600, 2000))
            paused = self.rng.randint(60, 300)
            clock = clock.pause(at).start(at + dt.timedelta(seconds=paused))
        return clock.stop(began + dt.timedelta(seconds=LESSON_SECONDS + paused))

    def _look_fors(self, context: dict[str, str]) -> tuple[LookForMark, ...]:
        """Two to five co-teaching look-fors ticked, most with the evidence seen."""
        return tuple(
            LookForMark(index, self.rng.choice(text.LOOK_FOR_EVIDENCE[index]).format_map(context)
                        if self.rng.random() < 0.7 else "")
            for index in sorted(self.rng.sample(range(len(LOOK_FORS)), self.rng.randint(2, 5))))

    # -- the seating chart -----------------------------------------------------------------
    def _room(self, observation_id: str, class_label: str, day: dt.date) -> _Room:
        """The class's seats this school year: laid out at its first observation (and saved for
        the next, which :meth:`ObservationService.create` lays out again by itself)."""
        room = self.rooms.get(class_label)
        if room is None or room.year != school_year(day):
            seats = self._layout(self.rng.randint(18, 26))
            weights = self.rng.choices((0, 1, 2, 5), (25, 40, 25, 10), k=len(seats))
            for index in self.rng.sample(range(len(seats)), 3):
                weights[index] = max(weights[index], 2)
            room = _Room(school_year(day), seats, weights)
            self.rooms[class_label] = room
            self.observations.set_seats(observation_id, seats)
        return room

    def _layout(self, students: int) -> tuple[Seat, ...]:
        """Rows of desks for two, or tables for four or six: labels "A1"…, groups "Bord 1"…."""
        style = self.rng.choice(("par", "par", "fire", "seks"))
        width, depth = {"par": (2, 1), "fire": (2, 2), "seks": (3, 2)}[style]
        tables_per_row = 6 // width if style == "par" else 3
        seats = []
        table = 0
        while len(seats) < students:
            block_row, block_col = divmod(table, tables_per_row)
            table += 1
            for dy in range(depth):
                for dx in range(width):
                    row = block_row * (depth + 1) + dy
                    column = block_col * (width + 1) + dx
                    label = f"{chr(ord('A') + block_row * depth + dy)}{block_col * width + dx + 1}"
                    seats.append(Seat(label, column, row, f"Bord {table}"))
        return tuple(seats[:students])

    # -- the lesson ------------------------------------------------------------------------
    def _phases(self, planned: tuple[CoTeachingModel, ...]) -> list[_Phase]:
        """Intro at the board, one to three work blocks (sometimes after a transition), a
        closing conversation; with two adults, the planned models in their phases."""
        rng = self.rng
        whole = planned[0] if planned else None
        splits = planned[1:]
        phases = [_Phase(0.0, ActivityForm.WHOLE_CLASS, whole)]
        start = rng.randint(300, 780)
        closing = LESSON_SECONDS - rng.randint(300, 599)
        blocks = rng.choice((1, 2, 2, 3))
        length = (closing - start) / blocks
        for block in range(blocks):
            at = start + block * length + (rng.randint(-60, 60) if block else 0)
            model = rng.choice(splits) if splits and rng.random() < 0.8 else whole
            if model is not None and rng.random() < 0.1:
                model = CoTeachingModel.ONE_ASSISTS  # the plan slips: one leads, one assists
            if rng.random() < 0.5:
                phases.append(_Phase(at, ActivityForm.TRANSITION, phases[-1].model))
                at += rng.randint(40, 150)
            forms = [f for f in _MODEL_FORMS.get(model, _WORK)  # type: ignore[arg-type]
                     if f is not phases[-1].form]
            if forms:  # else the class just goes on as it works (the next station, say)
                phases.append(_Phase(at, rng.choice(forms), model))
        end_model = rng.choice((CoTeachingModel.TEAM, whole)) if whole else None
        phases.append(_Phase(float(closing), rng.choice(_TALK[1:] * 2 + _TALK[:1]), end_model))
        return phases

    def _log_switches(self, lesson: _Lesson, interval: int) -> None:
        """Activity forms and models as the observer switches them, and noise levels: every
        five minutes with the interval prompt, a few times without."""
        rng = self.rng
        oid = lesson.observation_id
        model = None
        for phase in lesson.phases:
            self.events.append((oid, LessonEvent(new_id(), phase.start, "activity",
                                                 phase.form.value)))
            if phase.model is not None and phase.model is not model:
                delay = 0.0 if phase.start == 0 else float(rng.randint(0, 20))
                self.events.append((oid, LessonEvent(new_id(), phase.start + delay, "model",
                                                     phase.model.value)))
                model = phase.model
        if interval:
            moments = [float(at + rng.randint(2, 25))
                       for at in range(interval * 60, LESSON_SECONDS, interval * 60)]
        else:
            moments = sorted(float(rng.randint(120, LESSON_SECONDS - 30))
                             for _ in range(rng.randint(2, 4)))
        for at in moments:
            low, high = _NOISE[lesson.phase_at(at).form]
            level = min(5, rng.randint(low, high) + (rng.random() < 0.1))
            self.events.append((oid, LessonEvent(new_id(), at, "noise", str(level))))

    def _log_taps(self, lesson: _Lesson, weights: list[int]) -> None:
        """Taps on seats, unevenly: talk in whole-class phases, help asked for in work."""
        rng = self.rng
        spans = [(p.start, nxt.start if nxt else LESSON_SECONDS, p.form)
                 for p, nxt in zip(lesson.phases, [*lesson.phases[1:], None], strict=True)]
        talk = [s for s in spans if s[2] in _TALK]
        work = [s for s in spans if s[2] in _WORK] or talk
        lengths = {id(pool): list(itertools.accumulate(e - s for s, e, _ in pool))
                   for pool in (talk, work)}
        count = rng.randint(12, 50)
        seats = rng.choices(lesson.seats, weights, k=count)
        taps = []
        for seat in seats:
            talking = rng.random() < 0.8
            pool = talk if talking else work
            start, end, _form = rng.choices(pool, cum_weights=lengths[id(pool)])[0]
            kind = (rng.choices(_SPEAKING, cum_weights=(3, 8, 10))[0] if talking else
                    rng.choices(DEFAULT_PARTICIPATION_TYPES[2:], cum_weights=(2, 5))[0])
            taps.append(Participation(new_id(), seat.label, kind,
                                      float(rng.randint(int(start) + 1, int(end) - 1))))
        self.taps.extend((lesson.observation_id, tap)
                         for tap in sorted(taps, key=lambda t: t.at_seconds))

    def _write_notes(self, lesson: _Lesson, count: int) -> None:
        """*count* notes spread over the lesson, each from what was going on at its time."""
        rng = self.rng
        fixed = {"a": _first_name(lesson.adults[0]), "emne": lesson.topic, "fag": lesson.subject,
                 "b": _first_name(lesson.adults[1]) if len(lesson.adults) > 1 else ""}
        labels = [seat.label for seat in lesson.seats]
        used: set[text.NoteText] = set()
        for at in sorted(rng.sample(range(10, LESSON_SECONDS - 5), count)):
            phase = lesson.phase_at(at)
            context = _NoteContext(fixed, rng, labels, lesson.groups)
            chance = rng.random()
            private = chance < 0.04
            if private:
                pool: tuple[text.NoteText, ...] = tuple(
                    text.NoteText("andet", note) for note in text.PRIVATE_NOTES)
            elif chance < 0.09:
                pool = text.OTHER_NOTES
            elif at < 180 and chance < 0.7:
                pool = text.OPENING_NOTES
            elif at > LESSON_SECONDS - 360 and chance < 0.7:
                pool = text.CLOSING_NOTES
            elif phase.model is not None and chance < 0.4:
                pool = text.MODEL_NOTES[phase.model.value]
            else:
                pool = text.ACTIVITY_NOTES[phase.form.value]
            fresh = ([e for e in pool if e not in used]
                     or [e for e in text.ACTIVITY_NOTES[phase.form.value] if e not in used])
            entry = rng.choice(fresh or pool)
            used.add(entry)
            wonder = (rng.choice(entry.wonders).format_map(context)
                      if entry.wonders and rng.random() < 0.45 else "")
            focus = rng.randrange(lesson.focus_count) if rng.random() < 0.55 else None
            self.notes.append((lesson.observation_id, ObservationNote(
                new_id(), float(at), entry.description.format_map(context), wonder,
                NoteCategory(entry.category), focus, private)))
        self.counts["noter"] += count


# -- small pure helpers ------------------------------------------------------------------------


def _easter(year: int) -> dt.date:
    """Easter Sunday (the anonymous Gregorian algorithm): påskeferie moves every year."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    m = (32 + 2 * e + 2 * i - h - k) % 7
    n = (h + m - 7 * ((a + 11 * h + 22 * m) // 451) + 114)
    return dt.date(year, n // 31, n % 31 + 1)


def _holiday(day: dt.date) -> bool:
    """Efterårsferie (week 42), vinterferie (week 7), jul, påske and sommerferie."""
    week = day.isocalendar().week
    easter = _easter(day.year)
    return (week in (7, 42) or (day.month == 12 and day.day >= 20)
            or (day.month == 1 and day.day <= 3) or day.month == 7
            or (day.month == 6 and day.day >= 27) or (day.month == 8 and day.day < 10)
            or easter - dt.timedelta(days=6) <= day <= easter + dt.timedelta(days=1))


def _school_day(day: dt.date, weekday: int) -> dt.date:
    """The first *weekday* on or after *day* that is not in a holiday."""
    day += dt.timedelta(days=(weekday - day.weekday()) % 7)
    while _holiday(day):
        day += dt.timedelta(days=7)
    return day


def _phase(dates: list[dt.date], index: int) -> str:
    """Start, middle or end of the school year's arc for the meeting at *index*."""
    year = school_year(dates[index])
    same = [i for i, day in enumerate(dates) if school_year(day) == year]
    return "start" if index == same[0] else "end" if index == same[-1] else "middle"


def _suits(focus: text.Focus, subject: str) -> bool:
    """Does a focus fit a subject team (dansk → reading and writing, matematik → maths)?"""
    wanted = {"dansk": ("læsning", "skrivning", "sprog"), "matematik": ("matematik",)}
    return focus.subject in wanted.get(subject, (focus.subject,)) or subject not in wanted


def _test_source(year: int) -> DataSource:
    """The national test of a school year: the old ones to 2021/22, then the transition test,
    then from 2026/27 Folkeskolens Nationale Færdighedstest (domain.md §5.6)."""
    return (DataSource.OTHER if year <= 2021 else DataSource.TRANSITION_TEST if year <= 2025
            else DataSource.SKILLS_TEST)


def _available(source: DataSource, year: int, spec: TeamSpec) -> DataSource:
    """The source a team could really have had that year; otherwise student work."""
    if source in _TEST_SOURCES:
        return _test_source(year)
    if source is DataSource.READING_SCREENING and year < 2025:  # class-based from 2025/26
        return DataSource.STUDENT_WORK
    if source is DataSource.LANGUAGE_ASSESSMENT and spec.department != "indskoling":
        return DataSource.STUDENT_WORK
    if source is DataSource.GRADES and spec.department != "udskoling":
        return DataSource.STUDENT_WORK
    return source


def _first_name(person: Person) -> str:
    """How an observer writes a colleague in the notes: "Łukasz", not "Łukasz Nowak"."""
    return person.name.split()[0]


def _last_sunday(year: int, month: int) -> dt.date:
    last = dt.date(year, month + 1, 1) - dt.timedelta(days=1)
    return last - dt.timedelta(days=(last.weekday() + 1) % 7)


def _danish_utc_offset(day: dt.date) -> int:
    """Hours Danish time is ahead of UTC on *day*: 2 in summer time (last Sunday of March to
    last Sunday of October), else 1. Enough for school hours; no tz database needed."""
    return 2 if _last_sunday(day.year, 3) <= day < _last_sunday(day.year, 10) else 1


def _period(source: DataSource, day: dt.date) -> str:
    """The period the data covers, as a referat writes it."""
    year = school_year(day)
    if source is DataSource.WELLBEING:  # surveyed 20.1–20.3; autumn meetings use last spring's
        return f"foråret {year + 1 if day.month in (4, 5, 6) else year}"
    if source in _TEST_SOURCES or source is DataSource.GRADES:
        return f"{year}/{(year + 1) % 100:02d}"
    start = day - dt.timedelta(days=28)
    return f"uge {start.isocalendar().week}–{day.isocalendar().week}"
