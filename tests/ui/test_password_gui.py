"""The password: asked for at start, set and removed from Filer ▸ Adgangskode."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from plf_desktop.services.password_service import available, change_password
from plf_desktop.services.registry import build_services
from plf_desktop.storage.database import inspect_file, open_storage
from plf_desktop.ui import prompts
from plf_desktop.ui.main_window import MainWindow

pytestmark = pytest.mark.skipif(not available(), reason="sqlcipher3 has no wheel here")
SECRET = "Kaffe og kage 2026"


def make(path: Path, school: str) -> None:
    store = open_storage(path)
    build_services(store).school.save(school)
    store.close()


def test_the_password_is_asked_for_until_it_is_right(db_path, run_gui_here, monkeypatch):
    make(db_path, "Bakkeskolen")
    change_password(db_path, None, SECRET)
    answers = ["forkert kodeord", SECRET]
    asked = []
    collecting = []
    monkeypatch.setattr(prompts, "password", lambda _p, title, text: asked.append(
        (title, text)) or collecting.append(gc.isenabled()) or answers.pop(0))
    seen = {}

    def look(window: MainWindow) -> None:
        seen["title"] = window.windowTitle()
        window.close()

    assert run_gui_here(db_path, [look]) == 0
    assert collecting == [True, True]  # start-up's pause of the collector ends before a question
    assert "Bakkeskolen" in seen["title"]
    assert asked[0][0] == "Åbn PLF Desktop"
    assert asked[0][1].startswith("Databasen er beskyttet med en adgangskode")
    assert asked[1][1].startswith("Adgangskoden var forkert")


def test_cancelling_the_password_leaves_the_file_alone(db_path, run_gui_here, monkeypatch):
    make(db_path, "Bakkeskolen")
    change_password(db_path, None, SECRET)
    before = db_path.read_bytes()
    monkeypatch.setattr(prompts, "password", lambda *a: None)
    assert run_gui_here(db_path, []) == 1
    assert db_path.read_bytes() == before


def test_protect_with_a_password_then_remove_it(db_path, run_gui_here, answer_dialog,
                                                qtbot, monkeypatch):
    make(db_path, "Bakkeskolen")
    problems = []

    def protect(dialog) -> None:  # type: ignore[no-untyped-def]
        assert not dialog.current.isVisible()  # no password yet: nothing to type there
        dialog.first.setText(SECRET)
        dialog.second.setText(SECRET + "x")
        dialog.accept()
        problems.append(dialog.problem.text())
        dialog.second.setText(SECRET)

    def set_password(window: MainWindow) -> None:
        answer_dialog(protect)
        window.open_password()

    seen = {}

    def after_setting(window: MainWindow) -> None:
        seen["status"] = window.statusBar().currentMessage()
        seen["encrypted"] = inspect_file(db_path, key=SECRET).encrypted

        def remove(dialog) -> None:  # type: ignore[no-untyped-def]
            dialog.remove.setChecked(True)
            assert not dialog.first.isEnabled()
            dialog.current.setText("forkert")
            dialog.accept()
            problems.append(dialog.problem.text())
            dialog.current.setText(SECRET)

        answer_dialog(remove)
        window.open_password()

    def after_removing(window: MainWindow) -> None:
        seen["after"] = window.statusBar().currentMessage()
        window.close()

    assert run_gui_here(db_path, [set_password, after_setting, after_removing]) == 0
    assert problems == ["De to nye adgangskoder er ikke ens.",
                        "Den nuværende adgangskode er forkert."]
    assert seen["encrypted"] and "nu beskyttet med adgangskoden" in seen["status"]
    assert "ikke længere krypteret" in seen["after"]
    assert db_path.read_bytes().startswith(b"SQLite format 3")


def test_a_protected_file_damaged_at_its_start_is_not_called_a_wrong_password(
        db_path, run_gui_here, monkeypatch):
    from plf_desktop.domain.backups import BackupKind
    from plf_desktop.storage import backups

    make(db_path, "Bakkeskolen")
    backups.take_backup(db_path, BackupKind.AUTO)
    change_password(db_path, None, SECRET)
    data = bytearray(db_path.read_bytes())
    data[200:216] = bytes(16)  # page 1 no longer decrypts
    db_path.write_bytes(bytes(data))
    monkeypatch.setattr(prompts, "password", lambda *a: SECRET)
    asked = []
    monkeypatch.setattr(prompts, "choose", lambda _p, title, *a: asked.append(title) or True)
    seen = {}

    def look(window: MainWindow) -> None:
        seen["title"] = window.windowTitle()
        window.close()

    assert run_gui_here(db_path, [look]) == 0
    assert asked == ["Databasen er beskadiget"]
    assert "Bakkeskolen" in seen["title"]
    assert inspect_file(db_path, key=SECRET).encrypted  # restored, still protected
