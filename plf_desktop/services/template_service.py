"""The templates the app ships (meeting agendas, observation schemes, conversation models) and
the user's own copies, imports and exports of them.

Every kind of changeable template follows the same rules, held once here in :class:`_Kind`:
shipped files stay as shipped; a copy or an imported file is stored as the same TOML text in
``user_templates``; each save is validated exactly like a template file; a malformed file is
refused with a message and changes nothing.
"""

from __future__ import annotations

import contextlib
import functools
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any, NamedTuple

from plf_desktop.domain.agenda_templates import AgendaTemplate, parse_agenda_template
from plf_desktop.domain.conversation_templates import (
    ConversationTemplate,
    dump_conversation_template,
    parse_conversation_template,
)
from plf_desktop.domain.errors import QT_TRANSLATE_NOOP, NotFoundError, ValidationError
from plf_desktop.domain.observation_schemes import (
    ObservationScheme,
    dump_observation_scheme,
    parse_observation_scheme,
)
from plf_desktop.domain.template_files import load_toml
from plf_desktop.storage.connection import Database
from plf_desktop.storage.database import storage_errors
from plf_desktop.storage.template_repo import UserTemplateRepository
from plf_desktop.storage.trash_repo import TrashRepository

Template = Any  # ObservationScheme | ConversationTemplate: frozen, with key, name, built_in


class _Kind(NamedTuple):
    """How one kind of changeable template is stored, read and ordered."""

    kind: str
    folder: str
    parse: Callable[[bytes | str], Template]
    dump: Callable[[Template], str]
    order: Callable[[Template], Any]
    missing: str


SCHEMES = _Kind("observation_scheme", "observations", parse_observation_scheme,
                dump_observation_scheme,
                lambda s: (s.interval_minutes, s.look_fors, s.name),
                QT_TRANSLATE_NOOP("Errors", "There is no observation scheme “{key}”."))
CONVERSATIONS = _Kind("conversation_template", "conversations", parse_conversation_template,
                      dump_conversation_template,
                      lambda t: (t.key != "kl-fire-faser", t.name),
                      QT_TRANSLATE_NOOP("Errors", "There is no conversation template “{key}”."))

_SHIPPED_STAYS = QT_TRANSLATE_NOOP("Errors",
                                   "A shipped template cannot be changed; make a copy of it.")


class TemplateService:
    """Lists and finds templates; every shipped file is validated on load.

    With a database, schemes and conversation templates also include the user's copies, which
    can be changed.
    """

    def __init__(self, folder: Path, db: Database | None = None) -> None:
        self.folder = folder
        self.db = db
        self._shipped: dict[str, dict[str, Template]] = {}

    # -- generic: every changeable kind ------------------------------------------------------
    def _shipped_of(self, kind: _Kind) -> dict[str, Template]:
        if kind.kind not in self._shipped:
            templates = {}
            for path in sorted((self.folder / kind.folder).glob("*.toml")):
                template = kind.parse(path.read_bytes())
                templates[template.key] = template
            self._shipped[kind.kind] = templates
        return self._shipped[kind.kind]

    def templates(self, kind: _Kind) -> list[Template]:
        """The shipped templates of *kind* in their order, then the user's, oldest first."""
        shipped = sorted(self._shipped_of(kind).values(), key=kind.order)
        if self.db is None:
            return shipped
        return shipped + [replace(kind.parse(body), built_in=False)
                          for body in UserTemplateRepository(self.db).bodies(kind.kind)]

    def template(self, kind: _Kind, key: str) -> Template:
        """One template of *kind* by key, shipped or the user's, or NotFoundError."""
        for template in self.templates(kind):
            if template.key == key:
                return template
        raise NotFoundError(kind.missing, key=key)

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[UserTemplateRepository]:
        if self.db is None:
            raise RuntimeError("user templates need a database")
        with storage_errors(), self.db.atomic():
            yield UserTemplateRepository(self.db)

    def _free_key(self, kind: _Kind, repo: UserTemplateRepository, wanted: str,
                  suffix: str) -> str:
        taken = repo.keys() | set(self._shipped_of(kind))
        if wanted not in taken:
            return wanted
        base = f"{wanted.removesuffix(suffix)}{suffix}"
        return next(k for k in [base, *(f"{base}-{n}" for n in range(2, 100_000))]
                    if k not in taken)

    def _add(self, kind: _Kind, template: Template, suffix: str) -> Template:
        with self._transaction() as repo:
            key = self._free_key(kind, repo, template.key, suffix)
            added = replace(template, key=key, built_in=False)
            repo.insert(key, kind.kind, added.name, kind.dump(added))
        return added

    def duplicate(self, kind: _Kind, key: str, name: str) -> Template:
        """A user copy of template *key* called *name*, to change without touching the original."""
        original = self.template(kind, key)
        copy = replace(original, key=original.key.removesuffix("-kopi"),
                       name=name.strip()[:200] or original.name)
        return self._add(kind, copy, "-kopi")

    def save(self, kind: _Kind, template: Template) -> Template:
        """Change a user copy; the text is validated exactly as a template file is.

        A conversation template gets a new version once its current version has been used, so
        the conversations held with it keep the version they were held with.
        """
        if template.key in self._shipped_of(kind):
            raise ValidationError(_SHIPPED_STAYS, field="template")
        if not template.name.strip():
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "{what} cannot be empty."),
                                  field="name", what=QT_TRANSLATE_NOOP("Errors", "The name"))
        if kind is CONVERSATIONS and self._version_used(template):
            template = replace(template, version=template.version + 1)
        checked = replace(kind.parse(kind.dump(template)), built_in=False)
        with self._transaction() as repo:
            repo.update(checked.key, checked.name, kind.dump(checked))
        return checked

    def _version_used(self, template: ConversationTemplate) -> bool:
        assert self.db is not None
        return self.db.execute(
            "SELECT 1 FROM conversations WHERE template_key = ? AND template_version = ?"
            " LIMIT 1", [template.key, template.version]).fetchone() is not None

    def delete(self, kind: _Kind, key: str) -> None:
        """Move a user copy to the trash (shipped templates cannot be deleted)."""
        if key in self._shipped_of(kind):
            raise ValidationError(_SHIPPED_STAYS, field="template")
        with self._transaction():
            TrashRepository(self.db).trash("user_templates", key)  # type: ignore[arg-type]

    def restore(self, key: str) -> None:
        """Undo :meth:`delete`."""
        with self._transaction():
            TrashRepository(self.db).restore("user_templates", key)  # type: ignore[arg-type]

    def import_file(self, kind: _Kind, data: bytes) -> Template:
        """Add a template file a colleague shared; a malformed file raises ValidationError
        and changes nothing. A key already in use gets a new one."""
        return self._add(kind, kind.parse(data), "-importeret")

    def import_any(self, data: bytes) -> Template:
        """Import a shared file of either changeable kind, told apart by its phases."""
        kind = CONVERSATIONS if "phases" in load_toml(data) else SCHEMES
        return self.import_file(kind, data)

    def kind_of(self, template: Template) -> _Kind:
        """The kind a template object belongs to."""
        return CONVERSATIONS if isinstance(template, ConversationTemplate) else SCHEMES

    def export_file(self, kind: _Kind, key: str) -> str:
        """The template as a file a colleague can import."""
        return kind.dump(self.template(kind, key))

    # -- observation schemes -----------------------------------------------------------------
    def observation_schemes(self) -> list[ObservationScheme]:
        """The shipped schemes (the event-based one first), then the user's copies."""
        return self.templates(SCHEMES)

    def observation_scheme(self, key: str) -> ObservationScheme:
        """One observation scheme by key, shipped or the user's."""
        return self.template(SCHEMES, key)

    def duplicate_scheme(self, key: str, name: str) -> ObservationScheme:
        """A user copy of scheme *key* called *name*."""
        return self.duplicate(SCHEMES, key, name)

    def save_scheme(self, scheme: ObservationScheme) -> ObservationScheme:
        """Change a user copy of a scheme."""
        return self.save(SCHEMES, scheme)

    def delete_scheme(self, key: str) -> None:
        """Move a user copy of a scheme to the trash."""
        self.delete(SCHEMES, key)

    def restore_scheme(self, key: str) -> None:
        """Undo :meth:`delete_scheme`."""
        self.restore(key)

    # -- conversation templates --------------------------------------------------------------
    def conversation_templates(self) -> list[ConversationTemplate]:
        """The shipped models (KL's four phases first), then the user's own."""
        return self.templates(CONVERSATIONS)

    def conversation_template(self, key: str) -> ConversationTemplate:
        """One conversation template by key, shipped or the user's."""
        return self.template(CONVERSATIONS, key)

    # -- meeting agendas (shipped only) ------------------------------------------------------
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
