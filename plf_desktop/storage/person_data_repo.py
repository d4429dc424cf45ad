"""Everything stored about one person, found by id and by name, and erased on request.

How people are referenced across the schema (migrations m001–m008):

* **By id in a column** (``REFERENCES people ON DELETE SET NULL``): a meeting's chair_id,
  minute_taker_id and timekeeper_id, an agenda item's and an agreement's responsible_id, an
  observation's observer_id, a conversation's focus_person_id, a course's coach_id, a
  round's teacher_id, next_teacher_id, next_observer_id and referent_id, a collaboration's
  coach_id and teacher_id.
* **By id in a link table** (``ON DELETE CASCADE``): team_members, meeting_participants (with
  attendance), observation_adults (with a typed role), conversation_participants,
  cycle_participants and cycle_quick_writes.
* **By id inside a JSON list**, with no foreign key: cycle_rounds.observer_ids.
* **By name typed as text**: titles ("Samtale med Omar"), notes, referater, a collaboration's
  roles and a lesson phase's roles, other people's notes. Only the full name can be found
  reliably; a first name alone is ambiguous (two Omars) and is left to the user.

Erasure keeps the person's row, so every id above still points somewhere and no meeting loses
a participant or a role: the row is renamed to the erased label, its initials, note and role
are cleared, and it goes to the trash so no picker offers it again (pickers list people not
in the trash; records show trashed people by name, see ``PeopleRepository.names``).
"""

from __future__ import annotations

import contextlib
import functools
import json
import re
from collections.abc import Callable, Iterator
from typing import Any, NamedTuple

from plf_desktop.domain.conversation_templates import (
    ConversationPhase,
    parse_conversation_template,
)
from plf_desktop.domain.conversations import PHASE_NOTE
from plf_desktop.domain.dates import date_from_iso, utc_now_iso
from plf_desktop.domain.errors import PlfError
from plf_desktop.domain.labels import Role
from plf_desktop.domain.observations import observation_title
from plf_desktop.domain.person_data import Part, PersonRecord, RecordKind, TextBlock
from plf_desktop.storage.connection import Database
from plf_desktop.storage.rows import fetch_all

K = RecordKind

# Where the person takes part: (kind of record, how, SQL giving the record ids for one id).
PARTS: tuple[tuple[RecordKind, Part, str], ...] = (
    (K.TEAM, Part.MEMBER, "SELECT team_id FROM team_members WHERE person_id = ?"),
    (K.MEETING, Part.PARTICIPANT, "SELECT meeting_id FROM meeting_participants"
                                  " WHERE person_id = ? AND attendance = 'deltager'"),
    (K.MEETING, Part.ABSENT, "SELECT meeting_id FROM meeting_participants"
                             " WHERE person_id = ? AND attendance = 'afbud'"),
    (K.MEETING, Part.CHAIR, "SELECT id FROM meetings WHERE chair_id = ?"),
    (K.MEETING, Part.MINUTE_TAKER, "SELECT id FROM meetings WHERE minute_taker_id = ?"),
    (K.MEETING, Part.TIMEKEEPER, "SELECT id FROM meetings WHERE timekeeper_id = ?"),
    (K.MEETING, Part.AGENDA_RESPONSIBLE,
     "SELECT meeting_id FROM agenda_items WHERE responsible_id = ?"),
    (K.AGREEMENT, Part.RESPONSIBLE, "SELECT id FROM agreements WHERE responsible_id = ?"),
    (K.OBSERVATION, Part.OBSERVED_TEACHER,
     "SELECT observation_id FROM observation_adults WHERE person_id = ?"),
    (K.OBSERVATION, Part.OBSERVER, "SELECT id FROM observations WHERE observer_id = ?"),
    (K.CONVERSATION, Part.FOCUS_PERSON,
     "SELECT id FROM conversations WHERE focus_person_id = ?"),
    (K.CONVERSATION, Part.PARTICIPANT,
     "SELECT conversation_id FROM conversation_participants WHERE person_id = ?"),
    (K.CYCLE, Part.COACH, "SELECT id FROM cycles WHERE coach_id = ?"),
    (K.CYCLE, Part.PARTICIPANT, "SELECT cycle_id FROM cycle_participants WHERE person_id = ?"),
    (K.CYCLE, Part.QUICK_WRITE, "SELECT cycle_id FROM cycle_quick_writes WHERE person_id = ?"),
    (K.CYCLE, Part.ROUND_TEACHER, "SELECT cycle_id FROM cycle_rounds WHERE teacher_id = ?"),
    (K.CYCLE, Part.ROUND_OBSERVER, "SELECT r.cycle_id FROM cycle_rounds r,"
                                   " json_each(r.observer_ids) o WHERE o.value = ?"),
    (K.CYCLE, Part.NEXT_TEACHER, "SELECT cycle_id FROM cycle_rounds WHERE next_teacher_id = ?"),
    (K.CYCLE, Part.NEXT_OBSERVER,
     "SELECT cycle_id FROM cycle_rounds WHERE next_observer_id = ?"),
    (K.CYCLE, Part.REFERENT, "SELECT cycle_id FROM cycle_rounds WHERE referent_id = ?"),
    (K.COLLABORATION, Part.COACH, "SELECT id FROM collaborations WHERE coach_id = ?"),
    (K.COLLABORATION, Part.TEACHER, "SELECT id FROM collaborations WHERE teacher_id = ?"),
)

_TEAM = "COALESCE((SELECT name FROM teams t WHERE t.id = x.team_id), '')"
# How each kind of record is named and dated: id, title, date, team, status, deleted_at (and,
# for observations, what the title is made of).
_HEADS: dict[RecordKind, str] = {
    K.TEAM: "SELECT id, name AS title, NULL AS date, '' AS team, '' AS status, deleted_at"
            " FROM teams x",
    K.MEETING: f"SELECT id, title, date, {_TEAM} AS team, '' AS status, deleted_at"
               " FROM meetings x",
    K.AGREEMENT: f"SELECT id, what AS title, due_date AS date, {_TEAM} AS team, status,"
                 " deleted_at FROM agreements x",
    K.OBSERVATION: f"SELECT id, '' AS title, date, {_TEAM} AS team, '' AS status, deleted_at,"
                   " class_label, subject, COALESCE((SELECT group_concat(name, ', ') FROM ("
                   "SELECT p.name FROM observation_adults a JOIN people p ON p.id = a.person_id"
                   " WHERE a.observation_id = x.id ORDER BY a.position)), '') AS teachers"
                   " FROM observations x",
    K.CONVERSATION: f"SELECT id, title, date, {_TEAM} AS team, '' AS status, deleted_at"
                    " FROM conversations x",
    K.CYCLE: f"SELECT id, title, started AS date, {_TEAM} AS team, '' AS status, deleted_at"
             " FROM cycles x",
    K.COLLABORATION: f"SELECT id, title, started AS date, {_TEAM} AS team, '' AS status,"
                     " deleted_at FROM collaborations x",
    K.PERSON: "SELECT id, name AS title, NULL AS date, '' AS team, '' AS status, deleted_at"
              " FROM people x",
}


class TextSource(NamedTuple):
    """The free text of one table, and the record each of its rows belongs to.

    *columns* are exported as the row's text; *also* are free text shown elsewhere (a title,
    an agenda item's heading) that erasure must clean as well. *sort* orders a record's
    blocks across tables (an agenda item, then its decisions); *own* names a person column
    for rows that are someone's own writing (a quick-write), exported only to its writer.
    """

    table: str
    kind: RecordKind
    parent: str
    columns: tuple[str, ...]
    also: tuple[str, ...] = ()
    json: tuple[str, ...] = ()
    heading: str = "''"
    number: str = "NULL"
    sort: str = "0"
    private: str = "0"
    private_columns: tuple[str, ...] = ()
    own: str = ""
    where: str = ""  # how to find one record's rows fast (an index), when not parent = ?
    titled: bool = False  # the heading is typed text too: a row with only a title is kept

    @property
    def free_text(self) -> tuple[str, ...]:
        """Every column erasure looks through."""
        return (*self.also, *self.columns)


def _agreements_of(kind: str) -> dict[str, str]:
    return {"parent": f"CASE WHEN source_kind = '{kind}' THEN source_id END",
            "where": f"source_kind = '{kind}' AND source_id = ?"}


_ITEM = "(SELECT {column} FROM agenda_items a WHERE a.id = agenda_item_id)"
_LESSON_TIME = ("printf('%02d:%02d', CAST(at_seconds AS INTEGER) / 60,"
                " CAST(at_seconds AS INTEGER) % 60)")

TEXT_SOURCES: tuple[TextSource, ...] = (
    TextSource("teams", K.TEAM, "id", ("description",), also=("name",)),
    TextSource("meetings", K.MEETING, "id",
               ("place", "next_place", "next_note", "evaluation_note"), also=("title",)),
    TextSource("agenda_items", K.MEETING, "meeting_id", ("description", "notes"),
               also=("title",), heading="title", sort="1 + position * 10000", titled=True),
    TextSource("decisions", K.MEETING, _ITEM.format(column="meeting_id"), ("text",),
               heading=_ITEM.format(column="title"),
               sort="2 + " + _ITEM.format(column="position") + " * 10000 + position",
               where="agenda_item_id IN (SELECT id FROM agenda_items WHERE meeting_id = ?)"),
    TextSource("data_references", K.MEETING, "meeting_id", ("period", "summary"),
               sort="1e9 + position"),
    TextSource("agreements", K.MEETING, columns=("what", "note"), sort="2e9 + position",
               **_agreements_of("meeting")),
    TextSource("agreements", K.AGREEMENT, "id", ("note",), also=("what",)),
    TextSource("observations", K.OBSERVATION, "id",
               ("purpose", "focus_points", "observer_position", "feedback_time", "look_fors",
                "private_notes"), also=("class_label", "subject"),
               json=("focus_points", "look_fors"), private_columns=("private_notes",)),
    TextSource("observation_adults", K.OBSERVATION, "observation_id", ("role",),
               sort="0.5", own="person_id"),
    TextSource("observation_notes", K.OBSERVATION, "observation_id",
               ("description", "interpretation"), heading=_LESSON_TIME,
               sort="1 + at_seconds", private="private"),
    TextSource("agreements", K.OBSERVATION, columns=("what", "note"), sort="2e9 + position",
               **_agreements_of("observation")),
    TextSource("conversations", K.CONVERSATION, "id",
               ("purpose", "content", "data_basis", "summary", "next_steps"),
               also=("title",)),
    TextSource("conversation_notes", K.CONVERSATION, "conversation_id", ("text",),
               sort="1 + phase * 1000 + question"),
    TextSource("agreements", K.CONVERSATION, columns=("what", "note"), sort="2e9 + position",
               **_agreements_of("conversation")),
    TextSource("cycles", K.CYCLE, "id",
               ("wonder", "problem", "why", "goals", "signs", "learned", "sharing"),
               also=("title", "class_label", "subject")),
    TextSource("cycle_quick_writes", K.CYCLE, "cycle_id", ("text",), sort="0.5",
               own="person_id"),
    TextSource("cycle_rounds", K.CYCLE, "cycle_id",
               ("action", "reason", "expectation", "lesson", "focus_points",
                "data_to_collect", "lesson_sequence", "watch_for", "focus_students",
                "practicalities"), json=("focus_points",), number="number",
               sort="1 + number"),
    TextSource("collaborations", K.COLLABORATION, "id",
               ("goals", "roles", "duration", "planning_time", "evaluation_form",
                "evaluation", "adjustments"), also=("title", "class_label", "subject")),
    TextSource("collaboration_lessons", K.COLLABORATION, "collaboration_id",
               ("goal", "signs", "phases", "differentiation", "materials"),
               json=("phases",), number="number", sort="1 + number"),
    TextSource("people", K.PERSON, "id", ("note",)),
)
"""Every column of typed text in the schema, by the record it belongs to. A person's name in
``people.name`` is never searched: another person may be called "Ole Hansen-Berg"."""


# -- names in text -------------------------------------------------------------------------------
class NameMatcher:
    """Finds and replaces one full name in free text, the way a reader would spot it.

    Case and the spaces between the names do not matter; the name must stand as a whole
    (not inside "Ole Hansen-Berg" or "Bo" inside "Bodil"), but a genitive s may follow it
    ("Åse Bækgaards", which becomes "Slettet persons").
    """

    def __init__(self, name: str) -> None:
        words = [re.escape(w) for w in name.split()]
        self.pattern = re.compile(r"(?<![\w-])" + r"\s+".join(words) + r"(?=s?(?!\w|-\w))",
                                  re.IGNORECASE) if words else None

    def found_in(self, text: Any) -> bool:
        """Does *text* (a JSON list's text too, whatever its escapes) name the person?"""
        if self.pattern is None or not isinstance(text, str) or not text:
            return False
        if self.pattern.search(text):
            return True
        return text.startswith("[") and "\\u" in text and any(
            self.pattern.search(s) for s in _strings(_json(text)))

    def replace(self, text: str, label: str, *, is_json: bool = False) -> str:
        """*text* with every occurrence of the name replaced by *label*."""
        if self.pattern is None:
            return text
        if is_json:
            data = _json(text)
            if data is not None:
                return json.dumps(_replaced(data, lambda s: self.replace(s, label)),
                                  ensure_ascii=False)
        return self.pattern.sub(lambda _m: label, text)


def _json(text: str) -> Any:
    try:
        return json.loads(text)
    except ValueError:
        return None


def _strings(data: Any) -> Iterator[str]:
    if isinstance(data, str):
        yield data
    elif isinstance(data, list):
        for item in data:
            yield from _strings(item)


def _replaced(data: Any, change: Callable[[str], str]) -> Any:
    if isinstance(data, str):
        return change(data)
    if isinstance(data, list):
        return [_replaced(item, change) for item in data]
    return data


def json_text(source: TextSource, column: str, value: str) -> str:
    """A JSON list column as lines a person can read: one line per item, the texts of a
    nested item (a lesson phase's activity and roles) joined by " – "; codes such as a
    phase's co-teaching model are left out, as in the search index."""
    data = _json(value)
    if not isinstance(data, list):
        return value
    lines = []
    for item in data:
        if isinstance(item, list):
            parts = [p for i, p in enumerate(item) if isinstance(p, str) and p.strip()
                     and not (source.table == "collaboration_lessons" and i == 1)]
            text = " – ".join(parts)
        else:
            text = item if isinstance(item, str) else ""
        if text.strip():
            lines.append(f"• {text}")
    return "\n".join(lines)


# -- the repository --------------------------------------------------------------------------------
class PersonDataRepository:
    """Finds a person's records and texts, and replaces their name for an erasure."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def person_in_trash(self, person_id: str) -> bool:
        """Is the person in the trash (erased people are)?"""
        row = self.db.execute("SELECT deleted_at FROM people WHERE id = ?", [person_id]).fetchone()
        return bool(row and row[0])

    def parts(self, person_id: str) -> dict[tuple[RecordKind, str], list[Part]]:
        """Every record that refers to the person by id, with how they take part."""
        found: dict[tuple[RecordKind, str], list[Part]] = {}
        for kind, part, sql in PARTS:
            for (record_id,) in self.db.execute(sql, [person_id]):
                if record_id is None:
                    continue
                roles = found.setdefault((kind, record_id), [])
                if part not in roles:
                    roles.append(part)
        return found

    def mentioned_in(self, matcher: NameMatcher) -> set[tuple[RecordKind, str]]:
        """Every record whose typed text names the person in full."""
        found: set[tuple[RecordKind, str]] = set()
        with _name_function(self.db, matcher):
            for source in TEXT_SOURCES:
                where = " OR ".join(f"plf_names([{c}])" for c in source.free_text)
                for (record_id,) in self.db.execute(
                        f"SELECT {source.parent} FROM [{source.table}] WHERE {where}"):
                    if record_id is not None:
                        found.add((source.kind, record_id))
        return found

    def heads(self, kind: RecordKind, ids: list[str]) -> dict[str, PersonRecord]:
        """The records of *kind* among *ids*, named and dated (texts and parts empty)."""
        heads = {}
        for row in fetch_all(self.db, _HEADS[kind] + " WHERE x.id IN"
                             " (SELECT value FROM json_each(?))", [json.dumps(ids)]):
            title = row["title"]
            if kind is K.OBSERVATION:
                title = observation_title(row["class_label"], row["subject"], row["teachers"])
            heads[row["id"]] = PersonRecord(
                kind, row["id"], title, date_from_iso(row["date"]), row["team"],
                row["status"], in_trash=row["deleted_at"] is not None)
        return heads

    def texts(self, kind: RecordKind, record_id: str, person_id: str, *,
              include_private: bool) -> list[TextBlock]:
        """The record's typed text, row by row in reading order.

        Someone else's own writing (their quick-write, their role in a lesson) is left out,
        and so are the observer's private notes unless *include_private*.
        """
        blocks: list[tuple[float, int, TextBlock]] = []
        for source in (s for s in TEXT_SOURCES if s.kind is kind):
            own = f" AND [{source.own}] = ?" if source.own else ""
            columns = ", ".join(f"[{c}]" for c in source.columns)
            extra = ", phase, question" if source.table == "conversation_notes" else ""
            rows = self.db.execute(
                f"SELECT {source.sort}, rowid, {source.heading}, {source.number},"
                f" {source.private}, {columns}{extra} FROM [{source.table}]"
                f" WHERE {source.where or source.parent + ' = ?'}{own}",
                [record_id, person_id] if own else [record_id]).fetchall()
            for sort, rowid, heading, number, private, *values in rows:
                if extra:
                    phase, question = values[-2:]
                    values = values[:-2]
                    heading = self._question(record_id, phase, question)
                texts = dict(zip(source.columns, values, strict=True))
                for block in self._blocks(source, texts, heading or "", number,
                                          bool(private), include_private):
                    blocks.append((float(sort), rowid, block))
        return [block for _sort, _rowid, block in sorted(blocks, key=lambda b: b[:2])]

    @staticmethod
    def _blocks(source: TextSource, texts: dict[str, Any], heading: str, number: int | None,
                private: bool, include_private: bool) -> Iterator[TextBlock]:
        public: list[tuple[str, str]] = []
        hidden: list[tuple[str, str]] = []
        for column, value in texts.items():
            if not isinstance(value, str):
                continue
            text = json_text(source, column, value) if column in source.json else value
            if text.strip():
                (hidden if column in source.private_columns else public).append((column, text))
        if (public or (source.titled and heading.strip())) and (include_private or not private):
            yield TextBlock(source.table, tuple(public), heading, number, private)
        if hidden and include_private:
            yield TextBlock(source.table, tuple(hidden), heading, number, True)

    def _question(self, conversation_id: str, phase: int, question: int) -> str:
        """"Phase title – question" from the conversation's frozen template."""
        row = self.db.execute("SELECT template_body FROM conversations WHERE id = ?",
                              [conversation_id]).fetchone()
        phases = _phases(row[0]) if row else ()
        if not 0 <= phase < len(phases):
            return ""
        step = phases[phase]
        if question == PHASE_NOTE or not 0 <= question < len(step.questions):
            return step.title
        return f"{step.title} – {step.questions[question].text}"

    # -- erasure ---------------------------------------------------------------------------------
    def replace_name(self, matcher: NameMatcher, label: str) -> int:
        """Replace the full name by *label* in every typed text of every record (the trash
        included); return how many texts changed. Other people's names are never touched."""
        changed = 0
        now = utc_now_iso()
        with _name_function(self.db, matcher):
            for table, columns, json_columns in _tables():
                where = " OR ".join(f"plf_names([{c}])" for c in columns)
                selected = ", ".join(f"[{c}]" for c in columns)
                for rowid, *values in self.db.execute(
                        f"SELECT rowid, {selected} FROM [{table}] WHERE {where}").fetchall():
                    new = {c: matcher.replace(v, label, is_json=c in json_columns)
                           for c, v in zip(columns, values, strict=True)
                           if matcher.found_in(v)}
                    if not new:
                        continue
                    changed += len(new)
                    assignments = ", ".join(f"[{c}] = ?" for c in new)
                    self.db.execute(f"UPDATE [{table}] SET {assignments}, updated_at = ?"
                                    " WHERE rowid = ?", [*new.values(), now, rowid])
        return changed

    def anonymise_person(self, person_id: str, label: str) -> None:
        """Rename the person's row to *label*, clear what identifies them and the teams they
        were in, and mark it erased, so no list or picker offers it. The row stays, out of
        the trash: every record keeps its link to "Slettet person"."""
        now = utc_now_iso()
        self.db.execute(
            "UPDATE people SET name = ?, initials = '', note = '', role = ?,"
            " erased_at = ?, updated_at = ? WHERE id = ?",
            [label, Role.OTHER.value, now, now, person_id])
        self.db.execute("DELETE FROM team_members WHERE person_id = ?", [person_id])

    def scrub_search_index(self) -> None:
        """Merge the full-text index so the replaced words leave its pages too (the freed
        pages are overwritten: ``secure_delete`` is on for every connection)."""
        self.db.execute("INSERT INTO search_index (search_index) VALUES ('optimize')")


@functools.lru_cache(maxsize=64)
def _phases(body: str) -> tuple[ConversationPhase, ...]:
    """The phases of a frozen template, parsed once per text (many conversations share one)."""
    try:
        return parse_conversation_template(body).phases
    except PlfError:
        return ()


def _tables() -> list[tuple[str, tuple[str, ...], frozenset[str]]]:
    """Each table of typed text once, with all its free-text columns."""
    merged: dict[str, tuple[dict[str, None], set[str]]] = {}
    for source in TEXT_SOURCES:
        columns, json_columns = merged.setdefault(source.table, ({}, set()))
        columns.update(dict.fromkeys(source.free_text))
        json_columns.update(source.json)
    return [(table, tuple(columns), frozenset(json_columns))
            for table, (columns, json_columns) in merged.items()]


@contextlib.contextmanager
def _name_function(db: Database, matcher: NameMatcher) -> Iterator[None]:
    """``plf_names(text)`` in SQL while the block runs: does *text* name the person?"""
    db.conn.create_function("plf_names", 1, matcher.found_in, deterministic=True)
    try:
        yield
    finally:
        db.conn.create_function("plf_names", 1, None)
