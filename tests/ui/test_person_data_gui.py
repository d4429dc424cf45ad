"""*Eksportér persondata…* and *Slet person (GDPR)…* on the people page, as a user does them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt

from plf_desktop.ui import prompts
from plf_desktop.ui.person_data_dialog import PersonExportDialog
from plf_desktop.ui.record_table import RecordTable
from tests.unit.test_person_data import PRIVATE_LINES, PRIVATE_NOTE, person_world

ASE = "Åse Bækgård"


@pytest.fixture
def world(services, team_with_people) -> dict:  # type: ignore[no-untyped-def]
    return person_world(services, team_with_people)


def _choose_person(window, qtbot, person_id: str):  # type: ignore[no-untyped-def]
    page = window.people
    window.show_area(page)
    page.show_person(person_id)
    assert page.people.current is not None and page.people.current.id == person_id
    return page.people


def _pdf_text(path: Path) -> str:
    return " ".join(page.extract_text() for page in PdfReader(path).pages)


def test_export_writes_pdf_and_json_and_says_where(window, qtbot, world, team_with_people,
                                                   answer_dialog, monkeypatch, tmp_path) -> None:
    people = _choose_person(window, qtbot, team_with_people["ase"].id)
    asked: dict = {}
    told: list[str] = []

    def fill(dialog: PersonExportDialog) -> None:
        asked["private_ticked"] = dialog.include_private.isChecked()

    def save_file(_parent, title, suggested, filters):  # type: ignore[no-untyped-def]
        asked.update(title=title, suggested=suggested, filters=filters)
        return tmp_path / "indsigt"  # the user typed a name without .pdf

    answer_dialog(fill)
    monkeypatch.setattr(prompts, "save_file", save_file)
    monkeypatch.setattr(prompts, "info", lambda _parent, _title, text: told.append(text))
    assert people.export_button.isEnabled()
    qtbot.mouseClick(people.export_button, Qt.MouseButton.LeftButton)

    assert asked["private_ticked"] is False  # off unless the user ticks it
    assert asked["suggested"].name == f"Persondata – {ASE}.pdf"
    pdf, data = tmp_path / "indsigt.pdf", tmp_path / "indsigt.json"
    assert pdf.exists() and data.exists()
    assert str(pdf) in told[0] and str(data) in told[0]
    text = _pdf_text(pdf)
    for expected in ("Teammøde om trivsel", "Afprøve makkerlæsning i 5.A", "Tovholder",
                     "Samtale med Åse om feedback", "Eleverne læser to og to"):
        assert expected in text
    assert PRIVATE_NOTE not in text and PRIVATE_LINES not in text
    parsed = json.loads(data.read_text(encoding="utf-8"))
    assert parsed["person"]["name"] == ASE and parsed["include_private_notes"] is False
    assert "Teammøde om trivsel" in [m["title"] for m in parsed["meetings"]]
    assert [a["title"] for a in parsed["agreements"]] == ["Afprøve makkerlæsning i 5.A"]
    assert PRIVATE_NOTE not in data.read_text(encoding="utf-8")


def test_ticking_private_notes_puts_them_in_both_files(window, qtbot, world, team_with_people,
                                                       answer_dialog, monkeypatch,
                                                       tmp_path) -> None:
    people = _choose_person(window, qtbot, team_with_people["ase"].id)
    answer_dialog(lambda dialog: dialog.include_private.setChecked(True))
    monkeypatch.setattr(prompts, "save_file", lambda *a: tmp_path / "med private.pdf")
    monkeypatch.setattr(prompts, "info", lambda *a: None)
    qtbot.mouseClick(people.export_button, Qt.MouseButton.LeftButton)
    text = _pdf_text(tmp_path / "med private.pdf")
    assert PRIVATE_NOTE in text and PRIVATE_LINES in text and "Med private noter" in text
    parsed = json.loads((tmp_path / "med private.json").read_text(encoding="utf-8"))
    assert parsed["include_private_notes"] is True
    assert PRIVATE_NOTE in json.dumps(parsed, ensure_ascii=False)


def test_cancelling_the_save_writes_nothing(window, qtbot, world, team_with_people,
                                            answer_dialog, monkeypatch, tmp_path) -> None:
    people = _choose_person(window, qtbot, team_with_people["ase"].id)
    answer_dialog(lambda dialog: None)
    monkeypatch.setattr(prompts, "save_file", lambda *a: None)
    qtbot.mouseClick(people.export_button, Qt.MouseButton.LeftButton)
    assert list(tmp_path.glob("*.pdf")) == []


def _shown_text(table: RecordTable) -> str:
    model = table.model
    return "\n".join(str(model.index(row, column).data(Qt.ItemDataRole.DisplayRole))
                     for row in range(model.rowCount()) for column in range(model.columnCount()))


def test_erasure_asks_then_removes_the_name_everywhere_and_keeps_the_records(
        window, qtbot, services, world, team_with_people, monkeypatch) -> None:
    ase = team_with_people["ase"]
    people = _choose_person(window, qtbot, ase.id)
    asked: list[tuple[str, str]] = []

    def confirm(_parent, title, text):  # type: ignore[no-untyped-def]
        asked.append((title, text))
        return True

    monkeypatch.setattr(prompts, "confirm", confirm)
    qtbot.mouseClick(people.erase_button, Qt.MouseButton.LeftButton)

    title, text = asked[0]
    assert title == "Slet person (GDPR)"
    assert ASE in text and "kan ikke fortrydes" in text and "Sikkerhedskopier" in text
    assert "“Slettet person”" in text
    assert "Slettet person" in window.statusBar().currentMessage()
    # The person is gone from the people list and from every picker's source …
    assert ASE not in _shown_text(people.table)
    assert ase.id not in [p.id for p in services.people.list_people()]
    # … and from every list the window shows, while the records are all still there.
    window.show_area(window.meetings)
    assert "Teammøde om trivsel" in _shown_text(window.meetings.table)
    for page in (window.observations, window.conversations, window.agreements,
                 window.cycles, window.collaborations):
        window.show_area(page)
        page.refresh()
        assert ASE not in _shown_text(page.table)
    assert len(services.meetings.summaries()) == 3
    assert services.meetings.get(world["meeting"].id).chair_id == ase.id
    assert len(services.meetings.get(world["meeting"].id).participants) == 3
    assert "Slettet person" in _shown_text(window.agreements.table)
    assert "Slettet person" in _shown_text(window.observations.table)
    conversation = services.conversations.report(world["conversation"].id)
    assert conversation.focus_person == "Slettet person"


def test_erasure_does_nothing_when_the_user_says_no(window, qtbot, services, world,
                                                   team_with_people, monkeypatch) -> None:
    people = _choose_person(window, qtbot, team_with_people["ase"].id)
    monkeypatch.setattr(prompts, "confirm", lambda *a: False)
    qtbot.mouseClick(people.erase_button, Qt.MouseButton.LeftButton)
    assert ASE in [p.name for p in services.people.list_people()]
    assert ASE in _shown_text(people.table)


def test_the_actions_wait_for_a_chosen_person(window, qtbot) -> None:
    page = window.people
    window.show_area(page)
    assert not page.people.export_button.isEnabled()
    assert not page.people.erase_button.isEnabled()
