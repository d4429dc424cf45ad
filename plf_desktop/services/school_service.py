"""The school's name, municipality and logo, asked for on the welcome screen."""

from __future__ import annotations

from plf_desktop.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from plf_desktop.domain.records import School
from plf_desktop.domain.validation import require_text
from plf_desktop.services.base import Service
from plf_desktop.storage.connection import Database
from plf_desktop.storage.school_repo import SchoolRepository

MAX_LOGO_BYTES = 2 * 1024 * 1024


class SchoolService(Service):
    """Reads and saves the school."""

    def __init__(self, db: Database) -> None:
        super().__init__(db)
        self.repo = SchoolRepository(db)

    def get(self) -> School | None:
        """The school, or None on first start."""
        return self.repo.get()

    def save(self, name: str, municipality: str = "", logo_png: bytes | None = None) -> School:
        """Validate and save the school."""
        what = QT_TRANSLATE_NOOP("Errors", "The school's name")
        school = School(require_text(name, "name", what), municipality.strip(), logo_png)
        if logo_png is not None and len(logo_png) > MAX_LOGO_BYTES:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "The logo is too large (at most 2 MB)."), field="logo")
        with self.transaction():
            self.repo.save(school)
        return school
