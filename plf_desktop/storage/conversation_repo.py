"""Didactic conversations: the record with its frozen template, participants, notes and the
observations it builds on."""

from __future__ import annotations

import datetime as dt
import functools
import json
from typing import Any

from plf_desktop.domain.conversation_templates import (
    ConversationTemplate,
    dump_conversation_template,
    parse_conversation_template,
)
from plf_desktop.domain.conversations import (
    Conversation,
    ConversationNote,
    ConversationSummary,
    PhaseVisit,
)
from plf_desktop.domain.dates import date_from_iso, time_from_iso
from plf_desktop.storage.connection import Database
from plf_desktop.storage.meeting_repo import to_column
from plf_desktop.storage.rows import fetch_all, fetch_one, stamped, update_columns

# Editable fields of a conversation (the template is fixed when it is created).
CONVERSATION_COLUMNS = {"title", "date", "start_time", "focus_person_id", "team_id", "purpose",
                        "content", "data_basis", "current_phase", "phase_log", "summary",
                        "next_steps", "finished_at"}


@functools.lru_cache(maxsize=128)
def _template(body: str) -> ConversationTemplate:
    """The frozen template of a conversation, parsed once per text (it never changes, and
    hundreds of conversations share a handful of versions)."""
    return parse_conversation_template(body)


def _moment(value: str | None) -> dt.datetime | None:
    return dt.datetime.fromisoformat(value) if value else None


def _log_column(log: tuple[PhaseVisit, ...]) -> str:
    return json.dumps([[v.phase, v.started_at.isoformat(),
                        v.ended_at.isoformat() if v.ended_at else None] for v in log])


def _log(text: str) -> tuple[PhaseVisit, ...]:
    return tuple(PhaseVisit(p, dt.datetime.fromisoformat(s), _moment(e))
                 for p, s, e in json.loads(text))


def _column(name: str, value: Any) -> Any:
    if name == "phase_log":
        return _log_column(value)
    if isinstance(value, dt.datetime):
        return value.isoformat()
    return to_column(value)


class ConversationRepository:
    """Rows of ``conversations`` and their children ↔ domain objects."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def summaries(self) -> list[ConversationSummary]:
        """One row per conversation not in the trash, newest first."""
        rows = fetch_all(self.db, """
            SELECT c.id, c.date, c.start_time, c.title, c.template_name, c.current_phase,
                   c.phase_count, c.finished_at, COALESCE(p.name, '') AS focus,
                   COALESCE(t.name, '') AS team
            FROM conversations c
            LEFT JOIN people p ON p.id = c.focus_person_id
            LEFT JOIN teams t ON t.id = c.team_id
            WHERE c.deleted_at IS NULL
            ORDER BY c.date DESC, c.start_time DESC""")
        return [ConversationSummary(
            r["id"], date_from_iso(r["date"]), time_from_iso(r["start_time"]),  # type: ignore[arg-type]
            r["title"], r["template_name"], r["focus"], r["team"], r["current_phase"],
            r["phase_count"], r["finished_at"] is not None) for r in rows]

    def get(self, conversation_id: str) -> Conversation | None:
        """One conversation (trash excluded)."""
        row = fetch_one(self.db, "SELECT * FROM conversations WHERE id = ? AND deleted_at IS NULL",
                        [conversation_id])
        if not row:
            return None
        participants = tuple(r[0] for r in self.db.execute(
            "SELECT person_id FROM conversation_participants WHERE conversation_id = ?"
            " ORDER BY position", [conversation_id]))
        observations = tuple(r[0] for r in self.db.execute(
            "SELECT l.observation_id FROM conversation_observations l"
            " JOIN observations o ON o.id = l.observation_id AND o.deleted_at IS NULL"
            " WHERE l.conversation_id = ? ORDER BY l.position", [conversation_id]))
        return Conversation(
            id=row["id"], title=row["title"],
            date=date_from_iso(row["date"]),  # type: ignore[arg-type]
            template=_template(row["template_body"]),
            start_time=time_from_iso(row["start_time"]),
            focus_person_id=row["focus_person_id"], team_id=row["team_id"],
            participant_ids=participants, purpose=row["purpose"], content=row["content"],
            data_basis=row["data_basis"], current_phase=row["current_phase"],
            phase_log=_log(row["phase_log"]), summary=row["summary"],
            next_steps=row["next_steps"], observation_ids=observations,
            finished_at=_moment(row["finished_at"]), created_at=row["created_at"])

    def insert(self, conversation: Conversation) -> None:
        """Add a conversation, freezing its template's text."""
        template = conversation.template
        row = {name: _column(name, getattr(conversation, name))
               for name in sorted(CONVERSATION_COLUMNS)}
        self.db.insert("conversations", stamped({
            **row, "id": conversation.id, "template_key": template.key,
            "template_name": template.name, "template_version": template.version,
            "template_body": dump_conversation_template(template),
            "phase_count": len(template.phases), "deleted_at": None}, new=True))

    def update_fields(self, conversation_id: str, fields: dict[str, Any]) -> None:
        """Save some fields of a conversation."""
        unknown = set(fields) - CONVERSATION_COLUMNS
        if unknown:
            raise KeyError(f"not conversation columns: {sorted(unknown)}")
        update_columns(self.db, "conversations", conversation_id,
                       {name: _column(name, value) for name, value in fields.items()})

    def set_participants(self, conversation_id: str, person_ids: list[str]) -> None:
        """Replace the participants (besides the fokusperson), in order."""
        self.db.execute("DELETE FROM conversation_participants WHERE conversation_id = ?",
                        [conversation_id])
        self.db.insert_all("conversation_participants", [stamped(
            {"conversation_id": conversation_id, "person_id": pid, "position": n}, new=True)
            for n, pid in enumerate(dict.fromkeys(person_ids))])

    def set_observations(self, conversation_id: str, observation_ids: list[str]) -> None:
        """Replace the linked observations, in order."""
        self.db.execute("DELETE FROM conversation_observations WHERE conversation_id = ?",
                        [conversation_id])
        self.db.insert_all("conversation_observations", [stamped(
            {"conversation_id": conversation_id, "observation_id": oid, "position": n},
            new=True) for n, oid in enumerate(dict.fromkeys(observation_ids))])

    def notes(self, conversation_id: str) -> list[ConversationNote]:
        """Every note of a conversation, by phase and question."""
        return [ConversationNote(*r) for r in self.db.execute(
            "SELECT phase, question, text FROM conversation_notes WHERE conversation_id = ?"
            " ORDER BY phase, question", [conversation_id])]

    def set_note(self, conversation_id: str, phase: int, question: int, text: str) -> None:
        """Write the note under one question (an empty note removes the row)."""
        if not text.strip():
            self.db.execute("DELETE FROM conversation_notes WHERE conversation_id = ?"
                            " AND phase = ? AND question = ?", [conversation_id, phase, question])
            return
        self.db.upsert_all("conversation_notes", [stamped(
            {"conversation_id": conversation_id, "phase": phase, "question": question,
             "text": text}, new=True)], pk=("conversation_id", "phase", "question"))
