"""Co-teaching collaborations: contract, lesson plans made into observations and reflection
conversations, and the evaluation against the six models and the look-fors."""

from __future__ import annotations

import datetime as dt

import pytest

from plf_desktop.domain.collaborations import (
    CollaborationStage,
    LessonPhase,
    LessonStep,
    collaboration_step,
)
from plf_desktop.domain.errors import NotFoundError, ValidationError
from plf_desktop.domain.labels import CoTeachingModel
from plf_desktop.services.registry import Services

START = dt.date(2026, 9, 1)


def test_a_collaboration_from_contract_through_lessons_to_its_evaluation(
        services: Services, team_with_people: dict) -> None:
    people = team_with_people
    collaborations = services.collaborations
    made = collaborations.create("Co-teaching i 5.A", started=START,
                                 teacher_id=people["ase"].id, coach_id=people["ida"].id,
                                 team_id=people["team"].id, class_label="5.A", subject="Dansk")
    assert made.stage is CollaborationStage.CONTRACT
    assert collaboration_step(made).name == "Pre-meeting and contract"
    collaborations.update(made.id, goals="Alle elever deltager mundtligt",
                          roles="Åse leder, Ida støtter", duration="6 uger",
                          planning_time="30 min. om tirsdagen", pre_meeting=START)
    lesson = collaborations.add_lesson(made.id)
    assert lesson.number == 1 and lesson.step is LessonStep.PLAN
    collaborations.update_lesson(lesson.id, goal="Eleverne fortæller om deres tekst",
                                 signs="Alle siger noget i gruppen",
                                 phases=[LessonPhase("Fælles start", CoTeachingModel.TEAM,
                                                     "Begge"),
                                         LessonPhase("Stationer", CoTeachingModel.STATIONS,
                                                     "Hver sin station"),
                                         LessonPhase("", None, "")],
                                 date=dt.date(2026, 9, 8))
    planned = collaborations.get(made.id).lessons[0]
    assert len(planned.phases) == 2 and planned.step is LessonStep.OBSERVE
    assert planned.planned_models == (CoTeachingModel.TEAM, CoTeachingModel.STATIONS)
    observation = collaborations.create_observation(lesson.id, on=START)
    assert observation.scheme_key == "co-teaching-kendetegn"
    assert observation.planned_models == (CoTeachingModel.TEAM, CoTeachingModel.STATIONS)
    assert [a.person_id for a in observation.adults] == [people["ase"].id, people["ida"].id]
    assert observation.date == dt.date(2026, 9, 8)
    observations = services.observations
    observations.switch_model(observation.id, CoTeachingModel.TEAM, 0)
    observations.switch_model(observation.id, CoTeachingModel.STATIONS, 600)
    observations.add_note(observation.id, "Begge voksne går rundt", at_seconds=2700)
    observations.set_look_for(observation.id, 0, True, "Begge siger 'vi'")
    reflection = collaborations.create_reflection(lesson.id, "Refleksion efter lektion 1",
                                                  on=dt.date(2026, 9, 9))
    assert reflection.template.key == "co-teaching-refleksion"
    assert reflection.focus_person_id == people["ase"].id
    assert reflection.observation_ids == (observation.id,)
    second = collaborations.add_lesson(made.id)
    collaborations.update_lesson(second.id, goal="Skriv videre",
                                 phases=[LessonPhase("Skrivning", CoTeachingModel.ONE_ASSISTS)])
    evaluated = collaborations.start_evaluation(made.id)
    assert collaboration_step(evaluated).name == "Evaluation"
    evaluation = collaborations.evaluation(evaluated)
    assert evaluation.observed_lessons == 1
    uses = {use.model: use for use in evaluation.models}
    assert uses[CoTeachingModel.TEAM].minutes == pytest.approx(10.0)
    assert uses[CoTeachingModel.STATIONS].minutes == pytest.approx(35.0)
    assert uses[CoTeachingModel.ONE_ASSISTS].planned == 1
    assert uses[CoTeachingModel.ONE_ASSISTS].lessons == 0
    assert evaluation.look_fors[0].seen == 1 and evaluation.look_fors[1].seen == 0
    closed = collaborations.close(made.id, dt.date(2026, 10, 20))
    assert closed.stage is CollaborationStage.CLOSED
    report = collaborations.report(made.id)
    assert (report.teacher, report.coach) == ("Åse Bækgård", "Ida Sørensen")
    assert report.lessons[0].highlights == ("Begge voksne går rundt",)
    assert collaborations.summaries()[0].lessons == 2


def test_bad_input_is_refused_and_the_last_lesson_can_be_removed(services: Services) -> None:
    collaborations = services.collaborations
    with pytest.raises(ValidationError):
        collaborations.create(" ", started=START)
    made = collaborations.create("Samarbejde", started=START)
    with pytest.raises(ValidationError):
        collaborations.update(made.id, started="1/9")
    first = collaborations.add_lesson(made.id)
    second = collaborations.add_lesson(made.id)
    with pytest.raises(ValidationError):
        collaborations.delete_lesson(first.id)
    collaborations.delete_lesson(second.id)
    collaborations.delete_lesson(first.id)
    assert collaborations.get(made.id).stage is CollaborationStage.CONTRACT
    with pytest.raises(NotFoundError):
        collaborations.get("nope")
    collaborations.delete(made.id)
    assert collaborations.summaries() == []
    collaborations.restore(made.id)
    assert len(collaborations.summaries()) == 1


def test_collaborations_are_on_the_start_screen_and_in_search(services: Services) -> None:
    made = services.collaborations.create("Co-teaching i matematik", started=START)
    services.collaborations.update(made.id, goals="Flere matematiske samtaler")
    overview = services.overview.overview(dt.date(2026, 11, 22))
    assert [(c.area, c.title) for c in overview.courses] == [
        ("collaboration", "Co-teaching i matematik")]
    hits = services.search.search("samtaler")
    assert hits["collaboration"][0].open_id == made.id
