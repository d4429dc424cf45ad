"""``list observations`` and ``export observation`` as IT and support script them.

The demo has no observations yet, so the module makes its own database through the services:
two observed lessons of Ærøskøbing Skole with notes (one private), switches, seats and taps.
"""

from __future__ import annotations

import datetime as dt
import json
import time

import pytest
from pypdf import PdfReader
from test_cli import assert_one_line_error, plf, sha256

from plf_desktop.domain.labels import ActivityForm, CoTeachingModel, NoteCategory, Role
from plf_desktop.domain.observations import Adult, Seat
from plf_desktop.services.registry import build_services
from plf_desktop.storage.database import open_storage

SECRET = "HEMMELIG: Åse virker presset i dag."
PRIVATE_TEXT = "PRIVATTEKST: spørg lederen om vikardækning."


@pytest.fixture(scope="module")
def database(tmp_path_factory: pytest.TempPathFactory) -> dict:
    """A database with two observations, and their ids."""
    path = tmp_path_factory.mktemp("observations") / "plf.sqlite3"
    storage = open_storage(path)
    try:
        services = build_services(storage)
        services.school.save("Ærøskøbing Skole", "Ærø Kommune")
        ase = services.people.add_person("Åse Bækgård", "ÅB", Role.TEACHER)
        ida = services.people.add_person("Ida Sørensen", "IS", Role.RESOURCE_PERSON)
        lukasz = services.people.add_person("Łukasz Ødegård", "", Role.COACH)
        obs = services.observations
        later = obs.create(date=dt.date(2026, 11, 24), class_label="5.A", subject="Dansk",
                           adults=(Adult(ase.id, "underviser"), Adult(ida.id, "assisterer")),
                           observer_id=lukasz.id, start_time=dt.time(9, 0),
                           focus_points=("Elevernes spørgsmål",))
        obs.update(later.id, private_notes=PRIVATE_TEXT, student_count=22,
                   purpose="Læsemakkere", planned_models=[CoTeachingModel.ONE_ASSISTS])
        obs.set_seats(later.id, tuple(Seat(f"A{i + 1}", i % 4, i // 4) for i in range(8)))
        obs.switch_model(later.id, CoTeachingModel.ONE_ASSISTS, 0)
        obs.switch_activity(later.id, ActivityForm.WHOLE_CLASS, 0)
        obs.switch_model(later.id, CoTeachingModel.STATIONS, 600)
        obs.switch_activity(later.id, ActivityForm.GROUPS, 600)
        for i in range(12):
            obs.add_note(later.id, f"Note {i}: Åse spørger, og eleverne svarer.",
                         at_seconds=60.0 * i + 30, interpretation="Hvorfor netop dem?",
                         category=NoteCategory.STUDENTS, focus_index=0)
        obs.add_note(later.id, SECRET, at_seconds=700, private=True)
        for i in range(10):
            obs.tap(later.id, f"A{i % 5 + 1}", "Spontant indlæg", 100.0 + 60 * i)
        obs.set_look_for(later.id, 1, True, "Begge gik rundt.")
        earlier = obs.create(date=dt.date(2026, 10, 6), class_label="4.B",
                             subject="Matematik", adults=(Adult(ida.id),))
        obs.add_note(earlier.id, "Eleverne regner <b>brøker</b> & tegner.", at_seconds=90)
        untitled = obs.create(date=dt.date(2026, 12, 1))
    finally:
        storage.close()
    return {"path": path, "later": later.id, "earlier": earlier.id, "untitled": untitled.id}


def test_list_observations_prints_id_date_title_oldest_first(database):
    result = plf("list", "observations", "--database", database["path"])
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert result.stdout.splitlines() == [
        f"{database['earlier']}\t2026-10-06\t4.B matematik – Ida Sørensen",
        f"{database['later']}\t2026-11-24\t5.A dansk – Åse Bækgård, Ida Sørensen",
        f"{database['untitled']}\t2026-12-01\tObservation",
    ]


def test_list_observations_json_adds_class_subject_teachers_and_notes(database):
    result = plf("list", "observations", "--database", database["path"], "--json")
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)
    assert [row["id"] for row in rows] == [database["earlier"], database["later"],
                                           database["untitled"]]
    assert rows[1] == {"id": database["later"], "date": "2026-11-24",
                       "title": "5.A dansk – Åse Bækgård, Ida Sørensen", "time": "09:00",
                       "class": "5.A", "subject": "Dansk",
                       "teachers": "Åse Bækgård, Ida Sørensen", "notes": 13}
    assert rows[2]["time"] is None and rows[2]["teachers"] == "" and rows[2]["notes"] == 0


def test_list_observations_of_an_empty_database_prints_nothing(tmp_path):
    path = tmp_path / "empty.sqlite3"
    open_storage(path).close()
    for extra in ([], ["--json"]):
        result = plf("list", "observations", "--database", path, *extra)
        assert result.returncode == 0, result.stderr
        assert result.stdout.strip() in ("", "[]")


def test_export_observation_writes_the_notes_without_private_notes(database, tmp_path):
    target = tmp_path / "observation.pdf"
    before = sha256(database["path"])
    result = plf("export", "observation", database["later"], "--output", target,
                 "--database", database["path"])
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == str(target)
    reader = PdfReader(target)
    text = " ".join(" ".join(page.extract_text() for page in reader.pages).split())
    for expected in ("Ærøskøbing Skole", "OBSERVATIONSNOTER", "Observationsnoter",
                     "5.A dansk – Åse Bækgård, Ida Sørensen", "Side 1 af",
                     "Iagttagelse", "Tolkning / undren", "Note 11: Åse spørger",
                     "Hvorfor netop dem?", "Elever · Fokus 1", "Observationsfokus",
                     "Co-teaching-modeller", "Én underviser, én assisterer",
                     "Stationsundervisning", "Aktivitetsformer", "Tavleundervisning",
                     "Pladsoversigt", "Aldrig hørt: A6, A7, A8", "Deltagelse",
                     "Kendetegn på co-teaching", "Begge voksne arbejder med alle elever",
                     "Begge gik rundt."):
        assert expected in text, expected
    for secret in (SECRET, PRIVATE_TEXT, "Private noter"):
        assert secret not in text
    assert sha256(database["path"]) == before  # an export never writes to the database


def test_export_of_a_bare_observation_and_hostile_text(database, tmp_path):
    for key in ("earlier", "untitled"):
        target = tmp_path / f"{key}.pdf"
        result = plf("export", "observation", database[key], "--output", target,
                     "--database", database["path"])
        assert result.returncode == 0, result.stderr
        text = PdfReader(target).pages[0].extract_text()
        assert "Ingen noter" in text or "<b>brøker</b> & tegner." in text


def test_export_of_an_unknown_observation_fails_in_one_line(database, tmp_path):
    target = tmp_path / "none.pdf"
    result = plf("export", "observation", "no-such-observation", "--output", target,
                 "--database", database["path"])
    assert_one_line_error(result)
    assert "no-such-observation" in result.stderr
    assert not target.exists()
    assert list(tmp_path.iterdir()) == []


def test_export_observation_into_a_missing_folder_fails_in_one_line(database, tmp_path):
    target = tmp_path / "nowhere" / "observation.pdf"
    result = plf("export", "observation", database["later"], "--output", target,
                 "--database", database["path"])
    assert_one_line_error(result)
    assert not target.parent.exists()


def test_a_meeting_id_is_not_an_observation(database, tmp_path):
    """``export observation`` looks among observations only (and vice versa)."""
    result = plf("export", "meeting", database["later"], "--output", tmp_path / "m.pdf",
                 "--database", database["path"])
    assert_one_line_error(result)



def test_export_observation_of_300_notes_takes_under_a_second(danish, tmp_path):
    """The issue's budget, measured in-process on the path the CLI takes (services, Danish
    labels, the atomic write), without the interpreter's start-up."""
    from plf_desktop.exports import export_observation_pdf

    path = tmp_path / "big.sqlite3"
    storage = open_storage(path)
    try:
        services = build_services(storage)
        services.school.save("Ærøskøbing Skole")
        teacher = services.people.add_person("Åse Bækgård", "ÅB", Role.TEACHER)
        lesson = services.observations.create(date=dt.date(2026, 11, 24), class_label="5.A",
                                              subject="Dansk", adults=(Adult(teacher.id),))
        services.observations.set_seats(lesson.id, tuple(Seat(f"S{i}", i % 6, i // 6)
                                                         for i in range(24)))
        for i in range(300):
            services.observations.add_note(
                lesson.id, f"Note {i}: eleverne arbejder i par og læser højt for hinanden.",
                at_seconds=9.0 * i, interpretation="Hvad hjælper dem i gang?" if i % 2 else "",
                category=list(NoteCategory)[i % 4])
            if i % 10 == 0:
                services.observations.tap(lesson.id, f"S{i % 24}", "Spontant indlæg", 9.0 * i)
        export_observation_pdf(services, lesson.id, tmp_path / "warm.pdf")
        start = time.perf_counter()
        export_observation_pdf(services, lesson.id, tmp_path / "big.pdf")
        seconds = time.perf_counter() - start
    finally:
        storage.close()
    assert len(PdfReader(tmp_path / "big.pdf").pages) > 5
    assert seconds < 1.0, f"{seconds:.2f} s"
