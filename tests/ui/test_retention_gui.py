"""Retention in the window: Overblik lists what is due for deletion and deletes it for good
after one confirmation; every editor shows its record's deletion date and lets the user choose
another; the settings choose the months after the school year."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from plf_desktop.ui import overview_page, prompts, retention_field
from tests.ui.conftest import TODAY

D = dt.date


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setattr(overview_page, "today", lambda: TODAY)
    monkeypatch.setattr(retention_field, "today", lambda: TODAY)


@pytest.fixture
def records(services, team_with_people):  # type: ignore[no-untyped-def]
    """An old meeting with an agreement and an old observation (due with 12 months), and
    this autumn's meeting (not due)."""
    team = team_with_people["team"].id
    old = services.meetings.create(date=D(2024, 10, 1), team_id=team,
                                   template_key="klassisk-dagsorden", title="Gammelt PLF-møde")
    services.meetings.add_agreement(old.id, "Afprøve makkerlæsning")
    observed = services.observations.create(date=D(2025, 2, 3), class_label="5.A",
                                            subject="dansk", team_id=team)
    new = services.meetings.create(date=D(2026, 11, 3), team_id=team,
                                   template_key="klassisk-dagsorden", title="Nyt PLF-møde")
    return {"old": old, "observed": observed, "new": new}


def lines(section) -> list[str]:  # type: ignore[no-untyped-def]
    return [section.list.item(i).text() for i in range(section.list.count())]


def test_overview_deletes_what_is_due_after_one_confirmation(window, qtbot, services, records,
                                                            monkeypatch):
    page = window.overview
    page.refresh()
    assert lines(page.due) == [
        "01.10.2024  PLF-møde: Gammelt PLF-møde\n    Slettedato 31.07.2026",
        "03.02.2025  Observation: 5.A dansk\n    Slettedato 31.07.2026"]
    assert page.due.count.text() == "2"
    button = page.delete_due_button
    assert button.isVisible() and button.text() == "Slet 2 forfaldne…"

    asked: list[tuple[str, str]] = []
    monkeypatch.setattr(prompts, "confirm", lambda _parent, title, text: asked.append(
        (title, text)) is None and False)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert len(services.meetings.summaries()) == 2  # "no" deletes nothing
    title, text = asked[0]
    assert title == "Slet forfaldne poster"
    assert text.startswith("Slet 2 poster for altid?")
    assert "kan ikke fortrydes" in text and "papirkurven" in text
    assert "Sikkerhedskopierne" in text and "12 måneder" in text

    monkeypatch.setattr(prompts, "confirm", lambda _parent, _title, _text: True)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert [m.id for m in services.meetings.summaries()] == [records["new"].id]
    assert services.observations.summaries() == []
    assert services.agreements.list() == []  # the old meeting's agreement went with it
    assert services.trash.entries() == []  # for good, not to the trash
    assert lines(page.due) == ["Intet skal slettes endnu."]
    assert not button.isVisible()
    assert window.statusBar().currentMessage() == "Slettet for altid: 2."


def test_a_due_line_opens_its_record(window, records):
    page = window.overview
    page.refresh()
    page.due.list.itemActivated.emit(page.due.list.item(1))
    assert window.observations.editor.observation.id == records["observed"].id


def test_the_months_in_the_settings_decide_what_is_due(window, records, answer_dialog):
    from plf_desktop.ui.settings_dialog import SettingsDialog

    def keep_longer(dialog):  # type: ignore[no-untyped-def]
        assert dialog.retention_months.value() == 12
        dialog.retention_months.setValue(24)

    answer_dialog(keep_longer)
    prompts.run(SettingsDialog(window.ctx, window))
    assert window.ctx.prefs.retention_months == 24
    page = window.overview
    page.refresh()
    assert lines(page.due) == ["Intet skal slettes endnu."]
    assert not page.delete_due_button.isVisible()


def test_an_editor_shows_the_deletion_date_and_takes_another(window, services, records,
                                                            answer_dialog):
    window.open_record("observation", records["observed"].id)
    button = window.observations.editor.deletion
    assert button.isVisible() and button.text() == "Slettes 31.07.2026 (forfalden)"
    assert "skoleåret 2024/25 plus 12 måneder" in button.toolTip()

    def later(dialog):  # type: ignore[no-untyped-def]
        assert dialog.default.isChecked()
        dialog.date.edit.setText("31.07.2030")
        dialog.other.setChecked(True)

    answer_dialog(later)
    button.click()
    assert button.text() == "Slettes 31.07.2030"
    assert services.retention.retention("observation", records["observed"].id).override == \
        D(2030, 7, 31)
    window.nav.setCurrentRow(0)
    assert [line.split("\n")[0] for line in lines(window.overview.due)] == [
        "01.10.2024  PLF-møde: Gammelt PLF-møde"]

    def default_again(dialog):  # type: ignore[no-untyped-def]
        assert dialog.other.isChecked()
        dialog.default.setChecked(True)

    window.open_record("observation", records["observed"].id)
    answer_dialog(default_again)
    button.click()
    assert button.text() == "Slettes 31.07.2026 (forfalden)"


def test_a_missing_date_keeps_the_dialog_open(window, records, monkeypatch):
    window.open_record("meeting", records["new"].id)
    button = window.meetings.editor.deletion
    assert button.text() == "Slettes 31.07.2028"
    seen = {}

    def fake_run(dialog):  # type: ignore[no-untyped-def]
        dialog.other.setChecked(True)
        dialog.date.edit.clear()
        dialog.accept()
        seen["problem"] = dialog.problem.text()
        seen["open"] = dialog.result() != dialog.DialogCode.Accepted
        return False

    monkeypatch.setattr(prompts, "run", fake_run)
    button.click()
    assert seen == {"problem": "Skriv slettedatoen.", "open": True}
    assert button.text() == "Slettes 31.07.2028"


def test_every_other_editor_shows_its_deletion_date_too(window, services, team_with_people):
    cycle = services.cycles.create("Læsning", started=D(2026, 9, 1))
    window.open_record("cycle", cycle.id)
    assert window.cycles.editor.deletion.text() == "Slettes 31.07.2028"
    together = services.collaborations.create("Co-teaching", started=D(2025, 6, 1),
                                              teacher_id=team_with_people["ase"].id)
    window.open_record("collaboration", together.id)
    assert window.collaborations.editor.deletion.text() == "Slettes 31.07.2026 (forfalden)"
    template = services.templates.conversation_template("kl-fire-faser")
    talk = services.conversations.create(template, date=D(2026, 7, 31), title="Samtale")
    window.open_record("conversation", talk.id)
    assert window.conversations.editor.deletion.text() == "Slettes 31.07.2027"
