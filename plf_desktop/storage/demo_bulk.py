"""The storage questions and bulk writes of the demo generator that no repository answers.

Kept out of the repositories because only ``plf-desktop demo`` needs them, and all SQL lives in
the storage layer.
"""

from __future__ import annotations

from collections.abc import Sequence

from plf_desktop.domain.conversations import ConversationNote
from plf_desktop.domain.dates import utc_now_iso
from plf_desktop.domain.observations import LessonEvent, ObservationNote, Participation
from plf_desktop.storage.connection import Database

_CONTENT_TABLES = ("school", "people", "teams", "meetings", "observations", "conversations",
                   "cycles", "collaborations")


def holds_data(db: Database) -> bool:
    """True when any school, person, team, meeting, observation, conversation,
    action-learning course or co-teaching collaboration exists – in the trash too.

    The trash counts: a deleted meeting is still someone's work and can be restored, so a
    file holding one is not "new and empty".
    """
    return any(db.execute(f"SELECT EXISTS (SELECT 1 FROM [{table}])").fetchone()[0]
               for table in _CONTENT_TABLES)


def insert_observation_log(db: Database, notes: Sequence[tuple[str, ObservationNote]],
                           events: Sequence[tuple[str, LessonEvent]],
                           taps: Sequence[tuple[str, Participation]]) -> None:
    """Write many observations' notes, switches and seat taps at once (observation id, record).

    The same rows :class:`~plf_desktop.storage.observation_repo.ObservationRepository` writes
    one by one during a lesson; the large demo's 120,000 notes would take seconds as
    savepoints, so here each table gets one ``executemany`` inside the caller's transaction.
    """
    now = utc_now_iso()
    db.conn.executemany(
        "INSERT INTO observation_notes (id, observation_id, at_seconds, description,"
        " interpretation, category, focus_index, private, created_at, updated_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(n.id, oid, n.at_seconds, n.description, n.interpretation, n.category.value,
          n.focus_index, int(n.private), now, now) for oid, n in notes])
    db.conn.executemany(
        "INSERT INTO observation_events (id, observation_id, at_seconds, kind, value,"
        " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        [(e.id, oid, e.at_seconds, e.kind, e.value, now, now) for oid, e in events])
    db.conn.executemany(
        "INSERT INTO participation_events (id, observation_id, seat_label, kind, at_seconds,"
        " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        [(t.id, oid, t.seat_label, t.kind, t.at_seconds, now, now) for oid, t in taps])


def insert_conversation_notes(db: Database,
                              notes: Sequence[tuple[str, ConversationNote]]) -> None:
    """Write many conversations' notes at once (conversation id, note).

    The same rows :meth:`~plf_desktop.storage.conversation_repo.ConversationRepository.set_note`
    writes one by one while a conversation is held; through the service each note costs a
    template parse, so the large demo's 10,000 notes get one ``executemany`` inside the
    caller's transaction instead.
    """
    now = utc_now_iso()
    db.conn.executemany(
        "INSERT INTO conversation_notes (conversation_id, phase, question, text, created_at,"
        " updated_at) VALUES (?, ?, ?, ?, ?, ?)",
        [(cid, n.phase, n.question, n.text, now, now) for cid, n in notes if n.text.strip()])
