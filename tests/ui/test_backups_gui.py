"""Sikkerhedskopier and the damaged-file path, as a user meets them in the window."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

from PySide6.QtCore import Qt

from plf_desktop.domain.backups import BackupKind
from plf_desktop.domain.errors import DamagedFileError
from plf_desktop.services.registry import build_services
from plf_desktop.storage import backups
from plf_desktop.storage.database import open_storage
from plf_desktop.ui import prompts, recovery
from plf_desktop.ui.main_window import MainWindow


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_take_a_backup_by_hand_and_choose_one_to_restore(window, qtbot, services,
                                                          answer_dialog, monkeypatch):
    services.school.save("Bakkeskolen")
    asked = []
    monkeypatch.setattr(prompts, "confirm", lambda _p, _t, text: asked.append(text) or True)

    def use(dialog):  # type: ignore[no-untyped-def]
        assert dialog.table.row_count() == 0 and not dialog.restore_button.isEnabled()
        assert "7 dage, 4 uger og 12 måneder" in dialog.note.text()
        qtbot.mouseClick(dialog.take_button, Qt.MouseButton.LeftButton)
        assert dialog.table.row_count() == 1
        model = dialog.table.view.model()
        assert model.index(0, 1).data() == "Taget i hånden"
        dialog.table.view.selectRow(0)
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)

    answer_dialog(use)
    window.open_backups()
    assert "lægger den nuværende fil til side" in asked[0]
    assert window.restore_request is not None
    assert window.restore_request.parent == services.backups.folder
    assert not window.isVisible()  # the window closed, for the restore to happen


def test_a_foreign_file_is_refused_before_asking(window, qtbot, tmp_path, answer_dialog,
                                                  monkeypatch):
    foreign = tmp_path / "noter.sqlite3"
    foreign.write_text("ikke en database" * 500)
    monkeypatch.setattr(prompts, "open_file", lambda *a: foreign)

    def use(dialog):  # type: ignore[no-untyped-def]
        qtbot.mouseClick(dialog.restore_file_button, Qt.MouseButton.LeftButton)
        assert "ikke en PLF Desktop-database" in dialog.problem.text()

    answer_dialog(use)
    window.open_backups()
    assert window.restore_request is None and window.isVisible()


def fill(path: Path, school: str) -> None:
    store = open_storage(path)
    build_services(store).school.save(school)
    store.close()


def school_of(path: Path) -> str:
    store = open_storage(path)
    try:
        return build_services(store).school.get().name
    finally:
        store.close()


def test_restoring_reopens_the_window_on_the_backup_and_can_be_undone(db_path, run_gui_here):
    fill(db_path, "Før")
    backup = backups.take_backup(db_path, BackupKind.MANUAL, dt.datetime(2026, 11, 20, 9))
    fill(db_path, "Efter")
    seen = {}

    def choose_backup(window: MainWindow) -> None:
        assert "Efter" in window.windowTitle()
        window.restore_request = backup.path
        window.close()

    def look(window: MainWindow) -> None:
        seen["title"] = window.windowTitle()
        seen["status"] = window.statusBar().currentMessage()
        window.close()

    assert run_gui_here(db_path, [choose_backup, look]) == 0
    assert "Før" in seen["title"]
    assert "Gendannede" in seen["status"] and "set-aside" in seen["status"]
    aside = [b for b in backups.list_backups(db_path) if b.kind is BackupKind.SET_ASIDE]
    assert len(aside) == 1 and school_of(aside[0].path) == "Efter"


def damage(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[4096:8192] = b"\x00\xff" * 2048
    path.write_bytes(bytes(data))


def test_a_damaged_file_offers_the_newest_good_backup(db_path, run_gui_here, monkeypatch):
    fill(db_path, "Reddet Skole")
    backups.take_backup(db_path, BackupKind.AUTO, dt.datetime(2026, 11, 22, 8, 0))
    damage(db_path)
    damaged_digest = digest(db_path)
    asked = []
    monkeypatch.setattr(prompts, "choose", lambda _p, title, text, yes, no: asked.append(
        (title, text, yes, no)) or True)
    seen = {}

    def look(window: MainWindow) -> None:
        seen["title"] = window.windowTitle()
        seen["status"] = window.statusBar().currentMessage()
        window.close()

    assert run_gui_here(db_path, [look]) == 0
    title, text, yes, no = asked[0]
    assert title == "Databasen er beskadiget"
    assert "22.11.2026 08:00" in text and "ikke skrevet til filen" in text
    assert (yes, no) == ("Gendan sikkerhedskopien", "Afslut")
    assert "Reddet Skole" in seen["title"] and "22.11.2026 08:00" in seen["status"]
    kept = [b for b in backups.list_backups(db_path) if b.kind is BackupKind.DAMAGED]
    assert len(kept) == 1 and digest(kept[0].path) == damaged_digest


def test_quitting_leaves_the_damaged_file_exactly_as_it_was(db_path, run_gui_here,
                                                            monkeypatch):
    fill(db_path, "Skolen")
    backups.take_backup(db_path, BackupKind.AUTO)
    damage(db_path)
    before = digest(db_path)
    monkeypatch.setattr(prompts, "choose", lambda *a: False)
    assert run_gui_here(db_path, []) == 1
    assert digest(db_path) == before
    assert [b.kind for b in backups.list_backups(db_path)] == [BackupKind.AUTO]


def test_without_a_good_backup_the_user_is_told_and_nothing_changes(db_path, monkeypatch,
                                                                    app):
    fill(db_path, "Skolen")
    damage(db_path)
    before = digest(db_path)
    said = []
    monkeypatch.setattr(prompts, "error", lambda _p, title, text: said.append(text))
    error = DamagedFileError("The database {path} is damaged and cannot be opened ({reason}).",
                             path=str(db_path), reason="test")
    assert recovery.offer_recovery(db_path, error) is None
    assert "ingen god sikkerhedskopi" in said[0]
    assert digest(db_path) == before


def test_a_missing_database_with_backups_offers_them_first(db_path, run_gui_here,
                                                           monkeypatch):
    fill(db_path, "Genfundet Skole")
    backups.take_backup(db_path, BackupKind.AUTO, dt.datetime(2026, 11, 21, 7, 30))
    db_path.unlink()
    asked = []
    monkeypatch.setattr(prompts, "choose", lambda _p, title, text, yes, no: asked.append(
        (title, yes, no)) or True)
    seen = {}

    def look(window: MainWindow) -> None:
        seen["title"] = window.windowTitle()
        window.close()

    assert run_gui_here(db_path, [look]) == 0
    assert asked == [("Databasen mangler", "Gendan sikkerhedskopien", "Start en tom database")]
    assert "Genfundet Skole" in seen["title"]


def test_damage_found_by_the_backup_check_closes_and_offers_recovery(db_path, run_gui_here,
                                                                     monkeypatch):
    fill(db_path, "Bakkeskolen")
    good = backups.take_backup(db_path, BackupKind.AUTO, dt.datetime(2026, 11, 22, 8, 0))
    asked = []
    monkeypatch.setattr(prompts, "choose", lambda *a: asked.append(a[1]) or False)

    def damage_then_back_up(window: MainWindow) -> None:
        from plf_desktop.domain.errors import DamagedFileError

        error = DamagedFileError("The database {path} is damaged and cannot be opened "
                                 "({reason}).", path=str(db_path), reason="test")
        monkeypatch.setattr(window.services.backups, "last_error", lambda: error)
        window._run_backup()  # as the half-hourly timer does

    assert run_gui_here(db_path, [damage_then_back_up]) == 1
    assert asked == ["Databasen er beskadiget"]
    assert backups.list_backups(db_path)[-1].path == good.path


def test_save_a_copy_proposes_a_copy_beside_the_database(window, qtbot, services, tmp_path,
                                                         answer_dialog, monkeypatch):
    services.school.save("Bakkeskolen")
    asked = []
    target = tmp_path / "usb" / "plf-kopi.sqlite3"
    monkeypatch.setattr(prompts, "save_file", lambda _p, _t, suggested, filters: asked.append(
        (suggested, filters)) or target)

    def use(dialog):  # type: ignore[no-untyped-def]
        qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)

    answer_dialog(use)
    window.open_backups()
    suggested, filters = asked[0]
    assert suggested == services.storage.path.with_name("plf-kopi.sqlite3")
    assert filters.startswith("PLF Desktop-databaser (*.sqlite3 *.db)")
    assert school_of(target) == "Bakkeskolen"
