"""The single school row that heads every printed page."""

from __future__ import annotations

from plf_desktop.domain.records import School
from plf_desktop.storage.connection import Database
from plf_desktop.storage.rows import fetch_one, stamped, update_columns

_ID = "school"


class SchoolRepository:
    """Reads and writes the school's name, municipality and logo."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def get(self) -> School | None:
        """The school, or None before the welcome screen has been filled in."""
        row = fetch_one(self.db, "SELECT name, municipality, logo_png FROM school WHERE id = ?",
                        [_ID])
        return School(row["name"], row["municipality"], row["logo_png"]) if row else None

    def save(self, school: School) -> None:
        """Create or replace the school row."""
        columns = {"name": school.name, "municipality": school.municipality,
                   "logo_png": school.logo_png}
        if self.get() is None:
            self.db.insert("school", stamped({"id": _ID, **columns}, new=True))
        else:
            update_columns(self.db, "school", _ID, columns)
