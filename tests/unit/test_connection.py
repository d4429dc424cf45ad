"""The repositories' connection wrapper: autocommit, all-or-nothing blocks, upserts."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

import pytest

from plf_desktop.storage.connection import Database


@pytest.fixture
def db(tmp_path: Path) -> Database:
    database = Database(sqlite3.connect(tmp_path / "t.sqlite3"))
    database.execute("CREATE TABLE t (id TEXT PRIMARY KEY, n INTEGER, created_at TEXT)")
    return database


def other_reader(path: Path) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT id, n FROM t ORDER BY id").fetchall()
    finally:
        conn.close()


def test_a_write_outside_a_block_is_committed_at_once(db: Database, tmp_path: Path) -> None:
    db.insert("t", {"id": "a", "n": 1, "created_at": "x"})
    assert other_reader(tmp_path / "t.sqlite3") == [("a", 1)]


def test_a_failing_block_leaves_nothing_and_a_nested_one_rolls_back_alone(
        db: Database, tmp_path: Path) -> None:
    with pytest.raises(RuntimeError), db.atomic():
        db.insert("t", {"id": "a", "n": 1, "created_at": "x"})
        raise RuntimeError("disk full")
    assert other_reader(tmp_path / "t.sqlite3") == []
    with db.atomic():
        db.insert("t", {"id": "b", "n": 2, "created_at": "x"})
        with pytest.raises(ValueError), db.atomic():
            db.insert("t", {"id": "c", "n": 3, "created_at": "x"})
            raise ValueError
    assert other_reader(tmp_path / "t.sqlite3") == [("b", 2)]


def test_upsert_updates_but_keeps_created_at(db: Database) -> None:
    db.upsert_all("t", [{"id": "a", "n": 1, "created_at": "first"}], pk="id")
    db.upsert_all("t", [{"id": "a", "n": 5, "created_at": "second"},
                        {"id": "b", "n": 6, "created_at": "second"}], pk="id")
    rows = db.execute("SELECT id, n, created_at FROM t ORDER BY id").fetchall()
    assert rows == [("a", 5, "first"), ("b", 6, "second")]


def test_sqlite_utils_is_not_needed_to_open_an_up_to_date_file(tmp_path: Path) -> None:
    import subprocess

    from plf_desktop.storage.database import open_storage

    open_storage(tmp_path / "plf.sqlite3").close()
    code = ("import sys; from pathlib import Path; from plf_desktop.storage.database import "
            "open_storage; s = open_storage(Path(sys.argv[1])); s.close(); "
            "print('sqlite_utils' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code, str(tmp_path / "plf.sqlite3")],
                         capture_output=True, text=True, check=True).stdout.strip()
    assert out == "False"
