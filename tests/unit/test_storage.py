"""Opening, refusing and migrating database files."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from plf_desktop.domain.errors import StorageError
from plf_desktop.storage.database import backup_file, inspect_file, open_storage
from plf_desktop.storage.migrations import SCHEMA_VERSION


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_database_gets_pragmas_and_schema_version(db_path: Path) -> None:
    store = open_storage(db_path)
    try:
        db = store.db
        assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        assert {"people", "teams", "meetings", "agenda_items", "agreements"} <= set(
            db.table_names())
    finally:
        store.close()


def test_second_instance_is_refused_and_first_keeps_working(storage, db_path: Path) -> None:
    with pytest.raises(StorageError, match="already open"):
        open_storage(db_path)
    storage.db["school"].insert({"id": "x", "name": "still writable", "created_at": "",
                                 "updated_at": ""})


def test_lock_is_released_on_close(db_path: Path) -> None:
    open_storage(db_path).close()
    open_storage(db_path).close()


@pytest.mark.parametrize("content", [b"", b"hello, not a database" * 100])
def test_foreign_file_is_refused_unchanged(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_bytes(content + b"x")
    before = digest(path)
    with pytest.raises(StorageError, match="not a PLF Desktop database"):
        open_storage(path)
    assert digest(path) == before


def test_other_programs_sqlite_file_is_refused_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE invoices (id INTEGER)")
    conn.commit()
    conn.close()
    before = digest(path)
    with pytest.raises(StorageError, match="another program"):
        open_storage(path)
    assert digest(path) == before


def make_newer(path: Path) -> None:
    open_storage(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()


def test_newer_schema_is_refused_unchanged(db_path: Path) -> None:
    make_newer(db_path)
    before = digest(db_path)
    with pytest.raises(StorageError, match="newer PLF Desktop"):
        open_storage(db_path)
    assert digest(db_path) == before


def corrupt(path: Path) -> None:
    """Overwrite the middle of a real database file with garbage."""
    store = open_storage(path)
    store.db["people"].insert_all(
        [{"id": str(i), "name": "x" * 500, "initials": "", "role": "laerer", "note": "",
          "created_at": "", "updated_at": ""} for i in range(200)])
    store.close()
    data = bytearray(path.read_bytes())
    data[4096 * 3: 4096 * 3 + 2000] = b"\xff" * 2000
    path.write_bytes(bytes(data))


def test_corrupt_file_is_refused_unchanged(db_path: Path) -> None:
    corrupt(db_path)
    before = digest(db_path)
    report = inspect_file(db_path)
    assert not report.ok
    with pytest.raises(StorageError, match="damaged"):
        open_storage(db_path)
    assert digest(db_path) == before


def test_migration_of_an_existing_file_takes_a_backup_first(db_path: Path) -> None:
    """An existing file at an older schema is backed up before it is migrated."""
    conn = sqlite3.connect(db_path)
    conn.execute("CREATE TABLE _sqlite_migrations (migration_set TEXT, name TEXT,"
                 " applied_at TEXT, PRIMARY KEY (migration_set, name))")
    conn.execute("CREATE TABLE marker (note TEXT)")
    conn.execute("INSERT INTO marker VALUES ('written by an older version')")
    conn.commit()
    conn.close()
    store = open_storage(db_path)
    try:
        assert store.migration_backup is not None and store.migration_backup.exists()
        copy = sqlite3.connect(store.migration_backup)
        note = copy.execute("SELECT note FROM marker").fetchone()[0]
        assert note == "written by an older version"
        assert "people" not in {r[0] for r in copy.execute("SELECT name FROM sqlite_master")}
        copy.close()
        assert "people" in store.db.table_names()
    finally:
        store.close()


def test_backup_while_open_is_consistent(storage, services, db_path: Path, tmp_path: Path) -> None:
    services.school.save("Skolen ved Åen")
    target = backup_file(db_path, tmp_path / "backup.sqlite3")
    conn = sqlite3.connect(target)
    assert conn.execute("SELECT name FROM school").fetchone()[0] == "Skolen ved Åen"
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()


def test_read_only_view_does_not_take_the_lock(storage, db_path: Path) -> None:
    view = open_storage(db_path, read_only=True)
    try:
        assert view.read_only
    finally:
        view.close()


def test_a_file_checked_alongside_start_up_is_never_written_when_damaged(db_path: Path) -> None:
    from plf_desktop.domain.labels import Role
    from plf_desktop.services.registry import build_services

    store = open_storage(db_path)
    store.db["people"].insert_all(
        [{"id": str(i), "name": "x" * 500, "initials": "", "role": "laerer", "note": "",
          "created_at": "", "updated_at": ""} for i in range(400)])
    store.close()
    data = bytearray(db_path.read_bytes())  # damage rows at the end, not the schema
    data[-3 * 4096 + 100: -3 * 4096 + 2100] = b"\xff" * 2000
    db_path.write_bytes(bytes(data))
    before = digest(db_path)
    store = open_storage(db_path, check_alongside=True)  # opens at once …
    try:
        assert store.integrity is not None
        problem = store.problem()  # … and the verdict follows
        assert problem is not None and "damaged" in str(problem)
        with pytest.raises(StorageError, match="damaged"):  # every write waits and refuses
            build_services(store).people.add_person("Åse Bækgård", "ÅB", Role.TEACHER)
    finally:
        store.close()
    assert digest(db_path) == before
    assert not db_path.with_name(db_path.name + "-wal").exists()


def test_a_whole_file_checked_alongside_is_written_as_usual(db_path: Path) -> None:
    from plf_desktop.domain.labels import Role
    from plf_desktop.services.registry import build_services

    open_storage(db_path).close()
    store = open_storage(db_path, check_alongside=True)
    try:
        assert store.integrity is not None
        build_services(store).people.add_person("Åse Bækgård", "ÅB", Role.TEACHER)
        assert store.problem() is None and store.db.write_gate is None
    finally:
        store.close()
    again = open_storage(db_path)
    try:
        assert [p.name for p in build_services(again).people.list_people()] == ["Åse Bækgård"]
    finally:
        again.close()


def test_a_file_that_needs_a_migration_is_checked_before_anything(db_path: Path) -> None:
    import shutil

    shutil.copy(Path(__file__).parents[1] / "fixtures" / "schema-v1.sqlite3", db_path)
    store = open_storage(db_path, check_alongside=True)
    try:
        assert store.integrity is None and store.migration_backup is not None
    finally:
        store.close()


def test_a_check_started_before_opening_is_the_one_the_window_waits_for(db_path: Path) -> None:
    """The app starts an existing file's page check before it imports the rest (app.py)."""
    from plf_desktop.storage.page_check import IntegrityCheck

    open_storage(db_path).close()
    started = IntegrityCheck(db_path)
    store = open_storage(db_path, check_alongside=started)
    try:
        assert store.integrity is started and not started.cancelled
        assert store.problem() is None
    finally:
        store.close()


def test_a_started_check_is_cancelled_when_the_file_must_be_checked_first(
        db_path: Path) -> None:
    import shutil

    from plf_desktop.storage.page_check import IntegrityCheck

    shutil.copy(Path(__file__).parents[1] / "fixtures" / "schema-v1.sqlite3", db_path)
    started = IntegrityCheck(db_path)
    store = open_storage(db_path, check_alongside=started)  # migrated after a full check
    try:
        assert store.integrity is None and store.migration_backup is not None
        assert started.cancelled
        with pytest.raises(RuntimeError, match="cancelled"):
            started.verdict()
    finally:
        store.close()


def test_a_started_check_is_cancelled_when_another_instance_has_the_file(
        storage, db_path: Path) -> None:
    from plf_desktop.storage.page_check import IntegrityCheck

    started = IntegrityCheck(db_path)
    with pytest.raises(StorageError, match="already open"):
        open_storage(db_path, check_alongside=started)
    assert started.cancelled


def test_a_check_started_with_a_password_a_plain_file_needs_not_is_replaced(
        db_path: Path) -> None:
    """A password in the environment is no reason to call a plain file damaged."""
    from plf_desktop.storage.page_check import IntegrityCheck

    open_storage(db_path).close()
    started = IntegrityCheck(db_path, key="ikke-brugt")
    store = open_storage(db_path, check_alongside=started, key="ikke-brugt")
    try:
        assert started.cancelled and store.integrity is not started
        assert store.integrity is not None and store.problem() is None
    finally:
        store.close()


def _large_file(db_path: Path) -> float:
    """A file whose check takes a while; the seconds a whole check takes."""
    import time

    from plf_desktop.storage.page_check import IntegrityCheck

    store = open_storage(db_path)
    rows = [{"id": str(i), "name": "x" * 300, "initials": "", "role": "laerer", "note": "y" * 300,
             "created_at": "", "updated_at": ""} for i in range(60_000)]
    store.db["people"].insert_all(rows, batch_size=5000)
    store.close()
    began = time.perf_counter()
    assert IntegrityCheck(db_path).verdict() is None
    return time.perf_counter() - began


def test_cancelling_stops_a_running_check(db_path: Path) -> None:
    """SQLite interrupts the check: the thread ends long before a whole check would."""
    import time

    from plf_desktop.storage.page_check import IntegrityCheck

    whole = _large_file(db_path)
    started = IntegrityCheck(db_path)
    while started._conn is None:  # the check is under way
        time.sleep(0.0005)
    assert not started.done()
    began = time.perf_counter()
    started.cancel()
    started._thread.join()
    assert "interrupted" in str(started._problem)  # SQLite stopped it, the file is whole
    assert time.perf_counter() - began < whole / 2


def test_a_cancel_just_before_the_check_starts_is_not_lost(db_path: Path,
                                                            monkeypatch) -> None:
    """SQLite forgets an interrupt that comes between two statements; the check keeps one
    statement running, so a cancel in that gap still stops it."""
    import threading
    import time

    from plf_desktop.storage import page_check

    whole = _large_file(db_path)
    made = threading.Event()
    checks: list[page_check.IntegrityCheck] = []
    original = page_check.check_pages

    def cancelled_first(conn, **kwargs):
        made.wait(5)
        checks[0].cancel()  # after the flag was looked at, before quick_check starts
        return original(conn, **kwargs)

    monkeypatch.setattr(page_check, "check_pages", cancelled_first)
    began = time.perf_counter()
    checks.append(page_check.IntegrityCheck(db_path))
    made.set()
    checks[0]._thread.join()
    assert checks[0].cancelled and "interrupted" in str(checks[0]._problem)
    assert time.perf_counter() - began < whole


def test_a_file_written_before_the_lock_is_checked_again(db_path: Path) -> None:
    """A check started before the file was locked may have read it while another program
    wrote to it: opening sees the file changed and checks it afresh."""
    from plf_desktop.storage.page_check import IntegrityCheck

    open_storage(db_path).close()
    started = IntegrityCheck(db_path)
    other = sqlite3.connect(db_path)  # another program writes, and closes, in the gap
    other.execute("INSERT INTO school (id, name, created_at, updated_at)"
                  " VALUES ('s', 'Skolen', '', '')")
    other.commit()
    other.close()
    store = open_storage(db_path, check_alongside=started)
    try:
        assert started.cancelled and store.integrity is not started
        assert store.integrity is not None and store.problem() is None
    finally:
        store.close()
