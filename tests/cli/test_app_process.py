"""The app as a process: refusing files, a second instance, and a kill right after typing."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from plf_desktop.services.registry import build_services
from plf_desktop.storage.database import open_storage
from plf_desktop.storage.migrations import SCHEMA_VERSION

ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
ENV.pop("PLF_DESKTOP_DATABASE", None)


def start_app(*args: str | Path) -> subprocess.CompletedProcess[str]:
    """``plf-desktop --exit-after-startup`` with *args*: open, paint, exit."""
    return subprocess.run([sys.executable, "-m", "plf_desktop", "--exit-after-startup",
                           *map(str, args)], capture_output=True, text=True, env=ENV,
                          timeout=60, check=False)


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_app_opens_paints_and_exits(tmp_path: Path) -> None:
    result = start_app("--database", tmp_path / "new.sqlite3")
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "new.sqlite3").exists()


def test_the_page_check_starts_before_qt_and_the_storage_layer_load(tmp_path: Path) -> None:
    """Start-up: an existing file's pages are checked while the rest of the app, Qt and the
    window load, so the check must already run before they begin to (a fifth of a second on
    a large file, on the second core)."""
    database = tmp_path / "plf.sqlite3"
    assert start_app("--database", database).returncode == 0  # a file to open
    probe = textwrap.dedent(f"""
        import sys
        import plf_desktop.storage.page_check as page_check
        from plf_desktop.app import main

        started = []
        original = page_check.IntegrityCheck.__init__

        def init(self, *args, **kwargs):
            started.append([name for name in ("PySide6.QtCore", "plf_desktop.storage.database",
                                              "dataclasses") if name in sys.modules])
            original(self, *args, **kwargs)

        page_check.IntegrityCheck.__init__ = init
        code = main(["--exit-after-startup", "--database", {str(database)!r}])
        print(started)
        sys.exit(code)
        """)
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                            env=ENV, timeout=60, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[[]]"


def _corrupt(path: Path) -> None:
    store = open_storage(path)
    services = build_services(store)
    services.school.save("Skolen")
    for i in range(300):
        services.people.add_person(f"Person {i} " + "x" * 200)
    store.close()
    data = bytearray(path.read_bytes())
    data[8192:12288] = b"\x00\xff" * 2048
    path.write_bytes(bytes(data))


def _corrupt_rows(path: Path) -> None:
    """Damage the last pages (rows, not the schema): only the page check finds it, while
    the window is already being built."""
    store_path = path.with_name("whole.sqlite3")
    store = open_storage(store_path)
    services = build_services(store)
    services.school.save("Skolen")
    for i in range(400):
        services.people.add_person(f"Person {i} " + "x" * 250)
    store.close()
    data = bytearray(store_path.read_bytes())
    data[-3 * 4096 + 100:-3 * 4096 + 2100] = b"\xff" * 2000
    path.write_bytes(bytes(data))
    store_path.unlink()


def _foreign(path: Path) -> None:
    path.write_text("Dette er et referat i en tekstfil, ikke en database.\n" * 50)


def _newer(path: Path) -> None:
    open_storage(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    conn.commit()
    conn.close()


@pytest.mark.parametrize(("make", "words"), [
    (_corrupt, "beskadiget"), (_corrupt_rows, "beskadiget"),
    (_foreign, "ikke en PLF Desktop-database"),
    (_newer, "nyere PLF Desktop")])
def test_app_refuses_bad_files_and_leaves_them_unchanged(tmp_path: Path, make, words) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "plf.sqlite3"
    make(path)
    before = sha256(path)
    result = start_app("--database", path)
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and words in lines[0], result.stderr
    assert sha256(path) == before
    assert not (tmp_path / "plf.sqlite3-wal").exists()


def test_second_instance_says_so_and_the_first_keeps_running(tmp_path: Path) -> None:
    path = tmp_path / "plf.sqlite3"
    first = subprocess.Popen([sys.executable, "-m", "plf_desktop", "--database", str(path)],
                             env=ENV, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        lock = path.with_name(path.name + ".lock")
        deadline = time.monotonic() + 30
        while not (lock.exists() and lock.read_text().strip()) and time.monotonic() < deadline:
            time.sleep(0.1)
        time.sleep(0.5)
        second = start_app("--database", path)
        assert second.returncode != 0
        assert "allerede åben" in second.stderr and "Traceback" not in second.stderr
        assert first.poll() is None, "the first instance must keep running"
    finally:
        first.kill()
        first.wait(10)


def type_then_kill(folder: Path, script: str, database: Path, *texts: str) -> None:
    """Run *script* (it types *texts* into the app and prints "typed"), wait one second,
    then kill it with SIGKILL: no close event, no flush, like a laptop whose power dies."""
    path = folder / "script.py"
    path.write_text(script)
    process = subprocess.Popen([sys.executable, str(path), str(database), *texts], env=ENV,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        assert line.strip() == "typed", process.stderr.read() if process.stderr else ""
        time.sleep(1.0)
        os.kill(process.pid, signal.SIGKILL)
        process.wait(10)
    finally:
        if process.poll() is None:
            process.kill()


TYPIST = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication
    from plf_desktop.services.registry import build_services
    from plf_desktop.storage.database import open_storage
    from plf_desktop.ui.application import create_application
    from plf_desktop.ui.main_window import MainWindow

    app = create_application()
    storage = open_storage(Path(sys.argv[1]))
    services = build_services(storage)
    window = MainWindow(services)
    window.show()
    meeting_id = services.meetings.summaries()[0].id
    window.meetings.open_meeting(meeting_id)
    editor = window.meetings.editor
    editor.tabs.setCurrentWidget(editor.agenda)
    editor.agenda.items.setCurrentRow(2)
    editor.agenda.notes.setFocus()
    QTest.keyClicks(editor.agenda.notes, sys.argv[2])
    print("typed", flush=True)
    while True:  # an ordinary running app: events, no save button pressed
        app.processEvents()
        time.sleep(0.01)
""")


def test_killing_the_app_one_second_after_typing_loses_nothing(tmp_path: Path) -> None:
    path = tmp_path / "plf.sqlite3"
    store = open_storage(path)
    services = build_services(store)
    services.school.save("Skolen ved Åen")
    services.meetings.create(date=dt.date(2026, 11, 24), template_key="data-informeret-60",
                             title="PLF-møde")
    store.close()
    note = "Elevernes svar viste, at ro og orden er bedst i 1. lektion, æøå ÆØÅ"
    type_then_kill(tmp_path, TYPIST, path, note)
    with sqlite3.connect(path) as conn:
        notes = [r[0] for r in conn.execute("SELECT notes FROM agenda_items WHERE notes != ''")]
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert notes == [note]


OBSERVER = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication
    from plf_desktop.services.registry import build_services
    from plf_desktop.storage.database import open_storage
    from plf_desktop.ui.application import create_application
    from plf_desktop.ui.main_window import MainWindow

    app = create_application()
    storage = open_storage(Path(sys.argv[1]))
    services = build_services(storage)
    window = MainWindow(services)
    window.show()
    page = window.observations
    window.show_area(page)
    page.open_observation(services.observations.summaries()[0].id)
    live = page.editor.live
    page.editor.tabs.setCurrentWidget(live)
    live.toggle_clock()
    for text in sys.argv[2:]:
        for char in text:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(live.description, QKeyEvent(
                    kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char))
        live.save_note()  # what Enter does
    print("typed", flush=True)
    while True:
        app.processEvents()
        time.sleep(0.01)
""")


def test_killing_the_app_mid_observation_keeps_every_note_and_the_clock(tmp_path: Path) -> None:
    path = tmp_path / "plf.sqlite3"
    store = open_storage(path)
    services = build_services(store)
    services.school.save("Skolen ved Åen")
    observation = services.observations.create(date=dt.date(2026, 11, 24), class_label="5.A")
    store.close()
    notes = ["Læreren stiller et åbent spørgsmål", "Tre elever rækker hånden",
             "Skift til gruppearbejde"]
    type_then_kill(tmp_path, OBSERVER, path, *notes)
    store = open_storage(path)
    try:
        services = build_services(store)
        assert [n.description for n in services.observations.notes(observation.id)] == notes
        reopened = services.observations.get(observation.id)
        assert reopened.clock.running  # the lesson goes on where it was
        assert services.observations.lesson_seconds(reopened) >= 1.0
    finally:
        store.close()


def test_the_window_uses_fusion_even_where_the_platform_prefers_another_style() -> None:
    """The style is chosen in C++ (start-up time); QT_STYLE_OVERRIDE plays the platform whose
    own style differs (Windows 11, macOS)."""
    probe = ("from plf_desktop.ui.application import create_application\n"
             "app = create_application()\n"
             "app.setStyleSheet('')  # the style sheet wraps the style; look beneath it\n"
             "print(app.style().metaObject().className())\n")
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                            env={**ENV, "QT_STYLE_OVERRIDE": "Windows"}, timeout=60,
                            check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "QFusionStyle"
