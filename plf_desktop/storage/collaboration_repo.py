"""Co-teaching collaborations and their lesson plans."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from plf_desktop.domain.collaborations import (
    CoLesson,
    Collaboration,
    CollaborationStage,
    CollaborationSummary,
    LessonPhase,
)
from plf_desktop.domain.dates import date_from_iso, time_from_iso
from plf_desktop.domain.labels import CoTeachingModel
from plf_desktop.storage.connection import Database
from plf_desktop.storage.meeting_repo import to_column
from plf_desktop.storage.rows import (
    fetch_all,
    fetch_by_ids,
    grouped,
    stamped,
    update_columns,
)

COLLABORATION_COLUMNS = {"title", "stage", "coach_id", "teacher_id", "team_id", "class_label",
                         "subject", "started", "pre_meeting", "goals", "roles", "duration",
                         "planning_time", "evaluation_form", "evaluation", "adjustments",
                         "closed_on"}
LESSON_COLUMNS = {"date", "start_time", "goal", "signs", "phases", "differentiation",
                  "materials", "observation_id", "conversation_id"}


def _column(name: str, value: Any) -> Any:
    if name == "phases":
        return json.dumps([[p.activity, p.model.value if p.model else None, p.roles]
                           for p in value], ensure_ascii=False)
    return to_column(value)


def _lesson(row: dict) -> CoLesson:
    return CoLesson(
        id=row["id"], collaboration_id=row["collaboration_id"], number=row["number"],
        date=date_from_iso(row["date"]), start_time=time_from_iso(row["start_time"]),
        goal=row["goal"], signs=row["signs"],
        phases=tuple(LessonPhase(a, CoTeachingModel(m) if m else None, r)
                     for a, m, r in json.loads(row["phases"])),
        differentiation=row["differentiation"], materials=row["materials"],
        observation_id=row["observation_id"], conversation_id=row["conversation_id"])


def _collaboration(row: dict, lessons: list[dict]) -> Collaboration:
    return Collaboration(
        id=row["id"], title=row["title"], stage=CollaborationStage(row["stage"]),
        coach_id=row["coach_id"], teacher_id=row["teacher_id"], team_id=row["team_id"],
        class_label=row["class_label"], subject=row["subject"],
        started=date_from_iso(row["started"]), pre_meeting=date_from_iso(row["pre_meeting"]),
        goals=row["goals"], roles=row["roles"], duration=row["duration"],
        planning_time=row["planning_time"], evaluation_form=row["evaluation_form"],
        evaluation=row["evaluation"], adjustments=row["adjustments"],
        closed_on=date_from_iso(row["closed_on"]),
        lessons=tuple(_lesson(lesson) for lesson in lessons), created_at=row["created_at"])


class CollaborationRepository:
    """Rows of ``collaborations`` and ``collaboration_lessons`` ↔ domain objects."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def summaries(self) -> list[CollaborationSummary]:
        """One row per collaboration not in the trash, newest first."""
        rows = fetch_all(self.db, """
            SELECT c.id, c.title, c.started, c.stage, COALESCE(t.name, '') AS teacher,
                   COALESCE(v.name, '') AS coach,
                   (SELECT COUNT(*) FROM collaboration_lessons l
                     WHERE l.collaboration_id = c.id) AS lessons
            FROM collaborations c
            LEFT JOIN people t ON t.id = c.teacher_id
            LEFT JOIN people v ON v.id = c.coach_id
            WHERE c.deleted_at IS NULL ORDER BY c.started DESC, c.created_at DESC""")
        return [CollaborationSummary(r["id"], r["title"], date_from_iso(r["started"]),
                                     r["teacher"], r["coach"], CollaborationStage(r["stage"]),
                                     r["lessons"]) for r in rows]

    def get(self, collaboration_id: str) -> Collaboration | None:
        """One collaboration with its lessons (trash excluded)."""
        found = self.get_many([collaboration_id])
        return found[0] if found else None

    def get_many(self, collaboration_ids: Sequence[str]) -> list[Collaboration]:
        """The collaborations with *collaboration_ids* not in the trash, in that order, with
        their lessons: two queries however many there are (Overblik shows the active ones)."""
        rows = fetch_by_ids(self.db, "SELECT * FROM collaborations WHERE id IN ({ids})"
                            " AND deleted_at IS NULL", collaboration_ids)
        lessons = grouped(fetch_by_ids(
            self.db, "SELECT * FROM collaboration_lessons WHERE collaboration_id IN ({ids})"
            " ORDER BY number", [row["id"] for row in rows]), "collaboration_id")
        by_id = {row["id"]: _collaboration(row, lessons.get(row["id"], []))
                 for row in rows}
        return [by_id[i] for i in collaboration_ids if i in by_id]

    def active_ids(self) -> list[str]:
        """Collaborations not closed, most recently started first."""
        return [r[0] for r in self.db.execute(
            "SELECT id FROM collaborations WHERE deleted_at IS NULL AND stage != 'afsluttet'"
            " ORDER BY started DESC, created_at DESC")]

    def insert(self, collaboration: Collaboration) -> None:
        """Add a collaboration (its lessons are added one by one)."""
        row = {name: _column(name, getattr(collaboration, name))
               for name in sorted(COLLABORATION_COLUMNS)}
        self.db.insert("collaborations", stamped(
            {**row, "id": collaboration.id, "deleted_at": None}, new=True))

    def update_fields(self, collaboration_id: str, fields: dict[str, Any]) -> None:
        """Save some fields of a collaboration."""
        unknown = set(fields) - COLLABORATION_COLUMNS
        if unknown:
            raise KeyError(f"not collaboration columns: {sorted(unknown)}")
        update_columns(self.db, "collaborations", collaboration_id,
                       {name: _column(name, value) for name, value in fields.items()})

    def insert_lesson(self, lesson: CoLesson) -> None:
        """Add a lesson plan."""
        row = {name: _column(name, getattr(lesson, name)) for name in sorted(LESSON_COLUMNS)}
        self.db.insert("collaboration_lessons", stamped(
            {**row, "id": lesson.id, "collaboration_id": lesson.collaboration_id,
             "number": lesson.number}, new=True))

    def update_lesson(self, lesson_id: str, fields: dict[str, Any]) -> None:
        """Save some fields of a lesson plan."""
        unknown = set(fields) - LESSON_COLUMNS
        if unknown:
            raise KeyError(f"not lesson columns: {sorted(unknown)}")
        update_columns(self.db, "collaboration_lessons", lesson_id,
                       {name: _column(name, value) for name, value in fields.items()})

    def delete_lesson(self, lesson_id: str) -> None:
        """Remove a lesson plan (its observation and conversation stay)."""
        self.db.execute("DELETE FROM collaboration_lessons WHERE id = ?", [lesson_id])

    def collaboration_of_lesson(self, lesson_id: str) -> str | None:
        """The collaboration a lesson belongs to."""
        row = self.db.execute("SELECT collaboration_id FROM collaboration_lessons WHERE id = ?",
                              [lesson_id]).fetchone()
        return row[0] if row else None
