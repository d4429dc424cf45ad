"""The main window: navigation on the left, one page per area, messages and *Fortryd* below."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from plf_desktop.domain.errors import DamagedFileError
from plf_desktop.domain.labels import SourceKind
from plf_desktop.i18n import message
from plf_desktop.services.registry import Services
from plf_desktop.ui.autosave import Autosaver
from plf_desktop.ui.context import UiContext
from plf_desktop.ui.cpr_bar import CprBar
from plf_desktop.ui.lazy_page import LazyPage
from plf_desktop.ui.overview_page import OverviewPage
from plf_desktop.ui.prefs import Prefs

if TYPE_CHECKING:
    from plf_desktop.ui.action_learning_area import ActionLearningArea
    from plf_desktop.ui.agreements_page import AgreementsPage
    from plf_desktop.ui.collaborations_page import CollaborationsPage
    from plf_desktop.ui.conversations_page import ConversationsPage
    from plf_desktop.ui.cycles_page import CyclesPage
    from plf_desktop.ui.meetings_page import MeetingsPage
    from plf_desktop.ui.observations_page import ObservationsPage
    from plf_desktop.ui.people_page import PeoplePage
    from plf_desktop.ui.search_dialog import SearchDialog

UNDO_SECONDS = 12
BACKUP_CHECK_MINUTES = 30
BACKUP_POLL_MS = 500


class MainWindow(QMainWindow):
    """The window every area lives in."""

    def __init__(self, services: Services, prefs: Prefs | None = None) -> None:
        super().__init__()
        self.services = services
        self.autosaver = Autosaver(self)
        self.ctx = UiContext(services, self.autosaver, prefs or Prefs(),
                             show_message=self.show_message, show_error=self.show_error,
                             offer_undo=self.offer_undo, open_source=self.open_source,
                             open_record=self.open_record)
        self.autosaver.failed.connect(self.show_error)
        self._update_title()
        self.setMinimumSize(QSize(960, 600))

        self.nav = QListWidget(self)
        self.nav.setObjectName("navigation")
        self.nav.setAccessibleName(self.tr("Navigation"))
        self.nav.setFixedWidth(210)
        self.stack = QStackedWidget(self)
        self._meetings = LazyPage(self._build_meetings, self)
        self.overview = OverviewPage(self.ctx, self)
        self._agreements = LazyPage(self._build_agreements, self)
        self._people = LazyPage(self._build_people, self)
        self._observations = LazyPage(self._build_observations, self)
        self._conversations = LazyPage(self._build_conversations, self)
        self._cycles = LazyPage(self._build_cycles, self)
        self._search: SearchDialog | None = None
        self._discard = False
        self.password_request: tuple[str | None] | None = None
        """The new password (in a tuple; None inside removes it) the file is to be
        rewritten with between two windows, like a restore."""
        self.found_damage: DamagedFileError | None = None
        """Damage found after the start (by the backup's page check): the window closes
        without writing, and the composition root offers the newest good backup."""
        self.restore_request: Path | None = None
        """A backup the user chose to restore: the window closes, and the composition root
        restores it and opens a new window (a restore needs the file closed)."""
        self._backup_timer = QTimer(self)
        self._backup_timer.setInterval(BACKUP_CHECK_MINUTES * 60_000)
        self._backup_timer.timeout.connect(self.backup_if_due)
        areas: list[tuple[str, QWidget]] = [
            (self.tr("Overview"), self.overview),
            (self.tr("Action learning"), self._cycles),
            (self.tr("Observations"), self._observations),
            (self.tr("Conversations"), self._conversations),
            (self.tr("PLF meetings"), self._meetings),
            (self.tr("Agreements"), self._agreements),
            (self.tr("People and teams"), self._people),
            (self.tr("Templates"), LazyPage(self._build_templates, self)),
        ]
        for number, (name, page) in enumerate(areas, start=1):
            item = QListWidgetItem(name, self.nav)
            item.setToolTip(f"{name} (Ctrl+{number})")
            self.stack.addWidget(page)
            action = QAction(self)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _=False, row=number - 1: self.nav.setCurrentRow(row))
            self.addAction(action)
        self.nav.currentRowChanged.connect(self._show_area)

        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.nav)
        self.cpr_bar = CprBar(self.autosaver, central)
        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.setSpacing(0)
        right.addWidget(self.cpr_bar)
        right.addWidget(self.stack, 1)
        layout.addLayout(right, 1)
        self.setCentralWidget(central)
        self._build_menu()
        self._build_status_bar()
        self.nav.setCurrentRow(0)

    # -- building ----------------------------------------------------------------------------
    def _build_menu(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        search = file_menu.addAction(self.tr("&Search…"))
        search.setShortcut(QKeySequence.StandardKey.Find)
        search.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        search.triggered.connect(lambda: self.search_dialog.start())
        backups = file_menu.addAction(self.tr("&Backups…"))
        backups.triggered.connect(self.open_backups)
        password = file_menu.addAction(self.tr("&Password…"))
        password.triggered.connect(self.open_password)
        trash = file_menu.addAction(self.tr("&Trash…"))
        trash.triggered.connect(self.open_trash)
        file_menu.addSeparator()
        settings = file_menu.addAction(self.tr("&Settings…"))
        settings.setShortcut(QKeySequence.StandardKey.Preferences)
        settings.triggered.connect(self.open_settings)
        file_menu.addSeparator()
        quit_action = file_menu.addAction(self.tr("&Quit"))
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = help_menu.addAction(self.tr("&About PLF Desktop"))
        about.triggered.connect(self._about)

    def _build_status_bar(self) -> None:
        self.undo_button = QPushButton(self.tr("Undo"), self)
        self.undo_button.setObjectName("undoButton")
        self.undo_button.hide()
        self.undo_button.clicked.connect(self._undo)
        self.saved_label = QLabel("", self)
        self.statusBar().addPermanentWidget(self.undo_button)
        self.statusBar().addPermanentWidget(self.saved_label)
        self.autosaver.saved.connect(lambda: self.saved_label.setText(self.tr("All changes saved")))
        self._undo_callback: Callable[[], None] | None = None
        self._undo_timer = QTimer(self)
        self._undo_timer.setSingleShot(True)
        self._undo_timer.timeout.connect(self._clear_undo)

    def _update_title(self) -> None:
        school = self.services.school.get()
        name = school.name if school else ""
        self.setWindowTitle(f"PLF Desktop – {name}" if name else "PLF Desktop")

    # -- areas built on first use ------------------------------------------------------------
    def _build_meetings(self, parent: QWidget) -> QWidget:
        from plf_desktop.ui.meetings_page import MeetingsPage

        return MeetingsPage(self.ctx, parent)

    def _build_agreements(self, parent: QWidget) -> QWidget:
        from plf_desktop.ui.agreements_page import AgreementsPage

        return AgreementsPage(self.ctx, parent)

    def _build_people(self, parent: QWidget) -> QWidget:
        from plf_desktop.ui.people_page import PeoplePage

        return PeoplePage(self.ctx, parent)

    def _build_templates(self, parent: QWidget) -> QWidget:
        from plf_desktop.ui.templates_page import TemplatesPage

        return TemplatesPage(self.ctx, parent)

    def _build_observations(self, parent: QWidget) -> QWidget:
        from plf_desktop.ui.observations_page import ObservationsPage

        return ObservationsPage(self.ctx, parent)

    def _build_conversations(self, parent: QWidget) -> QWidget:
        from plf_desktop.ui.conversations_page import ConversationsPage

        return ConversationsPage(self.ctx, parent)

    def _build_cycles(self, parent: QWidget) -> QWidget:
        from plf_desktop.ui.action_learning_area import ActionLearningArea

        return ActionLearningArea(self.ctx, parent)

    @property
    def action_learning(self) -> ActionLearningArea:
        """The *Aktionslæring* area (built when first used)."""
        return self._cycles.page()  # type: ignore[return-value]

    @property
    def cycles(self) -> CyclesPage:
        """Its action-learning courses."""
        return self.action_learning.cycles

    @property
    def collaborations(self) -> CollaborationsPage:
        """Its co-teaching collaborations."""
        return self.action_learning.collaborations

    @property
    def conversations(self) -> ConversationsPage:
        """The *Samtaler* area (built when first used)."""
        return self._conversations.page()  # type: ignore[return-value]

    @property
    def observations(self) -> ObservationsPage:
        """The *Observationer* area (built when first used)."""
        return self._observations.page()  # type: ignore[return-value]

    @property
    def meetings(self) -> MeetingsPage:
        """The *PLF-møder* area (built when first used)."""
        return self._meetings.page()  # type: ignore[return-value]

    @property
    def agreements(self) -> AgreementsPage:
        """The *Aftaler* area (built when first used)."""
        return self._agreements.page()  # type: ignore[return-value]

    @property
    def people(self) -> PeoplePage:
        """The *Personer og teams* area (built when first used)."""
        return self._people.page()  # type: ignore[return-value]

    def open_trash(self) -> None:
        """*Papirkurven*: bring back or delete for good; the lists show what came back."""
        from plf_desktop.ui import prompts
        from plf_desktop.ui.trash_dialog import TrashDialog

        self.autosaver.flush()
        prompts.run(TrashDialog(self.ctx, self))
        self.refresh_all()

    def open_backups(self) -> None:
        """*Sikkerhedskopier*: take one, save a copy, or choose one to restore."""
        from plf_desktop.ui import prompts
        from plf_desktop.ui.backup_dialog import BackupDialog

        self.autosaver.flush()
        dialog = BackupDialog(self.ctx, self)
        prompts.run(dialog)
        if dialog.chosen is not None:
            self.restore_request = dialog.chosen
            self.close()

    def open_password(self) -> None:
        """*Adgangskode*: protect the file, change or remove its password."""
        from plf_desktop.ui import prompts
        from plf_desktop.ui.password_dialog import PasswordDialog

        self.autosaver.flush()
        dialog = PasswordDialog(self.ctx, self)
        if prompts.run(dialog):
            self.password_request = (dialog.new_password,)
            self.close()

    # -- automatic backups -------------------------------------------------------------------
    def start_backups(self) -> None:
        """The start's backup (the file is known to be whole), then a check every half hour
        that takes the daily one."""
        self._run_backup()
        self._backup_timer.start()

    def backup_if_due(self) -> None:
        """The daily backup while the app runs."""
        if self.services.backups.due():
            self._run_backup()

    def _run_backup(self) -> None:
        future = self.services.backups.start_automatic()

        def finished() -> None:
            if not future.done():
                QTimer.singleShot(BACKUP_POLL_MS, finished)
                return
            error = self.services.backups.last_error()
            if isinstance(error, DamagedFileError):  # its page check found damage
                self.found_damage = error
                self.discard_and_close()
            elif error is not None:
                self.show_error(self.tr("The automatic backup failed: {reason}").format(
                    reason=message(error)))

        QTimer.singleShot(BACKUP_POLL_MS, finished)

    @property
    def search_dialog(self) -> SearchDialog:
        """*Søg* (Ctrl+F), built the first time it is used."""
        if self._search is None:
            from plf_desktop.ui.search_dialog import SearchDialog

            self._search = SearchDialog(self.ctx, self)
        return self._search

    # -- navigation --------------------------------------------------------------------------
    def _show_area(self, row: int) -> None:
        self.autosaver.flush()
        self.stack.setCurrentIndex(row)
        page = self.stack.currentWidget()
        if hasattr(page, "refresh"):
            page.refresh()

    def show_area(self, page: QWidget) -> None:
        """Switch to *page* (one of the area pages, or a tab of one)."""
        for row in range(self.stack.count()):
            holder = self.stack.widget(row)
            if holder is page or (isinstance(holder, LazyPage) and holder.holds(page)):
                self.nav.setCurrentRow(row)
                if isinstance(holder, LazyPage) and holder.page() is not page:
                    holder.page().setCurrentWidget(page)  # type: ignore[attr-defined]
                return

    def open_meeting(self, meeting_id: str) -> None:
        """Open a meeting in the editor from anywhere (e.g. an agreement's source)."""
        self.show_area(self.meetings)
        self.meetings.open_meeting(meeting_id)

    def open_conversation(self, conversation_id: str) -> None:
        """Open a conversation in its editor from anywhere."""
        self.show_area(self.conversations)
        self.conversations.open_record(conversation_id)

    def open_source(self, kind: SourceKind, source_id: str) -> None:
        """Open the record an agreement came from."""
        self.open_record(kind.value, source_id)

    def open_record(self, area: str, record_id: str) -> None:
        """Open a meeting, observation, conversation, course or collaboration in its editor,
        or show an agreement, a person or a team in its list."""
        if area == "meeting":
            self.open_meeting(record_id)
        elif area == "conversation":
            self.open_conversation(record_id)
        elif area == "observation":
            self.show_area(self.observations)
            self.observations.open_observation(record_id)
        elif area in ("cycle", "collaboration"):
            page = self.cycles if area == "cycle" else self.collaborations
            self.show_area(self.action_learning)
            self.action_learning.setCurrentWidget(page)
            page.open_record(record_id)
        elif area == "agreement":
            self.show_area(self.agreements)
            self.agreements.show_agreement(record_id)
        elif area in ("person", "team"):
            self.show_area(self.people)
            if area == "person":
                self.people.show_person(record_id)
            else:
                self.people.show_team(record_id)

    # -- messages and undo -------------------------------------------------------------------
    def show_message(self, text: str) -> None:
        """A short confirmation in the status bar."""
        self.statusBar().setStyleSheet("")
        self.statusBar().showMessage(text, 6000)

    def show_error(self, text: str) -> None:
        """A refused save or failed action: red in the status bar until the next message."""
        self.saved_label.setText(self.tr("Not saved"))
        self.statusBar().setStyleSheet("QStatusBar { color: #b3261e; }")
        self.statusBar().showMessage(text, 15000)

    def offer_undo(self, text: str, undo: Callable[[], None]) -> None:
        """Show *text* with a *Fortryd* button for a few seconds after a delete."""
        self._undo_callback = undo
        self.undo_button.show()
        self.show_message(text)
        self._undo_timer.start(UNDO_SECONDS * 1000)

    def _undo(self) -> None:
        callback, self._undo_callback = self._undo_callback, None
        self._clear_undo()
        if callback:
            callback()
            self.show_message(self.tr("Restored."))
            page = self.stack.currentWidget()
            if hasattr(page, "refresh"):
                page.refresh()

    def _clear_undo(self) -> None:
        self.undo_button.hide()
        self._undo_callback = None

    # -- dialogs -----------------------------------------------------------------------------
    def open_settings(self) -> None:
        """School details, logo and language."""
        from plf_desktop.ui.settings_dialog import SettingsDialog  # on use (start-up time)

        dialog = SettingsDialog(self.ctx, self)
        dialog.exec()
        self._update_title()
        if self.stack.currentWidget() is self.overview:  # the deletion months may have changed
            self.overview.refresh()

    def _about(self) -> None:
        from plf_desktop import __version__
        from plf_desktop.ui import prompts

        prompts.info(self, self.tr("About PLF Desktop"), self.tr(
            "PLF Desktop {version}\n\nFor the people who facilitate professional learning "
            "communities. Everything stays in one file on this computer:\n{path}\n\nThe app "
            "never connects to the internet.").format(
                version=__version__, path=self.services.storage.path))

    # -- closing -----------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        """Write what was typed, remember the window, then close."""
        if not self._discard and not self.autosaver.flush() and self.autosaver.unsaved():
            from plf_desktop.ui import prompts

            if prompts.choose(self, self.tr("Not everything is saved"), self.tr(
                    "What you typed last could not be saved: {reason}\n\nIf you close now, "
                    "it is lost. Stay, solve the problem (it is tried again every few "
                    "seconds), and close afterwards.").format(
                        reason=self.autosaver.last_failure),
                    self.tr("Stay in PLF Desktop"), self.tr("Close anyway")):
                self.restore_request = self.password_request = None
                event.ignore()
                return
        self.ctx.prefs.geometry = self.saveGeometry()
        self._backup_timer.stop()  # a closed window starts no more backups
        super().closeEvent(event)

    def discard_and_close(self) -> None:
        """Close without writing anything (the file turned out to be damaged)."""
        self._discard = True
        self.close()

    def keyPressEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        """Escape leaves an editor back to its list."""
        if event.key() == Qt.Key.Key_Escape and self.stack.currentWidget() is self._meetings:
            self.meetings.show_list()
            return
        super().keyPressEvent(event)

    def refresh_all(self) -> None:
        """After the welcome (or example data): show the new data everywhere."""
        self._update_title()
        page = self.stack.currentWidget()
        if hasattr(page, "refresh"):
            page.refresh()
