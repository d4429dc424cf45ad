"""The observation editor: planning, live mode and review, with the printed notes on top."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QTabWidget,
    QWidget,
)

from plf_desktop.domain.dates import format_date
from plf_desktop.domain.observations import Observation
from plf_desktop.ui.context import UiContext
from plf_desktop.ui.observation_live import ObservationLive
from plf_desktop.ui.observation_planning import ObservationPlanning
from plf_desktop.ui.observation_review import ObservationReview
from plf_desktop.ui.printable import PrintableEditor


class ObservationEditor(PrintableEditor, QWidget):
    """One observation; everything is saved as it is typed.

    Signals:
        back_requested(): the user wants the list again.
    """

    back_requested = Signal()
    record_kind = "observation"

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.observation: Observation | None = None
        self.include_private = QCheckBox(self.tr("Include private notes"), self)
        self.include_private.setToolTip(self.tr(
            "Private notes are left out of the printed notes unless you tick this"))
        self.planning = ObservationPlanning(ctx, self)
        self.live = ObservationLive(ctx, self)
        self.review = ObservationReview(ctx, self)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.planning, self.tr("Planning"))
        self.tabs.addTab(self.live, self.tr("Live (F5)"))
        self.tabs.addTab(self.review, self.tr("Review"))
        self.tabs.currentChanged.connect(self._tab_changed)
        self.build_frame(self.tr("← All observations"), self.tabs,
                         extras=[self.include_private])
        shortcut = Qt.ShortcutContext.WidgetWithChildrenShortcut
        QShortcut(QKeySequence("F5"), self, lambda: self.tabs.setCurrentWidget(self.live),
                  context=shortcut)

    def load(self, observation_id: str) -> None:
        """Open an observation: a running lesson opens in live mode, a finished one in review."""
        observation = self.ctx.services.observations.get(observation_id)
        self.observation = observation
        self._fill()
        clock = observation.clock
        if clock.started_at and not clock.stopped_at:
            self.tabs.setCurrentWidget(self.live)
        elif clock.stopped_at:
            self.tabs.setCurrentWidget(self.review)
        else:
            self.tabs.setCurrentWidget(self.planning)
        self._tab_changed(self.tabs.currentIndex())

    def reload(self) -> None:
        """Read the observation again (keeps the current tab)."""
        if self.observation:
            self.observation = self.ctx.services.observations.get(self.observation.id)
            self._fill()
            self._tab_changed(self.tabs.currentIndex())

    def _fill(self) -> None:
        assert self.observation is not None
        people = self.ctx.services.people.list_people()
        self.planning.load(self.observation, people)
        self._update_title()
        self.show_deletion_date(self.observation.id)

    def _update_title(self) -> None:
        o = self.observation
        if o:
            parts = [o.class_label, o.subject, format_date(o.date)]
            self.title.setText(" · ".join(p for p in parts if p) or self.tr("Observation"))

    def _tab_changed(self, _index: int) -> None:
        self.ctx.autosaver.flush()
        if not self.observation:
            return
        self.observation = self.ctx.services.observations.get(self.observation.id)
        self._update_title()
        widget = self.tabs.currentWidget()
        if widget is self.live:
            self.live.load(self.observation)
        else:
            self.live.stop()
        if widget is self.review:
            self.review.load(self.observation)

    def leave(self) -> None:
        """Stop the live clock display when the editor is left."""
        self.live.stop()

    # -- the printed notes -------------------------------------------------------------------
    def has_record(self) -> bool:
        """Is a observation open?"""
        return self.observation is not None

    def export_to(self, path: Path) -> Path:
        """Write the open observation's PDF to *path*."""
        from plf_desktop.exports import export_observation_pdf

        assert self.observation is not None
        return export_observation_pdf(self.ctx.services, self.observation.id, path,
                                      include_private=self.include_private.isChecked())

    def document_name(self) -> str:
        """The suggested file name."""
        self.reload()
        o = self.observation
        assert o is not None
        return self.tr("Observation notes {date} {klass}").format(date=format_date(o.date),
                                                                   klass=o.class_label)

    def _delete(self) -> None:
        if not self.observation:
            return
        observation_id = self.observation.id
        self.ctx.services.observations.delete(observation_id)
        self.observation = None
        self.live.stop()
        self.back_requested.emit()
        self.ctx.offer_undo(self.tr("The observation was moved to the trash."),
                            lambda: self.ctx.services.observations.restore(observation_id))
