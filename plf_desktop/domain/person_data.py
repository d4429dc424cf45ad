"""A person's right of access (*indsigt*) and erasure (*sletning*): what the app stores about
one member of staff, as one document the PDF report and the JSON file are both made from.

People are referenced three ways in the schema (see ``storage/person_data_repo.py``): by id
in columns (a meeting's tovholder, an agreement's ansvarlig …) and link tables (participants,
team members, observed teachers), by id inside one JSON list (a round's observers), and by
name typed into free text (notes, titles, a lesson phase's roles). The document holds the
records the person takes part in with their text, and the records whose text names them.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import field
from enum import StrEnum
from typing import Any

from plf_desktop.domain.errors import QT_TRANSLATE_NOOP
from plf_desktop.domain.record_type import frozen_record
from plf_desktop.domain.records import Person, School

FORMAT = "plf-desktop/person-data"
FORMAT_VERSION = 1

ERASED_LABEL = QT_TRANSLATE_NOOP("PersonData", "Deleted person")
"""What an erased person is called from then on (stored translated: "Slettet person")."""


class RecordKind(StrEnum):
    """The kinds of records a person appears in, in the order the report lists them."""

    TEAM = "team"
    MEETING = "meeting"
    AGREEMENT = "agreement"
    OBSERVATION = "observation"
    CONVERSATION = "conversation"
    CYCLE = "cycle"
    COLLABORATION = "collaboration"
    PERSON = "person"  # another person's note that names them


class Part(StrEnum):
    """How a person takes part in a record (stable codes: they are the JSON's words)."""

    MEMBER = "member"
    PARTICIPANT = "participant"
    ABSENT = "absent"
    CHAIR = "chair"
    MINUTE_TAKER = "minute_taker"
    TIMEKEEPER = "timekeeper"
    AGENDA_RESPONSIBLE = "agenda_item_responsible"
    RESPONSIBLE = "responsible"
    OBSERVED_TEACHER = "observed_teacher"
    OBSERVER = "observer"
    FOCUS_PERSON = "focus_person"
    COACH = "coach"
    TEACHER = "teacher"
    QUICK_WRITE = "quick_write"
    ROUND_TEACHER = "round_teacher"
    ROUND_OBSERVER = "round_observer"
    NEXT_TEACHER = "next_teacher"
    NEXT_OBSERVER = "next_observer"
    REFERENT = "referent"
    MENTIONED = "mentioned"


PART_LABELS: dict[Part, str] = {
    Part.MEMBER: QT_TRANSLATE_NOOP("PersonData", "Member"),
    Part.PARTICIPANT: QT_TRANSLATE_NOOP("PersonData", "Participant"),
    Part.ABSENT: QT_TRANSLATE_NOOP("PersonData", "Absent"),
    Part.CHAIR: QT_TRANSLATE_NOOP("PersonData", "Chair"),
    Part.MINUTE_TAKER: QT_TRANSLATE_NOOP("PersonData", "Minute-taker"),
    Part.TIMEKEEPER: QT_TRANSLATE_NOOP("PersonData", "Time-keeper"),
    Part.AGENDA_RESPONSIBLE: QT_TRANSLATE_NOOP("PersonData", "Responsible for an agenda item"),
    Part.RESPONSIBLE: QT_TRANSLATE_NOOP("PersonData", "Responsible"),
    Part.OBSERVED_TEACHER: QT_TRANSLATE_NOOP("PersonData", "Observed teacher"),
    Part.OBSERVER: QT_TRANSLATE_NOOP("PersonData", "Observer"),
    Part.FOCUS_PERSON: QT_TRANSLATE_NOOP("PersonData", "Focus person"),
    Part.COACH: QT_TRANSLATE_NOOP("PersonData", "Coach"),
    Part.TEACHER: QT_TRANSLATE_NOOP("PersonData", "Teacher"),
    Part.QUICK_WRITE: QT_TRANSLATE_NOOP("PersonData", "Wrote a quick-write"),
    Part.ROUND_TEACHER: QT_TRANSLATE_NOOP("PersonData", "Teaches in a round"),
    Part.ROUND_OBSERVER: QT_TRANSLATE_NOOP("PersonData", "Observes in a round"),
    Part.NEXT_TEACHER: QT_TRANSLATE_NOOP("PersonData", "Teaches next time"),
    Part.NEXT_OBSERVER: QT_TRANSLATE_NOOP("PersonData", "Observes next time"),
    Part.REFERENT: QT_TRANSLATE_NOOP("PersonData", "Writes the minutes"),
    Part.MENTIONED: QT_TRANSLATE_NOOP("PersonData", "Named in the text"),
}


@frozen_record
class TextBlock:
    """The free text of one row of a record: the record itself, an agenda item, a note …

    *source* is the table the row lives in and *fields* its non-empty texts by column name,
    so the JSON's keys are the schema's and never depend on the language. *heading* says
    which part of the record it is (an agenda item's title, a note's lesson time, a
    question); *number* is a round's or lesson's number. *private* marks the observer's own
    notes, which are only exported when the user asks for them.
    """

    source: str
    fields: tuple[tuple[str, str], ...]
    heading: str = ""
    number: int | None = None
    private: bool = False


@frozen_record
class PersonRecord:
    """One record the person is part of (or named in), with its texts."""

    kind: RecordKind
    id: str
    title: str
    date: dt.date | None = None
    team: str = ""
    status: str = ""  # an agreement's status code
    parts: tuple[Part, ...] = ()
    texts: tuple[TextBlock, ...] = ()
    in_trash: bool = False


@frozen_record
class PersonData:
    """Everything stored about one person: the answer to a request for access."""

    school: School
    person: Person
    person_in_trash: bool = False
    records: tuple[PersonRecord, ...] = ()
    include_private: bool = False
    exported_at: dt.datetime = field(default_factory=lambda: dt.datetime.now(dt.UTC))

    def of_kind(self, kind: RecordKind) -> list[PersonRecord]:
        """The records of one kind, in the order they were collected."""
        return [r for r in self.records if r.kind is kind]


@frozen_record
class ErasureResult:
    """What an erasure did: how many records were kept (now naming "Slettet person") and how
    many texts had the full name replaced."""

    records_kept: int
    texts_changed: int


# -- JSON --------------------------------------------------------------------------------------
def _iso(value: Any) -> Any:
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    raise TypeError(f"not JSON: {type(value).__name__}")


def _block(block: TextBlock) -> dict[str, Any]:
    return {"source": block.source, "heading": block.heading, "number": block.number,
            "private": block.private, "fields": dict(block.fields)}


def _record(record: PersonRecord) -> dict[str, Any]:
    return {"id": record.id, "title": record.title, "date": record.date,
            "team": record.team, "status": record.status or None,
            "parts": [p.value for p in record.parts], "in_trash": record.in_trash,
            "texts": [_block(b) for b in record.texts]}


SECTIONS = {RecordKind.TEAM: "teams", RecordKind.MEETING: "meetings",
            RecordKind.AGREEMENT: "agreements", RecordKind.OBSERVATION: "observations",
            RecordKind.CONVERSATION: "conversations", RecordKind.CYCLE: "cycles",
            RecordKind.COLLABORATION: "collaborations", RecordKind.PERSON: "people"}
"""The JSON's key for each kind of record."""


def as_document(data: PersonData) -> dict[str, Any]:
    """The export as plain JSON-ready data: English keys that never change, codes for
    roles and statuses, and every kind of record present even when empty."""
    person = data.person
    return {
        "format": FORMAT, "format_version": FORMAT_VERSION,
        "exported_at": data.exported_at.replace(microsecond=0),
        "school": data.school.name,
        "include_private_notes": data.include_private,
        "person": {"id": person.id, "name": person.name, "initials": person.initials,
                   "role": person.role.value, "note": person.note,
                   "created_at": person.created_at, "in_trash": data.person_in_trash},
        **{SECTIONS[kind]: [_record(r) for r in data.of_kind(kind)] for kind in RecordKind},
    }


def as_json(data: PersonData) -> str:
    """The export as UTF-8-ready JSON text: indented by two, keys sorted (the same data
    gives the same file), dates in ISO 8601, letters such as æ, ø, å and Ł kept as they are."""
    return json.dumps(as_document(data), ensure_ascii=False, indent=2, sort_keys=True,
                      default=_iso) + "\n"
