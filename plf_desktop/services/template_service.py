"""The templates the app ships: meeting agendas and observation schemes (TOML files)."""

from __future__ import annotations

import contextlib
import functools
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

from plf_desktop.domain.agenda_templates import AgendaTemplate, parse_agenda_template
from plf_desktop.domain.errors import QT_TRANSLATE_NOOP, NotFoundError, ValidationError
from plf_desktop.domain.observation_schemes import (
    ObservationScheme,
    dump_observation_scheme,
    parse_observation_scheme,
)
from plf_desktop.storage.connection import Database
from plf_desktop.storage.database import storage_errors
from plf_desktop.storage.template_repo import UserTemplateRepository
from plf_desktop.storage.trash_repo import TrashRepository

SCHEME_KIND = "observation_scheme"


class TemplateService:
    """Lists and finds templates; every shipped file is validated on load.

    With a database, observation schemes also include the user's copies, which can be
    changed; the shipped ones stay as shipped.
    """

    def __init__(self, folder: Path, db: Database | None = None) -> None:
        self.folder = folder
        self.db = db

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

    def _user_schemes(self) -> list[ObservationScheme]:
        if self.db is None:
            return []
        return [replace(parse_observation_scheme(body), built_in=False)
                for body in UserTemplateRepository(self.db).bodies(SCHEME_KIND)]

    def observation_schemes(self) -> list[ObservationScheme]:
        """The shipped schemes (the event-based one first), then the user's copies."""
        shipped = sorted(self._schemes.values(), key=lambda s: (s.interval_minutes, s.look_fors,
                                                                s.name))
        return shipped + self._user_schemes()

    def observation_scheme(self, key: str) -> ObservationScheme:
        """One observation scheme by key, shipped or the user's."""
        for scheme in self.observation_schemes():
            if scheme.key == key:
                return scheme
        raise NotFoundError(QT_TRANSLATE_NOOP(
            "Errors", "There is no observation scheme “{key}”."), key=key)

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[UserTemplateRepository]:
        if self.db is None:
            raise RuntimeError("user templates need a database")
        with storage_errors(), self.db.atomic():
            yield UserTemplateRepository(self.db)

    def duplicate_scheme(self, key: str, name: str) -> ObservationScheme:
        """A user copy of scheme *key* called *name*, to change without touching the original."""
        original = self.observation_scheme(key)
        with self._transaction() as repo:
            taken = repo.keys() | {s.key for s in self._schemes.values()}
            base = f"{original.key.removesuffix('-kopi')}-kopi"
            new_key = next(k for k in [base, *(f"{base}-{n}" for n in range(2, 10_000))]
                           if k not in taken)
            copy = replace(original, key=new_key, name=name.strip()[:200] or original.name,
                           built_in=False)
            repo.insert(new_key, SCHEME_KIND, copy.name, dump_observation_scheme(copy))
        return copy

    def save_scheme(self, scheme: ObservationScheme) -> ObservationScheme:
        """Change a user copy; the text is validated exactly as a scheme file is."""
        if scheme.key in self._schemes:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "A shipped template cannot be changed; make a copy of it."),
                field="template")
        checked = replace(parse_observation_scheme(dump_observation_scheme(scheme)),
                          built_in=False)
        if not checked.name:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "{what} cannot be empty."),
                                  field="name", what=QT_TRANSLATE_NOOP("Errors", "The name"))
        with self._transaction() as repo:
            repo.update(checked.key, checked.name, dump_observation_scheme(checked))
        return checked

    def delete_scheme(self, key: str) -> None:
        """Move a user copy to the trash (shipped schemes cannot be deleted)."""
        if key in self._schemes:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "A shipped template cannot be changed; make a copy of it."),
                field="template")
        with self._transaction():
            TrashRepository(self.db).trash("user_templates", key)  # type: ignore[arg-type]

    def restore_scheme(self, key: str) -> None:
        """Undo :meth:`delete_scheme`."""
        with self._transaction():
            TrashRepository(self.db).restore("user_templates", key)  # type: ignore[arg-type]

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
