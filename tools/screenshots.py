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
    window.nav.setCurrentRow(0)
    shoot(app, window, out / "overview.png")
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
