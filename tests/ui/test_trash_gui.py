"""Papirkurven: a deleted meeting is found there and brought back, or deleted for good after
a yes; Settings choose when the trash empties itself."""

from __future__ import annotations

from PySide6.QtCore import Qt

from plf_desktop.ui import prompts


def test_restore_and_delete_for_good_from_the_trash(window, qtbot, services, meeting,
                                                    answer_dialog, monkeypatch):
    services.meetings.delete(meeting.id)
    kept = services.observations.create(date=meeting.date, class_label="5.A")
    services.observations.delete(kept.id)
    seen = {}

    def use_trash(dialog):  # type: ignore[no-untyped-def]
        kinds = [dialog.table.model.records[i].kind for i in range(dialog.table.row_count())]
        seen["kinds"] = sorted(kinds)
        assert "2 slettede" in dialog.note.text() and "30 dage" in dialog.note.text()
        dialog.table.select_id(meeting.id)
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
        assert dialog.table.row_count() == 1
        monkeypatch.setattr(prompts, "confirm", lambda *a: False)  # "no" changes nothing
        dialog.table.select_id(kept.id)
        qtbot.mouseClick(dialog.purge_button, Qt.MouseButton.LeftButton)
        assert dialog.table.row_count() == 1
        monkeypatch.setattr(prompts, "confirm", lambda *a: True)
        qtbot.mouseClick(dialog.purge_button, Qt.MouseButton.LeftButton)
        assert dialog.table.row_count() == 0 and not dialog.empty_button.isEnabled()

    answer_dialog(use_trash)
    window.open_trash()
    assert seen["kinds"] == ["meetings", "observations"]
    assert [m.id for m in services.meetings.summaries()] == [meeting.id]
    assert services.observations.summaries() == []
    assert services.trash.entries() == []


def test_settings_choose_when_the_trash_empties_itself(window, qtbot, answer_dialog):
    from plf_desktop.ui.settings_dialog import SettingsDialog

    def set_days(dialog):  # type: ignore[no-untyped-def]
        dialog.name.setText("Skolen")
        dialog.trash_days.setValue(90)

    answer_dialog(set_days)
    from plf_desktop.ui import prompts as p

    p.run(SettingsDialog(window.ctx, window))
    assert window.ctx.prefs.trash_days == 90
