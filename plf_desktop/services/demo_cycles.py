"""Action-learning courses (*aktionslæringsforløb*) in the demo school, after its conversations.

Why: the *Aktionslæring* area, its stepper, the forløbsrapport and the aktionsplan need courses
that look like years of real team work – older ones closed with what the team learned, a few
abandoned in the processing of experiences, and in the current school year courses at every
stage: a problem statement being written, rounds at each step (action plan, observation,
conversation, choice), one or two being processed, the rest closed.

How: each course goes through :class:`~plf_desktop.services.cycle_service.CycleService` the way
a team would use it – created from a class or year team, quick-writes, the problem statement,
then round by round the action plan, the round's observation (``create_observation``), its
three-part conversation (``create_conversation``, held phase by phase on a fake clock, finished,
an opsamling and one agreement), the people who take the next turn, and the team's choice; last
what was learned, and ``close``. Each course is first laid out as a timeline of dated events,
and only the events up to :data:`~plf_desktop.services.demo_data.TODAY` are applied, so where a
course stands follows from its dates. The observation notes and conversation notes are written
in bulk (:mod:`plf_desktop.storage.demo_bulk`), the same rows the services write one by one.

Deterministic: its own seeded ``random.Random``, run after the conversations, so adding courses
leaves every meeting, observation and conversation before it as it was.
"""

from __future__ import annotations

import datetime as dt
import functools
import random
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from plf_desktop.domain.conversations import ConversationNote
from plf_desktop.domain.cycles import ROUND_TEMPLATE, CycleModel
from plf_desktop.domain.dates import format_date, format_time
from plf_desktop.domain.labels import AgreementStatus, NoteCategory, Role, TeamKind
from plf_desktop.domain.observations import LessonClock, ObservationNote
from plf_desktop.domain.records import Person, new_id
from plf_desktop.services import demo_content as text
from plf_desktop.services import demo_cycle_content as course_text
from plf_desktop.services.conversation_service import ConversationService
from plf_desktop.services.cycle_service import CycleService
from plf_desktop.services.demo_conversations import _genitive
from plf_desktop.services.demo_data import (
    _LESSON_STARTS,
    LESSON_SECONDS,
    TODAY,
    Period,
    _danish_utc_offset,
    _DemoSchool,
    _first_name,
    _holiday,
    _Staff,
    _TeamState,
    department,
)
from plf_desktop.storage.demo_bulk import insert_conversation_notes, insert_observation_log

EMU_SHARE = 0.15
"""About this share of the courses follow EMU's four phases; the rest EVA's five."""

# Where a course stands at TODAY (the current school year) or ended (older ones).
PROBLEM, PROBLEM_WRITTEN = "problem", "problem written"
PLAN, OBSERVE, CONVERSE, DECIDE = "plan", "observe", "converse", "decide"
LEARNING, CLOSED, ABANDONED = "learning", "closed", "abandoned"
_ROUND_TARGETS = (PLAN, OBSERVE, CONVERSE, DECIDE)

# The events of a course's timeline: the start (quick-writes), the problem statement, the first
# round begun; then per round its action plan, lesson, conversation and the team's choice; last
# the close. Index of round r's first event: _BEFORE_ROUNDS + 4 (r - 1).
_BEFORE_ROUNDS = 3
_PER_ROUND = 4
_TALK_TIMES = (dt.time(12, 45), dt.time(13, 30), dt.time(14, 0), dt.time(14, 0),
               dt.time(14, 15), dt.time(14, 30), dt.time(15, 0))
_WEEKDAYS = ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag")
_ATTEMPTS = 40
_SEATS = tuple(f"{row}{column}" for row in "ABCD" for column in range(1, 7))

_Placer = Callable[[list[int]], list[dt.date] | None]
"""Dates a course's events fall on, given the days between them (None: they do not fit)."""


@dataclass
class _Round:
    """One round as planned: its aktion, who teaches and observes, and where."""

    number: int
    step: course_text.Step
    teacher: _Staff
    observers: tuple[Person, ...]
    class_label: str
    subject: str
    topic: str
    lesson_time: dt.time
    talk_time: dt.time
    place: str
    referent: Person


@dataclass
class _Course:
    """A course before any of it is stored: its team and theme, its rounds, what it reaches,
    and the date of each event of its timeline."""

    state: _TeamState
    theme: course_text.CourseTheme
    subject: str
    participants: list[_Staff]
    coach: Person
    target: str
    rounds: list[_Round] = field(default_factory=list)
    days: list[dt.date] = field(default_factory=list)
    model: CycleModel = CycleModel.EVA

    def event(self, number: int, offset: int) -> dt.date:
        """The date of round *number*'s event *offset* (0 plan, 1 lesson, 2 talk, 3 choice)."""
        return self.days[_BEFORE_ROUNDS + _PER_ROUND * (number - 1) + offset]

    @property
    def closes(self) -> bool:
        """Does the course reach its close (abandoned ones stop in the processing)?"""
        return self.target != ABANDONED


class _Fill(dict[str, str]):
    """The placeholders of one text: the fixed ones, and numbers drawn the first time a text
    asks for them."""

    def __init__(self, fixed: dict[str, str], rng: random.Random) -> None:
        super().__init__(fixed)
        self.rng = rng

    def __missing__(self, key: str) -> str:
        if key in ("n", "N"):
            self["n"] = self.rng.choice(text.NUMBER_WORDS)
            self["N"] = self["n"].capitalize()
        elif key == "m":
            self[key] = str(self.rng.randint(2, 4))
        elif key == "x":
            self[key] = str(self.rng.randint(6, 12))
        else:
            raise KeyError(key)
        return self[key]


class _DemoCycles:
    """Action-learning courses run by the demo school's class and year teams.

    Each one: the team's members (a few of them, for a year team) as participants, a vejleder
    who suits the theme as coach, quick-writes, undren, problem statement, goals and tegn, one
    to four rounds, each with its aktionsplan and forberedelsesark, its observation with a
    handful of notes, its three-part conversation with notes, an opsamling and an agreement,
    and the choice of a new round or the processing; closed courses say what was learned and
    how it is shared.
    """

    def __init__(self, school: _DemoSchool, rng: random.Random) -> None:
        self.services = school.services
        self.db = school.services.conversations.db
        self.plan = school.plan
        self.rng = rng
        self.moment = dt.datetime.combine(TODAY, dt.time(12), tzinfo=dt.UTC)
        self.conversations = ConversationService(self.db, now=lambda: self.moment)
        self.observations = school.services.observations
        self.cycles = CycleService(self.db, school.services.templates, self.observations,
                                   self.conversations)
        self.phase_minutes = [phase.minutes or 10 for phase in
                              school.services.templates.conversation_template(
                                  ROUND_TEMPLATE).phases]
        self.staff = {s.person.id: s for s in school.staff}
        self.teams = [t for t in school.teams if t.spec.kind in (TeamKind.CLASS, TeamKind.YEAR)]
        self.coaches = [s.person for s in school.staff
                        if s.person.role in (Role.COACH, Role.RESOURCE_PERSON)]
        self.letters: dict[str, str] = {}  # a year team's teacher → the class they teach
        self.last_theme: dict[str, str] = {}  # team id → the theme of its latest course
        self.busy: dict[str, list[tuple[dt.date, dt.date]]] = {}  # person → their courses
        self.observation_notes: list[tuple[str, ObservationNote]] = []
        self.talk_notes: list[tuple[str, ConversationNote]] = []
        self.counts = {"forløb": 0, "observationer": 0, "noter": 0, "samtaler": 0, "aftaler": 0}

    def fill(self) -> dict[str, int]:
        """Run :attr:`Plan.cycles` courses; return the courses and the observations, notes,
        conversations and agreements their rounds made, by Danish noun."""
        courses = self._plan()
        for course in courses:
            self._run(course)
        insert_observation_log(self.db, self.observation_notes, (), ())
        insert_conversation_notes(self.db, self.talk_notes)
        return self.counts

    # -- what each course reaches, and when ------------------------------------------------
    def _plan(self) -> list[_Course]:
        """Every course laid out on its timeline, oldest first."""
        count = self.plan.cycles
        if not count or not self.teams:
            return []
        now, old = _targets(count)
        emu = max(1, round(count * EMU_SHARE))
        models = [CycleModel.EMU] * emu + [CycleModel.EVA] * (count - emu)
        self.rng.shuffle(models)
        current, earlier = self.plan.periods[-1], self.plan.periods[:-1] or self.plan.periods
        courses = []
        for target in old:
            period = self.rng.choices(earlier, [(p.end - p.start).days for p in earlier])[0]
            courses.append(self._course(target, lambda gaps, p=period: self._before(p, gaps)))
        for target in now:
            courses.append(self._course(target, lambda gaps, t=target, c=current:
                                        self._at_today(c, gaps, t)))
        courses.sort(key=lambda c: c.days[0])
        for course, model in zip(courses, models, strict=True):
            course.model = model
        return courses

    def _course(self, target: str, place: _Placer) -> _Course:
        """A course reaching *target*: its dates first, then a team with people free for them,
        a theme, the participants and the rounds.

        Free: a teacher runs one course at a time – from its start to the team's last choice;
        the processing of experiences may overlap the next course's start. When no team is free
        after many tries, the course is placed anyway (a busy school, not a broken demo).
        """
        rng = self.rng
        for attempt in range(_ATTEMPTS):
            rounds = rng.choices((1, 2, 3, 4), (2, 5, 5, 2))[0]
            if target in _ROUND_TARGETS and rounds < 2 and rng.random() < 0.6:
                rounds = 2
            days = place(self._gaps(rounds))
            if days is None:
                continue
            busy = (days[0], days[-2])
            course = self._people_and_theme(target, rounds,
                                            busy if attempt < _ATTEMPTS - 4 else None)
            if course is None:
                continue
            course.days = days
            self.last_theme[course.state.team.id] = course.theme.key
            for person in course.participants:
                self.busy.setdefault(person.person.id, []).append(busy)
            return course
        raise RuntimeError(f"no dates for a course reaching {target}")  # pragma: no cover

    def _free(self, person_id: str, busy: tuple[dt.date, dt.date] | None) -> bool:
        """Is the person free of other courses from *busy*'s start to its end?"""
        return busy is None or all(busy[1] < start or busy[0] > end
                                   for start, end in self.busy.get(person_id, ()))

    def _gaps(self, rounds: int) -> list[int]:
        """Days between the events: the problem statement often at the same meeting as the
        quick-writes, a round one to three weeks, the processing two or three weeks."""
        rng = self.rng
        gaps = [rng.choice((0, 0, 7, 7, 14)), rng.choice((0, 0, 3, 7))]
        for _round in range(rounds):
            gaps += [rng.randint(1, 6), rng.randint(3, 9), rng.choice((0, 1, 1, 2, 3)),
                     rng.choice((0, 0, 0, 1, 2))]
        gaps.append(rng.randint(7, 21))
        return gaps

    def _before(self, period: Period, gaps: list[int]) -> list[dt.date] | None:
        """Dates for a course of an earlier school year: started and finished in *period*."""
        length = (_timeline(period.start, gaps)[-1] - period.start).days
        room = max(0, (period.end - period.start).days - length)
        for _attempt in range(8):
            days = _timeline(period.start + dt.timedelta(days=self.rng.randint(0, room)), gaps)
            if days[-1] <= min(period.end, TODAY):
                return days
        return None

    def _at_today(self, period: Period, gaps: list[int], target: str) -> list[dt.date] | None:
        """Dates for a course of the current school year that has come exactly as far as
        *target* at TODAY: a recent start for one in progress, any start for a closed one."""
        rounds = (len(gaps) - _BEFORE_ROUNDS) // _PER_ROUND
        done = _done_events(target, rounds, self.rng)
        if done < len(gaps) + 1:  # the next event must come after the last one done
            gaps[done - 1] = max(1, gaps[done - 1])
        found = []
        start = TODAY
        while start >= period.start:
            days = _timeline(start, gaps)
            reached = sum(1 for day in days if day <= TODAY)
            if reached == done:
                found.append(days)
            elif reached > done:
                break
            start -= dt.timedelta(days=1)
        if not found:
            return None
        return self.rng.choice(found if target == CLOSED else found[:6])

    # -- who, about what ---------------------------------------------------------------------
    def _people_and_theme(self, target: str, rounds: int,
                          busy: tuple[dt.date, dt.date] | None) -> _Course | None:
        """A class or year team whose people are free, a theme that suits its department and
        subjects (not the one it just worked on), the participants, the vejleder who suits the
        theme, and *rounds* rounds; None when no team can."""
        rng = self.rng
        for state in rng.sample(self.teams, len(self.teams)):
            members = [self.staff[pid] for pid in state.team.member_ids]
            free = [m for m in members if self._free(m.person.id, busy)]
            if state.spec.kind is TeamKind.CLASS and len(free) < len(members):
                continue
            teachers = [m for m in free if m.person.role is Role.TEACHER]
            if len(teachers) < 2:
                continue
            dept = department(state.spec.grade or 0)
            taught = Counter(s for t in teachers for s in t.subjects if text.observed_subject(s))
            pairs = [(theme, subject) for theme in course_text.THEMES
                     if dept in theme.departments for subject in taught
                     if not theme.subjects or subject in theme.subjects]
            fresh = [p for p in pairs if p[0].key != self.last_theme.get(state.team.id)] or pairs
            if not fresh:
                continue
            theme, subject = rng.choices(fresh, [taught[s] for _t, s in fresh])[0]
            participants = self._participants(state, free, subject, rounds)
            course = _Course(state, theme, subject, participants, self._coach(theme, state),
                             target)
            self._rounds(course, rounds)
            if len(course.rounds) == rounds:
                return course
        return None

    def _participants(self, state: _TeamState, free: list[_Staff], subject: str,
                      rounds: int) -> list[_Staff]:
        """A class team takes part as a whole; a year team forms a group of two to four of its
        free teachers around the subject (domain.md §2.3: groups of 2–5; pairs when few are
        free, like the ministry's two-teacher example), sometimes with its pædagog – four when
        the fourth round needs a teacher new to the course."""
        if state.spec.kind is TeamKind.CLASS:
            return free
        rng = self.rng
        teachers = [m for m in free if m.person.role is Role.TEACHER]
        ordered = ([t for t in rng.sample(teachers, len(teachers)) if subject in t.subjects]
                   + [t for t in rng.sample(teachers, len(teachers)) if subject not in t.subjects])
        size = 4 if rounds == 4 else 2 if len(teachers) < 6 else rng.choice((2, 3, 3, 4))
        group = ordered[:size]
        pedagogues = [m for m in free if m.person.role is Role.PEDAGOGUE]
        if pedagogues and state.spec.department == "indskoling" and rng.random() < 0.5:
            group.append(pedagogues[0])
        return group

    def _coach(self, theme: course_text.CourseTheme, state: _TeamState) -> Person:
        """A vejleder whose note fits the theme (the læsevejleder for reading), else the team's
        own vejleder."""
        suited = [c for c in self.coaches if any(word.lower() in c.note.lower()
                                                 for word in theme.coaches)]
        if suited and self.rng.random() < 0.75:
            return self.rng.choice(suited)
        return state.coach

    def _rounds(self, course: _Course, wanted: int) -> None:
        """Who teaches each round (in turns, those who teach the course's subject first; the
        fourth step's "new teacher" must be new), who observes (the next teacher, sometimes
        with a second colleague or the vejleder), the class, the subject and the topic."""
        rng = self.rng
        theme = course.theme
        teachers = [p for p in course.participants if p.person.role is Role.TEACHER
                    and _lesson_subject(p, course.subject, theme)]
        shuffled = rng.sample(teachers, len(teachers))
        order = ([t for t in shuffled if course.subject in t.subjects]
                 + [t for t in shuffled if course.subject not in t.subjects])
        course.rounds = []
        if not order:
            return
        if len(order) < 4:
            wanted = min(wanted, 3)  # the fourth step is "a teacher new to the course"
        turns = [order[i % len(order)] for i in range(wanted)]
        topic = ""
        for index, teacher in enumerate(turns):
            following = turns[index + 1] if index + 1 < len(turns) else None
            others = [p for p in course.participants if p is not teacher]
            first = (following if following is not None and following is not teacher
                     else rng.choice(others))
            observers = [first.person]
            if rng.random() < 0.3:
                extra = [p.person for p in others if p is not first] + [course.coach]
                observers.append(rng.choice(extra))
            subject = _lesson_subject(teacher, course.subject, theme)
            grade = course.state.spec.grade or 0
            if not topic or subject != course.rounds[-1].subject or rng.random() < 0.4:
                topic = text.lesson_topic(rng, subject, department(grade))
            referent = rng.choice([p.person for p in others] + [course.coach])
            course.rounds.append(_Round(
                index + 1, theme.steps[index], teacher, tuple(observers),
                self._class_of(course.state, teacher), subject, topic,
                rng.choice(_LESSON_STARTS), rng.choice(_TALK_TIMES),
                rng.choice(course_text.CONVERSATION_PLACES), referent))

    def _class_of(self, state: _TeamState, teacher: _Staff) -> str:
        """The class a round's lesson is in: the class team's own, or the year team teacher's
        class (the same one every time)."""
        if state.spec.kind is TeamKind.CLASS:
            return state.spec.where
        pid = teacher.person.id
        if pid not in self.letters:
            self.letters[pid] = self.rng.choice(self.plan.class_letters)
        return f"{state.spec.grade}.{self.letters[pid]}"

    # -- running a course through the services ---------------------------------------------
    def _run(self, course: _Course) -> None:
        """Apply the course's events up to TODAY, in order."""
        done = sum(1 for day in course.days if day <= TODAY)
        if not course.closes:
            done = min(done, len(course.days) - 1)
        fixed = self._course_words(course)
        cycle_id = self._start(course, fixed, problem_later=done == 1)
        if done >= 2:
            self._problem(cycle_id, course, fixed)
        if done < 3:
            return
        round_id = self.cycles.start_rounds(cycle_id).id
        last = len(course.rounds)
        notes: list[str] = []
        for round_ in course.rounds:
            first = _BEFORE_ROUNDS + _PER_ROUND * (round_.number - 1)
            words = self._round_words(course, round_, fixed)
            if done > first:
                self._action_plan(round_id, course, round_, words)
            if done > first + 1:
                notes = self._observe(round_id, course, round_, words)
            if done > first + 2:
                self._converse(round_id, course, round_, words, notes)
            if done <= first + 3:
                return
            cycle = self.cycles.decide(round_id, "round" if round_.number < last else "learning")
            round_id = cycle.rounds[-1].id
        self._learn(cycle_id, course, fixed, closes=done == len(course.days))

    def _course_words(self, course: _Course) -> dict[str, str]:
        """The placeholders of the course's own texts."""
        spec = course.state.spec
        rounds = len(course.rounds)
        return {"hvor": f"i {spec.where}" if spec.kind is TeamKind.CLASS else f"på {spec.where}",
                "fag": course.subject, "team": course.state.team.name,
                "afdeling": {"indskoling": "indskolingen", "mellemtrin": "mellemtrinnet",
                             "udskoling": "udskolingen"}[spec.department],
                "materiale": course.theme.material, "v": _first_name(course.coach),
                "runder": "én runde" if rounds == 1 else
                          f"{('to', 'tre', 'fire')[min(rounds, 4) - 2]} runder"}

    def _start(self, course: _Course, fixed: dict[str, str], problem_later: bool) -> str:
        """The course is created at the team's meeting: quick-writes and (mostly) the undren."""
        rng = self.rng
        theme = course.theme
        cycle = self.cycles.create(
            self._write(rng.choice(theme.titles), fixed), started=course.days[0],
            team_id=course.state.team.id, model=course.model, coach_id=course.coach.id,
            class_label=course.state.spec.where, subject=course.subject,
            participant_ids=tuple(p.person.id for p in course.participants))
        self.counts["forløb"] += 1
        writers = rng.sample(course.participants, min(len(course.participants),
                                                      rng.randint(2, 4)))
        pool = list(theme.quick_writes)
        others = rng.sample(course_text.OTHER_QUICK_WRITES, len(writers))
        for index, writer in enumerate(writers):
            on_theme = index == 0 or (bool(pool) and rng.random() < 0.5)
            written = pool.pop(rng.randrange(len(pool))) if on_theme and pool else others[index]
            self.cycles.set_quick_write(cycle.id, writer.person.id, self._write(written, fixed))
        if not problem_later or rng.random() < 0.5:
            self.cycles.update(cycle.id, wonder=self._write(rng.choice(theme.wonders), fixed))
        return cycle.id

    def _problem(self, cycle_id: str, course: _Course, fixed: dict[str, str]) -> None:
        """The problem statement sharpened: the question, why it matters, goals and tegn."""
        rng = self.rng
        theme = course.theme
        self.cycles.update(cycle_id, wonder=self._write(rng.choice(theme.wonders), fixed),
                           problem=self._write(rng.choice(theme.problems), fixed),
                           why=self._write(rng.choice(theme.whys), fixed),
                           goals=self._write(rng.choice(theme.goals), fixed),
                           signs=self._write(rng.choice(theme.signs), fixed))

    def _round_words(self, course: _Course, round_: _Round,
                     fixed: dict[str, str]) -> dict[str, str]:
        """The placeholders of one round: names, class, subject and topic, the focus students
        (the same labels in the plan, the notes and the conversation), and the next turn."""
        rng = self.rng
        teacher = _first_name(round_.teacher.person)
        observer = _first_name(round_.observers[0])
        others = [p.person for p in course.participants
                  if p is not round_.teacher and p.person is not round_.observers[0]]
        elev, elev2 = rng.sample(_SEATS, 2)
        g, g2 = (str(n) for n in rng.sample(range(1, 7), 2))
        talk_day = course.event(round_.number, 2)
        words = {**fixed, "a": teacher, "a_s": _genitive(teacher), "b": observer,
                 "b_s": _genitive(observer), "v_s": _genitive(fixed["v"]),
                 "c": _first_name(rng.choice(others)) if others else fixed["v"],
                 "klasse": round_.class_label, "fag": round_.subject,
                 "Fag": round_.subject[:1].upper() + round_.subject[1:], "emne": round_.topic,
                 "elev": elev, "elev2": elev2, "g": g, "g2": g2, "runde": str(round_.number),
                 "short": round_.step.short, "r": _first_name(round_.referent),
                 "lektion": str(_LESSON_STARTS.index(round_.lesson_time) + 1),
                 "samtale": f"{_WEEKDAYS[talk_day.weekday()]} {format_date(talk_day)} kl. "
                            f"{format_time(round_.talk_time)} {round_.place}"}
        following = (course.rounds[round_.number] if round_.number < len(course.rounds)
                     else None)
        if following is not None:
            lesson = course.event(following.number, 1)
            words |= {"na": _first_name(following.teacher.person),
                      "nb": _first_name(following.observers[0]),
                      "nklasse": following.class_label, "næste": str(following.number),
                      "uge": str(lesson.isocalendar().week), "nshort": following.step.short}
        return words

    def _write(self, template: str, words: dict[str, str]) -> str:
        """*template* filled in, with its own small numbers."""
        return template.format_map(_Fill(words, self.rng))

    def _action_plan(self, round_id: str, course: _Course, round_: _Round,
                     words: dict[str, str]) -> None:
        """The aktionsplan and the forberedelsesark the teacher hands the observers."""
        step = round_.step
        rng = self.rng
        self.cycles.update_round(
            round_id, action=self._write(step.action, words),
            reason=self._write(step.reason, words),
            expectation=self._write(step.expectation, words),
            lesson_date=course.event(round_.number, 1), lesson_time=round_.lesson_time,
            lesson=self._write(course_text.LESSON, words), teacher_id=round_.teacher.person.id,
            observer_ids=[p.id for p in round_.observers], focus_points=list(step.focus_points),
            data_to_collect=self._write(step.data, words),
            lesson_sequence=self._write(step.sequence, words),
            watch_for=self._write(step.watch_for, words),
            focus_students=self._write(rng.choice(course.theme.focus_students), words),
            practicalities=self._write(rng.choice(course_text.PRACTICALITIES), words))

    def _observe(self, round_id: str, course: _Course, round_: _Round,
                 words: dict[str, str]) -> list[str]:
        """The round's observation, made from its plan: the stopped lesson clock, the class and
        subject the lesson really was in, and a handful of notes. Returns their descriptions."""
        rng = self.rng
        day = course.event(round_.number, 1)
        observation = self.cycles.create_observation(round_id, on=day)
        talk_day = course.event(round_.number, 2)
        fields: dict[str, object] = {
            "clock": self._clock(day, round_.lesson_time),
            "student_count": rng.randint(19, 26),
            "feedback_time": f"{format_date(talk_day)} kl. {format_time(round_.talk_time)}, "
                             f"45 min {round_.place}"}
        if observation.class_label != round_.class_label:
            fields["class_label"] = round_.class_label
        if observation.subject != round_.subject:
            fields["subject"] = round_.subject
        self.observations.update(observation.id, **fields)
        self.counts["observationer"] += 1
        seen = list(round_.step.seen)
        if len(seen) > 4 and rng.random() < 0.4:
            del seen[rng.randrange(1, len(seen))]
        notes = [rng.choice(course_text.OPENING_NOTES), *seen]
        if rng.random() < 0.6:
            notes.append(rng.choice(course_text.CLOSING_NOTES))
        times = sorted(rng.sample(range(300, LESSON_SECONDS - 420, 15), len(seen)))
        moments = [rng.randint(45, 240), *times, rng.randint(LESSON_SECONDS - 400,
                                                             LESSON_SECONDS - 30)]
        described = []
        for at, note in zip(moments, notes, strict=False):
            description = self._write(note.description, words)
            described.append(description)
            self.observation_notes.append((observation.id, ObservationNote(
                new_id(), float(at), description, self._write(note.wonder, words),
                NoteCategory(note.category), note.focus, False)))
        self.counts["noter"] += len(described)
        return described

    def _clock(self, day: dt.date, start: dt.time) -> LessonClock:
        """Started as the lesson began, stopped after 45 minutes."""
        local = dt.datetime.combine(day, start) + dt.timedelta(seconds=self.rng.randint(15, 120))
        began = (local - dt.timedelta(hours=_danish_utc_offset(day))).replace(tzinfo=dt.UTC)
        return LessonClock().start(began).stop(began + dt.timedelta(seconds=LESSON_SECONDS))

    def _converse(self, round_id: str, course: _Course, round_: _Round, words: dict[str, str],
                  observed: Sequence[str]) -> None:
        """The three-part conversation: held phase by phase on the fake clock, with notes, an
        opsamling, næste skridt and one agreement; then who takes the next turn."""
        rng = self.rng
        day = course.event(round_.number, 2)
        conversation = self.cycles.create_conversation(
            round_id, self._write(rng.choice(course_text.CONVERSATION_TITLES), words), on=day)
        cid = conversation.id
        self.counts["samtaler"] += 1
        others = [p for p in conversation.participant_ids if p != course.coach.id]
        self.conversations.set_participants(cid, [course.coach.id, *others])
        self._hold(cid, day, round_.talk_time)
        following = "na" in words
        step = round_.step
        summary = (self._write(step.summary, words) if following else
                   f"{self._write(_first_sentence(step.summary), words)} "
                   f"{rng.choice(course_text.LAST_SUMMARY)}")
        next_steps = self._write(rng.choice(course_text.NEXT_STEPS if following
                                            else course_text.LAST_STEPS),
                                 {**words, "short": words.get("nshort", "")})
        self.conversations.update(cid, start_time=round_.talk_time, summary=summary,
                                  next_steps=next_steps)
        self.talk_notes += [(cid, note) for note in self._talk(course, round_, words, observed)]
        self._agree(cid, course, round_, words)
        if following:
            nxt = course.rounds[round_.number]
            self.cycles.update_round(round_id, next_teacher_id=nxt.teacher.person.id,
                                     next_observer_id=nxt.observers[0].id,
                                     referent_id=round_.referent.id)
        else:
            self.cycles.update_round(round_id, referent_id=round_.referent.id)

    def _hold(self, conversation_id: str, day: dt.date, start: dt.time) -> None:
        """The three phases in turn, near their suggested minutes, then finished."""
        rng = self.rng
        local = dt.datetime.combine(day, start) + dt.timedelta(seconds=rng.randint(60, 240))
        self.moment = (local - dt.timedelta(hours=_danish_utc_offset(day))).replace(
            tzinfo=dt.UTC)
        for index, minutes in enumerate(self.phase_minutes):
            self.conversations.go_to_phase(conversation_id, index)
            self.moment += dt.timedelta(seconds=int(minutes * 60 * rng.uniform(0.75, 1.3)))
        self.conversations.finish(conversation_id)

    def _talk(self, course: _Course, round_: _Round, words: dict[str, str],
              observed: Sequence[str]) -> list[ConversationNote]:
        """Notes under the questions of the three parts (domain.md §2.4): the concrete lesson,
        a general point taken further, and the wrap-up with who does what next time."""
        rng = self.rng
        theme, step = course.theme, round_.step
        following = "na" in words
        nxt = course.rounds[round_.number].step if following else None
        ahead = {**words, "a": words["na"], "a_s": _genitive(words["na"])} if following else words
        quote = rng.choice(course_text.OBSERVED).replace(
            "{note}", (rng.choice(observed[1:]) if len(observed) > 1 else observed[0])
            .replace("{", "{{").replace("}", "}}"))
        wanted = {
            (0, 0): rng.choice(theme.aims), (0, 1): f"{step.action} {step.reason}",
            (0, 2): step.did, (0, 3): rng.choice(theme.experience), (0, 4): step.result,
            (0, 5): quote,
            (1, 0): step.point, (1, 1): rng.choice(course_text.OWN_TEACHING),
            (1, 2): step.explain, (1, 3): rng.choice(theme.reading),
            (1, 4): self._write(nxt.action, ahead) if nxt
            else rng.choice(course_text.LAST_ACTION),
            (2, 0): step.insight,
            (2, 1): rng.choice(course_text.NEXT_PEOPLE if following
                               else course_text.LAST_PEOPLE),
            (2, 2): self._write(nxt.watch_for, ahead) if nxt else "",
            (2, 3): rng.choice(course_text.REFERENT),
            (2, 4): rng.choice(theme.reading)}
        # Some questions go unanswered; the ones a referat cannot do without never do.
        kept = {(0, 1), (0, 4), (1, 0), (1, 4), (2, 0), (2, 1), (2, 3)}
        return [ConversationNote(phase, question, self._write(template, words))
                for (phase, question), template in wanted.items()
                if template and ((phase, question) in kept or rng.random() < 0.6)]

    def _agree(self, conversation_id: str, course: _Course, round_: _Round,
               words: dict[str, str]) -> None:
        """One agreement: what prepares the next round's lesson (by its teacher, or by this
        round's teacher when it is about showing the next one the way), or for the last round
        the sharing; followed up as far as TODAY allows."""
        rng = self.rng
        day = course.event(round_.number, 2)
        if "na" in words:
            following = course.rounds[round_.number]
            what = self._write(following.step.prepare, words)
            responsible = (round_.teacher.person if "{na}" in following.step.prepare
                           else following.teacher.person)
            lesson = course.event(following.number, 1)
            due = max(day + dt.timedelta(days=2), lesson - dt.timedelta(days=1))
            finished = lesson <= TODAY
        else:
            what = rng.choice(course_text.LEARNING_AGREEMENTS)
            responsible = rng.choice([course.coach, round_.teacher.person])
            due = day + dt.timedelta(days=14)
            finished = course.closes and course.days[-1] <= TODAY
        agreement = self.conversations.add_agreement(conversation_id, what, responsible.id, due)
        self.counts["aftaler"] += 1
        if finished:
            self.services.agreements.update(agreement.id, status=AgreementStatus.DONE)
        elif not course.closes:
            self.services.agreements.update(agreement.id, status=AgreementStatus.DROPPED,
                                            note=rng.choice(course_text.DROP_REASONS))
        elif due < TODAY:
            self.services.agreements.update(agreement.id, status=AgreementStatus.IN_PROGRESS)

    def _learn(self, cycle_id: str, course: _Course, fixed: dict[str, str],
               closes: bool) -> None:
        """The processing of experiences: what was learned and how it is shared, and the close
        – or, for a course still being processed, perhaps a first draft of what was learned."""
        rng = self.rng
        if len(course.rounds) >= 3:
            learned = self._write(rng.choice(course.theme.learned), fixed)
        else:  # the theme's own words tell of steps a short course never reached
            learned = " ".join([*(self._write(r.step.insight, fixed) for r in course.rounds),
                                self._write(rng.choice(course_text.SHORT_LEARNED), fixed)])
        if closes:
            self.cycles.update(cycle_id, learned=learned,
                               sharing=self._write(rng.choice(course_text.SHARING), fixed))
            self.cycles.close(cycle_id, course.days[-1])
        elif course.closes and rng.random() < 0.5:
            self.cycles.update(cycle_id, learned=learned)


# -- small pure helpers ------------------------------------------------------------------------


def _targets(count: int) -> tuple[list[str], list[str]]:
    """What the current school year's courses have reached at TODAY, and how the older ones
    ended: every stage now (several at each round step in the large demo), a few older ones
    abandoned in the processing (large demo only), the rest closed.

    In the order they are placed: those furthest along first, so a group whose course is in
    its processing can be the one that starts the newest."""
    if count < 50:
        now = [LEARNING, DECIDE, CONVERSE, OBSERVE, PLAN, PROBLEM]
    else:
        now = [*[CLOSED] * (count * 6 // 100), LEARNING, LEARNING,
               *reversed(_ROUND_TARGETS * 3), PROBLEM_WRITTEN, PROBLEM]
    now = now[-count:]
    old = count - len(now)
    abandoned = min(old, count // 80)
    return now, [ABANDONED] * abandoned + [CLOSED] * (old - abandoned)


def _done_events(target: str, rounds: int, rng: random.Random) -> int:
    """How many of a course's events lie on or before TODAY when it has reached *target*."""
    if target == PROBLEM:
        return 1
    if target == PROBLEM_WRITTEN:
        return 2
    if target in _ROUND_TARGETS:
        number = rng.randint(1, rounds)
        return _BEFORE_ROUNDS + _PER_ROUND * (number - 1) + _ROUND_TARGETS.index(target)
    if target == LEARNING:
        return _BEFORE_ROUNDS + _PER_ROUND * rounds
    return _BEFORE_ROUNDS + _PER_ROUND * rounds + 1


@functools.cache
def _school_day(day: dt.date) -> dt.date:
    """*day*, or the first school day after it (no weekends, no holidays); cached, as placing
    a course tries many start dates."""
    while day.weekday() >= 5 or _holiday(day):
        day += dt.timedelta(days=1)
    return day


def _timeline(start: dt.date, gaps: Sequence[int]) -> list[dt.date]:
    """The date of each event: *start*, then each gap later, every one on a school day."""
    days = [_school_day(start)]
    for gap in gaps:
        days.append(_school_day(days[-1] + dt.timedelta(days=gap)))
    return days


def _first_sentence(written: str) -> str:
    """The first sentence of *written*: what a round showed, without what comes next."""
    return re.split(r"(?<=[.!?])\s+(?=[A-ZÆØÅ])", written, maxsplit=1)[0]


def _lesson_subject(teacher: _Staff, subject: str, theme: course_text.CourseTheme) -> str:
    """The subject *teacher* teaches a round's lesson in: the course's, else one of their own
    that suits the theme; "" when they teach none."""
    if subject in teacher.subjects:
        return subject
    return next((s for s in teacher.subjects if text.observed_subject(s)
                 and (not theme.subjects or s in theme.subjects)), "")
