"""Backups: names, the rotation, taking, restoring, setting aside and the damaged-file path."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from plf_desktop.domain.backups import (
    KEEP_DAILY,
    KEEP_MONTHLY,
    KEEP_NEWEST,
    KEEP_WEEKLY,
    MAX_AGE,
    BackupKind,
    BackupName,
    parse_name,
    to_keep,
)
from plf_desktop.domain.errors import StorageError
from plf_desktop.services.backup_service import (
    newest_good_backup,
    recover_damaged,
    restore_backup,
)
from plf_desktop.services.registry import build_services
from plf_desktop.storage import backups
from plf_desktop.storage.database import inspect_file, open_storage

NOW = dt.datetime(2026, 11, 23, 8, 15)
times = st.datetimes(min_value=dt.datetime(2024, 1, 1), max_value=NOW)
kinds = st.sampled_from(list(BackupKind))


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# -- names ------------------------------------------------------------------------------------
@given(times, kinds, st.text("abcæøå-_ 0123456789", min_size=1, max_size=20),
       st.integers(0, 999), st.integers(0, 30))
def test_a_backup_name_reads_back_as_written(taken, kind, stem, serial, version) -> None:
    version = version + 1 if kind is BackupKind.BEFORE_SCHEMA else 0
    name = BackupName(taken.replace(microsecond=0), kind, stem, version,
                      0 if serial == 1 else serial)
    assert parse_name(name.file_name()) == name


@given(st.text(max_size=60))
def test_any_other_file_name_is_not_taken_for_a_backup_or_crashes(text: str) -> None:
    name = parse_name(text)
    assert name is None or name.file_name() == text


@pytest.mark.parametrize("name", ["plf-auto-20261399-081500.sqlite3", "plf-auto-2026.sqlite3",
                                  "notes.txt", "plf-weird-20261123-081500.sqlite3",
                                  "plf-auto-20261123-081500.sqlite3.partial"])
def test_files_that_are_not_backups_are_ignored(name: str) -> None:
    assert parse_name(name) is None


# -- the rotation -----------------------------------------------------------------------------
def auto(taken: dt.datetime) -> BackupName:
    return BackupName(taken, BackupKind.AUTO, "plf")


@settings(max_examples=200)
@given(st.lists(st.tuples(times, kinds), max_size=80))
def test_the_rotation_keeps_the_newest_and_a_bounded_number(entries) -> None:
    names = {BackupName(t.replace(microsecond=0), k, "plf",
                        3 if k is BackupKind.BEFORE_SCHEMA else 0) for t, k in entries}
    keep = to_keep(names, NOW)
    assert keep <= names
    autos = [n for n in names if n.kind is BackupKind.AUTO]
    if autos:
        assert max(autos) in keep
    assert len([n for n in keep if n.kind is BackupKind.AUTO]) <= \
        KEEP_DAILY + KEEP_WEEKLY + KEEP_MONTHLY + KEEP_NEWEST
    newest = set(sorted(autos)[-KEEP_NEWEST:])
    assert newest <= keep
    assert all(NOW - n.taken <= MAX_AGE for n in keep - newest)
    assert to_keep(keep, NOW) == keep  # rotating again deletes nothing more


def test_a_year_of_daily_backups_rotates_to_days_weeks_and_months() -> None:
    names = [auto(NOW - dt.timedelta(days=d, hours=h)) for d in range(400) for h in (0, 5)]
    keep = to_keep(names, NOW)
    days = {n.taken.date() for n in keep}
    assert {(NOW - dt.timedelta(days=d)).date() for d in range(KEEP_DAILY)} <= days
    assert len(keep) <= KEEP_DAILY + KEEP_WEEKLY + KEEP_MONTHLY + KEEP_NEWEST
    assert min(n.taken for n in keep) >= NOW - MAX_AGE
    assert auto(NOW) in keep and auto(NOW - dt.timedelta(days=2, hours=5)) not in keep


def test_a_laptop_unused_for_two_years_keeps_its_last_backups() -> None:
    old = [auto(NOW - dt.timedelta(days=800 + d)) for d in range(5)]
    manual = BackupName(NOW - dt.timedelta(days=800), BackupKind.MANUAL, "plf")
    assert to_keep([*old, manual], NOW) == set(old[:KEEP_NEWEST])


def test_the_newest_backups_survive_an_empty_file_backed_up_the_same_day() -> None:
    good = auto(NOW - dt.timedelta(hours=3))
    empty = auto(NOW - dt.timedelta(minutes=5))
    assert {good, empty} <= to_keep([good, empty], NOW)


def test_a_clock_behind_the_newest_backup_rotates_nothing(tmp_path: Path) -> None:
    database = tmp_path / "plf.sqlite3"
    open_storage(database).close()
    for days in range(30):
        backups.take_backup(database, BackupKind.AUTO, NOW - dt.timedelta(days=days))
    assert backups.rotate(database, NOW - dt.timedelta(days=400)) == []
    assert len(backups.list_backups(database)) == 30


# -- files ------------------------------------------------------------------------------------
@pytest.fixture
def filled(db_path: Path) -> Path:
    store = open_storage(db_path)
    services = build_services(store)
    services.school.save("Bakkeskolen", "Aarhus Kommune")
    services.people.add_person("Åse Bækgård", "ÅB")
    store.close()
    return db_path


def school_name(path: Path) -> str:
    store = open_storage(path)
    try:
        return build_services(store).school.get().name
    finally:
        store.close()


def test_an_automatic_backup_is_taken_only_when_the_file_changed(filled: Path) -> None:
    first = backups.backup_if_changed(filled, dt.datetime.now())
    assert first is not None and first.kind is BackupKind.AUTO
    assert first.path.parent == filled.parent / "backups"
    assert inspect_file(first.path).ok
    assert backups.backup_if_changed(filled) is None  # nothing written since
    assert [b.path for b in backups.list_backups(filled)] == [first.path]


def test_a_backup_is_taken_while_the_app_writes(filled: Path) -> None:
    store = open_storage(filled)
    try:
        build_services(store).school.save("Nyt navn")  # in the WAL, not yet checkpointed
        backup = backups.take_backup(filled, BackupKind.MANUAL)
    finally:
        store.close()
    assert school_name(backup.path) == "Nyt navn"


def test_restore_sets_the_current_file_aside_so_it_can_be_undone(filled: Path) -> None:
    backup = backups.take_backup(filled, BackupKind.MANUAL, NOW)
    store = open_storage(filled)
    build_services(store).school.save("Efter kopien")
    store.close()
    aside = restore_backup(filled, backup.path)
    assert school_name(filled) == "Bakkeskolen"
    assert aside is not None and aside.parent == backups.backups_dir(filled)
    assert school_name(aside) == "Efter kopien"
    listed = {b.path: b.kind for b in backups.list_backups(filled)}
    assert listed[aside] is BackupKind.SET_ASIDE
    restore_backup(filled, aside)  # undo the restore
    assert school_name(filled) == "Efter kopien"


@pytest.mark.parametrize("content", [b"", b"not a database at all" * 100])
def test_a_bad_backup_is_refused_and_nothing_changes(filled: Path, tmp_path: Path,
                                                     content: bytes) -> None:
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(content)
    before = digest(filled)
    with pytest.raises(StorageError):
        restore_backup(filled, bad)
    assert digest(filled) == before
    assert backups.list_backups(filled) == []


def test_restore_is_refused_while_the_app_has_the_file_open(filled: Path) -> None:
    backup = backups.take_backup(filled, BackupKind.MANUAL)
    store = open_storage(filled)
    try:
        with pytest.raises(StorageError, match="already open"):
            restore_backup(filled, backup.path)
    finally:
        store.close()
    assert len(backups.list_backups(filled)) == 1


def damage(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[4096:8192] = b"\x00\xff" * 2048
    path.write_bytes(bytes(data))


def test_a_damaged_file_is_set_aside_untouched_and_the_newest_good_backup_restored(
        filled: Path) -> None:
    good = backups.take_backup(filled, BackupKind.AUTO, NOW - dt.timedelta(days=1))
    newer = backups.take_backup(filled, BackupKind.AUTO, NOW)
    damage(newer.path)  # the newest backup is damaged too: it is passed over
    damage(filled)
    damaged_digest = digest(filled)
    assert newest_good_backup(filled) == good
    aside = recover_damaged(filled, good.path)
    set_aside = [b for b in backups.list_backups(filled) if b.kind is BackupKind.DAMAGED]
    assert [b.path for b in set_aside] == [aside] and digest(aside) == damaged_digest
    assert school_name(filled) == "Bakkeskolen"


def test_rotation_deletes_files_but_never_other_files_in_the_folder(filled: Path) -> None:
    folder = backups.backups_dir(filled)
    for days in range(0, 30):
        backups.take_backup(filled, BackupKind.AUTO, NOW - dt.timedelta(days=days))
    (folder / "mine.sqlite3").write_bytes(b"x")
    removed = backups.rotate(filled, NOW)
    assert len(removed) == 30 - KEEP_DAILY - 3  # 7 days, then 3 older weeks (the 4th is kept)
    assert not list(folder.glob("*-wal"))
    assert (folder / "mine.sqlite3").exists()


HEADER = b"SQLite format 3\x00"


@settings(max_examples=60, deadline=None)
@given(st.one_of(st.binary(max_size=3000),
                 st.binary(min_size=84, max_size=3000).map(lambda b: HEADER + b),
                 st.binary(min_size=4096, max_size=4096)))
def test_any_file_chosen_for_restore_is_checked_without_crashing(tmp_path_factory,
                                                                 content: bytes) -> None:
    folder = tmp_path_factory.mktemp("restore")
    chosen = folder / "valgt.sqlite3"
    chosen.write_bytes(content)
    problem = backups.check_backup(chosen)
    assert problem is None or isinstance(problem, StorageError)
    assert chosen.read_bytes() == content  # looking never changes the file
    database = folder / "plf.sqlite3"
    if problem is not None:
        with pytest.raises(StorageError):
            restore_backup(database, chosen)
        assert not database.exists()


def test_a_recovery_that_fails_puts_the_damaged_file_back(filled: Path, monkeypatch) -> None:
    good = backups.take_backup(filled, BackupKind.AUTO, NOW - dt.timedelta(days=1))
    damage(filled)
    before = digest(filled)

    def full_disk(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise StorageError("The disk is full. Free some space; nothing already saved is lost.")

    monkeypatch.setattr(backups, "backup_file", full_disk)
    with pytest.raises(StorageError):
        recover_damaged(filled, good.path)
    assert digest(filled) == before  # still where it was, untouched
    assert [b.kind for b in backups.list_backups(filled)] == [BackupKind.AUTO]


@pytest.mark.parametrize("refused", ["-wal", ".sqlite3"])
def test_the_log_never_leaves_its_file_when_setting_aside_fails(filled: Path, monkeypatch,
                                                                refused: str) -> None:
    store = open_storage(filled)
    build_services(store).school.save("Kun i loggen")
    wal = filled.with_name(filled.name + "-wal")
    crashed = (filled.read_bytes(), wal.read_bytes())  # the change is only in the log
    store.close()
    filled.write_bytes(crashed[0])  # as a crash leaves the two files
    wal.write_bytes(crashed[1])
    real_replace = Path.replace

    def refuse(self: Path, target):  # type: ignore[no-untyped-def]
        if self.name.endswith(refused) and self.parent == filled.parent:
            raise PermissionError(13, "in use by another program")
        return real_replace(self, target)

    monkeypatch.setattr(Path, "replace", refuse)
    with pytest.raises(StorageError):
        backups.set_aside(filled)
    monkeypatch.undo()
    assert (filled.read_bytes(), wal.read_bytes()) == crashed
    assert school_name(filled) == "Kun i loggen"


def test_a_backup_that_fails_leaves_no_half_copy(filled: Path, monkeypatch) -> None:
    import sqlite3

    class Full(sqlite3.Connection):
        def backup(self, *args, **kwargs):  # type: ignore[no-untyped-def]
            raise sqlite3.OperationalError("database or disk is full")

    real_connect = sqlite3.connect
    monkeypatch.setattr(sqlite3, "connect", lambda *a, **k: real_connect(
        *a, **{**k, "factory": Full}))
    with pytest.raises(StorageError):
        backups.take_backup(filled, BackupKind.MANUAL)
    monkeypatch.undo()
    assert list(backups.backups_dir(filled).glob("*")) == []
