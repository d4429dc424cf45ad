"""PLF meetings with their participants, agenda items, decisions and data references."""

from __future__ import annotations

from typing import Any

from plf_desktop.domain.dates import date_from_iso, iso_or_none, time_from_iso
from plf_desktop.domain.labels import Attendance, DataLevel, DataSource, ItemKind
from plf_desktop.domain.records import (
    AgendaItem,
    DataReference,
    Decision,
    Meeting,
    MeetingSummary,
    Participant,
)
from plf_desktop.storage.connection import Database
from plf_desktop.storage.rows import fetch_all, fetch_one, stamped, update_columns

# Fields of a meeting that the editor saves one by one, mapped to how they are stored.
MEETING_COLUMNS = {
    "title", "date", "start_time", "place", "team_id", "template_key", "chair_id",
    "minute_taker_id", "timekeeper_id", "next_date", "next_time", "next_place", "next_note",
    "evaluation_rating", "evaluation_note",
}
ITEM_COLUMNS = {"title", "kind", "minutes", "responsible_id", "description", "notes"}
DATA_COLUMNS = {"source", "period", "level", "summary", "confidential"}


def to_column(value: Any) -> Any:
    """Store dates and times as ISO text, enums as their codes, booleans as 0/1."""
    if hasattr(value, "isoformat"):
        return iso_or_none(value)
    if isinstance(value, bool):
        return int(value)
    if hasattr(value, "value"):
        return value.value
    return value


def _meeting_row(m: Meeting) -> dict[str, Any]:
    return {name: to_column(getattr(m, name)) for name in sorted(MEETING_COLUMNS)}


class MeetingRepository:
    """Rows of ``meetings`` and their children ↔ :class:`Meeting`."""

    def __init__(self, db: Database) -> None:
        self.db = db

    # -- reading ---------------------------------------------------------------------------
    def summaries(self) -> list[MeetingSummary]:
        """One row per meeting not in the trash, newest first, without the agenda."""
        rows = fetch_all(self.db, """
            SELECT m.id, m.title, m.date, m.start_time, m.place, m.team_id,
                   COALESCE(t.name, '') AS team_name,
                   (SELECT COUNT(*) FROM agenda_items a WHERE a.meeting_id = m.id) AS items,
                   (SELECT COUNT(*) FROM agreements g WHERE g.source_kind = 'meeting'
                      AND g.source_id = m.id AND g.deleted_at IS NULL
                      AND g.status IN ('aaben', 'i_gang')) AS open_agreements
            FROM meetings m LEFT JOIN teams t ON t.id = m.team_id
            WHERE m.deleted_at IS NULL
            ORDER BY m.date DESC, m.start_time DESC""")
        return [MeetingSummary(r["id"], r["title"], date_from_iso(r["date"]),  # type: ignore[arg-type]
                               time_from_iso(r["start_time"]), r["place"], r["team_id"],
                               r["team_name"], r["items"], r["open_agreements"]) for r in rows]

    def get(self, meeting_id: str) -> Meeting | None:
        """A whole meeting with its agenda, decisions, data and participants."""
        row = fetch_one(self.db, "SELECT * FROM meetings WHERE id = ? AND deleted_at IS NULL",
                        [meeting_id])
        if not row:
            return None
        decisions: dict[str, list[Decision]] = {}
        for d in fetch_all(self.db, """
                SELECT d.id, d.agenda_item_id, d.text FROM decisions d
                JOIN agenda_items a ON a.id = d.agenda_item_id
                WHERE a.meeting_id = ? ORDER BY d.position""", [meeting_id]):
            decisions.setdefault(d["agenda_item_id"], []).append(Decision(d["id"], d["text"]))
        agenda = tuple(
            AgendaItem(a["id"], a["title"], ItemKind(a["kind"]), a["minutes"],
                       a["responsible_id"], a["description"], a["notes"],
                       tuple(decisions.get(a["id"], ())))
            for a in fetch_all(self.db, "SELECT * FROM agenda_items WHERE meeting_id = ?"
                               " ORDER BY position", [meeting_id]))
        data = tuple(
            DataReference(d["id"], DataSource(d["source"]), d["period"], DataLevel(d["level"]),
                          d["summary"], bool(d["confidential"]))
            for d in fetch_all(self.db, "SELECT * FROM data_references WHERE meeting_id = ?"
                               " ORDER BY position", [meeting_id]))
        participants = tuple(
            Participant(p["person_id"], Attendance(p["attendance"]))
            for p in fetch_all(self.db, """
                SELECT mp.person_id, mp.attendance FROM meeting_participants mp
                JOIN people p ON p.id = mp.person_id
                WHERE mp.meeting_id = ? ORDER BY mp.position, p.name COLLATE NOCASE""",
                [meeting_id]))
        return Meeting(
            id=row["id"], title=row["title"], date=date_from_iso(row["date"]),  # type: ignore[arg-type]
            start_time=time_from_iso(row["start_time"]), place=row["place"],
            team_id=row["team_id"], template_key=row["template_key"], chair_id=row["chair_id"],
            minute_taker_id=row["minute_taker_id"], timekeeper_id=row["timekeeper_id"],
            participants=participants, agenda=agenda, data_references=data,
            next_date=date_from_iso(row["next_date"]), next_time=time_from_iso(row["next_time"]),
            next_place=row["next_place"], next_note=row["next_note"],
            evaluation_rating=row["evaluation_rating"], evaluation_note=row["evaluation_note"])

    def ids(self) -> list[str]:
        """Ids of every meeting not in the trash."""
        return [r[0] for r in self.db.execute(
            "SELECT id FROM meetings WHERE deleted_at IS NULL ORDER BY date")]

    # -- writing ---------------------------------------------------------------------------
    def insert(self, meeting: Meeting) -> None:
        """Add a whole meeting with all its children in one go."""
        self.db.insert("meetings", stamped({"id": meeting.id, **_meeting_row(meeting),
                                            "deleted_at": None}, new=True))
        self.set_participants(meeting.id, meeting.participants)
        for position, item in enumerate(meeting.agenda):
            self.insert_item(meeting.id, item, position)
        for position, ref in enumerate(meeting.data_references):
            self.insert_data(meeting.id, ref, position)

    def update_fields(self, meeting_id: str, fields: dict[str, Any]) -> None:
        """Save some header fields of a meeting (the editor's autosave)."""
        unknown = set(fields) - MEETING_COLUMNS
        if unknown:
            raise KeyError(f"not meeting columns: {sorted(unknown)}")
        update_columns(self.db, "meetings", meeting_id,
                       {k: to_column(v) for k, v in fields.items()})

    def set_participants(self, meeting_id: str, participants: tuple[Participant, ...]) -> None:
        """Make the invited list exactly *participants*, in order."""
        self.db.execute("DELETE FROM meeting_participants WHERE meeting_id = ?", [meeting_id])
        rows = [stamped({"meeting_id": meeting_id, "person_id": p.person_id,
                         "attendance": p.attendance.value, "position": i}, new=True)
                for i, p in enumerate(participants)]
        if rows:
            self.db.insert_all("meeting_participants", rows)

    def insert_item(self, meeting_id: str, item: AgendaItem, position: int) -> None:
        """Add an agenda item (and its decisions) at *position*."""
        self.db.insert("agenda_items", stamped({
            "id": item.id, "meeting_id": meeting_id, "position": position, "title": item.title,
            "kind": item.kind.value, "minutes": item.minutes,
            "responsible_id": item.responsible_id, "description": item.description,
            "notes": item.notes}, new=True))
        for i, decision in enumerate(item.decisions):
            self.insert_decision(item.id, decision, i)

    def update_item(self, item_id: str, fields: dict[str, Any]) -> None:
        """Save some fields of an agenda item."""
        unknown = set(fields) - ITEM_COLUMNS
        if unknown:
            raise KeyError(f"not agenda item columns: {sorted(unknown)}")
        update_columns(self.db, "agenda_items", item_id,
                       {k: to_column(v) for k, v in fields.items()})

    def delete_item(self, item_id: str) -> None:
        """Remove an agenda item and its decisions."""
        self.db.execute("DELETE FROM agenda_items WHERE id = ?", [item_id])

    def reorder_items(self, meeting_id: str, item_ids: list[str]) -> None:
        """Put the agenda in the order of *item_ids*."""
        for position, item_id in enumerate(item_ids):
            self.db.execute("UPDATE agenda_items SET position = ? WHERE id = ? AND meeting_id = ?",
                            [position, item_id, meeting_id])

    def insert_decision(self, item_id: str, decision: Decision, position: int) -> None:
        """Add a decision under an agenda item."""
        self.db.insert("decisions", stamped({"id": decision.id, "agenda_item_id": item_id,
                                             "position": position, "text": decision.text},
                                            new=True))

    def update_decision(self, decision_id: str, text: str) -> None:
        """Change a decision's wording."""
        update_columns(self.db, "decisions", decision_id, {"text": text})

    def delete_decision(self, decision_id: str) -> None:
        """Remove a decision."""
        self.db.execute("DELETE FROM decisions WHERE id = ?", [decision_id])

    def next_position(self, table: str, parent_column: str, parent_id: str) -> int:
        """The position after the last child of a parent."""
        row = self.db.execute(f"SELECT COALESCE(MAX(position) + 1, 0) FROM [{table}]"
                              f" WHERE [{parent_column}] = ?", [parent_id]).fetchone()
        return int(row[0])

    def insert_data(self, meeting_id: str, ref: DataReference, position: int) -> None:
        """Add a data reference to a meeting."""
        self.db.insert("data_references", stamped({
            "id": ref.id, "meeting_id": meeting_id, "position": position,
            "source": ref.source.value, "period": ref.period, "level": ref.level.value,
            "summary": ref.summary, "confidential": int(ref.confidential)}, new=True))

    def update_data(self, ref_id: str, fields: dict[str, Any]) -> None:
        """Save some fields of a data reference."""
        unknown = set(fields) - DATA_COLUMNS
        if unknown:
            raise KeyError(f"not data reference columns: {sorted(unknown)}")
        update_columns(self.db, "data_references", ref_id,
                       {k: to_column(v) for k, v in fields.items()})

    def delete_data(self, ref_id: str) -> None:
        """Remove a data reference."""
        self.db.execute("DELETE FROM data_references WHERE id = ?", [ref_id])
