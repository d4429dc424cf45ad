"""*Indstillinger*: the school's details and logo for the printed pages, the language, and
how long the trash and the records are kept."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from plf_desktop.domain.retention import MAX_MONTHS
from plf_desktop.ui import prompts
from plf_desktop.ui.context import UiContext
from plf_desktop.ui.form_dialog import FormDialog


class SettingsDialog(FormDialog):
    """Edits the school and the language; saved when the user presses OK."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("SettingsDialog", "Settings"), parent,
                         width=560)
        self.ctx = ctx
        school = ctx.services.school.get()
        self.logo_png = school.logo_png if school else None
        self.name = QLineEdit(school.name if school else "", self)
        self.municipality = QLineEdit(school.municipality if school else "", self)
        self.logo_preview = QLabel(self)
        self.logo_preview.setFixedSize(160, 60)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        choose_logo = QPushButton(self.tr("Choose logo…"), self)
        choose_logo.clicked.connect(self._choose_logo)
        remove_logo = QPushButton(self.tr("Remove"), self)
        remove_logo.clicked.connect(self._remove_logo)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_preview)
        logo_row.addWidget(choose_logo)
        logo_row.addWidget(remove_logo)
        logo_row.addStretch(1)
        self.language = QComboBox(self)
        self.language.addItem("Dansk", "da")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(self.language.findData(ctx.prefs.language), 0))
        language_note = QLabel(self.tr("The new language is used from the next start."), self)
        language_note.setObjectName("hint")
        form = QFormLayout()
        form.addRow(self.tr("School's &name"), self.name)
        form.addRow(self.tr("&Municipality"), self.municipality)
        form.addRow(self.tr("Logo on printed pages"), logo_row)
        form.addRow(self.tr("&Language"), self.language)
        form.addRow("", language_note)
        self.trash_days = QSpinBox(self)
        self.trash_days.setRange(0, 3650)
        self.trash_days.setValue(ctx.prefs.trash_days)
        self.trash_days.setSuffix(self.tr(" days"))
        self.trash_days.setSpecialValueText(self.tr("never"))
        form.addRow(self.tr("Empty the &trash after"), self.trash_days)
        self.retention_months = QSpinBox(self)
        self.retention_months.setRange(0, MAX_MONTHS)
        self.retention_months.setValue(ctx.prefs.retention_months)
        self.retention_months.setSuffix(self.tr(" months"))
        form.addRow(self.tr("Keep &records after the school year"), self.retention_months)
        retention_note = QLabel(self.tr(
            "Courses, collaborations, observations, conversations and meetings are due for "
            "deletion this long after their school year ends (31 July). Overview lists what "
            "is due; a single record can be given another date."), self)
        retention_note.setObjectName("hint")
        retention_note.setWordWrap(True)
        form.addRow("", retention_note)
        form.addRow(self.tr("Database"), QLabel(str(ctx.services.storage.path), self))
        self.arrange(form)
        self._show_logo()

    def _show_logo(self) -> None:
        pixmap = QPixmap()
        if self.logo_png and pixmap.loadFromData(self.logo_png):
            self.logo_preview.setPixmap(pixmap.scaled(
                self.logo_preview.size(), Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation))
        else:
            self.logo_preview.setText(self.tr("(no logo)"))

    def _choose_logo(self) -> None:
        path = prompts.open_file(self, self.tr("Choose logo"), Path.home(),
                                 self.tr("Images (*.png *.jpg *.jpeg)"))
        if not path:
            return
        pixmap = QPixmap()
        if not pixmap.load(str(path)):
            self.problem.setText(self.tr("That file is not an image PLF Desktop can read."))
            return
        from PySide6.QtCore import QBuffer, QByteArray, QIODevice

        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        pixmap.scaled(600, 240, Qt.AspectRatioMode.KeepAspectRatio,
                      Qt.TransformationMode.SmoothTransformation).save(buffer, "PNG")
        self.logo_png = bytes(data.data())
        self.problem.clear()
        self._show_logo()

    def _remove_logo(self) -> None:
        self.logo_png = None
        self.logo_preview.clear()
        self._show_logo()

    def accept(self) -> None:
        """Save the school and language; stay open with the reason if refused."""
        self.accept_if(self._save)

    def _save(self) -> None:
        self.ctx.services.school.save(self.name.text(), self.municipality.text(), self.logo_png)
        self.ctx.prefs.language = self.language.currentData()
        self.ctx.prefs.trash_days = self.trash_days.value()
        self.ctx.prefs.retention_months = self.retention_months.value()
