"""Rules every record must satisfy before it is written, shared by the GUI, CLI and demo data."""

from __future__ import annotations

from plf_desktop.domain.errors import QT_TRANSLATE_NOOP, ValidationError

MAX_TITLE = 300
MAX_TEXT = 200_000


def require_text(value: str, field: str, what: str) -> str:
    """Strip *value* and refuse it when empty. *what* is the English name of the field."""
    value = value.strip()
    if not value:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{what} cannot be empty."), field=field, what=what
        )
    if len(value) > MAX_TITLE:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{what} is too long (at most {limit} characters)."),
            field=field,
            what=what,
            limit=MAX_TITLE,
        )
    return value


def limit_text(value: str, field: str) -> str:
    """Free text may be long (a 20,000-character referat is fine) but not unbounded."""
    if len(value) > MAX_TEXT:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The text is too long (at most {limit} characters)."),
            field=field,
            limit=MAX_TEXT,
        )
    return value


def derive_initials(name: str) -> str:
    """Initials from a name ("Łukasz Ødegård Holm" → "ŁØH"), used when none are typed."""
    return "".join(part[0] for part in name.split() if part[:1].isalpha()).upper()[:5]
