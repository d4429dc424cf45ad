"""``plf-desktop list collaborations`` and ``export collaboration ID --output FILE.pdf``: the
contract other tools rely on (one line per collaboration, JSON, a sound PDF of the summary,
one-line errors)."""

from __future__ import annotations

import datetime as dt
import json
import subprocess

import pytest
from pypdf import PdfReader
from test_cli import assert_one_line_error, plf, sha256

from plf_desktop.domain.collaborations import LessonPhase
from plf_desktop.domain.labels import CoTeachingModel, NoteCategory, Role, TeamKind
from plf_desktop.services.registry import build_services
from plf_desktop.storage.database import open_storage

HOSTILE = '<b>fed</b> & <font color="red">rød</font> 😀'


@pytest.fixture(scope="module")
def database(tmp_path_factory: pytest.TempPathFactory) -> dict:
    """Two collaborations: Åse's and Ida's in 5.A, taken all the way from the contract through
    an observed and reflected lesson and a planned one to its close, and a newer one with only
    a title."""
    path = tmp_path_factory.mktemp("collaborations") / "plf.sqlite3"
    storage = open_storage(path)
    try:
        services = build_services(storage)
        services.school.save("Ærøskøbing Skole", "Ærø Kommune")
        ase = services.people.add_person("Åse Bækgård", "ÅB", Role.TEACHER)
        ida = services.people.add_person("Ida Sørensen", "IS", Role.COACH)
        team = services.people.add_team("5.A klasseteam", TeamKind.CLASS, member_ids=(ase.id,))
        collaborations = services.collaborations
        made = collaborations.create("Flere elever med\ni matematiksamtalen",
                                     started=dt.date(2026, 9, 1), teacher_id=ase.id,
                                     coach_id=ida.id, team_id=team.id, class_label="5.A",
                                     subject="Matematik")
        collaborations.update(made.id, pre_meeting=dt.date(2026, 9, 3), goals=HOSTILE,
                              roles="Åse leder, Ida støtter", duration="Seks uger",
                              planning_time="30 minutter om tirsdagen",
                              evaluation_form="Observation af hver lektion")
        first = collaborations.add_lesson(made.id)
        collaborations.update_lesson(
            first.id, date=dt.date(2026, 9, 8), start_time=dt.time(10, 0),
            goal="Eleverne forklarer deres brøkregning", signs="Alle siger noget i gruppen",
            phases=[LessonPhase("Fælles start", CoTeachingModel.TEAM, "Åse fortæller"),
                    LessonPhase("Tre stationer", CoTeachingModel.STATIONS, "Én pr. station")],
            differentiation="Brøkstave ved station 2", materials="Opgavekort")
        observation = collaborations.create_observation(first.id, on=dt.date(2026, 9, 8))
        observations = services.observations
        observations.switch_model(observation.id, CoTeachingModel.TEAM, 0)
        observations.switch_model(observation.id, CoTeachingModel.STATIONS, 600)
        observations.add_note(observation.id, "Elev B4 tager ordet to gange", at_seconds=2700,
                              category=NoteCategory.STUDENTS)
        observations.set_look_for(observation.id, 0, True, "Begge siger 'vi'")
        reflection = collaborations.create_reflection(first.id, "Refleksion efter lektion 1",
                                                      on=dt.date(2026, 9, 9))
        services.conversations.update(reflection.id, summary="Stationerne virkede",
                                      next_steps="Ida leder opsamlingen")
        services.conversations.add_agreement(reflection.id, "Lav kort til overgangene", ida.id,
                                             dt.date(2026, 9, 14))
        second = collaborations.add_lesson(made.id)
        collaborations.update_lesson(second.id, goal="Eleverne sammenligner brøker",
                                     phases=[LessonPhase("Førundervisning",
                                                         CoTeachingModel.ALTERNATIVE)])
        collaborations.start_evaluation(made.id)
        collaborations.update(made.id, evaluation="Stationerne gav flest elever taletid",
                              adjustments="Vi øver overgangene")
        collaborations.close(made.id, dt.date(2026, 10, 30))
        later = collaborations.create("Co-teaching i dansk", started=dt.date(2026, 10, 20))
    finally:
        storage.close()
    return {"path": path, "made": made.id, "later": later.id}


def test_list_collaborations_prints_id_start_date_title_oldest_first(database):
    result = plf("list", "collaborations", "--database", database["path"])
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        f"{database['made']}\t2026-09-01\tFlere elever med i matematiksamtalen",
        f"{database['later']}\t2026-10-20\tCo-teaching i dansk",
    ]


def test_list_collaborations_json_adds_teacher_coach_stage_and_lessons(database):
    result = plf("list", "collaborations", "--database", database["path"], "--json")
    assert result.returncode == 0, result.stderr
    made, later = json.loads(result.stdout)
    assert made == {"id": database["made"], "date": "2026-09-01",
                    "title": "Flere elever med\ni matematiksamtalen", "teacher": "Åse Bækgård",
                    "coach": "Ida Sørensen", "stage": "afsluttet", "lessons": 2}
    assert (later["teacher"], later["coach"], later["stage"], later["lessons"]) == (
        "", "", "kontrakt", 0)


def test_export_collaboration_writes_the_summary(database, tmp_path):
    target = tmp_path / "samarbejde.pdf"
    before = sha256(database["path"])
    result = plf("export", "collaboration", database["made"], "--output", target,
                 "--database", database["path"])
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == str(target)
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(target).pages)
    for words in ("CO-TEACHING-SAMARBEJDE", "Flere elever med i matematiksamtalen",
                  "Lærer Åse Bækgård", "Vejleder Ida Sørensen", "Formøde 03.09.2026",
                  "Afsluttet 30.10.2026", "Samarbejdskontrakt", HOSTILE, "Seks uger",
                  "Lektion 1", "Eleverne forklarer deres brøkregning", "Lektionens faser",
                  "Fælles start Parundervisning Åse fortæller",
                  "Tre stationer Stationsundervisning", "Elev B4 tager ordet to gange",
                  "Refleksionssamtale: opsamling", "Stationerne virkede",
                  "Ida leder opsamlingen", "Lav kort til overgangene", "14.09.2026",
                  "Lektion 2", "Førundervisning Alternativ undervisning", "Evaluering",
                  "Stationsundervisning 1 1 35", "Parundervisning 1 1 10",
                  "Alternativ undervisning 1 0 0", "Set i 1 af 1 observerede lektioner",
                  "Stationerne gav flest elever taletid", "Justering", "Vi øver overgangene",
                  "Side 1 af"):
        assert words in text, words
    subprocess.run(["qpdf", "--check", str(target)], check=True, capture_output=True)
    assert sha256(database["path"]) == before  # exporting never writes to the database


def test_export_of_an_unknown_collaboration_is_one_clear_line(database, tmp_path):
    result = plf("export", "collaboration", "nope", "--output", tmp_path / "x.pdf",
                 "--database", database["path"])
    assert_one_line_error(result)
    assert "co-teaching-samarbejde" in result.stderr and "nope" in result.stderr
    assert not (tmp_path / "x.pdf").exists()
