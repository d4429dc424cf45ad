"""The first start: the school's name and municipality, and an offer of example data."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from plf_desktop.domain.errors import QT_TRANSLATE_NOOP
from plf_desktop.domain.validation import require_text
from plf_desktop.ui.context import UiContext
from plf_desktop.ui.form_dialog import FormDialog


class WelcomeDialog(FormDialog):
    """Asks for the school before anything else; the name heads every printed page."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("WelcomeDialog", "Welcome to PLF Desktop"),
                         parent, ok_text=QCoreApplication.translate("WelcomeDialog", "Start"),
                         cancel=False, width=560)
        self.ctx = ctx
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
        privacy = QLabel(self.tr(
            "Only staff are registered. Students appear only as labels such as “Elev A”, "
            "and data is only ever recorded at class, year-group or school level."), self)
        privacy.setWordWrap(True)
        privacy.setObjectName("hint")
        form = QFormLayout()
        form.addRow(self.tr("School's &name"), self.name)
        form.addRow(self.tr("&Municipality"), self.municipality)
        layout = self.arrange(heading, intro, form, self.demo, privacy)
        layout.setContentsMargins(28, 24, 28, 20)
        layout.setSpacing(12)

    def accept(self) -> None:
        """Save the school (and the example data); stay open with the reason if refused."""
        self.accept_if(self._save)

    def _save(self) -> None:
        require_text(self.name.text(), "name", QT_TRANSLATE_NOOP("Errors", "The school's name"))
        if self.demo.isChecked():
            from plf_desktop.services.demo_data import fill_demo

            fill_demo(self.ctx.services, "small")
        # After the example data, so the school typed here is the one that is kept.
        self.ctx.services.school.save(self.name.text(), self.municipality.text())

    def reject(self) -> None:
        """The welcome cannot be skipped: the school's name heads every PDF."""
        self.problem.setText(self.tr("Type the school's name to start."))
