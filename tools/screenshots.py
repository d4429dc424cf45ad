"""Take the README's and the issue's screenshots at 1366×768 from a real window.

Run under Xvfb for a real X11 window (``xvfb-run -a -s "-screen 0 1366x768x24" python
tools/screenshots.py --database DB --out DIR``); it also works offscreen. The database should
hold the demo data (``plf-desktop demo --database DB``).
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget


def settle(app: QApplication, ms: int = 150) -> None:
    """Let layouts and paints finish."""
    end = dt.datetime.now() + dt.timedelta(milliseconds=ms)
    while dt.datetime.now() < end:
        app.processEvents()


def shoot(app: QApplication, widget: QWidget, path: Path) -> None:
    """Save a picture of *widget* as it is on screen."""
    settle(app)
    screen = app.primaryScreen()
    if app.platformName() == "xcb" and screen:
        screen.grabWindow(widget.winId()).save(str(path))
    else:
        widget.grab().save(str(path))
    print(path)


def shoot_cycles(app: QApplication, window: QWidget, services, out: Path) -> None:  # type: ignore[no-untyped-def]
    """The course list and the stepper in each phase: problem statement, a round, and the
    processing of experiences (the course furthest along that is in each)."""
    from plf_desktop.domain.cycles import CycleStage

    page = window.cycles
    window.show_area(page)
    shoot(app, window, out / "cycles.png")
    summaries = services.cycles.summaries()
    for stage, name in ((CycleStage.PROBLEM, "cycle-problem"), (CycleStage.ROUNDS, "cycle-round"),
                        (CycleStage.LEARNING, "cycle-learning"),
                        (CycleStage.CLOSED, "cycle-closed")):
        chosen = max((c for c in summaries if c.stage is stage), key=lambda c: c.rounds,
                     default=None)
        if chosen is None:
            continue
        page.open_record(chosen.id)
        shoot(app, window, out / f"{name}.png")
    page.show_list()


def shoot_collaborations(app: QApplication, window: QWidget, services, out: Path) -> None:  # type: ignore[no-untyped-def]
    """The collaboration list, a lesson's planning sheet, and an evaluation."""
    from plf_desktop.domain.collaborations import CollaborationStage

    page = window.collaborations
    window.show_area(page)
    shoot(app, window, out / "collaborations.png")
    summaries = services.collaborations.summaries()
    for stage, name in ((CollaborationStage.LESSONS, "collaboration-lesson"),
                        (CollaborationStage.CLOSED, "collaboration-evaluation")):
        chosen = max((c for c in summaries if c.stage is stage), key=lambda c: c.lessons,
                     default=None)
        if chosen is not None:
            page.open_record(chosen.id)
            shoot(app, window, out / f"{name}.png")
    page.show_list()


def shoot_conversations(app: QApplication, window: QWidget, services, out: Path) -> None:  # type: ignore[no-untyped-def]
    """The conversation list, a new one being prepared, one under way at its data phase,
    a closed one's opsamling, and the model library with a copy being edited."""
    from plf_desktop.services.template_service import CONVERSATIONS
    from plf_desktop.ui.new_conversation_dialog import NewConversationDialog

    page = window.conversations
    window.show_area(page)
    shoot(app, window, out / "conversations.png")
    dialog = NewConversationDialog(services.templates.conversation_templates(),
                                   services.people.list_people(), services.people.list_teams(),
                                   dt.date.today(), window)
    dialog.show()
    shoot(app, dialog, out / "conversation-new.png")
    dialog.reject()
    summaries = services.conversations.summaries()
    linked = [c for c in summaries if services.conversations.get(c.id).observation_ids]
    under_way = next((c for c in linked if c.phase is not None and not c.finished), None)
    closed = next((c for c in linked if c.finished), summaries[0])
    page.open_record((under_way or closed).id)
    editor = page.editor
    editor.tabs.setCurrentWidget(editor.contract)
    shoot(app, window, out / "conversation-contract.png")
    editor.tabs.setCurrentWidget(editor.phases)
    editor.phases.data_button.setChecked(True)
    shoot(app, window, out / "conversation-phase.png")
    page.open_record(closed.id)
    editor.tabs.setCurrentWidget(editor.close_tab)
    shoot(app, window, out / "conversation-close.png")
    page.show_list()
    window.nav.setCurrentRow(7)
    templates = window.stack.currentWidget().page()
    kl = services.templates.conversation_template("kl-fire-faser")
    rows = [templates.list.item(i).text().strip() for i in range(templates.list.count())]
    templates.list.setCurrentRow(rows.index(kl.name))
    shoot(app, window, out / "templates-conversation.png")
    copy = services.templates.duplicate(CONVERSATIONS, kl.key, "Vores fire faser")
    templates.refresh(keep=copy.key)
    templates.conversation_form.phases.setCurrentRow(1)
    shoot(app, window, out / "templates-conversation-copy.png")
    services.templates.delete(CONVERSATIONS, copy.key)


def shoot_person_data(app: QApplication, window: QWidget, out: Path) -> None:  # type: ignore[no-untyped-def]
    """The export's one question (private notes?) for the person chosen on the people page."""
    from plf_desktop.ui.person_data_dialog import PersonExportDialog

    person = window.people.people.current  # type: ignore[attr-defined]
    if person is None:
        return
    dialog = PersonExportDialog(person.name, window)
    dialog.show()
    shoot(app, dialog, out / "person-export.png")
    dialog.close()


def shoot_modal(app: QApplication, out: Path, name: str, ask) -> None:  # type: ignore[no-untyped-def]
    """Call *ask* (which shows a modal question) and photograph the question, then cancel."""
    from PySide6.QtWidgets import QDialog, QMessageBox

    def grab() -> None:
        modal = app.activeModalWidget()
        if modal is None:
            QTimer.singleShot(100, grab)
            return
        shoot(app, modal, out / name)
        if isinstance(modal, QMessageBox):
            modal.escapeButton().click() if modal.escapeButton() else modal.reject()
        else:
            assert isinstance(modal, QDialog)
            modal.reject()

    QTimer.singleShot(300, grab)
    ask()


def shoot_safety(app: QApplication, window: QWidget, services, out: Path) -> None:  # type: ignore[no-untyped-def]
    """Sikkerhedskopier (adding backups beside the demo database), Adgangskode, Papirkurv,
    the CPR warning, the erase question, and, on a damaged copy in a temporary folder, the
    damaged-file question and the password question."""
    import shutil
    import tempfile

    from plf_desktop.domain.backups import BackupKind
    from plf_desktop.domain.errors import DamagedFileError
    from plf_desktop.storage import backups
    from plf_desktop.ui.backup_dialog import BackupDialog
    from plf_desktop.ui.password_dialog import PasswordDialog, ask_password
    from plf_desktop.ui.recovery import offer_recovery

    for days, kind in ((0, BackupKind.AUTO), (1, BackupKind.AUTO), (3, BackupKind.MANUAL),
                       (9, BackupKind.AUTO), (40, BackupKind.AUTO)):
        backups.take_backup(services.storage.path, kind,
                            dt.datetime.now() - dt.timedelta(days=days, hours=days))
    dialog = BackupDialog(window.ctx, window)  # type: ignore[attr-defined]
    dialog.show()
    dialog.table.view.selectRow(0)
    shoot(app, dialog, out / "backups.png")
    dialog.close()
    dialog = PasswordDialog(window.ctx, window)  # type: ignore[attr-defined]
    dialog.show()
    shoot(app, dialog, out / "password-set.png")
    dialog.close()
    services.storage.key, key = "vist kun til billedet", services.storage.key
    dialog = PasswordDialog(window.ctx, window)  # type: ignore[attr-defined]
    services.storage.key = key
    dialog.show()
    shoot(app, dialog, out / "password-change.png")
    dialog.close()
    from plf_desktop.ui.person_data_dialog import erase_person
    from plf_desktop.ui.trash_dialog import TrashDialog

    people = window.people  # type: ignore[attr-defined]
    window.show_area(people)  # type: ignore[attr-defined]
    people.people.table.view.selectRow(1)
    person = people.people.current
    shoot_modal(app, out, "erase-person.png",
                lambda: erase_person(window.ctx, people, person))  # type: ignore[attr-defined]
    if not services.trash.entries():
        services.meetings.delete(services.meetings.summaries()[-1].id)
    dialog = TrashDialog(window.ctx, window)  # type: ignore[attr-defined]
    dialog.show()
    shoot(app, dialog, out / "trash.png")
    dialog.close()
    meetings = window.meetings  # type: ignore[attr-defined]
    window.show_area(meetings)  # type: ignore[attr-defined]
    meetings.open_meeting(services.meetings.summaries()[0].id)
    editor = meetings.editor
    editor.tabs.setCurrentWidget(editor.agenda)
    editor.agenda.items.setCurrentRow(0)
    editor.agenda.notes.setFocus()
    editor.agenda.notes.setPlainText("Samtale med Elev A's forælder, cpr 030512-4871, om "
                                     "fravær.")
    window.autosaver.flush()  # type: ignore[attr-defined]
    shoot(app, window, out / "cpr-warning.png")
    window.cpr_bar.mask()  # type: ignore[attr-defined]
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / "plf.sqlite3"
        shutil.copy(backups.list_backups(services.storage.path)[0].path, copy)
        backups.take_backup(copy, BackupKind.AUTO, dt.datetime.now() - dt.timedelta(hours=2))
        data = bytearray(copy.read_bytes())
        data[4096:8192] = b"\x00\xff" * 2048
        copy.write_bytes(bytes(data))
        error = DamagedFileError(
            "The database {path} is damaged and cannot be opened ({reason}).",
            path=str(copy), reason="database disk image is malformed")
        shoot_modal(app, out, "recovery.png", lambda: offer_recovery(copy, error))
        shoot_modal(app, out, "password-prompt.png", lambda: ask_password(copy, False))


def shoot_retention(app: QApplication, window: QWidget, services, out: Path) -> None:  # type: ignore[no-untyped-def]
    """The deletion date of the oldest record due (its editor's header and the form that
    gives it another date); Overblik's list of what is due is in overview.png."""
    from plf_desktop.ui.retention_field import DeletionDateDialog

    due = services.retention.due(dt.date.today(), window.ctx.prefs.retention_months)
    if not due.records:
        return
    record = due.records[0]
    window.open_record(record.kind, record.id)
    pages = {"observation": window.observations, "meeting": window.meetings,
             "conversation": window.conversations, "cycle": window.cycles,
             "collaboration": window.collaborations}
    button = pages[record.kind].editor.deletion
    dialog = DeletionDateDialog(button.retention, window.ctx.prefs.retention_months, window)
    dialog.show()
    shoot(app, dialog, out / "deletion-date.png")
    dialog.hide()


def main() -> int:
    """Open the app's windows one by one and save each as a PNG."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--database", required=True)
    parser.add_argument("--out", default="docs/screenshots")
    parser.add_argument("--language", default="da")
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)

    from plf_desktop.i18n import install_translators
    from plf_desktop.services.registry import build_services
    from plf_desktop.storage.database import open_storage
    from plf_desktop.ui.application import create_application
    from plf_desktop.ui.main_window import MainWindow
    from plf_desktop.ui.welcome_dialog import WelcomeDialog

    app = create_application([sys.argv[0]])
    install_translators(args.language)
    storage = open_storage(Path(args.database))
    services = build_services(storage)
    window = MainWindow(services)
    window.resize(1366, 768)
    window.move(0, 0)
    window.show()

    welcome = WelcomeDialog(window.ctx, window)
    welcome.show()
    shoot(app, welcome, out / "welcome.png")
    welcome.hide()

    window.show_area(window.meetings)
    shoot(app, window, out / "meetings.png")
    summaries = services.meetings.summaries()
    chosen = next((s for s in summaries if s.item_count >= 6 and s.open_agreements), summaries[0])
    window.meetings.open_meeting(chosen.id)
    shoot(app, window, out / "editor-details.png")
    editor = window.meetings.editor
    for name, tab in (("editor-agenda", editor.agenda), ("editor-followup", editor.follow_up),
                      ("editor-agreements", editor.agreements), ("editor-data", editor.data),
                      ("editor-closing", editor.closing)):
        editor.tabs.setCurrentWidget(tab)
        if tab is editor.agenda:
            editor.agenda.items.setCurrentRow(2)
        shoot(app, window, out / f"{name}.png")
    editor.start_live()
    QTimer.singleShot(0, lambda: None)
    shoot(app, window, out / "live-mode.png")
    editor.live.leave()
    window.show_area(window.agreements)
    shoot(app, window, out / "agreements.png")
    window.agreements.overdue.setChecked(True)
    shoot(app, window, out / "agreements-overdue.png")
    window.show_area(window.people)
    window.people.people.table.view.selectRow(0)
    shoot(app, window, out / "people.png")
    shoot_person_data(app, window, out)
    window.people.tabs.setCurrentWidget(window.people.teams)
    window.people.teams.table.view.selectRow(0)
    shoot(app, window, out / "teams.png")
    observations = window.observations
    window.show_area(observations)
    shoot(app, window, out / "observations.png")
    with_seats = next(o for o in services.observations.summaries()
                      if services.observations.get(o.id).seats)
    observations.open_observation(with_seats.id)
    editor = observations.editor
    for name, tab in (("observation-planning", editor.planning),
                      ("observation-live", editor.live), ("observation-review", editor.review)):
        editor.tabs.setCurrentWidget(tab)
        shoot(app, window, out / f"{name}.png")
    editor.tabs.setCurrentWidget(editor.live)
    editor.live.side.setCurrentIndex(1)
    shoot(app, window, out / "observation-look-fors.png")
    observations.show_list()
    shoot_conversations(app, window, services, out)
    shoot_cycles(app, window, services, out)
    shoot_collaborations(app, window, services, out)
    shoot_retention(app, window, services, out)
    window.nav.setCurrentRow(0)
    shoot(app, window, out / "overview.png")
    shoot_safety(app, window, services, out)
    search = window.search_dialog
    search.start("grupper")
    search.run()
    shoot(app, search, out / "search.png")
    search.hide()

    window.close()
    storage.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
