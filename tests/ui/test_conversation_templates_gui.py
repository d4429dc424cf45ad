"""Skabeloner: browse the conversation models, copy one and change its phases and questions,
import a colleague's file (a broken one is refused with a message and changes nothing), and
export one to share."""

from __future__ import annotations

from PySide6.QtCore import Qt

from plf_desktop.domain.conversation_templates import parse_conversation_template
from plf_desktop.ui import prompts
from tests.ui.conftest import TODAY, type_text


def templates_page(window):  # type: ignore[no-untyped-def]
    window.nav.setCurrentRow(7)
    return window.stack.currentWidget().page()


def names(page) -> list[str]:  # type: ignore[no-untyped-def]
    return [page.list.item(i).text().strip() for i in range(page.list.count())]


def choose(page, name: str) -> None:  # type: ignore[no-untyped-def]
    page.list.setCurrentRow(names(page).index(name))


def test_every_shipped_model_is_listed_and_described(window, services):
    page = templates_page(window)
    shown = names(page)
    assert "Samtalemodeller" in shown
    for template in services.templates.conversation_templates():
        assert template.name in shown
        choose(page, template.name)
        text = page.details.text()
        assert template.phases[0].title in text and template.phases[-1].questions[0].text in text
        assert page.copy_button.isEnabled() and page.export_button.isEnabled()
        assert not page.delete_button.isEnabled()


def test_a_copied_model_gets_its_own_phases_and_the_original_stays(window, qtbot, services):
    page = templates_page(window)
    kl = services.templates.conversation_template("kl-fire-faser")
    choose(page, kl.name)
    qtbot.mouseClick(page.copy_button, Qt.MouseButton.LeftButton)
    form = page.conversation_form
    assert page.right.currentWidget() is form and form.name.hasFocus()
    type_text(form.name, "Vores samtale om læsning")
    form.phases.setCurrentRow(3)
    qtbot.mouseClick(form.up_button, Qt.MouseButton.LeftButton)  # Afslutning before phase 3
    form.phases.setCurrentRow(0)
    form.questions.setFocus()
    form.questions.moveCursor(form.questions.textCursor().MoveOperation.End)
    qtbot.keyClick(form.questions, Qt.Key.Key_Return)
    type_text(form.questions, "Hvad læser eleverne derhjemme?")
    form.title.selectAll()
    type_text(form.title, "Fokuspersonens perspektiv")
    qtbot.mouseClick(form.add_button, Qt.MouseButton.LeftButton)
    assert form.title.hasFocus()
    type_text(form.title, "Læsedata")
    window.autosaver.flush()

    mine = [t for t in services.templates.conversation_templates() if not t.built_in]
    assert len(mine) == 1
    copy = mine[0]
    assert copy.name == "Vores samtale om læsning"
    assert [p.title for p in copy.phases] == [
        "Fokuspersonens perspektiv", "Læsedata", "Gennemgang af data", "Afslutning",
        "Fælles undersøgelse af data"]
    first = copy.phases[0]
    assert first.questions[-1].text == "Hvad læser eleverne derhjemme?"
    assert first.questions[0] == kl.phases[0].questions[0]  # its gloss kept
    assert services.templates.conversation_template("kl-fire-faser") == kl

    # The copy is offered when a conversation is prepared.
    from plf_desktop.ui.new_conversation_dialog import NewConversationDialog

    dialog = NewConversationDialog(services.templates.conversation_templates(), [], [], TODAY)
    offered = [dialog.templates.item(i).text() for i in range(dialog.templates.count())]
    assert "Vores samtale om læsning (din kopi)" in offered
    dialog.deleteLater()

    # Removing a phase, and deleting the copy with undo.
    form.phases.setCurrentRow(1)
    qtbot.mouseClick(form.remove_button, Qt.MouseButton.LeftButton)
    assert len(services.templates.conversation_template(copy.key).phases) == 4
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert not [t for t in services.templates.conversation_templates() if not t.built_in]
    qtbot.mouseClick(window.undo_button, Qt.MouseButton.LeftButton)
    assert [t.key for t in services.templates.conversation_templates() if not t.built_in] == [
        copy.key]


def test_an_empty_phase_title_is_refused_and_the_stored_one_kept(window, qtbot, services):
    page = templates_page(window)
    choose(page, services.templates.conversation_template("smtte").name)
    qtbot.mouseClick(page.copy_button, Qt.MouseButton.LeftButton)
    form = page.conversation_form
    form.title.clear()
    form.title.textEdited.emit("")
    window.autosaver.flush()
    copy = next(t for t in services.templates.conversation_templates() if not t.built_in)
    assert copy.phases[0].title == "Sammenhæng"
    assert "titl" in window.statusBar().currentMessage().lower()


def test_import_a_shared_file_and_refuse_a_broken_one(window, qtbot, services, monkeypatch,
                                                      tmp_path):
    page = templates_page(window)
    shared = tmp_path / "fra-kollega.toml"
    shared.write_text('key = "kollega"\nname = "Kollegaens samtale"\n[[phases]]\n'
                      'title = "Start"\nspeaker = "Fokusperson"\nminutes = 5\n'
                      'questions = ["Hvad undrer dig?"]\n', encoding="utf-8")
    monkeypatch.setattr(prompts, "open_file", lambda *a: shared)
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    assert "Kollegaens samtale (din kopi)" in names(page)
    assert page.right.currentWidget() is page.conversation_form
    before = list(services.storage.db.execute("SELECT id, body FROM user_templates"))

    broken = tmp_path / "ødelagt.toml"
    broken.write_text('key = "x"\nname = "Uden faser"\nphases = "ingen"\n', encoding="utf-8")
    monkeypatch.setattr(prompts, "open_file", lambda *a: broken)
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    assert "faser" in window.statusBar().currentMessage()
    garbage = tmp_path / "billede.toml"
    garbage.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    monkeypatch.setattr(prompts, "open_file", lambda *a: garbage)
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    assert "skabelon" in window.statusBar().currentMessage().lower()
    assert list(services.storage.db.execute("SELECT id, body FROM user_templates")) == before


def test_export_writes_a_file_a_colleague_can_import(window, qtbot, services, monkeypatch,
                                                     tmp_path):
    page = templates_page(window)
    kl = services.templates.conversation_template("kl-fire-faser")
    choose(page, kl.name)
    target = tmp_path / "kl.toml"
    monkeypatch.setattr(prompts, "save_file", lambda *a: target)
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    assert parse_conversation_template(target.read_bytes()) == kl
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []
