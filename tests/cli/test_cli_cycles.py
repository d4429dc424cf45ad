"""``plf-desktop list cycles`` and ``export cycle ID --output FILE.pdf``: the contract other
tools rely on (one line per course, JSON, a sound PDF of the forløbsrapport, one-line errors)."""

from __future__ import annotations

import datetime as dt
import json
import subprocess

import pytest
from pypdf import PdfReader
from test_cli import assert_one_line_error, plf, sha256

from plf_desktop.domain.labels import NoteCategory, Role, TeamKind
from plf_desktop.services.registry import build_services
from plf_desktop.storage.database import open_storage

HOSTILE = '<b>fed</b> & <font color="red">rød</font> 😀'


@pytest.fixture(scope="module")
def database(tmp_path_factory: pytest.TempPathFactory) -> dict:
    """Two courses: 5.A's in its second round (the first observed, talked about and decided),
    and a newer one with only a title."""
    path = tmp_path_factory.mktemp("cycles") / "plf.sqlite3"
    storage = open_storage(path)
    try:
        services = build_services(storage)
        services.school.save("Ærøskøbing Skole", "Ærø Kommune")
        ase = services.people.add_person("Åse Bækgård", "ÅB", Role.TEACHER)
        lukasz = services.people.add_person("Łukasz Ødegård", "ŁØ", Role.TEACHER)
        ida = services.people.add_person("Ida Sørensen", "IS", Role.COACH)
        team = services.people.add_team("5.A klasseteam", TeamKind.CLASS,
                                        member_ids=(ase.id, lukasz.id))
        cycles = services.cycles
        course = cycles.create("Grupper, der\nkommer i gang", started=dt.date(2026, 9, 1),
                               team_id=team.id, coach_id=ida.id, class_label="5.A",
                               subject="Dansk")
        cycles.update(course.id, wonder=HOSTILE,
                      problem="Hvordan får vi grupperne til at gå i gang?",
                      goals="Alle grupper i gang inden for tre minutter")
        first = cycles.start_rounds(course.id)
        cycles.update_round(first.id, action="Rollekort til hver gruppe", teacher_id=ase.id,
                            observer_ids=[lukasz.id], focus_points=["Hvem tager ordet først"],
                            lesson_date=dt.date(2026, 9, 14))
        observation = cycles.create_observation(first.id, on=dt.date(2026, 9, 10))
        services.observations.add_note(observation.id, "Gruppe 3 fordeler roller på 2 min.",
                                       at_seconds=120, category=NoteCategory.STUDENTS)
        conversation = cycles.create_conversation(first.id, "Runde 1", on=dt.date(2026, 9, 15))
        services.conversations.update(conversation.id, summary="Rollekort hjalp gruppe 3")
        services.conversations.add_agreement(conversation.id, "Skriv startspørgsmål",
                                             lukasz.id, dt.date(2026, 9, 28))
        cycles.update_round(first.id, next_teacher_id=lukasz.id, next_observer_id=ase.id,
                            referent_id=ida.id)
        second = cycles.decide(first.id, "round").rounds[1]
        cycles.update_round(second.id, action="Et fælles startspørgsmål på tavlen")
        later = cycles.create("Læsebånd i indskolingen", started=dt.date(2026, 10, 20))
    finally:
        storage.close()
    return {"path": path, "course": course.id, "later": later.id}


def test_list_cycles_prints_id_start_date_title_oldest_first(database):
    result = plf("list", "cycles", "--database", database["path"])
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        f"{database['course']}\t2026-09-01\tGrupper, der kommer i gang",
        f"{database['later']}\t2026-10-20\tLæsebånd i indskolingen",
    ]


def test_list_cycles_json_adds_team_stage_rounds_and_model(database):
    result = plf("list", "cycles", "--database", database["path"], "--json")
    assert result.returncode == 0, result.stderr
    course, later = json.loads(result.stdout)
    assert course == {"id": database["course"], "date": "2026-09-01",
                      "title": "Grupper, der\nkommer i gang", "team": "5.A klasseteam",
                      "stage": "runder", "rounds": 2, "model": "eva5"}
    assert (later["team"], later["stage"], later["rounds"]) == ("", "problemstilling", 0)


def test_export_cycle_writes_the_course_report(database, tmp_path):
    target = tmp_path / "forloeb.pdf"
    before = sha256(database["path"])
    result = plf("export", "cycle", database["course"], "--output", target,
                 "--database", database["path"])
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == str(target)
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(target).pages)
    for words in ("FORLØBSRAPPORT", "Grupper, der kommer i gang", "Problemstilling", HOSTILE,
                  "Hvordan får vi grupperne til at gå i gang?", "Runde 1",
                  "Rollekort til hver gruppe", "Gruppe 3 fordeler roller på 2 min.",
                  "Rollekort hjalp gruppe 3", "Skriv startspørgsmål", "28.09.2026",
                  "Skriver referat Ida Sørensen", "Runde 2", "Et fælles startspørgsmål",
                  "Vejleder Ida Sørensen", "Side 1 af"):
        assert words in text, words
    subprocess.run(["qpdf", "--check", str(target)], check=True, capture_output=True)
    assert sha256(database["path"]) == before  # exporting never writes to the database


def test_export_of_an_unknown_cycle_is_one_clear_line(database, tmp_path):
    result = plf("export", "cycle", "nope", "--output", tmp_path / "x.pdf",
                 "--database", database["path"])
    assert_one_line_error(result)
    assert "aktionslæringsforløb" in result.stderr and "nope" in result.stderr
    assert not (tmp_path / "x.pdf").exists()
