"""Encryption at rest: a database and its backups protected by a password (SQLCipher)."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from plf_desktop.domain.backups import BackupKind
from plf_desktop.domain.errors import StorageError, ValidationError
from plf_desktop.services.password_service import (
    PasswordRequired,
    WrongPassword,
    available,
    change_password,
)
from plf_desktop.services.registry import build_services
from plf_desktop.storage import backups
from plf_desktop.storage.database import inspect_file, open_storage
from plf_desktop.storage.schema import SCHEMA_VERSION

pytestmark = pytest.mark.skipif(not available(), reason="sqlcipher3 has no wheel here")
FIXTURES = Path(__file__).parent.parent / "fixtures"
SECRET = "Kaffe og kage 2026"
WORDS = "Hemmelig observationsnote om 5.A"


@pytest.fixture
def protected(db_path: Path) -> Path:
    store = open_storage(db_path)
    services = build_services(store)
    services.school.save("Bakkeskolen", "Aarhus Kommune")
    services.people.add_person("Åse Bækgård", "ÅB")
    services.meetings.create(date=dt.date(2026, 11, 3), title=WORDS)
    store.close()
    backups.take_backup(db_path, BackupKind.AUTO)
    assert change_password(db_path, None, SECRET) == []
    return db_path


def readable(path: Path) -> bool:
    """Can the words be found in the file's bytes (as they can in a plain SQLite file)?"""
    return WORDS.encode() in path.read_bytes()


def test_a_protected_file_and_its_backups_hold_no_readable_text(protected: Path) -> None:
    assert not readable(protected)
    (backup,) = backups.list_backups(protected)
    assert not readable(backup.path)
    assert not protected.read_bytes().startswith(b"SQLite format 3")


def test_without_the_password_the_file_is_refused_and_unchanged(protected: Path) -> None:
    before = protected.read_bytes()
    with pytest.raises(PasswordRequired):
        open_storage(protected)
    with pytest.raises(WrongPassword):
        open_storage(protected, key="forkert kodeord")
    assert protected.read_bytes() == before
    assert not protected.with_name(protected.name + "-wal").exists()


def test_with_the_password_everything_works_and_new_backups_are_encrypted(
        protected: Path) -> None:
    store = open_storage(protected, key=SECRET, check_alongside=True)
    try:
        services = build_services(store)
        assert store.problem() is None
        assert services.school.get().name == "Bakkeskolen"
        assert [m.title for m in services.meetings.summaries()] == [WORDS]
        services.meetings.create(date=dt.date(2026, 11, 4), title="Endnu et møde")
        backup = services.backups.take_now()
    finally:
        store.close()
    assert not readable(backup.path)
    assert isinstance(inspect_file(backup.path).problem, PasswordRequired)
    assert inspect_file(backup.path, key=SECRET).ok


def test_changing_the_password_rewrites_the_backups_too(protected: Path) -> None:
    with pytest.raises(WrongPassword):
        change_password(protected, "forkert kodeord", "nyt kodeord 1")
    change_password(protected, SECRET, "nyt kodeord 1")
    assert inspect_file(protected, key="nyt kodeord 1").ok
    assert isinstance(inspect_file(protected, key=SECRET).problem, WrongPassword)
    for backup in backups.list_backups(protected):
        assert inspect_file(backup.path, key="nyt kodeord 1").ok


def test_removing_the_password_makes_a_plain_file_again(protected: Path) -> None:
    change_password(protected, SECRET, None)
    assert protected.read_bytes().startswith(b"SQLite format 3")
    store = open_storage(protected)
    try:
        assert build_services(store).school.get().name == "Bakkeskolen"
    finally:
        store.close()
    assert all(b.path.read_bytes().startswith(b"SQLite format 3")
               for b in backups.list_backups(protected))


def test_a_short_password_is_refused_before_anything_changes(db_path: Path) -> None:
    open_storage(db_path).close()
    before = db_path.read_bytes()
    with pytest.raises(ValidationError, match="8"):
        change_password(db_path, None, "kort")
    assert db_path.read_bytes() == before


def test_restoring_a_plain_copy_keeps_a_protected_database_encrypted(protected: Path,
                                                                     tmp_path: Path) -> None:
    plain = tmp_path / "gammel-kopi.sqlite3"
    shutil.copy(FIXTURES / f"schema-v{SCHEMA_VERSION - 1}.sqlite3", plain)
    backups.restore(protected, plain, key=SECRET)
    assert isinstance(inspect_file(protected).problem, PasswordRequired)
    store = open_storage(protected, key=SECRET)  # and the old schema is upgraded
    try:
        assert store.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert store.migration_backup is not None and not readable(store.migration_backup)
        assert isinstance(inspect_file(store.migration_backup).problem, PasswordRequired)
    finally:
        store.close()


def test_an_old_file_protected_by_a_password_is_upgraded(tmp_path: Path) -> None:
    path = tmp_path / "v1.sqlite3"
    shutil.copy(FIXTURES / "schema-v1.sqlite3", path)
    change_password(path, None, SECRET)
    store = open_storage(path, key=SECRET)
    try:
        assert store.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        build_services(store).search.search("møde")
    finally:
        store.close()


def test_a_damaged_protected_file_is_reported_as_damaged(protected: Path) -> None:
    data = bytearray(protected.read_bytes())
    data[5000:6000] = b"\x00" * 1000
    protected.write_bytes(bytes(data))
    report = inspect_file(protected, key=SECRET)
    assert isinstance(report.problem, StorageError)
    assert "beskadiget" in str(report.problem) or "damaged" in str(report.problem)
    assert backups.newest_good_backup(protected, SECRET) is not None


def test_deleted_text_is_overwritten_also_in_a_protected_file(protected: Path) -> None:
    store = open_storage(protected, key=SECRET)
    try:  # SQLCipher's own default is off: the app turns it on for every connection
        assert store.db.execute("PRAGMA secure_delete").fetchone()[0] == 1
    finally:
        store.close()


def test_a_restore_without_the_password_does_not_remove_the_protection(
        protected: Path, tmp_path: Path) -> None:
    plain = tmp_path / "gammel-kopi.sqlite3"
    shutil.copy(FIXTURES / f"schema-v{SCHEMA_VERSION}.sqlite3", plain)
    before = protected.read_bytes()
    with pytest.raises(PasswordRequired):
        backups.restore(protected, plain)
    assert protected.read_bytes() == before


def test_a_password_change_that_stops_at_a_backup_still_changes_the_rest(
        protected: Path, monkeypatch) -> None:
    (good,) = backups.list_backups(protected)
    stuck = backups.take_backup(protected, BackupKind.MANUAL, key=SECRET).path
    real = backups.cipher.rewrite

    def held_open(path, *args):  # type: ignore[no-untyped-def]
        if path == stuck:
            raise OSError(13, "in use by another program")
        return real(path, *args)

    monkeypatch.setattr(backups.cipher, "rewrite", held_open)
    left = change_password(protected, SECRET, "nyt kodeord 1")
    assert left == [stuck]
    assert inspect_file(protected, key="nyt kodeord 1").ok
    assert inspect_file(good.path, key="nyt kodeord 1").ok
    monkeypatch.undo()
    # the next automatic backup re-encrypts nothing plain here, and the stuck one keeps
    # the old password (the user was told its name)
    assert inspect_file(stuck, key=SECRET).ok


def test_plain_backups_of_a_protected_database_are_encrypted_in_the_background(
        protected: Path) -> None:
    stray = backups.backups_dir(protected) / "plf-manual-20261120-100000.sqlite3"
    shutil.copy(FIXTURES / f"schema-v{SCHEMA_VERSION}.sqlite3", stray)
    store = open_storage(protected, key=SECRET)
    try:
        services = build_services(store)
        services.backups.start_automatic().result()
        assert services.backups.last_error() is None
    finally:
        store.close()
    assert isinstance(inspect_file(stray).problem, PasswordRequired)
    assert inspect_file(stray, key=SECRET).ok


def test_cancelling_the_page_check_of_a_protected_file_is_harmless(protected: Path) -> None:
    """Before and after the check's connection closes (SQLCipher's errors are its own)."""
    from plf_desktop.storage.page_check import IntegrityCheck

    running = IntegrityCheck(protected, key=SECRET)
    running.cancel()
    running._thread.join()
    finished = IntegrityCheck(protected, key=SECRET)
    assert finished.verdict() is None
    finished.cancel()
    assert running.cancelled and finished.cancelled
