"""The storage questions the demo generator asks that no repository answers.

Kept out of the repositories because only ``plf-desktop demo`` needs them, and all SQL lives in
the storage layer.
"""

from __future__ import annotations

from plf_desktop.storage.connection import Database

_CONTENT_TABLES = ("school", "people", "teams", "meetings")


def holds_data(db: Database) -> bool:
    """True when any school, person, team or meeting exists – in the trash too.

    The trash counts: a deleted meeting is still someone's work and can be restored, so a
    file holding one is not "new and empty".
    """
    return any(db.execute(f"SELECT EXISTS (SELECT 1 FROM [{table}])").fetchone()[0]
               for table in _CONTENT_TABLES)
