"""*Observationer*: the list of observed lessons and, in its place, the observation editor."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from plf_desktop.domain.dates import format_date, format_time
from plf_desktop.domain.errors import PlfError
from plf_desktop.domain.observations import ObservationSummary
from plf_desktop.i18n import message
from plf_desktop.ui.context import UiContext
from plf_desktop.ui.item_models import Column
from plf_desktop.ui.record_table import RecordTable

if TYPE_CHECKING:
    from plf_desktop.ui.observation_editor import ObservationEditor


def today() -> dt.date:
    """Today's date (a function so tests can fix it)."""
    return dt.date.today()


class ObservationsPage(QWidget):
    """The list of observations, with the editor taking its place when one is opened."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.stack = QStackedWidget(self)
        self.list_page = QWidget(self)
        title = QLabel(self.tr("Observations"), self.list_page)
        title.setObjectName("pageTitle")
        self.new_button = QPushButton(self.tr("New observation"), self.list_page)
        self.new_button.setObjectName("primary")
        self.new_button.setToolTip(self.tr("Plan an observation of a lesson (Ctrl+N)"))
        self.open_button = QPushButton(self.tr("Open"), self.list_page)
        self.delete_button = QPushButton(self.tr("Delete"), self.list_page)
        self.delete_button.setToolTip(self.tr("Move to the trash (Del)"))
        self.count = QLabel(self.list_page)
        self.count.setObjectName("hint")
        self.table = RecordTable([
            Column(self.tr("Date"), lambda o: format_date(o.date),
                   sort_key=lambda o: f"{o.date.isoformat()} {format_time(o.start_time)}"),
            Column(self.tr("Time"), lambda o: format_time(o.start_time)),
            Column(self.tr("Class"), lambda o: o.class_label),
            Column(self.tr("Subject"), lambda o: o.subject),
            Column(self.tr("Teachers"), lambda o: o.teachers),
            Column(self.tr("Notes"), lambda o: str(o.note_count), sort_key=lambda o: o.note_count,
                   align_right=True),
        ], self.tr("Search observations by class, subject, teacher or date"), self.list_page,
            stretch_column=4, sort=(0, Qt.SortOrder.DescendingOrder))
        header = QHBoxLayout()
        header.addWidget(title)
        header.addStretch(1)
        header.addWidget(self.count)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.open_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        list_layout = QVBoxLayout(self.list_page)
        list_layout.setContentsMargins(20, 16, 20, 12)
        list_layout.addLayout(header)
        list_layout.addLayout(buttons)
        list_layout.addWidget(self.table, 1)
        self._editor: ObservationEditor | None = None
        self.stack.addWidget(self.list_page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.new_button.clicked.connect(self.new_observation)
        self.open_button.clicked.connect(self._open_selected)
        self.delete_button.clicked.connect(self._delete_selected)
        self.table.activated.connect(lambda o: self.open_observation(o.id))
        QShortcut(QKeySequence.StandardKey.New, self.list_page, self.new_observation,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        QShortcut(QKeySequence.StandardKey.Delete, self.table.view, self._delete_selected)

    @property
    def editor(self) -> ObservationEditor:
        """The observation editor, built when first needed."""
        if self._editor is None:
            from plf_desktop.ui.observation_editor import ObservationEditor

            self._editor = ObservationEditor(self.ctx, self)
            self._editor.back_requested.connect(self.show_list)
            self.stack.addWidget(self._editor)
        return self._editor

    def refresh(self) -> None:
        """Reload the list (or the open observation)."""
        if self._editor is not None and self.stack.currentWidget() is self._editor:
            self._editor.reload()
            return
        current = self.table.current()
        self.table.set_records(self.ctx.services.observations.summaries(),
                               current.id if current else None)
        self.count.setText(self.tr("Observations: {count}").format(count=self.table.row_count()))

    def show_list(self) -> None:
        """Leave the editor (saving what was typed) and show the list."""
        self.ctx.autosaver.flush()
        if self._editor is not None:
            self._editor.leave()
        self.stack.setCurrentWidget(self.list_page)
        self.refresh()

    def open_observation(self, observation_id: str) -> None:
        """Open an observation in the editor."""
        self.ctx.autosaver.flush()
        try:
            self.editor.load(observation_id)
        except PlfError as error:
            self.ctx.show_error(message(error))
            return
        self.stack.setCurrentWidget(self.editor)

    def new_observation(self) -> None:
        """Create an observation for today and open its planning form."""
        observation = self.ctx.services.observations.create(date=today())
        self.open_observation(observation.id)
        self.editor.planning.class_label.setFocus()

    def _open_selected(self) -> None:
        row = self.table.current()
        if isinstance(row, ObservationSummary):
            self.open_observation(row.id)

    def _delete_selected(self) -> None:
        row = self.table.current()
        if not isinstance(row, ObservationSummary):
            return
        self.ctx.services.observations.delete(row.id)
        self.refresh()
        self.ctx.offer_undo(self.tr("The observation was moved to the trash."),
                            lambda: self.ctx.services.observations.restore(row.id))
