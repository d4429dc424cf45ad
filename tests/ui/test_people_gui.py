"""People and teams, the welcome screen and the settings, driven as a user would."""

from __future__ import annotations

from PySide6.QtCore import Qt

from plf_desktop.domain.labels import Role
from plf_desktop.ui.welcome_dialog import WelcomeDialog
from tests.ui.conftest import type_text


def test_add_edit_search_and_delete_a_person_with_undo(window, qtbot, services):
    page = window.people
    window.show_area(page)
    people = page.people
    qtbot.mouseClick(people.new_button, Qt.MouseButton.LeftButton)
    assert people.name.hasFocus() or people.name.selectedText() == "Ny person"
    people.name.selectAll()
    type_text(people.name, "Ødön Łukasz Ærø")
    people.role.setCurrentIndex(people.role.findData(Role.COACH.value))
    people.role.activated.emit(people.role.currentIndex())
    window.autosaver.flush()
    stored = services.people.list_people()
    assert [(p.name, p.initials, p.role) for p in stored] == [("Ødön Łukasz Ærø", "ØŁÆ",
                                                               Role.COACH)]
    type_text(people.table.search, "łukasz")
    assert people.table.row_count() == 1
    qtbot.mouseClick(people.delete_button, Qt.MouseButton.LeftButton)
    assert services.people.list_people() == []
    qtbot.mouseClick(window.undo_button, Qt.MouseButton.LeftButton)
    assert [p.name for p in services.people.list_people()] == ["Ødön Łukasz Ærø"]


def test_team_membership_is_ticked_in_the_list_of_everyone(window, qtbot, services):
    ase = services.people.add_person("Åse Bækgård")
    services.people.add_person("Bo Ørsted")
    page = window.people
    window.show_area(page)
    page.tabs.setCurrentWidget(page.teams)
    teams = page.teams
    qtbot.mouseClick(teams.new_button, Qt.MouseButton.LeftButton)
    teams.name.selectAll()
    qtbot.keyClicks(teams.name, "7. årgang")
    window.autosaver.flush()
    item = teams.members.findItems("Åse Bækgård (Lærer)", Qt.MatchFlag.MatchExactly)[0]
    item.setCheckState(Qt.CheckState.Checked)
    team = services.people.list_teams()[0]
    assert team.name == "7. årgang" and team.member_ids == (ase.id,)
    assert teams.table.model.records[0].member_ids == (ase.id,)


def test_an_empty_name_is_refused_and_nothing_changes(window, qtbot, services):
    services.people.add_person("Åse Bækgård")
    page = window.people
    window.show_area(page)
    page.people.table.view.selectRow(0)
    page.people.name.selectAll()
    qtbot.keyClick(page.people.name, Qt.Key.Key_Backspace)
    window.autosaver.flush()
    assert "kan ikke være tom" in window.statusBar().currentMessage()
    assert [p.name for p in services.people.list_people()] == ["Åse Bækgård"]


def test_welcome_asks_for_the_school_and_can_load_example_data(window, qtbot, services):
    dialog = WelcomeDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.accept()
    assert dialog.problem.text()  # no name: it stays open and says why
    assert services.school.get() is None
    qtbot.keyClicks(dialog.name, "Skovbakkeskolen")
    qtbot.keyClicks(dialog.municipality, "Vejle Kommune")
    dialog.demo.setChecked(True)
    dialog.accept()
    school = services.school.get()
    assert (school.name, school.municipality) == ("Skovbakkeskolen", "Vejle Kommune")
    assert len(services.meetings.summaries()) > 5
    window.refresh_all()
    assert window.windowTitle() == "PLF Desktop – Skovbakkeskolen"


def test_every_area_is_a_real_page_and_ctrl_numbers_reach_them(window, qtbot):
    from PySide6.QtGui import QKeySequence

    for row in range(window.nav.count()):
        window.nav.setCurrentRow(row)
        holder = window.stack.currentWidget()
        page = holder.page() if hasattr(holder, "page") else holder
        assert type(page).__name__ != "ComingSoonPage"
    shortcuts = [a.shortcut() for a in window.actions()]
    assert QKeySequence("Ctrl+5") in shortcuts
    window.nav.setCurrentRow(4)
    assert window.stack.currentWidget().holds(window.meetings)


def test_people_are_listed_in_danish_alphabetical_order(window, services):
    for name in ("Åse Bækgård", "Zeynep Yılmaz", "Ærø Holm", "Øjvind Lund", "Anders Berg"):
        services.people.add_person(name)
    window.show_area(window.people)
    window.people.refresh()
    table = window.people.people.table
    shown = [table.proxy.index(row, 0).data() for row in range(table.row_count())]
    assert shown == ["Anders Berg", "Zeynep Yılmaz", "Ærø Holm", "Øjvind Lund", "Åse Bækgård"]


def test_settings_save_the_school_and_choose_english_for_the_next_start(
        window, qtbot, services, prefs, answer_dialog):
    from plf_desktop.i18n import install_translators
    from plf_desktop.ui.main_window import MainWindow

    def fill(dialog):  # type: ignore[no-untyped-def]
        dialog.name.setText("Skolen på Ærø")
        dialog.municipality.setText("Ærø Kommune")
        dialog.language.setCurrentIndex(dialog.language.findData("en"))

    answer_dialog(fill)
    from plf_desktop.ui import prompts
    from plf_desktop.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    assert prompts.run(dialog)
    assert services.school.get().name == "Skolen på Ærø"
    assert prefs.language == "en"
    install_translators(prefs.language)
    english = MainWindow(services, prefs)
    qtbot.addWidget(english)
    assert english.nav.item(4).text() == "PLF meetings"
    install_translators("da")
    danish = MainWindow(services, prefs)
    qtbot.addWidget(danish)
    assert danish.nav.item(4).text() == "PLF-møder"
