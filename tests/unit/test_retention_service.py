"""Retention through the services: what is due on a day, a date chosen for one record, and
deleting what is due for good – with its agreements, notes and search entries, and without
touching what is not due or what a course still keeps."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from plf_desktop.domain.errors import NotFoundError
from plf_desktop.domain.labels import NoteCategory
from plf_desktop.services.registry import Services

D = dt.date
TODAY = D(2026, 11, 22)  # with 12 months, everything dated before 01.08.2025 is due


@pytest.fixture
def school(services: Services, team_with_people: dict) -> dict:
    """Old and new records of every kind, one course keeping an old observation, a chosen
    date either way, and an old meeting in the trash."""
    team = team_with_people["team"].id
    ase = team_with_people["ase"].id
    meetings = services.meetings
    old_meeting = meetings.create(date=D(2024, 10, 1), team_id=team,
                                  template_key="klassisk-dagsorden", title="Gammelt PLF-møde")
    meetings.update_item(meetings.get(old_meeting.id).agenda[0].id,
                         notes="Referat om vandmandslæsning")
    meetings.add_agreement(old_meeting.id, "Afprøve vandmandslæsning", ase, D(2024, 11, 1))
    new_meeting = meetings.create(date=D(2026, 11, 3), team_id=team,
                                  template_key="klassisk-dagsorden", title="Nyt PLF-møde")
    meetings.add_agreement(new_meeting.id, "Læse kapitel 3", ase, D(2026, 12, 1))
    kept_meeting = meetings.create(date=D(2023, 9, 5), team_id=team,
                                   template_key="klassisk-dagsorden", title="Gemt møde")
    services.retention.set_deletion_date("meeting", kept_meeting.id, D(2030, 7, 31))
    trashed = meetings.create(date=D(2023, 9, 12), team_id=team,
                              template_key="klassisk-dagsorden", title="Slettet møde")
    meetings.delete(trashed.id)

    old_observation = services.observations.create(date=D(2025, 2, 3), class_label="5.A",
                                                   subject="dansk", team_id=team)
    services.observations.add_note(old_observation.id, "Eleverne læser vandmandsteksten",
                                   at_seconds=30, category=NoteCategory.STUDENTS)
    early = services.observations.create(date=D(2026, 10, 1), class_label="6.B",
                                         subject="matematik", team_id=team)
    services.retention.set_deletion_date("observation", early.id, D(2026, 11, 1))

    template = services.templates.conversation_template("kl-fire-faser")
    old_talk = services.conversations.create(template, date=D(2025, 3, 4),
                                             title="Gammel samtale om vandmænd")
    services.conversations.add_agreement(old_talk.id, "Skrive logbog om vandmænd")

    course = services.cycles.create("Læsning på tværs", started=D(2025, 5, 1), team_id=team)
    services.cycles.update(course.id, problem="Hvordan læser alle med?")
    first = services.cycles.start_rounds(course.id)
    linked = services.cycles.create_observation(first.id, D(2025, 5, 10))
    round_talk = services.cycles.create_conversation(first.id, "Runde 1", D(2025, 5, 12))
    services.cycles.close(course.id, D(2025, 9, 15))  # 2025/26: kept until 31.07.2027

    old_course = services.collaborations.create("Co-teaching 2024", started=D(2024, 9, 2),
                                                teacher_id=ase)
    lesson = services.collaborations.add_lesson(old_course.id)
    lesson_observation = services.collaborations.create_observation(lesson.id, D(2024, 9, 9))
    return {"old_meeting": old_meeting, "new_meeting": new_meeting,
            "kept_meeting": kept_meeting, "trashed": trashed,
            "old_observation": old_observation, "early": early, "old_talk": old_talk,
            "course": course, "linked": linked, "round_talk": round_talk,
            "old_course": old_course, "lesson_observation": lesson_observation}


def _due_ids(services: Services, today: dt.date = TODAY, months: int = 12) -> set[str]:
    return {r.id for r in services.retention.due(today, months, shown=100).records}


def test_due_lists_what_the_rule_says_oldest_first(services: Services, school: dict) -> None:
    due = services.retention.due(TODAY, 12)
    expected = {school[k].id for k in ("old_meeting", "trashed", "old_observation", "early",
                                       "old_talk", "old_course", "lesson_observation")}
    assert due.total == len(expected) == 7
    assert _due_ids(services) == expected
    assert [r.date for r in due.records] == sorted(r.date for r in due.records)
    first = due.records[0]
    assert (first.kind, first.title, first.deletion, first.trashed) == (
        "meeting", "Slettet møde", D(2025, 7, 31), True)
    early = next(r for r in due.records if r.id == school["early"].id)
    assert (early.title, early.deletion) == ("6.B matematik", D(2026, 11, 1))
    assert len(services.retention.due(TODAY, 12, shown=2).records) == 2


def test_a_course_keeps_its_observation_and_conversation(services: Services,
                                                          school: dict) -> None:
    for kind, key in (("observation", "linked"), ("conversation", "round_talk")):
        retention = services.retention.retention(kind, school[key].id, 12)
        assert retention.default == D(2026, 7, 31)  # 2024/25 on its own: due by now …
        assert retention.parent == D(2027, 7, 31) == retention.deletion  # … kept by its course
        assert retention.follows_parent
    assert school["linked"].id not in _due_ids(services)
    # on the course's deletion date they all go together
    due = _due_ids(services, D(2027, 7, 31))
    assert {school["course"].id, school["linked"].id, school["round_talk"].id} <= due


def test_the_months_move_the_deletion_date(services: Services, school: dict) -> None:
    assert services.retention.retention("meeting", school["old_meeting"].id, 24).deletion == \
        D(2027, 7, 31)
    assert _due_ids(services, months=24) == {school["trashed"].id, school["early"].id}


def test_a_chosen_date_can_be_taken_back(services: Services, school: dict) -> None:
    kept = school["kept_meeting"].id
    assert services.retention.retention("meeting", kept).override == D(2030, 7, 31)
    assert kept not in _due_ids(services)
    services.retention.set_deletion_date("meeting", kept, None)
    assert services.retention.retention("meeting", kept).override is None
    assert kept in _due_ids(services)
    with pytest.raises(NotFoundError):
        services.retention.set_deletion_date("meeting", "no-such-id", D(2030, 1, 1))


def _count(services: Services, sql: str, params: list[str]) -> int:
    return services.storage.db.execute(sql, params).fetchone()[0]


@pytest.fixture(params=["row by row", "index rebuilt"])
def index_kept(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Both ways the search index follows a deletion: updated row by row, or built again
    afterwards (as for a large share of the file's records)."""
    from plf_desktop.storage import retention_repo

    monkeypatch.setattr(retention_repo, "REBUILD_SHARE",
                        0 if request.param == "row by row" else 10**6)
    return str(request.param)


def test_deleting_what_is_due_takes_it_for_good_with_what_belongs_to_it(
        services: Services, school: dict, index_kept: str) -> None:
    gone = [school[k].id for k in ("old_meeting", "trashed", "old_observation", "early",
                                   "old_talk", "old_course", "lesson_observation")]
    assert services.search.search("vandmandslæsning")
    assert services.search.search("vandmandsteksten")
    calls: list[tuple[int, int]] = []
    assert services.retention.delete_due(TODAY, 12, lambda done, total: calls.append(
        (done, total))) == 7
    assert calls == [(0, 7)]
    assert services.retention.due(TODAY, 12).total == 0

    marks = ", ".join("?" * len(gone))
    for table in ("meetings", "observations", "conversations", "collaborations"):
        assert _count(services, f"SELECT COUNT(*) FROM {table} WHERE id IN ({marks})",
                      gone) == 0
    assert _count(services, "SELECT COUNT(*) FROM search_index WHERE open_id IN"
                            f" ({marks})", gone) == 0
    assert _count(services, "SELECT COUNT(*) FROM observation_notes WHERE observation_id IN"
                            f" ({marks})", gone) == 0
    assert _count(services, "SELECT COUNT(*) FROM agenda_items WHERE meeting_id IN"
                            f" ({marks})", gone) == 0
    assert services.search.search("vandmandslæsning") == {}
    assert services.search.search("vandmandsteksten") == {}
    assert services.search.search("vandmænd") == {}
    # the agreements of the deleted meeting and conversation went with them
    assert [r.agreement.what for r in services.agreements.list()] == ["Læse kapitel 3"]
    # nothing went to the trash, and everything not due is still there
    assert services.trash.entries() == []
    assert {m.id for m in services.meetings.summaries()} == {
        school["new_meeting"].id, school["kept_meeting"].id}
    assert {o.id for o in services.observations.summaries()} == {school["linked"].id}
    assert services.cycles.get(school["course"].id).rounds[0].observation_id == \
        school["linked"].id
    assert services.conversations.get(school["round_talk"].id).title == "Runde 1"
    assert services.collaborations.summaries() == []


def test_the_file_keeps_no_readable_trace_of_what_was_deleted(services: Services,
                                                              school: dict,
                                                              index_kept: str) -> None:
    db, path = services.storage.db, services.storage.path
    word = b"vandmandsteksten"

    def on_disk() -> bytes:
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return path.read_bytes()

    assert word in on_disk()
    # On in every connection PLF Desktop opens (most builds of SQLite have it off).
    assert db.execute("PRAGMA secure_delete").fetchone()[0] == 1
    services.retention.delete_due(TODAY, 12)
    wal = path.with_name(path.name + "-wal")
    assert word not in wal.read_bytes()  # delete_due emptied the log itself
    assert word not in on_disk()
    assert "Gammel samtale om vandmænd".encode() not in on_disk()


def test_the_first_due_are_the_oldest_in_order_even_with_many_on_one_day(
        services: Services, team_with_people: dict) -> None:
    """Overblik shows the oldest few; each table's oldest are picked before they are sorted
    together, so same-day records (and kinds) must still come in the one order of the list."""
    team = team_with_people["team"].id
    for number in range(12):
        services.observations.create(date=D(2024, 3, 1 + number % 3), class_label=f"{number}.A",
                                     subject="dansk", team_id=team)
        services.meetings.create(date=D(2024, 3, 1 + number % 2), team_id=team,
                                 template_key="klassisk-dagsorden", title=f"Møde {number}")
    everything = sorted(services.retention.repo.due(D(2025, 8, 1), TODAY),
                        key=lambda key: (key.date, key.kind, key.id))
    for shown in (0, 1, 5, 8, 30):
        keys, total = services.retention.repo.first_due(D(2025, 8, 1), TODAY, shown)
        assert keys == everything[:shown]
        assert total == 24


def test_after_a_rebuilt_index_new_writes_are_found_again(services: Services, school: dict,
                                                           index_kept: str) -> None:
    services.retention.delete_due(TODAY, 12)
    assert services.search.search("kapitel")  # what stayed is found
    services.observations.add_note(school["linked"].id, "Eleverne læser søstjernetekster",
                                   at_seconds=12, category=NoteCategory.STUDENTS)
    assert services.search.search("søstjernetekster")  # the index follows writes again


def test_a_deletion_that_fails_half_way_changes_nothing(services: Services, school: dict,
                                                       index_kept: str,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """One transaction: a failure half way (a full disk, say) brings back every record, the
    search index and the triggers that keep it current."""
    from plf_desktop.domain.errors import StorageError
    from plf_desktop.storage.retention_repo import RetentionRepository

    before = _due_ids(services)
    original = RetentionRepository.delete_for_good
    deleted: list[str] = []

    def fail_on_the_third(repo: RetentionRepository, kind: str, record_id: str) -> None:
        if len(deleted) == 2:
            raise sqlite3.OperationalError("database or disk is full")
        deleted.append(record_id)
        original(repo, kind, record_id)

    monkeypatch.setattr(RetentionRepository, "delete_for_good", fail_on_the_third)
    with pytest.raises(StorageError):
        services.retention.delete_due(TODAY, 12)
    assert _due_ids(services) == before
    assert services.search.search("vandmandsteksten")
    services.observations.add_note(school["linked"].id, "Søstjerner i klassen",
                                   at_seconds=5, category=NoteCategory.STUDENTS)
    assert services.search.search("søstjerner")


def test_an_error_caught_inside_the_transaction_keeps_the_index(services: Services,
                                                                 school: dict) -> None:
    """Even a caller that goes on after an error inside the suspended block commits a file
    whose search index and triggers are whole."""
    import contextlib

    from plf_desktop.storage import search_index

    db = services.storage.db
    with db.atomic(), contextlib.suppress(ValueError), search_index.suspended(db):
        db.execute("DELETE FROM observation_notes")
        raise ValueError("half way")
    assert services.search.search("vandmandsteksten")
    services.observations.add_note(school["linked"].id, "Søstjerner i klassen",
                                   at_seconds=5, category=NoteCategory.STUDENTS)
    assert services.search.search("søstjerner")
