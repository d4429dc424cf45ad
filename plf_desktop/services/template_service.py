"""The templates the app ships: meeting agendas and observation schemes (TOML files)."""

from __future__ import annotations

import functools
from pathlib import Path

from plf_desktop.domain.agenda_templates import AgendaTemplate, parse_agenda_template
from plf_desktop.domain.errors import QT_TRANSLATE_NOOP, NotFoundError
from plf_desktop.domain.observation_schemes import ObservationScheme, parse_observation_scheme


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

    @functools.cached_property
    def _schemes(self) -> dict[str, ObservationScheme]:
        schemes = {}
        for path in sorted((self.folder / "observations").glob("*.toml")):
            scheme = parse_observation_scheme(path.read_bytes())
            schemes[scheme.key] = scheme
        return schemes

    def observation_schemes(self) -> list[ObservationScheme]:
        """Every shipped observation scheme, the event-based one first."""
        return sorted(self._schemes.values(), key=lambda s: (s.interval_minutes, s.look_fors,
                                                             s.name))

    def observation_scheme(self, key: str) -> ObservationScheme:
        """One observation scheme by key."""
        try:
            return self._schemes[key]
        except KeyError:
            raise NotFoundError(QT_TRANSLATE_NOOP(
                "Errors", "There is no observation scheme “{key}”."), key=key) from None

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
