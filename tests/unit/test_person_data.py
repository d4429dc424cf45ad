"""A person's right of access and erasure: what is found, what is exported, what is erased.

``person_world`` builds one person (Åse) into every kind of record, by every kind of
reference, plus a record that only names her; the GUI tests use it too.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from plf_desktop.domain.errors import PlfError
from plf_desktop.domain.labels import AgreementStatus, Attendance, Role
from plf_desktop.domain.observations import Adult
from plf_desktop.domain.person_data import Part, RecordKind, as_document, as_json
from plf_desktop.services.registry import Services
from plf_desktop.storage import person_data_repo
from plf_desktop.storage.person_data_repo import PARTS, TEXT_SOURCES, NameMatcher

ASE = "Åse Bækgård"
PRIVATE_NOTE = "Privat: Åse virker presset, tal med hende om det"
PRIVATE_LINES = "Mine egne tanker om lektionen"


def person_world(services: Services, people: dict) -> dict:
    """Åse in a meeting (chair, agenda item, agreement), an observation (observed teacher, with
    private notes), a conversation (focus person), a course (participant, round observer by
    JSON id), a collaboration (teacher), and a meeting of another team that names her."""
    ase, lukasz, ida = people["ase"], people["lukasz"], people["ida"]
    meetings, observations = services.meetings, services.observations
    meeting = meetings.create(date=dt.date(2026, 11, 3), team_id=people["team"].id,
                              template_key="data-informeret-60", title="Teammøde om trivsel")
    meetings.update(meeting.id, chair_id=ase.id, next_note="Åse Bækgårds punkt tages op igen")
    meetings.set_attendance(meeting.id, lukasz.id, Attendance.ABSENT)
    item = meetings.get(meeting.id).agenda[1]
    meetings.update_item(item.id, responsible_id=ase.id,
                         notes="Åse Bækgård fortalte om makkerlæsning.")
    agreement = meetings.add_agreement(meeting.id, "Afprøve makkerlæsning i 5.A", ase.id,
                                       dt.date(2026, 11, 17))
    observation = observations.create(
        date=dt.date(2026, 11, 5), class_label="5.A", subject="Dansk",
        adults=(Adult(ase.id, "Underviser"),), observer_id=ida.id,
        focus_points=("Hvordan Åse Bækgård giver feedback",))
    observations.update(observation.id, private_notes=PRIVATE_LINES)
    observations.add_note(observation.id, "Eleverne læser to og to", at_seconds=125)
    observations.add_note(observation.id, PRIVATE_NOTE, at_seconds=300, private=True)
    template = services.templates.conversation_templates()[0]
    conversation = services.conversations.create(
        template, date=dt.date(2026, 11, 6), title="Samtale med Åse om feedback",
        focus_person_id=ase.id, participant_ids=(ida.id,))
    services.conversations.set_note(conversation.id, 0, 0, "Åse Bækgård vil prøve exit-slips")
    cycle = services.cycles.create("Alle elever tager ordet", started=dt.date(2026, 9, 1),
                                   participant_ids=(lukasz.id,))
    services.cycles.update(cycle.id, problem="Hvordan får vi alle med?")
    first = services.cycles.start_rounds(cycle.id)
    services.cycles.update_round(first.id, action="Makkersnak før svar", teacher_id=lukasz.id,
                                 observer_ids=(ase.id,))
    collaboration = services.collaborations.create(
        "Co-teaching i 5.A dansk", started=dt.date(2026, 10, 1), teacher_id=ase.id,
        coach_id=ida.id)
    services.collaborations.update(collaboration.id,
                                   roles="Åse Bækgård leder opstarten, Ida går rundt")
    other_team = services.people.add_team("Ressourceteamet", member_ids=(ida.id,))
    other = meetings.create(date=dt.date(2026, 10, 1), team_id=other_team.id,
                            title="Ressourcemøde")
    meetings.update(other.id, next_note="Invitere Åse Bækgård næste gang.")
    meetings.add_item(other.id, "Velkommen til Åse Bækgård")
    unrelated = meetings.create(date=dt.date(2026, 9, 1), team_id=other_team.id,
                                title="Møde om læsebånd")
    meetings.update(unrelated.id, next_note="Intet om hende her; Åse Bækgård-Hansen kommer.")
    return {"meeting": meeting, "agreement": agreement, "observation": observation,
            "conversation": conversation, "cycle": cycle, "collaboration": collaboration,
            "other": other, "unrelated": unrelated, "item": item, "round": first}


@pytest.fixture
def world(services: Services, team_with_people: dict) -> dict:
    return person_world(services, team_with_people)


def _record(data, kind: RecordKind, record_id: str):  # type: ignore[no-untyped-def]
    return next(r for r in data.records if r.kind is kind and r.id == record_id)


def _all_text(record) -> str:  # type: ignore[no-untyped-def]
    return "\n".join(t for block in record.texts for _c, t in block.fields)


# -- the survey: every reference and every typed text is known --------------------------------
def test_every_reference_to_a_person_is_searched(storage) -> None:
    """A column that points at people(id) and is not in PARTS would be missed by the export
    and left pointing at the erased person: a new migration must add it there."""
    db = storage.db
    references = {(table, ref[3]) for table in db.table_names()
                  for ref in db.execute(f"PRAGMA foreign_key_list([{table}])")
                  if ref[2] == "people"}
    searched = " ".join(sql for _kind, _part, sql in PARTS)
    missing = [f"{t}.{c}" for t, c in sorted(references)
               if f"FROM {t} " not in searched + " " or c not in searched]
    assert missing == []
    assert "json_each(r.observer_ids)" in searched  # the one list of ids without a key


_NOT_TYPED = {"id", "kind", "role", "status", "source", "level", "stage", "model", "category",
              "attendance", "template_key", "template_name", "template_body", "scheme_key",
              "phase_log", "planned_models", "participation_types", "seats", "observer_ids",
              "seat_label", "value", "decided", "body", "logo_png", "name", "municipality",
              "initials", "source_kind", "pre_meeting"}


def test_every_column_of_typed_text_is_exported_and_erased(storage) -> None:
    """Erasure promises the full name is gone from every text: a text column nobody listed
    (a new migration's) fails here until it is put in TEXT_SOURCES or declared not typed."""
    db = storage.db
    listed = {(s.table, c) for s in TEXT_SOURCES for c in s.free_text}
    skipped_tables = {"school", "user_templates", "seating_layouts", "observation_events",
                      "participation_events", "_sqlite_migrations", "agreement_reviews"}
    unlisted = []
    for table in db.table_names():
        if table in skipped_tables or table.startswith("search_index"):
            continue
        for _cid, column, kind, *_rest in db.execute(f"PRAGMA table_info([{table}])"):
            if kind.upper() != "TEXT" or (table, column) in listed:
                continue
            if column in _NOT_TYPED or column.endswith(("_id", "_at", "_on", "date", "_time",
                                                        "started")):
                continue
            unlisted.append(f"{table}.{column}")
    assert unlisted == []
    assert ("observation_adults", "role") in listed  # typed text, despite its name


# -- names in text ------------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "expected"), [
    ("Åse Bækgård fortalte", "Slettet person fortalte"),
    ("åse  bækgård sagde", "Slettet person sagde"),
    ("Åse\nBækgård", "Slettet person"),
    ("Åse Bækgårds punkt", "Slettet persons punkt"),
    ("Åse Bækgård-Hansen kommer", "Åse Bækgård-Hansen kommer"),
    ("Bodil Åse Bækgårdsen", "Bodil Åse Bækgårdsen"),
    ("Åse alene", "Åse alene"),
])
def test_the_full_name_is_found_as_a_reader_would(text: str, expected: str) -> None:
    assert NameMatcher(ASE).replace(text, "Slettet person") == expected


def test_names_inside_json_lists_are_found_whatever_their_escapes() -> None:
    matcher = NameMatcher(ASE)
    ascii_json = json.dumps([["Opstart", "parallel", "Åse Bækgård leder"]])
    assert "\\u00c5" in ascii_json and matcher.found_in(ascii_json)
    replaced = json.loads(matcher.replace(ascii_json, "Slettet person", is_json=True))
    assert replaced == [["Opstart", "parallel", "Slettet person leder"]]


# -- access ------------------------------------------------------------------------------------
def test_collect_finds_every_record_and_how_the_person_takes_part(services, world,
                                                                  team_with_people) -> None:
    ase = team_with_people["ase"]
    data = services.person_data.collect(ase.id)
    assert data.person.name == ASE and not data.include_private
    parts = {(r.kind, r.id): set(r.parts) for r in data.records}
    assert parts[(RecordKind.TEAM, team_with_people["team"].id)] == {Part.MEMBER}
    assert parts[(RecordKind.MEETING, world["meeting"].id)] == {
        Part.PARTICIPANT, Part.CHAIR, Part.AGENDA_RESPONSIBLE}
    assert parts[(RecordKind.AGREEMENT, world["agreement"].id)] == {Part.RESPONSIBLE}
    assert parts[(RecordKind.OBSERVATION, world["observation"].id)] == {Part.OBSERVED_TEACHER}
    assert parts[(RecordKind.CONVERSATION, world["conversation"].id)] == {Part.FOCUS_PERSON}
    assert parts[(RecordKind.CYCLE, world["cycle"].id)] == {Part.ROUND_OBSERVER}
    assert parts[(RecordKind.COLLABORATION, world["collaboration"].id)] == {Part.TEACHER}
    assert parts[(RecordKind.MEETING, world["other"].id)] == {Part.MENTIONED}
    assert (RecordKind.MEETING, world["unrelated"].id) not in parts  # Åse Bækgård-Hansen
    meeting = _record(data, RecordKind.MEETING, world["meeting"].id)
    assert "Åse Bækgård fortalte om makkerlæsning." in _all_text(meeting)
    assert "Afprøve makkerlæsning i 5.A" in _all_text(meeting)  # the meeting's agreements
    other = _record(data, RecordKind.MEETING, world["other"].id)
    assert _all_text(other) == "Invitere Åse Bækgård næste gang."  # only what names her
    assert [b.heading for b in other.texts] == ["", "Velkommen til Åse Bækgård"]
    conversation = _record(data, RecordKind.CONVERSATION, world["conversation"].id)
    block = next(b for b in conversation.texts if b.source == "conversation_notes")
    assert block.heading  # the phase and question the note answers
    agreement = _record(data, RecordKind.AGREEMENT, world["agreement"].id)
    assert (agreement.date, agreement.status) == (dt.date(2026, 11, 17),
                                                  AgreementStatus.OPEN.value)


def test_private_notes_are_left_out_unless_asked_for(services, world, team_with_people) -> None:
    ase = team_with_people["ase"]
    shared = _record(services.person_data.collect(ase.id), RecordKind.OBSERVATION,
                     world["observation"].id)
    assert "Eleverne læser to og to" in _all_text(shared)
    assert PRIVATE_NOTE not in _all_text(shared) and PRIVATE_LINES not in _all_text(shared)
    assert not any(b.private for b in shared.texts)
    full = _record(services.person_data.collect(ase.id, include_private=True),
                   RecordKind.OBSERVATION, world["observation"].id)
    assert PRIVATE_NOTE in _all_text(full) and PRIVATE_LINES in _all_text(full)
    assert {b.fields[0][1] for b in full.texts if b.private} == {PRIVATE_NOTE, PRIVATE_LINES}


def test_someone_elses_private_note_that_names_her_stays_private(services, team_with_people,
                                                                 world) -> None:
    services.observations.add_note(world["observation"].id, "Åse Bækgård var træt", at_seconds=9,
                                   private=True)
    data = services.person_data.collect(team_with_people["lukasz"].id)
    assert "Åse Bækgård var træt" not in as_json(data)


def test_records_in_the_trash_are_exported_and_marked(services, world, team_with_people) -> None:
    services.meetings.delete(world["meeting"].id)
    data = services.person_data.collect(team_with_people["ase"].id)
    assert _record(data, RecordKind.MEETING, world["meeting"].id).in_trash


def test_the_json_is_stable_iso_and_keeps_danish_letters(services, world,
                                                         team_with_people) -> None:
    data = services.person_data.collect(team_with_people["ase"].id)
    text = as_json(data)
    assert ASE in text and "\\u00c5" not in text
    parsed = json.loads(text)
    assert list(parsed) == sorted(parsed)
    assert parsed["person"] == {"id": team_with_people["ase"].id, "name": ASE, "initials": "ÅB",
                                "role": Role.TEACHER.value, "note": "",
                                "created_at": team_with_people["ase"].created_at or
                                parsed["person"]["created_at"], "in_trash": False}
    assert [m["date"] for m in parsed["meetings"]] == ["2026-10-01", "2026-11-03"]
    assert parsed["agreements"][0]["title"] == "Afprøve makkerlæsning i 5.A"
    assert parsed["agreements"][0]["parts"] == ["responsible"]
    for key in ("teams", "observations", "conversations", "cycles", "collaborations", "people"):
        assert isinstance(parsed[key], list)
    assert as_json(data) == text  # the same data gives the same file
    assert as_document(data)["format_version"] == 1


def test_an_unknown_person_is_not_found(services) -> None:
    from plf_desktop.domain.errors import NotFoundError

    with pytest.raises(NotFoundError):
        services.person_data.collect("nobody")


# -- the files -----------------------------------------------------------------------------------
def test_export_writes_a_pdf_and_json_side_by_side(services, world, team_with_people, tmp_path,
                                                   danish) -> None:
    from plf_desktop.exports import export_person_data

    pdf, data = export_person_data(services, team_with_people["ase"].id,
                                   tmp_path / "Persondata – Åse.pdf")
    assert (pdf.name, data.name) == ("Persondata – Åse.pdf", "Persondata – Åse.json")
    text = " ".join(page.extract_text() for page in PdfReader(pdf).pages)
    for expected in ("Persondata", ASE, "Teammøde om trivsel", "Afprøve makkerlæsning i 5.A",
                     "Samtale med Åse om feedback", "Co-teaching i 5.A dansk", "Tovholder"):
        assert expected in text
    assert "Eleverne læser to og to" in text and PRIVATE_NOTE not in text
    assert json.loads(data.read_text(encoding="utf-8"))["person"]["name"] == ASE
    export_person_data(services, team_with_people["ase"].id, pdf, include_private=True)
    text = " ".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "Med private noter" in text and PRIVATE_LINES in text


# -- erasure -----------------------------------------------------------------------------------
def _everything(services: Services) -> str:
    """Every list the app shows and every searchable text, as one string."""
    parts = [services.people.list_people(), services.people.list_teams(),
             services.meetings.summaries(), services.observations.summaries(),
             services.conversations.summaries(), services.cycles.summaries(),
             services.collaborations.summaries(), services.agreements.list()]
    return repr(parts)


def test_erasure_replaces_the_person_everywhere_and_keeps_the_records(
        services, world, team_with_people) -> None:
    ase = team_with_people["ase"]
    result = services.person_data.erase(ase.id, "Slettet person")
    assert result.records_kept == 7 and result.texts_changed >= 6
    assert "Åse Bækgård" not in _everything(services)
    hits = [hit for area in services.search.search("Bækgård").values() for hit in area]
    assert [hit.open_id for hit in hits] == [world["unrelated"].id]  # Åse Bækgård-Hansen
    assert services.search.search("Åse Bækgård fortalte") == {}
    assert ase.id not in [p.id for p in services.people.list_people()]
    assert services.people.person_names()[ase.id] == "Slettet person"
    stored = services.people.people.get(ase.id, include_deleted=True)
    assert (stored.initials, stored.note, stored.role) == ("", "", Role.OTHER)
    meeting = services.meetings.get(world["meeting"].id)
    assert meeting.chair_id == ase.id and len(meeting.participants) == 3
    assert meeting.next_note == "Slettet persons punkt tages op igen"
    assert meeting.agenda[1].notes == "Slettet person fortalte om makkerlæsning."
    assert services.meetings.get(world["other"].id).next_note == \
        "Invitere Slettet person næste gang."
    assert services.meetings.get(world["unrelated"].id).next_note.endswith(
        "Åse Bækgård-Hansen kommer.")
    assert services.observations.get(world["observation"].id).focus_points == (
        "Hvordan Slettet person giver feedback",)
    assert services.collaborations.get(world["collaboration"].id).roles.startswith(
        "Slettet person leder")
    assert services.cycles.get(world["cycle"].id).rounds[0].observer_ids == (ase.id,)
    report = services.meetings.report(world["meeting"].id)
    assert report.people[meeting.chair_id] == "Slettet person"
    assert services.agreements.list()[0].responsible_name == "Slettet person"


def test_erasure_is_all_or_nothing(services, world, team_with_people, monkeypatch) -> None:
    def fail(*_args: object) -> None:
        raise OSError("disk gone")

    monkeypatch.setattr(person_data_repo.PersonDataRepository, "anonymise_person", fail)
    with pytest.raises(PlfError):
        services.person_data.erase(team_with_people["ase"].id, "Slettet person")
    assert services.meetings.get(world["meeting"].id).agenda[1].notes.startswith("Åse Bækgård")
    assert ASE in [p.name for p in services.people.list_people()]


def test_erasure_needs_a_label(services, team_with_people) -> None:
    from plf_desktop.domain.errors import ValidationError

    with pytest.raises(ValidationError):
        services.person_data.erase(team_with_people["ase"].id, "  ")


def test_an_erased_person_exports_as_the_label(services, world, team_with_people) -> None:
    ase = team_with_people["ase"]
    services.person_data.erase(ase.id, "Slettet person")
    data = services.person_data.collect(ase.id)
    assert data.person.name == "Slettet person" and not data.person_in_trash
    assert ase.id not in {p.id for p in services.people.list_people()}  # no picker offers it
    assert services.trash.entries() == []  # and emptying the trash cannot take it away
    assert services.people.list_teams()[0].member_ids == (
        team_with_people["ida"].id, team_with_people["lukasz"].id)
    assert "Bækgård" not in as_json(data)
    # every record they took part in keeps them, as "Slettet person"; only the team
    # membership went (7 before the erasure)
    assert len([r for r in data.records if Part.MENTIONED not in r.parts]) == 6


def test_the_json_file_is_utf8(tmp_path: Path, services, world, team_with_people,
                               danish) -> None:
    from plf_desktop.exports import export_person_data

    _pdf, data = export_person_data(services, team_with_people["ase"].id, tmp_path / "x.pdf")
    assert ASE.encode("utf-8") in data.read_bytes()
