"""Co-teaching collaborations (*co-teaching-samarbejder*) in the demo school, after its courses.

Why: the *Co-teaching* area, its stepper, the collaboration summary and the start screen need
collaborations that look like years of a vejleder's real work – older ones closed with an
evaluation and what the teacher takes further, and in the current school year collaborations
at every stage: a contract just written at the formøde, several under way at each lesson step
(co-planning, the co-taught lesson, the reflection, the adjustment), one or two being evaluated,
the rest closed.

How: each collaboration goes through
:class:`~plf_desktop.services.collaboration_service.CollaborationService` the way a vejleder
would use it (domain.md §3.4) – created at the formøde with its samarbejdskontrakt; then lesson
by lesson the planlægningsskema (goal, tegn, phases with a model and both adults' roles,
differentiation, materials), the lesson's observation (``create_observation``) with the lesson
clock, the model switches at the seconds the phases really began, a few notes and the look-fors
ticked with their evidence, and the reflection conversation (``create_reflection``) held phase
by phase on a fake clock, with notes, an opsamling, næste skridt and sometimes an agreement;
last the evaluation, ``start_evaluation`` and ``close``. The observation notes and the
conversation notes are written in bulk (:mod:`plf_desktop.storage.demo_bulk`), as the courses'
are: the same rows the services write one by one. Each collaboration is first laid out as
a timeline of dated events (formøde, start, then per lesson planning, lesson and reflection,
then evaluation and close), and only the events up to
:data:`~plf_desktop.services.demo_data.TODAY` are applied, so where it stands follows from its
dates.

A lesson does not always go as planned: now and then the class is gathered again mid-work (the
model slips to "one teaches, one assists" for a few minutes), the class is split a few minutes
late, or the work runs long and the closing is cut. The observation logs it, and the reflection and
the evaluation (planned against used) come back to it.

Deterministic: its own seeded ``random.Random``, run after the courses, so adding
collaborations leaves every meeting, observation, conversation and course before it as it was.
"""

from __future__ import annotations

import datetime as dt
import random
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from plf_desktop.domain.collaborations import REFLECTION_TEMPLATE, LessonPhase
from plf_desktop.domain.conversations import ConversationNote
from plf_desktop.domain.dates import format_date, format_time
from plf_desktop.domain.labels import (
    ActivityForm,
    AgreementStatus,
    CoTeachingModel,
    NoteCategory,
    Role,
    TeamKind,
)
from plf_desktop.domain.observations import LessonClock, ObservationNote
from plf_desktop.domain.record_type import frozen_record
from plf_desktop.domain.records import Person, new_id
from plf_desktop.services import demo_collaboration_content as content
from plf_desktop.services import demo_content as text
from plf_desktop.services.collaboration_service import CollaborationService
from plf_desktop.services.conversation_service import ConversationService
from plf_desktop.services.demo_conversation_content import MODEL_NAMES
from plf_desktop.services.demo_conversations import _genitive
from plf_desktop.services.demo_cycles import _SEATS, _Fill
from plf_desktop.services.demo_cycles import _school_day as _on_or_after
from plf_desktop.services.demo_data import (
    _LESSON_STARTS,
    LESSON_SECONDS,
    TODAY,
    Period,
    _danish_utc_offset,
    _DemoSchool,
    _first_name,
    _holiday,
    _school_day,
    _Staff,
    department,
)
from plf_desktop.storage.demo_bulk import insert_conversation_notes, insert_observation_log

# Where a collaboration stands at TODAY (the current school year) or ended (older ones).
CONTRACT, PLAN, OBSERVE, REFLECT, DONE = "contract", "plan", "observe", "reflect", "done"
EVALUATION, CLOSED = "evaluation", "closed"
_LESSON_TARGETS = (PLAN, OBSERVE, REFLECT, DONE)

# The events of a timeline: the formøde, the start, per lesson its planning, the lesson and the
# reflection, then the evaluation and the close. Index of lesson i's planning (from 0):
# _BEFORE_LESSONS + _PER_LESSON * i.
_BEFORE_LESSONS = 2
_PER_LESSON = 3
_ATTEMPTS = 60
_MAX_AT_ONCE = 3  # collaborations a vejleder runs at the same time
_TALK_TIMES = (dt.time(13, 5), dt.time(14, 0), dt.time(14, 30), dt.time(15, 0))
_AFTER_SCHOOL = (dt.time(14, 0), dt.time(14, 30), dt.time(15, 0))
_SPLIT = (CoTeachingModel.STATIONS, CoTeachingModel.PARALLEL, CoTeachingModel.ALTERNATIVE)
_WORK = ("individuelt", "pararbejde", "gruppearbejde")  # ActivityForm codes


@frozen_record
class _Rhythm:
    """The collaboration's weekly rhythm, drawn once so its timeline is a function of its
    formøde alone: the lesson's weekday and time, how planning and reflection are held, and the
    small irregularities (a week skipped, a late reflection)."""

    lessons: int
    weekday: int
    lesson_time: dt.time
    combined: bool  # reflection and the next planning at one weekly meeting
    meeting_weekday: int  # the planning (or combined) meeting's weekday
    meeting_time: dt.time
    lag: int  # separate reflections: 0 the same afternoon, 1 the next school day
    start_gap: int  # days from the formøde to the start
    first_gap: int  # days from the start to the first lesson at the earliest
    skips: tuple[int, ...]  # extra weeks before each following lesson
    late: tuple[int, ...]  # extra days before a separate reflection
    evaluation_gap: int
    close_gap: int
    minutes: int  # planning time a week
    place: str


@dataclass
class _Collaboration:
    """A collaboration before any of it is stored: what it reaches, its rhythm and dates, and
    (once people are chosen) who, where and about what."""

    target: str
    rhythm: _Rhythm
    days: list[dt.date]
    teacher: _Staff | None = None
    coach: Person | None = None
    theme: content.Theme | None = None
    subject: str = ""
    class_label: str = ""
    team_id: str | None = None
    words: dict[str, str] = field(default_factory=dict)

    def lesson_day(self, index: int, offset: int) -> dt.date:
        """The date of lesson *index*'s event *offset* (0 planning, 1 lesson, 2 reflection)."""
        return self.days[_BEFORE_LESSONS + _PER_LESSON * index + offset]

    @property
    def closes(self) -> bool:
        """Does the collaboration reach its close?"""
        return self.target == CLOSED


@frozen_record
class _AsTaught:
    """How a lesson really went against its plan: the second each phase began (a closing
    cut by the bell is missing), the deviation ("", "slip", "late" or "overrun") and, for a
    slip or a late split, the detour: its phase, when it began and ended, and the model the
    two taught in meanwhile."""

    starts: list[float]
    deviation: str
    detour: tuple[int, float, float, CoTeachingModel] | None = None


@frozen_record
class _Taught:
    """What happened in one lesson, for its reflection: the model segments in lesson order
    (model, minutes), the deviation from the plan (if any), the split model it was planned
    around, the notes (focus point, description) in lesson order, and the look-fors ticked
    with their evidence."""

    segments: tuple[tuple[CoTeachingModel, float], ...]
    deviation: str
    model: CoTeachingModel | None
    notes: tuple[tuple[int | None, str], ...]
    look_fors: tuple[int, ...]
    evidence: dict[int, str]


class _DemoCollaborations:
    """Co-teaching collaborations between the demo school's vejledere or ressourcepersoner and
    its teachers, each in the teacher's own class and subject.

    Each one: the formøde and samarbejdskontrakt; two to six lessons about a week apart, each
    with its planlægningsskema, its observation with model switches, notes and look-fors, and
    its reflection conversation; the evaluation against the six models and the look-fors and
    what the teacher takes further.
    """

    def __init__(self, school: _DemoSchool, rng: random.Random) -> None:
        self.services = school.services
        self.db = school.services.conversations.db
        self.plan = school.plan
        self.rng = rng
        self.moment = dt.datetime.combine(TODAY, dt.time(12), tzinfo=dt.UTC)
        self.conversations = ConversationService(self.db, now=lambda: self.moment)
        self.observations = school.services.observations
        self.collaborations = CollaborationService(self.db, school.services.templates,
                                                   self.observations, self.conversations)
        self.phase_minutes = [phase.minutes or 8 for phase in
                              school.services.templates.conversation_template(
                                  REFLECTION_TEMPLATE).phases]
        self.teachers = [s for s in school.staff if s.person.role is Role.TEACHER
                         and any(text.observed_subject(x) for x in s.subjects)]
        self.coaches = [s.person for s in school.staff
                        if s.person.role in (Role.COACH, Role.RESOURCE_PERSON)]
        self.teams = school.teams
        self.letters: dict[str, str] = {}  # teacher → the class they co-teach in
        self.owners: dict[tuple[str, str], str] = {}  # (class, subject) → who teaches it
        self.last_theme: dict[str, str] = {}  # teacher → the theme of their latest one
        self.taken: Counter[str] = Counter()  # teacher → their collaborations so far
        self.busy: dict[str, list[tuple[dt.date, dt.date]]] = {}  # person → their spans
        # Written in bulk at the end, the same rows the services write one by one.
        self.observation_notes: list[tuple[str, ObservationNote]] = []
        self.talk_notes: list[tuple[str, ConversationNote]] = []
        self.counts = {"observationer": 0, "noter": 0, "samtaler": 0, "aftaler": 0,
                       "samarbejder": 0}

    def fill(self) -> dict[str, int]:
        """Run :attr:`Plan.collaborations` collaborations; return them and the observations,
        notes, conversations and agreements their lessons made, by Danish noun."""
        for collaboration in self._plan():
            self._run(collaboration)
        insert_observation_log(self.db, self.observation_notes, (), ())
        insert_conversation_notes(self.db, self.talk_notes)
        return self.counts

    # -- what each collaboration reaches, and when ---------------------------------------
    def _plan(self) -> list[_Collaboration]:
        """Every collaboration laid out on its timeline with its people, oldest first."""
        count = self.plan.collaborations
        if not count or not self.teachers or not self.coaches:
            return []
        now, old = _targets(count)
        current, earlier = self.plan.periods[-1], self.plan.periods[:-1] or self.plan.periods
        made = []
        for target in old:
            period = self.rng.choices(earlier, [(p.end - p.start).days for p in earlier])[0]
            made.append(self._collaboration(target, period, before=True))
        for target in now:
            made.append(self._collaboration(target, current, before=False))
        made.sort(key=lambda c: c.days[0])
        return made

    def _collaboration(self, target: str, period: Period, before: bool) -> _Collaboration:
        """A collaboration reaching *target*: its rhythm and dates first, then a teacher free
        for them, a theme that suits the teacher's subjects, and a vejleder with room for it.

        When nobody is free after many tries, it is placed anyway (a busy school, not a
        broken demo)."""
        for attempt in range(_ATTEMPTS):
            rhythm = self._rhythm(target)
            if before:
                days = self._before(period, rhythm)
            else:
                lesson = self._lesson_number(target, rhythm.lessons)
                days = self._at_today(period, rhythm, _done_events(target, rhythm.lessons,
                                                                    lesson), target)
            if days is None:
                continue
            collaboration = _Collaboration(target, rhythm, days)
            if self._cast(collaboration, strict=attempt < _ATTEMPTS - 5):
                return collaboration
        raise RuntimeError(f"no dates for a collaboration reaching {target}")  # pragma: no cover

    def _rhythm(self, target: str) -> _Rhythm:
        """A weekly rhythm: two to six lessons (mostly three or more for one under way, so
        its stepper more often has a finished lesson behind it), the lesson's weekday and time,
        and how the two meet to plan and reflect."""
        rng = self.rng
        lessons = rng.choices((2, 3, 4, 5, 6), (3, 4, 4, 3, 2))[0]
        if target in _LESSON_TARGETS and lessons < 3 and rng.random() < 0.6:
            lessons = 3
        weekday = rng.randrange(5)
        combined = rng.random() < 0.4
        if combined:
            meeting_weekday = rng.choice((weekday, min(4, weekday + 1), min(4, weekday + 2)))
        else:  # a planning meeting one to three school days before the lesson
            meeting_weekday = rng.choice([(weekday - d) % 7 for d in (1, 2, 3)
                                          if (weekday - d) % 7 < 5])
        return _Rhythm(
            lessons=lessons, weekday=weekday, lesson_time=rng.choice(_LESSON_STARTS),
            combined=combined, meeting_weekday=meeting_weekday,
            meeting_time=rng.choice(_AFTER_SCHOOL if combined else _TALK_TIMES),
            lag=rng.choice((0, 0, 1)), start_gap=rng.randint(2, 6), first_gap=rng.randint(2, 7),
            skips=tuple(rng.choices((0, 1), (11, 1), k=lessons)),
            late=tuple(rng.choices((0, 1, 2), (8, 1, 1), k=lessons)),
            evaluation_gap=rng.randint(3, 12), close_gap=rng.randint(0, 6),
            minutes=rng.choice((30, 45, 45, 60)), place=rng.choice(content.PLANNING_PLACES))

    def _lesson_number(self, target: str, lessons: int) -> int:
        """Which lesson one under way has come to (from 1); in the small demo's one, past the
        first, so the stepper shows a finished lesson too."""
        if target not in _LESSON_TARGETS:
            return 0
        low = 2 if self.plan.collaborations < 50 else 1
        return self.rng.randint(min(low, lessons), lessons)

    def _before(self, period: Period, rhythm: _Rhythm) -> list[dt.date] | None:
        """Dates for a collaboration of an earlier school year: from formøde to close inside
        *period*."""
        span = (_timeline(period.start, rhythm) or [period.start])[-1] - period.start
        room = max(0, (period.end - period.start).days - span.days)
        for _attempt in range(8):
            days = _timeline(period.start + dt.timedelta(days=self.rng.randint(0, room)), rhythm)
            if days and days[-1] <= min(period.end, TODAY):
                return days
        return None

    def _at_today(self, period: Period, rhythm: _Rhythm, done: int,
                  target: str) -> list[dt.date] | None:
        """Dates for a collaboration of the current school year that has come exactly as far
        as *done* events at TODAY: a recent formøde for one under way, any for a closed one."""
        found = []
        day = TODAY
        while day >= period.start:
            days = _timeline(day, rhythm)
            if days is not None:
                reached = sum(1 for event in days if event <= TODAY)
                if reached == done:
                    found.append(days)
                elif reached > done:
                    break
            day -= dt.timedelta(days=1)
        if not found:
            return None
        return self.rng.choice(found if target == CLOSED else found[:5])

    # -- who, where, about what ------------------------------------------------------------
    def _cast(self, collaboration: _Collaboration, strict: bool) -> bool:
        """A teacher free for the collaboration's span (those with fewer collaborations
        first), a theme for one of their subjects (not the one they just had, nor a subject
        another teacher has in that class), and a vejleder with room for one more; False when
        none can."""
        rng = self.rng
        span = (collaboration.days[0], collaboration.days[-1])
        teachers = rng.sample(self.teachers, len(self.teachers))
        teachers.sort(key=lambda t: self.taken[t.person.id])
        for teacher in teachers:
            if strict and not _free(self.busy.get(teacher.person.id, ()), span):
                continue
            pid = teacher.person.id
            letter = self.letters.setdefault(pid, rng.choice(self.plan.class_letters))
            mine = [subject for subject in teacher.subjects if self.owners.setdefault(
                (f"{teacher.grade}.{letter}", subject), pid) == pid]
            options = [(theme, subject) for theme in content.THEMES
                       for subject in mine if _suits(theme, subject, teacher)]
            fresh = [o for o in options if o[0].key != self.last_theme.get(teacher.person.id)]
            options = fresh or options
            if not options:
                continue
            theme, subject = rng.choices(options, [2 if o[0].subjects else 1
                                                   for o in options])[0]
            coach = self._coach(theme, span, strict)
            if coach is None:
                continue
            self._place(collaboration, teacher, coach, theme, subject)
            return True
        return False

    def _coach(self, theme: content.Theme, span: tuple[dt.date, dt.date],
               strict: bool) -> Person | None:
        """A vejleder whose note fits the theme (the matematikvejleder for the maths
        conversation), else any with room for one more collaboration at the time."""
        free = [c for c in self.coaches if not strict or sum(
            1 for s in self.busy.get(c.id, ()) if not _free([s], span)) < _MAX_AT_ONCE]
        suited = [c for c in free if any(word.lower() in c.note.lower()
                                         for word in theme.coaches)]
        if suited and self.rng.random() < 0.75:
            return self.rng.choice(suited)
        return self.rng.choice(free) if free else None

    def _place(self, collaboration: _Collaboration, teacher: _Staff, coach: Person,
               theme: content.Theme, subject: str) -> None:
        """Fill in who, where and about what, and book the two for the span."""
        rng = self.rng
        pid = teacher.person.id
        grade = teacher.grade or 0
        class_label = f"{grade}.{self.letters[pid]}"
        collaboration.teacher, collaboration.coach = teacher, coach
        collaboration.theme, collaboration.subject = theme, subject
        collaboration.class_label = class_label
        collaboration.team_id = self._team_of(class_label, grade)
        span = (collaboration.days[0], collaboration.days[-1])
        for person in (pid, coach.id):
            self.busy.setdefault(person, []).append(span)
        self.last_theme[pid] = theme.key
        self.taken[pid] += 1
        seats = [s.label for s in self.observations.repo.layout(class_label)] or list(_SEATS)
        elev, elev2 = rng.sample(seats, 2)
        g, g2 = (str(n) for n in rng.sample(range(1, 7), 2))
        a, b = _first_name(teacher.person), _first_name(coach)
        collaboration.words = {
            "a": a, "a_s": _genitive(a), "b": b, "b_s": _genitive(b), "klasse": class_label,
            "fag": subject, "emne": text.lesson_topic(rng, subject, department(grade)),
            "elev": elev, "elev2": elev2, "g": g, "g2": g2, "rolle": _coach_role(coach),
            "ekspertise": theme.expertise}
        collaboration.words["data"] = theme.data
        collaboration.words["kort"] = self._write(theme.short, collaboration.words)

    def _team_of(self, class_label: str, grade: int) -> str | None:
        """The class's own team, else its year team, else none."""
        for kind, where in ((TeamKind.CLASS, class_label), (TeamKind.YEAR, f"{grade}. årgang")):
            for state in self.teams:
                if state.spec.kind is kind and state.spec.where == where:
                    return state.team.id
        return None

    # -- running a collaboration through the services ------------------------------------
    def _run(self, collaboration: _Collaboration) -> None:
        """Apply the collaboration's events up to TODAY, in order."""
        done = sum(1 for day in collaboration.days if day <= TODAY)
        lessons = collaboration.rhythm.lessons
        cid = self._contract(collaboration, partial=done <= _BEFORE_LESSONS)
        for index in range(lessons):
            first = _BEFORE_LESSONS + _PER_LESSON * index
            if done <= first:
                return
            lesson_id = self._co_plan(collaboration, cid, index,
                                      partial=collaboration.target == PLAN and done == first + 1)
            if done > first + 1:
                taught = self._teach(collaboration, lesson_id, index)
                if done > first + 2:
                    self._reflect(collaboration, lesson_id, index, taught)
        if done > _BEFORE_LESSONS + _PER_LESSON * lessons:
            self._evaluate(collaboration, cid, closes=done == len(collaboration.days))

    def _write(self, template: str, words: dict[str, str]) -> str:
        """*template* filled in, with its own small numbers."""
        return template.format_map(_Fill(words, self.rng))

    def _contract(self, collaboration: _Collaboration, partial: bool) -> str:
        """The collaboration, created at the formøde with its samarbejdskontrakt: goals,
        roles, duration, planning time and how it is evaluated (not always decided yet when
        the first planning is still ahead)."""
        rng = self.rng
        theme, words, rhythm = collaboration.theme, collaboration.words, collaboration.rhythm
        assert theme is not None and collaboration.teacher and collaboration.coach
        title = content.TITLE_WITH_THEME if rng.random() < 0.3 else content.TITLE
        made = self.collaborations.create(
            self._write(title, words), started=collaboration.days[1],
            teacher_id=collaboration.teacher.person.id, coach_id=collaboration.coach.id,
            team_id=collaboration.team_id, class_label=collaboration.class_label,
            subject=collaboration.subject)
        self.counts["samarbejder"] += 1
        first = collaboration.lesson_day(0, 1)
        last = collaboration.lesson_day(rhythm.lessons - 1, 1)
        weeks = (last - first).days // 7 + 1
        number = _LESSON_STARTS.index(rhythm.lesson_time) + 1
        duration = {**words, "Uger": _number(weeks).capitalize(), "uger": _number(weeks),
                    "fra": str(first.isocalendar().week), "til": str(last.isocalendar().week),
                    "dag": content.WEEKDAYS[rhythm.weekday], "nr": str(number),
                    "lektioner": _number(rhythm.lessons),
                    "Lektioner": _number(rhythm.lessons).capitalize()}
        fields = {
            "pre_meeting": collaboration.days[0],
            "goals": self._write(rng.choice(theme.goals), words),
            "roles": self._write(rng.choice(content.ROLES), words),
            "duration": self._write(rng.choice(content.DURATION), duration),
            "planning_time": self._planning_time(rhythm)}
        if not partial or rng.random() < 0.5:
            fields["evaluation_form"] = self._write(rng.choice(content.EVALUATION_FORM), words)
        self.collaborations.update(made.id, **fields)
        return made.id

    def _planning_time(self, rhythm: _Rhythm) -> str:
        """When the two plan (and reflect): the weekly meeting of the contract."""
        rng = self.rng
        words = {"minutter": str(rhythm.minutes),
                 "pdag": content.WEEKDAYS[rhythm.meeting_weekday],
                 "ptid": format_time(rhythm.meeting_time), "sted": rhythm.place,
                 "refleksion": content.REFLECTION_NEXT_DAY if rhythm.lag
                 else content.REFLECTION_SAME_DAY}
        pool = content.PLANNING_COMBINED if rhythm.combined else content.PLANNING_SEPARATE
        written = rng.choice(pool).format_map(words)
        written = written[0].upper() + written[1:]
        if rng.random() < 0.7:
            written += " " + rng.choice(content.PLANNING_FRAME)
        return written

    def _co_plan(self, collaboration: _Collaboration, cid: str, index: int,
                 partial: bool) -> str:
        """The lesson's planlægningsskema, written at the co-planning meeting – or, for the one
        being planned right now, only its date, goal and tegn so far."""
        assert collaboration.theme is not None
        lesson = collaboration.theme.lessons[index]
        words = collaboration.words
        made = self.collaborations.add_lesson(cid)
        fields: dict[str, object] = {
            "date": collaboration.lesson_day(index, 1),
            "start_time": collaboration.rhythm.lesson_time,
            "goal": self._write(lesson.goal, words), "signs": self._write(lesson.signs, words)}
        if not partial:
            fields |= {
                "phases": tuple(LessonPhase(self._write(p.activity, words),
                                            CoTeachingModel(p.model),
                                            self._write(p.roles, words))
                                for p in lesson.phases),
                "differentiation": self._write(lesson.differentiation, words),
                "materials": self._write(lesson.materials, words)}
        self.collaborations.update_lesson(made.id, **fields)
        return made.id

    # -- the co-taught lesson ----------------------------------------------------------------
    def _teach(self, collaboration: _Collaboration, lesson_id: str, index: int) -> _Taught:
        """The lesson's observation, made from its plan: the stopped lesson clock, the model
        switches at the seconds the phases began (with the odd deviation), the class's
        activity forms, a few notes and the look-fors seen."""
        rng = self.rng
        assert collaboration.theme is not None
        lesson = collaboration.theme.lessons[index]
        words = {**collaboration.words, "nr": str(index + 1)}
        day = collaboration.lesson_day(index, 1)
        talk_day = collaboration.lesson_day(index, 2)
        observation = self.collaborations.create_observation(lesson_id, on=day)
        oid = observation.id
        self.counts["observationer"] += 1
        seats = len(observation.seats)
        rhythm = collaboration.rhythm
        place = rhythm.place if rhythm.combined else rng.choice(content.REFLECTION_PLACES)
        self.observations.update(
            oid, clock=self._clock(day, rhythm.lesson_time),
            student_count=seats - rng.choice((0, 0, 1, 2)) if seats
            else rng.randint(19, 26),
            observer_position=self._write(rng.choice(content.OBSERVER_POSITIONS), words),
            feedback_time=f"{format_date(talk_day)} kl. {format_time(self._talk_time(rhythm))}"
                          f", {rhythm.minutes if rhythm.combined else 30} min i {place}")
        taught = self._lesson_as_taught(lesson)
        segments = self._switch(oid, lesson, taught)
        notes = self._notes(oid, lesson, taught, words)
        ticked, evidence = self._look_fors(oid, index, words)
        planned_split = next((CoTeachingModel(p.model) for p in lesson.phases
                              if CoTeachingModel(p.model) in _SPLIT), None)
        return _Taught(segments, taught.deviation, planned_split, notes, ticked, evidence)

    def _clock(self, day: dt.date, start: dt.time) -> LessonClock:
        """Started as the lesson began, stopped 45 minutes later (written with the record's
        other fields: the live mode's start and stop would cost two round trips each)."""
        local = dt.datetime.combine(day, start) + dt.timedelta(seconds=self.rng.randint(15, 120))
        began = (local - dt.timedelta(hours=_danish_utc_offset(day))).replace(tzinfo=dt.UTC)
        return LessonClock().start(began).stop(began + dt.timedelta(seconds=LESSON_SECONDS))

    def _lesson_as_taught(self, lesson: content.Lesson) -> _AsTaught:
        """When each planned phase really began: near its planned minutes, and now and then
        not as planned –

        * "slip": mid-work (individual, pair or group work not already led by one with the
          other assisting) the class is gathered again for two to four minutes, then the work
          goes on;
        * "late": the class is split a few minutes later than planned (the two begin
          together, team teaching), because the room is taken or students are late;
        * "overrun": the longest phase runs long, so the closing is cut short, or skipped when
          it would begin in the last two minutes.
        """
        rng = self.rng
        models = [CoTeachingModel(p.model) for p in lesson.phases]
        split = [i for i, m in enumerate(models) if m in _SPLIT]
        deviation = rng.choices(("", "slip", "late", "overrun"), (70, 12, 8, 10))[0]
        if deviation == "late" and not split:
            deviation = "slip"
        stretch = [rng.uniform(0.85, 1.15) for _ in lesson.phases]
        if deviation == "overrun":
            longest = max(range(len(lesson.phases)), key=lambda i: lesson.phases[i].minutes)
            stretch[longest] = 1.3
        starts = [0.0]
        for phase, factor in zip(lesson.phases[:-1], stretch, strict=False):
            starts.append(starts[-1] + round(phase.minutes * 60 * factor / 5) * 5)
        while len(starts) > 1 and starts[-1] > LESSON_SECONDS - 120:
            starts.pop()
        if deviation == "slip":
            candidates = [i for i in range(len(starts)) if lesson.phases[i].form in _WORK
                          and models[i] is not CoTeachingModel.ONE_ASSISTS]
            if not candidates:  # no work to gather the class from, or no switch to show it
                return _AsTaught(starts, "")
            work = max(candidates, key=lambda i: (models[i] in _SPLIT, _length(starts, i)))
            length = _length(starts, work)
            began = starts[work] + rng.randint(int(min(180, length * 0.3)), int(length * 0.5))
            ended = began + min(rng.randint(120, 240), length * 0.4)
            return _AsTaught(starts, deviation, (work, float(began), float(ended),
                                                 CoTeachingModel.ONE_ASSISTS))
        if deviation == "late":
            work = split[0]
            ended = starts[work] + rng.randint(3, 7) * 60 + rng.randint(0, 50)
            if ended < starts[work] + _length(starts, work) * 0.5:
                return _AsTaught(starts, deviation, (work, starts[work], float(ended),
                                                     CoTeachingModel.TEAM))
            deviation = ""
        return _AsTaught(starts, deviation)

    def _switch(self, observation_id: str, lesson: content.Lesson,
                taught: _AsTaught) -> tuple[tuple[CoTeachingModel, float], ...]:
        """The switches the vejleder taps: the model whenever it changes (a few seconds after
        the phase began, as a tap does), the class's activity form for every phase. Returns
        the model segments with their minutes."""
        rng = self.rng
        starts = taught.starts
        models = [CoTeachingModel(p.model) for p in lesson.phases][:len(starts)]
        switches: list[tuple[float, CoTeachingModel]] = []
        for index, (at, model) in enumerate(zip(starts, models, strict=True)):
            delay = 0.0 if at == 0 else float(rng.randint(0, 20))
            if taught.detour is not None and taught.detour[0] == index:
                _work, began, ended, during = taught.detour
                if began == at:  # split late: the phase begins in the detour's model
                    switches += [(at + delay, during), (ended, model)]
                else:
                    switches += [(at + delay, model), (began, during), (ended, model)]
            else:
                switches.append((at + delay, model))
        current = None
        logged = []
        for at, model in switches:
            if model is not current:
                self.observations.switch_model(observation_id, model, at)
                logged.append((at, model))
                current = model
        previous = None
        for at, phase in zip(starts, lesson.phases, strict=False):
            form = ActivityForm(phase.form)
            if form is not previous:
                self.observations.switch_activity(observation_id, form, at)
                previous = form
        ends = [at for at, _model in logged[1:]] + [float(LESSON_SECONDS)]
        return tuple((model, (end - at) / 60) for (at, model), end in zip(logged, ends,
                                                                           strict=True))

    def _notes(self, observation_id: str, lesson: content.Lesson, taught: _AsTaught,
               words: dict[str, str]) -> tuple[tuple[int | None, str], ...]:
        """The vejleder's notes: what the plan's phases showed (now and then one fewer), in
        the order the theme tells it, each at a moment inside its phase; and the deviation
        when there was one, when it happened. Around a detour the phase's first note comes
        before it (a slip) – or none does (a late split: the split work had not begun)."""
        rng = self.rng
        starts = taught.starts
        seen = [s for s in lesson.seen if s.phase < len(starts)]
        if len(seen) > 3 and rng.random() < 0.35:
            del seen[rng.randrange(len(seen))]
        timed = []
        for phase in sorted({s.phase for s in seen}):
            mine = [s for s in seen if s.phase == phase]
            timed += zip(self._moments(phase, len(mine), taught), mine, strict=True)
        planned = [(at, s.focus, s.category, s.description, s.wonder) for at, s in timed]
        if taught.deviation:
            planned.append(self._deviation_note(lesson, taught))
        used: list[float] = []
        written = []
        for at, focus, category, description, wonder in sorted(planned, key=lambda n: n[0]):
            while any(abs(at - other) < 20 for other in used):
                at += 25
            used.append(at)
            described = self._write(description, words)
            self.observation_notes.append((observation_id, ObservationNote(
                new_id(), min(at, LESSON_SECONDS - 5), described, self._write(wonder, words),
                NoteCategory(category), focus, False)))
            written.append((at, focus, described))
        self.counts["noter"] += len(written)
        return tuple((focus, described) for _at, focus, described in sorted(written))

    def _moments(self, phase: int, count: int, taught: _AsTaught) -> list[float]:
        """*count* moments in lesson order inside *phase*, kept clear of a detour in it."""
        rng = self.rng
        low = taught.starts[phase] + 30
        high = _end(taught.starts, phase) - 20
        detour = taught.detour if taught.detour and taught.detour[0] == phase else None
        if detour is not None and taught.deviation == "late":
            low = max(low, detour[2] + 30)
        elif detour is not None and count > 1 and detour[1] - 10 > low:
            first = float(rng.randint(int(low), int(detour[1]) - 10))
            return [first, *self._spread(max(low, detour[2] + 15), high, count - 1)]
        elif detour is not None:
            low = max(low, detour[2] + 15)
        return self._spread(low, high, count)

    def _spread(self, low: float, high: float, count: int) -> list[float]:
        """*count* sorted random seconds between *low* and *high*."""
        return sorted(float(self.rng.randint(int(low), max(int(low) + 1, int(high))))
                      for _ in range(count))

    def _deviation_note(self, lesson: content.Lesson, taught: _AsTaught
                        ) -> tuple[float, int | None, str, str, str]:
        """The note that tells what did not go as planned: when the detour began, or, for a
        lesson running long, near the bell."""
        rng = self.rng
        if taught.detour is None:  # overrun
            cut = len(taught.starts) < len(lesson.phases)
            note = rng.choice(content.NO_CLOSING_NOTES if cut else content.SHORT_CLOSING_NOTES)
            return float(LESSON_SECONDS - rng.randint(60, 150)), 2, "overgang", note, ""
        work, began, _ended, _during = taught.detour
        if taught.deviation == "late":
            planned = _named(CoTeachingModel(lesson.phases[work].model))
            note = rng.choice(content.LATE_NOTES).replace("{model}", planned)
            return began + rng.randint(20, 60), 0, "laerer", note, ""
        return (began + rng.randint(10, 30), 2, "overgang", rng.choice(content.SLIP_NOTES),
                rng.choice(content.SLIP_WONDERS))

    def _look_fors(self, observation_id: str, index: int,
                   words: dict[str, str]) -> tuple[tuple[int, ...], dict[int, str]]:
        """Two to four look-fors ticked, most with evidence; the collaboration matures, so the
        later lessons show more of them, and roles hard to tell apart only from the third."""
        rng = self.rng
        pool = list(range(len(content.LOOK_FOR_NAMES)))
        if index < 2:
            pool.remove(5)
        weights = [1.0 + 0.25 * index if i in (0, 1, 5) else 1.0 for i in pool]
        wanted = min(len(pool), rng.randint(2, 3) + (index >= 3))
        ticked: list[int] = []
        while len(ticked) < wanted:
            choice = rng.choices(pool, weights)[0]
            if choice not in ticked:
                ticked.append(choice)
        evidence = {}
        for look_for in sorted(ticked):
            written = (self._write(rng.choice(content.LOOK_FOR_EVIDENCE[look_for]), words)
                       if rng.random() < 0.8 else "")
            self.observations.set_look_for(observation_id, look_for, True, written)
            evidence[look_for] = written
        return tuple(sorted(ticked)), evidence

    # -- the reflection conversation -------------------------------------------------------
    def _talk_time(self, rhythm: _Rhythm) -> dt.time:
        """When the reflection is held: at the weekly meeting, or after school."""
        if rhythm.combined or rhythm.lag:
            return rhythm.meeting_time
        return max(rhythm.meeting_time, dt.time(14, 0))

    def _reflect(self, collaboration: _Collaboration, lesson_id: str, index: int,
                 taught: _Taught) -> None:
        """The refleksionssamtale: held phase by phase on the fake clock, notes under the
        questions, an opsamling, næste skridt and now and then one agreement."""
        rng = self.rng
        assert collaboration.theme is not None
        rhythm = collaboration.rhythm
        lessons = collaboration.theme.lessons
        last = index == rhythm.lessons - 1
        day = collaboration.lesson_day(index, 2)
        at = self._talk_time(rhythm)
        model = taught.model or next(m for m, _minutes in taught.segments)
        words = {**collaboration.words, "nr": str(index + 1), "model": _named(model),
                 "Model": _named(model, capital=True)}
        conversation = self.collaborations.create_reflection(
            lesson_id, self._write(rng.choice(content.REFLECTION_TITLES), words), on=day)
        cid = conversation.id
        self.counts["samtaler"] += 1
        self._hold(cid, day, at)
        self.talk_notes += [(cid, ConversationNote(phase, question, written))
                            for (phase, question), written in self._reflection_notes(
                                collaboration, index, taught, words).items()]
        lesson = lessons[index]
        summary = self._write(lesson.summary, words)
        deviation = self._deviation_reflection(taught, words)
        if deviation:
            summary += " " + deviation.split(". ")[0].rstrip(".") + "."
        next_steps = self._write(rng.choice(content.LAST_NEXT) if last else lesson.next, words)
        if not last:
            following = collaboration.lesson_day(index + 1, 1)
            next_steps += f" Lektion {index + 2}: {format_date(following)}."
        self.conversations.update(
            cid, start_time=at, summary=summary, next_steps=next_steps,
            data_basis=self._write(rng.choice(content.DATA_BASIS), {
                **words, "dato": format_date(collaboration.lesson_day(index, 1)),
                "noter": str(len(taught.notes))}))
        if rng.random() < 0.45:
            self._agree(cid, collaboration, index, words)

    def _hold(self, conversation_id: str, day: dt.date, start: dt.time) -> None:
        """The five phases in turn, a little under their suggested minutes (the two know the
        lesson well), then finished."""
        rng = self.rng
        local = dt.datetime.combine(day, start) + dt.timedelta(seconds=rng.randint(30, 240))
        self.moment = (local - dt.timedelta(hours=_danish_utc_offset(day))).replace(
            tzinfo=dt.UTC)
        for index, minutes in enumerate(self.phase_minutes):
            self.conversations.go_to_phase(conversation_id, index)
            self.moment += dt.timedelta(seconds=int(minutes * 60 * rng.uniform(0.55, 1.05)))
        self.conversations.finish(conversation_id)

    def _reflection_notes(self, collaboration: _Collaboration, index: int, taught: _Taught,
                          words: dict[str, str]) -> dict[tuple[int, int], str]:
        """Notes under the template's questions (co-teaching-refleksion): what the students
        learned, the observation reviewed (the models as they were really used), whether the
        models fitted, the look-fors seen and not seen, and the adjustment to the next
        planning. The questions a record cannot do without are always answered."""
        rng = self.rng
        assert collaboration.theme is not None
        lessons = collaboration.theme.lessons
        lesson = lessons[index]
        last = index == collaboration.rhythm.lessons - 1
        notes: dict[tuple[int, int], str] = {
            (0, 0): self._write(lesson.learned, words),
            (1, 1): _models_used(taught.segments),
            (2, 0): self._write(lesson.fit, words),
            (4, 0): self._write(rng.choice(content.LAST_ADJUST) if last else lesson.adjust,
                                words)}
        transitions = content.TRANSITIONS[:content.SMOOTH_FROM if taught.deviation else None]
        used = {model.value for model, _minutes in taught.segments}
        extra = {(0, 1): rng.choice(content.WHO), (0, 3): rng.choice(content.HELPED),
                 (1, 2): rng.choice(transitions), (1, 3): rng.choice(content.CLARIFY),
                 (2, 1): rng.choice(content.TWO), (2, 3): rng.choice(content.RADIATOR)}
        if not last:
            extra[(4, 3)] = rng.choice(content.NEXT_OBSERVE)
        deviation = self._deviation_reflection(taught, words)
        extra[(2, 2)] = deviation or rng.choice(
            [written for model, written in content.OTHER_MODEL if model not in used])
        focused = [(focus, description) for focus, description in taught.notes
                   if focus is not None]
        if focused:
            focus, description = focused[0]
            assert focus is not None
            extra[(1, 0)] = content.FOCUS_QUOTE.format(
                note=description.replace("{", "{{").replace("}", "}}"),
                fokus=content.FOCUS_NAMES[focus])
        for key, template in extra.items():
            if key == (2, 2) and deviation:
                notes[key] = template
            elif rng.random() < 0.55:
                notes[key] = self._write(template, words)
        notes |= self._look_for_notes(taught, words)
        notes |= self._next_notes(collaboration, index, words)
        return dict(sorted(notes.items()))

    def _deviation_reflection(self, taught: _Taught, words: dict[str, str]) -> str:
        """What the reflection says about a lesson that did not go as planned ("" when it
        did); the same text every time it is asked for one lesson."""
        pools = {"slip": content.SLIP_REFLECTIONS, "late": content.LATE_REFLECTIONS,
                 "overrun": content.OVERRUN_REFLECTIONS}
        if not taught.deviation:
            return ""
        pool = pools[taught.deviation]
        chosen = pool[(sum(map(ord, words["a"])) + int(words["nr"])) % len(pool)]
        return self._write(chosen, words)

    def _look_for_notes(self, taught: _Taught,
                        words: dict[str, str]) -> dict[tuple[int, int], str]:
        """Under the look-for questions: two seen (with the evidence from the observation)
        and one not seen yet."""
        rng = self.rng
        notes = {}
        seen = rng.sample(list(taught.look_fors), min(2, len(taught.look_fors)))
        for index in seen:
            evidence = taught.evidence.get(index) or self._write(
                rng.choice(content.LOOK_FOR_EVIDENCE[index]), words)
            notes[(3, index)] = rng.choice(content.LOOK_FOR_SEEN).format(evidence=evidence)
        missing = [i for i in range(len(content.LOOK_FOR_NAMES)) if i not in taught.look_fors]
        if missing:
            index = rng.choice(missing)
            notes[(3, index)] = self._write(rng.choice(content.LOOK_FOR_NOT_YET[index]), words)
        return notes

    def _next_notes(self, collaboration: _Collaboration, index: int,
                    words: dict[str, str]) -> dict[tuple[int, int], str]:
        """The adjustment's concrete part: the model and roles of the next lesson's plan (as
        the theme goes on), and when the two plan it."""
        rng = self.rng
        assert collaboration.theme is not None
        rhythm = collaboration.rhythm
        notes = {}
        if index == rhythm.lessons - 1:
            notes[(4, 1)] = self._write(content.LAST_NEXT_MODEL, words)
            if rng.random() < 0.5:
                notes[(4, 2)] = self._write(content.LAST_ROLES, words)
            return notes
        following = collaboration.theme.lessons[index + 1]
        model = next((CoTeachingModel(p.model) for p in following.phases
                      if CoTeachingModel(p.model) in _SPLIT),
                     CoTeachingModel(following.phases[0].model))
        ahead = {**words, "nr": str(index + 2), "Model": _named(model, capital=True)}
        if rng.random() < 0.7:
            notes[(4, 1)] = content.NEXT_MODEL.format_map(ahead)
        if rng.random() < 0.6:
            roles = self._write(following.phases[0].roles, words)
            notes[(4, 2)] = content.NEXT_ROLES.format_map({**ahead, "roller": roles})
        if rng.random() < 0.4:
            notes[(4, 4)] = content.PLANNING_WHEN.format(
                Pdag=content.WEEKDAYS[rhythm.meeting_weekday].capitalize(),
                ptid=format_time(rhythm.meeting_time))
        return notes

    def _agree(self, conversation_id: str, collaboration: _Collaboration, index: int,
               words: dict[str, str]) -> None:
        """One agreement that prepares the next lesson (due the day before it), or for the
        last lesson the evaluation or the sharing; followed up as far as TODAY allows."""
        rng = self.rng
        assert collaboration.theme is not None and collaboration.teacher
        assert collaboration.coach is not None
        last = index == collaboration.rhythm.lessons - 1
        day = collaboration.lesson_day(index, 2)
        if last:
            what = rng.choice(content.LAST_AGREEMENTS)
            due = _on_or_after(day + dt.timedelta(days=7))
        else:
            what = self._write(collaboration.theme.lessons[index].agreement, words)
            due = max(day + dt.timedelta(days=1),
                      _school_day_before(collaboration.lesson_day(index + 1, 1)))
        responsible = rng.choice([collaboration.teacher.person, collaboration.coach])
        agreement = self.conversations.add_agreement(conversation_id, what, responsible.id, due)
        self.counts["aftaler"] += 1
        if collaboration.closes or due < TODAY:
            if rng.random() < 0.1:
                self.services.agreements.update(agreement.id, status=AgreementStatus.DROPPED,
                                                note=rng.choice(content.AGREEMENT_DROPPED))
            elif collaboration.closes or rng.random() < 0.8:
                self.services.agreements.update(agreement.id, status=AgreementStatus.DONE)
            else:
                self.services.agreements.update(agreement.id,
                                                status=AgreementStatus.IN_PROGRESS)

    # -- the end -------------------------------------------------------------------------------
    def _evaluate(self, collaboration: _Collaboration, cid: str, closes: bool) -> None:
        """The evaluation: what the theme's data showed, the models' minutes and the look-fors
        summed up by the service, and what the teacher takes further; then the close. One
        still being evaluated has the numbers written, or nothing yet."""
        rng = self.rng
        assert collaboration.theme is not None
        theme, words = collaboration.theme, collaboration.words
        self.collaborations.start_evaluation(cid)
        numbers = self._evaluation_numbers(cid, words)
        if not closes:
            if rng.random() < 0.7:
                self.collaborations.update(cid, evaluation=numbers)
            return
        lessons = collaboration.rhythm.lessons
        adjustments = self._write(rng.choice(
            [written for least, written in theme.adjustments if least <= lessons]), words)
        if rng.random() < 0.4:
            adjustments += " " + self._write(rng.choice(content.ADJUSTMENTS_GENERIC), words)
        concluded = self._write(rng.choice(
            [written for least, written in theme.evaluations if least <= lessons]), words)
        self.collaborations.update(cid, evaluation=f"{concluded}\n\n{numbers}",
                                   adjustments=adjustments)
        self.collaborations.close(cid, collaboration.days[-1])

    def _evaluation_numbers(self, cid: str, words: dict[str, str]) -> str:
        """The evaluation's numbers in words: the two models used longest, a model planned
        more often than used, the look-for seen most and least."""
        rng = self.rng
        evaluation = self.collaborations.evaluation(self.collaborations.get(cid))
        observed = evaluation.observed_lessons
        used = sorted((m for m in evaluation.models if m.minutes > 0),
                      key=lambda m: -m.minutes)
        sentences = []
        fill = {**words, "observerede": _number(observed)}
        if len(used) >= 2:
            fill |= {"model1": _named(used[0].model), "min1": str(round(used[0].minutes)),
                     "model2": _named(used[1].model), "min2": str(round(used[1].minutes))}
            sentences.append(rng.choice(content.EVALUATION_MODELS).format_map(fill))
        elif used:
            fill |= {"model1": _named(used[0].model), "min1": str(round(used[0].minutes))}
            sentences.append(rng.choice(content.EVALUATION_ONE_MODEL).format_map(fill))
        short = next((m for m in evaluation.models if m.planned > m.lessons), None)
        if short is not None:
            sentences.append(content.EVALUATION_PLANNED.format(
                Model=_named(short.model, capital=True), planlagt=_lessons(short.planned),
                brugt=f"kun i {_number(short.lessons)}" if short.lessons else "ikke"))
        tallies = sorted(evaluation.look_fors, key=lambda t: (-t.seen, t.index))
        if observed and tallies[0].seen > tallies[-1].seen:
            low = tallies[-1].seen
            sentences.append(rng.choice(content.EVALUATION_LOOK_FORS).format_map({
                **fill, "top": content.LOOK_FOR_NAMES[tallies[0].index],
                "set": _number(tallies[0].seen),
                "lav": content.LOOK_FOR_NAMES[tallies[-1].index],
                "lavt": f"kun i {_number(low)}" if low else "slet ikke"}))
        return " ".join(sentences)


# -- small pure helpers ------------------------------------------------------------------------


def _targets(count: int) -> tuple[list[str], list[str]]:
    """What the current school year's collaborations have reached at TODAY, and the older ones
    (all closed): every stage now, in the large demo several under way at each lesson step.

    In the order they are placed: those furthest along first, so a teacher whose collaboration
    is being evaluated can be the one whose next begins."""
    if count < 50:
        now = [CLOSED, EVALUATION, REFLECT, CONTRACT]
    else:
        now = [*[CLOSED] * (count * 8 // 100), EVALUATION, EVALUATION, DONE, DONE,
               *[REFLECT] * 3, *[OBSERVE] * 3, PLAN, PLAN, *[CONTRACT] * 3]
    now = now[-count:]
    return now, [CLOSED] * (count - len(now))


def _done_events(target: str, lessons: int, lesson: int) -> int:
    """How many of a collaboration's events lie on or before TODAY when it has reached
    *target* (at lesson number *lesson*, from 1, for one under way)."""
    if target == CONTRACT:
        return _BEFORE_LESSONS
    if target in _LESSON_TARGETS:
        first = _BEFORE_LESSONS + _PER_LESSON * (lesson - 1)
        return first + {PLAN: 1, OBSERVE: 1, REFLECT: 2, DONE: 3}[target]
    if target == EVALUATION:
        return _BEFORE_LESSONS + _PER_LESSON * lessons + 1
    return _BEFORE_LESSONS + _PER_LESSON * lessons + 2


def _timeline(formoede: dt.date, rhythm: _Rhythm) -> list[dt.date] | None:
    """The date of each event from the formøde on, every one on a school day; None when the
    rhythm does not fit the calendar there (a reflection that would fall after the next
    lesson)."""
    pre = _on_or_after(formoede)
    started = _on_or_after(pre + dt.timedelta(days=rhythm.start_gap))
    lessons = [_school_day(started + dt.timedelta(days=rhythm.first_gap), rhythm.weekday)]
    for skip in rhythm.skips[1:]:
        lessons.append(_school_day(lessons[-1] + dt.timedelta(days=7 * (1 + skip)),
                                   rhythm.weekday))
    days = [pre, started]
    reflected = started
    for index, lesson in enumerate(lessons):
        if rhythm.combined:
            planning = reflected if index else _last_before(lesson, rhythm.meeting_weekday,
                                                           started)
            same = (rhythm.meeting_weekday == rhythm.weekday
                    and rhythm.meeting_time > rhythm.lesson_time)
            reflection = _school_day(lesson + dt.timedelta(days=0 if same else 1),
                                     rhythm.meeting_weekday)
        else:
            planning = max(reflected, _last_before(lesson, rhythm.meeting_weekday, started))
            reflection = _on_or_after(lesson + dt.timedelta(
                days=rhythm.lag + rhythm.late[index]))
        following = lessons[index + 1] if index + 1 < len(lessons) else None
        if following is not None and reflection >= following:
            return None
        days += [planning, lesson, reflection]
        reflected = reflection
    evaluation = _on_or_after(reflected + dt.timedelta(days=rhythm.evaluation_gap))
    days += [evaluation, _on_or_after(evaluation + dt.timedelta(days=rhythm.close_gap))]
    return days


def _last_before(day: dt.date, weekday: int, earliest: dt.date) -> dt.date:
    """The last *weekday* before *day* that is a school day, not before *earliest*."""
    back = (day.weekday() - weekday) % 7 or 7
    candidate = day - dt.timedelta(days=back)
    while _holiday(candidate) and candidate > earliest:
        candidate -= dt.timedelta(days=7)
    return max(candidate, earliest)


def _school_day_before(day: dt.date) -> dt.date:
    """The last school day before *day*: when what prepares a lesson is due."""
    day -= dt.timedelta(days=1)
    while day.weekday() >= 5 or _holiday(day):
        day -= dt.timedelta(days=1)
    return day


def _free(spans: Sequence[tuple[dt.date, dt.date]], span: tuple[dt.date, dt.date]) -> bool:
    """Does *span* overlap none of *spans*?"""
    return all(span[1] < start or span[0] > end for start, end in spans)


def _suits(theme: content.Theme, subject: str, teacher: _Staff) -> bool:
    """Can *teacher* co-teach *subject* on *theme*?"""
    dept = department(teacher.grade or 0)
    return (text.observed_subject(subject) and dept in theme.departments
            and (not theme.subjects or subject in theme.subjects))


def _coach_role(coach: Person) -> str:
    """How the contract calls the vejleder: "matematikvejleder", "ressourceperson for
    co-teaching" (the first part of their note, not capitalised)."""
    note = coach.note.split(",")[0].strip() or "vejleder"
    if note[1:2].isupper():  # "DSA-vejleder", "AKT-vejleder"
        return note
    return note[0].lower() + note[1:]


def _end(starts: list[float], index: int) -> float:
    """The second phase *index* ends (the next begins, or the bell)."""
    return starts[index + 1] if index + 1 < len(starts) else float(LESSON_SECONDS)


def _length(starts: list[float], index: int) -> float:
    """Seconds phase *index* lasts."""
    return _end(starts, index) - starts[index]


def _number(value: int) -> str:
    """A count as a Danish word up to twelve ("én", stressed, for one), as digits above."""
    return content.NUMBER_WORDS[value] if 0 <= value < len(content.NUMBER_WORDS) else str(value)


def _lessons(count: int) -> str:
    """"én lektion", "tre lektioner"."""
    return f"{_number(count)} {'lektion' if count == 1 else 'lektioner'}"


def _named(model: CoTeachingModel, capital: bool = False) -> str:
    """A model's Danish name as a sentence can hold it: the two with a comma in their name in
    »…«, so "»én underviser, én assisterer« i 12 min" does not read as two things."""
    name = MODEL_NAMES[model]
    if capital:
        name = name[0].upper() + name[1:]
    return f"»{name}«" if "," in name else name


def _models_used(segments: Sequence[tuple[CoTeachingModel, float]]) -> str:
    """The models as they were really used, in lesson order with their minutes:
    "Parundervisning i 9 min, derefter stationsundervisning i 31 min og til sidst …"."""
    parts = [f"{_named(model, capital=not index)} i {max(1, round(minutes))} min"
             for index, (model, minutes) in enumerate(segments)]
    if len(parts) == 1:
        written = f"{parts[0]} – hele lektionen i samme model"
    elif len(parts) == 2:
        written = f"{parts[0]}, derefter {parts[1]}"
    else:
        written = f"{parts[0]}, derefter {', '.join(parts[1:-1])} og til sidst {parts[-1]}"
    return written + "."
