"""A user creates a meeting, runs it, follows up agreements and prints the referat."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from plf_desktop.domain.labels import AgreementStatus, Attendance
from plf_desktop.ui.new_meeting_dialog import NewMeetingDialog


def choose(combo, text: str) -> None:  # type: ignore[no-untyped-def]
    """Pick the entry showing *text*, as a user would from the drop-down."""
    index = combo.findText(text)
    assert index >= 0, f"{text!r} not in {[combo.itemText(i) for i in range(combo.count())]}"
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def show(window, page) -> None:  # type: ignore[no-untyped-def]
    """Go to *page* through the navigation and read the database again, as on a click."""
    window.show_area(page)
    page.refresh()


def create_meeting_through_dialog(window, qtbot, answer_dialog, date_text="24.11.2026"):  # type: ignore[no-untyped-def]
    def fill(dialog: NewMeetingDialog) -> None:
        choose(dialog.team, "5.A klasseteam")
        choose(dialog.template, "Data-informeret PLF-møde (60 min)")
        dialog.date.edit.clear()
        qtbot.keyClicks(dialog.date.edit, date_text)
        dialog.time.clear()
        qtbot.keyClicks(dialog.time, "14.15")
        qtbot.keyClicks(dialog.place, "Lærerværelset")

    answer_dialog(fill)
    show(window, window.meetings)
    qtbot.mouseClick(window.meetings.new_button, Qt.MouseButton.LeftButton)
    return window.meetings.editor


def test_create_and_fill_a_meeting_by_keyboard_and_mouse(window, qtbot, services,
                                                          team_with_people, answer_dialog):
    editor = create_meeting_through_dialog(window, qtbot, answer_dialog)
    assert window.meetings.stack.currentWidget() is editor
    meeting = services.meetings.summaries()[0]
    assert (meeting.date, meeting.place) == (dt.date(2026, 11, 24), "Lærerværelset")
    assert meeting.start_time == dt.time(14, 15)

    # The title, in the editor's header.
    editor.title_edit.selectAll()
    qtbot.keyClicks(editor.title_edit, "Læsning på 5. årgang & <data>")
    # Roles and an absentee.
    editor.tabs.setCurrentWidget(editor.details)
    choose(editor.details.chair, "Ida Sørensen")
    lukasz = editor.details.participants.findItems("Łukasz Ødegård", Qt.MatchFlag.MatchExactly)[0]
    rect = editor.details.participants.visualItemRect(lukasz)
    lukasz.setCheckState(Qt.CheckState.Unchecked)
    assert rect.isValid()
    # The referat of item 3 and a decision.
    editor.tabs.setCurrentWidget(editor.agenda)
    editor.agenda.items.setCurrentRow(2)
    editor.agenda.notes.setFocus()
    qtbot.keyClicks(editor.agenda.notes, "Ro og orden faldt fra 3,9 til 3,5 på årgangen.")
    qtbot.keyClicks(editor.agenda.new_decision, "Vi afprøver fælles overgange")
    qtbot.keyClick(editor.agenda.new_decision, Qt.Key.Key_Return)
    # An agreement with someone responsible and a deadline.
    editor.tabs.setCurrentWidget(editor.agreements)
    qtbot.mouseClick(editor.agreements.findChildren(type(window.meetings.new_button))[0],
                     Qt.MouseButton.LeftButton)
    editor.agreements.what.selectAll()
    qtbot.keyClicks(editor.agreements.what, "Afprøv exit tickets")
    choose(editor.agreements.responsible, "Åse Bækgård")
    editor.agreements.due.edit.setFocus()
    qtbot.keyClicks(editor.agreements.due.edit, "08.12.2026")
    qtbot.wait(600)  # the autosave delay: nothing has been pressed to save
    window.autosaver.flush()

    stored = services.meetings.get(meeting.id)
    assert stored.title == "Læsning på 5. årgang & <data>"
    assert stored.chair_id == team_with_people["ida"].id
    absent = [p.person_id for p in stored.participants if p.attendance is Attendance.ABSENT]
    assert absent == [team_with_people["lukasz"].id]
    assert stored.agenda[2].notes == "Ro og orden faldt fra 3,9 til 3,5 på årgangen."
    assert [d.text for d in stored.agenda[2].decisions] == ["Vi afprøver fælles overgange"]
    made = services.meetings.agreements(meeting.id)
    assert [(r.agreement.what, r.responsible_name, r.agreement.due) for r in made] == [
        ("Afprøv exit tickets", "Åse Bækgård", dt.date(2026, 12, 8))]
    assert "Aftaler (1)" in [editor.tabs.tabText(i) for i in range(editor.tabs.count())]


def test_a_date_in_the_wrong_format_is_refused_with_a_danish_message(window, qtbot, services,
                                                                      meeting):
    window.meetings.open_meeting(meeting.id)
    editor = window.meetings.editor
    editor.tabs.setCurrentWidget(editor.details)
    editor.details.date.edit.selectAll()
    qtbot.keyClicks(editor.details.date.edit, "31.02.2026")
    window.autosaver.flush()
    assert "ikke en dato" in window.statusBar().currentMessage()
    assert services.meetings.get(meeting.id).date == dt.date(2026, 11, 3)
    assert editor.details.date.edit.text() == "31.02.2026"  # the typed text is kept


def test_an_empty_title_is_refused_and_the_old_title_kept(window, qtbot, services, meeting):
    window.meetings.open_meeting(meeting.id)
    editor = window.meetings.editor
    editor.title_edit.selectAll()
    qtbot.keyClick(editor.title_edit, Qt.Key.Key_Delete)
    window.autosaver.flush()
    assert "kan ikke være tom" in window.statusBar().currentMessage()
    assert services.meetings.get(meeting.id).title == meeting.title


def test_open_agreements_are_followed_up_in_the_teams_next_meeting(
        window, qtbot, services, meeting, team_with_people, answer_dialog):
    ase = team_with_people["ase"]
    old = services.meetings.add_agreement(meeting.id, "Afprøv exit tickets", ase.id,
                                          dt.date(2026, 11, 17))
    editor = create_meeting_through_dialog(window, qtbot, answer_dialog)
    assert editor.tabs.currentWidget() is editor.follow_up
    assert editor.tabs.tabText(1) == "Opfølgning på aftaler (1)"
    table = editor.follow_up.table
    assert table.rowCount() == 1 and table.item(0, 0).text() == "Afprøv exit tickets"
    choose(table.cellWidget(0, 4), "Udført")
    assert services.agreements.list()[0].agreement.status is AgreementStatus.DONE
    new_meeting = services.meetings.summaries()[0]
    assert services.meetings.follow_ups(new_meeting.id)[0].reviewed_status \
        is AgreementStatus.DONE
    # The Aftaler view shows open agreements by default: the done one is gone from it.
    show(window, window.agreements)
    assert window.agreements.table.row_count() == 0
    choose(window.agreements.status_filter, "Udført")
    assert window.agreements.table.row_count() == 1
    assert window.agreements.table.current() is None or \
        window.agreements.table.current().agreement.id == old.id


def test_live_mode_counts_down_and_moves_on_by_key(window, qtbot, services, meeting):
    window.open_meeting(meeting.id)
    editor = window.meetings.editor
    qtbot.keyClick(editor, Qt.Key.Key_F5)
    live = editor.live
    assert editor.body.currentWidget() is live
    assert live.item_title.text() == "Rammesætning, roller og formål"
    assert live.countdown.text() in ("03:00", "02:59")
    qtbot.keyClick(live.notes, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert live.item_title.text() == "Opfølgning på aftaler fra sidst"
    assert live.countdown.text() in ("07:00", "06:59")
    qtbot.keyClicks(live.notes, "Alle aftaler er fulgt op.")
    qtbot.keyClick(live.notes, Qt.Key.Key_F8)
    assert live.item_title.text() == "Data: hvad ser vi?"
    assert services.meetings.get(meeting.id).agenda[1].notes == "Alle aftaler er fulgt op."
    live.toggle_pause()
    paused = live.seconds_left()
    qtbot.wait(1100)
    assert live.seconds_left() == paused
    qtbot.keyClick(live.notes, Qt.Key.Key_Escape)
    assert editor.body.currentWidget() is editor.tabs


def test_save_pdf_writes_the_referat(window, qtbot, services, meeting, tmp_path, monkeypatch):
    from pypdf import PdfReader

    from plf_desktop.ui import prompts

    target = tmp_path / "referat"
    monkeypatch.setattr(prompts, "save_file", lambda *a: target)
    services.meetings.add_agreement(meeting.id, "Læs kapitel 3 om tegn på læring")
    window.meetings.open_meeting(meeting.id)
    editor = window.meetings.editor
    qtbot.mouseClick(editor.save_pdf_button, Qt.MouseButton.LeftButton)
    written = tmp_path / "referat.pdf"
    assert written.exists()
    text = "\n".join(page.extract_text() for page in PdfReader(written).pages)
    assert "Aftaler" in text and "Læs kapitel 3 om tegn på læring" in text
    assert "Ærøskøbing Skole" in text
    assert str(written) in window.statusBar().currentMessage()


def test_open_pdf_without_a_viewer_shows_where_the_file_is(window, qtbot, meeting, monkeypatch):
    from plf_desktop.ui import prompts

    shown = []
    monkeypatch.setattr(prompts, "info", lambda parent, title, text: shown.append(text))
    window.meetings.open_meeting(meeting.id)
    path = window.meetings.editor.open_pdf()
    assert path is not None and path.exists()
    assert str(path) in shown[0]


def test_print_sends_every_page_to_the_printer(window, qtbot, meeting, monkeypatch, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    from plf_desktop.ui import prompts

    out = tmp_path / "printed.pdf"

    def to_file(parent, printer: QPrinter) -> bool:  # type: ignore[no-untyped-def]
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        printer.setResolution(100)
        return True

    monkeypatch.setattr(prompts, "choose_printer", to_file)
    window.meetings.open_meeting(meeting.id)
    assert window.meetings.editor.print_pdf()
    assert out.exists() and out.stat().st_size > 10_000


def test_delete_meeting_can_be_undone_at_once(window, qtbot, services, meeting):
    show(window, window.meetings)
    page = window.meetings
    page.table.select_id(meeting.id)
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert services.meetings.summaries() == []
    assert window.undo_button.isVisible()
    qtbot.mouseClick(window.undo_button, Qt.MouseButton.LeftButton)
    assert [m.id for m in services.meetings.summaries()] == [meeting.id]
    assert page.table.row_count() == 1


def test_meeting_list_searches_and_sorts(window, qtbot, services, team_with_people):
    team = team_with_people["team"].id
    for day, title in ((3, "Matematik"), (17, "Læsning"), (10, "Trivsel")):
        services.meetings.create(date=dt.date(2026, 11, day), team_id=team, title=title)
    show(window, window.meetings)
    table = window.meetings.table
    shown = [table.proxy.index(r, 2).data() for r in range(table.row_count())]
    assert shown == ["Læsning", "Trivsel", "Matematik"]  # newest first
    table.view.selectRow(1)  # "Trivsel"
    table.view.horizontalHeader().setSortIndicator(2, Qt.SortOrder.AscendingOrder)
    by_title = [table.proxy.index(r, 2).data() for r in range(table.row_count())]
    assert by_title == ["Læsning", "Matematik", "Trivsel"]
    assert table.current().title == "Trivsel"  # the selection stays on its meeting
    qtbot.keyClicks(table.search, "læs")
    assert table.row_count() == 1
    QApplication.processEvents()
