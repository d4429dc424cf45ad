"""Overblik is the start screen and every line opens its work; Ctrl+F searches everything
from anywhere and opens a hit in place."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from plf_desktop.domain.labels import NoteCategory
from plf_desktop.domain.observations import Adult
from plf_desktop.ui import overview_page
from tests.ui.conftest import TODAY, type_text


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setattr(overview_page, "today", lambda: TODAY)


@pytest.fixture
def school(services, team_with_people):  # type: ignore[no-untyped-def]
    """A course under way, a meeting next week, an overdue agreement, an old observation."""
    people = team_with_people
    cycle = services.cycles.create("Grupper i gang", started=dt.date(2026, 9, 1),
                                   team_id=people["team"].id)
    services.cycles.update(cycle.id, problem="Hvordan hjælper rollekort grupperne?")
    first = services.cycles.start_rounds(cycle.id)
    services.cycles.update_round(first.id, action="Rollekort")
    meeting = services.meetings.create(date=TODAY + dt.timedelta(days=3),
                                       team_id=people["team"].id,
                                       template_key="klassisk-dagsorden",
                                       title="PLF-møde om læsning")
    earlier = services.meetings.create(date=dt.date(2026, 10, 1), team_id=people["team"].id,
                                       template_key="klassisk-dagsorden")
    late = services.meetings.add_agreement(earlier.id, "Sende læseplanen rundt",
                                           people["ase"].id, dt.date(2026, 10, 15))
    observed = services.observations.create(date=dt.date(2026, 11, 2), class_label="5.A",
                                             subject="Dansk", team_id=people["team"].id,
                                             adults=(Adult(people["lukasz"].id),))
    services.observations.add_note(observed.id, "Eleverne bruger rollekortene", at_seconds=60,
                                   category=NoteCategory.STUDENTS)
    together = services.collaborations.create("Co-teaching i 5.A", started=TODAY,
                                              teacher_id=people["ase"].id)
    services.collaborations.update(together.id, goals="Rollekort i makkerarbejdet")
    return {"cycle": cycle, "meeting": meeting, "late": late, "observed": observed,
            "together": together}


def lines(section) -> list[str]:  # type: ignore[no-untyped-def]
    return [section.list.item(i).text() for i in range(section.list.count())]


def test_the_start_screen_shows_what_needs_attention(window, qtbot, school, team_with_people):
    assert window.stack.currentWidget() is window.overview  # the start screen
    page = window.overview
    page.refresh()
    assert lines(page.courses) == [
        "Grupper i gang (5.A klasseteam)\n    Runde 1 · 3 Gennemførelse og observation",
        "Co-teaching i 5.A (Åse Bækgård)\n    Formøde og samarbejdskontrakt"]
    assert any("PLF-møde om læsning" in line for line in lines(page.meetings))
    assert lines(page.agreements) == ["Sende læseplanen rundt – Åse Bækgård, frist 15.10.2026"]
    teachers = lines(page.teachers)
    assert "Åse Bækgård – aldrig observeret" in teachers
    assert not any(line.startswith("Łukasz") for line in teachers)  # observed three weeks ago
    page.weeks.setValue(1)
    assert any(line.startswith("Łukasz Ødegård – sidst 02.11.2026")
               for line in lines(page.teachers))

    page.courses.list.setCurrentRow(0)
    page.courses.list.itemActivated.emit(page.courses.list.item(0))
    assert window.cycles.editor.cycle.id == school["cycle"].id
    window.nav.setCurrentRow(0)
    row = next(i for i, line in enumerate(lines(page.meetings)) if "læsning" in line)
    page.meetings.list.itemActivated.emit(page.meetings.list.item(row))
    assert window.meetings.editor.meeting.id == school["meeting"].id
    window.nav.setCurrentRow(0)
    page.agreements.list.itemActivated.emit(page.agreements.list.item(0))
    assert window.meetings.editor.meeting.title  # the meeting the agreement came from
    window.nav.setCurrentRow(0)
    row = next(i for i, line in enumerate(lines(page.teachers)) if line.startswith("Åse"))
    page.teachers.list.itemActivated.emit(page.teachers.list.item(row))
    assert window.people.people.table.current().id == team_with_people["ase"].id


def test_ctrl_f_searches_everything_and_opens_a_hit_in_place(window, qtbot, school):
    window.show_area(window.meetings)
    qtbot.keyClick(window.meetings.table.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    dialog = window.search_dialog
    assert dialog.isVisible() and dialog.focusWidget() is dialog.field
    type_text(dialog.field, "rollekort")
    dialog.run()
    groups = [dialog.results.topLevelItem(i).text(0)
              for i in range(dialog.results.topLevelItemCount())]
    assert groups == ["Aktionslæringsforløb (1)", "Co-teaching-samarbejder (1)",
                      "Observationer (1)"]
    hit = dialog.hits()[2]
    assert "«rollekortene»" in hit.text(1).lower()
    dialog.results.itemActivated.emit(hit, 0)
    assert window.observations.editor.observation.id == school["observed"].id
    dialog.field.selectAll()
    type_text(dialog.field, "findes ikke")
    dialog.run()
    assert dialog.count.text() == "Intet fundet for “findes ikke”."
    dialog.field.clear()
    type_text(dialog.field, "grupper")
    qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
    assert window.cycles.editor.cycle.id == school["cycle"].id
