"""A full disk while typing: the note is kept, the reason shown, and it is saved by itself
once there is room again; closing before that asks first."""

from __future__ import annotations

from plf_desktop.ui import autosave, prompts


def test_a_note_typed_on_a_full_disk_is_saved_once_there_is_room(window, qtbot, services,
                                                                  meeting, monkeypatch):
    monkeypatch.setattr(autosave, "RETRY_MS", 200)
    window.meetings.open_meeting(meeting.id)
    editor = window.meetings.editor
    editor.tabs.setCurrentWidget(editor.agenda)
    editor.agenda.items.setCurrentRow(0)
    db = services.storage.db
    pages = db.execute("PRAGMA page_count").fetchone()[0]
    db.execute(f"PRAGMA max_page_count = {pages}")  # the disk is full
    editor.agenda.notes.setFocus()
    editor.agenda.notes.setPlainText("Elevernes svar på exit tickets. " * 3000)
    assert not window.autosaver.flush()
    assert "Disken er fuld" in window.statusBar().currentMessage()
    assert window.saved_label.text() == "Ikke gemt"
    assert services.meetings.get(meeting.id).agenda[0].notes == ""
    assert editor.agenda.notes.toPlainText().startswith("Elevernes svar")  # still typed

    asked = []
    monkeypatch.setattr(prompts, "choose", lambda _p, title, text, stay, close: asked.append(
        (title, text, stay, close)) or True)
    window.close()  # the user is asked, says "stay": the window stays
    assert window.isVisible()
    assert asked[0][0] == "Ikke alt er gemt" and "Disken er fuld" in asked[0][1]

    db.execute("PRAGMA max_page_count = 1073741823")  # room again
    qtbot.waitUntil(lambda: not window.autosaver.unsaved(), timeout=3000)
    assert services.meetings.get(meeting.id).agenda[0].notes.startswith("Elevernes svar")
