"""Window state and choices kept between runs (QSettings); records live in the database."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

from plf_desktop.domain.retention import DEFAULT_MONTHS, MAX_MONTHS
from plf_desktop.i18n import DEFAULT_LANGUAGE, LANGUAGES

DEFAULT_TRASH_DAYS = 30


class Prefs:
    """Typed accessors, one per key, so no string keys are scattered through the UI."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self._s = settings or QSettings()

    @property
    def language(self) -> str:
        """The window's language, ``da`` unless English was chosen."""
        value = str(self._s.value("ui/language", DEFAULT_LANGUAGE))
        return value if value in LANGUAGES else DEFAULT_LANGUAGE

    @language.setter
    def language(self, value: str) -> None:
        self._s.setValue("ui/language", value)

    @property
    def geometry(self) -> QByteArray | None:
        """The main window's last size and place."""
        value = self._s.value("ui/geometry")
        return value if isinstance(value, QByteArray) else None

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self._s.setValue("ui/geometry", value)

    @property
    def last_folder(self) -> str:
        """Where the last PDF was saved."""
        return str(self._s.value("ui/last_folder", ""))

    @last_folder.setter
    def last_folder(self, value: str) -> None:
        self._s.setValue("ui/last_folder", value)

    @property
    def trash_days(self) -> int:
        """After how many days the trash empties itself (0: never)."""
        try:
            return max(0, int(self._s.value("data/trash_days", DEFAULT_TRASH_DAYS)))
        except (TypeError, ValueError):
            return DEFAULT_TRASH_DAYS

    @trash_days.setter
    def trash_days(self, value: int) -> None:
        self._s.setValue("data/trash_days", int(value))

    @property
    def retention_months(self) -> int:
        """How many months after the end of its school year a record is due for deletion
        (the default and its reasons: domain/retention.py)."""
        try:
            value = int(self._s.value("data/retention_months", DEFAULT_MONTHS))
        except (TypeError, ValueError):
            return DEFAULT_MONTHS
        return min(max(value, 0), MAX_MONTHS)

    @retention_months.setter
    def retention_months(self, value: int) -> None:
        self._s.setValue("data/retention_months", int(value))
