"""The full-text index behind *Søg* (Ctrl+F): every note, agreement, problem statement and
referat in one FTS5 table, kept current by triggers.

Triggers rather than code keep the index in step with every way a row is written (services,
demo bulk inserts, migrations). Each indexed row of a source table has one index row whose
rowid is ``source rowid × 16 + kind``, so an edit replaces exactly its own entry without
scanning the index. ``open_id`` is the record a hit opens (a note opens its observation).

The tokenizer keeps æ, ø and å apart from a and o (``remove_diacritics 0``, design.md).
SQLite's VACUUM may renumber rowids of tables without an INTEGER PRIMARY KEY: call
:func:`rebuild` after one. Changing :data:`SOURCES` needs a new migration that calls
:func:`install`.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import NamedTuple

from plf_desktop.storage.connection import Database

TABLE = "search_index"
KINDS = 16  # rowid multiplier: the kind lives in the low bits
EVENTS = ("insert", "update", "delete")  # a trigger for each, on every source table


class Source(NamedTuple):
    """How one table is indexed; ``{r}`` stands for the row (NEW, OLD or the table)."""

    code: int
    kind: str
    table: str
    open_id: str
    title: str
    body: str


def _join(*columns: str) -> str:
    return " || ' ' || ".join(f"COALESCE({{r}}.{c}, '')" for c in columns)


def _json_texts(column: str, skip_key: int | None = None) -> str:
    """The texts inside a JSON list column, without brackets and quotes (and without the
    element at *skip_key* of nested lists, such as a lesson phase's model code)."""
    skip = f" AND key IS NOT {skip_key}" if skip_key is not None else ""
    return (f"COALESCE((SELECT group_concat(atom, ' ') FROM json_tree({{r}}.{column})"
            f" WHERE type = 'text'{skip}), '')")


SOURCES: tuple[Source, ...] = (
    Source(1, "meeting", "meetings", "{r}.id", "{r}.title",
           _join("place", "next_note", "evaluation_note")),
    Source(2, "agenda_item", "agenda_items", "{r}.meeting_id", "{r}.title",
           _join("description", "notes")),
    Source(3, "decision", "decisions",
           "(SELECT meeting_id FROM agenda_items WHERE id = {r}.agenda_item_id)", "''",
           _join("text")),
    Source(4, "data_reference", "data_references", "{r}.meeting_id", "''", _join("summary")),
    Source(5, "agreement", "agreements", "{r}.id", "{r}.what", _join("note")),
    Source(6, "observation", "observations", "{r}.id",
           "{r}.class_label || ' ' || {r}.subject",
           _join("purpose") + " || ' ' || " + _json_texts("focus_points")),
    Source(7, "observation_note", "observation_notes", "{r}.observation_id", "''",
           _join("description", "interpretation")),
    Source(8, "conversation", "conversations", "{r}.id", "{r}.title",
           _join("purpose", "content", "data_basis", "summary", "next_steps")),
    Source(9, "conversation_note", "conversation_notes", "{r}.conversation_id", "''",
           _join("text")),
    Source(10, "cycle", "cycles", "{r}.id", "{r}.title",
           _join("wonder", "problem", "why", "goals", "signs", "learned", "sharing")),
    Source(11, "round", "cycle_rounds", "{r}.cycle_id", "''",
           _join("action", "reason", "expectation", "lesson", "data_to_collect",
                 "lesson_sequence", "watch_for", "focus_students", "practicalities")),
    Source(12, "quick_write", "cycle_quick_writes", "{r}.cycle_id", "''", _join("text")),
    Source(13, "collaboration", "collaborations", "{r}.id", "{r}.title",
           _join("goals", "roles", "duration", "planning_time", "evaluation_form",
                 "evaluation", "adjustments")),
    Source(14, "co_lesson", "collaboration_lessons", "{r}.collaboration_id", "''",
           _join("goal", "signs", "differentiation", "materials") + " || ' ' || "
           + _json_texts("phases", skip_key=1)),
)
BY_CODE = {s.code: s for s in SOURCES}


def _values(source: Source, row: str) -> str:
    return (f"{row}.rowid * {KINDS} + {source.code}, "
            f"{source.open_id.format(r=row)}, {source.title.format(r=row)}, "
            f"{source.body.format(r=row)}")


def _present(db: Database) -> list[Source]:
    """The sources whose table exists yet (an older migration installs fewer)."""
    tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    return [s for s in SOURCES if s.table in tables]


def install(db: Database) -> None:
    """Create the index and its triggers (replacing older ones) and fill it from the data.

    Sources whose table a later migration adds are left out; that migration installs again.
    """
    _drop(db)
    db.execute(f"CREATE VIRTUAL TABLE {TABLE} USING fts5(open_id UNINDEXED, title, body, "
               "tokenize = 'unicode61 remove_diacritics 0')")
    for source in _present(db):
        name = f"{TABLE}_{source.table}"
        insert = (f"INSERT INTO {TABLE} (rowid, open_id, title, body) "
                  f"VALUES ({_values(source, 'NEW')});")
        delete = f"DELETE FROM {TABLE} WHERE rowid = OLD.rowid * {KINDS} + {source.code};"
        db.execute(f"CREATE TRIGGER {name}_insert AFTER INSERT ON {source.table} "
                   f"BEGIN {insert} END")
        db.execute(f"CREATE TRIGGER {name}_update AFTER UPDATE ON {source.table} "
                   f"BEGIN {delete} {insert} END")
        db.execute(f"CREATE TRIGGER {name}_delete AFTER DELETE ON {source.table} "
                   f"BEGIN {delete} END")
    rebuild(db)


def _drop(db: Database) -> None:
    """Remove the index and the triggers that keep it current."""
    for source in _present(db):
        for event in EVENTS:
            db.execute(f"DROP TRIGGER IF EXISTS {TABLE}_{source.table}_{event}")
    db.execute(f"DROP TABLE IF EXISTS {TABLE}")


@contextlib.contextmanager
def suspended(db: Database) -> Iterator[None]:
    """Inside the block, writes leave the index alone; after it, the index is built afresh.

    For changing most indexed rows at once (deleting years of records for good): keeping the
    index current row by row reads and tokenizes every deleted text again, about three times
    the work of building the index from what is left. Only inside a transaction: should the
    block fail, rolling back brings the index and its triggers back as they were. The block
    runs in a savepoint of its own, so that holds even when the caller goes on after an
    error: the transaction never commits without the index.
    """
    if not db.conn.in_transaction:
        raise RuntimeError("the search index is only suspended inside a transaction")
    with db.atomic():
        _drop(db)
        yield
        install(db)


def rebuild(db: Database) -> None:
    """Fill the index again from the source tables (after a VACUUM, or to repair it)."""
    db.execute(f"DELETE FROM {TABLE}")
    for source in _present(db):
        db.execute(f"INSERT INTO {TABLE} (rowid, open_id, title, body) "
                   f"SELECT {_values(source, source.table)} FROM {source.table}")
