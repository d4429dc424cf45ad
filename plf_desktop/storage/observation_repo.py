"""Observations and everything recorded during them: notes, switches, taps, seat layouts."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from plf_desktop.domain.dates import date_from_iso, time_from_iso
from plf_desktop.domain.labels import CoTeachingModel, NoteCategory
from plf_desktop.domain.observations import (
    Adult,
    LessonClock,
    LessonEvent,
    LookForMark,
    Observation,
    ObservationNote,
    ObservationSummary,
    Participation,
    Seat,
)
from plf_desktop.storage.connection import Database
from plf_desktop.storage.meeting_repo import to_column
from plf_desktop.storage.rows import fetch_all, fetch_one, stamped, update_columns

# Editable fields of an observation and how they are stored.
OBSERVATION_COLUMNS = {
    "date", "start_time", "class_label", "subject", "student_count", "observer_id", "team_id",
    "purpose", "focus_points", "planned_models", "observer_position", "feedback_time",
    "scheme_key", "participation_types", "interval_minutes", "seats", "look_fors",
    "private_notes", "clock",
}
NOTE_COLUMNS = {"at_seconds", "description", "interpretation", "category", "focus_index",
                "private"}


def _moment(value: str | None) -> dt.datetime | None:
    return dt.datetime.fromisoformat(value) if value else None


def _json_column(name: str, value: Any) -> Any:
    if name == "seats":
        return json.dumps([[s.label, s.column, s.row, s.group] for s in value],
                          ensure_ascii=False)
    if name == "look_fors":
        return json.dumps([[m.index, m.evidence] for m in value], ensure_ascii=False)
    if name in ("focus_points", "planned_models", "participation_types"):
        return json.dumps([str(v) for v in value], ensure_ascii=False)
    return to_column(value)


def _columns(fields: dict[str, Any]) -> dict[str, Any]:
    """Domain field values → stored columns (the clock spreads over four)."""
    columns: dict[str, Any] = {}
    for name, value in fields.items():
        if name == "clock":
            columns.update({
                "clock_started_at": value.started_at.isoformat() if value.started_at else None,
                "clock_paused_at": value.paused_at.isoformat() if value.paused_at else None,
                "clock_paused_seconds": value.paused_seconds,
                "clock_stopped_at": value.stopped_at.isoformat() if value.stopped_at else None})
        else:
            columns[name] = _json_column(name, value)
    return columns


def _observation(row: dict, adults: tuple[Adult, ...]) -> Observation:
    return Observation(
        id=row["id"], date=date_from_iso(row["date"]),  # type: ignore[arg-type]
        start_time=time_from_iso(row["start_time"]), class_label=row["class_label"],
        subject=row["subject"], student_count=row["student_count"], adults=adults,
        observer_id=row["observer_id"], team_id=row["team_id"], purpose=row["purpose"],
        focus_points=tuple(json.loads(row["focus_points"])),
        planned_models=tuple(CoTeachingModel(m) for m in json.loads(row["planned_models"])),
        observer_position=row["observer_position"], feedback_time=row["feedback_time"],
        scheme_key=row["scheme_key"],
        participation_types=tuple(json.loads(row["participation_types"])),
        interval_minutes=row["interval_minutes"],
        seats=tuple(Seat(*s) for s in json.loads(row["seats"])),
        clock=LessonClock(_moment(row["clock_started_at"]), _moment(row["clock_paused_at"]),
                          row["clock_paused_seconds"], _moment(row["clock_stopped_at"])),
        private_notes=row["private_notes"],
        look_fors=tuple(LookForMark(i, e) for i, e in json.loads(row["look_fors"])))


class ObservationRepository:
    """Rows of ``observations`` and their children ↔ domain objects."""

    def __init__(self, db: Database) -> None:
        self.db = db

    # -- observations ------------------------------------------------------------------------
    def summaries(self) -> list[ObservationSummary]:
        """One row per observation not in the trash, newest first."""
        rows = fetch_all(self.db, """
            SELECT o.id, o.date, o.start_time, o.class_label, o.subject,
                   COALESCE((SELECT group_concat(name, ', ') FROM (
                                SELECT p.name FROM observation_adults a
                                JOIN people p ON p.id = a.person_id
                                WHERE a.observation_id = o.id ORDER BY a.position)),
                            '') AS teachers,
                   (SELECT COUNT(*) FROM observation_notes n
                     WHERE n.observation_id = o.id) AS notes
            FROM observations o WHERE o.deleted_at IS NULL
            ORDER BY o.date DESC, o.start_time DESC""")
        return [ObservationSummary(r["id"], date_from_iso(r["date"]),  # type: ignore[arg-type]
                                   time_from_iso(r["start_time"]), r["class_label"],
                                   r["subject"], r["teachers"], r["notes"]) for r in rows]

    def get(self, observation_id: str) -> Observation | None:
        """One observation (trash excluded)."""
        row = fetch_one(self.db, "SELECT * FROM observations WHERE id = ? AND deleted_at IS NULL",
                        [observation_id])
        if not row:
            return None
        adults = tuple(Adult(r[0], r[1]) for r in self.db.execute(
            "SELECT person_id, role FROM observation_adults WHERE observation_id = ?"
            " ORDER BY position", [observation_id]))
        return _observation(row, adults)

    def insert(self, observation: Observation) -> None:
        """Add an observation with its adults."""
        fields = {name: getattr(observation, name) for name in OBSERVATION_COLUMNS}
        self.db.insert("observations", stamped({"id": observation.id, **_columns(fields),
                                                "deleted_at": None}, new=True))
        self.set_adults(observation.id, observation.adults)

    def update_fields(self, observation_id: str, fields: dict[str, Any]) -> None:
        """Save some fields of an observation."""
        unknown = set(fields) - OBSERVATION_COLUMNS
        if unknown:
            raise KeyError(f"not observation fields: {sorted(unknown)}")
        update_columns(self.db, "observations", observation_id, _columns(fields))

    def set_adults(self, observation_id: str, adults: tuple[Adult, ...]) -> None:
        """The observed teachers (and other adults) and their roles, in order."""
        self.db.execute("DELETE FROM observation_adults WHERE observation_id = ?",
                        [observation_id])
        self.db.insert_all("observation_adults", [
            stamped({"observation_id": observation_id, "person_id": a.person_id, "role": a.role,
                     "position": i}, new=True) for i, a in enumerate(adults)])

    # -- notes -------------------------------------------------------------------------------
    def notes(self, observation_id: str) -> list[ObservationNote]:
        """The notes in lesson order."""
        return [ObservationNote(r["id"], r["at_seconds"], r["description"], r["interpretation"],
                                NoteCategory(r["category"]), r["focus_index"], bool(r["private"]))
                for r in fetch_all(self.db, "SELECT * FROM observation_notes WHERE"
                                   " observation_id = ? ORDER BY at_seconds, rowid",
                                   [observation_id])]

    def insert_note(self, observation_id: str, note: ObservationNote) -> None:
        """Add a note."""
        self.db.insert("observation_notes", stamped({
            "id": note.id, "observation_id": observation_id, "at_seconds": note.at_seconds,
            "description": note.description, "interpretation": note.interpretation,
            "category": note.category.value, "focus_index": note.focus_index,
            "private": int(note.private)}, new=True))

    def update_note(self, note_id: str, fields: dict[str, Any]) -> None:
        """Save some fields of a note."""
        unknown = set(fields) - NOTE_COLUMNS
        if unknown:
            raise KeyError(f"not note fields: {sorted(unknown)}")
        update_columns(self.db, "observation_notes", note_id,
                       {k: to_column(v) for k, v in fields.items()})

    def delete_note(self, note_id: str) -> None:
        """Remove a note."""
        self.db.execute("DELETE FROM observation_notes WHERE id = ?", [note_id])

    # -- switches and taps -------------------------------------------------------------------
    def events(self, observation_id: str) -> list[LessonEvent]:
        """Model and activity switches and noise levels, in lesson order."""
        return [LessonEvent(r[0], r[1], r[2], r[3]) for r in self.db.execute(
            "SELECT id, at_seconds, kind, value FROM observation_events WHERE observation_id = ?"
            " ORDER BY at_seconds, rowid", [observation_id])]

    def insert_event(self, observation_id: str, event: LessonEvent) -> None:
        """Log a switch or a noise level."""
        self.db.insert("observation_events", stamped({
            "id": event.id, "observation_id": observation_id, "at_seconds": event.at_seconds,
            "kind": event.kind, "value": event.value}, new=True))

    def taps(self, observation_id: str) -> list[Participation]:
        """Every participation tap, in lesson order."""
        return [Participation(r[0], r[1], r[2], r[3]) for r in self.db.execute(
            "SELECT id, seat_label, kind, at_seconds FROM participation_events"
            " WHERE observation_id = ? ORDER BY at_seconds, rowid", [observation_id])]

    def insert_tap(self, observation_id: str, tap: Participation) -> None:
        """Log a tap on a seat."""
        self.db.insert("participation_events", stamped({
            "id": tap.id, "observation_id": observation_id, "seat_label": tap.seat_label,
            "kind": tap.kind, "at_seconds": tap.at_seconds}, new=True))

    def last_tap(self, observation_id: str) -> Participation | None:
        """The most recent tap (for *fortryd*)."""
        row = self.db.execute(
            "SELECT id, seat_label, kind, at_seconds FROM participation_events"
            " WHERE observation_id = ? ORDER BY rowid DESC LIMIT 1",
            [observation_id]).fetchone()
        return Participation(*row) if row else None

    def delete_tap(self, tap_id: str) -> None:
        """Remove a tap."""
        self.db.execute("DELETE FROM participation_events WHERE id = ?", [tap_id])

    # -- seat layouts kept per class ---------------------------------------------------------
    def layout(self, class_label: str) -> tuple[Seat, ...]:
        """The seats last laid out for *class_label* (empty if none)."""
        row = self.db.execute("SELECT seats FROM seating_layouts WHERE class_label = ?",
                              [class_label]).fetchone()
        return tuple(Seat(*s) for s in json.loads(row[0])) if row else ()

    def save_layout(self, class_label: str, seats: tuple[Seat, ...]) -> None:
        """Remember *seats* for the next observation of the same class."""
        self.db.upsert_all("seating_layouts", [stamped(
            {"class_label": class_label, "seats": _json_column("seats", seats)}, new=True)],
            pk="class_label")
