"""Co-teaching collaborations: a vejleder and a teacher plan, teach and evaluate together.

The Dafolo guide's workflow (domain.md §3.4): *formøde* and *samarbejdskontrakt* → fælles
planlægning per lesson → the co-taught lessons with observation → *refleksionssamtalen* →
justering → afsluttende evaluering against the six models and the look-fors.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import field
from enum import StrEnum
from typing import NamedTuple

from plf_desktop.domain.errors import QT_TRANSLATE_NOOP
from plf_desktop.domain.labels import CoTeachingModel
from plf_desktop.domain.record_type import frozen_record
from plf_desktop.domain.records import AgreementRow, School

REFLECTION_TEMPLATE = "co-teaching-refleksion"
"""The conversation model after a co-taught lesson."""
OBSERVATION_SCHEME = "co-teaching-kendetegn"
"""The observation scheme of a co-taught lesson (the six models and the look-fors)."""


class CollaborationStage(StrEnum):
    """Where a collaboration is."""

    CONTRACT = "kontrakt"
    LESSONS = "lektioner"
    EVALUATION = "evaluering"
    CLOSED = "afsluttet"


class LessonStep(StrEnum):
    """The steps of one co-taught lesson, in order."""

    PLAN = "planlaegning"
    OBSERVE = "observation"
    REFLECT = "refleksion"
    DONE = "faerdig"


@frozen_record
class LessonPhase:
    """A phase of the lesson plan: what happens, with which co-teaching model, who does what."""

    activity: str
    model: CoTeachingModel | None = None
    roles: str = ""


@frozen_record
class CoLesson:
    """A planning sheet (*planlægningsskema*) for one co-taught lesson, and what came of it."""

    id: str
    collaboration_id: str
    number: int
    date: dt.date | None = None
    start_time: dt.time | None = None
    goal: str = ""
    signs: str = ""
    phases: tuple[LessonPhase, ...] = ()
    differentiation: str = ""
    materials: str = ""
    observation_id: str | None = None
    conversation_id: str | None = None

    @property
    def step(self) -> LessonStep:
        """How far the lesson has come."""
        if not self.goal.strip() or not self.phases:
            return LessonStep.PLAN
        if self.observation_id is None:
            return LessonStep.OBSERVE
        if self.conversation_id is None:
            return LessonStep.REFLECT
        return LessonStep.DONE

    @property
    def planned_models(self) -> tuple[CoTeachingModel, ...]:
        """The models the plan uses, in order of first use."""
        return tuple(dict.fromkeys(p.model for p in self.phases if p.model))


@frozen_record
class Collaboration:
    """A co-teaching collaboration and its lessons."""

    id: str
    title: str
    stage: CollaborationStage = CollaborationStage.CONTRACT
    coach_id: str | None = None
    teacher_id: str | None = None
    team_id: str | None = None
    class_label: str = ""
    subject: str = ""
    started: dt.date | None = None
    pre_meeting: dt.date | None = None
    goals: str = ""
    roles: str = ""
    duration: str = ""
    planning_time: str = ""
    evaluation_form: str = ""
    evaluation: str = ""
    adjustments: str = ""
    closed_on: dt.date | None = None
    lessons: tuple[CoLesson, ...] = ()
    created_at: str = ""


class CollaborationStep(NamedTuple):
    """Where a collaboration stands and what to do now (English sources, context
    "Collaborations"; a named tuple, as the start screen's lines are)."""

    name: str
    todo: str
    lesson_number: int | None = None


STEP_TEXTS = {
    CollaborationStage.CONTRACT: (
        QT_TRANSLATE_NOOP("Collaborations", "Pre-meeting and contract"),
        QT_TRANSLATE_NOOP("Collaborations", "Hold the pre-meeting and write the collaboration "
                                            "contract: goals, roles, duration, planning time "
                                            "and how you evaluate.")),
    LessonStep.PLAN: (
        QT_TRANSLATE_NOOP("Collaborations", "Co-planning"),
        QT_TRANSLATE_NOOP("Collaborations", "Plan the lesson together: goal, tegn, the model "
                                            "for each phase, roles and differentiation.")),
    LessonStep.OBSERVE: (
        QT_TRANSLATE_NOOP("Collaborations", "Co-teaching"),
        QT_TRANSLATE_NOOP("Collaborations", "Teach the lesson together and create its "
                                            "observation.")),
    LessonStep.REFLECT: (
        QT_TRANSLATE_NOOP("Collaborations", "Reflection"),
        QT_TRANSLATE_NOOP("Collaborations", "Hold the reflection conversation about the "
                                            "lesson.")),
    LessonStep.DONE: (
        QT_TRANSLATE_NOOP("Collaborations", "Adjustment"),
        QT_TRANSLATE_NOOP("Collaborations", "Adjust and plan the next lesson, or evaluate the "
                                            "collaboration.")),
    CollaborationStage.EVALUATION: (
        QT_TRANSLATE_NOOP("Collaborations", "Evaluation"),
        QT_TRANSLATE_NOOP("Collaborations", "Evaluate against the six models and the "
                                            "look-fors, then close the collaboration.")),
    CollaborationStage.CLOSED: (
        QT_TRANSLATE_NOOP("Collaborations", "Closed"),
        QT_TRANSLATE_NOOP("Collaborations", "The collaboration is closed.")),
}


def collaboration_step(collaboration: Collaboration) -> CollaborationStep:
    """Where the collaboration stands and what the next step is."""
    if collaboration.stage in (CollaborationStage.EVALUATION, CollaborationStage.CLOSED):
        return CollaborationStep(*STEP_TEXTS[collaboration.stage])
    if not collaboration.lessons:
        return CollaborationStep(*STEP_TEXTS[CollaborationStage.CONTRACT])
    lesson = collaboration.lessons[-1]
    return CollaborationStep(*STEP_TEXTS[lesson.step], lesson.number)


@frozen_record
class ModelUse:
    """How much of the observed co-taught time one model took, and in how many lessons."""

    model: CoTeachingModel
    minutes: float
    lessons: int
    planned: int


@frozen_record
class LookForTally:
    """How many of the observed lessons showed one look-for."""

    index: int
    seen: int
    observed: int


@frozen_record
class CollaborationEvaluation:
    """The collaboration's lessons summed up against the six models and the look-fors."""

    models: tuple[ModelUse, ...] = ()
    look_fors: tuple[LookForTally, ...] = ()
    observed_lessons: int = 0


@frozen_record
class CollaborationSummary:
    """A row of the collaboration list."""

    id: str
    title: str
    started: dt.date | None
    teacher: str
    coach: str
    stage: CollaborationStage
    lessons: int


@frozen_record
class CoLessonReport:
    """A lesson as the printed document shows it."""

    lesson: CoLesson
    observation_title: str = ""
    highlights: tuple[str, ...] = ()
    reflection_summary: str = ""
    reflection_next_steps: str = ""
    agreements: tuple[AgreementRow, ...] = ()


@frozen_record
class CollaborationReport:
    """Everything the collaboration's printed summary needs, with names resolved."""

    school: School
    collaboration: Collaboration
    coach: str = ""
    teacher: str = ""
    team_name: str = ""
    lessons: tuple[CoLessonReport, ...] = field(default_factory=tuple)
    evaluation: CollaborationEvaluation = field(default_factory=CollaborationEvaluation)
