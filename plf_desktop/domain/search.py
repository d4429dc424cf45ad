"""What *Søg* finds: a hit names the record it opens, where it was found and a snippet."""

from __future__ import annotations

import datetime as dt

from plf_desktop.domain.record_type import frozen_record

MARK_START, MARK_END = "\x02", "\x03"
"""Around the matched words in a snippet; the window turns them into emphasis."""

AREAS = ("cycle", "collaboration", "conversation", "observation", "meeting", "agreement")
"""The areas results are grouped by, in the order they are shown."""


@frozen_record
class SearchHit:
    """One match: what kind of text matched, the area and record it opens, the record's
    name and date, and the matched words in context."""

    kind: str
    area: str
    open_id: str
    title: str
    date: dt.date | None
    snippet: str
