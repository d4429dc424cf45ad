"""Action-learning courses (*aktionslæringsforløb*): the problem statement, the rounds of
action, observation and conversation, and what the team learned.

EVA's five phases are the default (domain.md §2.2): phases 2–4 repeat as numbered rounds and
phase 5 closes the course. EMU's four phases can be chosen per course instead; the steps are
the same, only their names differ. :func:`next_step` is what the stepper shows as "where the
course stands and what comes next".
"""

from __future__ import annotations

import datetime as dt
from dataclasses import field
from enum import StrEnum
from typing import NamedTuple

from plf_desktop.domain.errors import QT_TRANSLATE_NOOP
from plf_desktop.domain.record_type import frozen_record
from plf_desktop.domain.records import AgreementRow, School

ROUND_TEMPLATE = "aktionslaering-tre-dele"
"""The conversation model of a round: the three-part didactic conversation (domain.md §2.4)."""


class CycleModel(StrEnum):
    """The phase model a course follows."""

    EVA = "eva5"
    EMU = "emu4"


class CycleStage(StrEnum):
    """Where a course is: writing its problem statement, in its rounds, drawing its lessons,
    or closed."""

    PROBLEM = "problemstilling"
    ROUNDS = "runder"
    LEARNING = "bearbejdning"
    CLOSED = "afsluttet"


class RoundStep(StrEnum):
    """The steps of one round, in order."""

    PLAN = "aktionsplan"
    OBSERVE = "observation"
    CONVERSE = "samtale"
    DECIDE = "valg"


# The names of the steps in each model (context "Cycles"); a round's three steps are phases
# 2–4 in EVA's model and forberedelse/gennemførelse/evaluering/justering in EMU's.
STEP_NAMES: dict[CycleModel, dict[str, str]] = {
    CycleModel.EVA: {
        CycleStage.PROBLEM: QT_TRANSLATE_NOOP("Cycles", "1 Problem statement"),
        RoundStep.PLAN: QT_TRANSLATE_NOOP("Cycles", "2 Choice of action"),
        RoundStep.OBSERVE: QT_TRANSLATE_NOOP("Cycles", "3 Carrying out and observing"),
        RoundStep.CONVERSE: QT_TRANSLATE_NOOP("Cycles", "4 Didactic conversation"),
        RoundStep.DECIDE: QT_TRANSLATE_NOOP("Cycles", "New round or processing?"),
        CycleStage.LEARNING: QT_TRANSLATE_NOOP("Cycles", "5 Processing of experiences"),
    },
    CycleModel.EMU: {
        CycleStage.PROBLEM: QT_TRANSLATE_NOOP("Cycles", "Problem statement"),
        RoundStep.PLAN: QT_TRANSLATE_NOOP("Cycles", "1 Preparation"),
        RoundStep.OBSERVE: QT_TRANSLATE_NOOP("Cycles", "2 Carrying out"),
        RoundStep.CONVERSE: QT_TRANSLATE_NOOP("Cycles", "3 Evaluation"),
        RoundStep.DECIDE: QT_TRANSLATE_NOOP("Cycles", "4 Adjustment"),
        CycleStage.LEARNING: QT_TRANSLATE_NOOP("Cycles", "What we learned"),
    },
}


@frozen_record
class QuickWrite:
    """One participant's *hurtigskrivning*: the problems from their own teaching they would
    like to work on (five minutes each, then a round where each presents)."""

    person_id: str
    text: str = ""


@frozen_record
class Round:
    """One round: the *aktionsplan*, the observers' *forberedelsesark*, the observation and
    the conversation made from it, and what the team chose next."""

    id: str
    cycle_id: str
    number: int
    action: str = ""
    reason: str = ""
    expectation: str = ""
    lesson_date: dt.date | None = None
    lesson_time: dt.time | None = None
    lesson: str = ""
    teacher_id: str | None = None
    observer_ids: tuple[str, ...] = ()
    focus_points: tuple[str, ...] = ()
    data_to_collect: str = ""
    lesson_sequence: str = ""
    watch_for: str = ""
    focus_students: str = ""
    practicalities: str = ""
    observation_id: str | None = None
    conversation_id: str | None = None
    next_teacher_id: str | None = None
    next_observer_id: str | None = None
    referent_id: str | None = None
    decided: str = ""
    """``""`` until the team chooses; then ``"round"`` (a new round) or ``"learning"``."""

    @property
    def step(self) -> RoundStep:
        """The step the round has come to."""
        if not self.action.strip():
            return RoundStep.PLAN
        if self.observation_id is None:
            return RoundStep.OBSERVE
        if self.conversation_id is None:
            return RoundStep.CONVERSE
        return RoundStep.DECIDE


@frozen_record
class Cycle:
    """An action-learning course and its rounds."""

    id: str
    title: str
    model: CycleModel = CycleModel.EVA
    stage: CycleStage = CycleStage.PROBLEM
    team_id: str | None = None
    coach_id: str | None = None
    class_label: str = ""
    subject: str = ""
    started: dt.date | None = None
    participant_ids: tuple[str, ...] = ()
    quick_writes: tuple[QuickWrite, ...] = ()
    wonder: str = ""
    problem: str = ""
    why: str = ""
    goals: str = ""
    signs: str = ""
    learned: str = ""
    sharing: str = ""
    closed_on: dt.date | None = None
    rounds: tuple[Round, ...] = ()
    created_at: str = ""

    @property
    def current_round(self) -> Round | None:
        """The last round, the one the team is working in."""
        return self.rounds[-1] if self.rounds else None


class NextStep(NamedTuple):
    """What the stepper shows: the step the course is at, and what to do now (a named
    tuple, as the start screen's lines are: see domain/overview.py)."""

    name: str
    todo: str
    round_number: int | None = None


def next_step(cycle: Cycle) -> NextStep:
    """Where the course stands and what the next step is (English source texts, context
    "Cycles", translated by the caller)."""
    names = STEP_NAMES[cycle.model]
    if cycle.stage is CycleStage.CLOSED:
        return NextStep(QT_TRANSLATE_NOOP("Cycles", "Closed"),
                        QT_TRANSLATE_NOOP("Cycles", "The course is closed."))
    if cycle.stage is CycleStage.LEARNING:
        return NextStep(names[CycleStage.LEARNING], QT_TRANSLATE_NOOP(
            "Cycles", "Write down what you learned and how you share it, then close the "
                      "course."))
    if cycle.stage is CycleStage.PROBLEM or cycle.current_round is None:
        if not cycle.problem.strip():
            return NextStep(names[CycleStage.PROBLEM], QT_TRANSLATE_NOOP(
                "Cycles", "Quick-write, take a round, and sharpen the problem statement."))
        return NextStep(names[CycleStage.PROBLEM], QT_TRANSLATE_NOOP(
            "Cycles", "Plan the first round: the action and its reason."))
    current = cycle.current_round
    todo = {
        RoundStep.PLAN: QT_TRANSLATE_NOOP(
            "Cycles", "Write the action plan: the action, why, and what you expect."),
        RoundStep.OBSERVE: QT_TRANSLATE_NOOP(
            "Cycles", "Hand out the preparation sheet and create the round's observation."),
        RoundStep.CONVERSE: QT_TRANSLATE_NOOP(
            "Cycles", "Hold the didactic conversation about the observed lesson."),
        RoundStep.DECIDE: QT_TRANSLATE_NOOP(
            "Cycles", "Agree who teaches, observes and writes the referat; then choose a new "
                      "round or the processing of experiences."),
    }[current.step]
    return NextStep(names[current.step], todo, current.number)


@frozen_record
class CycleSummary:
    """A row of the course list."""

    id: str
    title: str
    started: dt.date | None
    team: str
    stage: CycleStage
    rounds: int
    model: CycleModel


@frozen_record
class RoundReport:
    """A round as the printed documents show it, with names and its conversation resolved."""

    round: Round
    teacher: str = ""
    observers: tuple[str, ...] = ()
    observation_title: str = ""
    observation_highlights: tuple[str, ...] = ()
    conversation_summary: str = ""
    conversation_next_steps: str = ""
    agreements: tuple[AgreementRow, ...] = ()
    next_teacher: str = ""
    next_observer: str = ""
    referent: str = ""


@frozen_record
class CycleReport:
    """Everything the *forløbsrapport* and the *aktionsplan og forberedelsesark* need."""

    school: School
    cycle: Cycle
    team_name: str = ""
    coach: str = ""
    participants: tuple[str, ...] = ()
    quick_writes: tuple[tuple[str, str], ...] = ()
    rounds: tuple[RoundReport, ...] = field(default_factory=tuple)
