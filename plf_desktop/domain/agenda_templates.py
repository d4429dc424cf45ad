"""Meeting agenda templates: their shape, and strict parsing of the TOML files that hold them.

Templates are content, shipped under ``resources/templates/`` and later shared between
colleagues, so a malformed or hostile file must be refused with a message, never half-loaded.
"""

from __future__ import annotations

from plf_desktop.domain.errors import QT_TRANSLATE_NOOP
from plf_desktop.domain.labels import ItemKind
from plf_desktop.domain.record_type import frozen_record
from plf_desktop.domain.template_files import invalid, load_toml, text

MAX_ITEMS = 60
MAX_MINUTES = 480


@frozen_record
class TemplateItem:
    """One agenda point as the template proposes it."""

    title: str
    kind: ItemKind
    minutes: int
    description: str = ""


@frozen_record
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


def parse_agenda_template(data: bytes | str) -> AgendaTemplate:
    """Parse and validate an agenda template file, or raise ValidationError saying why."""
    table = load_toml(data)
    key = text(table, "key", required=True, limit=80)
    name = text(table, "name", required=True, limit=200)
    description = text(table, "description", required=False, limit=4000)
    version = table.get("version", 1)
    if not isinstance(version, int) or version < 1:
        raise invalid(QT_TRANSLATE_NOOP("Errors", "The template's version must be a number."))
    entries = table.get("items")
    if not isinstance(entries, list) or not entries:
        raise invalid(QT_TRANSLATE_NOOP("Errors", "The template has no agenda items."))
    if len(entries) > MAX_ITEMS:
        raise invalid(QT_TRANSLATE_NOOP("Errors", "The template has too many agenda items."))
    items = []
    for entry in entries:
        if not isinstance(entry, dict):
            raise invalid(
                QT_TRANSLATE_NOOP("Errors", "An agenda item in the template is malformed."))
        try:
            kind = ItemKind(entry.get("kind", ItemKind.DISCUSSION.value))
        except ValueError:
            raise invalid(
                QT_TRANSLATE_NOOP("Errors", "Unknown agenda item type “{kind}”."),
                kind=str(entry.get("kind")),
            ) from None
        minutes = entry.get("minutes", 5)
        if isinstance(minutes, bool) or not isinstance(minutes, int) or not (
                0 < minutes <= MAX_MINUTES):
            raise invalid(
                QT_TRANSLATE_NOOP("Errors", "An agenda item's minutes must be 1 to {limit}."),
                limit=MAX_MINUTES,
            )
        items.append(
            TemplateItem(
                title=text(entry, "title", required=True, limit=300),
                kind=kind,
                minutes=minutes,
                description=text(entry, "description", required=False, limit=4000),
            )
        )
    return AgendaTemplate(key, name, description, tuple(items), version)
