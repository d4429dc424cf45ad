"""An observer plans a lesson, runs it live by keyboard, and reviews it afterwards."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from plf_desktop.domain.labels import CoTeachingModel, NoteCategory
from plf_desktop.ui import observations_page
from tests.ui.conftest import TODAY, type_text


class FakeTime:
    """The wall clock the lesson clock is measured against, moved by the test."""

    def __init__(self) -> None:
        self.now = dt.datetime(2026, 11, 24, 9, 0, tzinfo=dt.UTC)

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += dt.timedelta(seconds=seconds)


@pytest.fixture
def wall(services, monkeypatch):  # type: ignore[no-untyped-def]
    clock = FakeTime()
    monkeypatch.setattr(services.observations, "now", clock)
    monkeypatch.setattr(observations_page, "today", lambda: TODAY)
    return clock


def open_new_observation(window, qtbot):  # type: ignore[no-untyped-def]
    page = window.observations
    window.show_area(page)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    return page.editor


def test_plan_run_and_review_a_lesson_by_keyboard(window, qtbot, services, team_with_people,
                                                   wall, tmp_path, monkeypatch):
    editor = open_new_observation(window, qtbot)
    planning = editor.planning
    type_text(planning.class_label, "5.A")
    type_text(planning.subject, "Dansk")
    planning.focus.setFocus()
    type_text(planning.focus, "Elevernes spørgsmål")
    window.autosaver.flush()
    observation = services.observations.summaries()[0]
    stored = services.observations.get(observation.id)
    assert (stored.class_label, stored.subject, stored.focus_points) == (
        "5.A", "Dansk", ("Elevernes spørgsmål",))

    qtbot.keyClick(editor, Qt.Key.Key_F5)
    live = editor.live
    assert editor.tabs.currentWidget() is live
    qtbot.keyClick(live.description, Qt.Key.Key_F9)  # start the clock
    wall.advance(65)
    qtbot.keyClick(live.description, Qt.Key.Key_F2)  # one teaches, one assists
    qtbot.keyClick(live.description, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(live.description, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    type_text(live.description, "Læreren stiller et åbent spørgsmål")
    qtbot.keyClick(live.description, Qt.Key.Key_Tab)
    type_text(live.interpretation, "Undrer mig: hvem svarer?")
    qtbot.keyClick(live.interpretation, Qt.Key.Key_Return)
    wall.advance(120)
    qtbot.keyClick(live.description, Qt.Key.Key_E, Qt.KeyboardModifier.AltModifier)
    type_text(live.description, "Gruppe 2 går hurtigt i gang")
    qtbot.keyClick(live.description, Qt.Key.Key_Return)
    # Tally seats by keyboard: a seat is chosen with the arrow keys, Space logs, Ctrl+Z undoes.
    live.seating.make_grid(2, 4, 2)
    live.seating.set_mode("observe")
    live.seating.view.setFocus()
    qtbot.keyClick(live.seating.view, Qt.Key.Key_Right)
    qtbot.keyClick(live.seating.view, Qt.Key.Key_Space)
    qtbot.keyClick(live.seating.view, Qt.Key.Key_2)  # the second kind of participation
    qtbot.keyClick(live.seating.view, Qt.Key.Key_Space)
    qtbot.keyClick(live.seating.view, Qt.Key.Key_Space)
    qtbot.keyClick(live.seating.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    taps = services.observations.taps(observation.id)
    assert len(taps) == 2 and taps[0].seat_label == taps[1].seat_label
    assert [t.kind for t in taps] == ["Spontant indlæg", "Svar på spørgsmål"]
    live.description.setFocus()
    wall.advance(600)
    qtbot.mouseClick(live.stop_button, Qt.MouseButton.LeftButton)

    notes = services.observations.notes(observation.id)
    assert [(round(n.at_seconds), n.category, n.description, n.interpretation, n.focus_index)
            for n in notes] == [
        (65, NoteCategory.TEACHER, "Læreren stiller et åbent spørgsmål",
         "Undrer mig: hvem svarer?", 0),
        (185, NoteCategory.STUDENTS, "Gruppe 2 går hurtigt i gang", "", 0)]  # focus stays
    events = services.observations.events(observation.id)
    assert [(e.kind, e.value, round(e.at_seconds)) for e in events] == [
        ("model", CoTeachingModel.ONE_ASSISTS.value, 65)]
    assert live.clock.text() == "13:05"
    assert live.description.text() == "" and live.description.hasFocus()

    editor.tabs.setCurrentWidget(editor.review)
    review = editor.review
    assert review.table.row_count() == 2
    assert "Én underviser, én assisterer: 12 min" in review.summary.text()
    review.category.setCurrentIndex(review.category.findData(NoteCategory.STUDENTS.value))
    review.category.activated.emit(review.category.currentIndex())
    assert review.table.row_count() == 1
    review.table.view.selectRow(0)
    review.description.setFocus()
    review.description.selectAll()
    type_text(review.description, "Gruppe 2 går i gang efter 40 sekunder")
    window.autosaver.flush()
    assert services.observations.notes(observation.id)[1].description == \
        "Gruppe 2 går i gang efter 40 sekunder"

    # The printed notes for the teacher hold what was typed.
    from pypdf import PdfReader

    from plf_desktop.ui import prompts

    target = tmp_path / "observationsnoter.pdf"
    monkeypatch.setattr(prompts, "save_file", lambda *a: target)
    qtbot.mouseClick(editor.save_pdf_button, Qt.MouseButton.LeftButton)
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(target).pages)
    for words in ("Læreren stiller et åbent spørgsmål", "Undrer mig: hvem svarer?",
                  "Gruppe 2 går i gang efter 40 sekunder", "Iagttagelse", "Side 1 af"):
        assert words in text


def test_an_interrupted_lesson_reopens_live_with_its_clock(window, qtbot, services, wall):
    observation = services.observations.create(date=TODAY, class_label="3.B")
    services.observations.start_clock(observation.id)
    wall.advance(300)
    page = window.observations
    window.show_area(page)
    page.open_observation(observation.id)
    assert page.editor.tabs.currentWidget() is page.editor.live
    assert page.editor.live.clock.text() == "05:00"


def test_seating_chart_taps_are_logged_and_the_last_one_undone(window, qtbot, services, wall):
    observation = services.observations.create(date=TODAY, class_label="6.C")
    page = window.observations
    window.show_area(page)
    page.open_observation(observation.id)
    editor = page.editor
    editor.tabs.setCurrentWidget(editor.live)
    chart = editor.live.seating
    chart.make_grid(2, 4, 2)  # the observer lays out the room: 8 seats at 4 tables
    seats = services.observations.get(observation.id).seats
    assert len(seats) == 8
    chart.set_mode("observe")
    services.observations.start_clock(observation.id)
    editor.live.observation = services.observations.get(observation.id)
    wall.advance(90)
    first, second = seats[0].label, seats[5].label
    for label in (first, first, second):
        qtbot.mouseClick(chart.view, Qt.MouseButton.LeftButton,
                         pos=chart.seat_center(label))
    taps = services.observations.taps(observation.id)
    assert [(t.seat_label, round(t.at_seconds)) for t in taps] == [(first, 90), (first, 90),
                                                                   (second, 90)]
    assert chart.count(first) == 2
    qtbot.keyClick(chart.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [t.seat_label for t in services.observations.taps(observation.id)] == [first, first]
    assert chart.count(second) == 0
    # The layout is kept for the class's next observation.
    later = services.observations.create(date=TODAY, class_label="6.C")
    assert later.seats == seats


def test_choosing_a_scheme_sets_up_the_observation(window, qtbot, services, wall):
    editor = open_new_observation(window, qtbot)
    planning = editor.planning
    index = planning.scheme.findData("fem-minutters-interval")
    planning.scheme.setCurrentIndex(index)
    planning.scheme.activated.emit(index)
    observation = services.observations.get(services.observations.summaries()[0].id)
    assert observation.interval_minutes == 5
    assert planning.interval.value() == 5
    assert "Aktivitetsform og overgange" in planning.focus.toPlainText()
    assert "Hvert femte minut" in planning.scheme_help.text()


def test_the_templates_area_shows_agendas_and_schemes(window, qtbot):
    window.nav.setCurrentRow(7)
    page = window.stack.currentWidget().page()
    names = [page.list.item(i).text().strip() for i in range(page.list.count())]
    assert "Data-informeret PLF-møde (60 min)" in names
    assert "Observation i 5-minutters intervaller" in names
    page.list.setCurrentRow(names.index("Observation i 5-minutters intervaller"))
    assert "5" in page.details.text() and "Støjniveau" in page.details.text()
    assert page.copy_button.isEnabled() and not page.delete_button.isEnabled()


def test_a_copied_scheme_is_edited_and_offered_when_planning(window, qtbot, services, wall):
    window.nav.setCurrentRow(7)
    page = window.stack.currentWidget().page()
    names = [page.list.item(i).text().strip() for i in range(page.list.count())]
    page.list.setCurrentRow(names.index("Hændelsesbaseret observation"))
    qtbot.mouseClick(page.copy_button, Qt.MouseButton.LeftButton)
    form = page.form
    assert page.right.currentWidget() is form
    form.name.selectAll()
    type_text(form.name, "Vores skema til 4. årgang")
    form.interval.setValue(10)
    window.autosaver.flush()
    mine = [s for s in services.templates.observation_schemes() if not s.built_in]
    assert [(s.name, s.interval_minutes) for s in mine] == [("Vores skema til 4. årgang", 10)]
    assert services.templates.observation_scheme("haendelsesbaseret").interval_minutes == 0
    editor = open_new_observation(window, qtbot)
    planning = editor.planning
    index = planning.scheme.findText("Vores skema til 4. årgang")
    assert index > 0
    planning.scheme.setCurrentIndex(index)
    planning.scheme.activated.emit(index)
    observation = services.observations.get(services.observations.summaries()[0].id)
    assert observation.interval_minutes == 10


def test_turning_the_interval_prompt_on_gives_five_minutes(window, qtbot, services, wall):
    editor = open_new_observation(window, qtbot)
    interval = editor.planning.interval
    assert interval.text() == "fra"
    interval.setFocus()
    qtbot.keyClick(interval, Qt.Key.Key_Up)
    window.autosaver.flush()
    observation = services.observations.get(services.observations.summaries()[0].id)
    assert observation.interval_minutes == 5
