"""A coloured strip of the lesson: which co-teaching model and activity form ran when."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from plf_desktop.domain.labels import CoTeachingModel
from plf_desktop.domain.observations import LessonEvent, segments
from plf_desktop.domain.palette import ACTIVITY_COLOURS, MODEL_COLOURS, UNKNOWN_COLOUR
from plf_desktop.ui import labels


class TimelineStrip(QWidget):
    """Two bands over the lesson's length: models on top, activity forms below."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.events: list[LessonEvent] = []
        self.length = 45 * 60.0
        self.now = 0.0
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Timeline of models and activity forms"))

    def sizeHint(self) -> QSize:
        """Qt: a thin strip."""
        return QSize(400, 34)

    def set_lesson(self, events: list[LessonEvent], now: float) -> None:
        """Show *events* up to lesson time *now* (the strip covers at least 45 minutes)."""
        self.events = events
        self.now = now
        self.length = max(45 * 60.0, now * 1.05)
        self.update()
        self.setToolTip(self.describe())

    def describe(self) -> str:
        """The strip as text, for the tooltip and screen readers."""
        parts = []
        for start, stop, value in segments(self.events, "model", self.now):
            parts.append(f"{int(start // 60):02d}–{int(stop // 60):02d} "
                         f"{labels.text(CoTeachingModel(value))}")
        return "\n".join(parts)

    def paintEvent(self, event: QPaintEvent) -> None:
        """Qt: paint the two bands and the now-line."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        width, height = self.width() - 2, self.height() - 2
        band = (height - 2) / 2
        painter.fillRect(QRectF(1, 1, width, height), QColor("#f4f5f7"))
        for row, (kind, colours) in enumerate((("model", MODEL_COLOURS),
                                               ("activity", ACTIVITY_COLOURS))):
            top = 1 + row * (band + 2)
            for start, stop, value in segments(self.events, kind, self.now):
                x = 1 + width * start / self.length
                w = max(1.0, width * (stop - start) / self.length)
                colour = QColor(colours.get(value, UNKNOWN_COLOUR))
                painter.fillRect(QRectF(x, top, w, band), colour)
        x_now = 1 + width * self.now / self.length
        painter.setPen(QPen(QColor("#b3261e"), 2))
        painter.drawLine(int(x_now), 0, int(x_now), self.height())
        painter.setPen(QPen(QColor("#c8ccd2"), 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(QRectF(1, 1, width, height))
        painter.end()
