"""The demo school: every kind of record, the same content every time, no personal data about
students, and never a single byte written into a database that already holds someone's work.

Observed lessons are checked as an observer would read them: who taught and who observed,
what was agreed, a seating chart of labels only, taps on those seats, switches and notes inside
the 45 minutes, and a clock that ran during the lesson. Didactic conversations as a vejleder
would: several models, many after an observation of the fokusperson's lesson, notes under the
questions of the phases held, a timer near the suggested minutes, an opsamling and agreements
with someone responsible. Action-learning courses as a team and its vejleder would: every stage in
the current school year, rounds whose observation and conversation belong to them, focus students
as labels only, and what was learned once a course is closed. Co-teaching collaborations as a
vejleder and a teacher would: every stage in the current school year, a planning sheet for every
lesson, the lesson's observation with the co-teaching scheme and the model switches, the
reflection, and an evaluation in which the planned models show up. (The checks of observed
lessons and conversations are about their own generators; a round's or a co-taught lesson's
observation and conversation are checked with its course or collaboration.)"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections import Counter
from pathlib import Path

import pytest

from plf_desktop.domain.collaborations import (
    OBSERVATION_SCHEME,
    REFLECTION_TEMPLATE,
    CollaborationStage,
    LessonStep,
)
from plf_desktop.domain.conversations import PHASE_NOTE
from plf_desktop.domain.cycles import ROUND_TEMPLATE, CycleModel, CycleStage, RoundStep
from plf_desktop.domain.errors import ValidationError
from plf_desktop.domain.labels import (
    ActivityForm,
    AgreementStatus,
    Attendance,
    CoTeachingModel,
    NoteCategory,
    Role,
    SourceKind,
    TeamKind,
)
from plf_desktop.domain.observations import (
    DEFAULT_PARTICIPATION_TYPES,
    LOOK_FORS,
    Adult,
    contribution_counts,
)
from plf_desktop.services import (
    demo_collaboration_content,
    demo_collaborations,
    demo_conversation_content,
    demo_conversations,
    demo_cycle_content,
    demo_cycles,
    demo_data,
)
from plf_desktop.services.demo_data import (
    CLASSIC_TEMPLATE,
    DATA_TEMPLATE,
    LESSON_SECONDS,
    TODAY,
    fill_demo,
)
from plf_desktop.services.registry import Services, build_services
from plf_desktop.storage.agreement_repo import AgreementFilter
from plf_desktop.storage.database import open_storage

CPR = re.compile(r"\d{6}-?\d{4}")
SEAT_LABEL = re.compile(r"[A-H][1-9]")
TABLE_GROUP = re.compile(r"Bord \d{1,2}")
CLASS_LABEL = re.compile(r"\d\.[A-C]")
_NOT_CONTENT = {"id", "created_at", "updated_at", "deleted_at", "observer_ids"}

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
    """SELECT o.date, o.start_time, o.class_label, p.name, t.name FROM observations o
       JOIN people p ON p.id = o.observer_id LEFT JOIN teams t ON t.id = o.team_id""",
    """SELECT o.date, o.start_time, o.class_label, a.position, a.role, p.name
       FROM observation_adults a JOIN observations o ON o.id = a.observation_id
       JOIN people p ON p.id = a.person_id""",
    """SELECT c.title, c.started, t.name, k.name, x.position, p.name FROM cycles c
       LEFT JOIN teams t ON t.id = c.team_id LEFT JOIN people k ON k.id = c.coach_id
       LEFT JOIN cycle_participants x ON x.cycle_id = c.id
       LEFT JOIN people p ON p.id = x.person_id""",
    """SELECT c.title, c.started, r.number, t.name, n.name, o.name, f.name, w.name
       FROM cycle_rounds r JOIN cycles c ON c.id = r.cycle_id
       LEFT JOIN people t ON t.id = r.teacher_id LEFT JOIN people n ON n.id = r.next_teacher_id
       LEFT JOIN people o ON o.id = r.next_observer_id LEFT JOIN people f ON f.id = r.referent_id
       LEFT JOIN json_each(r.observer_ids) j LEFT JOIN people w ON w.id = j.value""",
    """SELECT c.title, c.started, t.name, k.name, m.name FROM collaborations c
       LEFT JOIN people t ON t.id = c.teacher_id LEFT JOIN people k ON k.id = c.coach_id
       LEFT JOIN teams m ON m.id = c.team_id""",
)
_MEETING_TABLES = ("school", "people", "teams", "team_members", "meetings",
                   "meeting_participants", "agenda_items", "decisions", "data_references",
                   "agreements", "agreement_reviews")


def _tables(services: Services) -> list[str]:
    # The full-text index is derived from the other tables (and holds their ids).
    return [name for name in services.meetings.db.table_names()
            if not name.startswith(("_", "sqlite_", "search_index"))]


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
    assert demo["aftaler"] == len(services.agreements.list())  # meetings' and conversations'
    assert 110 <= demo["aftaler"] <= 190
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


@pytest.mark.parametrize("existing", ["school", "person", "trashed person", "team", "meeting",
                                      "observation", "conversation", "course", "collaboration"])
def test_refuses_a_database_with_data_and_leaves_it_unchanged(services, existing):
    if existing == "school":
        services.school.save("Ærøskøbing Skole")
    elif existing == "team":
        services.people.add_team("4.B klasseteam", TeamKind.CLASS)
    elif existing == "meeting":
        services.meetings.create(date=dt.date(2026, 11, 3), title="Teammøde")
    elif existing == "observation":
        services.observations.create(date=dt.date(2026, 11, 3), class_label="4.B")
    elif existing == "conversation":
        template = services.templates.conversation_template("kl-fire-faser")
        services.conversations.create(template, date=dt.date(2026, 11, 3))
    elif existing == "course":
        services.cycles.create("Læsning i fagene", started=dt.date(2026, 11, 3))
    elif existing == "collaboration":
        services.collaborations.create("Co-teaching i 4.B matematik",
                                       started=dt.date(2026, 11, 3))
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
    assert counts["observationer"] == len(services.observations.summaries())
    assert counts["observationer"] - len(_made_by_rounds(services, "observation")) == 4000
    assert counts["noter"] == _count(services, "observation_notes")
    assert _count(services, "observation_notes", "observation_id") == 120_000
    observed_years = Counter(demo_data.school_year(s.date)
                             for s in services.observations.summaries())
    assert set(observed_years) == set(range(TODAY.year - 5, TODAY.year + 1))
    assert min(observed_years[year] for year in range(TODAY.year - 5, TODAY.year)) > 500
    assert CPR.search(all_text(services)) is None
    assert counts["samtaler"] == len(services.conversations.summaries())
    keys = Counter(_count_by(services, "template_key"))
    assert sum(keys.values()) == 600
    assert len(keys) == 10 and keys.most_common(1)[0][0] == "kl-fire-faser"
    linked = _count(services, "conversation_observations", "conversation_id")
    assert 0.5 * 600 < linked < 0.75 * 600
    assert counts["forløb"] == len(services.cycles.summaries()) == 400
    started = Counter((demo_data.school_year(c.started), c.stage)
                      for c in services.cycles.summaries())
    assert {year for year, _stage in started} == set(range(TODAY.year - 5, TODAY.year + 1))
    assert {stage for (year, stage) in started if year < TODAY.year} == {
        CycleStage.CLOSED, CycleStage.LEARNING}
    assert sum(n for (year, stage), n in started.items()
               if stage is CycleStage.LEARNING and year < TODAY.year) <= 10
    assert {stage for (year, stage) in started if year == TODAY.year} == set(CycleStage)
    assert counts["samarbejder"] == len(services.collaborations.summaries()) == 150
    together = Counter((demo_data.school_year(c.started), c.stage)
                       for c in services.collaborations.summaries())
    assert {year for year, _stage in together} == set(range(TODAY.year - 5, TODAY.year + 1))
    assert {stage for (year, stage) in together if year < TODAY.year} == {
        CollaborationStage.CLOSED}
    assert {stage for (year, stage) in together if year == TODAY.year} == set(
        CollaborationStage)
    now = [services.collaborations.get(c.id) for c in services.collaborations.summaries()
           if c.stage is CollaborationStage.LESSONS]
    assert {c.lessons[-1].step for c in now} == set(LessonStep)


# -- observed lessons ---------------------------------------------------------------------------


def _count(services: Services, table: str, outside_rounds: str = "") -> int:
    """Rows of *table*; with *outside_rounds* (the column holding an observation's or a
    conversation's id) only those no action-learning round and no co-taught lesson made – or,
    counting ``cycle_rounds``, the rounds that made one."""
    where = ""
    if table == "cycle_rounds" and outside_rounds:
        where = f" WHERE [{outside_rounds}] IS NOT NULL"
    elif outside_rounds:
        kind = outside_rounds.removesuffix("_id")
        where = (f" WHERE [{outside_rounds}] NOT IN (SELECT {kind}_id FROM cycle_rounds"
                 f" WHERE {kind}_id IS NOT NULL UNION SELECT {kind}_id"
                 f" FROM collaboration_lessons WHERE {kind}_id IS NOT NULL)")
    return services.meetings.db.execute(f"SELECT COUNT(*) FROM [{table}]{where}").fetchone()[0]


def _made_by_rounds(services: Services, kind: str) -> set[str]:
    """The ids of the observations or conversations (*kind*) the courses' rounds and the
    collaborations' co-taught lessons made."""
    return {row[0] for row in services.meetings.db.execute(
        f"SELECT {kind}_id FROM cycle_rounds WHERE {kind}_id IS NOT NULL UNION"
        f" SELECT {kind}_id FROM collaboration_lessons WHERE {kind}_id IS NOT NULL")}


def _observations(services: Services) -> list:
    """The observation generator's lessons (not the rounds' observations)."""
    rounds = _made_by_rounds(services, "observation")
    return [services.observations.get(s.id) for s in services.observations.summaries()
            if s.id not in rounds]


def test_small_demo_observation_counts_match_what_was_stored(services, demo):
    assert demo["observationer"] == len(services.observations.summaries())
    assert len(_observations(services)) == 20
    assert demo["noter"] == _count(services, "observation_notes")
    assert _count(services, "observation_notes", "observation_id") == 560
    assert list(demo)[-5:] == ["observationer", "noter", "samtaler", "forløb", "samarbejder"]
    assert all(len(services.observations.notes(o.id)) >= 10 for o in _observations(services))


def test_observations_have_teachers_observer_purpose_focus_and_formoede(services, demo):
    roles = {p.id: p.role for p in services.people.list_people()}
    observations = _observations(services)
    for o in observations:
        assert o.date <= TODAY and o.start_time
        assert CLASS_LABEL.fullmatch(o.class_label) and o.subject
        assert 1 <= len(o.adults) <= 2 and all(a.role for a in o.adults)
        assert roles[o.observer_id] in (Role.COACH, Role.RESOURCE_PERSON)
        assert o.observer_id not in {a.person_id for a in o.adults}
        assert o.purpose and 2 <= len(o.focus_points) <= 3
        assert o.observer_position and " kl. " in o.feedback_time
        assert o.student_count is not None and 0 < o.student_count <= len(o.seats)
        assert o.participation_types == DEFAULT_PARTICIPATION_TYPES
        co_taught = len(o.adults) == 2
        assert bool(o.planned_models) == co_taught == bool(o.look_fors)
        assert all(0 <= m.index < len(LOOK_FORS) for m in o.look_fors)
    co_taught = [o for o in observations if len(o.adults) == 2]
    assert 3 <= len(co_taught) <= 17
    assert any(m.evidence for o in co_taught for m in o.look_fors)
    assert any(o.private_notes for o in observations)
    assert any(o.team_id for o in observations) and any(not o.team_id for o in observations)


def test_the_lesson_clock_ran_during_the_lesson_and_was_stopped(services, demo):
    for o in _observations(services):
        clock = o.clock
        assert clock.started_at and clock.stopped_at and not clock.running
        assert clock.elapsed(clock.stopped_at) == LESSON_SECONDS
        local = clock.started_at + dt.timedelta(hours=demo_data._danish_utc_offset(o.date))
        assert local.date() == o.date
        started = dt.datetime.combine(o.date, o.start_time, tzinfo=dt.UTC)
        assert dt.timedelta(0) <= local - started <= dt.timedelta(minutes=3)


def test_seating_charts_hold_short_pseudonymous_labels_only(services, demo):
    for o in _observations(services):
        assert 18 <= len(o.seats) <= 26
        assert all(SEAT_LABEL.fullmatch(seat.label) for seat in o.seats), o.seats
        assert all(TABLE_GROUP.fullmatch(seat.group) for seat in o.seats)
        assert len({(seat.column, seat.row) for seat in o.seats}) == len(o.seats)
    # Students appear in notes only as a seat: "eleven på B4", "makkerparret A1/A2".
    text = all_text(services)
    for label in re.findall(r"(?:[Ee]leven på|[Mm]akkerparret) (?!ved )(\S+?)[ ,.:;]", text):
        assert all(SEAT_LABEL.fullmatch(part) for part in label.split("/")), label
    # One layout per class, saved for the next observation of it.
    classes = {o.class_label for o in _observations(services)}
    assert _count(services, "seating_layouts") == len(classes)


def test_taps_fall_on_existing_seats_and_some_seats_are_never_heard(services, demo):
    never_heard = 0
    for o in _observations(services):
        taps = services.observations.taps(o.id)
        labels = {seat.label for seat in o.seats}
        assert taps and {t.seat_label for t in taps} <= labels
        assert {t.kind for t in taps} <= set(DEFAULT_PARTICIPATION_TYPES)
        assert all(0 < t.at_seconds < LESSON_SECONDS for t in taps)
        counts = contribution_counts(o.seats, taps)
        never_heard += sum(1 for count in counts.values() if count == 0)
        assert max(counts.values()) >= 3  # uneven: some seats talk a lot
    assert never_heard >= 20


def test_switches_and_noise_levels_fall_inside_the_lesson(services, demo):
    seen_models = set()
    for o in _observations(services):
        events = services.observations.events(o.id)
        assert all(0 <= e.at_seconds < LESSON_SECONDS for e in events)
        activities = [e for e in events if e.kind == "activity"]
        assert activities[0].at_seconds == 0 and len(activities) >= 3
        assert {ActivityForm(e.value) for e in activities}
        assert all(a.value != b.value for a, b in itertools.pairwise(activities))
        noise = [int(e.value) for e in events if e.kind == "noise"]
        assert len(noise) >= 2 and set(noise) <= {1, 2, 3, 4, 5}
        if o.interval_minutes:
            assert len(noise) == LESSON_SECONDS // (o.interval_minutes * 60) - 1
        models = [CoTeachingModel(e.value) for e in events if e.kind == "model"]
        assert bool(models) == (len(o.adults) == 2)
        seen_models.update(models)
    assert len(seen_models) >= 4


def test_notes_describe_and_wonder_apart_with_categories_and_focus(services, demo):
    notes = []
    for o in _observations(services):
        own = services.observations.notes(o.id)
        assert own and all(0 < n.at_seconds < LESSON_SECONDS for n in own)
        assert all(n.description for n in own)
        assert all(n.focus_index is None or 0 <= n.focus_index < len(o.focus_points)
                   for n in own)
        assert "{" not in " ".join(n.description + n.interpretation for n in own)
        notes += own
    assert {n.category for n in notes} == set(NoteCategory)
    with_wonder = [n for n in notes if n.interpretation]
    assert 0.1 * len(notes) < len(with_wonder) < 0.5 * len(notes)
    assert any(n.interpretation.startswith("Undrer mig:") for n in notes)
    assert 0 < sum(n.private for n in notes) < 0.1 * len(notes)
    assert sum(n.focus_index is not None for n in notes) > len(notes) // 3


def test_observations_do_not_change_the_meetings(services, other_services, monkeypatch):
    monkeypatch.setattr(demo_collaborations._DemoCollaborations, "fill", lambda self: {})
    monkeypatch.setattr(demo_cycles._DemoCycles, "fill", lambda self: {})
    monkeypatch.setattr(demo_conversations._DemoConversations, "fill",
                        lambda self: {"samtaler": 0, "aftaler": 0})
    fill_demo(services, "small")
    monkeypatch.setattr(demo_data._DemoObservations, "fill", lambda self: {})
    fill_demo(other_services, "small")
    ours, theirs = content(services), content(other_services)
    for key in [*_MEETING_TABLES, *(f"link{i}" for i in range(6))]:
        assert ours.get(key) == theirs.get(key), key
    assert _count(other_services, "observations") == 0


def test_co_teaching_adults_are_recorded_with_roles(services, demo):
    people = {p.id: p for p in services.people.list_people()}
    pairs = [o.adults for o in _observations(services) if len(o.adults) == 2]
    assert pairs
    for lead, second in pairs:
        assert isinstance(lead, Adult) and people[lead.person_id].role is Role.TEACHER
        assert ";" in second.role  # "Pædagog; har den lille gruppe"


# -- didactic conversations ---------------------------------------------------------------------

ELEV_LABEL = re.compile(r"\b[Ee]lev(?:en på)? ([A-Z]\w*)")


def _count_by(services: Services, column: str) -> list[str]:
    """*column* of each conversation the conversation generator held."""
    return [row[0] for row in services.meetings.db.execute(
        f"SELECT [{column}] FROM conversations WHERE id NOT IN"
        " (SELECT conversation_id FROM cycle_rounds WHERE conversation_id IS NOT NULL UNION"
        " SELECT conversation_id FROM collaboration_lessons"
        " WHERE conversation_id IS NOT NULL)")]


def _conversations(services: Services, *, rounds: bool = False) -> list:
    """The conversation generator's conversations; with *rounds*, the rounds' too."""
    made = set() if rounds else _made_by_rounds(services, "conversation")
    return [services.conversations.get(s.id) for s in services.conversations.summaries()
            if s.id not in made]


def _conversation_texts(services: Services) -> list[str]:
    found = []
    for c in _conversations(services, rounds=True):
        found += [c.title, c.purpose, c.content, c.data_basis, c.summary, c.next_steps]
        found += services.conversations.notes(c.id).values()
        found += [row.agreement.what for row in services.conversations.agreements(c.id)]
    return found


def test_small_demo_has_conversations_of_several_models(services, demo):
    assert demo["samtaler"] == len(services.conversations.summaries())
    made = _made_by_rounds(services, "conversation")
    summaries = [s for s in services.conversations.summaries() if s.id not in made]
    assert len(summaries) == 14
    keys = Counter(_count_by(services, "template_key"))
    assert len(keys) >= 5
    assert keys["kl-fire-faser"] == max(keys.values())
    shipped = {t.key for t in services.templates.conversation_templates()}
    assert set(keys) <= shipped
    assert all(s.focus_person and s.title for s in summaries)


def test_the_note_texts_fit_the_shipped_templates(services):
    for key, phases in demo_conversation_content.QUESTIONS.items():
        template = services.templates.conversation_template(key)
        assert [len(p) for p in phases] == [len(p.questions) for p in template.phases], key
    assert set(demo_conversation_content.QUESTIONS) == set(demo_conversations.TEMPLATE_WEIGHTS)
    assert set(demo_conversation_content.TITLES) == set(demo_conversations.TEMPLATE_WEIGHTS)


def test_conversations_have_a_teacher_a_vejleder_and_the_teachers_team(services, demo):
    people = {p.id: p for p in services.people.list_people()}
    teams = {t.id: t for t in services.people.list_teams()}
    for c in _conversations(services):
        assert people[c.focus_person_id].role is Role.TEACHER
        assert people[c.participant_ids[0]].role in (Role.COACH, Role.RESOURCE_PERSON)
        assert c.focus_person_id not in c.participant_ids
        if c.team_id:
            assert c.focus_person_id in teams[c.team_id].member_ids
        assert c.purpose and c.content and c.data_basis  # the kontrakt
        assert c.start_time and dt.time(8) <= c.start_time <= dt.time(16)
        assert c.date.weekday() < 5
    assert any(c.team_id for c in _conversations(services))


def test_many_conversations_follow_an_observation_of_the_fokusperson(services, demo):
    conversations = _conversations(services)
    linked = [c for c in conversations if c.observation_ids]
    assert 4 <= len(linked) <= 12
    for c in linked:
        observation = services.observations.get(c.observation_ids[0])
        assert c.focus_person_id in {a.person_id for a in observation.adults}
        assert dt.timedelta(0) <= c.date - observation.date <= dt.timedelta(days=21)
        assert observation.observer_id in c.participant_ids
        assert observation.class_label in c.title or observation.class_label in c.purpose \
            or observation.class_label in c.data_basis
    co_teaching = [c for c in linked if c.template.key == "co-teaching-refleksion"]
    for c in co_teaching:
        observation = services.observations.get(c.observation_ids[0])
        assert observation.adults[1].person_id in c.participant_ids


def test_most_conversations_are_finished_a_few_stopped_and_one_only_prepared(services, demo):
    conversations = _conversations(services)
    finished = [c for c in conversations if c.finished_at]
    running = [c for c in conversations if c.started and not c.finished_at]
    prepared = [c for c in conversations if not c.started]
    assert len(finished) >= 10 and 1 <= len(running) <= 3 and 1 <= len(prepared) <= 2
    newest = sorted(conversations, key=lambda c: (c.date, c.start_time))
    assert {c.id for c in newest[-len(prepared) - len(running):]} == {
        c.id for c in prepared + running}
    for c in prepared:  # only the kontrakt
        assert c.date > TODAY and not c.phase_log and not services.conversations.notes(c.id)
        assert not services.conversations.agreements(c.id)
    for c in running:
        assert c.date <= TODAY and c.phase_log[-1].ended_at is None
        assert 0 < c.current_phase < len(c.template.phases) - 1
        assert not c.summary and not services.conversations.agreements(c.id)
    assert all(c.date <= TODAY for c in finished)


def test_finished_conversations_have_notes_timer_opsamling_and_agreements(services, demo):
    for c in _conversations(services):
        if not c.finished_at:
            continue
        notes = services.conversations.notes(c.id)
        phases = c.template.phases
        for index, phase in enumerate(phases):
            answered = [q for (p, q), _text in notes.items() if p == index and q != PHASE_NOTE]
            assert len(answered) >= min(2, len(phase.questions)), (c.title, index)
        assert c.summary and c.next_steps
        assert 1 <= len(services.conversations.agreements(c.id)) <= 3
        # The timer: each phase visited in order, near its suggested minutes, then stopped.
        assert c.current_phase == len(phases) - 1
        assert all(v.ended_at for v in c.phase_log)
        visits = [v.phase for v in c.phase_log]
        assert list(dict.fromkeys(visits)) == list(range(len(phases)))
        assert all(phases[p].shows_data for i, p in enumerate(visits) if p in visits[:i])
        for index, phase in enumerate(phases):
            minutes = c.phase_seconds(index, c.finished_at) / 60
            assert 0.6 * phase.minutes <= minutes <= 1.45 * phase.minutes + 5, (c.title, index)
        local = c.phase_log[0].started_at + dt.timedelta(
            hours=demo_data._danish_utc_offset(c.date))
        start = dt.datetime.combine(c.date, c.start_time, tzinfo=dt.UTC)
        assert dt.timedelta(0) < local - start <= dt.timedelta(minutes=5)
        assert c.finished_at >= c.phase_log[-1].ended_at


def test_conversation_agreements_have_someone_responsible_and_a_due_date(services, demo):
    rows = services.agreements.list()
    rounds = _made_by_rounds(services, "conversation")
    ours = [r for r in rows if r.agreement.source_kind is SourceKind.CONVERSATION
            and r.agreement.source_id not in rounds]
    assert 14 <= len(ours) <= 36
    for row in ours:
        assert row.responsible_name and row.agreement.due
        assert dt.timedelta(days=7) <= row.agreement.due - row.source_date \
            <= dt.timedelta(days=28)
        if demo_data.school_year(row.source_date) < demo_data.school_year(TODAY):
            assert not row.agreement.status.is_open
    statuses = Counter(r.agreement.status for r in ours)
    assert statuses[AgreementStatus.DONE] > len(ours) // 3
    assert any(r.agreement.status.is_open for r in ours if r.agreement.due >= TODAY)
    assert all(r.agreement.status is AgreementStatus.DONE or r.agreement.note
               for r in ours if r.agreement.status is AgreementStatus.DROPPED)


def test_conversation_texts_name_no_students_and_no_full_names(services, demo):
    texts = _conversation_texts(services)
    joined = "\n".join(texts)
    assert CPR.search(joined) is None
    assert "{" not in joined and "}" not in joined
    for person in services.people.list_people():  # colleagues by first name only
        assert person.name not in joined, person.name
    # Students only as seat labels ("elev C3", "eleven på B4") and groups ("gruppe 3").
    labels = ELEV_LABEL.findall(joined)
    assert all(SEAT_LABEL.fullmatch(label) for label in labels), labels
    assert set(re.findall(r"\b(?:gruppe|bord) ([A-ZÆØÅ]\w*|\d+)", joined)) <= set("123456")
    assert re.search(r"\b(?:[Ee]lev(?:en)?(?: på)?|gruppe|bord) [A-H]?\d\b", joined)


def test_conversations_do_not_change_meetings_or_observations(services, other_services,
                                                              monkeypatch):
    monkeypatch.setattr(demo_collaborations._DemoCollaborations, "fill", lambda self: {})
    monkeypatch.setattr(demo_cycles._DemoCycles, "fill", lambda self: {})
    fill_demo(services, "small")
    monkeypatch.setattr(demo_conversations._DemoConversations, "fill",
                        lambda self: {"samtaler": 0, "aftaler": 0})
    fill_demo(other_services, "small")
    ours, theirs = content(services), content(other_services)
    unchanged = [key for key in ours if not key.startswith(("conversation", "agreement", "link"))]
    assert "observation_notes" in unchanged and "meetings" in unchanged
    for key in unchanged:
        assert ours[key] == theirs.get(key), key
    meeting_agreements = """SELECT what, due_date, status, note FROM agreements
                            WHERE source_kind = 'meeting' ORDER BY 1, 2, 3, 4"""
    assert (services.meetings.db.execute(meeting_agreements).fetchall()
            == other_services.meetings.db.execute(meeting_agreements).fetchall())
    assert _count(other_services, "conversations") == 0


# -- action-learning courses ----------------------------------------------------------------------

SEAT_OR_GROUP = re.compile(r"\b(?:elev|eleven på) ([A-Z]\w*)|\b(?:gruppe|bord) (\w+)")


def _cycles(services: Services) -> list:
    return [services.cycles.get(s.id) for s in services.cycles.summaries()]


def _round_texts(round_) -> list[str]:
    return [round_.action, round_.reason, round_.expectation, round_.lesson,
            round_.data_to_collect, round_.lesson_sequence, round_.watch_for,
            round_.focus_students, round_.practicalities, *round_.focus_points]


def _cycle_texts(cycle) -> list[str]:
    return [cycle.title, cycle.wonder, cycle.problem, cycle.why, cycle.goals, cycle.signs,
            cycle.learned, cycle.sharing, *(w.text for w in cycle.quick_writes),
            *(text for r in cycle.rounds for text in _round_texts(r))]


def test_small_demo_has_courses_in_every_stage_and_round_step(services, demo):
    cycles = _cycles(services)
    assert demo["forløb"] == len(cycles) >= 8
    assert {c.stage for c in cycles} == set(CycleStage)
    steps = Counter(c.current_round.step for c in cycles if c.stage is CycleStage.ROUNDS)
    assert len(steps) >= 3
    assert {c.model for c in cycles} == {CycleModel.EVA, CycleModel.EMU}
    this_year = demo_data.school_year(TODAY)
    now = {c.stage for c in cycles if demo_data.school_year(c.started) == this_year}
    assert {CycleStage.PROBLEM, CycleStage.ROUNDS, CycleStage.LEARNING} <= now
    older = {c.stage for c in cycles if demo_data.school_year(c.started) < this_year}
    assert older and older <= {CycleStage.CLOSED, CycleStage.LEARNING}


def test_courses_belong_to_a_class_or_year_team_with_a_vejleder(services, demo):
    people = {p.id: p for p in services.people.list_people()}
    teams = {t.id: t for t in services.people.list_teams()}
    for c in _cycles(services):
        team = teams[c.team_id]
        assert team.kind in (TeamKind.CLASS, TeamKind.YEAR)
        assert len(c.participant_ids) >= 2 and set(c.participant_ids) <= set(team.member_ids)
        assert people[c.coach_id].role in (Role.COACH, Role.RESOURCE_PERSON)
        assert CLASS_LABEL.fullmatch(c.class_label) or re.fullmatch(r"\d\. årgang",
                                                                    c.class_label)
        assert c.title and c.subject and c.started <= TODAY and c.started.weekday() < 5
        assert 2 <= len(c.quick_writes) <= 4
        assert all(w.text and w.person_id in c.participant_ids for w in c.quick_writes)
        if c.stage is not CycleStage.PROBLEM or c.problem:
            assert c.problem.endswith("?") and c.wonder and c.why and c.goals and c.signs


def test_rounds_have_an_action_plan_with_participants_and_pseudonymous_focus(services, demo):
    for c in _cycles(services):
        assert [r.number for r in c.rounds] == list(range(1, len(c.rounds) + 1))
        for r in c.rounds:
            if r.step is RoundStep.PLAN:
                assert r is c.current_round and not r.action and not r.observation_id
                continue
            assert r.teacher_id in c.participant_ids and r.teacher_id not in r.observer_ids
            assert 1 <= len(r.observer_ids) <= 2
            assert set(r.observer_ids) <= {*c.participant_ids, c.coach_id}
            assert 2 <= len(r.focus_points) <= 3
            assert all(_round_texts(r)), r
            assert c.started < r.lesson_date and r.lesson_date.weekday() < 5
            assert (r.lesson_date <= TODAY) == (r.observation_id is not None)
        for earlier, later in itertools.pairwise(c.rounds):
            assert earlier.decided == "round"
            assert earlier.next_teacher_id == later.teacher_id
            if later.action:
                assert earlier.conversation_id and later.lesson_date > earlier.lesson_date


def test_every_round_with_a_conversation_has_its_observation_linked(services, demo):
    held = 0
    for c in _cycles(services):
        for r in c.rounds:
            if r.observation_id:
                observation = services.observations.get(r.observation_id)
                assert observation.date == r.lesson_date and observation.team_id == c.team_id
                assert observation.adults[0].person_id == r.teacher_id
                assert observation.observer_id == r.observer_ids[0]
                assert observation.focus_points == r.focus_points
                notes = services.observations.notes(observation.id)
                assert 3 <= len(notes) <= 8
                assert all(n.focus_index is None or n.focus_index < len(r.focus_points)
                           for n in notes)
                assert observation.clock.stopped_at and not observation.clock.running
            if not r.conversation_id:
                continue
            held += 1
            assert r.observation_id and r.referent_id
            talk = services.conversations.get(r.conversation_id)
            assert talk.observation_ids == (r.observation_id,)
            assert talk.template.key == ROUND_TEMPLATE and talk.finished_at
            assert talk.focus_person_id == r.teacher_id and c.coach_id in talk.participant_ids
            assert dt.timedelta(0) <= talk.date - r.lesson_date <= dt.timedelta(days=7)
            assert talk.date <= TODAY and talk.summary and talk.next_steps
            notes = services.conversations.notes(talk.id)
            for phase in range(len(talk.template.phases)):
                assert sum(1 for p, _q in notes if p == phase) >= 2
            assert len(services.conversations.agreements(talk.id)) == 1
    assert held >= 5


def test_closed_courses_say_what_was_learned_and_how_it_is_shared(services, demo):
    closed = [c for c in _cycles(services) if c.stage is CycleStage.CLOSED]
    assert closed
    for c in closed:
        assert c.learned and c.sharing and c.closed_on and c.closed_on <= TODAY
        assert c.rounds and c.rounds[-1].decided == "learning"
        assert all(r.conversation_id for r in c.rounds)
        assert c.closed_on > max(r.lesson_date for r in c.rounds)
    for c in _cycles(services):
        if c.stage is CycleStage.LEARNING:
            assert c.rounds[-1].decided == "learning" and not c.closed_on and not c.sharing


def test_focus_students_are_labels_and_course_texts_name_no_one_in_full(services, demo):
    people = services.people.list_people()
    texts = [text for c in _cycles(services) for text in _cycle_texts(c)]
    joined = "\n".join(texts)
    assert "{" not in joined and "}" not in joined and CPR.search(joined) is None
    for person in people:  # colleagues by first name only
        assert person.name not in joined, person.name
    focus = [r.focus_students for c in _cycles(services) for r in c.rounds if r.focus_students]
    assert focus
    for text in focus:
        for person in people:
            assert not re.search(rf"\b{re.escape(person.name.split()[0])}\b", text), text
        labels = SEAT_OR_GROUP.findall(text)
        assert labels, text
        assert all(SEAT_LABEL.fullmatch(seat) if seat else group in set("123456")
                   for seat, group in labels), text


def test_course_texts_begin_no_sentence_with_a_students_label(services):
    """"Elev" and a word at the start of a sentence reads as a name (see the test above)."""
    def strings(value) -> list[str]:
        if isinstance(value, str):
            return [value]
        if isinstance(value, (tuple, list)):
            return [s for item in value for s in strings(item)]
        if hasattr(value, "__dataclass_fields__"):
            return [s for name in value.__dataclass_fields__ for s in strings(getattr(value,
                                                                                      name))]
        return []
    texts = strings([getattr(demo_cycle_content, name) for name in dir(demo_cycle_content)
                     if name.isupper()])
    assert len(texts) > 500
    assert not [t for t in texts if re.search(r"(?:^|[.!?»] )Elev ", t)]
    for theme in demo_cycle_content.THEMES:
        assert len(theme.steps) == 4, theme.key
        for step in theme.steps:
            assert all(n.focus is None or n.focus < len(step.focus_points) for n in step.seen)


def test_courses_do_not_change_meetings_observations_or_conversations(services, other_services,
                                                                      monkeypatch):
    fill_demo(services, "small")
    monkeypatch.setattr(demo_cycles._DemoCycles, "fill", lambda self: {})
    fill_demo(other_services, "small")
    ours, theirs = content(services), content(other_services)
    # Meetings as they were; the rounds only add observations, conversations and agreements.
    for key in [*_MEETING_TABLES, "link0", "link1", "link2", "link3", "link5"]:
        if key != "agreements":
            assert ours.get(key) == theirs.get(key), key
    for key in ("observations", "observation_notes", "conversations", "conversation_notes",
                "agreements", "link4", "link6", "link7"):
        assert Counter(theirs[key]) <= Counter(ours[key]), key
    assert _count(other_services, "cycles") == 0
    assert (_count(services, "observations") - _count(other_services, "observations")
            == _count(services, "cycle_rounds", "observation_id"))


# -- co-teaching collaborations -----------------------------------------------------------------


def _collaborations(services: Services) -> list:
    return [services.collaborations.get(s.id) for s in services.collaborations.summaries()]


def _collaboration_texts(services: Services, collaboration) -> list[str]:
    """Everything written about one collaboration: the contract, the planning sheets, the
    observations' notes and look-fors, the reflections and their agreements, the evaluation."""
    c = collaboration
    found = [c.title, c.goals, c.roles, c.duration, c.planning_time, c.evaluation_form,
             c.evaluation, c.adjustments]
    for lesson in c.lessons:
        found += [lesson.goal, lesson.signs, lesson.differentiation, lesson.materials]
        found += [text for p in lesson.phases for text in (p.activity, p.roles)]
        if lesson.observation_id:
            observation = services.observations.get(lesson.observation_id)
            found += [observation.purpose, observation.observer_position,
                      observation.feedback_time, *(m.evidence for m in observation.look_fors)]
            found += [text for n in services.observations.notes(observation.id)
                      for text in (n.description, n.interpretation)]
        if lesson.conversation_id:
            talk = services.conversations.get(lesson.conversation_id)
            found += [talk.title, talk.data_basis, talk.summary, talk.next_steps,
                      *services.conversations.notes(talk.id).values()]
            found += [row.agreement.what for row in services.conversations.agreements(talk.id)]
    return [text for text in found if text]


def test_small_demo_has_collaborations_in_every_stage(services, demo):
    collaborations = _collaborations(services)
    assert demo["samarbejder"] == len(collaborations) >= 5
    this_year = demo_data.school_year(TODAY)
    now = [c for c in collaborations if demo_data.school_year(c.started) == this_year]
    assert {c.stage for c in now} == set(CollaborationStage)
    older = [c for c in collaborations if demo_data.school_year(c.started) < this_year]
    assert older and all(c.stage is CollaborationStage.CLOSED for c in older)
    for c in collaborations:
        if c.stage is CollaborationStage.CONTRACT:
            assert not c.lessons
        elif c.stage is CollaborationStage.LESSONS:
            assert c.lessons
        else:
            assert all(lesson.step is LessonStep.DONE for lesson in c.lessons)
            assert 2 <= len(c.lessons) <= 6


def test_collaborations_pair_a_vejleder_with_a_teacher_in_their_class(services, demo):
    people = {p.id: p for p in services.people.list_people()}
    teams = {t.id: t for t in services.people.list_teams()}
    for c in _collaborations(services):
        teacher, coach = people[c.teacher_id], people[c.coach_id]
        assert teacher.role is Role.TEACHER
        assert coach.role in (Role.COACH, Role.RESOURCE_PERSON)
        assert CLASS_LABEL.fullmatch(c.class_label) and c.subject in teacher.note.lower()
        assert c.class_label.split(".")[0] == teacher.note.rsplit(", ", 1)[1].split(".")[0]
        assert c.title.startswith(f"Co-teaching i {c.class_label} {c.subject}")
        assert c.started <= TODAY and c.started.weekday() < 5
        assert c.pre_meeting < c.started <= c.pre_meeting + dt.timedelta(days=14)
        assert c.goals and c.roles and c.duration and c.planning_time
        assert c.evaluation_form or c.stage is CollaborationStage.CONTRACT
        if c.team_id:  # the class's own team, else its year team
            grade = c.class_label.split(".")[0]
            assert teams[c.team_id].name in (f"{c.class_label} klasseteam", f"{grade}. årgang")


def test_lessons_are_planned_about_a_week_apart_with_a_model_for_every_phase(services, demo):
    steps = set()
    for c in _collaborations(services):
        assert [lesson.number for lesson in c.lessons] == list(range(1, len(c.lessons) + 1))
        for lesson in c.lessons:
            steps.add(lesson.step)
            assert lesson.date and lesson.date.weekday() < 5 and lesson.start_time
            assert lesson.date > c.started and lesson.goal and lesson.signs
            if lesson.step is LessonStep.PLAN:
                assert lesson is c.lessons[-1] and not lesson.phases
                continue
            assert 2 <= len(lesson.phases) <= 4
            assert all(p.activity and p.model and p.roles for p in lesson.phases)
            assert lesson.differentiation and lesson.materials
            assert (lesson.date <= TODAY) == (lesson.observation_id is not None)
        for earlier, later in itertools.pairwise(c.lessons):
            assert dt.timedelta(days=5) <= later.date - earlier.date <= dt.timedelta(days=21)
            assert earlier.conversation_id
    assert len(steps) >= 2


def test_every_reflected_lesson_has_a_co_teaching_observation_with_model_switches(services,
                                                                               demo):
    reflected = 0
    for c in _collaborations(services):
        for lesson in c.lessons:
            if not lesson.observation_id:
                assert not lesson.conversation_id
                continue
            observation = services.observations.get(lesson.observation_id)
            assert observation.scheme_key == OBSERVATION_SCHEME
            assert [a.person_id for a in observation.adults] == [c.teacher_id, c.coach_id]
            assert observation.observer_id == c.coach_id and observation.team_id == c.team_id
            assert observation.date == lesson.date and observation.purpose == lesson.goal
            assert observation.planned_models == lesson.planned_models
            assert observation.clock.stopped_at and not observation.clock.running
            assert observation.clock.elapsed(observation.clock.stopped_at) == LESSON_SECONDS
            events = services.observations.events(observation.id)
            models = [e for e in events if e.kind == "model"]
            assert models and models[0].at_seconds == 0
            assert all(0 <= e.at_seconds < LESSON_SECONDS for e in events)
            assert all(a.value != b.value for a, b in itertools.pairwise(models))
            used = {CoTeachingModel(e.value) for e in models}
            assert used & set(lesson.planned_models)
            assert used <= {*lesson.planned_models, CoTeachingModel.ONE_ASSISTS,
                            CoTeachingModel.TEAM}
            notes = services.observations.notes(observation.id)
            assert 2 <= len(notes) <= 7
            assert all(0 < n.at_seconds < LESSON_SECONDS and n.description for n in notes)
            assert all(n.focus_index is None or n.focus_index < len(observation.focus_points)
                       for n in notes)
            assert 2 <= len(observation.look_fors) <= 4
            if not lesson.conversation_id:
                continue
            reflected += 1
            talk = services.conversations.get(lesson.conversation_id)
            assert talk.template.key == REFLECTION_TEMPLATE and talk.finished_at
            assert talk.observation_ids == (observation.id,)
            assert talk.focus_person_id == c.teacher_id and c.coach_id in talk.participant_ids
            assert dt.timedelta(0) <= talk.date - lesson.date <= dt.timedelta(days=7)
            assert talk.date <= TODAY and talk.summary and talk.next_steps
            phases = {p for p, _q in services.conversations.notes(talk.id)}
            assert phases == set(range(len(talk.template.phases)))
            assert len(services.conversations.agreements(talk.id)) <= 1
    assert reflected >= 6


def test_planned_models_appear_in_the_evaluation(services, demo):
    closed = [c for c in _collaborations(services) if c.stage is CollaborationStage.CLOSED]
    assert closed
    for c in closed:
        evaluation = services.collaborations.evaluation(c)
        assert evaluation.observed_lessons == len(c.lessons)
        assert sum(1 for use in evaluation.models if use.minutes > 0) >= 2
        planned = {use.model for use in evaluation.models if use.planned}
        assert {use.model for use in evaluation.models if use.lessons} & planned
        assert sum(use.minutes for use in evaluation.models) == pytest.approx(
            len(c.lessons) * LESSON_SECONDS / 60, abs=0.5)
        assert any(tally.seen for tally in evaluation.look_fors)
        assert c.evaluation and c.adjustments and c.closed_on
        assert c.closed_on >= max(lesson.date for lesson in c.lessons) and c.closed_on <= TODAY
        assert "min)" in c.evaluation or " min," in c.evaluation


def test_collaboration_texts_name_no_students_and_no_full_names(services, demo):
    people = services.people.list_people()
    texts = [text for c in _collaborations(services)
             for text in _collaboration_texts(services, c)]
    joined = "\n".join(texts)
    assert "{" not in joined and "}" not in joined and CPR.search(joined) is None
    for person in people:  # colleagues by first name only
        assert person.name not in joined, person.name
    labels = ELEV_LABEL.findall(joined)
    assert labels and all(SEAT_LABEL.fullmatch(label) for label in labels), labels
    groups = re.findall(r"\b(?:[Gg]ruppe|bord) ([A-ZÆØÅ]\w*|\d+)", joined)
    assert groups and set(groups) <= set("123456")
    assert not re.search(r"(?:^|[.!?»] )Elev ", joined, re.MULTILINE)


def test_collaboration_content_fits_the_models_and_the_lesson(services):
    models, forms = {m.value for m in CoTeachingModel}, {f.value for f in ActivityForm}
    template = services.templates.conversation_template(REFLECTION_TEMPLATE)
    assert len(demo_collaboration_content.LOOK_FOR_NAMES) == len(LOOK_FORS)
    assert len(demo_collaboration_content.LOOK_FOR_EVIDENCE) == len(LOOK_FORS)
    assert len(template.phases[3].questions) == len(LOOK_FORS)
    for theme in demo_collaboration_content.THEMES:
        assert len(theme.lessons) == 6, theme.key
        assert min(least for least, _text in theme.evaluations) == 2
        assert min(least for least, _text in theme.adjustments) == 2
        for lesson in theme.lessons:
            assert 2 <= len(lesson.phases) <= 4
            assert sum(p.minutes for p in lesson.phases) == 45, lesson.goal
            assert {p.model for p in lesson.phases} <= models
            assert {p.form for p in lesson.phases} <= forms
            assert all(s.phase < len(lesson.phases) for s in lesson.seen)
            assert all(s.focus is None or s.focus < 3 for s in lesson.seen)


def test_collaborations_do_not_change_the_rest_of_the_school(services, other_services,
                                                             monkeypatch):
    fill_demo(services, "small")
    monkeypatch.setattr(demo_collaborations._DemoCollaborations, "fill", lambda self: {})
    fill_demo(other_services, "small")
    ours, theirs = content(services), content(other_services)
    # Meetings and courses as they were; the lessons only add observations, conversations and
    # agreements.
    for key in [*_MEETING_TABLES, "cycles", "cycle_rounds", *(f"link{i}" for i in range(10))]:
        if key not in ("agreements", "link4", "link6", "link7"):
            assert ours.get(key) == theirs.get(key), key
    for key in ("observations", "observation_notes", "conversations", "conversation_notes",
                "agreements", "link4", "link6", "link7"):
        assert Counter(theirs[key]) <= Counter(ours[key]), key
    assert _count(other_services, "collaborations") == 0
    made = services.meetings.db.execute(
        "SELECT COUNT(observation_id) FROM collaboration_lessons").fetchone()[0]
    assert _count(services, "observations") - _count(other_services, "observations") == made
