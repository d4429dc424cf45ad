"""*Aktionslæring*: action-learning courses and co-teaching collaborations, one tab each.

Both are guided processes a vejleder runs with teachers over weeks; keeping them in one area
keeps the navigation the design names while giving each its own list and editor.
"""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QWidget

from plf_desktop.ui.collaborations_page import CollaborationsPage
from plf_desktop.ui.context import UiContext
from plf_desktop.ui.cycles_page import CyclesPage


class ActionLearningArea(QTabWidget):
    """Two tabs: courses and collaborations."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setDocumentMode(True)
        self.cycles = CyclesPage(ctx, self)
        self.collaborations = CollaborationsPage(ctx, self)
        self.addTab(self.cycles, self.tr("Action-learning courses"))
        self.addTab(self.collaborations, self.tr("Co-teaching collaborations"))
        self.currentChanged.connect(lambda _i: self.refresh())

    def refresh(self) -> None:
        """Reload the tab on show."""
        self.ctx.autosaver.flush()
        page = self.currentWidget()
        if hasattr(page, "refresh"):
            page.refresh()
