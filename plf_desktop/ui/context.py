"""What every page is handed: the services, the autosaver and a way to talk to the window."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from plf_desktop.domain.errors import PlfError
from plf_desktop.domain.labels import SourceKind
from plf_desktop.i18n import message
from plf_desktop.services.registry import Services
from plf_desktop.ui.autosave import Autosaver
from plf_desktop.ui.prefs import Prefs


@dataclass
class UiContext:
    """Shared by the pages of one main window; wired by the window itself."""

    services: Services
    autosaver: Autosaver
    prefs: Prefs
    show_message: Callable[[str], None] = print
    show_error: Callable[[str], None] = print
    offer_undo: Callable[[str, Callable[[], None]], None] = lambda _text, _undo: None
    open_source: Callable[[SourceKind, str], None] = lambda _kind, _id: None
    """Open the meeting or conversation an agreement came from, wherever the user is."""
    open_record: Callable[[str, str], None] = lambda _area, _id: None
    """Open a record by area ("meeting", "observation", "conversation", "cycle",
    "collaboration", "agreement", "person", "team") and id, from the start screen or a
    search hit."""

    def attempt(self, action: Callable[[], Any]) -> bool:
        """Save what was typed, then run *action*; a refusal is shown, not raised."""
        self.autosaver.flush()
        try:
            action()
        except PlfError as error:
            self.show_error(message(error))
            return False
        return True
