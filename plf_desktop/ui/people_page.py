"""*Personer og teams*: staff and their teams, edited in place and saved as typed."""

from __future__ import annotations

from dataclasses import replace

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

    def show_record(self, record: object) -> None:
        """Fill the form from *record* (None: empty)."""
        raise NotImplementedError

    def _new(self) -> None:
        raise NotImplementedError

    def _delete(self) -> None:
        raise NotImplementedError


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
        for widget in (self.name, self.initials, self.role, self.note):
            ctx.autosaver.watch(widget, self._save)

    def refresh(self) -> None:
        """Reload the list from the database."""
        keep = self.current.id if self.current else None
        self.table.set_records(self.ctx.services.people.list_people(), keep)
        if not self.table.current():
            self._show(None)

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

    def _save(self) -> None:
        if not self.current:
            return
        changed = replace(self.current, name=self.name.text(), initials=self.initials.text(),
                          role=Role(self.role.currentData()), note=self.note.toPlainText())
        self.current = self.ctx.services.people.update_person(changed)
        if not self.initials.hasFocus() and self.initials.text() != self.current.initials:
            self.initials.setText(self.current.initials)
        model = self.table.model
        for row, person in enumerate(model.records):
            if person.id == self.current.id:
                model.replace_record(row, self.current)

    def _new(self) -> None:
        person = self.ctx.services.people.add_person(self.tr("New person"))
        self.current = person
        self.table.search.clear()
        self.refresh()
        self.name.setFocus()
        self.name.selectAll()

    def _delete(self) -> None:
        person = self.table.current()
        if not person:
            return
        self.ctx.services.people.delete_person(person.id)
        self.current = None
        self.refresh()
        self.ctx.offer_undo(self.tr("“{name}” was moved to the trash.").format(name=person.name),
                            lambda: self.ctx.services.people.restore_person(person.id))


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

    def refresh(self) -> None:
        """Reload the list from the database."""
        keep = self.current.id if self.current else None
        self.table.set_records(self.ctx.services.people.list_teams(), keep)
        if not self.table.current():
            self._show(None)

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
        self.current = self.ctx.services.people.update_team(changed)
        model = self.table.model
        for row, team in enumerate(model.records):
            if team.id == self.current.id:
                model.replace_record(row, self.current)

    def _save_members(self) -> None:
        self.ctx.autosaver.flush()
        try:
            self._save()
        except PlfError as error:
            self.ctx.show_error(message(error))

    def _new(self) -> None:
        team = self.ctx.services.people.add_team(self.tr("New team"))
        self.current = team
        self.table.search.clear()
        self.refresh()
        self.name.setFocus()
        self.name.selectAll()

    def _delete(self) -> None:
        team = self.table.current()
        if not team:
            return
        self.ctx.services.people.delete_team(team.id)
        self.current = None
        self.refresh()
        self.ctx.offer_undo(self.tr("“{name}” was moved to the trash.").format(name=team.name),
                            lambda: self.ctx.services.people.restore_team(team.id))


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
