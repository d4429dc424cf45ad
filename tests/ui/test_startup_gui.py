"""Starting the window: what start-up changes for speed must not outlast it."""

from __future__ import annotations

import gc

from plf_desktop.services.registry import build_services
from plf_desktop.storage.database import open_storage
from plf_desktop.ui.main_window import MainWindow


def test_the_garbage_collector_runs_again_once_the_window_is_up(db_path, run_gui_here):
    store = open_storage(db_path)
    build_services(store).school.save("Bakkeskolen")
    store.close()
    seen = {}

    def look(window: MainWindow) -> None:
        seen["collecting"] = gc.isenabled()
        seen["frozen"] = gc.get_freeze_count()
        window.close()

    assert run_gui_here(db_path, [look]) == 0
    assert seen["collecting"] is True
    assert seen["frozen"] > 10_000  # modules, classes and the window: out of its way
    assert gc.isenabled()


def test_waiting_for_a_first_paint_that_never_comes_sleeps_then_renders(app, monkeypatch):
    """--exit-after-startup on a window the system never exposes: no busy loop on a core
    the page check needs, and the window is still rendered once."""
    import time

    from PySide6.QtWidgets import QMainWindow

    from plf_desktop.ui import application

    monkeypatch.setattr(application, "FIRST_PAINT_TIMEOUT_MS", 400)
    window = QMainWindow()  # never shown: never exposed
    wall, cpu = time.monotonic(), time.process_time()
    assert application.wait_for_first_paint(window) is False
    wall, cpu = time.monotonic() - wall, time.process_time() - cpu
    assert 0.35 < wall < 3
    assert cpu < wall / 2


def test_once_the_window_is_up_its_widgets_have_painted(app):
    """--exit-after-startup measures a first frame: every visible widget painted once."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QLabel, QMainWindow, QWidget

    from plf_desktop.ui.application import wait_for_first_paint

    class Paints(QObject):
        seen = 0

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                self.seen += 1
            return False

    window = QMainWindow()
    centre = QWidget(window)
    centre.setAutoFillBackground(True)  # paints itself: the window's own paint is not needed
    label = QLabel("Overblik", centre)
    paints = Paints()
    label.installEventFilter(paints)
    window.setCentralWidget(centre)
    window.resize(400, 300)
    window.show()
    try:
        assert wait_for_first_paint(window) is True
        assert paints.seen >= 1
    finally:
        window.close()


def test_the_heap_is_frozen_once_not_again_for_a_later_window(app):
    """After a restore the next window settles again; what the last one left must stay
    collectable."""
    from plf_desktop.ui.application import settle_startup_heap

    try:
        settle_startup_heap()
        frozen = gc.get_freeze_count()
        leftovers = [[] for _ in range(1000)]
        settle_startup_heap()
        assert gc.get_freeze_count() == frozen
        assert gc.isenabled()
        del leftovers
    finally:
        gc.unfreeze()


def test_a_file_opened_before_qt_is_closed_when_qt_cannot_start(db_path, monkeypatch):
    """The file opens before Qt loads; if the window cannot follow, the lock must go too."""
    import argparse

    import pytest

    from plf_desktop import app as composition
    from plf_desktop.ui import application

    store = open_storage(db_path)
    store.close()

    def broken(argv=None):  # type: ignore[no-untyped-def]
        raise RuntimeError("no display")

    from plf_desktop.storage.database import Storage

    closed = []
    close = Storage.close
    monkeypatch.setattr(Storage, "close", lambda self: closed.append(self.path) or close(self))
    monkeypatch.setattr(application, "create_application", broken)
    args = argparse.Namespace(database=str(db_path), language="da", exit_after_startup=True)
    with pytest.raises(RuntimeError, match="no display"):
        composition.run_gui(args)
    assert closed == [db_path]  # checkpointed and unlocked, as a window's end does
