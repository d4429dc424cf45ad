"""The command line never hands out the observer's private notes: not in an exported PDF of any
kind, not in any ``list`` output (plain or ``--json``).

The database is made through the services: an observation with both kinds of private text (the
observer's own notes field and a note marked private), linked to a conversation, an action-
learning round and a co-teaching lesson, and a meeting of the same team. The private text is
also the only note of a second observation, so a listing that showed a note would show it.
"""

from __future__ import annotations

import datetime as dt
import json

import pytest
from pypdf import PdfReader
from test_cli import plf

from plf_desktop.cli import EXPORT_KINDS, LIST_KINDS
from plf_desktop.domain.labels import Role, TeamKind
from plf_desktop.domain.observations import Adult
from plf_desktop.services.registry import Services, build_services
from plf_desktop.storage.database import open_storage

DAY = dt.date(2026, 11, 24)
PRIVATE = ("PRIVATFELT-4b1e", "PRIVATNOTE-9c2d", "PRIVATTOLKNING-7a3f")
SHARED = "DELT-NOTE-1f0a"


def _private_text(services: Services, observation_id: str) -> None:
    services.observations.update(observation_id, private_notes=f"{PRIVATE[0]} egne noter")
    services.observations.add_note(observation_id, f"{SHARED} eleverne går i gang",
                                   at_seconds=60)
    services.observations.add_note(observation_id, f"{PRIVATE[1]} Åse virker presset",
                                   at_seconds=90, interpretation=f"{PRIVATE[2]} spørg",
                                   private=True)


@pytest.fixture(scope="module")
def database(tmp_path_factory: pytest.TempPathFactory) -> dict:
    path = tmp_path_factory.mktemp("private") / "plf.sqlite3"
    storage = open_storage(path)
    try:
        services = build_services(storage)
        services.school.save("Ærøskøbing Skole")
        ase = services.people.add_person("Åse Bækgård", "", Role.TEACHER)
        ida = services.people.add_person("Ida Sørensen", "", Role.COACH)
        team = services.people.add_team("5.A klasseteam", TeamKind.CLASS,
                                        member_ids=(ase.id, ida.id))
        observation = services.observations.create(
            date=DAY, class_label="5.A", subject="Dansk", adults=(Adult(ase.id),),
            observer_id=ida.id, team_id=team.id)
        _private_text(services, observation.id)
        only_private = services.observations.create(date=DAY, class_label="4.B")
        services.observations.add_note(only_private.id, f"{PRIVATE[1]} alene", at_seconds=5,
                                       private=True)
        conversation = services.conversations.create(
            services.templates.conversation_template("kl-fire-faser"), date=DAY,
            title="Samtale", focus_person_id=ase.id, team_id=team.id,
            observation_ids=(observation.id,))
        cycle = services.cycles.create("Læsemakkere", started=DAY, team_id=team.id,
                                       coach_id=ida.id, class_label="5.A", subject="Dansk")
        services.cycles.update(cycle.id, problem="Hvordan kommer alle i gang?")
        round_ = services.cycles.start_rounds(cycle.id)
        _private_text(services, services.cycles.create_observation(round_.id, DAY).id)
        services.cycles.create_conversation(round_.id, "Samtale efter runde 1", DAY)
        collaboration = services.collaborations.create(
            "Co-teaching i 5.A", started=DAY, teacher_id=ase.id, coach_id=ida.id,
            team_id=team.id)
        lesson = services.collaborations.add_lesson(collaboration.id)
        _private_text(services, services.collaborations.create_observation(lesson.id, DAY).id)
        services.collaborations.create_reflection(lesson.id, "Refleksion", DAY)
        meeting = services.meetings.create(date=DAY, team_id=team.id, title="PLF-møde")
        services.meetings.add_agreement(meeting.id, "Læs observationsnoterne")
    finally:
        storage.close()
    return {"path": path, "observation": observation.id, "conversation": conversation.id,
            "cycle": cycle.id, "collaboration": collaboration.id, "meeting": meeting.id}


@pytest.mark.parametrize("kind", EXPORT_KINDS)
def test_export_never_prints_private_notes(database, tmp_path, kind):
    target = tmp_path / f"{kind}.pdf"
    result = plf("export", kind, database[kind], "--output", target,
                 "--database", database["path"])
    assert result.returncode == 0, result.stderr
    reader = PdfReader(target)
    text = " ".join([*(page.extract_text() for page in reader.pages),
                     *map(str, (reader.metadata or {}).values())])
    for secret in PRIVATE:
        assert secret not in text, secret
    if kind in ("observation", "cycle", "collaboration"):
        assert SHARED in text  # the observation's shared notes are there


@pytest.mark.parametrize("json_flag", [(), ("--json",)], ids=["plain", "json"])
@pytest.mark.parametrize("kind", LIST_KINDS)
def test_list_never_prints_private_notes(database, kind, json_flag):
    result = plf("list", kind, "--database", database["path"], *json_flag)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip()
    if json_flag:
        json.loads(result.stdout)
    for secret in PRIVATE:
        assert secret not in result.stdout + result.stderr, secret
