"""The demo school: every kind of record, the same content every time, no personal data about
students, and never a single byte written into a database that already holds someone's work."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from pathlib import Path

import pytest

from plf_desktop.domain.errors import ValidationError
from plf_desktop.domain.labels import AgreementStatus, Attendance, Role, TeamKind
from plf_desktop.services.demo_data import CLASSIC_TEMPLATE, DATA_TEMPLATE, TODAY, fill_demo
from plf_desktop.services.registry import Services, build_services
from plf_desktop.storage.agreement_repo import AgreementFilter
from plf_desktop.storage.database import open_storage

CPR = re.compile(r"\d{6}-?\d{4}")
_NOT_CONTENT = {"id", "created_at", "updated_at", "deleted_at"}

# The links between records, by name instead of by UUID, so two fills can be compared.
_LINKS = (
    """SELECT t.name, p.name FROM team_members x JOIN teams t ON t.id = x.team_id
       JOIN people p ON p.id = x.person_id""",
    """SELECT m.title, m.date, p.name, x.attendance FROM meeting_participants x
       JOIN meetings m ON m.id = x.meeting_id JOIN people p ON p.id = x.person_id""",
    """SELECT m.title, m.date, c.name, r.name, k.name FROM meetings m
       LEFT JOIN people c ON c.id = m.chair_id LEFT JOIN people r ON r.id = m.minute_taker_id
       LEFT JOIN people k ON k.id = m.timekeeper_id""",
    """SELECT m.title, m.date, a.position, p.name FROM agenda_items a
       JOIN meetings m ON m.id = a.meeting_id LEFT JOIN people p ON p.id = a.responsible_id""",
    """SELECT g.what, g.due_date, p.name, m.title, m.date, t.name FROM agreements g
       LEFT JOIN people p ON p.id = g.responsible_id LEFT JOIN meetings m ON m.id = g.source_id
       LEFT JOIN teams t ON t.id = g.team_id""",
    """SELECT g.what, m.title, m.date, r.status FROM agreement_reviews r
       JOIN agreements g ON g.id = r.agreement_id JOIN meetings m ON m.id = r.meeting_id""",
)


def _tables(services: Services) -> list[str]:
    return [name for name in services.meetings.db.table_names()
            if not name.startswith(("_", "sqlite_"))]


def _content_columns(services: Services, table: str) -> list[str]:
    return [column.name for column in services.meetings.db[table].columns
            if column.name not in _NOT_CONTENT and not column.name.endswith("_id")]


def content(services: Services) -> dict[str, list[tuple]]:
    """Everything a user can read, with ids and time stamps left out and links named."""
    db = services.meetings.db
    found = {}
    for table in _tables(services):
        columns = ", ".join(f"[{c}]" for c in _content_columns(services, table))
        if columns:
            found[table] = sorted(db.execute(f"SELECT {columns} FROM [{table}]").fetchall(),
                                  key=repr)
    for index, sql in enumerate(_LINKS):
        found[f"link{index}"] = sorted(db.execute(sql).fetchall(), key=repr)
    return found


def all_text(services: Services) -> str:
    """Every text value outside the id columns (UUIDs are hex and may hold ten digits)."""
    return "\n".join(str(value) for rows in content(services).values() for row in rows
                     for value in row if isinstance(value, str))


def dump(services: Services) -> str:
    """The whole database as SQL, ids and time stamps included: 'unchanged' means this."""
    return "\n".join(services.meetings.db.conn.iterdump())


@pytest.fixture
def demo(services: Services) -> dict[str, int]:
    """The small demo, filled into the test's fresh database."""
    return fill_demo(services, "small")


@pytest.fixture
def other_services(tmp_path: Path):
    """A second, independent database, for comparing two fills."""
    storage = open_storage(tmp_path / "other.sqlite3")
    yield build_services(storage)
    storage.close()


def test_small_demo_counts_match_what_was_stored(services, demo):
    assert demo["personer"] == len(services.people.list_people()) == 25
    assert demo["teams"] == len(services.people.list_teams()) == 6
    assert demo["møder"] == len(services.meetings.summaries())
    assert 24 <= demo["møder"] <= 32
    assert demo["aftaler"] == len(services.agreements.list())
    assert 100 <= demo["aftaler"] <= 150
    assert services.school.get().name == "Skovbakkeskolen"


def test_small_demo_has_every_role_team_kind_and_printable_name(services, demo):
    people = services.people.list_people()
    assert {p.role for p in people} == {Role.TEACHER, Role.PEDAGOGUE, Role.COACH,
                                        Role.RESOURCE_PERSON, Role.LEADER}
    names = " ".join(p.name for p in people)
    for letter in "æøåÅŁÖ":
        assert letter in names
    kinds = {t.kind for t in services.people.list_teams()}
    assert {TeamKind.CLASS, TeamKind.YEAR, TeamKind.SUBJECT, TeamKind.DEPARTMENT} <= kinds
    assert all(len(t.member_ids) >= 3 for t in services.people.list_teams())


def test_held_meetings_have_roles_referat_decisions_data_and_next_meeting(services, demo):
    meetings = [services.meetings.get(s.id) for s in services.meetings.summaries()]
    held = [m for m in meetings if m.date <= TODAY]
    planned = [m for m in meetings if m.date > TODAY]
    assert len(held) >= 20 and planned
    assert {m.template_key for m in held} == {DATA_TEMPLATE, CLASSIC_TEMPLATE}
    for meeting in held:
        assert meeting.chair_id and meeting.minute_taker_id and meeting.timekeeper_id
        assert meeting.chair_id != meeting.minute_taker_id
        assert sum(1 for item in meeting.agenda if item.notes) >= len(meeting.agenda) - 1
        assert any(item.decisions for item in meeting.agenda)
        assert meeting.evaluation_rating in range(1, 6) and meeting.evaluation_note
    assert all(m.next_date and m.next_date > m.date for m in held[:-6])
    assert sum(len(m.data_references) for m in held) >= len(held) // 2
    assert any(p.attendance is Attendance.ABSENT for m in held for p in m.participants)
    assert all(not item.notes for m in planned for item in m.agenda)


def test_agreements_are_followed_up_old_ones_closed_recent_ones_open(services, demo):
    rows = services.agreements.list()
    assert all(r.responsible_name for r in rows)
    assert sum(1 for r in rows if r.agreement.due) > 0.8 * len(rows)
    statuses = Counter(r.agreement.status for r in rows)
    assert set(statuses) >= {AgreementStatus.DONE, AgreementStatus.DROPPED, AgreementStatus.OPEN}
    before_autumn = [r for r in rows if r.source_date < dt.date(TODAY.year, 8, 1)]
    assert before_autumn and all(not r.agreement.status.is_open for r in before_autumn)
    assert services.agreements.list(AgreementFilter(overdue_on=TODAY))
    reviewed = [f for s in services.meetings.summaries()
                for f in services.meetings.follow_ups(s.id) if f.reviewed_status]
    assert len(reviewed) > demo["aftaler"] // 2


def test_fill_is_deterministic(services, other_services):
    assert fill_demo(services, "small") == fill_demo(other_services, "small")
    assert content(services) == content(other_services)


def test_no_cpr_numbers_and_students_only_as_labels(services, demo):
    text = all_text(services)
    assert CPR.search(text) is None
    assert "Elev A" in text and "gruppe 2" in text
    # "Elev" is only ever followed by a one-letter label, never by a name.
    assert set(re.findall(r"\bElev (\w+)", text)) <= set("ABCDEFGH")


@pytest.mark.parametrize("existing", ["school", "person", "trashed person", "team", "meeting"])
def test_refuses_a_database_with_data_and_leaves_it_unchanged(services, existing):
    if existing == "school":
        services.school.save("Ærøskøbing Skole")
    elif existing == "team":
        services.people.add_team("4.B klasseteam", TeamKind.CLASS)
    elif existing == "meeting":
        services.meetings.create(date=dt.date(2026, 11, 3), title="Teammøde")
    else:
        person = services.people.add_person("Åse Bækgård")
        if existing == "trashed person":
            services.people.delete_person(person.id)
    before = dump(services)
    with pytest.raises(ValidationError, match="already holds data"):
        fill_demo(services, "small")
    assert dump(services) == before


def test_unknown_size_is_refused(services):
    with pytest.raises(ValidationError, match="Unknown demo size"):
        fill_demo(services, "medium")
    assert services.school.get() is None


def test_a_failed_fill_leaves_the_database_empty(services, monkeypatch):
    calls = []

    def fail_after_a_while(*args, **kwargs):
        calls.append(args)
        if len(calls) > 40:
            raise RuntimeError("disk pulled out")
        return add_agreement(*args, **kwargs)

    add_agreement = services.meetings.add_agreement
    monkeypatch.setattr(services.meetings, "add_agreement", fail_after_a_while)
    with pytest.raises(RuntimeError):
        fill_demo(services, "small")
    assert services.school.get() is None
    assert services.people.person_names() == {} and services.meetings.summaries() == []
    monkeypatch.undo()
    assert fill_demo(services, "small")["personer"] == 25


def test_large_demo_is_five_school_years_of_one_school(services):
    counts = fill_demo(services, "large")
    assert counts["personer"] >= 150 and counts["teams"] >= 25
    assert counts["aftaler"] >= 3000
    db = services.meetings.db
    with_notes = db.execute(
        "SELECT COUNT(*) FROM meetings m WHERE EXISTS (SELECT 1 FROM agenda_items a"
        " WHERE a.meeting_id = m.id AND a.notes != '')").fetchone()[0]
    assert with_notes >= 600
    years = {row[0] for row in db.execute(
        "SELECT DISTINCT CASE WHEN CAST(substr(date, 6, 2) AS INTEGER) >= 8"
        " THEN substr(date, 1, 4) ELSE CAST(substr(date, 1, 4) AS INTEGER) - 1 END"
        " FROM meetings")}
    assert {int(year) for year in years} == set(range(TODAY.year - 5, TODAY.year + 1))
    assert CPR.search(all_text(services)) is None
