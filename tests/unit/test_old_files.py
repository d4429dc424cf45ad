"""Files written by earlier versions open, keep every word, and are backed up before migrating.

``tests/fixtures/schema-v<N>.sqlite3`` is a small database as version N of the schema wrote it;
each new schema version adds its own fixture and keeps the older ones.
"""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

import pytest

from plf_desktop.domain.retention import school_year
from plf_desktop.services.registry import build_services
from plf_desktop.storage.database import open_storage
from plf_desktop.storage.schema import SCHEMA_VERSION

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def schema(path: Path) -> set[tuple[str, str]]:
    conn = sqlite3.connect(path)
    try:
        return {(r[0], r[1]) for r in conn.execute(
            "SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'")}
    finally:
        conn.close()


@pytest.mark.parametrize("version", range(1, SCHEMA_VERSION + 1))
def test_an_old_file_opens_with_its_data_and_the_schema_of_a_new_one(tmp_path: Path,
                                                                      version: int) -> None:
    old = tmp_path / "old.sqlite3"
    shutil.copy(FIXTURES / f"schema-v{version}.sqlite3", old)
    store = open_storage(old)
    try:
        services = build_services(store)
        meeting = services.meetings.summaries()[0]
        assert meeting.title == "PLF-møde 4.B"
        full = services.meetings.get(meeting.id)
        assert full.agenda[3].notes == "Referat fra version 1 – æøå"
        assert [r.agreement.what for r in services.agreements.list()] == ["Afprøve makkerlæsning"]
        hits = services.search.search("Referat fra version")  # old text is in the index
        assert [h.open_id for h in hits["meeting"]] == [meeting.id]
        if version >= 4:
            conversation = services.conversations.summaries()[0]
            assert services.conversations.notes(conversation.id) == {
                (0, 0): "Note fra version 4 – æøå"}
        if version >= 5:
            cycle = services.cycles.get(services.cycles.summaries()[0].id)
            assert cycle.problem == "Problemstilling fra version 5 – æøå"
            assert cycle.rounds[0].action == "Aktion fra version 5"
        if version >= 7:
            summary = services.collaborations.summaries()[0]
            collaboration = services.collaborations.get(summary.id)
            assert collaboration.goals == "Mål fra version 7 – æøå"
            assert collaboration.lessons[0].goal == "Lektionsmål fra version 7"
        deletion = services.retention.retention("meeting", meeting.id, 12)
        if version >= 9:  # the deletion date chosen for the meeting is kept
            assert deletion.override == dt.date(2031, 7, 31) == deletion.deletion
        else:  # an older file's records get the default of their school year
            assert deletion.override is None
            assert deletion.deletion == dt.date(school_year(full.date) + 2, 7, 31)
        if version < SCHEMA_VERSION:
            assert store.migration_backup is not None
            assert schema(store.migration_backup) == schema(FIXTURES /
                                                            f"schema-v{version}.sqlite3")
        else:
            assert store.migration_backup is None
    finally:
        store.close()
    fresh = tmp_path / "fresh.sqlite3"
    open_storage(fresh).close()
    assert schema(old) == schema(fresh)
