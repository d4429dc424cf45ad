"""Action-learning courses: the course, its participants and quick-writes, and its rounds."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from plf_desktop.domain.cycles import (
    Cycle,
    CycleModel,
    CycleStage,
    CycleSummary,
    QuickWrite,
    Round,
)
from plf_desktop.domain.dates import date_from_iso, time_from_iso
from plf_desktop.storage.connection import Database
from plf_desktop.storage.meeting_repo import to_column
from plf_desktop.storage.rows import (
    fetch_all,
    fetch_by_ids,
    grouped,
    stamped,
    update_columns,
)

CYCLE_COLUMNS = {"title", "model", "stage", "team_id", "coach_id", "class_label", "subject",
                 "started", "wonder", "problem", "why", "goals", "signs", "learned", "sharing",
                 "closed_on"}
ROUND_COLUMNS = {"action", "reason", "expectation", "lesson_date", "lesson_time", "lesson",
                 "teacher_id", "observer_ids", "focus_points", "data_to_collect",
                 "lesson_sequence", "watch_for", "focus_students", "practicalities",
                 "observation_id", "conversation_id", "next_teacher_id", "next_observer_id",
                 "referent_id", "decided"}
_LISTS = ("observer_ids", "focus_points")


def _column(name: str, value: Any) -> Any:
    if name in _LISTS:
        return json.dumps(list(value), ensure_ascii=False)
    return to_column(value)


def _round(row: dict) -> Round:
    return Round(
        id=row["id"], cycle_id=row["cycle_id"], number=row["number"], action=row["action"],
        reason=row["reason"], expectation=row["expectation"],
        lesson_date=date_from_iso(row["lesson_date"]),
        lesson_time=time_from_iso(row["lesson_time"]), lesson=row["lesson"],
        teacher_id=row["teacher_id"], observer_ids=tuple(json.loads(row["observer_ids"])),
        focus_points=tuple(json.loads(row["focus_points"])),
        data_to_collect=row["data_to_collect"], lesson_sequence=row["lesson_sequence"],
        watch_for=row["watch_for"], focus_students=row["focus_students"],
        practicalities=row["practicalities"], observation_id=row["observation_id"],
        conversation_id=row["conversation_id"], next_teacher_id=row["next_teacher_id"],
        next_observer_id=row["next_observer_id"], referent_id=row["referent_id"],
        decided=row["decided"])


def _cycle(row: dict, participants: list[dict], writes: list[dict],
           rounds: list[dict]) -> Cycle:
    return Cycle(
        id=row["id"], title=row["title"], model=CycleModel(row["model"]),
        stage=CycleStage(row["stage"]), team_id=row["team_id"], coach_id=row["coach_id"],
        class_label=row["class_label"], subject=row["subject"],
        started=date_from_iso(row["started"]),
        participant_ids=tuple(r["person_id"] for r in participants),
        quick_writes=tuple(QuickWrite(r["person_id"], r["text"]) for r in writes),
        wonder=row["wonder"], problem=row["problem"], why=row["why"], goals=row["goals"],
        signs=row["signs"], learned=row["learned"], sharing=row["sharing"],
        closed_on=date_from_iso(row["closed_on"]), rounds=tuple(_round(r) for r in rounds),
        created_at=row["created_at"])


class CycleRepository:
    """Rows of ``cycles`` and their children ↔ domain objects."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def summaries(self) -> list[CycleSummary]:
        """One row per course not in the trash, newest first."""
        rows = fetch_all(self.db, """
            SELECT c.id, c.title, c.started, c.stage, c.model, COALESCE(t.name, '') AS team,
                   (SELECT COUNT(*) FROM cycle_rounds r WHERE r.cycle_id = c.id) AS rounds
            FROM cycles c LEFT JOIN teams t ON t.id = c.team_id
            WHERE c.deleted_at IS NULL
            ORDER BY c.started DESC, c.created_at DESC""")
        return [CycleSummary(r["id"], r["title"], date_from_iso(r["started"]), r["team"],
                             CycleStage(r["stage"]), r["rounds"], CycleModel(r["model"]))
                for r in rows]

    def get(self, cycle_id: str) -> Cycle | None:
        """One course with its rounds (trash excluded)."""
        found = self.get_many([cycle_id])
        return found[0] if found else None

    def get_many(self, cycle_ids: Sequence[str]) -> list[Cycle]:
        """The courses with *cycle_ids* not in the trash, in that order, with their rounds:
        four queries however many there are (Overblik shows every active one)."""
        rows = fetch_by_ids(self.db, "SELECT * FROM cycles WHERE id IN ({ids})"
                            " AND deleted_at IS NULL", cycle_ids)
        found = [row["id"] for row in rows]
        participants = grouped(fetch_by_ids(
            self.db, "SELECT cycle_id, person_id FROM cycle_participants"
            " WHERE cycle_id IN ({ids}) ORDER BY position", found), "cycle_id")
        writes = grouped(fetch_by_ids(
            self.db, "SELECT cycle_id, person_id, text FROM cycle_quick_writes"
            " WHERE cycle_id IN ({ids}) ORDER BY created_at, rowid", found), "cycle_id")
        rounds = grouped(fetch_by_ids(
            self.db, "SELECT * FROM cycle_rounds WHERE cycle_id IN ({ids}) ORDER BY number",
            found), "cycle_id")
        by_id = {row["id"]: _cycle(row, participants.get(row["id"], []),
                                   writes.get(row["id"], []), rounds.get(row["id"], []))
                 for row in rows}
        return [by_id[cycle_id] for cycle_id in cycle_ids if cycle_id in by_id]

    def insert(self, cycle: Cycle) -> None:
        """Add a course (its rounds are added one by one)."""
        row = {name: _column(name, getattr(cycle, name)) for name in sorted(CYCLE_COLUMNS)}
        self.db.insert("cycles", stamped({**row, "id": cycle.id, "deleted_at": None}, new=True))

    def update_fields(self, cycle_id: str, fields: dict[str, Any]) -> None:
        """Save some fields of a course."""
        unknown = set(fields) - CYCLE_COLUMNS
        if unknown:
            raise KeyError(f"not course columns: {sorted(unknown)}")
        update_columns(self.db, "cycles", cycle_id,
                       {name: _column(name, value) for name, value in fields.items()})

    def set_participants(self, cycle_id: str, person_ids: list[str]) -> None:
        """Replace the team members taking part, in order."""
        self.db.execute("DELETE FROM cycle_participants WHERE cycle_id = ?", [cycle_id])
        self.db.insert_all("cycle_participants", [stamped(
            {"cycle_id": cycle_id, "person_id": pid, "position": n}, new=True)
            for n, pid in enumerate(dict.fromkeys(person_ids))])

    def set_quick_write(self, cycle_id: str, person_id: str, text: str) -> None:
        """Write one participant's quick-write."""
        self.db.upsert_all("cycle_quick_writes", [stamped(
            {"cycle_id": cycle_id, "person_id": person_id, "text": text}, new=True)],
            pk=("cycle_id", "person_id"))

    def insert_round(self, round_: Round) -> None:
        """Add a round."""
        row = {name: _column(name, getattr(round_, name)) for name in sorted(ROUND_COLUMNS)}
        self.db.insert("cycle_rounds", stamped(
            {**row, "id": round_.id, "cycle_id": round_.cycle_id, "number": round_.number},
            new=True))

    def update_round(self, round_id: str, fields: dict[str, Any]) -> None:
        """Save some fields of a round."""
        unknown = set(fields) - ROUND_COLUMNS
        if unknown:
            raise KeyError(f"not round columns: {sorted(unknown)}")
        update_columns(self.db, "cycle_rounds", round_id,
                       {name: _column(name, value) for name, value in fields.items()})

    def delete_round(self, round_id: str) -> None:
        """Remove a round that was added by mistake (its observation and conversation stay)."""
        self.db.execute("DELETE FROM cycle_rounds WHERE id = ?", [round_id])
