"""A full disk, a read-only folder, a network drive and a busy file: a clear Danish message,
and nothing already saved is lost."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from plf_desktop.domain.errors import StorageError
from plf_desktop.i18n import message
from plf_desktop.services.registry import build_services
from plf_desktop.storage import database, filesystem, lock
from plf_desktop.storage.database import open_storage
from plf_desktop.storage.filesystem import mount_type

pytestmark = pytest.mark.usefixtures("danish")


def refused(action, *args, **kwargs) -> str:  # type: ignore[no-untyped-def]
    """What the user is told when *action* is refused (in Danish)."""
    with pytest.raises(StorageError) as caught:
        action(*args, **kwargs)
    return message(caught.value)


def test_a_file_on_a_network_drive_is_not_written_to(db_path: Path, monkeypatch) -> None:
    open_storage(db_path).close()
    before = db_path.read_bytes()
    monkeypatch.setattr(filesystem, "network_kind", lambda path: "cifs")
    assert "netværksdrev (cifs)" in refused(open_storage, db_path)
    assert db_path.read_bytes() == before
    open_storage(db_path, read_only=True).close()  # looking (list, export) is still fine


@pytest.mark.parametrize(("path", "kind"), [
    ("/home/åse/Dokumenter/plf.sqlite3", "cifs"),
    ("/home/åse/Dokumenter2/plf.sqlite3", "ext4"),
    ("/mnt/nfs/plf.sqlite3", "nfs4"),
    ("/tmp/plf.sqlite3", "tmpfs"),
])
def test_the_mount_a_file_lies_on_is_found(path: str, kind: str) -> None:
    mounts = ("/dev/sda1 / ext4 rw 0 0\n"
              "tmpfs /tmp tmpfs rw 0 0\n"
              "server:/export /mnt/nfs nfs4 rw 0 0\n"
              "//srv/laerere /home/åse/Dokumenter cifs rw 0 0\n")
    assert mount_type(Path(path), mounts) == kind


def test_a_mount_point_with_a_space_is_read_as_written() -> None:
    mounts = "//srv/x /media/USB\\040stick vfat rw 0 0\n/dev/sda1 / ext4 rw 0 0\n"
    assert mount_type(Path("/media/USB stick/plf.sqlite3"), mounts) == "vfat"


def test_a_read_only_folder_gets_a_clear_message(db_path: Path, monkeypatch) -> None:
    def refuse(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(lock, "open", refuse, raising=False)
    assert "skrivebeskyttet" in refused(open_storage, db_path)
    assert not db_path.exists()


def fill_to_the_brim(storage) -> None:  # type: ignore[no-untyped-def]
    """Let the file grow no further, as on a full disk (SQLite answers SQLITE_FULL)."""
    pages = storage.db.execute("PRAGMA page_count").fetchone()[0]
    storage.db.execute(f"PRAGMA max_page_count = {pages}")


def test_a_full_disk_refuses_the_save_and_keeps_what_was_saved(storage) -> None:
    services = build_services(storage)
    meeting = services.meetings.create(date=dt.date(2026, 11, 3), title="Teammøde",
                                       template_key="data-informeret-60")
    item = services.meetings.get(meeting.id).agenda[0]
    services.meetings.update_item(item.id, notes="Det første, der blev gemt.")
    fill_to_the_brim(storage)
    assert "Disken er fuld" in refused(services.meetings.update_item, item.id,
                                       notes="Lang tekst " * 15_000)
    assert services.meetings.get(meeting.id).agenda[0].notes == "Det første, der blev gemt."
    storage.db.execute("PRAGMA max_page_count = 1073741823")  # space freed
    services.meetings.update_item(item.id, notes="Lang tekst " * 15_000)
    assert services.meetings.get(meeting.id).agenda[0].notes.startswith("Lang tekst")
    assert storage.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_a_file_locked_by_another_program_gets_a_clear_message(storage, db_path) -> None:
    services = build_services(storage)
    meeting = services.meetings.create(date=dt.date(2026, 11, 3), title="Teammøde")
    storage.db.execute("PRAGMA busy_timeout = 50")
    other = sqlite3.connect(db_path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        assert "optaget af et andet program" in refused(services.meetings.update, meeting.id,
                                                        title="Nyt navn")
    finally:
        other.execute("ROLLBACK")
        other.close()
    services.meetings.update(meeting.id, title="Nyt navn")
    assert services.meetings.get(meeting.id).title == "Nyt navn"


def test_storage_errors_name_the_cause() -> None:
    for text, expected in [("database or disk is full", "Disken er fuld"),
                           ("attempt to write a readonly database", "skrivebeskyttet"),
                           ("database is locked", "optaget")]:
        def fail(text: str = text) -> None:
            with database.storage_errors():
                raise sqlite3.OperationalError(text)

        assert expected in refused(fail)


@pytest.mark.parametrize(("platform", "renamed"), [("win32", True), ("linux", False)])
def test_a_rename_held_up_for_a_moment_is_tried_again_on_windows(
        tmp_path: Path, monkeypatch, platform: str, renamed: bool) -> None:
    import sys

    source, target = tmp_path / "ny.sqlite3", tmp_path / "plf.sqlite3"
    source.write_bytes(b"ny")
    target.write_bytes(b"gammel")
    held = [2]  # an antivirus scanner lets go after two tries
    real = Path.replace

    def scanned(self: Path, other):  # type: ignore[no-untyped-def]
        if held[0]:
            held[0] -= 1
            raise PermissionError(13, "The process cannot access the file")
        return real(self, other)

    monkeypatch.setattr(Path, "replace", scanned)
    monkeypatch.setattr(filesystem.time, "sleep", lambda _s: None)
    monkeypatch.setattr(sys, "platform", platform)
    try:
        filesystem.replace_file(source, target)
    except PermissionError:
        assert not renamed  # elsewhere a refused rename is an error at once
    monkeypatch.undo()
    assert target.read_bytes() == (b"ny" if renamed else b"gammel")
