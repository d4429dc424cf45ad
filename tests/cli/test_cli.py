"""The command line as IT and support script it: real subprocesses, exit codes, stdout, stderr.

One small demo database is shared by the whole module (filling it is the slowest step); tests
that change a database work on a copy of it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from pypdf import PdfReader

from plf_desktop.services import password_service
from plf_desktop.services.registry import build_services
from plf_desktop.storage.database import open_storage

ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
ENV.pop("PLF_DESKTOP_DATABASE", None)  # every test names its database
KINDS = ("meetings", "agreements", "people", "teams")
ISO_DATE_OR_EMPTY = re.compile(r"^(\d{4}-\d{2}-\d{2})?$")


def plf(*args: str | Path, password: str = "") -> subprocess.CompletedProcess[str]:
    """Run ``python -m plf_desktop`` with *args* (and the database's *password* in the
    environment) and capture what it says."""
    env = {**ENV, "PLF_DESKTOP_PASSWORD": password} if password else ENV
    return subprocess.run([sys.executable, "-m", "plf_desktop", *map(str, args)],
                          capture_output=True, text=True, env=env, timeout=120, check=False)


def assert_one_line_error(result: subprocess.CompletedProcess[str]) -> None:
    """The contract for every failure: non-zero, one clear line on stderr, no traceback."""
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("plf-desktop: "), result.stderr


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def meeting_count(path: Path) -> int:
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT COUNT(*) FROM meetings").fetchone()[0]


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, int]]:
    """A small demo database made through the CLI, and the counts ``demo`` printed."""
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    result = plf("demo", "--database", path)
    assert result.returncode == 0, result.stderr
    counts = {noun: int(n) for n, noun in re.findall(r"(\d+) (\w+)", result.stdout)}
    assert set(counts) == {"personer", "teams", "møder", "aftaler", "observationer", "noter",
                           "samtaler", "forløb", "samarbejder"}
    return path, counts


@pytest.fixture
def demo_db(demo: tuple[Path, dict[str, int]]) -> Path:
    return demo[0]


@pytest.fixture
def demo_copy(demo_db: Path, tmp_path: Path) -> Path:
    """A private copy of the demo database for tests that open it for writing."""
    return Path(shutil.copy(demo_db, tmp_path / "copy.sqlite3"))


@pytest.fixture(scope="module")
def meeting_ids(demo: tuple[Path, dict[str, int]]) -> list[str]:
    result = plf("list", "meetings", "--database", demo[0])
    assert result.returncode == 0, result.stderr
    return [line.split("\t")[0] for line in result.stdout.splitlines()]


# -- demo and list -----------------------------------------------------------------------------

@pytest.mark.parametrize("kind", KINDS)
def test_list_prints_id_date_title_per_line(demo, kind):
    path, counts = demo
    result = plf("list", kind, "--database", path)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    expected = {"meetings": "møder", "agreements": "aftaler", "people": "personer",
                "teams": "teams"}[kind]
    assert len(lines) == counts[expected] > 0
    fields = [line.split("\t") for line in lines]
    assert all(len(f) == 3 and f[0] and f[2] for f in fields)
    assert all(ISO_DATE_OR_EMPTY.match(f[1]) for f in fields)
    assert len({f[0] for f in fields}) == len(fields)


@pytest.mark.parametrize("kind", KINDS)
def test_list_json_is_an_array_of_id_date_title(demo_db, kind):
    text = plf("list", kind, "--database", demo_db)
    result = plf("list", kind, "--database", demo_db, "--json")
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)
    assert isinstance(rows, list) and len(rows) == len(text.stdout.splitlines())
    assert all({"id", "date", "title"} <= row.keys() for row in rows)
    assert [row["id"] for row in rows] == [line.split("\t")[0]
                                           for line in text.stdout.splitlines()]


def test_list_meetings_runs_oldest_first_with_danish_titles(demo_db):
    result = plf("list", "meetings", "--database", demo_db)
    dates = [dt.date.fromisoformat(line.split("\t")[1]) for line in result.stdout.splitlines()]
    assert dates == sorted(dates)
    assert "årgang" in result.stdout


def test_demo_refuses_a_database_with_data_and_leaves_it_unchanged(demo_copy):
    before = sha256(demo_copy)
    result = plf("demo", "--database", demo_copy)
    assert_one_line_error(result)
    assert "already holds data" in result.stderr or "indeholder allerede" in result.stderr
    assert sha256(demo_copy) == before


# -- export ------------------------------------------------------------------------------------

def test_every_demo_meeting_exports_to_a_pdf(meeting_ids, demo_db, tmp_path):
    def export(index_and_id: tuple[int, str]) -> tuple[str, subprocess.CompletedProcess[str]]:
        index, meeting_id = index_and_id
        target = tmp_path / f"meeting-{index:02d}.pdf"
        return str(target), plf("export", "meeting", meeting_id, "--output", target,
                                "--database", demo_db)

    with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        results = list(pool.map(export, enumerate(meeting_ids)))
    assert len(results) == len(meeting_ids) > 0
    for target, result in results:
        assert result.returncode == 0, result.stderr
        assert result.stdout.strip() == target
        reader = PdfReader(target)
        assert len(reader.pages) >= 1
        assert "Skovbakkeskolen" in reader.pages[0].extract_text()


def test_export_of_an_unknown_meeting_fails_in_one_line(demo_db, tmp_path):
    target = tmp_path / "none.pdf"
    result = plf("export", "meeting", "no-such-meeting", "--output", target,
                 "--database", demo_db)
    assert_one_line_error(result)
    assert not target.exists()


# -- check -------------------------------------------------------------------------------------

def test_check_says_ok(demo_db):
    result = plf("check", "--database", demo_db)
    assert (result.returncode, result.stdout.strip()) == (0, "ok")


def _corrupt(path: Path) -> None:
    with path.open("r+b") as handle:  # garbage over b-tree pages, the header left intact
        handle.seek(2 * 4096)
        handle.write(b"\xde\xad\xbe\xef" * 8192)


def _not_sqlite(path: Path) -> None:
    path.write_bytes("Referat fra teammødet i 5.A\n".encode() * 200)


def _newer_schema(path: Path) -> None:
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA user_version = 999")
    conn.close()


@pytest.mark.parametrize("damage", [_corrupt, _not_sqlite, _newer_schema],
                         ids=["corrupt", "not-sqlite", "newer-schema"])
def test_check_refuses_a_bad_file_without_touching_it(demo_copy, damage):
    damage(demo_copy)
    before = sha256(demo_copy)
    result = plf("check", "--database", demo_copy)
    assert_one_line_error(result)
    assert sha256(demo_copy) == before


def test_check_of_a_missing_file_fails_in_one_line(tmp_path):
    assert_one_line_error(plf("check", "--database", tmp_path / "nowhere.sqlite3"))
    assert not (tmp_path / "nowhere.sqlite3").exists()


# -- backup ------------------------------------------------------------------------------------

def _assert_good_backup(target: Path, meetings: int) -> None:
    with sqlite3.connect(target) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT COUNT(*) FROM meetings").fetchone()[0] == meetings
    conn.close()


def test_backup_is_a_whole_consistent_copy(demo_db, tmp_path):
    target = tmp_path / "backup" / "plf-backup.sqlite3"
    result = plf("backup", "--output", target, "--database", demo_db)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == str(target)
    _assert_good_backup(target, meeting_count(demo_db))


@pytest.fixture
def open_for_writing(demo_copy: Path) -> Iterator[Path]:
    """The demo copy held open by a writer (as the running app holds it), with one change
    committed to the WAL that the main file does not have yet."""
    storage = open_storage(demo_copy)
    services = build_services(storage)
    services.meetings.create(date=dt.date(2026, 11, 26), title="Ekstra teammøde")
    try:
        yield demo_copy
    finally:
        storage.close()


def test_backup_while_the_app_holds_the_database_open(open_for_writing, tmp_path):
    target = tmp_path / "while-open.sqlite3"
    result = plf("backup", "--output", target, "--database", open_for_writing)
    assert result.returncode == 0, result.stderr
    _assert_good_backup(target, meeting_count(open_for_writing))
    with sqlite3.connect(target) as conn:
        assert conn.execute("SELECT COUNT(*) FROM meetings WHERE title = 'Ekstra teammøde'"
                            ).fetchone()[0] == 1
    conn.close()


def test_backup_refuses_to_overwrite_the_database(demo_copy):
    before = sha256(demo_copy)
    assert_one_line_error(plf("backup", "--output", demo_copy, "--database", demo_copy))
    assert sha256(demo_copy) == before


def test_restore_puts_a_backup_back_and_sets_the_current_file_aside(demo_copy, tmp_path):
    backup = tmp_path / "usb" / "plf.sqlite3"
    assert plf("backup", "--output", backup, "--database", demo_copy).returncode == 0
    storage = open_storage(demo_copy)
    build_services(storage).meetings.create(date=dt.date(2026, 12, 1), title="Efter kopien")
    storage.close()
    after = sha256(demo_copy)
    result = plf("restore", "--from", backup, "--database", demo_copy)
    assert result.returncode == 0, result.stderr
    database, aside = result.stdout.strip().splitlines()
    assert Path(database) == demo_copy
    assert Path(aside).parent == demo_copy.parent / "backups"
    assert sha256(Path(aside)) == after  # the replaced file, byte for byte
    assert meeting_count(demo_copy) == meeting_count(backup)
    assert plf("check", "--database", demo_copy).stdout.strip() == "ok"


@pytest.mark.parametrize("source", ["missing.sqlite3", "foreign.txt"])
def test_restore_refuses_a_bad_backup_in_one_line(demo_copy, tmp_path, source):
    (tmp_path / "foreign.txt").write_text("Dette er ikke en database\n" * 300)
    before = sha256(demo_copy)
    result = plf("restore", "--from", tmp_path / source, "--database", demo_copy)
    assert_one_line_error(result)
    assert sha256(demo_copy) == before
    assert not (demo_copy.parent / "backups").exists()


def test_restore_refuses_while_the_app_holds_the_database(open_for_writing, tmp_path):
    backup = tmp_path / "b.sqlite3"
    assert plf("backup", "--output", backup, "--database", open_for_writing).returncode == 0
    result = plf("restore", "--from", backup, "--database", open_for_writing)
    assert_one_line_error(result)
    assert "allerede åben" in result.stderr


@pytest.mark.skipif(not password_service.available(), reason="no sqlcipher3 wheel here")
def test_a_protected_database_needs_its_password_from_the_environment(demo_copy, tmp_path):
    password_service.change_password(demo_copy, None, "Kaffe og kage 2026")
    for args in (["check"], ["list", "meetings"]):
        result = plf(*args, "--database", demo_copy)
        assert_one_line_error(result)
        assert "PLF_DESKTOP_PASSWORD" in result.stderr
        assert_one_line_error(plf(*args, "--database", demo_copy, password="forkert kodeord"))
    assert plf("check", "--database", demo_copy, password="Kaffe og kage 2026").stdout == "ok\n"
    listed = plf("list", "meetings", "--database", demo_copy, password="Kaffe og kage 2026")
    assert listed.returncode == 0 and len(listed.stdout.splitlines()) > 5
    copy = tmp_path / "kopi.sqlite3"
    assert plf("backup", "--output", copy, "--database", demo_copy,
               password="Kaffe og kage 2026").returncode == 0
    assert not copy.read_bytes().startswith(b"SQLite format 3")


# -- mistakes ----------------------------------------------------------------------------------

@pytest.mark.parametrize("args", [
    ["list"],
    ["list", "widgets"],
    ["export", "meeting"],
    ["export", "meeting", "abc"],
    ["export", "observation", "abc", "--output", "x.pdf"],
    ["backup"],
    ["restore"],
    ["demo"],
    ["demo", "--size", "huge", "--database", "x.sqlite3"],
    ["--language", "fr", "check"],
    ["--no-such-option"],
    ["frobnicate"],
], ids=lambda args: " ".join(args))
def test_bad_arguments_fail_in_one_line(args, tmp_path):
    result = subprocess.run([sys.executable, "-m", "plf_desktop", *args], capture_output=True,
                            text=True, env=ENV, timeout=120, check=False, cwd=tmp_path)
    assert_one_line_error(result)
    assert list(tmp_path.iterdir()) == []


def test_list_of_a_missing_database_fails_in_one_line(tmp_path):
    assert_one_line_error(plf("list", "people", "--database", tmp_path / "nowhere.sqlite3"))


@pytest.mark.parametrize("argv", [
    [], ["--database", "plf.sqlite3"], ["--exit-after-startup", "--database", "list"],
    ["--language", "en"], ["--language", "fr"], ["--foo"], ["lsit"], ["--database"],
    ["list", "meetings", "--json"], ["list"], ["check", "--database", "x"], ["x"], ["--help"],
    ["--he"], ["--h"], ["--data", "plf.sqlite3"], ["--lang", "xx"], ["--"],
])
def test_the_window_reads_its_options_as_the_whole_command_line_does(argv, capsys) -> None:
    """Start-up skips building every command's parser; nothing else may change."""
    from plf_desktop.cli import UsageError, build_parser, parse_args

    def outcome(parse):  # type: ignore[no-untyped-def]
        try:
            return parse(argv)
        except UsageError as error:
            return f"UsageError: {error}"
        except SystemExit as stop:  # --help
            return f"exit {stop.code}: {capsys.readouterr().out}"

    assert outcome(parse_args) == outcome(build_parser().parse_args)


def test_every_command_is_known_to_the_short_way() -> None:
    from plf_desktop.cli import COMMANDS, build_parser

    parser = build_parser()
    commands = next(a for a in parser._actions if a.dest == "command")
    assert set(commands.choices) == set(COMMANDS)
