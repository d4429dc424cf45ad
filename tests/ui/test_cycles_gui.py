"""A vejleder walks a team's action-learning course by keyboard and mouse: the problem
statement from the quick-writes, two rounds each with its observation and conversation, the
processing of experiences, and both printed documents."""

from __future__ import annotations

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt

from plf_desktop.domain.cycles import CycleStage
from plf_desktop.domain.labels import NoteCategory
from plf_desktop.ui import cycles_page, prompts
from tests.ui.conftest import TODAY, type_text


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setattr(cycles_page, "today", lambda: TODAY)


def pdf_text(path) -> str:  # type: ignore[no-untyped-def]
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(path).pages)


def test_walk_a_course_through_two_rounds_to_its_report(window, qtbot, services,
                                                         team_with_people, answer_dialog,
                                                         monkeypatch, tmp_path):
    people = team_with_people
    page = window.cycles
    window.show_area(page)

    def fill_new(dialog):  # type: ignore[no-untyped-def]
        type_text(dialog.title, "Grupper der går i stå")
        type_text(dialog.class_label, "5.A")
        type_text(dialog.subject, "Dansk")
        dialog.coach.setCurrentIndex(dialog.coach.findData(people["ida"].id))

    answer_dialog(fill_new)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    editor = page.editor
    problem = editor.problem
    assert editor.pages.currentWidget() is problem and problem.wonder.hasFocus()
    assert "Næste skridt: 1 Formulering af problemstilling" in editor.next_label.text()
    assert set(problem.writes) == set(people["team"].member_ids)  # the team takes part
    type_text(problem.writes[people["ase"].id], "Grupperne går i stå efter ti minutter")
    type_text(problem.wonder, "Vi undrer os over de stille grupper")
    type_text(problem.problem, "Hvordan får vi grupperne til at gå i gang?")
    type_text(problem.goals, "Alle grupper er i gang inden tre minutter")
    qtbot.mouseClick(problem.start_button, Qt.MouseButton.LeftButton)

    # Round 1: the action plan, the observation, the conversation, the agreements.
    round_view = editor.round
    assert editor.pages.currentWidget() is round_view and round_view.action.hasFocus()
    assert round_view.heading.text() == "Runde 1"
    type_text(round_view.action, "Rollekort til hver gruppe")
    type_text(round_view.reason, "Roller gør det tydeligt, hvem der starter")
    round_view.teacher.setCurrentIndex(round_view.teacher.findData(people["ase"].id))
    round_view.teacher.activated.emit(round_view.teacher.currentIndex())
    lukasz = next(round_view.observers.item(r) for r in range(round_view.observers.count())
                  if round_view.observers.item(r).text() == "Łukasz Ødegård")
    lukasz.setCheckState(Qt.CheckState.Checked)
    round_view.focus_points.setFocus()
    type_text(round_view.focus_points, "Hvem tager ordet først")
    type_text(round_view.focus_students, "Gruppe 3")
    type_text(round_view.lesson_date.edit, "24.11.2026")
    window.autosaver.flush()
    assert "3 Gennemførelse og observation" in editor.next_label.text()

    # The action plan for the observers prints before the lesson.
    plan_pdf = tmp_path / "aktionsplan.pdf"
    monkeypatch.setattr(prompts, "save_file", lambda *a: plan_pdf)
    monkeypatch.setattr(prompts, "info", lambda *a: None)
    qtbot.mouseClick(round_view.plan_pdf_button, Qt.MouseButton.LeftButton)
    text = pdf_text(plan_pdf)
    for words in ("Rollekort til hver gruppe", "Hvem tager ordet først", "Gruppe 3",
                  "Hvordan får vi grupperne til at gå i gang?", "Åse Bækgård", "Side 1 af"):
        assert words in text

    assert round_view.observation_button.text() == "Opret observationen"
    qtbot.mouseClick(round_view.observation_button, Qt.MouseButton.LeftButton)
    cycle = services.cycles.get(services.cycles.summaries()[0].id)
    first = cycle.rounds[0]
    observation = services.observations.get(first.observation_id)
    assert observation.focus_points == ("Hvem tager ordet først",)
    assert observation.class_label == "5.A" and observation.observer_id == people["lukasz"].id
    services.observations.add_note(observation.id, "Gruppe 3 fordeler roller på to minutter",
                                   at_seconds=120, category=NoteCategory.STUDENTS)
    assert round_view.conversation_button.text() == "Opret samtalen"
    qtbot.mouseClick(round_view.conversation_button, Qt.MouseButton.LeftButton)
    first = services.cycles.get(cycle.id).rounds[0]
    conversation = services.conversations.get(first.conversation_id)
    assert conversation.title == "Runde 1: Grupper der går i stå"
    assert conversation.observation_ids == (observation.id,)
    services.conversations.update(conversation.id, summary="Rollekortene hjalp gruppe 3")
    services.conversations.add_agreement(conversation.id, "Læse om gruppearbejde",
                                         people["ida"].id)
    round_view.next_teacher.setCurrentIndex(round_view.next_teacher.findData(
        people["lukasz"].id))
    round_view.next_teacher.activated.emit(round_view.next_teacher.currentIndex())
    qtbot.mouseClick(round_view.new_round_button, Qt.MouseButton.LeftButton)

    # Round 2 starts with the agreed teacher, and goes the same way.
    assert round_view.heading.text() == "Runde 2"
    assert round_view.teacher.person_id() == people["lukasz"].id
    round_view.action.setFocus()
    type_text(round_view.action, "Startopgave på tavlen")
    window.autosaver.flush()
    qtbot.mouseClick(round_view.observation_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(round_view.conversation_button, Qt.MouseButton.LeftButton)
    assert "Ny runde eller bearbejdning?" in editor.next_label.text()
    qtbot.mouseClick(round_view.learning_button, Qt.MouseButton.LeftButton)

    # Processing of experiences, then closing the course.
    learning = editor.learning
    assert editor.pages.currentWidget() is learning
    assert "5 Bearbejdning af erfaringer" in editor.next_label.text()
    type_text(learning.learned, "Roller hjælper grupperne i gang")
    type_text(learning.sharing, "Vi fortæller om det på næste PR-møde")
    qtbot.mouseClick(learning.close_button, Qt.MouseButton.LeftButton)
    closed = services.cycles.get(cycle.id)
    assert closed.stage is CycleStage.CLOSED and closed.closed_on == TODAY
    assert [r.step.value for r in closed.rounds] == ["valg", "valg"]
    steps = [editor.steps.item(i).text() for i in range(editor.steps.count())]
    assert steps[0].startswith("✓") and len(steps) == 4

    report_pdf = tmp_path / "forloebsrapport.pdf"
    monkeypatch.setattr(prompts, "save_file", lambda *a: report_pdf)
    qtbot.mouseClick(editor.save_pdf_button, Qt.MouseButton.LeftButton)
    text = pdf_text(report_pdf)
    for words in ("Grupper der går i stå", "Hvordan får vi grupperne til at gå i gang?",
                  "Grupperne går i stå efter ti minutter", "Rollekort til hver gruppe",
                  "Startopgave på tavlen", "Gruppe 3 fordeler roller på to minutter",
                  "Rollekortene hjalp gruppe 3", "Læse om gruppearbejde",
                  "Roller hjælper grupperne i gang", "Side 1 af"):
        assert words in text

    # The list says where each course stands.
    page.show_list()
    assert page.table.row_count() == 1


def test_the_round_opens_its_observation_and_conversation_where_they_live(
        window, qtbot, services, team_with_people):
    cycles = services.cycles
    cycle = cycles.create("Læsning", started=TODAY, team_id=team_with_people["team"].id)
    cycles.update(cycle.id, problem="Hvordan læser eleverne mere?")
    first = cycles.start_rounds(cycle.id)
    cycles.update_round(first.id, action="Læsemakkere")
    observation = cycles.create_observation(first.id, TODAY)
    page = window.cycles
    window.show_area(page)
    page.open_record(cycle.id)
    assert page.editor.round.observation_button.text() == "Åbn observationen"
    qtbot.mouseClick(page.editor.round.observation_button, Qt.MouseButton.LeftButton)
    assert window.observations.editor.observation.id == observation.id
