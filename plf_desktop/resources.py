"""Where the app's shipped files live: in the source tree, or beside a frozen build.

Qt-free so every layer's composition (CLI, services, reports) can find templates and fonts.
"""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    """The ``resources/`` folder: ``sys._MEIPASS/resources`` when frozen, else the repo's."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def templates_dir() -> Path:
    """Shipped templates (agendas now; conversations and observation schemes later)."""
    return resources_dir() / "templates"


def fonts_dir() -> Path:
    """The bundled DejaVu fonts used by the window and by every PDF."""
    return resources_dir() / "fonts"


def translations_dir() -> Path:
    """The ``.ts`` sources and the ``.qm`` files built from them."""
    return resources_dir() / "translations"
