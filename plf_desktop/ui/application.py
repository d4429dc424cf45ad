"""Starting the window: Qt application, style and fonts, the main window, the first start."""

from __future__ import annotations

import gc
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QWidget

from plf_desktop.domain.errors import DamagedFileError, StorageError
from plf_desktop.paths import APP_NAME
from plf_desktop.resources import fonts_dir

VERDICT_POLL_MS = 50
"""How often the window asks whether the file's integrity check has finished."""
STYLE = "Fusion"
"""The widget style on every platform: the look the screenshots and the style sheet assume."""
_FROZEN_BY_PYTHON = gc.get_freeze_count()
"""Objects the interpreter keeps frozen from its own start (375 on Python 3.12)."""
PAINT_POLL_SECONDS = 0.005
"""How long ``--exit-after-startup`` sleeps between looks at whether the window is exposed."""
FIRST_PAINT_TIMEOUT_MS = 5000
"""How long ``--exit-after-startup`` waits for the window system to let the window paint."""

if TYPE_CHECKING:
    from plf_desktop.services.registry import Services
    from plf_desktop.ui.main_window import MainWindow
    from plf_desktop.ui.prefs import Prefs


def create_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication with our names (for QSettings), style and bundled fonts."""
    app = QApplication.instance()
    if app is None:
        # Fusion on every platform. Qt's own -style option chooses it in C++; setStyle() from
        # Python would first build PySide6's QStyle class with its hundreds of enum members,
        # about 6 ms of every start.
        app = QApplication([*(argv or [sys.argv[0]]), "-style", STYLE])
    else:  # made elsewhere (pytest-qt)
        app.setStyle(STYLE)
    assert isinstance(app, QApplication)
    app.setOrganizationName("PLF Desktop")
    app.setApplicationName(APP_NAME)
    # No applicationDisplayName: Qt would append it to our own "PLF Desktop – school" title.
    app.setDesktopFileName("plf-desktop")
    families = []
    for path in sorted(fonts_dir().glob("DejaVuSans*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        families += QFontDatabase.applicationFontFamilies(font_id)
    if sys.platform.startswith("linux") and families:
        # Linux desktops differ in fonts; the bundled family makes æøå (and Ł, Ö) certain.
        app.setFont(QFont(families[0], 10))
    from plf_desktop.ui.style import STYLE_SHEET

    app.setStyleSheet(STYLE_SHEET)
    return app


def wait_for_first_paint(window: QWidget) -> bool:
    """Process events until *window* has painted its first frame (``--exit-after-startup``).

    Qt paints a shown window's widgets as it handles the window system's expose event, so
    once the window is exposed and the events are processed, every visible widget has
    painted once, as in a user's first frame. A real X server may send that event a little
    later: this sleeps between looks (no busy loop on a core the page check needs), for at
    most FIRST_PAINT_TIMEOUT_MS. A window the system never exposes is rendered off screen
    instead, so everything a first frame reads is still exercised. True when it was exposed.
    """
    app = QApplication.instance()
    assert app is not None
    deadline = time.monotonic() + FIRST_PAINT_TIMEOUT_MS / 1000
    app.processEvents()
    while not _exposed(window) and time.monotonic() < deadline:
        time.sleep(PAINT_POLL_SECONDS)
        app.processEvents()
    if _exposed(window):  # handling the expose event painted the widgets
        return True
    window.grab()
    return False


def _exposed(window: QWidget) -> bool:
    handle = window.windowHandle()
    return handle is not None and handle.isExposed()


def settle_startup_heap() -> None:
    """Start-up is over: freeze what it made, and let the garbage collector run again.

    The composition root turns the cyclic collector off while it imports, opens and builds:
    nearly everything made then (modules, classes, the window) lives as long as the app, so
    collecting it found nothing to free (≈ 7 ms on the large demo). Frozen (``gc.freeze``),
    those objects stay out of every later collection – shorter pauses while the user types –
    and out of the last one at exit (≈ 28 ms). Anything freed by reference counting still goes
    at once; only a cycle among start-up objects would stay until the app ends. The heap is
    frozen once: after a restore the next window's start would also freeze what the last one
    left behind.
    """
    if gc.get_freeze_count() <= _FROZEN_BY_PYTHON:  # once: a later window's leftovers may
        gc.freeze()  # be garbage
    gc.enable()


def show_startup_error(text: str, *, quiet: bool) -> None:
    """A database that cannot be opened: one line on stderr and, unless *quiet*, a dialog."""
    from plf_desktop.cli import one_line

    print(f"plf-desktop: {one_line(text)}", file=sys.stderr)
    if not quiet:
        from plf_desktop.ui import prompts

        prompts.error(None, QCoreApplication.translate("Startup", "PLF Desktop cannot start"),
                      text)


@dataclass
class WindowOutcome:
    """How the window ended, for the composition root to act on."""

    code: int = 0
    damaged: StorageError | None = None
    """The file turned out to be damaged while the window was open: offer a backup."""
    restore_from: Path | None = None
    """The user chose a backup to restore: restore it and open a new window."""
    password: tuple[str | None] | None = None
    """The user set, changed or removed the password: rewrite the file, open a new window."""


def run_main_window(services: Services, prefs: Prefs, *, exit_after_startup: bool,
                    notice: str = "") -> WindowOutcome:
    """Show the main window and run until it closes (or paint it once and return).

    The file's pages may still be being checked (``Storage.integrity``). A damaged page met
    while the window reads its lists, or a failed check, closes the window without it having
    written to the file, and the outcome carries the problem. *notice* is shown in the status
    bar (what a recovery or restore just did).
    """
    from plf_desktop.i18n import message
    from plf_desktop.ui.main_window import MainWindow

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    storage = services.storage
    unreadable: list[BaseException] = []
    previous_hook = sys.excepthook

    def hook(kind: type[BaseException], value: BaseException, tb: object) -> None:
        if storage.is_read_failure(value):  # raised in a slot while reading a list
            unreadable.append(value)
            return
        previous_hook(kind, value, tb)  # type: ignore[arg-type]

    def problem() -> StorageError | None:
        found = storage.problem()
        if found is None and unreadable:
            found = storage.read_failure(unreadable[0])
        return found

    def failed(error: StorageError) -> WindowOutcome:
        settle_startup_heap()
        if not isinstance(error, DamagedFileError):
            show_startup_error(message(error), quiet=exit_after_startup)
        elif exit_after_startup:
            show_startup_error(message(error), quiet=True)
        return WindowOutcome(1, damaged=error if isinstance(error, DamagedFileError) else None)

    sys.excepthook = hook
    try:
        window = MainWindow(services, prefs)
    except Exception as error:
        if not storage.is_read_failure(error):
            raise
        unreadable.append(error)
        return failed(problem() or storage.read_failure(error))
    if prefs.geometry:
        window.restoreGeometry(prefs.geometry)
    else:
        window.resize(1280, 760)
    window.show()
    if exit_after_startup:
        wait_for_first_paint(window)
        settle_startup_heap()
        found = problem()
        if found is not None:
            window.discard_and_close()
            return failed(found)
        window.close()
        return WindowOutcome(0)
    outcome = WindowOutcome()

    def verdict() -> None:
        if storage.integrity is not None and not storage.integrity.done():
            QTimer.singleShot(VERDICT_POLL_MS, verdict)
            return
        found = problem()
        if found is not None:
            window.discard_and_close()
            result = failed(found)
            outcome.code, outcome.damaged = result.code, result.damaged
            return
        window.start_backups()
        if notice:
            window.show_message(notice)
        days = prefs.trash_days
        if days and window.ctx.attempt(lambda: services.trash.empty_older_than(days)):
            window.refresh_all()
        if services.school.get() is None:
            _welcome(window)

    QTimer.singleShot(0, settle_startup_heap)  # the first pass of the loop: start-up is over
    QTimer.singleShot(0, verdict)
    try:
        code = app.exec()
    finally:
        sys.excepthook = previous_hook
    if window.found_damage is not None:
        outcome.code, outcome.damaged = 1, window.found_damage
    elif outcome.code == 0:
        outcome.code = code
        outcome.restore_from = window.restore_request
        outcome.password = window.password_request
    window.deleteLater()  # gone before the next window: no timer of it outlives it
    return outcome


def _welcome(window: MainWindow) -> None:
    from plf_desktop.ui import prompts
    from plf_desktop.ui.welcome_dialog import WelcomeDialog

    prompts.run(WelcomeDialog(window.ctx, window))
    window.refresh_all()
