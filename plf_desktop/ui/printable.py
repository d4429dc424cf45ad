"""The frame and the three print actions every record editor offers, in one place.

``pdf_actions`` (and with it QtPdf and QtPrintSupport) is imported only when the user prints,
so opening an editor costs nothing at start-up.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from plf_desktop.ui.context import UiContext
from plf_desktop.ui.retention_field import DeletionDateButton

translate = QCoreApplication.translate


class PrintableEditor:
    """*Gem som PDF…*, *Åbn PDF* and *Udskriv…* for an editor that shows one record.

    The editor (a QWidget with ``ctx``) says whether a record is open, how to export it and
    what the document is called; what was typed is saved before anything is printed.
    """

    ctx: UiContext
    record_kind = ""
    """The kind whose deletion date the header shows ("cycle", "observation", …)."""

    def build_frame(self, back_text: str, body: QWidget, *, pdf_text: str = "",
                    leading: QWidget | None = None, extras: Sequence[QWidget] = ()) -> None:
        """Lay the editor out: ← back and the title, then *leading* (or space), *extras*, the
        deletion date and Gem som PDF / Åbn PDF / Udskriv / Slet, then *body*. Ctrl+Shift+S
        and Ctrl+P print; the back button emits ``back_requested`` and Slet calls
        ``_delete``."""
        widget: QWidget = self  # type: ignore[assignment]
        back = QPushButton(back_text, widget)
        back.setToolTip(translate("PrintableEditor", "Back to the list"))
        back.clicked.connect(widget.back_requested)  # type: ignore[attr-defined]
        self.title = QLabel(widget)
        self.title.setObjectName("pageTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.save_pdf_button = QPushButton(
            pdf_text or translate("PrintableEditor", "Save as PDF…"), widget)
        self.save_pdf_button.setToolTip(translate("PrintableEditor",
                                                  "Save as a PDF (Ctrl+Shift+S)"))
        self.open_pdf_button = QPushButton(translate("PrintableEditor", "Open PDF"), widget)
        self.print_button = QPushButton(translate("PrintableEditor", "Print…"), widget)
        self.delete_button = QPushButton(translate("PrintableEditor", "Delete"), widget)
        top = QHBoxLayout()
        top.addWidget(back)
        top.addWidget(self.title, 1)
        actions = QHBoxLayout()
        if leading is not None:
            actions.addWidget(leading, 1)
        else:
            actions.addStretch(1)
        for extra in extras:
            actions.addWidget(extra)
        self.deletion = DeletionDateButton(self.ctx, widget)
        actions.addWidget(self.deletion)
        for button in (self.save_pdf_button, self.open_pdf_button, self.print_button,
                       self.delete_button):
            actions.addWidget(button)
        layout = QVBoxLayout(widget)
        layout.setContentsMargins(20, 12, 20, 12)
        layout.addLayout(top)
        layout.addLayout(actions)
        layout.addWidget(body, 1)
        self.save_pdf_button.clicked.connect(self.save_pdf)
        self.open_pdf_button.clicked.connect(self.open_pdf)
        self.print_button.clicked.connect(self.print_pdf)
        self.delete_button.clicked.connect(self._delete)  # type: ignore[attr-defined]
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        QShortcut(QKeySequence("Ctrl+Shift+S"), widget, self.save_pdf, context=context)
        QShortcut(QKeySequence.StandardKey.Print, widget, self.print_pdf, context=context)

    def show_deletion_date(self, record_id: str) -> None:
        """Show the open record's deletion date in the header."""
        self.deletion.show_record(self.record_kind, record_id)

    def has_record(self) -> bool:
        """Is a record open?"""
        raise NotImplementedError

    def export_to(self, path: Path) -> Path:
        """Write the record's PDF to *path* (the same export the command line uses)."""
        raise NotImplementedError

    def document_name(self) -> str:
        """The suggested file name, without ``.pdf``."""
        raise NotImplementedError

    def _ready(self) -> bool:
        return self.has_record() and self.ctx.autosaver.flush()

    def save_pdf(self) -> Path | None:
        """*Gem som PDF…*"""
        if not self._ready():
            return None
        from plf_desktop.ui import pdf_actions

        return pdf_actions.save_pdf(self.ctx, self, self.export_to, self.document_name())  # type: ignore[arg-type]

    def open_pdf(self) -> Path | None:
        """*Åbn PDF*"""
        if not self._ready():
            return None
        from plf_desktop.ui import pdf_actions

        return pdf_actions.open_pdf(self.ctx, self, self.export_to, self.document_name())  # type: ignore[arg-type]

    def print_pdf(self) -> bool:
        """*Udskriv…*"""
        if not self._ready():
            return False
        from plf_desktop.ui import pdf_actions

        return pdf_actions.print_pdf(self.ctx, self, self.export_to, self.document_name())  # type: ignore[arg-type]
