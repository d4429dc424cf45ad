"""Meeting agenda templates: their shape, and strict parsing of the TOML files that hold them.

Templates are content, shipped under ``resources/templates/`` and later shared between
colleagues, so a malformed or hostile file must be refused with a message, never half-loaded.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from typing import Any

from plf_desktop.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from plf_desktop.domain.labels import ItemKind

MAX_TEMPLATE_BYTES = 256 * 1024
MAX_ITEMS = 60
MAX_MINUTES = 480


@dataclass(frozen=True)
class TemplateItem:
    """One agenda point as the template proposes it."""

    title: str
    kind: ItemKind
    minutes: int
    description: str = ""


@dataclass(frozen=True)
class AgendaTemplate:
    """A named agenda: the points a new meeting starts with."""

    key: str
    name: str
    description: str
    items: tuple[TemplateItem, ...]
    version: int = 1

    @property
    def total_minutes(self) -> int:
        """The length of the meeting the template plans for."""
        return sum(item.minutes for item in self.items)


def _invalid(reason: str, **params: Any) -> ValidationError:
    return ValidationError(reason, field="template", **params)


def _text(table: dict[str, Any], key: str, *, required: bool, limit: int) -> str:
    value = table.get(key, "")
    if not isinstance(value, str):
        raise _invalid(
            QT_TRANSLATE_NOOP("Errors", "The template's “{key}” must be text."), key=key
        )
    value = value.strip()
    if required and not value:
        raise _invalid(QT_TRANSLATE_NOOP("Errors", "The template has no “{key}”."), key=key)
    if len(value) > limit:
        raise _invalid(QT_TRANSLATE_NOOP("Errors", "The template's “{key}” is too long."), key=key)
    return value


def parse_agenda_template(data: bytes | str) -> AgendaTemplate:
    """Parse and validate an agenda template file, or raise ValidationError saying why."""
    raw = data.encode("utf-8") if isinstance(data, str) else data
    if len(raw) > MAX_TEMPLATE_BYTES:
        raise _invalid(QT_TRANSLATE_NOOP("Errors", "The template file is too large."))
    try:
        table = tomllib.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise _invalid(
            QT_TRANSLATE_NOOP("Errors", "The template file cannot be read: {reason}"),
            reason=str(exc),
        ) from None
    key = _text(table, "key", required=True, limit=80)
    name = _text(table, "name", required=True, limit=200)
    description = _text(table, "description", required=False, limit=4000)
    version = table.get("version", 1)
    if not isinstance(version, int) or version < 1:
        raise _invalid(QT_TRANSLATE_NOOP("Errors", "The template's version must be a number."))
    entries = table.get("items")
    if not isinstance(entries, list) or not entries:
        raise _invalid(QT_TRANSLATE_NOOP("Errors", "The template has no agenda items."))
    if len(entries) > MAX_ITEMS:
        raise _invalid(QT_TRANSLATE_NOOP("Errors", "The template has too many agenda items."))
    items = []
    for entry in entries:
        if not isinstance(entry, dict):
            raise _invalid(
                QT_TRANSLATE_NOOP("Errors", "An agenda item in the template is malformed."))
        try:
            kind = ItemKind(entry.get("kind", ItemKind.DISCUSSION.value))
        except ValueError:
            raise _invalid(
                QT_TRANSLATE_NOOP("Errors", "Unknown agenda item type “{kind}”."),
                kind=str(entry.get("kind")),
            ) from None
        minutes = entry.get("minutes", 5)
        if isinstance(minutes, bool) or not isinstance(minutes, int) or not (
                0 < minutes <= MAX_MINUTES):
            raise _invalid(
                QT_TRANSLATE_NOOP("Errors", "An agenda item's minutes must be 1 to {limit}."),
                limit=MAX_MINUTES,
            )
        items.append(
            TemplateItem(
                title=_text(entry, "title", required=True, limit=300),
                kind=kind,
                minutes=minutes,
                description=_text(entry, "description", required=False, limit=4000),
            )
        )
    return AgendaTemplate(key, name, description, tuple(items), version)
