"""*Personer og teams*: staff and their teams, edited in place and saved as typed."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from plf_desktop.domain.errors import PlfError
from plf_desktop.domain.labels import Role, TeamKind
from plf_desktop.domain.records import Person, Team
from plf_desktop.i18n import message
from plf_desktop.ui import labels
from plf_desktop.ui.context import UiContext
from plf_desktop.ui.item_models import Column
from plf_desktop.ui.record_table import RecordTable


class _ListDetail(QWidget):
    """A list with *Ny* and *Slet* above a form: the shape of both tabs."""

    def __init__(self, ctx: UiContext, table: RecordTable, new_text: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.table = table
        self.form_box = QWidget(self)
        self.new_button = QPushButton(new_text, self)
        # Base class: translate() with its own context (self.tr would use the subclass's).
        self.delete_button = QPushButton(QCoreApplication.translate("PeoplePage", "Delete"), self)
        self.delete_button.setToolTip(QCoreApplication.translate("PeoplePage",
                                                                 "Move to the trash (Del)"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(buttons)
        left_layout.addWidget(table, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(self.form_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(splitter)
        table.current_changed.connect(self._show)
        self.new_button.clicked.connect(self._new)
        self.delete_button.clicked.connect(self._delete)
        delete_key = QShortcut(QKeySequence.StandardKey.Delete, table.view)
        delete_key.activated.connect(self._delete)

    def _show(self, record: object) -> None:
        self.form_box.setEnabled(record is not None)
        self.delete_button.setEnabled(record is not None)
        self.show_record(record)

    # -- what the tabs provide -----------------------------------------------------------------
    current: Any
    name: QLineEdit

    def show_record(self, record: object) -> None:
        """Fill the form from *record* (None: empty)."""
        raise NotImplementedError

    def records(self) -> list[Any]:
        """Everything the list shows, from the service."""
        raise NotImplementedError

    def create(self) -> Any:
        """Add a new record with a placeholder name (through the service)."""
        raise NotImplementedError

    def trash(self, record_id: str) -> None:
        """Move a record to the trash."""
        raise NotImplementedError

    def restore(self, record_id: str) -> None:
        """Bring a record back from the trash."""
        raise NotImplementedError

    # -- shared behaviour ----------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload the list from the database, keeping the chosen record."""
        keep = self.current.id if self.current else None
        self.table.set_records(self.records(), keep)
        if not self.table.current():
            self._show(None)

    def show_saved(self, record: Any) -> None:
        """Put a just-saved record in the list without reloading it."""
        self.current = record
        model = self.table.model
        for row, shown in enumerate(model.records):
            if shown.id == record.id:
                model.replace_record(row, record)

    def _new(self) -> None:
        self.current = self.create()
        self.table.search.clear()
        self.refresh()
        self.name.setFocus()
        self.name.selectAll()

    def _delete(self) -> None:
        record = self.table.current()
        if not record:
            return
        self.trash(record.id)
        self.current = None
        self.refresh()
        self.ctx.offer_undo(
            QCoreApplication.translate("PeoplePage", "“{name}” was moved to the trash.").format(
                name=record.name), lambda: self.restore(record.id))


class PeopleTab(_ListDetail):
    """Staff: name, initials, role and a note."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        table = RecordTable([
            Column(self.tr("Name"), lambda p: p.name),
            Column(self.tr("Initials"), lambda p: p.initials),
            Column(self.tr("Role"), lambda p: labels.text(p.role)),
        ], self.tr("Search people"), stretch_column=0)
        super().__init__(ctx, table, self.tr("New person"), parent)
        self.current: Person | None = None
        self.name = QLineEdit(self)
        self.initials = QLineEdit(self)
        self.initials.setMaxLength(8)
        self.role = QComboBox(self)
        labels.fill_enum_combo(self.role, Role)
        self.note = QPlainTextEdit(self)
        self.note.setPlaceholderText(self.tr("E.g. subjects, what the person is a resource for"))
        self.teams = QLabel(self)
        self.teams.setWordWrap(True)
        form = QFormLayout(self.form_box)
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("&Initials"), self.initials)
        form.addRow(self.tr("&Role"), self.role)
        form.addRow(self.tr("N&ote"), self.note)
        form.addRow(self.tr("Teams"), self.teams)
        privacy = QLabel(self.tr("Only staff are registered here. Students never are: "
                                 "observations use pseudonymous labels such as “Elev A”."), self)
        privacy.setWordWrap(True)
        privacy.setObjectName("hint")
        form.addRow(privacy)
        self.export_button = QPushButton(self.tr("&Export personal data…"), self)
        self.export_button.setToolTip(self.tr(
            "Everything stored about the person, as a PDF and a JSON file (right of access)"))
        self.erase_button = QPushButton(self.tr("Erase &person (GDPR)…"), self)
        self.erase_button.setToolTip(self.tr(
            "Replace the person with “Deleted person” everywhere; the records are kept"))
        gdpr = QHBoxLayout()
        gdpr.addWidget(self.export_button)
        gdpr.addWidget(self.erase_button)
        gdpr.addStretch(1)
        form.addRow(self.tr("Personal data"), gdpr)
        self.export_button.clicked.connect(self._export)
        self.erase_button.clicked.connect(self._erase)
        for widget in (self.name, self.initials, self.role, self.note):
            ctx.autosaver.watch(widget, self._save)

    def records(self) -> list[Person]:
        """Everyone not in the trash."""
        return self.ctx.services.people.list_people()

    def create(self) -> Person:
        """A new person, named until the user types the name."""
        return self.ctx.services.people.add_person(self.tr("New person"))

    def trash(self, record_id: str) -> None:
        """Move a person to the trash."""
        self.ctx.services.people.delete_person(record_id)

    def restore(self, record_id: str) -> None:
        """Undo the delete."""
        self.ctx.services.people.restore_person(record_id)

    def show_record(self, record: object) -> None:
        """Show a person in the form."""
        self.ctx.autosaver.flush()
        self.current = record if isinstance(record, Person) else None
        person = self.current or Person("", "")
        self.name.setText(person.name)
        self.initials.setText(person.initials)
        labels.select_data(self.role, person.role.value)
        self.note.blockSignals(True)
        self.note.setPlainText(person.note)
        self.note.blockSignals(False)
        self.teams.setText(", ".join(self.ctx.services.people.teams_of(person.id))
                           if self.current else "")

    def _export(self) -> None:
        # Imported on first use: the export loads reportlab, which the page need not pay for.
        from plf_desktop.ui.person_data_dialog import export_person

        if self.current:
            export_person(self.ctx, self, self.current)

    def _erase(self) -> None:
        from plf_desktop.ui.person_data_dialog import erase_person

        if self.current and erase_person(self.ctx, self, self.current):
            self.current = None
            self.refresh()

    def _save(self) -> None:
        if not self.current:
            return
        changed = replace(self.current, name=self.name.text(), initials=self.initials.text(),
                          role=Role(self.role.currentData()), note=self.note.toPlainText())
        saved = self.ctx.services.people.update_person(changed)
        if not self.initials.hasFocus() and self.initials.text() != saved.initials:
            self.initials.setText(saved.initials)
        self.show_saved(saved)


class TeamsTab(_ListDetail):
    """Teams: name, kind, description and members (ticked in a list of everyone)."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        table = RecordTable([
            Column(self.tr("Team"), lambda t: t.name),
            Column(self.tr("Kind"), lambda t: labels.text(t.kind)),
            Column(self.tr("Members"), lambda t: str(len(t.member_ids)),
                   sort_key=lambda t: len(t.member_ids), align_right=True),
        ], self.tr("Search teams"), stretch_column=0)
        super().__init__(ctx, table, self.tr("New team"), parent)
        self.current: Team | None = None
        self.name = QLineEdit(self)
        self.kind = QComboBox(self)
        labels.fill_enum_combo(self.kind, TeamKind)
        self.description = QPlainTextEdit(self)
        self.description.setMaximumHeight(90)
        self.members = QListWidget(self)
        self.members.setAccessibleName(self.tr("Members"))
        self.members.itemChanged.connect(lambda _item: self._save_members())
        form = QFormLayout(self.form_box)
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("&Kind"), self.kind)
        form.addRow(self.tr("&Description"), self.description)
        form.addRow(self.tr("&Members"), self.members)
        for widget in (self.name, self.kind, self.description):
            ctx.autosaver.watch(widget, self._save)

    def records(self) -> list[Team]:
        """Every team not in the trash."""
        return self.ctx.services.people.list_teams()

    def create(self) -> Team:
        """A new team, named until the user types the name."""
        return self.ctx.services.people.add_team(self.tr("New team"))

    def trash(self, record_id: str) -> None:
        """Move a team to the trash."""
        self.ctx.services.people.delete_team(record_id)

    def restore(self, record_id: str) -> None:
        """Undo the delete."""
        self.ctx.services.people.restore_team(record_id)

    def show_record(self, record: object) -> None:
        """Show a team in the form, with everyone listed and its members ticked."""
        self.ctx.autosaver.flush()
        self.current = record if isinstance(record, Team) else None
        team = self.current or Team("", "")
        self.name.setText(team.name)
        labels.select_data(self.kind, team.kind.value)
        self.description.blockSignals(True)
        self.description.setPlainText(team.description)
        self.description.blockSignals(False)
        self.members.blockSignals(True)
        self.members.clear()
        if self.current:
            for person in self.ctx.services.people.list_people():
                item = QListWidgetItem(f"{person.name} ({labels.text(person.role)})",
                                       self.members)
                item.setData(Qt.ItemDataRole.UserRole, person.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if person.id in team.member_ids
                                   else Qt.CheckState.Unchecked)
        self.members.blockSignals(False)

    def _checked_members(self) -> tuple[str, ...]:
        return tuple(
            self.members.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.members.count())
            if self.members.item(i).checkState() == Qt.CheckState.Checked)

    def _save(self) -> None:
        if not self.current:
            return
        changed = replace(self.current, name=self.name.text(),
                          kind=TeamKind(self.kind.currentData()),
                          description=self.description.toPlainText(),
                          member_ids=self._checked_members())
        self.show_saved(self.ctx.services.people.update_team(changed))

    def _save_members(self) -> None:
        self.ctx.autosaver.flush()
        try:
            self._save()
        except PlfError as error:
            self.ctx.show_error(message(error))



class PeoplePage(QWidget):
    """The *Personer og teams* area."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(self.tr("People and teams"), self)
        title.setObjectName("pageTitle")
        self.tabs = QTabWidget(self)
        self.people = PeopleTab(ctx, self)
        self.teams = TeamsTab(ctx, self)
        self.tabs.addTab(self.people, self.tr("People"))
        self.tabs.addTab(self.teams, self.tr("Teams"))
        self.tabs.currentChanged.connect(lambda _i: self.refresh())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.addWidget(title)
        layout.addWidget(self.tabs, 1)

    def refresh(self) -> None:
        """Reload both lists."""
        self.people.refresh()
        self.teams.refresh()

    def show_person(self, person_id: str) -> None:
        """Show one person (from the start screen's "not visited" list)."""
        self.tabs.setCurrentWidget(self.people)
        self.people.table.search.clear()
        self.people.table.select_id(person_id)
        self.people.table.view.setFocus()

    def show_team(self, team_id: str) -> None:
        """Show one team."""
        self.tabs.setCurrentWidget(self.teams)
        self.teams.table.search.clear()
        self.teams.table.select_id(team_id)
        self.teams.table.view.setFocus()
