"""The agenda templates the app ships, read from ``resources/templates/meetings``."""

from __future__ import annotations

import functools
from pathlib import Path

from plf_desktop.domain.agenda_templates import AgendaTemplate, parse_agenda_template
from plf_desktop.domain.errors import QT_TRANSLATE_NOOP, NotFoundError


class TemplateService:
    """Lists and finds agenda templates; every shipped file is validated on load."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    @functools.cached_property
    def _agendas(self) -> dict[str, AgendaTemplate]:
        templates = {}
        for path in sorted((self.folder / "meetings").glob("*.toml")):
            template = parse_agenda_template(path.read_bytes())
            templates[template.key] = template
        return templates

    def agenda_templates(self) -> list[AgendaTemplate]:
        """Every shipped agenda template, the data-informed one first."""
        return sorted(self._agendas.values(), key=lambda t: (not t.key.startswith("data"), t.name))

    def agenda_template(self, key: str) -> AgendaTemplate:
        """One template by key."""
        try:
            return self._agendas[key]
        except KeyError:
            raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "There is no agenda template “{key}”."),
                                key=key) from None
