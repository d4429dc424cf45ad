"""Didactic conversations: the kontrakt, phase by phase with a timer, notes per question, the
observations the conversation builds on, the opsamling and the agreements.

Each note and each phase change is its own small transaction, so nothing typed during the
conversation waits for a save button; the phase timer is stored as moments in time and goes
on after a crash.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from plf_desktop.domain.conversation_templates import ConversationTemplate
from plf_desktop.domain.conversations import (
    PHASE_NOTE,
    Conversation,
    ConversationReport,
    ConversationSummary,
    LinkedObservation,
    PhaseVisit,
)
from plf_desktop.domain.errors import QT_TRANSLATE_NOOP, NotFoundError, ValidationError
from plf_desktop.domain.labels import SourceKind
from plf_desktop.domain.observations import observation_title
from plf_desktop.domain.records import Agreement, AgreementRow, School, new_id
from plf_desktop.domain.validation import limit_text, require_text
from plf_desktop.services.agreement_service import AgreementService
from plf_desktop.services.base import Service
from plf_desktop.services.observation_service import Clock, utc_now
from plf_desktop.storage.connection import Database
from plf_desktop.storage.conversation_repo import ConversationRepository
from plf_desktop.storage.observation_repo import ObservationRepository
from plf_desktop.storage.people_repo import PeopleRepository, TeamRepository
from plf_desktop.storage.school_repo import SchoolRepository
from plf_desktop.storage.trash_repo import TrashRepository

_TITLE = QT_TRANSLATE_NOOP("Errors", "The title")
_FREE_TEXT = ("purpose", "content", "data_basis", "summary", "next_steps")


class ConversationService(Service):
    """Use cases of the *Samtaler* area."""

    def __init__(self, db: Database, now: Clock = utc_now) -> None:
        super().__init__(db)
        self.repo = ConversationRepository(db)
        self.agreements_service = AgreementService(db)
        self.trash = TrashRepository(db)
        self.now = now

    # -- the record --------------------------------------------------------------------------
    def summaries(self) -> list[ConversationSummary]:
        """Every conversation for the list, newest first."""
        return self.repo.summaries()

    def get(self, conversation_id: str) -> Conversation:
        """One conversation, or NotFoundError."""
        conversation = self.repo.get(conversation_id)
        if conversation is None:
            raise NotFoundError(QT_TRANSLATE_NOOP(
                "Errors", "There is no conversation with id {id}."), id=conversation_id)
        return conversation

    def create(self, template: ConversationTemplate, *, date: dt.date, title: str = "",
               focus_person_id: str | None = None, team_id: str | None = None,
               participant_ids: tuple[str, ...] = (), observation_ids: tuple[str, ...] = (),
               start_time: dt.time | None = None) -> Conversation:
        """A new conversation held with *template* (its text is kept with the conversation)."""
        conversation = Conversation(
            id=new_id(), title=require_text(title or template.name, "title", _TITLE),
            date=date, template=template, start_time=start_time,
            focus_person_id=focus_person_id, team_id=team_id)
        with self.transaction():
            self.repo.insert(conversation)
            self.repo.set_participants(conversation.id, list(participant_ids))
            self.repo.set_observations(conversation.id, list(observation_ids))
        return self.get(conversation.id)

    def update(self, conversation_id: str, **fields: Any) -> None:
        """Save some fields of the kontrakt or the close (the editor's autosave)."""
        if "title" in fields:
            fields["title"] = require_text(fields["title"], "title", _TITLE)
        if "date" in fields and not isinstance(fields["date"], dt.date):
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "A conversation needs a date."),
                                  field="date")
        for name in _FREE_TEXT:
            if name in fields:
                fields[name] = limit_text(fields[name], name)
        with self.transaction():
            self.repo.update_fields(conversation_id, fields)
            if "team_id" in fields:
                self.agreements_service.move_to_team(SourceKind.CONVERSATION, conversation_id,
                                                     fields["team_id"])

    def set_participants(self, conversation_id: str, person_ids: list[str]) -> None:
        """Who else takes part (the fokusperson is chosen on its own)."""
        with self.transaction():
            self.repo.set_participants(conversation_id, person_ids)

    def link_observations(self, conversation_id: str, observation_ids: list[str]) -> None:
        """The observations the conversation builds on; their notes sit beside its data phase."""
        with self.transaction():
            self.repo.set_observations(conversation_id, observation_ids)

    def linked_observations(self, conversation_id: str) -> list[LinkedObservation]:
        """The linked observations with their notes (never the observer's private ones)."""
        observations = ObservationRepository(self.db)
        names = PeopleRepository(self.db).names()
        linked = []
        for observation_id in self.get(conversation_id).observation_ids:
            observation = observations.get(observation_id)
            if observation is None:
                continue
            teachers = [names.get(a.person_id, "") for a in observation.adults]
            notes = tuple((n.at_seconds, n.description, n.interpretation)
                          for n in observations.notes(observation_id) if not n.private)
            linked.append(LinkedObservation(
                observation.id, observation_title(observation.class_label, observation.subject,
                                                  teachers), observation.date, notes))
        return linked

    def delete(self, conversation_id: str) -> None:
        """Move a conversation to the trash (its agreements leave the Aftaler view with it)."""
        with self.transaction():
            self.trash.trash("conversations", conversation_id)

    def restore(self, conversation_id: str) -> None:
        """Undo :meth:`delete`."""
        with self.transaction():
            self.trash.restore("conversations", conversation_id)

    # -- notes -------------------------------------------------------------------------------
    def notes(self, conversation_id: str) -> dict[tuple[int, int], str]:
        """Every note, keyed by (phase, question); question PHASE_NOTE is the phase's own."""
        return {(n.phase, n.question): n.text for n in self.repo.notes(conversation_id)}

    def set_note(self, conversation_id: str, phase: int, question: int, text: str) -> None:
        """Write the note under one question of one phase (empty text removes it)."""
        template = self.get(conversation_id).template
        if not 0 <= phase < len(template.phases) or not (
                question == PHASE_NOTE or 0 <= question < len(template.phases[phase].questions)):
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "The conversation's template has no such phase or question."),
                field="note")
        with self.transaction():
            self.repo.set_note(conversation_id, phase, question, limit_text(text, "note"))

    # -- the phases and their timer ----------------------------------------------------------
    def go_to_phase(self, conversation_id: str, phase: int) -> Conversation:
        """Make *phase* the current one ("say out loud when one phase ends and the next
        begins"): the time spent in the phase left is kept, the new phase's timer runs."""
        conversation = self.get(conversation_id)
        if not 0 <= phase < len(conversation.template.phases):
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "The conversation's template has no such phase or question."),
                field="phase")
        now = self.now()
        log = (*self._closed(conversation.phase_log, now), PhaseVisit(phase, now))
        with self.transaction():
            self.repo.update_fields(conversation_id, {"current_phase": phase, "phase_log": log,
                                                      "finished_at": None})
        return self.get(conversation_id)

    def next_phase(self, conversation_id: str) -> Conversation:
        """Start the conversation, or move on to the next phase (the last one stays)."""
        conversation = self.get(conversation_id)
        if conversation.current_phase is None:
            return self.go_to_phase(conversation_id, 0)
        last = len(conversation.template.phases) - 1
        return self.go_to_phase(conversation_id, min(conversation.current_phase + 1, last))

    def finish(self, conversation_id: str) -> Conversation:
        """Close the conversation: the timer stops; the opsamling and næste skridt remain to
        be written and can be changed later."""
        conversation = self.get(conversation_id)
        now = self.now()
        with self.transaction():
            self.repo.update_fields(conversation_id, {
                "phase_log": self._closed(conversation.phase_log, now), "finished_at": now})
        return self.get(conversation_id)

    @staticmethod
    def _closed(log: tuple[PhaseVisit, ...], now: dt.datetime) -> tuple[PhaseVisit, ...]:
        return tuple(PhaseVisit(v.phase, v.started_at, v.ended_at or now) for v in log)

    # -- agreements --------------------------------------------------------------------------
    def agreements(self, conversation_id: str) -> list[AgreementRow]:
        """The agreements this conversation made."""
        return self.agreements_service.from_source(SourceKind.CONVERSATION, conversation_id)

    def add_agreement(self, conversation_id: str, what: str, responsible_id: str | None = None,
                      due: dt.date | None = None) -> Agreement:
        """Make an agreement; with a team it comes back at the team's next PLF meeting."""
        return self.agreements_service.add(SourceKind.CONVERSATION, conversation_id,
                                           self.get(conversation_id).team_id, what,
                                           responsible_id, due)

    # -- the printed referat -----------------------------------------------------------------
    def report(self, conversation_id: str) -> ConversationReport:
        """Everything the referat PDF needs, with names resolved."""
        conversation = self.get(conversation_id)
        names = PeopleRepository(self.db).names()
        team_name = TeamRepository(self.db).names().get(conversation.team_id or "", "")
        return ConversationReport(
            SchoolRepository(self.db).get() or School(""), conversation,
            names.get(conversation.focus_person_id or "", ""),
            tuple(names.get(pid, "") for pid in conversation.participant_ids), team_name,
            self.notes(conversation_id), tuple(self.linked_observations(conversation_id)),
            tuple(self.agreements(conversation_id)))
