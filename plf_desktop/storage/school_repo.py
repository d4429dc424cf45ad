"""The single school row that heads every printed page."""

from __future__ import annotations

from sqlite_utils import Database

from plf_desktop.domain.records import School
from plf_desktop.storage.rows import fetch_one, stamped

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
        exists = self.get() is not None
        row = stamped({"id": _ID, "name": school.name, "municipality": school.municipality,
                       "logo_png": school.logo_png}, new=not exists)
        self.db["school"].upsert(row, pk="id")
