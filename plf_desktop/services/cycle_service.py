"""Action-learning courses: from the first *undren* through rounds of action, observation and
conversation to what the team learned.

A round's observation and conversation are ordinary records of the Observationer and Samtaler
areas, made from the round (its focus points, its teacher and observers, the three-part
conversation model), so each lives where the vejleder already works with it.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from plf_desktop.domain.conversations import Conversation
from plf_desktop.domain.cycles import (
    ROUND_TEMPLATE,
    Cycle,
    CycleModel,
    CycleReport,
    CycleStage,
    CycleSummary,
    Round,
    RoundReport,
)
from plf_desktop.domain.errors import QT_TRANSLATE_NOOP, NotFoundError, ValidationError
from plf_desktop.domain.observations import Adult, Observation, observation_title
from plf_desktop.domain.records import School, new_id
from plf_desktop.domain.validation import limit_text, require_text
from plf_desktop.services.base import Service
from plf_desktop.services.conversation_service import ConversationService
from plf_desktop.services.observation_service import ObservationService
from plf_desktop.services.template_service import TemplateService
from plf_desktop.storage.connection import Database
from plf_desktop.storage.cycle_repo import CycleRepository
from plf_desktop.storage.observation_repo import ObservationRepository
from plf_desktop.storage.people_repo import PeopleRepository, TeamRepository
from plf_desktop.storage.school_repo import SchoolRepository
from plf_desktop.storage.trash_repo import TrashRepository

_TITLE = QT_TRANSLATE_NOOP("Errors", "The title")
_CYCLE_TEXT = ("class_label", "subject", "wonder", "problem", "why", "goals", "signs",
               "learned", "sharing")
_ROUND_TEXT = ("action", "reason", "expectation", "lesson", "data_to_collect",
               "lesson_sequence", "watch_for", "focus_students", "practicalities")
HIGHLIGHTS = 6
"""How many of a round's observation notes the course report quotes."""


class CycleService(Service):
    """Use cases of the *Aktionslæring* area."""

    def __init__(self, db: Database, templates: TemplateService,
                 observations: ObservationService, conversations: ConversationService) -> None:
        super().__init__(db)
        self.repo = CycleRepository(db)
        self.trash = TrashRepository(db)
        self.templates = templates
        self.observations = observations
        self.conversations = conversations

    # -- the course --------------------------------------------------------------------------
    def summaries(self) -> list[CycleSummary]:
        """Every course for the list, newest first."""
        return self.repo.summaries()

    def get(self, cycle_id: str) -> Cycle:
        """One course with its rounds, or NotFoundError."""
        cycle = self.repo.get(cycle_id)
        if cycle is None:
            raise NotFoundError(QT_TRANSLATE_NOOP(
                "Errors", "There is no action-learning course with id {id}."), id=cycle_id)
        return cycle

    def many(self, cycle_ids: list[str]) -> list[Cycle]:
        """The courses with *cycle_ids* (those not in the trash), in that order."""
        return self.repo.get_many(cycle_ids)

    def create(self, title: str, *, started: dt.date, team_id: str | None = None,
               model: CycleModel = CycleModel.EVA, coach_id: str | None = None,
               class_label: str = "", subject: str = "",
               participant_ids: tuple[str, ...] | None = None) -> Cycle:
        """A new course; without *participant_ids* the team's members take part."""
        team = TeamRepository(self.db).get(team_id) if team_id else None
        if team_id and team is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "That team no longer exists."))
        cycle = Cycle(new_id(), require_text(title, "title", _TITLE), CycleModel(model),
                      team_id=team_id, coach_id=coach_id,
                      class_label=limit_text(class_label.strip(), "class_label"),
                      subject=limit_text(subject.strip(), "subject"), started=started)
        members = participant_ids if participant_ids is not None else (
            team.member_ids if team else ())
        with self.transaction():
            self.repo.insert(cycle)
            self.repo.set_participants(cycle.id, list(members))
        return self.get(cycle.id)

    def update(self, cycle_id: str, **fields: Any) -> None:
        """Save some fields of the course (the editor's autosave)."""
        if "title" in fields:
            fields["title"] = require_text(fields["title"], "title", _TITLE)
        if "started" in fields and not isinstance(fields["started"], dt.date):
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "An action-learning course needs a start date."), field="started")
        if "model" in fields:
            fields["model"] = CycleModel(fields["model"])
        for name in _CYCLE_TEXT:
            if name in fields:
                fields[name] = limit_text(fields[name], name)
        with self.transaction():
            self.repo.update_fields(cycle_id, fields)

    def set_participants(self, cycle_id: str, person_ids: list[str]) -> None:
        """Who takes part in the course."""
        with self.transaction():
            self.repo.set_participants(cycle_id, person_ids)

    def set_quick_write(self, cycle_id: str, person_id: str, text: str) -> None:
        """One participant's quick-write about the problems in their own teaching."""
        with self.transaction():
            self.repo.set_quick_write(cycle_id, person_id, limit_text(text, "quick_write"))

    def delete(self, cycle_id: str) -> None:
        """Move a course to the trash (its observations and conversations stay)."""
        with self.transaction():
            self.trash.trash("cycles", cycle_id)

    def restore(self, cycle_id: str) -> None:
        """Undo :meth:`delete`."""
        with self.transaction():
            self.trash.restore("cycles", cycle_id)

    # -- moving through the phases -----------------------------------------------------------
    def start_rounds(self, cycle_id: str) -> Round:
        """The problem statement is sharpened: the first round begins with its action plan."""
        cycle = self.get(cycle_id)
        if not cycle.problem.strip():
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "Write the problem statement before the first round."),
                field="problem")
        if cycle.rounds:
            return cycle.rounds[-1]
        return self._add_round(cycle)

    def _add_round(self, cycle: Cycle) -> Round:
        previous = cycle.current_round
        round_ = Round(new_id(), cycle.id, len(cycle.rounds) + 1,
                       teacher_id=previous.next_teacher_id if previous else None,
                       observer_ids=(previous.next_observer_id,)
                       if previous and previous.next_observer_id else (),
                       focus_points=previous.focus_points if previous else ())
        with self.transaction():
            self.repo.insert_round(round_)
            self.repo.update_fields(cycle.id, {"stage": CycleStage.ROUNDS})
        return round_

    def decide(self, round_id: str, choice: str) -> Cycle:
        """End a round: ``"round"`` starts the next one (who teaches and observes carried over),
        ``"learning"`` moves the course on to the processing of experiences."""
        cycle, _round = self._round(round_id)
        if choice not in ("round", "learning"):
            raise ValueError(choice)
        with self.transaction():
            self.repo.update_round(round_id, {"decided": choice})
            if choice == "round":
                self._add_round(self.get(cycle.id))
            else:
                self.repo.update_fields(cycle.id, {"stage": CycleStage.LEARNING})
        return self.get(cycle.id)

    def close(self, cycle_id: str, on: dt.date) -> Cycle:
        """The course is done: what was learned is written and shared."""
        with self.transaction():
            self.repo.update_fields(cycle_id, {"stage": CycleStage.CLOSED, "closed_on": on})
        return self.get(cycle_id)

    def reopen(self, cycle_id: str) -> Cycle:
        """Take a closed course back to its processing of experiences."""
        with self.transaction():
            self.repo.update_fields(cycle_id, {"stage": CycleStage.LEARNING, "closed_on": None})
        return self.get(cycle_id)

    # -- rounds ------------------------------------------------------------------------------
    def _round(self, round_id: str) -> tuple[Cycle, Round]:
        cycle_id = self.db.execute("SELECT cycle_id FROM cycle_rounds WHERE id = ?",
                                   [round_id]).fetchone()
        if cycle_id is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "There is no such round."))
        cycle = self.get(cycle_id[0])
        return cycle, next(r for r in cycle.rounds if r.id == round_id)

    def update_round(self, round_id: str, **fields: Any) -> None:
        """Save some fields of a round's action plan, preparation sheet or agreements."""
        for name in _ROUND_TEXT:
            if name in fields:
                fields[name] = limit_text(fields[name], name)
        for name in ("focus_points", "observer_ids"):
            if name in fields:
                fields[name] = tuple(dict.fromkeys(v.strip() for v in fields[name]
                                                   if v and v.strip()))
        if "lesson_date" in fields and fields["lesson_date"] is not None and not isinstance(
                fields["lesson_date"], dt.date):
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The lesson's date is not a "
                                                    "date."), field="lesson_date")
        with self.transaction():
            self.repo.update_round(round_id, fields)

    def create_observation(self, round_id: str, on: dt.date) -> Observation:
        """The round's observation, planned from its action plan: the class and subject, the
        teacher, the first observer, the focus points and why this lesson."""
        cycle, round_ = self._round(round_id)
        if round_.observation_id:
            return self.observations.get(round_.observation_id)
        with self.transaction():
            observation = self.observations.create(
                date=round_.lesson_date or on, start_time=round_.lesson_time,
                class_label=cycle.class_label, subject=cycle.subject,
                adults=(Adult(round_.teacher_id),) if round_.teacher_id else (),
                observer_id=round_.observer_ids[0] if round_.observer_ids else None,
                team_id=cycle.team_id, focus_points=round_.focus_points)
            purpose = "\n".join(p for p in (round_.action, round_.reason) if p.strip())
            if purpose:
                self.observations.update(observation.id, purpose=purpose)
            self.repo.update_round(round_id, {"observation_id": observation.id})
        return self.observations.get(observation.id)

    def create_conversation(self, round_id: str, title: str, on: dt.date) -> Conversation:
        """The round's didactic conversation with the three-part model, linked to its
        observation; the teacher is the fokusperson and the observers take part."""
        cycle, round_ = self._round(round_id)
        if round_.conversation_id:
            return self.conversations.get(round_.conversation_id)
        template = self.templates.conversation_template(ROUND_TEMPLATE)
        others = tuple(p for p in (*round_.observer_ids, *cycle.participant_ids)
                       if p != round_.teacher_id)
        with self.transaction():
            conversation = self.conversations.create(
                template, date=on, title=title, focus_person_id=round_.teacher_id,
                team_id=cycle.team_id, participant_ids=tuple(dict.fromkeys(others)),
                observation_ids=(round_.observation_id,) if round_.observation_id else ())
            self.conversations.update(conversation.id, purpose=cycle.problem,
                                      content=round_.action,
                                      data_basis=round_.data_to_collect)
            self.repo.update_round(round_id, {"conversation_id": conversation.id})
        return self.conversations.get(conversation.id)

    def delete_round(self, round_id: str) -> None:
        """Remove the last round (added by mistake); its observation and conversation stay."""
        cycle, round_ = self._round(round_id)
        if round_.id != cycle.rounds[-1].id:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Only the last round can be "
                                                    "removed."), field="round")
        with self.transaction():
            self.repo.delete_round(round_id)
            if len(cycle.rounds) > 1:
                self.repo.update_round(cycle.rounds[-2].id, {"decided": ""})
            else:
                self.repo.update_fields(cycle.id, {"stage": CycleStage.PROBLEM})

    # -- the printed documents ---------------------------------------------------------------
    def report(self, cycle_id: str) -> CycleReport:
        """Everything the forløbsrapport and the aktionsplan need, with names resolved."""
        cycle = self.get(cycle_id)
        names = PeopleRepository(self.db).names()
        observations = ObservationRepository(self.db)

        def name(person_id: str | None) -> str:
            return names.get(person_id or "", "")

        rounds = []
        for round_ in cycle.rounds:
            observation = observations.get(round_.observation_id) \
                if round_.observation_id else None
            highlights: tuple[str, ...] = ()
            title = ""
            if observation is not None:
                title = observation_title(observation.class_label, observation.subject,
                                          [name(a.person_id) for a in observation.adults])
                highlights = tuple(n.description for n in observations.notes(observation.id)
                                   if not n.private and n.description.strip())[:HIGHLIGHTS]
            conversation = self.conversations.repo.get(round_.conversation_id) \
                if round_.conversation_id else None
            rounds.append(RoundReport(
                round_, name(round_.teacher_id),
                tuple(name(p) for p in round_.observer_ids), title, highlights,
                conversation.summary if conversation else "",
                conversation.next_steps if conversation else "",
                tuple(self.conversations.agreements(conversation.id)) if conversation else (),
                name(round_.next_teacher_id), name(round_.next_observer_id),
                name(round_.referent_id)))
        return CycleReport(
            SchoolRepository(self.db).get() or School(""), cycle,
            TeamRepository(self.db).names().get(cycle.team_id or "", ""), name(cycle.coach_id),
            tuple(name(p) for p in cycle.participant_ids),
            tuple((name(w.person_id), w.text) for w in cycle.quick_writes if w.text.strip()),
            tuple(rounds))

