"""*Skabeloner*: the templates the app ships, to read before choosing one.

Meeting agendas and observation schemes are listed with what they contain. Copying and
editing templates, and the conversation guides, come with the template library.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from plf_desktop.domain.agenda_templates import AgendaTemplate
from plf_desktop.domain.observation_schemes import ObservationScheme
from plf_desktop.ui import labels
from plf_desktop.ui.context import UiContext


class TemplatesPage(QWidget):
    """A list of the shipped templates beside the chosen one's contents."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        title = QLabel(self.tr("Templates"), self)
        title.setObjectName("pageTitle")
        note = QLabel(self.tr(
            "The templates the app ships. Choose an agenda when you create a meeting, and a "
            "scheme when you plan an observation. Copying and editing templates come with the "
            "template library."), self)
        note.setWordWrap(True)
        note.setObjectName("hint")
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Templates"))
        self.list.currentItemChanged.connect(lambda item, _old: self._show(item))
        self.details = QLabel(self)
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setContentsMargins(12, 4, 12, 4)
        scroll = QScrollArea(self)
        scroll.setWidget(self.details)
        scroll.setWidgetResizable(True)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.list)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([420, 700])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.addWidget(title)
        layout.addWidget(note)
        layout.addWidget(splitter, 1)

    def refresh(self) -> None:
        """List the templates, grouped by kind."""
        if self.list.count():
            return
        templates = self.ctx.services.templates
        for heading, entries in ((self.tr("Agendas for PLF meetings"),
                                  templates.agenda_templates()),
                                 (self.tr("Observation schemes"),
                                  templates.observation_schemes())):
            header = QListWidgetItem(heading, self.list)
            header.setFlags(Qt.ItemFlag.ItemIsEnabled)  # a heading: shown, not chosen
            font = header.font()
            font.setBold(True)
            header.setFont(font)
            for entry in entries:
                item = QListWidgetItem(f"   {entry.name}", self.list)
                item.setData(Qt.ItemDataRole.UserRole, entry)
        self.list.setCurrentRow(1)

    def _show(self, item: QListWidgetItem | None) -> None:
        entry = item.data(Qt.ItemDataRole.UserRole) if item else None
        if isinstance(entry, AgendaTemplate):
            lines = [entry.name, "", entry.description, "",
                     self.tr("{count} items, {minutes} min in all").format(
                         count=len(entry.items), minutes=entry.total_minutes), ""]
            for number, point in enumerate(entry.items, start=1):
                lines.append(f"{number}. {point.title} · {labels.text(point.kind)} · "
                             f"{point.minutes} min")
                if point.description:
                    lines.append(f"    {point.description}")
            self.details.setText("\n".join(lines))
        elif isinstance(entry, ObservationScheme):
            interval = (self.tr("Interval prompt every {minutes} min").format(
                minutes=entry.interval_minutes) if entry.interval_minutes
                else self.tr("No interval prompt"))
            lines = [entry.name, "", entry.description, "", entry.guidance, "", interval,
                     self.tr("Kinds of participation: {kinds}").format(
                         kinds=", ".join(entry.participation_types))]
            if entry.focus_points:
                lines.append(self.tr("Suggested focus points: {points}").format(
                    points="; ".join(entry.focus_points)))
            if entry.look_fors:
                lines.append(self.tr("With the co-teaching look-fors"))
            self.details.setText("\n".join(lines))
        else:
            self.details.clear()
