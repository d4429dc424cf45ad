"""Translated labels for the domain's enums, and combo boxes that offer them."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox

from plf_desktop.domain.labels import label


def text(value: StrEnum) -> str:
    """The enum value's label in the window's language."""
    return QCoreApplication.translate("Labels", label(value))


def fill_enum_combo(combo: QComboBox, enum: type[StrEnum]) -> None:
    """Offer every value of *enum*, its code as item data."""
    combo.clear()
    for value in enum:
        combo.addItem(text(value), value.value)


def select_data(combo: QComboBox, data: object) -> None:
    """Select the item whose data is *data* (or nothing), without emitting user signals."""
    index = combo.findData(data)
    combo.blockSignals(True)
    combo.setCurrentIndex(index)
    combo.blockSignals(False)
