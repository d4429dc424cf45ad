"""Spotting personal identifiers typed into free text: Danish CPR numbers.

Students are only ever pseudonymous labels in PLF Desktop (domain.md §6); a CPR number in a
note is almost certainly a slip. A CPR number is ``ddmmyy-xxxx`` (or the ten digits without
the dash) whose first six digits are a real date; the seventh digit with the year gives the
century (CPR-kontoret's table), which is checked too, so an order or phone number with ten
digits is rarely mistaken for one.
"""

from __future__ import annotations

import datetime as dt
import re

from plf_desktop.domain.record_type import frozen_record

_CANDIDATE = re.compile(r"(?<![\d-])(\d{2})(\d{2})(\d{2})-?(\d)(\d{3})(?![\d-])")
MASK = "XXXXXX-XXXX"


@frozen_record
class Match:
    """Where a CPR-like number stands in a text."""

    start: int
    end: int
    text: str


def _century(year: int, seventh: int) -> int | None:
    """The century of a CPR number's birth year from its seventh digit (None: impossible)."""
    if seventh <= 3:
        return 1900
    if seventh in (4, 9):
        return 2000 if year <= 36 else 1900
    return 2000 if year <= 57 else 1800


def find_cpr(text: str) -> list[Match]:
    """Every CPR-like number in *text*, in order."""
    found = []
    for match in _CANDIDATE.finditer(text):
        day, month, year, seventh = (int(match.group(i)) for i in range(1, 5))
        century = _century(year, seventh)
        try:
            dt.date(century + year, month, day)  # type: ignore[operator]
        except (TypeError, ValueError):
            continue
        found.append(Match(match.start(), match.end(), match.group(0)))
    return found


def mask_cpr(text: str) -> str:
    """*text* with every CPR-like number replaced by :data:`MASK`."""
    for match in reversed(find_cpr(text)):
        text = text[:match.start] + MASK + text[match.end:]
    return text
