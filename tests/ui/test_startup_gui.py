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
