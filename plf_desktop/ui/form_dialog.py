"""The shape of the app's small forms: fields, a line that says what is wrong, OK and Cancel.

A refused value keeps the dialog open with the reason in Danish, and nothing is saved.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLayout,
    QVBoxLayout,
    QWidget,
)

from plf_desktop.domain.errors import PlfError
from plf_desktop.i18n import message


class FormDialog(QDialog):
    """A dialog with :attr:`problem` and :attr:`buttons`; subclasses add the fields."""

    def __init__(self, title: str, parent: QWidget | None = None, *, ok_text: str = "",
                 cancel: bool = True, width: int = 520) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(width)
        self.problem = QLabel(self)
        self.problem.setObjectName("error")
        self.problem.setWordWrap(True)
        buttons = QDialogButtonBox.StandardButton.Ok
        if cancel:
            buttons |= QDialogButtonBox.StandardButton.Cancel
        self.buttons = QDialogButtonBox(buttons, self)
        if ok_text:
            ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
            ok.setText(ok_text)
            ok.setIcon(QIcon())
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def arrange(self, *parts: QLayout | QWidget) -> QVBoxLayout:
        """Lay out *parts* from the top, then the problem line and the buttons."""
        layout = QVBoxLayout(self)
        for part in parts:
            if isinstance(part, QLayout):
                layout.addLayout(part)
            else:
                layout.addWidget(part)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        return layout

    def accept_if(self, action: Callable[[], None]) -> None:
        """Run *action*; close the dialog if it succeeds, else show why and stay open."""
        try:
            action()
        except PlfError as error:
            self.problem.setText(message(error))
            return
        super().accept()
