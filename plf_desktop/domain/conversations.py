"""Didactic conversations (*didaktiske samtaler*): the record, its notes and its report.

A conversation is held with one template, and keeps that template's text (see
:mod:`plf_desktop.domain.conversation_templates`): notes are stored per phase and question
by position in that frozen copy, so they always sit under the question they answered.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import field

from plf_desktop.domain.conversation_templates import ConversationTemplate
from plf_desktop.domain.record_type import frozen_record
from plf_desktop.domain.records import AgreementRow, School

PHASE_NOTE = -1
"""The question index of a phase's own note (what was said that answers no single question)."""
MAX_VISIT_SECONDS = 3 * 3600
"""A phase left open longer than this was not being talked about: the conversation was left
unfinished (the laptop closed, the app quit). Its timer stops counting there."""


@frozen_record
class PhaseVisit:
    """A stretch of time spent in one phase; the phase timer adds these up."""

    phase: int
    started_at: dt.datetime
    ended_at: dt.datetime | None = None

    def seconds(self, now: dt.datetime) -> float:
        """How long this visit lasted (or has lasted so far), at most three hours."""
        spent = ((self.ended_at or now) - self.started_at).total_seconds()
        return min(max(0.0, spent), MAX_VISIT_SECONDS)

    def stale(self, now: dt.datetime) -> bool:
        """Is this an open visit left longer than anyone talks about one phase?"""
        return self.ended_at is None and (now - self.started_at).total_seconds() > \
            MAX_VISIT_SECONDS


@frozen_record
class Conversation:
    """A didactic conversation: who, about what (the *kontrakt*), and how far it has come.

    *current_phase* is None before the conversation starts; *finished_at* is set when the
    fokusperson's opsamling closes it.
    """

    id: str
    title: str
    date: dt.date
    template: ConversationTemplate
    start_time: dt.time | None = None
    focus_person_id: str | None = None
    team_id: str | None = None
    participant_ids: tuple[str, ...] = ()
    purpose: str = ""
    content: str = ""
    data_basis: str = ""
    current_phase: int | None = None
    phase_log: tuple[PhaseVisit, ...] = ()
    summary: str = ""
    next_steps: str = ""
    observation_ids: tuple[str, ...] = ()
    finished_at: dt.datetime | None = None
    created_at: str = ""

    @property
    def started(self) -> bool:
        """Has the first phase begun?"""
        return self.current_phase is not None

    def phase_seconds(self, phase: int, now: dt.datetime) -> float:
        """Time spent in *phase* so far, over every visit to it."""
        return sum(v.seconds(now) for v in self.phase_log if v.phase == phase)

    def left_unfinished(self, now: dt.datetime) -> dt.datetime | None:
        """When the open phase was started, if the conversation was left unfinished."""
        open_visits = [v for v in self.phase_log if v.stale(now)]
        return open_visits[-1].started_at if open_visits else None

    def is_last_phase(self) -> bool:
        """Is the conversation in its last phase?"""
        return self.current_phase == len(self.template.phases) - 1


@frozen_record
class ConversationNote:
    """What was written under one question of one phase (*question* is PHASE_NOTE for the
    phase's own note)."""

    phase: int
    question: int
    text: str


@frozen_record
class ConversationSummary:
    """A row of the conversation list."""

    id: str
    date: dt.date
    start_time: dt.time | None
    title: str
    template_name: str
    focus_person: str
    team: str
    phase: int | None
    phase_count: int
    finished: bool


@frozen_record
class LinkedObservation:
    """An observation the conversation builds on, with its notes for the data phase."""

    id: str
    title: str
    date: dt.date
    notes: tuple[tuple[float, str, str], ...] = ()
    """``(seconds into the lesson, description, interpretation)``; private notes left out."""


@frozen_record
class ConversationReport:
    """Everything the printed referat needs, with names resolved (reports never read storage)."""

    school: School
    conversation: Conversation
    focus_person: str = ""
    participants: tuple[str, ...] = ()
    team_name: str = ""
    notes: dict[tuple[int, int], str] = field(default_factory=dict)
    observations: tuple[LinkedObservation, ...] = ()
    agreements: tuple[AgreementRow, ...] = ()
