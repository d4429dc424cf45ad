"""Action-learning courses: problem statement, rounds made into observations and
conversations, the choice of a new round or the processing of experiences, and the report."""

from __future__ import annotations

import datetime as dt

import pytest

from plf_desktop.domain.cycles import (
    CycleModel,
    CycleStage,
    RoundStep,
    next_step,
)
from plf_desktop.domain.errors import NotFoundError, ValidationError
from plf_desktop.domain.labels import NoteCategory
from plf_desktop.services.registry import Services

START = dt.date(2026, 9, 1)


def test_a_course_walks_from_problem_through_two_rounds_to_what_was_learned(
        services: Services, team_with_people: dict) -> None:
    people = team_with_people
    cycles = services.cycles
    cycle = cycles.create("Grupper der går i stå", started=START, team_id=people["team"].id,
                          coach_id=people["ida"].id, class_label="5.A", subject="Dansk")
    assert set(cycle.participant_ids) == set(people["team"].member_ids)  # the team takes part
    assert cycle.stage is CycleStage.PROBLEM and cycle.model is CycleModel.EVA
    assert next_step(cycle).name == "1 Problem statement"
    with pytest.raises(ValidationError):  # no rounds before a problem statement
        cycles.start_rounds(cycle.id)
    cycles.set_quick_write(cycle.id, people["ase"].id, "Grupperne går i stå efter ti minutter")
    cycles.set_quick_write(cycle.id, people["lukasz"].id, "De stille elever")
    cycles.update(cycle.id, problem="Hvordan får vi grupperne til at gå i gang?",
                  why="Gruppearbejde fylder meget", goals="Alle grupper i gang inden 3 min.",
                  signs="Eleverne fordeler roller selv")
    first = cycles.start_rounds(cycle.id)
    assert first.number == 1 and first.step is RoundStep.PLAN
    cycles.update_round(first.id, action="Rollekort til hver gruppe",
                        reason="Roller gør det tydeligt, hvem der starter",
                        expectation="Grupperne går hurtigere i gang",
                        teacher_id=people["ase"].id, observer_ids=[people["lukasz"].id],
                        focus_points=["Hvem tager ordet først", "Tid til første aktivitet"],
                        lesson_date=dt.date(2026, 9, 14), watch_for="Gruppe 3",
                        focus_students="Gruppe 3 (elev A7, B2)")
    assert next_step(cycles.get(cycle.id)).round_number == 1
    observation = cycles.create_observation(first.id, on=dt.date(2026, 9, 10))
    assert observation.date == dt.date(2026, 9, 14)
    assert (observation.class_label, observation.subject) == ("5.A", "Dansk")
    assert observation.focus_points == ("Hvem tager ordet først", "Tid til første aktivitet")
    assert [a.person_id for a in observation.adults] == [people["ase"].id]
    assert observation.observer_id == people["lukasz"].id
    assert "Rollekort" in observation.purpose
    assert cycles.create_observation(first.id, on=START).id == observation.id  # only one
    services.observations.add_note(observation.id, "Gruppe 3 fordeler roller på 2 min.",
                                   at_seconds=120, category=NoteCategory.STUDENTS)
    services.observations.add_note(observation.id, "Privat", at_seconds=130, private=True)
    conversation = cycles.create_conversation(first.id, "Runde 1: Grupper der går i stå",
                                              on=dt.date(2026, 9, 15))
    assert conversation.template.key == "aktionslaering-tre-dele"
    assert conversation.focus_person_id == people["ase"].id
    assert people["lukasz"].id in conversation.participant_ids
    assert conversation.observation_ids == (observation.id,)
    assert conversation.purpose == "Hvordan får vi grupperne til at gå i gang?"
    services.conversations.update(conversation.id, summary="Rollekort hjalp gruppe 3")
    services.conversations.add_agreement(conversation.id, "Lukasz underviser næste gang",
                                         people["lukasz"].id)
    assert next_step(cycles.get(cycle.id)).name == "New round or processing?"
    cycles.update_round(first.id, next_teacher_id=people["lukasz"].id,
                        next_observer_id=people["ase"].id, referent_id=people["ida"].id)
    after = cycles.decide(first.id, "round")
    second = after.rounds[1]
    assert second.number == 2 and second.teacher_id == people["lukasz"].id
    assert second.observer_ids == (people["ase"].id,)
    assert second.focus_points == ("Hvem tager ordet først", "Tid til første aktivitet")
    cycles.update_round(second.id, action="Startopgave på tavlen")
    cycles.create_observation(second.id, on=dt.date(2026, 10, 1))
    cycles.create_conversation(second.id, "Runde 2", on=dt.date(2026, 10, 2))
    learning = cycles.decide(second.id, "learning")
    assert learning.stage is CycleStage.LEARNING
    assert next_step(learning).name == "5 Processing of experiences"
    cycles.update(cycle.id, learned="Roller hjælper", sharing="Fortælles på PR-møde")
    closed = cycles.close(cycle.id, on=dt.date(2026, 11, 1))
    assert closed.stage is CycleStage.CLOSED and closed.closed_on == dt.date(2026, 11, 1)

    report = cycles.report(cycle.id)
    assert report.team_name == "5.A klasseteam" and report.coach == "Ida Sørensen"
    assert report.quick_writes[0] == ("Åse Bækgård", "Grupperne går i stå efter ti minutter")
    one = report.rounds[0]
    assert one.teacher == "Åse Bækgård" and one.observers == ("Łukasz Ødegård",)
    assert one.observation_highlights == ("Gruppe 3 fordeler roller på 2 min.",)
    assert one.conversation_summary == "Rollekort hjalp gruppe 3"
    assert [a.agreement.what for a in one.agreements] == ["Lukasz underviser næste gang"]
    assert (one.next_teacher, one.next_observer, one.referent) == (
        "Łukasz Ødegård", "Åse Bækgård", "Ida Sørensen")
    summary = cycles.summaries()[0]
    assert (summary.title, summary.rounds, summary.stage) == (
        "Grupper der går i stå", 2, CycleStage.CLOSED)


def test_emu_names_the_same_steps_its_own_way(services: Services) -> None:
    cycle = services.cycles.create("Læsning", started=START, model=CycleModel.EMU)
    services.cycles.update(cycle.id, problem="Hvordan læser eleverne mere?")
    services.cycles.start_rounds(cycle.id)
    assert next_step(services.cycles.get(cycle.id)).name == "1 Preparation"


def test_bad_input_is_refused_and_changes_nothing(services: Services) -> None:
    cycles = services.cycles
    with pytest.raises(ValidationError):
        cycles.create("  ", started=START)
    cycle = cycles.create("Læsning", started=START)
    with pytest.raises(ValidationError):
        cycles.update(cycle.id, title="")
    with pytest.raises(ValidationError):
        cycles.update(cycle.id, started="01-09-2026")
    with pytest.raises(NotFoundError):
        cycles.get("nope")
    with pytest.raises(NotFoundError):
        cycles.create("X", started=START, team_id="no-such-team")
    assert cycles.get(cycle.id).title == "Læsning"
    assert len(cycles.summaries()) == 1


def test_the_last_round_can_be_taken_back_and_the_trash_restores(services: Services) -> None:
    cycles = services.cycles
    cycle = cycles.create("Læsning", started=START)
    cycles.update(cycle.id, problem="Hvordan?")
    first = cycles.start_rounds(cycle.id)
    second = cycles.decide(first.id, "round").rounds[1]
    with pytest.raises(ValidationError):
        cycles.delete_round(first.id)
    cycles.delete_round(second.id)
    again = cycles.get(cycle.id)
    assert len(again.rounds) == 1 and again.rounds[0].decided == ""
    cycles.delete(cycle.id)
    assert cycles.summaries() == []
    cycles.restore(cycle.id)
    assert len(cycles.summaries()) == 1
