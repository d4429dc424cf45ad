"""Backup files by name, and which of them the rotation keeps.

A backup's name says what it is and when it was taken, so the folder can be read without
opening a file: ``plf-auto-20261123-081500.sqlite3`` (``<database stem>-<kind>-<time>``).
The rotation keeps, like restic's ``--keep-daily/weekly/monthly``, the newest backup of each
of the 7 most recent days, 4 most recent weeks and 12 most recent months that have one, and
always the 3 newest; and nothing older than a year: deleting for good (retention, erasure)
must reach the backups too.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Hashable, Iterable
from enum import StrEnum
from pathlib import Path

from plf_desktop.domain.record_type import frozen_record

SUFFIX = ".sqlite3"
STAMP = "%Y%m%d-%H%M%S"
KEEP_DAILY = 7
KEEP_WEEKLY = 4
KEEP_MONTHLY = 12
KEEP_NEWEST = 3
"""The newest automatic backups kept whatever their days: an empty file started by mistake
must not rotate out the good backup taken earlier the same day."""
MAX_AGE = dt.timedelta(days=366)
"""No backup outlives a year, whatever its kind (the newest automatic one excepted)."""


class BackupKind(StrEnum):
    """Why a backup was taken."""

    AUTO = "auto"                     # at start and daily while the app runs
    MANUAL = "manual"                 # "Tag sikkerhedskopi nu"
    BEFORE_SCHEMA = "before-schema"   # before a migration (followed by the new version)
    SET_ASIDE = "set-aside"           # the file that a restore replaced
    DAMAGED = "damaged"               # a damaged file, moved out of the way untouched


_NAME = re.compile(
    r"^(?P<stem>.+?)-(?P<kind>auto|manual|before-schema-(?P<version>\d{1,4})|set-aside|damaged)"
    r"-(?P<stamp>\d{8}-\d{6})(?P<n>-\d{1,3})?\.sqlite3$")


@frozen_record(order=True)
class BackupName:
    """The parts of a backup file's name."""

    taken: dt.datetime
    kind: BackupKind
    stem: str
    schema_version: int = 0
    serial: int = 0
    """Tells apart two backups taken within the same second (``-2``, ``-3``, …)."""

    def file_name(self) -> str:
        """The name this backup is written under."""
        kind = (f"{self.kind}-{self.schema_version}" if self.kind is BackupKind.BEFORE_SCHEMA
                else str(self.kind))
        serial = f"-{self.serial}" if self.serial else ""
        return f"{self.stem}-{kind}-{self.taken.strftime(STAMP)}{serial}{SUFFIX}"


def parse_name(name: str) -> BackupName | None:
    """The parts of *name*, or None for a file that is not one of our backups."""
    match = _NAME.match(name)
    if match is None:
        return None
    try:
        taken = dt.datetime.strptime(match["stamp"], STAMP)
    except ValueError:
        return None
    kind = match["kind"]
    version = int(match["version"] or 0)
    return BackupName(taken, BackupKind.BEFORE_SCHEMA if version else BackupKind(kind),
                      match["stem"], version, int((match["n"] or "-0")[1:]))


def _newest_per(names: list[BackupName], period: Callable[[dt.datetime], Hashable],
                count: int) -> set[BackupName]:
    """The newest of *names* in each of the *count* most recent periods that have one."""
    kept: dict[Hashable, BackupName] = {}
    for name in sorted(names, reverse=True):
        key = period(name.taken)
        if key not in kept:
            if len(kept) == count:
                break
            kept[key] = name
    return set(kept.values())


def to_keep(names: Iterable[BackupName], now: dt.datetime) -> set[BackupName]:
    """Which backups the rotation keeps at *now*; the others may be deleted.

    Automatic backups rotate (daily, weekly, monthly); the others are kept for a year. The
    newest automatic backups are always kept, so a laptop unused for a year still has them.
    """
    names = list(names)
    auto = [n for n in names if n.kind is BackupKind.AUTO]
    keep = (_newest_per(auto, lambda t: t.date(), KEEP_DAILY)
            | _newest_per(auto, lambda t: t.isocalendar()[:2], KEEP_WEEKLY)
            | _newest_per(auto, lambda t: (t.year, t.month), KEEP_MONTHLY))
    keep |= {n for n in names if n.kind is not BackupKind.AUTO}
    keep = {n for n in keep if now - n.taken <= MAX_AGE}
    keep |= set(sorted(auto)[-KEEP_NEWEST:])
    return keep


@frozen_record
class Backup:
    """One backup file in the folder."""

    path: Path
    name: BackupName
    size: int

    @property
    def taken(self) -> dt.datetime:
        """When it was taken (local time)."""
        return self.name.taken

    @property
    def kind(self) -> BackupKind:
        """Why it was taken."""
        return self.name.kind
