"""*Overblik*, the start screen: the next step of every active course, upcoming meetings, open
and overdue agreements, teachers and teams not visited for a chosen number of weeks, recent
work, and the records due for deletion with the one action that deletes them for good. Every
line is one click (or Enter) from where the work is."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import (
    QApplication,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QStatusBar,
    QVBoxLayout,
    QWidget,
)

from plf_desktop.domain.collaborations import CollaborationStep
from plf_desktop.domain.cycles import NextStep
from plf_desktop.domain.dates import format_date, format_time
from plf_desktop.domain.errors import QT_TRANSLATE_NOOP
from plf_desktop.domain.overview import CourseLine, MeetingLine, NotVisited, Overview
from plf_desktop.domain.retention import DueList, DueRecord
from plf_desktop.ui.context import UiContext

translate = QCoreApplication.translate
AREA_OF_SOURCE = {"meeting": "meeting", "conversation": "conversation"}
KIND_NAMES = {
    "meeting": QT_TRANSLATE_NOOP("OverviewPage", "PLF meeting"),
    "observation": QT_TRANSLATE_NOOP("OverviewPage", "Observation"),
    "conversation": QT_TRANSLATE_NOOP("OverviewPage", "Conversation"),
    "cycle": QT_TRANSLATE_NOOP("OverviewPage", "Course"),
    "collaboration": QT_TRANSLATE_NOOP("OverviewPage", "Collaboration"),
}


def today() -> dt.date:
    """Today's date (a function so tests can fix it)."""
    return dt.date.today()


class Section(QWidget):
    """A heading with a count and a list whose lines open a record."""

    def __init__(self, title: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.heading = QLabel(title, self)
        self.heading.setObjectName("sectionTitle")
        self.count = QLabel(self)
        self.count.setObjectName("hint")
        self.list = QListWidget(self)
        self.list.setAccessibleName(title)
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # The grid shares the height out evenly; a list's wish for 192 pixels would not.
        self.list.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        self.list.setMinimumHeight(60)
        self.extra = QHBoxLayout()
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addStretch(1)
        top.addLayout(self.extra)
        top.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.list, 1)

    def fill(self, lines: list[tuple[str, tuple[str, str] | None]], empty: str,
             count: str = "") -> None:
        """Show *lines* (text, and the area and id it opens), or *empty* when there are none."""
        self.list.clear()
        for text, target in lines:
            item = QListWidgetItem(text, self.list)
            item.setData(Qt.ItemDataRole.UserRole, target)
            if target is None:
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        if not lines:
            item = QListWidgetItem(empty, self.list)
            item.setFlags(Qt.ItemFlag.NoItemFlags)
        self.count.setText(count)


class OverviewPage(QWidget):
    """The start screen; it is computed again each time it is shown."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        title = QLabel(self.tr("Overview"), self)
        title.setObjectName("pageTitle")
        self.date = QLabel(self)
        self.date.setObjectName("hint")
        self.courses = Section(self.tr("Courses and collaborations: next step"), self)
        self.meetings = Section(self.tr("PLF meetings in the next two weeks"), self)
        self.agreements = Section(self.tr("Overdue agreements"), self)
        self.teachers = Section(self.tr("Teachers not visited"), self)
        self.teams = Section(self.tr("Teams not visited"), self)
        self.recent = Section(self.tr("Recent work"), self)
        self.due = Section(self.tr("Due for deletion"), self)
        self.delete_due_button = QPushButton(self)
        self.delete_due_button.setToolTip(self.tr(
            "Delete for good every record whose deletion date has come"))
        self.delete_due_button.clicked.connect(self.delete_due)
        self.due.extra.addWidget(self.delete_due_button)
        self.weeks = QSpinBox(self)
        self.weeks.setRange(1, 52)
        self.weeks.setValue(6)
        self.weeks.setPrefix(self.tr("for "))
        self.weeks.setSuffix(self.tr(" weeks"))
        self.weeks.setAccessibleName(self.tr("Weeks without a visit"))
        self.weeks.valueChanged.connect(lambda _v: self.refresh())
        self.teachers.extra.addWidget(self.weeks)
        grid = QGridLayout()
        grid.setSpacing(18)
        grid.addWidget(self.courses, 0, 0)
        grid.addWidget(self.meetings, 0, 1)
        grid.addWidget(self.agreements, 0, 2)
        grid.addWidget(self.teachers, 1, 0)
        middle = QVBoxLayout()
        middle.setSpacing(12)
        middle.addWidget(self.teams, 2)
        middle.addWidget(self.due, 3)
        grid.addLayout(middle, 1, 1)
        grid.addWidget(self.recent, 1, 2)
        for column in range(3):
            grid.setColumnStretch(column, 1)
        for row in range(2):
            grid.setRowStretch(row, 1)
        header = QHBoxLayout()
        header.addWidget(title)
        header.addStretch(1)
        header.addWidget(self.date)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.addLayout(header)
        layout.addLayout(grid, 1)
        for section in self.sections():
            section.list.itemActivated.connect(self._open)
            section.list.itemClicked.connect(self._open)

    def sections(self) -> tuple[Section, ...]:
        """The seven lists, in reading order."""
        return (self.courses, self.meetings, self.agreements, self.teachers, self.teams,
                self.due, self.recent)

    def refresh(self) -> None:
        """Compute the overview for today and show it."""
        day = today()
        overview = self.ctx.services.overview.overview(day, self.weeks.value(),
                                                       self.ctx.prefs.retention_months)
        self.date.setText(format_date(day))
        self._show(overview)

    def _show(self, o: Overview) -> None:
        self.courses.fill([(self._course(c), (c.area, c.id)) for c in o.courses],
                          self.tr("No active course. Start one under Action learning."),
                          str(len(o.courses)) if o.courses else "")
        self.meetings.fill([(self._meeting(m), ("meeting", m.id)) for m in o.meetings],
                           self.tr("No meetings planned."))
        self.agreements.fill(
            [(self.tr("{what} – {who}, due {due}").format(
                what=r.agreement.what, who=r.responsible_name or "—",
                due=format_date(r.agreement.due)), self._agreement_target(r))
             for r in o.overdue],
            self.tr("No overdue agreements."),
            self.tr("{overdue} overdue of {open} open").format(overdue=o.overdue_total,
                                                               open=o.open_agreements))
        self.teachers.fill([(self._visited(v), ("person", v.id)) for v in o.teachers],
                           self.tr("Everyone has been visited."),
                           str(o.teachers_total) if o.teachers_total else "")
        self.teams.fill([(self._visited(v), ("team", v.id)) for v in o.teams],
                        self.tr("Every team has been visited."),
                        str(o.teams_total) if o.teams_total else "")
        self.recent.fill([(f"{format_date(r.date)}  {translate('OverviewPage', KIND_NAMES[r.area])}"
                           f": {r.title}", (r.area, r.id)) for r in o.recent],
                         self.tr("Nothing yet."))
        self._show_due(o.due)

    def _show_due(self, due: DueList) -> None:
        self.due.fill([(self._due_line(r), None if r.trashed else (r.kind, r.id))
                       for r in due.records],
                      self.tr("Nothing is due for deletion."),
                      str(due.total) if due.total else "")
        self.delete_due_button.setText(
            self.tr("Delete 1 due…") if due.total == 1
            else self.tr("Delete {count} due…").format(count=due.total))
        self.delete_due_button.setVisible(due.total > 0)

    def _due_line(self, record: DueRecord) -> str:
        kind = translate("OverviewPage", KIND_NAMES[record.kind])
        title = record.title or kind
        first = f"{format_date(record.date)}  {kind}: {title}"
        if record.trashed:
            first += self.tr(" (in the trash)")
        return first + "\n    " + self.tr("Deletion date {date}").format(
            date=format_date(record.deletion))

    def delete_due(self) -> None:
        """Delete for good, once confirmed, every record whose deletion date has come."""
        day, months = today(), self.ctx.prefs.retention_months
        retention = self.ctx.services.retention
        count = retention.due(day, months, shown=0).total
        if not count:
            return
        question = self.tr("Delete 1 record for good?") if count == 1 else self.tr(
            "Delete {count} records for good?").format(count=count)
        from plf_desktop.ui import prompts  # on use: QMessageBox and friends (start-up time)

        if not prompts.confirm(self, self.tr("Delete due records"), question + " " + self.tr(
                "Their deletion date has come: the end of their school year plus the months "
                "chosen in the settings, or the date chosen for the record. Notes, agreements "
                "and everything else in them go too, and nothing goes to the trash. This cannot "
                "be undone.\n\nBackups still hold them until those backups are replaced, "
                "after at most 12 months.")):
            return

        def progress(done: int, total: int) -> None:
            # Painted at once, without running the event loop: no timer (autosave, backup)
            # may write while the deletion's transaction is open.
            self.ctx.show_message(self.tr("Deleting {done} of {total}…").format(
                done=done, total=total))
            status = self.window().findChild(QStatusBar)
            if status is not None:
                status.repaint()

        deleted: list[int] = []
        QApplication.setOverrideCursor(QCursor(Qt.CursorShape.WaitCursor))
        try:
            self.ctx.attempt(lambda: deleted.append(retention.delete_due(day, months, progress)))
        finally:
            QApplication.restoreOverrideCursor()
        if deleted:
            self.ctx.show_message(self.tr("Deleted for good: {count}.").format(
                count=deleted[0]))
        self.refresh()

    def _course(self, line: CourseLine) -> str:
        name = self.tr("{title} ({team})").format(title=line.title, team=line.team) \
            if line.team else line.title
        return f"{name}\n    {self._step(line.step)}"

    @staticmethod
    def _meeting(line: MeetingLine) -> str:
        when = " ".join(filter(None, [format_date(line.date), format_time(line.start_time)]))
        team = f" · {line.team}" if line.team and line.team not in line.title else ""
        return f"{when}  {line.title}{team}"

    def _step(self, step: NextStep | CollaborationStep) -> str:
        if isinstance(step, CollaborationStep):
            number, name = step.lesson_number, translate("Collaborations", step.name)
            prefix = self.tr("Lesson {number} · ").format(number=number) if number else ""
        else:
            number, name = step.round_number, translate("Cycles", step.name)
            prefix = self.tr("Round {number} · ").format(number=number) if number else ""
        return prefix + name

    def _visited(self, v: NotVisited) -> str:
        if v.last is None:
            return self.tr("{name} – never observed").format(name=v.name)
        return self.tr("{name} – last {date}").format(name=v.name, date=format_date(v.last))

    @staticmethod
    def _agreement_target(row: object) -> tuple[str, str] | None:
        agreement = row.agreement  # type: ignore[attr-defined]
        area = AREA_OF_SOURCE.get(agreement.source_kind.value)
        return (area, agreement.source_id) if area and agreement.source_id else \
            ("agreement", agreement.id)

    def _open(self, item: QListWidgetItem) -> None:
        target = item.data(Qt.ItemDataRole.UserRole)
        if target:
            self.ctx.open_record(*target)
