"""Reading template files (TOML) strictly: every kind of template shares these rules.

Templates are shipped with the app and later shared between colleagues, so a malformed,
hostile or huge file is refused with a message and never half-loaded.
"""

from __future__ import annotations

from typing import Any

from plf_desktop.domain.errors import QT_TRANSLATE_NOOP, ValidationError

MAX_TEMPLATE_BYTES = 256 * 1024


def invalid(reason: str, /, **params: Any) -> ValidationError:
    """A template refused for *reason*."""
    return ValidationError(reason, field="template", **params)


def load_toml(data: bytes | str) -> dict[str, Any]:
    """The TOML table in *data*, or ValidationError when it is too large or malformed."""
    import tomllib  # here, not on import: no template is read to start (start-up time)

    raw = data.encode("utf-8") if isinstance(data, str) else data
    if len(raw) > MAX_TEMPLATE_BYTES:
        raise invalid(QT_TRANSLATE_NOOP("Errors", "The template file is too large."))
    try:
        return tomllib.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise invalid(QT_TRANSLATE_NOOP("Errors", "The template file cannot be read: {reason}"),
                      reason=str(exc)) from None


def text(table: dict[str, Any], key: str, *, required: bool, limit: int) -> str:
    """A text field of a template table, stripped and length-checked."""
    value = table.get(key, "")
    if not isinstance(value, str):
        raise invalid(QT_TRANSLATE_NOOP("Errors", "The template's “{key}” must be text."),
                      key=key)
    value = value.strip()
    if required and not value:
        raise invalid(QT_TRANSLATE_NOOP("Errors", "The template has no “{key}”."), key=key)
    if len(value) > limit:
        raise invalid(QT_TRANSLATE_NOOP("Errors", "The template's “{key}” is too long."), key=key)
    return value


def text_list(table: dict[str, Any], key: str, *, limit: int, items: int) -> tuple[str, ...]:
    """A list of short texts (focus points, participation kinds …)."""
    values = table.get(key, [])
    if not isinstance(values, list) or len(values) > items or not all(
            isinstance(v, str) for v in values):
        raise invalid(QT_TRANSLATE_NOOP("Errors", "The template's “{key}” must be a list of "
                                        "at most {items} texts."), key=key, items=items)
    if any(len(v.strip()) > limit for v in values):
        raise invalid(QT_TRANSLATE_NOOP("Errors", "The template's “{key}” is too long."), key=key)
    return tuple(v.strip() for v in values if v.strip())


def whole_number(table: dict[str, Any], key: str, default: int, low: int, high: int) -> int:
    """A whole number field between *low* and *high*."""
    value = table.get(key, default)
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise invalid(QT_TRANSLATE_NOOP("Errors", "The template's “{key}” must be a whole "
                                        "number from {low} to {high}."), key=key, low=low,
                      high=high)
    return value


def toml_string(value: str) -> str:
    """A TOML basic string: quotes, backslashes and control characters escaped."""
    escaped = []
    for char in value:
        if char in '"\\':
            escaped.append("\\" + char)
        elif char == "\n":
            escaped.append("\\n")
        elif ord(char) < 0x20 or ord(char) == 0x7F:
            escaped.append(f"\\u{ord(char):04x}")
        else:
            escaped.append(char)
    return '"' + "".join(escaped) + '"'


def toml_strings(values: tuple[str, ...]) -> str:
    """A TOML array of basic strings."""
    return "[" + ", ".join(toml_string(v) for v in values) + "]"
