"""Didactic conversations in the demo school, after its meetings and observed lessons.

Why: the *Samtaler* area, its PDF referat and the Aftaler view all need conversations that look
like a year of real vejledning – several models, most held to the end with notes under the
questions, a few stopped halfway, one or two only prepared – and many of them building on an
observation the demo already holds, the way a feedback conversation follows a lesson.

How: each conversation goes through :class:`~plf_desktop.services.conversation_service.
ConversationService` – created, kontrakt saved, phases started one by one and finished – with a
fake clock, so the phase log holds realistic minutes near each phase's suggested ones. The notes
under the questions (some 10,000 in the large size) are written in bulk by
:func:`~plf_desktop.storage.demo_bulk.insert_conversation_notes`, the same rows
:meth:`ConversationService.set_note` writes one by one; through the service each note would cost
a template parse, and the large demo seconds.

Deterministic: its own seeded ``random.Random``, run after the observations, so adding
conversations leaves every meeting and observation as it was.
"""

from __future__ import annotations

import datetime as dt
import random
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from plf_desktop.domain.conversation_templates import ConversationTemplate
from plf_desktop.domain.conversations import PHASE_NOTE, ConversationNote
from plf_desktop.domain.dates import format_date
from plf_desktop.domain.labels import AgreementStatus, Role, TeamKind
from plf_desktop.domain.observations import Observation, ObservationSummary, contribution_counts
from plf_desktop.domain.records import Person
from plf_desktop.domain.validation import limit_text
from plf_desktop.services import demo_content as text
from plf_desktop.services import demo_conversation_content as talk
from plf_desktop.services.conversation_service import ConversationService
from plf_desktop.services.demo_data import (
    TODAY,
    Period,
    _danish_utc_offset,
    _DemoSchool,
    _first_name,
    _holiday,
    _Staff,
    _TeamState,
    department,
    school_year,
)
from plf_desktop.storage.demo_bulk import insert_conversation_notes

# key: (weight, share held after an observation). KL's four phases most often; the
# action-learning conversation, co-teaching reflection and SMTTE often; the rest sometimes.
TEMPLATE_WEIGHTS = {
    "kl-fire-faser": (30, 0.75),
    "aktionslaering-tre-dele": (16, 0.85),
    "co-teaching-refleksion": (13, 0.85),
    "smtte": (13, 0.2),
    "hiim-hippe": (6, 0.3),
    "tegn-paa-laering": (6, 0.5),
    "hattie-feedback": (6, 0.9),
    "timperley": (4, 0.2),
    "dufour-fire-spoergsmaal": (4, 0.3),
    "lektionsstudie": (2, 0.9),
}
# Models a team holds together: a colleague of the fokusperson takes part.
_TEAM_MODELS = ("aktionslaering-tre-dele", "lektionsstudie", "dufour-fire-spoergsmaal",
                "timperley")
_TIMES = (dt.time(12, 0), dt.time(12, 45), dt.time(13, 30), dt.time(14, 0), dt.time(14, 15),
          dt.time(14, 30), dt.time(15, 0))
_FEEDBACK_TIME = re.compile(r"(\d{2})\.(\d{2})\.(\d{4}) kl\. (\d{2}):(\d{2})")
_LINK_WINDOW = dt.timedelta(days=21)
_RECENT = dt.timedelta(days=28)
_TEAM_PREFERENCE = (TeamKind.CLASS, TeamKind.YEAR, TeamKind.SUBJECT, TeamKind.DEPARTMENT)

# How far a conversation got: closed with an opsamling, stopped in a phase, or only prepared.
FINISHED, IN_PROGRESS, NOT_STARTED = "finished", "in progress", "not started"


@dataclass
class _Planned:
    """One conversation before it is held: who, when, with which model, about what."""

    template: ConversationTemplate
    day: dt.date
    start: dt.time
    teacher: _Staff
    class_label: str
    subject: str
    observation: Observation | None = None
    state: str = FINISHED


@dataclass
class _Written:
    """The texts of one conversation, written before any of it is stored: only those its
    state keeps (no notes before it starts, no opsamling before it is finished)."""

    title: str
    purpose: str
    content: str
    data_basis: str
    reached: int = 0
    notes: list[ConversationNote] = field(default_factory=list)
    summary: str = ""
    next_steps: str = ""
    agreements: list[tuple[str, str]] = field(default_factory=list)  # (what, who: "a", "v", "")
    uses_second: bool = False


@dataclass
class _Texts:
    """The values one conversation's texts are written with, and what they have used up."""

    fixed: dict[str, str]
    theme: talk.Theme
    labels: list[str]
    rng: random.Random
    observed: bool = False
    used: set[str] = field(default_factory=set)
    uses_second: bool = False

    def write(self, template: str) -> str:
        """*template* filled in, with fresh seats, groups and numbers for this one text."""
        return template.format_map(_Note(self))

    def draw(self, pool: Sequence[str], note: _Note) -> str:
        """A sentence from *pool* not yet used in this conversation (if one is left)."""
        fresh = [entry for entry in pool if entry not in self.used] or list(pool)
        entry = self.rng.choice(fresh)
        self.used.add(entry)
        return entry.format_map(note)


class _Note(dict[str, str]):
    """The placeholders of one text, each drawn the first time the text asks for it."""

    def __init__(self, texts: _Texts) -> None:
        super().__init__(texts.fixed)
        self.texts = texts

    def __missing__(self, key: str) -> str:
        texts, rng = self.texts, self.texts.rng
        if key.startswith("@"):
            return texts.draw(getattr(texts.theme, key[1:]), self)
        if key.startswith("#"):
            return texts.draw(talk.GENERIC[key[1:]], self)
        if key in ("b", "b_s"):
            texts.uses_second = True
            return texts.fixed["_" + key]
        if key == "source":
            return self.format("{#source_observed}" if texts.observed else "{#source_other}")
        if key in ("facts", "models"):  # a conversation without an observation: other data
            return self.format("{@data}" if key == "facts" else "{#co_models}")
        if key in ("elev", "elev2"):
            self["elev"], self["elev2"] = rng.sample(texts.labels, 2)
        elif key in ("g", "g2"):
            self["g"], self["g2"] = (str(g) for g in rng.sample(range(1, 7), 2))
        elif key in ("n", "N"):
            self["n"] = rng.choice(("to", "tre", "fire", "fem"))
            self["N"] = self["n"].capitalize()
        elif key == "m":
            self[key] = str(rng.randint(2, 4))
        elif key == "x":
            self[key] = str(rng.randint(3, 8))
        else:
            raise KeyError(key)
        return self[key]

    def format(self, template: str) -> str:
        """*template* filled in with this text's placeholders."""
        return template.format_map(self)


class _DemoConversations:
    """Didactic conversations held by the school's vejledere and ressourcepersoner.

    Each one: a teacher as fokusperson and their team, a vejleder as participant (the observer,
    when it follows an observation), a kontrakt, notes under most questions of the phases it got
    through, a phase log with realistic minutes, and for finished ones an opsamling, næste
    skridt and one to three agreements followed up as time went by.
    """

    def __init__(self, school: _DemoSchool, rng: random.Random) -> None:
        self.services = school.services
        self.observations = school.services.observations
        self.plan = school.plan
        self.rng = rng
        self.moment = dt.datetime.combine(TODAY, dt.time(12), tzinfo=dt.UTC)
        self.service = ConversationService(school.services.conversations.db,
                                           now=lambda: self.moment)
        self.staff = {s.person.id: s for s in school.staff}
        self.teachers = [s for s in school.staff if s.person.role is Role.TEACHER
                         and any(text.observed_subject(subject) for subject in s.subjects)]
        self.pedagogues = [s.person for s in school.staff if s.person.role is Role.PEDAGOGUE]
        self.coaches = [s.person for s in school.staff
                        if s.person.role in (Role.COACH, Role.RESOURCE_PERSON)]
        self.teams = [t for t in school.teams if t.spec.kind is not TeamKind.RESOURCE]
        self.notes: list[tuple[str, ConversationNote]] = []
        self.fetched: dict[str, Observation] = {}
        self.counts = {"samtaler": 0, "aftaler": 0}

    def fill(self) -> dict[str, int]:
        """Hold :attr:`Plan.conversations` conversations; return the conversations and their
        agreements by Danish noun."""
        for planned in self._plan():
            self._hold(planned)
        insert_conversation_notes(self.service.db, self.notes)
        return self.counts

    # -- who, when and which model -----------------------------------------------------------
    def _plan(self) -> list[_Planned]:
        """Every conversation's model, day and fokusperson, oldest first, with its state."""
        count = self.plan.conversations
        if not count:
            return []
        observed = sorted(self.observations.summaries(),
                          key=lambda s: (s.date, s.start_time or dt.time(), s.class_label,
                                         s.subject, s.teachers, s.note_count))
        days = _school_days(self.plan.periods)
        not_started = 1 if count < 50 else 2
        in_progress = min(2 if count < 50 else 5, count - not_started)
        # The last few are held in the weeks before TODAY: the ones still running, and some
        # finished ones whose agreements are still open.
        recent = min(count, not_started + in_progress + (2 if count < 50 else 6))
        planned = []
        for index, key in enumerate(self._templates(count)):
            template = self.services.templates.conversation_template(key)
            since = TODAY - _RECENT if index >= count - recent else None
            share = TEMPLATE_WEIGHTS[key][1]
            linked = (self._after_observation(template, observed, since)
                      if self.rng.random() < share else None)
            planned.append(linked or self._on_its_own(template, days, since))
        planned.sort(key=lambda p: (p.day, p.start))
        for index, each in enumerate(planned[::-1][:not_started]):
            self._prepare_ahead(each, index)
        for each in planned[::-1][not_started:not_started + in_progress]:
            each.state = IN_PROGRESS
        return planned

    def _templates(self, count: int) -> list[str]:
        """*count* models in the shares of :data:`TEMPLATE_WEIGHTS` (largest remainders), so
        even the small demo has many models; shuffled."""
        total = sum(weight for weight, _share in TEMPLATE_WEIGHTS.values())
        exact = {key: count * weight / total for key, (weight, _s) in TEMPLATE_WEIGHTS.items()}
        chosen = {key: int(value) for key, value in exact.items()}
        by_remainder = sorted(exact, key=lambda key: chosen[key] - exact[key])
        for key in by_remainder[:count - sum(chosen.values())]:
            chosen[key] += 1
        keys = [key for key, times in chosen.items() for _ in range(times)]
        self.rng.shuffle(keys)
        return keys

    def _after_observation(self, template: ConversationTemplate,
                           observed: list[ObservationSummary],
                           since: dt.date | None) -> _Planned | None:
        """The feedback conversation of an observed lesson (from *since*, if given) not yet
        talked about: at the feedback time agreed at the formøde, with the lesson's teacher as
        fokusperson."""
        co_taught = template.key == "co-teaching-refleksion"
        indices = [i for i, s in enumerate(observed) if since is None or s.date >= since]
        for _attempt in range(12):
            if not indices:
                return None
            index = self.rng.choice(indices)
            observation = self._observation(observed[index].id)
            teacher = (self.staff.get(observation.adults[0].person_id)
                       if observation.adults else None)
            day, start = _feedback_moment(observation)
            if teacher is None or day > TODAY or co_taught != (len(observation.adults) == 2):
                indices.remove(index)  # left for a conversation it suits
                continue
            del observed[index]  # one conversation per lesson
            return _Planned(template, day, start, teacher, observation.class_label,
                            observation.subject, observation)
        return None

    def _observation(self, observation_id: str) -> Observation:
        if observation_id not in self.fetched:
            self.fetched[observation_id] = self.observations.get(observation_id)
        return self.fetched[observation_id]

    def _on_its_own(self, template: ConversationTemplate, days: list[dt.date],
                    since: dt.date | None) -> _Planned:
        """A conversation on no observation (from *since*, if given): a teacher, one of their
        classes and subjects."""
        teacher = self.rng.choice(self.teachers)
        subject = self.rng.choice([s for s in teacher.subjects if text.observed_subject(s)])
        class_label = f"{teacher.grade}.{self.rng.choice(self.plan.class_letters)}"
        day = self.rng.choice([d for d in days if since is None or d >= since] or days)
        return _Planned(template, day, self.rng.choice(_TIMES), teacher, class_label, subject)

    def _prepare_ahead(self, planned: _Planned, index: int) -> None:
        """Only the kontrakt is written: the conversation is held in the coming week."""
        planned.state = NOT_STARTED
        day = TODAY + dt.timedelta(days=2 + 2 * index)
        while day.weekday() >= 5 or _holiday(day):
            day += dt.timedelta(days=1)
        planned.day = day
        if planned.observation and day - planned.observation.date > _LINK_WINDOW:
            planned.observation = None

    # -- holding one -------------------------------------------------------------------------
    def _hold(self, planned: _Planned) -> None:
        teacher = planned.teacher.person
        team = self._team_of(planned)
        coach = self._coach(planned, team)
        second = self._second(planned, team, coach)
        written = self._write(planned, coach, second)
        participants = [coach.id]
        if (written.uses_second or planned.template.key in _TEAM_MODELS):
            participants.append(second.id)
        conversation = self.service.create(
            planned.template, date=planned.day, title=written.title, focus_person_id=teacher.id,
            team_id=team.team.id if team else None, participant_ids=tuple(participants),
            observation_ids=(planned.observation.id,) if planned.observation else (),
            start_time=planned.start)
        self.service.update(conversation.id, purpose=written.purpose, content=written.content,
                            data_basis=written.data_basis)
        self.counts["samtaler"] += 1
        if planned.state == NOT_STARTED:
            return
        self._run_phases(conversation.id, planned, written.reached)
        self.notes.extend((conversation.id, note) for note in written.notes)
        if planned.state == IN_PROGRESS:
            return
        self.moment += dt.timedelta(seconds=self.rng.randint(20, 90))
        self.service.finish(conversation.id)
        self.service.update(conversation.id, summary=written.summary,
                            next_steps=written.next_steps)
        people = {"a": teacher, "v": coach}
        if second.id in participants:
            people["b"] = second
        for what, who in written.agreements:
            self._agree(conversation.id, planned.day, what, people[who] if who else
                        self.rng.choices(list(people.values()), (6, 3, 2)[:len(people)])[0])

    def _team_of(self, planned: _Planned) -> _TeamState | None:
        """The fokusperson's team: the class's team, their year team, subject or department
        team – whichever they are a member of, in that order."""
        pid = planned.teacher.person.id
        mine = [t for t in self.teams if pid in t.team.member_ids]
        for kind in _TEAM_PREFERENCE:
            for state in mine:
                if state.spec.kind is kind and (kind is not TeamKind.CLASS
                                                or state.spec.where == planned.class_label):
                    return state
        return None

    def _coach(self, planned: _Planned, team: _TeamState | None) -> Person:
        """Who leads the conversation: the lesson's observer, else the team's vejleder."""
        if planned.observation and planned.observation.observer_id in self.staff:
            return self.staff[planned.observation.observer_id].person
        if team and self.rng.random() < 0.7:
            return team.coach
        return self.rng.choice(self.coaches)

    def _second(self, planned: _Planned, team: _TeamState | None, coach: Person) -> Person:
        """The co-teacher of a co-taught lesson, else a colleague of the fokusperson."""
        teacher = planned.teacher
        if planned.observation and len(planned.observation.adults) == 2:
            return self.staff[planned.observation.adults[1].person_id].person
        grade = teacher.grade
        if planned.template.key == "co-teaching-refleksion":
            pool = [p for p in self.pedagogues if self.staff[p.id].grade == grade]
            pool += [p for p in self.coaches if p != coach]
            return self.rng.choice(pool)
        members = team.team.member_ids if team else ()
        colleagues = [s.person for s in self.staff.values() if s.person.role is Role.TEACHER
                      and s is not teacher and (s.person.id in members or s.grade == grade)]
        return self.rng.choice(colleagues or [s.person for s in self.teachers
                                              if s is not teacher])

    # -- the phases and their timer ----------------------------------------------------------
    def _run_phases(self, conversation_id: str, planned: _Planned, reached: int) -> None:
        """Start each phase in turn on the fake clock: near its suggested minutes, the first
        after the kontrakt is said aloud, now and then a short return to the data phase."""
        rng = self.rng
        phases = planned.template.phases
        local = dt.datetime.combine(planned.day, planned.start) + dt.timedelta(
            seconds=rng.randint(60, 240))
        self.moment = (local - dt.timedelta(hours=_danish_utc_offset(planned.day))).replace(
            tzinfo=dt.UTC)
        data_phase = next((i for i, p in enumerate(phases) if p.shows_data), None)
        for index in range(reached + 1):
            self.service.go_to_phase(conversation_id, index)
            minutes = phases[index].minutes or 5
            self.moment += dt.timedelta(seconds=max(60, int(minutes * 60 * rng.uniform(0.7, 1.35))
                                                    + rng.randint(-30, 30)))
            if (data_phase is not None and data_phase < index < reached
                    and rng.random() < 0.12):
                self.service.go_to_phase(conversation_id, data_phase)
                self.moment += dt.timedelta(seconds=rng.randint(90, 270))

    # -- agreements --------------------------------------------------------------------------
    def _agree(self, conversation_id: str, day: dt.date, what: str,
               responsible: Person) -> None:
        """One agreement, with a responsible person and a due date one to four weeks later,
        followed up as far as :data:`TODAY` allows."""
        rng = self.rng
        due = day + dt.timedelta(days=rng.choice((7, 14, 14, 21, 28)))
        agreement = self.service.add_agreement(conversation_id, what, responsible.id, due)
        self.counts["aftaler"] += 1
        status = self._status(day, due)
        if status is AgreementStatus.OPEN:
            return
        note = ""
        if status is AgreementStatus.DROPPED:
            note = rng.choice(talk.DROP_REASONS)
        elif status is AgreementStatus.DONE and rng.random() < 0.3:
            note = f"Udført; {rng.choice(text.EXPERIENCES)}."
        self.services.agreements.update(agreement.id, status=status, note=note)

    def _status(self, day: dt.date, due: dt.date) -> AgreementStatus:
        """Older agreements mostly done, recent ones open; none open from an earlier school
        year (its teams have moved on)."""
        if school_year(day) < school_year(TODAY):
            options = {AgreementStatus.DONE: 88, AgreementStatus.DROPPED: 12}
        elif due < TODAY - dt.timedelta(days=7):
            options = {AgreementStatus.DONE: 70, AgreementStatus.IN_PROGRESS: 15,
                       AgreementStatus.DROPPED: 5, AgreementStatus.OPEN: 10}
        elif due < TODAY:
            options = {AgreementStatus.DONE: 40, AgreementStatus.IN_PROGRESS: 35,
                       AgreementStatus.OPEN: 25}
        else:
            options = {AgreementStatus.OPEN: 70, AgreementStatus.IN_PROGRESS: 30}
        return self.rng.choices(list(options), list(options.values()))[0]

    # -- the texts ---------------------------------------------------------------------------
    def _write(self, planned: _Planned, coach: Person, second: Person) -> _Written:
        """Title, kontrakt, notes, opsamling and agreements, from the conversation's theme."""
        rng = self.rng
        texts = self._texts(planned, coach, second)
        key = planned.template.key
        texts.fixed["om"] = texts.write(rng.choice(texts.theme.about))
        basis = talk.DATA_BASIS_OBSERVED if planned.observation else talk.DATA_BASIS_OTHER
        written = _Written(
            title=texts.write(rng.choice(talk.TITLES[key])),
            purpose=texts.write(rng.choice(texts.theme.purpose)),
            content=f"{texts.write(rng.choice(texts.theme.content))} "
                    f"{talk.TEMPLATE_CONTENT[key]}",
            data_basis=texts.write(rng.choice(basis)))
        if planned.state != NOT_STARTED:
            written.reached, written.notes = self._notes(planned, texts)
        if planned.state == FINISHED:
            written.summary = texts.write(rng.choice(texts.theme.summary))
            written.next_steps = texts.write(rng.choice(texts.theme.next_steps))
            pool = [(what, "") for what in texts.theme.agreements] + list(talk.AGREEMENTS)
            written.agreements = [(texts.write(what), who) for what, who in
                                  rng.sample(pool, rng.choices((1, 2, 3), (3, 5, 2))[0])]
        written.uses_second = texts.uses_second
        return written

    def _texts(self, planned: _Planned, coach: Person, second: Person) -> _Texts:
        """The fixed placeholders: names, class, subject, topic and the observation's facts."""
        rng = self.rng
        grade = planned.teacher.grade or 0
        observation = planned.observation
        topics = (text.LESSON_TOPICS.get(f"{planned.subject}:{department(grade)}")
                  or text.LESSON_TOPICS[planned.subject])
        fixed = {"a": _first_name(planned.teacher.person), "v": _first_name(coach),
                 "_b": _first_name(second), "klasse": planned.class_label,
                 "fag": planned.subject, "aargang": f"{grade}. årgang",
                 "uge": str((planned.day + dt.timedelta(days=rng.choice((14, 21))))
                            .isocalendar().week)}
        for name in ("a", "v", "_b"):
            fixed[f"{name}_s"] = _genitive(fixed[name])
        labels = [f"{row}{column}" for row in "ABCD" for column in range(1, 7)]
        theme = self._theme(planned)
        fixed["model"] = talk.MODEL_NAMES[rng.choice(("stationer", "parallel", "alternativ"))]
        if observation is None:
            fixed["emne"] = rng.choice(topics)
            fixed["y"] = str(rng.randint(19, 26))
        else:
            labels = [seat.label for seat in observation.seats] or labels
            fixed |= self._facts(observation, topics, fixed)
        fixed["Model"] = fixed["model"][:1].upper() + fixed["model"][1:]
        return _Texts(fixed, theme, labels, rng, observed=observation is not None)

    def _theme(self, planned: _Planned) -> talk.Theme:
        """The lesson's observation theme when there is one; else one that suits the model
        and the subject."""
        if planned.observation and planned.observation.focus_points:
            first = planned.observation.focus_points[0]
            for theme in text.OBSERVATION_THEMES:
                if first in theme.focus_points:
                    return talk.THEMES_BY_KEY[talk.FROM_OBSERVATION[theme.key]]
        if planned.template.key == "co-teaching-refleksion" and self.rng.random() < 0.6:
            return talk.THEMES_BY_KEY["coteaching"]
        return self.rng.choice([
            t for t in talk.THEMES if t.key != "coteaching"
            and (t.key != "laesning" or planned.subject in talk.READING_SUBJECTS)])

    def _facts(self, observation: Observation, topics: Sequence[str],
               fixed: dict[str, str]) -> dict[str, str]:
        """What the linked observation holds, in the words of a data phase: its notes, who
        was heard, the co-teaching models in the order they were used, the lesson's topic."""
        notes = [n for n in self.observations.notes(observation.id) if not n.private]
        taps = self.observations.taps(observation.id)
        counts = contribution_counts(observation.seats, taps)
        top = sum(sorted(counts.values(), reverse=True)[:3])
        written = " ".join([observation.purpose, *(n.description for n in notes)])
        topic = next((t for t in topics if t in written), self.rng.choice(topics))
        facts = {"noter": str(len(notes)), "undren": str(sum(1 for n in notes if n.interpretation)),
                 "hoert": str(sum(1 for c in counts.values() if c)),
                 "pladser": str(len(observation.seats)), "indlaeg": str(len(taps)),
                 "andel": str(round(100 * top / max(1, len(taps))))}
        found = {"emne": topic, "obsdato": format_date(observation.date),
                 "fokuspunkt": observation.focus_points[0] if observation.focus_points else "",
                 "y": str(observation.student_count or len(observation.seats)),
                 "facts": talk.FACTS.format_map({**fixed, **facts})}
        models = list(dict.fromkeys(e.value for e in self.observations.events(observation.id)
                                    if e.kind == "model"))
        if models:
            named = [talk.MODEL_NAMES.get(m, m) for m in models]
            listed = ", ".join(named[:-1]) + " og " + named[-1] if len(named) > 1 else named[0]
            found["models"] = talk.MODELS.format(modeller=listed)
            split = [m for m in models if m in ("stationer", "parallel", "alternativ")]
            found["model"] = talk.MODEL_NAMES.get((split or models)[-1], fixed["model"])
        return found

    def _notes(self, planned: _Planned, texts: _Texts) -> tuple[int, list[ConversationNote]]:
        """The phase reached, and notes under most questions of the phases the conversation
        got through; an unfinished one stops after a question or two of its current phase."""
        rng = self.rng
        phases = talk.QUESTIONS[planned.template.key]
        last = len(phases) - 1
        if planned.state == IN_PROGRESS:
            last = rng.randint(1, max(1, len(phases) - 2))
        notes = []
        for index in range(last + 1):
            questions = phases[index]
            if planned.state == IN_PROGRESS and index == last:
                answered = list(range(rng.randint(1, min(2, len(questions)))))
            else:
                answered = [q for q in range(len(questions)) if rng.random() < 0.8]
                if len(answered) < min(2, len(questions)):
                    answered = sorted(rng.sample(range(len(questions)), min(2, len(questions))))
            notes += [ConversationNote(index, q, limit_text(texts.write(questions[q]), "note"))
                      for q in answered if questions[q]]
            if rng.random() < 0.2 and not (planned.state == IN_PROGRESS and index == last):
                kind = ("first" if index == 0 else
                        "data" if planned.template.phases[index].shows_data else "other")
                notes.append(ConversationNote(index, PHASE_NOTE, texts.write(
                    rng.choice(talk.PHASE_NOTES[kind]))))
        return last, notes


# -- small pure helpers ------------------------------------------------------------------------


def _school_days(periods: Sequence[Period]) -> list[dt.date]:
    """The school days of *periods* up to :data:`TODAY`."""
    days = []
    for period in periods:
        day = period.start
        while day <= min(period.end, TODAY):
            if day.weekday() < 5 and not _holiday(day):
                days.append(day)
            day += dt.timedelta(days=1)
    return days


def _feedback_moment(observation: Observation) -> tuple[dt.date, dt.time]:
    """When the feedback conversation was agreed at the formøde ("24.03.2026 kl. 14:00, …"),
    else the next school day at two."""
    found = _FEEDBACK_TIME.search(observation.feedback_time)
    if found:
        day, month, year, hour, minute = (int(part) for part in found.groups())
        return dt.date(year, month, day), dt.time(hour, minute)
    day = observation.date + dt.timedelta(days=1)
    while day.weekday() >= 5 or _holiday(day):
        day += dt.timedelta(days=1)
    return day, dt.time(14, 0)


def _genitive(name: str) -> str:
    """Danish genitive of a first name: "Mettes", but "Lars'" and "Tomasz'"."""
    return f"{name}'" if name[-1:].lower() in "sxz" else f"{name}s"
