"""The first start: the school's name and municipality, and an offer of example data."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from plf_desktop.domain.errors import QT_TRANSLATE_NOOP, PlfError
from plf_desktop.domain.validation import require_text
from plf_desktop.i18n import message
from plf_desktop.ui.context import UiContext


class WelcomeDialog(QDialog):
    """Asks for the school before anything else; the name heads every printed page."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Welcome to PLF Desktop"))
        heading = QLabel(self.tr("Welcome to PLF Desktop"), self)
        heading.setObjectName("pageTitle")
        intro = QLabel(self.tr(
            "PLF Desktop helps you run PLF meetings, keep track of the team's agreements and "
            "hand out clean printed minutes. Everything is kept in one file on this computer "
            "and never leaves it.\n\nFirst, which school is this?"), self)
        intro.setWordWrap(True)
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("E.g. Skovbakkeskolen"))
        self.municipality = QLineEdit(self)
        self.municipality.setPlaceholderText(self.tr("E.g. Vejle Kommune"))
        self.demo = QCheckBox(self.tr(
            "Load example data (people, teams and meetings you can try things on)"), self)
        self.problem = QLabel(self)
        self.problem.setObjectName("error")
        self.problem.setWordWrap(True)
        privacy = QLabel(self.tr(
            "Only staff are registered. Students appear only as labels such as “Elev A”, "
            "and data is only ever recorded at class, year-group or school level."), self)
        privacy.setWordWrap(True)
        privacy.setObjectName("hint")
        form = QFormLayout()
        form.addRow(self.tr("School's &name"), self.name)
        form.addRow(self.tr("&Municipality"), self.municipality)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        start = buttons.button(QDialogButtonBox.StandardButton.Ok)
        start.setText(self.tr("Start"))
        start.setIcon(QIcon())
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 20)
        layout.setSpacing(12)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.demo)
        layout.addWidget(privacy)
        layout.addWidget(self.problem)
        layout.addWidget(buttons, alignment=Qt.AlignmentFlag.AlignRight)
        self.setMinimumWidth(560)

    def accept(self) -> None:
        """Save the school (and the example data); stay open with the reason if refused."""
        try:
            require_text(self.name.text(), "name", QT_TRANSLATE_NOOP("Errors", "The school's name"))
            if self.demo.isChecked():
                from plf_desktop.services.demo_data import fill_demo

                fill_demo(self.ctx.services, "small")
            # After the example data, so the school typed here is the one that is kept.
            self.ctx.services.school.save(self.name.text(), self.municipality.text())
        except PlfError as error:
            self.problem.setText(message(error))
            return
        super().accept()

    def reject(self) -> None:
        """The welcome cannot be skipped: the school's name heads every PDF."""
        self.problem.setText(self.tr("Type the school's name to start."))
