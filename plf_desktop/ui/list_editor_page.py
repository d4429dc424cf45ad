"""The shape of an area with a list of records and an editor that takes the list's place.

Meetings and observations (and later conversations and courses) share it: search and sort,
*Ny*, *Åbn* and *Slet* with *Fortryd*, a count, and an editor built the first time a record
is opened (so start-up does not pay for it).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from plf_desktop.domain.errors import PlfError
from plf_desktop.i18n import message
from plf_desktop.ui.context import UiContext
from plf_desktop.ui.item_models import Column
from plf_desktop.ui.record_table import RecordTable

# lupdate reads translate("Context", "text") calls; the base class names its own context.
translate = QCoreApplication.translate


class ListEditorPage(QWidget):
    """A list of records; opening one shows its editor in the list's place.

    Subclasses say what the page is called, which columns it shows, where the records come
    from, how a new one is made, and how a record goes to and comes back from the trash.
    """

    sort_column = 0
    stretch_column = 0

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.stack = QStackedWidget(self)
        self.list_page = QWidget(self)
        title = QLabel(self.page_title(), self.list_page)
        title.setObjectName("pageTitle")
        self.new_button = QPushButton(self.new_text(), self.list_page)
        self.new_button.setObjectName("primary")
        self.new_button.setToolTip(self.new_tip())
        self.open_button = QPushButton(translate("ListEditorPage", "Open"), self.list_page)
        self.delete_button = QPushButton(translate("ListEditorPage", "Delete"), self.list_page)
        self.delete_button.setToolTip(translate("ListEditorPage", "Move to the trash (Del)"))
        self.count = QLabel(self.list_page)
        self.count.setObjectName("hint")
        self.table = RecordTable(self.columns(), self.search_text(), self.list_page,
                                 stretch_column=self.stretch_column,
                                 sort=(self.sort_column, Qt.SortOrder.DescendingOrder))
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
        self._editor: Any = None
        self.stack.addWidget(self.list_page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.new_button.clicked.connect(self.create_new)
        self.open_button.clicked.connect(self._open_selected)
        self.delete_button.clicked.connect(self._delete_selected)
        self.table.activated.connect(lambda record: self.open_record(record.id))
        QShortcut(QKeySequence.StandardKey.New, self, self.create_new,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        QShortcut(QKeySequence.StandardKey.Delete, self.table.view, self._delete_selected)
        self.table.search.textChanged.connect(lambda _t: self._update_count())

    # -- what subclasses provide ---------------------------------------------------------------
    def page_title(self) -> str:
        """The area's heading."""
        raise NotImplementedError

    def new_text(self) -> str:
        """The *Ny …* button's text."""
        raise NotImplementedError

    def new_tip(self) -> str:
        """The *Ny …* button's tooltip (with its shortcut, Ctrl+N)."""
        raise NotImplementedError

    def columns(self) -> list[Column]:
        """The list's columns."""
        raise NotImplementedError

    def search_text(self) -> str:
        """The search field's placeholder."""
        raise NotImplementedError

    def records(self) -> list[Any]:
        """The list's rows, from a service."""
        raise NotImplementedError

    def build_editor(self) -> QWidget:
        """A new editor: ``load(id)``, ``reload()``, ``leave()`` and ``back_requested``."""
        raise NotImplementedError

    def create_new(self) -> None:
        """Make a new record (asking what is needed) and open it."""
        raise NotImplementedError

    def trash(self, record: Any) -> str:
        """Move *record* to the trash; return the message that offers *Fortryd*."""
        raise NotImplementedError

    def restore(self, record: Any) -> None:
        """Bring *record* back from the trash."""
        raise NotImplementedError

    def count_text(self, shown: int, total: int) -> str:
        """The count beside the heading."""
        raise NotImplementedError

    # -- shared behaviour ----------------------------------------------------------------------
    @property
    def editor(self) -> Any:
        """The editor, built the first time a record is opened."""
        if self._editor is None:
            self._editor = self.build_editor()
            self._editor.back_requested.connect(self.show_list)
            self.stack.addWidget(self._editor)
        return self._editor

    def refresh(self) -> None:
        """Reload the list (or the open record) from the database."""
        if self._editor is not None and self.stack.currentWidget() is self._editor:
            self._editor.reload()
            return
        current = self.table.current()
        self.table.set_records(self.records(), current.id if current else None)
        self._update_count()

    def _update_count(self) -> None:
        self.count.setText(self.count_text(self.table.row_count(), self.table.model.rowCount()))

    def show_list(self) -> None:
        """Leave the editor (saving what was typed) and show the list."""
        self.ctx.autosaver.flush()
        if self._editor is not None:
            self._editor.leave()
        self.stack.setCurrentWidget(self.list_page)
        self.refresh()
        self.table.view.setFocus()

    def open_record(self, record_id: str) -> None:
        """Open a record in the editor."""
        self.ctx.autosaver.flush()
        try:
            self.editor.load(record_id)
        except PlfError as error:
            self.ctx.show_error(message(error))
            return
        self.stack.setCurrentWidget(self.editor)

    def _open_selected(self) -> None:
        record = self.table.current()
        if record is not None:
            self.open_record(record.id)

    def _delete_selected(self) -> None:
        record = self.table.current()
        if record is None:
            return
        text = self.trash(record)
        self.refresh()
        self.ctx.offer_undo(text, lambda: self.restore(record))
