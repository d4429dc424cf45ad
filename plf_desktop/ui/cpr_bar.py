"""The warning shown when something typed looks like a CPR number, with the offer to mask it.

Students are only ever pseudonymous labels here; a CPR number in a note is a slip the
vejleder will want to undo at once. The text is already saved when the warning shows (nothing
typed is ever held back); *Maskér* replaces the number and saves again.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from plf_desktop.ui.autosave import Autosaver


class CprBar(QWidget):
    """A yellow bar above the page: the number, *Maskér* and *Behold*."""

    def __init__(self, autosaver: Autosaver, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("promptBar")
        self.autosaver = autosaver
        self.widget: QLineEdit | QPlainTextEdit | None = None
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.mask_button = QPushButton(self.tr("Mask it"), self)
        self.mask_button.setObjectName("primary")
        self.keep_button = QPushButton(self.tr("Keep"), self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.mask_button)
        layout.addWidget(self.keep_button)
        self.mask_button.clicked.connect(self.mask)
        self.keep_button.clicked.connect(self.hide)
        autosaver.cpr_found.connect(self.warn)
        self.hide()

    def warn(self, widget: QLineEdit | QPlainTextEdit, number: str) -> None:
        """Say what was found where, and offer to mask it."""
        self.widget = widget
        self.text.setText(self.tr(
            "“{number}” looks like a CPR number. Students may only appear as pseudonymous "
            "labels (such as “elev A7”). Mask the number?").format(number=number))
        self.show()

    def mask(self) -> None:
        """Replace the number in the field it was typed in, and save."""
        widget = self.widget
        if widget is not None and shiboken6.isValid(widget):
            self.autosaver.mask_cpr(widget)
        self.hide()
