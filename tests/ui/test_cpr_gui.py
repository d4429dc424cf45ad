"""A CPR number typed into any text is saved, warned about, and masked on request."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from plf_desktop.domain.privacy import MASK
from tests.ui.conftest import type_text


def test_a_cpr_number_in_a_conversation_note_is_warned_about_and_masked(window, qtbot,
                                                                         services):
    kl = services.templates.conversation_template("kl-fire-faser")
    conversation = services.conversations.create(kl, date=dt.date(2026, 11, 22),
                                                 title="Samtale")
    window.open_record("conversation", conversation.id)
    editor = window.conversations.editor
    contract = editor.contract
    type_text(contract.purpose, "Om eleven 010203-1234 i 5.A")
    window.autosaver.flush()
    assert services.conversations.get(conversation.id).purpose == "Om eleven 010203-1234 i 5.A"
    bar = window.cpr_bar
    assert bar.isVisible() and "010203-1234" in bar.text.text()
    assert "CPR-nummer" in bar.text.text()
    qtbot.mouseClick(bar.mask_button, Qt.MouseButton.LeftButton)
    assert not bar.isVisible()
    assert contract.purpose.toPlainText() == f"Om eleven {MASK} i 5.A"
    assert services.conversations.get(conversation.id).purpose == f"Om eleven {MASK} i 5.A"


def test_keeping_the_number_is_allowed_and_asked_only_once(window, qtbot, services,
                                                           team_with_people):
    window.show_area(window.people)
    page = window.people.people
    page.table.select_id(team_with_people["ase"].id)
    note = page.note  # the person's free-text note
    type_text(note, "Telefon 12345678, kursusnr. 3112991234")
    window.autosaver.flush()
    bar = window.cpr_bar
    assert bar.isVisible()
    qtbot.mouseClick(bar.keep_button, Qt.MouseButton.LeftButton)
    type_text(note, " mere")
    window.autosaver.flush()
    assert not bar.isVisible()  # the same number is not warned about twice
