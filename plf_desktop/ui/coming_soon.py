"""The honest page for an area a later version fills: what it will do, and that it is not here."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class ComingSoonPage(QWidget):
    """Says what the area is for and that it is coming; it offers no fake buttons."""

    def __init__(self, title: str, description: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        heading = QLabel(title, self)
        heading.setObjectName("pageTitle")
        badge = QLabel(self.tr("Coming soon"), self)
        badge.setObjectName("comingSoonBadge")
        badge.setAlignment(Qt.AlignmentFlag.AlignLeft)
        body = QLabel(description, self)
        body.setWordWrap(True)
        body.setMaximumWidth(640)
        body.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 28, 32, 28)
        layout.addWidget(heading)
        layout.addWidget(badge)
        layout.addSpacing(8)
        layout.addWidget(body)
        layout.addStretch(1)
