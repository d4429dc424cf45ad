"""A place in the window for an area that is built the first time it is shown.

Building every area at start-up cost a user time on every launch for pages they may not open;
the navigation shows this holder, and the real page appears inside it on first use.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QVBoxLayout, QWidget


class LazyPage(QWidget):
    """Holds the page *build()* returns, built on first :meth:`page` or :meth:`refresh`."""

    def __init__(self, build: Callable[[QWidget], QWidget], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._build = build
        self._page: QWidget | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def page(self) -> QWidget:
        """The real page, built now if it was not yet."""
        if self._page is None:
            self._page = self._build(self)
            self._layout.addWidget(self._page)
        return self._page

    def holds(self, page: QWidget) -> bool:
        """True when *page* is the page this holder built, or part of it (a tab)."""
        return self._page is not None and (self._page is page or self._page.isAncestorOf(page))

    def refresh(self) -> None:
        """Build the page if needed and let it read the database."""
        page = self.page()
        if hasattr(page, "refresh"):
            page.refresh()
