"""A vejleder holds a didactic conversation by keyboard and mouse: chooses the model, writes
the kontrakt, links an observation, goes phase by phase with notes, closes with an opsamling
and an agreement, and prints the referat. The agreement then shows in the Aftaler view."""

from __future__ import annotations

import datetime as dt

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from plf_desktop.domain.conversations import PHASE_NOTE
from plf_desktop.domain.labels import NoteCategory
from plf_desktop.ui import conversations_page, prompts
from tests.ui.conftest import TODAY, type_text


class FakeTime:
    """The wall clock the phase timer is measured against, moved by the test."""

    def __init__(self) -> None:
        self.now = dt.datetime(2026, 11, 22, 13, 0, tzinfo=dt.UTC)

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, minutes: float) -> None:
        self.now += dt.timedelta(minutes=minutes)


@pytest.fixture
def wall(services, monkeypatch):  # type: ignore[no-untyped-def]
    clock = FakeTime()
    monkeypatch.setattr(services.conversations, "now", clock)
    monkeypatch.setattr(conversations_page, "today", lambda: TODAY)
    return clock


@pytest.fixture
def observation(services):  # type: ignore[no-untyped-def]
    """An observed lesson with one shared and one private note."""
    made = services.observations.create(date=dt.date(2026, 11, 18), class_label="5.A",
                                        subject="Dansk")
    services.observations.add_note(made.id, "Gruppe 3 venter på læreren", at_seconds=312,
                                   category=NoteCategory.STUDENTS,
                                   interpretation="Ved de, hvad de skal?")
    services.observations.add_note(made.id, "Min private tanke", at_seconds=400, private=True)
    return made


def test_hold_a_conversation_from_model_to_pdf(window, qtbot, services, team_with_people,
                                               observation, wall, answer_dialog, tmp_path,
                                               monkeypatch):
    people = team_with_people
    page = window.conversations
    window.show_area(page)

    def fill_new(dialog):  # type: ignore[no-untyped-def]
        dialog.choose_template("kl-fire-faser")
        assert "Samtalens fundament" in dialog.about.text()
        type_text(dialog.title, "Samtale med Åse om gruppearbejde")
        dialog.focus.setCurrentIndex(dialog.focus.findData(people["ase"].id))
        dialog.team.setCurrentIndex(dialog.team.findData(people["team"].id))

    answer_dialog(fill_new)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    editor = page.editor
    assert editor.tabs.currentWidget() is editor.contract
    contract = editor.contract
    assert contract.purpose.hasFocus()
    type_text(contract.purpose, "At forstå, hvorfor grupperne går i stå <b> & </b>")
    type_text(contract.data_basis, "Observationsnoter fra 5.A dansk")
    ida = next(contract.participants.item(r) for r in range(contract.participants.count())
               if contract.participants.item(r).text() == "Ida Sørensen")
    ida.setCheckState(Qt.CheckState.Checked)

    answer_dialog(lambda dialog: dialog.table.select_id(observation.id))
    qtbot.mouseClick(contract.link_button, Qt.MouseButton.LeftButton)
    assert "5.A dansk" in contract.observations.item(0).text()
    window.autosaver.flush()
    conversation = services.conversations.summaries()[0]
    stored = services.conversations.get(conversation.id)
    assert stored.purpose == "At forstå, hvorfor grupperne går i stå <b> & </b>"
    assert stored.participant_ids == (people["ida"].id,)
    assert stored.observation_ids == (observation.id,)
    assert stored.focus_person_id == people["ase"].id

    # The conversation, phase by phase (F5 opens it; the button starts the first phase).
    qtbot.keyClick(editor, Qt.Key.Key_F5)
    phases = editor.phases
    assert editor.tabs.currentWidget() is phases
    assert phases.next_button.text() == "Start samtalen"
    qtbot.mouseClick(phases.next_button, Qt.MouseButton.LeftButton)
    assert phases.heading.text() == "Fase 1 af 4: Samtalens fundament"
    assert phases.speaker.text() == "Taler mest: Fokusperson"
    assert phases.note_edits[0].hasFocus()
    type_text(phases.note_edits[0], "Grupperne går i stå efter ti minutter")
    wall.advance(12)
    phases._tick()
    assert phases.timer_label.text() == "12:00 af 10:00"
    assert phases.timer_label.property("over") is True
    assert not phases.notes_panel.isVisible()
    qtbot.keyClick(phases.note_edits[0], Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert phases.heading.text().startswith("Fase 2 af 4: Gennemgang af data")
    assert phases.notes_panel.isVisible()  # the data phase shows the observation notes
    panel = phases.notes_panel.text.toPlainText()
    assert "05:12  Gruppe 3 venter på læreren" in panel and "Ved de, hvad de skal?" in panel
    assert "Min private tanke" not in panel
    type_text(phases.phase_note, "Vi så på tre episoder")
    wall.advance(5)
    qtbot.mouseClick(phases.next_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(phases.next_button, Qt.MouseButton.LeftButton)
    assert phases.heading.text().startswith("Fase 4 af 4")
    assert not phases.next_button.isVisible() and phases.finish_button.isVisible()
    type_text(phases.note_edits[0], "Rollekort til grupperne")
    qtbot.mouseClick(phases.finish_button, Qt.MouseButton.LeftButton)

    # The close: opsamling, next steps and an agreement.
    close = editor.close_tab
    assert editor.tabs.currentWidget() is close
    type_text(close.summary, "Jeg prøver rollekort i tre uger")
    type_text(close.next_steps, "Ny observation i januar")
    add = next(b for b in close.agreements.findChildren(QPushButton)
               if b.text() == "Tilføj aftale")
    qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
    agreements = close.agreements
    assert agreements.what.hasFocus()
    agreements.what.selectAll()
    type_text(agreements.what, "Afprøve rollekort i 5.A")
    agreements.responsible.setCurrentIndex(agreements.responsible.findData(people["ase"].id))
    agreements.responsible.activated.emit(agreements.responsible.currentIndex())
    type_text(agreements.due.edit, "11.12.2026")
    window.autosaver.flush()

    notes = services.conversations.notes(conversation.id)
    assert notes[(0, 0)] == "Grupperne går i stå efter ti minutter"
    assert notes[(1, PHASE_NOTE)] == "Vi så på tre episoder"
    assert notes[(3, 0)] == "Rollekort til grupperne"
    closed = services.conversations.get(conversation.id)
    assert closed.finished_at is not None and closed.summary == "Jeg prøver rollekort i tre uger"
    assert closed.phase_seconds(0, wall()) == pytest.approx(12 * 60)

    # The referat PDF holds the kontrakt, the notes, the opsamling and the agreement.
    target = tmp_path / "samtale.pdf"
    monkeypatch.setattr(prompts, "save_file", lambda *a: target)
    monkeypatch.setattr(prompts, "info", lambda *a: None)
    qtbot.mouseClick(editor.save_pdf_button, Qt.MouseButton.LeftButton)
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(target).pages)
    for words in ("Samtale med Åse om gruppearbejde", "At forstå, hvorfor grupperne går i stå "
                  "<b> & </b>", "Grupperne går i stå efter ti minutter", "Vi så på tre episoder",
                  "Jeg prøver rollekort i tre uger", "Ny observation i januar",
                  "Afprøve rollekort i 5.A", "11.12.2026", "Åse Bækgård", "Side 1 af"):
        assert words in text
    assert "Min private tanke" not in text

    # The agreement is a shared Aftaler record: it shows in the Aftaler view, and opens
    # the conversation it came from.
    aftaler = window.agreements
    window.show_area(aftaler)
    rows = aftaler.table.model.records
    assert [(r.agreement.what, r.source_title) for r in rows] == [
        ("Afprøve rollekort i 5.A", "Samtale med Åse om gruppearbejde")]
    assert aftaler.table.select_id(rows[0].agreement.id)
    assert aftaler.open_source.isEnabled()
    qtbot.mouseClick(aftaler.open_source, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget().holds(page)
    assert page.editor.conversation.id == conversation.id


def test_a_conversation_under_way_reopens_on_its_phase_with_its_timer(window, qtbot, services,
                                                                      wall):
    kl = services.templates.conversation_template("kl-fire-faser")
    conversation = services.conversations.create(kl, date=TODAY, title="Afbrudt samtale")
    services.conversations.next_phase(conversation.id)
    wall.advance(3)
    services.conversations.next_phase(conversation.id)
    wall.advance(2)
    page = window.conversations
    window.show_area(page)
    page.open_record(conversation.id)
    assert page.editor.tabs.currentWidget() is page.editor.phases
    assert page.editor.phases.heading.text().startswith("Fase 2 af 4")
    assert page.editor.phases.timer_label.text() == "02:00 af 08:00"
    assert page.table.row_count() == 1


def test_an_empty_title_is_refused_and_the_old_one_kept(window, qtbot, services, wall):
    kl = services.templates.conversation_template("kl-fire-faser")
    conversation = services.conversations.create(kl, date=TODAY, title="Samtale om læsning")
    page = window.conversations
    window.show_area(page)
    page.open_record(conversation.id)
    contract = page.editor.contract
    contract.title.selectAll()
    qtbot.keyClick(contract.title, Qt.Key.Key_Delete)
    contract.title.textEdited.emit("")
    window.autosaver.flush()
    assert services.conversations.get(conversation.id).title == "Samtale om læsning"
    assert "kan ikke være tom" in window.statusBar().currentMessage()
    contract.date.edit.setText("31.02.2026")
    contract.date.edit.textEdited.emit("31.02.2026")
    window.autosaver.flush()
    assert services.conversations.get(conversation.id).date == TODAY
    assert "dato" in window.statusBar().currentMessage()
