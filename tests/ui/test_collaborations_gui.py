"""A vejleder runs a co-teaching collaboration with a teacher by keyboard and mouse: the
contract, a lesson planned with a model per phase, its observation and reflection, the
evaluation against the six models and the look-fors, and the printed summary."""

from __future__ import annotations

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt

from plf_desktop.domain.collaborations import CollaborationStage
from plf_desktop.domain.labels import CoTeachingModel
from plf_desktop.ui import collaborations_page, prompts
from tests.ui.conftest import TODAY, type_text


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setattr(collaborations_page, "today", lambda: TODAY)


def choose_model(combo, model: CoTeachingModel) -> None:  # type: ignore[no-untyped-def]
    combo.setCurrentIndex(combo.findData(model.value))
    combo.activated.emit(combo.currentIndex())


def test_run_a_collaboration_from_contract_to_its_evaluation(window, qtbot, services,
                                                              team_with_people, answer_dialog,
                                                              monkeypatch, tmp_path):
    people = team_with_people
    page = window.collaborations
    window.show_area(page)
    assert window.action_learning.currentWidget() is page

    def fill_new(dialog):  # type: ignore[no-untyped-def]
        type_text(dialog.title, "Co-teaching i 5.A dansk")
        dialog.teacher.setCurrentIndex(dialog.teacher.findData(people["ase"].id))
        dialog.coach.setCurrentIndex(dialog.coach.findData(people["ida"].id))
        type_text(dialog.class_label, "5.A")
        type_text(dialog.subject, "Dansk")

    answer_dialog(fill_new)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    editor = page.editor
    contract = editor.contract
    assert editor.pages.currentWidget() is contract and contract.goals.hasFocus()
    assert "Formøde og samarbejdskontrakt" in editor.next_label.text()
    type_text(contract.goals, "Alle elever deltager mundtligt")
    type_text(contract.duration, "Seks uger")
    qtbot.mouseClick(contract.start_button, Qt.MouseButton.LeftButton)

    lesson_view = editor.lesson
    assert editor.pages.currentWidget() is lesson_view and lesson_view.goal.hasFocus()
    type_text(lesson_view.goal, "Eleverne fortæller om deres novelle")
    lesson_view.phases.setCurrentCell(0, 0)
    lesson_view.phases.item(0, 0).setText("Fælles start")
    choose_model(lesson_view.models[0], CoTeachingModel.TEAM)
    lesson_view.phases.item(1, 0).setText("Stationer")
    choose_model(lesson_view.models[1], CoTeachingModel.STATIONS)
    window.autosaver.flush()
    assert "Fælles undervisning" in editor.next_label.text()
    collaboration = services.collaborations.get(services.collaborations.summaries()[0].id)
    assert collaboration.lessons[0].planned_models == (CoTeachingModel.TEAM,
                                                       CoTeachingModel.STATIONS)

    qtbot.mouseClick(lesson_view.observation_button, Qt.MouseButton.LeftButton)
    lesson = services.collaborations.get(collaboration.id).lessons[0]
    observation = services.observations.get(lesson.observation_id)
    assert observation.scheme_key == "co-teaching-kendetegn"
    services.observations.switch_model(observation.id, CoTeachingModel.TEAM, 0)
    services.observations.switch_model(observation.id, CoTeachingModel.STATIONS, 900)
    services.observations.add_note(observation.id, "Begge voksne taler om “vores” plan",
                                   at_seconds=2700)
    services.observations.set_look_for(observation.id, 0, True, "Begge siger vi")
    qtbot.mouseClick(lesson_view.reflection_button, Qt.MouseButton.LeftButton)
    lesson = services.collaborations.get(collaboration.id).lessons[0]
    reflection = services.conversations.get(lesson.conversation_id)
    assert reflection.template.key == "co-teaching-refleksion"
    services.conversations.update(reflection.id, summary="Stationerne gav flere stemmer")
    qtbot.mouseClick(lesson_view.evaluate_button, Qt.MouseButton.LeftButton)

    evaluation = editor.evaluation
    assert editor.pages.currentWidget() is evaluation
    rows = {evaluation.models.item(r, 0).text(): (evaluation.models.item(r, 1).text(),
                                                   evaluation.models.item(r, 3).text())
            for r in range(evaluation.models.rowCount())}
    assert rows["Stationsundervisning"] == ("1", "30")
    assert evaluation.look_fors.item(0, 1).text() == "1 af 1 lektioner"
    type_text(evaluation.evaluation, "Modellerne passede til holdet")
    qtbot.mouseClick(evaluation.close_button, Qt.MouseButton.LeftButton)
    closed = services.collaborations.get(collaboration.id)
    assert closed.stage is CollaborationStage.CLOSED and closed.closed_on == TODAY
    assert closed.evaluation == "Modellerne passede til holdet"

    target = tmp_path / "samarbejde.pdf"
    monkeypatch.setattr(prompts, "save_file", lambda *a: target)
    monkeypatch.setattr(prompts, "info", lambda *a: None)
    qtbot.mouseClick(editor.save_pdf_button, Qt.MouseButton.LeftButton)
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(target).pages)
    for words in ("Co-teaching i 5.A dansk", "Alle elever deltager mundtligt",
                  "Eleverne fortæller om deres novelle", "Stationsundervisning",
                  "Stationerne gav flere stemmer", "Modellerne passede til holdet",
                  "Side 1 af"):
        assert words in text
