"""Co-teaching collaborations: the formøde and samarbejdskontrakt, a planning sheet per lesson,
the co-taught lessons' observations and reflection conversations, and the evaluation against
the six models and the look-fors.

As with action-learning rounds, a lesson's observation and conversation are ordinary records
of their own areas, made from the lesson plan.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from plf_desktop.domain.collaborations import (
    OBSERVATION_SCHEME,
    REFLECTION_TEMPLATE,
    CoLesson,
    CoLessonReport,
    Collaboration,
    CollaborationEvaluation,
    CollaborationReport,
    CollaborationStage,
    CollaborationSummary,
    LessonPhase,
    LookForTally,
    ModelUse,
)
from plf_desktop.domain.conversations import Conversation
from plf_desktop.domain.errors import QT_TRANSLATE_NOOP, NotFoundError, ValidationError
from plf_desktop.domain.labels import CoTeachingModel
from plf_desktop.domain.observations import (
    LOOK_FORS,
    Adult,
    Observation,
    observation_title,
    time_per_value,
)
from plf_desktop.domain.records import School, new_id
from plf_desktop.domain.validation import limit_text, require_text
from plf_desktop.services.base import Service
from plf_desktop.services.conversation_service import ConversationService
from plf_desktop.services.observation_service import ObservationService
from plf_desktop.services.template_service import TemplateService
from plf_desktop.storage.collaboration_repo import CollaborationRepository
from plf_desktop.storage.connection import Database
from plf_desktop.storage.people_repo import PeopleRepository, TeamRepository
from plf_desktop.storage.school_repo import SchoolRepository
from plf_desktop.storage.trash_repo import TrashRepository

_TITLE = QT_TRANSLATE_NOOP("Errors", "The title")
_TEXTS = ("class_label", "subject", "goals", "roles", "duration", "planning_time",
          "evaluation_form", "evaluation", "adjustments")
_LESSON_TEXTS = ("goal", "signs", "differentiation", "materials")
HIGHLIGHTS = 5


class CollaborationService(Service):
    """Use cases of co-teaching collaborations."""

    def __init__(self, db: Database, templates: TemplateService,
                 observations: ObservationService, conversations: ConversationService) -> None:
        super().__init__(db)
        self.repo = CollaborationRepository(db)
        self.trash = TrashRepository(db)
        self.templates = templates
        self.observations = observations
        self.conversations = conversations

    # -- the collaboration -------------------------------------------------------------------
    def summaries(self) -> list[CollaborationSummary]:
        """Every collaboration for the list, newest first."""
        return self.repo.summaries()

    def get(self, collaboration_id: str) -> Collaboration:
        """One collaboration with its lessons, or NotFoundError."""
        collaboration = self.repo.get(collaboration_id)
        if collaboration is None:
            raise NotFoundError(QT_TRANSLATE_NOOP(
                "Errors", "There is no co-teaching collaboration with id {id}."),
                id=collaboration_id)
        return collaboration

    def active(self) -> list[Collaboration]:
        """The collaborations not closed yet, most recently started first (the start
        screen)."""
        return self.repo.get_many(self.repo.active_ids())

    def create(self, title: str, *, started: dt.date, teacher_id: str | None = None,
               coach_id: str | None = None, team_id: str | None = None,
               class_label: str = "", subject: str = "") -> Collaboration:
        """A new collaboration, at its formøde and contract."""
        collaboration = Collaboration(
            new_id(), require_text(title, "title", _TITLE), coach_id=coach_id,
            teacher_id=teacher_id, team_id=team_id,
            class_label=limit_text(class_label.strip(), "class_label"),
            subject=limit_text(subject.strip(), "subject"), started=started)
        with self.transaction():
            self.repo.insert(collaboration)
        return self.get(collaboration.id)

    def update(self, collaboration_id: str, **fields: Any) -> None:
        """Save some fields of the contract or the evaluation (the editor's autosave)."""
        if "title" in fields:
            fields["title"] = require_text(fields["title"], "title", _TITLE)
        if "started" in fields and not isinstance(fields["started"], dt.date):
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "A collaboration needs a start date."), field="started")
        for name in _TEXTS:
            if name in fields:
                fields[name] = limit_text(fields[name], name)
        with self.transaction():
            self.repo.update_fields(collaboration_id, fields)

    def delete(self, collaboration_id: str) -> None:
        """Move a collaboration to the trash (its observations and conversations stay)."""
        with self.transaction():
            self.trash.trash("collaborations", collaboration_id)

    def restore(self, collaboration_id: str) -> None:
        """Undo :meth:`delete`."""
        with self.transaction():
            self.trash.restore("collaborations", collaboration_id)

    # -- lessons -----------------------------------------------------------------------------
    def add_lesson(self, collaboration_id: str) -> CoLesson:
        """A new planning sheet after the last one; the collaboration is under way."""
        collaboration = self.get(collaboration_id)
        lesson = CoLesson(new_id(), collaboration_id, len(collaboration.lessons) + 1)
        with self.transaction():
            self.repo.insert_lesson(lesson)
            self.repo.update_fields(collaboration_id, {"stage": CollaborationStage.LESSONS})
        return lesson

    def _lesson(self, lesson_id: str) -> tuple[Collaboration, CoLesson]:
        collaboration_id = self.repo.collaboration_of_lesson(lesson_id)
        if collaboration_id is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "There is no such lesson."))
        collaboration = self.get(collaboration_id)
        return collaboration, next(x for x in collaboration.lessons if x.id == lesson_id)

    def update_lesson(self, lesson_id: str, **fields: Any) -> None:
        """Save some fields of a planning sheet."""
        for name in _LESSON_TEXTS:
            if name in fields:
                fields[name] = limit_text(fields[name], name)
        if "phases" in fields:
            fields["phases"] = tuple(
                LessonPhase(limit_text(p.activity.strip(), "activity"),
                            CoTeachingModel(p.model) if p.model else None,
                            limit_text(p.roles.strip(), "roles"))
                for p in fields["phases"] if p.activity.strip() or p.model or p.roles.strip())
        if "date" in fields and fields["date"] is not None and not isinstance(
                fields["date"], dt.date):
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The lesson's date is not a "
                                                    "date."), field="date")
        with self.transaction():
            self.repo.update_lesson(lesson_id, fields)

    def delete_lesson(self, lesson_id: str) -> None:
        """Remove the last lesson plan (made by mistake); its records stay."""
        collaboration, lesson = self._lesson(lesson_id)
        if lesson.id != collaboration.lessons[-1].id:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Only the last lesson can be "
                                                    "removed."), field="lesson")
        with self.transaction():
            self.repo.delete_lesson(lesson_id)
            if len(collaboration.lessons) == 1:
                self.repo.update_fields(collaboration.id,
                                        {"stage": CollaborationStage.CONTRACT})

    def create_observation(self, lesson_id: str, on: dt.date) -> Observation:
        """The lesson's observation, set up with the co-teaching scheme and the models the
        plan uses; the teacher and the vejleder are the two adults."""
        collaboration, lesson = self._lesson(lesson_id)
        if lesson.observation_id:
            return self.observations.get(lesson.observation_id)
        adults = tuple(Adult(pid) for pid in (collaboration.teacher_id, collaboration.coach_id)
                       if pid)
        with self.transaction():
            observation = self.observations.create(
                date=lesson.date or on, start_time=lesson.start_time,
                class_label=collaboration.class_label, subject=collaboration.subject,
                adults=adults, observer_id=collaboration.coach_id,
                team_id=collaboration.team_id)
            self.observations.apply_scheme(
                observation.id, self.templates.observation_scheme(OBSERVATION_SCHEME))
            self.observations.update(observation.id, purpose=lesson.goal,
                                     planned_models=lesson.planned_models)
            self.repo.update_lesson(lesson_id, {"observation_id": observation.id})
        return self.observations.get(observation.id)

    def create_reflection(self, lesson_id: str, title: str, on: dt.date) -> Conversation:
        """The reflection conversation after the lesson, linked to its observation."""
        collaboration, lesson = self._lesson(lesson_id)
        if lesson.conversation_id:
            return self.conversations.get(lesson.conversation_id)
        template = self.templates.conversation_template(REFLECTION_TEMPLATE)
        with self.transaction():
            conversation = self.conversations.create(
                template, date=on, title=title, focus_person_id=collaboration.teacher_id,
                team_id=collaboration.team_id,
                participant_ids=(collaboration.coach_id,) if collaboration.coach_id else (),
                observation_ids=(lesson.observation_id,) if lesson.observation_id else ())
            self.conversations.update(conversation.id, purpose=collaboration.goals,
                                      content=lesson.goal)
            self.repo.update_lesson(lesson_id, {"conversation_id": conversation.id})
        return self.conversations.get(conversation.id)

    # -- the end -----------------------------------------------------------------------------
    def start_evaluation(self, collaboration_id: str) -> Collaboration:
        """The lessons are done: evaluate against the six models and the look-fors."""
        with self.transaction():
            self.repo.update_fields(collaboration_id,
                                    {"stage": CollaborationStage.EVALUATION})
        return self.get(collaboration_id)

    def close(self, collaboration_id: str, on: dt.date) -> Collaboration:
        """The collaboration is evaluated and ends."""
        with self.transaction():
            self.repo.update_fields(collaboration_id,
                                    {"stage": CollaborationStage.CLOSED, "closed_on": on})
        return self.get(collaboration_id)

    def reopen(self, collaboration_id: str) -> Collaboration:
        """Take a closed collaboration back to its evaluation."""
        with self.transaction():
            self.repo.update_fields(collaboration_id, {
                "stage": CollaborationStage.EVALUATION, "closed_on": None})
        return self.get(collaboration_id)

    def evaluation(self, collaboration: Collaboration) -> CollaborationEvaluation:
        """The observed lessons summed up: time and lessons per model (and how often each
        was planned), and how many lessons showed each look-for."""
        minutes = {model: 0.0 for model in CoTeachingModel}
        used = {model: 0 for model in CoTeachingModel}
        planned = {model: 0 for model in CoTeachingModel}
        seen = [0] * len(LOOK_FORS)
        observed = 0
        for lesson in collaboration.lessons:
            for model in lesson.planned_models:
                planned[model] += 1
            observation = self.observations.repo.get(lesson.observation_id) \
                if lesson.observation_id else None
            if observation is None:
                continue
            observed += 1
            spent = time_per_value(self.observations.events(observation.id), "model",
                                   self.observations.lesson_end(observation))
            for value, seconds in spent.items():
                model = CoTeachingModel(value)
                minutes[model] += seconds / 60
                used[model] += 1
            for mark in observation.look_fors:
                if 0 <= mark.index < len(seen):
                    seen[mark.index] += 1
        return CollaborationEvaluation(
            tuple(ModelUse(m, round(minutes[m], 1), used[m], planned[m])
                  for m in CoTeachingModel),
            tuple(LookForTally(i, seen[i], observed) for i in range(len(LOOK_FORS))),
            observed)

    def report(self, collaboration_id: str) -> CollaborationReport:
        """Everything the printed summary needs, with names resolved."""
        collaboration = self.get(collaboration_id)
        names = PeopleRepository(self.db).names()
        lessons = []
        for lesson in collaboration.lessons:
            observation = self.observations.repo.get(lesson.observation_id) \
                if lesson.observation_id else None
            title, highlights = "", ()
            if observation is not None:
                title = observation_title(observation.class_label, observation.subject,
                                          [names.get(a.person_id, "")
                                           for a in observation.adults])
                highlights = tuple(n.description for n in self.observations.notes(
                    observation.id) if not n.private and n.description.strip())[:HIGHLIGHTS]
            conversation = self.conversations.repo.get(lesson.conversation_id) \
                if lesson.conversation_id else None
            lessons.append(CoLessonReport(
                lesson, title, highlights, conversation.summary if conversation else "",
                conversation.next_steps if conversation else "",
                tuple(self.conversations.agreements(conversation.id)) if conversation else ()))
        return CollaborationReport(
            SchoolRepository(self.db).get() or School(""), collaboration,
            names.get(collaboration.coach_id or "", ""),
            names.get(collaboration.teacher_id or "", ""),
            TeamRepository(self.db).names().get(collaboration.team_id or "", ""),
            tuple(lessons), self.evaluation(collaboration))
