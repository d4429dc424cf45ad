"""The numbered schema migrations. Never edit a released one: add the next.

Each migration runs in its own transaction with foreign keys off (SQLite's own recipe for
table rebuilds); afterwards ``PRAGMA foreign_key_check`` must come back empty. The schema
version is mirrored in ``PRAGMA user_version`` so a file from a newer app is recognised
before anything is written to it.

Children (agenda items, participants, …) are deleted with their parent by ``ON DELETE
CASCADE``; that only happens when the parent is purged from the trash. References to people
become NULL when a person is purged, so a meeting never disappears with one of its members.
"""

from __future__ import annotations

from sqlite_utils import Database, Migrations

from plf_desktop.storage.schema import SCHEMA_VERSION

__all__ = ["SCHEMA_VERSION", "migrations"]

migrations = Migrations("plf_desktop")

_STAMPS = "created_at TEXT NOT NULL, updated_at TEXT NOT NULL"
_TRASH = "deleted_at TEXT"
_PERSON = "REFERENCES people(id) ON DELETE SET NULL"

_FOUNDATION = f"""
CREATE TABLE school (
    id TEXT PRIMARY KEY, name TEXT NOT NULL, municipality TEXT NOT NULL DEFAULT '',
    logo_png BLOB, {_STAMPS});
CREATE TABLE people (
    id TEXT PRIMARY KEY, name TEXT NOT NULL, initials TEXT NOT NULL DEFAULT '',
    role TEXT NOT NULL, note TEXT NOT NULL DEFAULT '', {_STAMPS}, {_TRASH});
CREATE TABLE teams (
    id TEXT PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '', {_STAMPS}, {_TRASH});
CREATE TABLE team_members (
    team_id TEXT NOT NULL REFERENCES teams(id) ON DELETE CASCADE,
    person_id TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    {_STAMPS}, PRIMARY KEY (team_id, person_id));
CREATE TABLE meetings (
    id TEXT PRIMARY KEY, title TEXT NOT NULL, date TEXT NOT NULL, start_time TEXT,
    place TEXT NOT NULL DEFAULT '',
    team_id TEXT REFERENCES teams(id) ON DELETE SET NULL,
    template_key TEXT NOT NULL DEFAULT '',
    chair_id TEXT {_PERSON}, minute_taker_id TEXT {_PERSON}, timekeeper_id TEXT {_PERSON},
    next_date TEXT, next_time TEXT, next_place TEXT NOT NULL DEFAULT '',
    next_note TEXT NOT NULL DEFAULT '',
    evaluation_rating INTEGER, evaluation_note TEXT NOT NULL DEFAULT '', {_STAMPS}, {_TRASH});
CREATE TABLE meeting_participants (
    meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    person_id TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    attendance TEXT NOT NULL, position INTEGER NOT NULL DEFAULT 0,
    {_STAMPS}, PRIMARY KEY (meeting_id, person_id));
CREATE TABLE agenda_items (
    id TEXT PRIMARY KEY,
    meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    position INTEGER NOT NULL, title TEXT NOT NULL, kind TEXT NOT NULL,
    minutes INTEGER NOT NULL, responsible_id TEXT {_PERSON},
    description TEXT NOT NULL DEFAULT '', notes TEXT NOT NULL DEFAULT '', {_STAMPS});
CREATE TABLE decisions (
    id TEXT PRIMARY KEY,
    agenda_item_id TEXT NOT NULL REFERENCES agenda_items(id) ON DELETE CASCADE,
    position INTEGER NOT NULL, text TEXT NOT NULL, {_STAMPS});
CREATE TABLE data_references (
    id TEXT PRIMARY KEY,
    meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    position INTEGER NOT NULL, source TEXT NOT NULL, period TEXT NOT NULL DEFAULT '',
    level TEXT NOT NULL, summary TEXT NOT NULL DEFAULT '',
    confidential INTEGER NOT NULL DEFAULT 0, {_STAMPS});
CREATE TABLE agreements (
    id TEXT PRIMARY KEY, what TEXT NOT NULL, responsible_id TEXT {_PERSON}, due_date TEXT,
    status TEXT NOT NULL, source_kind TEXT NOT NULL, source_id TEXT,
    team_id TEXT REFERENCES teams(id) ON DELETE SET NULL,
    note TEXT NOT NULL DEFAULT '', position INTEGER NOT NULL DEFAULT 0, {_STAMPS}, {_TRASH});
CREATE TABLE agreement_reviews (
    agreement_id TEXT NOT NULL REFERENCES agreements(id) ON DELETE CASCADE,
    meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    status TEXT NOT NULL, {_STAMPS}, PRIMARY KEY (agreement_id, meeting_id));
CREATE INDEX idx_meetings_date ON meetings(date);
CREATE INDEX idx_meetings_team_date ON meetings(team_id, date);
CREATE INDEX idx_agenda_items_meeting ON agenda_items(meeting_id, position);
CREATE INDEX idx_decisions_item ON decisions(agenda_item_id, position);
CREATE INDEX idx_data_references_meeting ON data_references(meeting_id, position);
CREATE INDEX idx_team_members_person ON team_members(person_id);
CREATE INDEX idx_participants_person ON meeting_participants(person_id);
CREATE INDEX idx_agreements_source ON agreements(source_kind, source_id);
CREATE INDEX idx_agreements_team_status ON agreements(team_id, status);
CREATE INDEX idx_agreements_responsible ON agreements(responsible_id);
CREATE INDEX idx_agreements_status_due ON agreements(status, due_date);
CREATE INDEX idx_reviews_meeting ON agreement_reviews(meeting_id);
"""


@migrations()
def m001_foundation(db: Database) -> None:
    """School, people, teams, meetings with agenda, data and decisions, and agreements."""
    for statement in _FOUNDATION.split(";"):
        if statement.strip():
            db.execute(statement)


_OBSERVATIONS = f"""
CREATE TABLE observations (
    id TEXT PRIMARY KEY, date TEXT NOT NULL, start_time TEXT,
    class_label TEXT NOT NULL DEFAULT '', subject TEXT NOT NULL DEFAULT '',
    student_count INTEGER, observer_id TEXT {_PERSON},
    team_id TEXT REFERENCES teams(id) ON DELETE SET NULL,
    purpose TEXT NOT NULL DEFAULT '', focus_points TEXT NOT NULL DEFAULT '[]',
    planned_models TEXT NOT NULL DEFAULT '[]', observer_position TEXT NOT NULL DEFAULT '',
    feedback_time TEXT NOT NULL DEFAULT '', scheme_key TEXT NOT NULL DEFAULT '',
    participation_types TEXT NOT NULL DEFAULT '[]', interval_minutes INTEGER NOT NULL DEFAULT 0,
    seats TEXT NOT NULL DEFAULT '[]', look_fors TEXT NOT NULL DEFAULT '[]',
    clock_started_at TEXT, clock_paused_at TEXT, clock_paused_seconds REAL NOT NULL DEFAULT 0,
    clock_stopped_at TEXT, private_notes TEXT NOT NULL DEFAULT '', {_STAMPS}, {_TRASH});
CREATE TABLE observation_adults (
    observation_id TEXT NOT NULL REFERENCES observations(id) ON DELETE CASCADE,
    person_id TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    role TEXT NOT NULL DEFAULT '', position INTEGER NOT NULL DEFAULT 0, {_STAMPS},
    PRIMARY KEY (observation_id, person_id));
CREATE TABLE observation_notes (
    id TEXT PRIMARY KEY,
    observation_id TEXT NOT NULL REFERENCES observations(id) ON DELETE CASCADE,
    at_seconds REAL NOT NULL, description TEXT NOT NULL DEFAULT '',
    interpretation TEXT NOT NULL DEFAULT '', category TEXT NOT NULL, focus_index INTEGER,
    private INTEGER NOT NULL DEFAULT 0, {_STAMPS});
CREATE TABLE observation_events (
    id TEXT PRIMARY KEY,
    observation_id TEXT NOT NULL REFERENCES observations(id) ON DELETE CASCADE,
    at_seconds REAL NOT NULL, kind TEXT NOT NULL, value TEXT NOT NULL, {_STAMPS});
CREATE TABLE participation_events (
    id TEXT PRIMARY KEY,
    observation_id TEXT NOT NULL REFERENCES observations(id) ON DELETE CASCADE,
    seat_label TEXT NOT NULL, kind TEXT NOT NULL, at_seconds REAL NOT NULL, {_STAMPS});
CREATE TABLE seating_layouts (
    class_label TEXT PRIMARY KEY, seats TEXT NOT NULL DEFAULT '[]', {_STAMPS});
CREATE INDEX idx_observations_date ON observations(date);
CREATE INDEX idx_observation_adults_person ON observation_adults(person_id);
CREATE INDEX idx_observation_notes_obs ON observation_notes(observation_id, at_seconds);
CREATE INDEX idx_observation_events_obs ON observation_events(observation_id, at_seconds);
CREATE INDEX idx_participation_obs ON participation_events(observation_id, at_seconds);
"""


@migrations()
def m002_observations(db: Database) -> None:
    """Observations with notes, model and activity switches, seat taps and saved layouts."""
    for statement in _OBSERVATIONS.split(";"):
        if statement.strip():
            db.execute(statement)


@migrations()
def m003_user_templates(db: Database) -> None:
    """Templates the user made (copies of shipped ones), kept as the same TOML text."""
    db.execute(f"""
        CREATE TABLE user_templates (
            id TEXT PRIMARY KEY, kind TEXT NOT NULL, name TEXT NOT NULL, body TEXT NOT NULL,
            {_STAMPS}, {_TRASH})""")
    db.execute("CREATE INDEX idx_user_templates_kind ON user_templates(kind)")


_CONVERSATIONS = f"""
CREATE TABLE conversations (
    id TEXT PRIMARY KEY, title TEXT NOT NULL, date TEXT NOT NULL, start_time TEXT,
    template_key TEXT NOT NULL, template_name TEXT NOT NULL,
    template_version INTEGER NOT NULL DEFAULT 1, template_body TEXT NOT NULL,
    phase_count INTEGER NOT NULL DEFAULT 1,
    focus_person_id TEXT {_PERSON},
    team_id TEXT REFERENCES teams(id) ON DELETE SET NULL,
    purpose TEXT NOT NULL DEFAULT '', content TEXT NOT NULL DEFAULT '',
    data_basis TEXT NOT NULL DEFAULT '', current_phase INTEGER,
    phase_log TEXT NOT NULL DEFAULT '[]', summary TEXT NOT NULL DEFAULT '',
    next_steps TEXT NOT NULL DEFAULT '', finished_at TEXT, {_STAMPS}, {_TRASH});
CREATE TABLE conversation_participants (
    conversation_id TEXT NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
    person_id TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0, {_STAMPS}, PRIMARY KEY (conversation_id, person_id));
CREATE TABLE conversation_notes (
    conversation_id TEXT NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
    phase INTEGER NOT NULL, question INTEGER NOT NULL, text TEXT NOT NULL DEFAULT '',
    {_STAMPS}, PRIMARY KEY (conversation_id, phase, question));
CREATE TABLE conversation_observations (
    conversation_id TEXT NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
    observation_id TEXT NOT NULL REFERENCES observations(id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0, {_STAMPS},
    PRIMARY KEY (conversation_id, observation_id));
CREATE INDEX idx_conversations_date ON conversations(date);
CREATE INDEX idx_conversations_team_date ON conversations(team_id, date);
CREATE INDEX idx_conversation_participants_person ON conversation_participants(person_id);
CREATE INDEX idx_conversation_observations_obs ON conversation_observations(observation_id);
"""


@migrations()
def m004_conversations(db: Database) -> None:
    """Didactic conversations: the kontrakt, the frozen template, notes per question, the
    participants and the observations they build on."""
    for statement in _CONVERSATIONS.split(";"):
        if statement.strip():
            db.execute(statement)


_CYCLES = f"""
CREATE TABLE cycles (
    id TEXT PRIMARY KEY, title TEXT NOT NULL, model TEXT NOT NULL DEFAULT 'eva5',
    stage TEXT NOT NULL DEFAULT 'problemstilling',
    team_id TEXT REFERENCES teams(id) ON DELETE SET NULL, coach_id TEXT {_PERSON},
    class_label TEXT NOT NULL DEFAULT '', subject TEXT NOT NULL DEFAULT '', started TEXT,
    wonder TEXT NOT NULL DEFAULT '', problem TEXT NOT NULL DEFAULT '',
    why TEXT NOT NULL DEFAULT '', goals TEXT NOT NULL DEFAULT '',
    signs TEXT NOT NULL DEFAULT '', learned TEXT NOT NULL DEFAULT '',
    sharing TEXT NOT NULL DEFAULT '', closed_on TEXT, {_STAMPS}, {_TRASH});
CREATE TABLE cycle_participants (
    cycle_id TEXT NOT NULL REFERENCES cycles(id) ON DELETE CASCADE,
    person_id TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0, {_STAMPS}, PRIMARY KEY (cycle_id, person_id));
CREATE TABLE cycle_quick_writes (
    cycle_id TEXT NOT NULL REFERENCES cycles(id) ON DELETE CASCADE,
    person_id TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    text TEXT NOT NULL DEFAULT '', {_STAMPS}, PRIMARY KEY (cycle_id, person_id));
CREATE TABLE cycle_rounds (
    id TEXT PRIMARY KEY, cycle_id TEXT NOT NULL REFERENCES cycles(id) ON DELETE CASCADE,
    number INTEGER NOT NULL, action TEXT NOT NULL DEFAULT '', reason TEXT NOT NULL DEFAULT '',
    expectation TEXT NOT NULL DEFAULT '', lesson_date TEXT, lesson_time TEXT,
    lesson TEXT NOT NULL DEFAULT '', teacher_id TEXT {_PERSON},
    observer_ids TEXT NOT NULL DEFAULT '[]', focus_points TEXT NOT NULL DEFAULT '[]',
    data_to_collect TEXT NOT NULL DEFAULT '', lesson_sequence TEXT NOT NULL DEFAULT '',
    watch_for TEXT NOT NULL DEFAULT '', focus_students TEXT NOT NULL DEFAULT '',
    practicalities TEXT NOT NULL DEFAULT '',
    observation_id TEXT REFERENCES observations(id) ON DELETE SET NULL,
    conversation_id TEXT REFERENCES conversations(id) ON DELETE SET NULL,
    next_teacher_id TEXT {_PERSON}, next_observer_id TEXT {_PERSON}, referent_id TEXT {_PERSON},
    decided TEXT NOT NULL DEFAULT '', {_STAMPS});
CREATE INDEX idx_cycles_started ON cycles(started);
CREATE INDEX idx_cycles_team ON cycles(team_id);
CREATE INDEX idx_cycle_participants_person ON cycle_participants(person_id);
CREATE INDEX idx_cycle_rounds_cycle ON cycle_rounds(cycle_id, number);
CREATE INDEX idx_cycle_rounds_observation ON cycle_rounds(observation_id);
CREATE INDEX idx_cycle_rounds_conversation ON cycle_rounds(conversation_id);
"""


@migrations()
def m005_cycles(db: Database) -> None:
    """Action-learning courses: problem statement, quick-writes, rounds linked to their
    observation and conversation, and what was learned."""
    for statement in _CYCLES.split(";"):
        if statement.strip():
            db.execute(statement)


@migrations()
def m006_search(db: Database) -> None:
    """The full-text index of every note, agreement, problem statement and referat."""
    from plf_desktop.storage import search_index

    search_index.install(db)  # type: ignore[arg-type]


_COLLABORATIONS = f"""
CREATE TABLE collaborations (
    id TEXT PRIMARY KEY, title TEXT NOT NULL, stage TEXT NOT NULL DEFAULT 'kontrakt',
    coach_id TEXT {_PERSON}, teacher_id TEXT {_PERSON},
    team_id TEXT REFERENCES teams(id) ON DELETE SET NULL,
    class_label TEXT NOT NULL DEFAULT '', subject TEXT NOT NULL DEFAULT '', started TEXT,
    pre_meeting TEXT, goals TEXT NOT NULL DEFAULT '', roles TEXT NOT NULL DEFAULT '',
    duration TEXT NOT NULL DEFAULT '', planning_time TEXT NOT NULL DEFAULT '',
    evaluation_form TEXT NOT NULL DEFAULT '', evaluation TEXT NOT NULL DEFAULT '',
    adjustments TEXT NOT NULL DEFAULT '', closed_on TEXT, {_STAMPS}, {_TRASH});
CREATE TABLE collaboration_lessons (
    id TEXT PRIMARY KEY,
    collaboration_id TEXT NOT NULL REFERENCES collaborations(id) ON DELETE CASCADE,
    number INTEGER NOT NULL, date TEXT, start_time TEXT, goal TEXT NOT NULL DEFAULT '',
    signs TEXT NOT NULL DEFAULT '', phases TEXT NOT NULL DEFAULT '[]',
    differentiation TEXT NOT NULL DEFAULT '', materials TEXT NOT NULL DEFAULT '',
    observation_id TEXT REFERENCES observations(id) ON DELETE SET NULL,
    conversation_id TEXT REFERENCES conversations(id) ON DELETE SET NULL, {_STAMPS});
CREATE INDEX idx_collaborations_started ON collaborations(started);
CREATE INDEX idx_collaboration_lessons ON collaboration_lessons(collaboration_id, number);
CREATE INDEX idx_collaboration_lessons_observation ON collaboration_lessons(observation_id);
"""


@migrations()
def m007_collaborations(db: Database) -> None:
    """Co-teaching collaborations: the contract, the lesson plans with their observation and
    reflection conversation, and the evaluation; searchable like everything else."""
    for statement in _COLLABORATIONS.split(";"):
        if statement.strip():
            db.execute(statement)
    from plf_desktop.storage import search_index

    search_index.install(db)  # type: ignore[arg-type]


@migrations()
def m008_search_plain_lists(db: Database) -> None:
    """Index the texts inside list columns (focus points, lesson phases) without their JSON
    brackets, quotes and model codes, which showed in search snippets."""
    from plf_desktop.storage import search_index

    search_index.install(db)  # type: ignore[arg-type]


_RETAINED = ("cycles", "collaborations", "observations", "conversations", "meetings")


@migrations()
def m009_retention(db: Database) -> None:
    """A deletion date the user chose for one record (NULL: the default of its school year).

    Few records have one, so the ``delete_on`` indexes hold only those that do; the default
    rule needs no column, it is a range on the record's date (domain/retention.py), which the
    ``(date, delete_on, id)`` indexes answer without reading the rows."""
    for table in _RETAINED:
        db.execute(f"ALTER TABLE {table} ADD COLUMN delete_on TEXT")
        db.execute(f"CREATE INDEX idx_{table}_delete_on ON {table}(delete_on)"
                   " WHERE delete_on IS NOT NULL")
    # Overblik reads every due observation, conversation and meeting: from the index alone.
    for table in ("observations", "conversations", "meetings"):
        db.execute(f"CREATE INDEX idx_{table}_retention ON {table}(date, delete_on, id)")
    # The foreign key looks a deleted conversation up here; rounds had their index.
    db.execute("CREATE INDEX idx_collaboration_lessons_conversation"
               " ON collaboration_lessons(conversation_id)")



@migrations()
def m010_overview_indexes(db: Database) -> None:
    """Indexes that let *Overblik* answer from the index alone, on years of records.

    Recent work takes the newest few rows of each kind by ``updated_at``; the teachers and
    teams not observed lately take one observation date per person or team. On the large
    demo (5,525 observations) these queries fell from ≈ 33 ms to ≈ 4 ms together."""
    for table, date in (("meetings", "date"), ("observations", "date"),
                        ("conversations", "date"), ("cycles", "started"),
                        ("collaborations", "started")):
        db.execute(f"CREATE INDEX idx_{table}_recent ON {table}(updated_at, {date})"
                   " WHERE deleted_at IS NULL")
    db.execute("CREATE INDEX idx_observations_visit ON observations(id, deleted_at, date)")
    db.execute("CREATE INDEX idx_observations_team_visit"
               " ON observations(team_id, deleted_at, date)")
    db.execute("DROP INDEX IF EXISTS idx_observation_adults_person")
    db.execute("CREATE INDEX idx_observation_adults_person"
               " ON observation_adults(person_id, observation_id)")



@migrations()
def m011_people_erased(db: Database) -> None:
    """When a person was erased (GDPR): the anonymous row stays, so every meeting,
    observation and course keeps "Slettet person" where they took part, but no list or
    picker offers it, and it never goes to the trash, whose emptying would remove it from
    those records."""
    db.execute("ALTER TABLE people ADD COLUMN erased_at TEXT")


if len(migrations._migrations) != SCHEMA_VERSION:
    raise RuntimeError("SCHEMA_VERSION in storage/schema.py must count the migrations")
