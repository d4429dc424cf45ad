"""*Søg* (Ctrl+F from anywhere): one search across every note, agreement, problem statement
and referat, results grouped by area, each opened in place with Enter or a double-click.

The dialog stays open beside the window (it is not modal), so the vejleder can open one hit,
look, and come back to the next.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from plf_desktop.domain.dates import format_date
from plf_desktop.domain.errors import QT_TRANSLATE_NOOP
from plf_desktop.domain.search import MARK_END, MARK_START, SearchHit
from plf_desktop.ui.context import UiContext

AREA_NAMES = {
    "cycle": QT_TRANSLATE_NOOP("SearchDialog", "Action-learning courses"),
    "collaboration": QT_TRANSLATE_NOOP("SearchDialog", "Co-teaching collaborations"),
    "conversation": QT_TRANSLATE_NOOP("SearchDialog", "Conversations"),
    "observation": QT_TRANSLATE_NOOP("SearchDialog", "Observations"),
    "meeting": QT_TRANSLATE_NOOP("SearchDialog", "PLF meetings"),
    "agreement": QT_TRANSLATE_NOOP("SearchDialog", "Agreements"),
}
TYPING_PAUSE_MS = 150
TITLE_WIDTH = 330  # the rest of the row is the snippet, where the match is seen


def plain_snippet(snippet: str) -> str:
    """A snippet as one line of plain text, the matched words in « »."""
    return " ".join(snippet.replace(MARK_START, "«").replace(MARK_END, "»").split())


def rich_snippet(snippet: str) -> str:
    """A snippet as safe rich text: the user's text escaped, the matched words in bold."""
    text = html.escape(" ".join(snippet.split()))
    return text.replace(MARK_START, "<b>").replace(MARK_END, "</b>")


class SearchDialog(QDialog):
    """The search field and its grouped results."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Search"))
        self.resize(760, 560)
        self.field = QLineEdit(self)
        self.field.setPlaceholderText(self.tr(
            "Search notes, agreements, problem statements and minutes"))
        self.field.setClearButtonEnabled(True)
        self.count = QLabel(self)
        self.count.setObjectName("hint")
        self.results = QTreeWidget(self)
        self.results.setHeaderHidden(True)
        self.results.setColumnCount(2)
        self.results.setRootIsDecorated(False)
        self.results.setAccessibleName(self.tr("Search results"))
        self.results.setWordWrap(True)
        self.results.header().setStretchLastSection(True)
        self.results.itemActivated.connect(self._open)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(TYPING_PAUSE_MS)
        self.timer.timeout.connect(self.run)
        self.field.textChanged.connect(lambda _t: self.timer.start())
        self.field.returnPressed.connect(self._first)
        QShortcut(QKeySequence(Qt.Key.Key_Down), self.field, self._into_results)
        layout = QVBoxLayout(self)
        layout.addWidget(self.field)
        layout.addWidget(self.count)
        layout.addWidget(self.results, 1)

    def start(self, text: str = "") -> None:
        """Show the dialog with the field chosen (and *text* in it, if given)."""
        if text:
            self.field.setText(text)
        self.show()
        self.raise_()
        self.activateWindow()
        self.field.setFocus()
        self.field.selectAll()

    def run(self) -> None:
        """Search for what is typed and show the hits by area."""
        self.timer.stop()
        self.ctx.autosaver.flush()  # what was just typed elsewhere is findable
        found = self.ctx.services.search.search(self.field.text())
        self.results.clear()
        total = 0
        for area, hits in found.items():
            group = QTreeWidgetItem(self.results, [
                QCoreApplication.translate("SearchDialog", AREA_NAMES[area])
                + f" ({len(hits)})"])
            group.setFirstColumnSpanned(True)
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            for hit in hits:
                self._add_hit(group, hit)
            group.setExpanded(True)
            total += len(hits)
        self.results.resizeColumnToContents(0)
        self.results.setColumnWidth(0, min(self.results.columnWidth(0), TITLE_WIDTH))
        text = self.field.text().strip()
        self.count.setText(self.tr("{count} hits").format(count=total) if text else "")
        if text and not total:
            self.count.setText(self.tr("Nothing found for “{text}”.").format(text=text))

    def _add_hit(self, group: QTreeWidgetItem, hit: SearchHit) -> None:
        title = " ".join(hit.title.split()) or "—"
        if hit.date:
            title = f"{format_date(hit.date)}  {title}"
        item = QTreeWidgetItem(group, [title, plain_snippet(hit.snippet)])
        item.setData(0, Qt.ItemDataRole.UserRole, (hit.area, hit.open_id))
        item.setToolTip(1, f"<p>{rich_snippet(hit.snippet)}</p>")

    def hits(self) -> list[QTreeWidgetItem]:
        """Every result line, top to bottom (the group headings left out)."""
        return [self.results.topLevelItem(g).child(c)
                for g in range(self.results.topLevelItemCount())
                for c in range(self.results.topLevelItem(g).childCount())]

    def _into_results(self) -> None:
        hits = self.hits()
        if hits:
            self.results.setCurrentItem(hits[0])
            self.results.setFocus()

    def _first(self) -> None:
        self.run()
        hits = self.hits()
        if hits:
            self._open(hits[0])

    def _open(self, item: QTreeWidgetItem) -> None:
        target = item.data(0, Qt.ItemDataRole.UserRole)
        if target:
            self.ctx.open_record(*target)
