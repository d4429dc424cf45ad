"""GUI fixtures: a real main window over the test's database, and answers for dialogs."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog

from plf_desktop.i18n import install_translators
from plf_desktop.ui import agreements_page, meetings_page, prompts
from plf_desktop.ui.application import create_application
from plf_desktop.ui.main_window import MainWindow
from plf_desktop.ui.prefs import Prefs

TODAY = dt.date(2026, 11, 22)


@pytest.fixture(scope="session")
def qapp_args() -> list[str]:
    """pytest-qt creates the QApplication with these arguments."""
    return ["plf-desktop-tests"]


@pytest.fixture
def app(qapp):  # type: ignore[no-untyped-def]
    """The QApplication with our style, fonts and Danish translations."""
    create_application()
    install_translators("da")
    yield qapp
    install_translators("da")


@pytest.fixture
def prefs(tmp_path: Path) -> Prefs:
    """Preferences in the test's folder, never the developer's own."""
    return Prefs(QSettings(str(tmp_path / "prefs.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def window(app, qtbot, services, prefs, monkeypatch) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    """The main window at laptop size, with today fixed to 22.11.2026."""
    monkeypatch.setattr(meetings_page, "today", lambda: TODAY)
    monkeypatch.setattr(agreements_page, "today", lambda: TODAY)
    main = MainWindow(services, prefs)
    qtbot.addWidget(main)
    main.resize(1366, 768)
    main.show()
    qtbot.waitExposed(main)
    yield main
    main.autosaver.flush()
    main.close()  # stops timers before the test's database is closed


@pytest.fixture
def answer_dialog(monkeypatch) -> Callable[[Callable[[QDialog], None]], None]:  # type: ignore[no-untyped-def]
    """Make the next ``prompts.run(dialog)`` call *fill(dialog)* and press OK."""

    def install(fill: Callable[[QDialog], None]) -> None:
        def fake_run(dialog: QDialog) -> bool:
            dialog.show()
            fill(dialog)
            dialog.accept()
            return dialog.result() == QDialog.DialogCode.Accepted

        monkeypatch.setattr(prompts, "run", fake_run)

    return install


@pytest.fixture(autouse=True)
def no_real_modal_dialogs(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A test that meets an unexpected message box fails at once instead of hanging."""

    def unexpected(*args: object, **kwargs: object) -> None:
        raise AssertionError(f"unexpected dialog: {args[1:]!r}")

    for name in ("error", "info", "confirm", "choose", "password", "save_file", "open_file",
                 "choose_printer"):
        monkeypatch.setattr(prompts, name, unexpected)
    monkeypatch.setattr(prompts, "open_in_viewer", lambda path: False)


def type_text(widget, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type *text* into *widget* key by key, any Unicode letter included.

    QTest's keyClicks aborts the process on letters outside Latin-1 (Ł, ő); a key event that
    carries the character itself is exactly what a keyboard layout delivers.
    """
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    widget.setFocus()
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown,
                                                     Qt.KeyboardModifier.NoModifier, char))


@pytest.fixture
def run_gui_here(app, prefs, monkeypatch):  # type: ignore[no-untyped-def]
    """``run_gui`` in this process with the test's settings: *steps* run one per window, in
    the order the windows open (each step closes its window)."""
    import argparse
    import gc

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from plf_desktop import app as composition
    from plf_desktop.ui import prefs as prefs_module

    monkeypatch.setattr(prefs_module, "Prefs", lambda: prefs)

    def run(database: Path, steps: list) -> int:  # type: ignore[type-arg]
        failed: list[BaseException] = []

        def next_window() -> None:
            if not steps:
                return
            windows = [w for w in QApplication.topLevelWidgets()
                       if isinstance(w, MainWindow) and w.isVisible()]
            if not windows:
                QTimer.singleShot(50, next_window)
                return
            step = steps.pop(0)
            try:
                step(windows[0])
            except BaseException as error:  # a failed step must not leave the loop running
                failed.append(error)
                steps.clear()
                for window in windows:
                    window.close()
            if steps:
                QTimer.singleShot(300, next_window)

        QTimer.singleShot(300, next_window)
        args = argparse.Namespace(database=str(database), language="da",
                                  exit_after_startup=False)
        try:
            code = composition.run_gui(args)
        finally:
            gc.unfreeze()  # run_gui froze the test process's objects as it does the app's
        if failed:
            raise failed[0]
        return code

    return run
