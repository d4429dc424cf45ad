"""Danish date and time formats (``dd.mm.åååå``, ``tt:mm``) and their strict parsing.

Dates are stored as ISO text; users type and read the Danish form. Parsing is strict so a
date in the wrong format is refused with a clear message instead of being guessed.
"""

from __future__ import annotations

import datetime as dt
import re

from plf_desktop.domain.errors import QT_TRANSLATE_NOOP, ValidationError

_DANISH_DATE = re.compile(r"^\s*(\d{1,2})\.(\d{1,2})\.(\d{4})\s*$")
_ISO_DATE = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})\s*$")
_TIME = re.compile(r"^\s*(\d{1,2})[:.](\d{2})\s*$")


def parse_date(text: str) -> dt.date:
    """Parse ``dd.mm.åååå`` (or ISO ``åååå-mm-dd``) into a date, or raise ValidationError."""
    match = _DANISH_DATE.match(text) or None
    if match:
        day, month, year = (int(g) for g in match.groups())
    else:
        iso = _ISO_DATE.match(text)
        if not iso:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors", "“{text}” is not a date. Write it as dd.mm.yyyy, e.g. 24.11.2026."
                ),
                field="date",
                text=text.strip(),
            )
        year, month, day = (int(g) for g in iso.groups())
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "“{text}” is not a date in the calendar."),
            field="date",
            text=text.strip(),
        ) from None


def parse_optional_date(text: str) -> dt.date | None:
    """Like :func:`parse_date`, but an empty field means no date."""
    return None if not text.strip() else parse_date(text)


def parse_time(text: str) -> dt.time:
    """Parse ``tt:mm`` (also ``tt.mm``) into a time, or raise ValidationError."""
    match = _TIME.match(text)
    if match:
        hour, minute = int(match.group(1)), int(match.group(2))
        if hour < 24 and minute < 60:
            return dt.time(hour, minute)
    raise ValidationError(
        QT_TRANSLATE_NOOP("Errors", "“{text}” is not a time. Write it as hh:mm, e.g. 14:30."),
        field="time",
        text=text.strip(),
    )


def format_date(value: dt.date | None) -> str:
    """``dd.mm.åååå``, or an empty string for no date."""
    return value.strftime("%d.%m.%Y") if value else ""


def format_time(value: dt.time | None) -> str:
    """``tt:mm``, or an empty string for no time."""
    return value.strftime("%H:%M") if value else ""


def iso_or_none(value: dt.date | dt.time | None) -> str | None:
    """The ISO text stored in the database for a date or time."""
    return value.isoformat(timespec="minutes") if isinstance(value, dt.time) else (
        value.isoformat() if value else None
    )


def date_from_iso(text: str | None) -> dt.date | None:
    """Read a stored ISO date back; ``None`` stays ``None``."""
    return dt.date.fromisoformat(text) if text else None


def time_from_iso(text: str | None) -> dt.time | None:
    """Read a stored ``HH:MM`` time back; ``None`` stays ``None``."""
    return dt.time.fromisoformat(text) if text else None


def utc_now_iso() -> str:
    """Current UTC time as ISO 8601 text, the format of every ``created_at``/``updated_at``."""
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
