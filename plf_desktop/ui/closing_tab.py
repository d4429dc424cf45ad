"""How a meeting closes: *næste møde* and a short evaluation of the meeting."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from plf_desktop.domain.records import Meeting
from plf_desktop.ui.context import UiContext
from plf_desktop.ui.fields import DateField, TimeField


class ClosingTab(QWidget):
    """Next meeting (date, time, place, points carried forward) and the evaluation."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.meeting_id = ""
        self.next_date = DateField(self)
        self.next_time = TimeField(self)
        self.next_place = QLineEdit(self)
        self.next_note = QPlainTextEdit(self)
        self.next_note.setPlaceholderText(self.tr("Points for the next meeting"))
        self.rating = QComboBox(self)
        self.rating.addItem("—", None)
        for value, text in ((1, self.tr("1 – poor")), (2, "2"), (3, "3"), (4, "4"),
                            (5, self.tr("5 – excellent"))):
            self.rating.addItem(text, value)
        self.evaluation = QPlainTextEdit(self)
        self.evaluation.setPlaceholderText(self.tr(
            "How did we use the time? Was everyone heard? What do we do differently next time?"))
        next_box = QGroupBox(self.tr("Next meeting"), self)
        next_form = QFormLayout(next_box)
        next_form.addRow(self.tr("&Date"), self.next_date)
        next_form.addRow(self.tr("T&ime"), self.next_time)
        next_form.addRow(self.tr("&Place"), self.next_place)
        next_form.addRow(self.tr("P&oints"), self.next_note)
        evaluation_box = QGroupBox(self.tr("Evaluation of the meeting"), self)
        evaluation_form = QFormLayout(evaluation_box)
        evaluation_form.addRow(self.tr("&Rating"), self.rating)
        evaluation_form.addRow(self.tr("&Comments"), self.evaluation)
        layout = QVBoxLayout(self)
        layout.addWidget(next_box)
        layout.addWidget(evaluation_box)
        meetings = ctx.services.meetings
        watch = ctx.autosaver.watch

        def save(**fields: object) -> None:
            meetings.update(self.meeting_id, **fields)

        watch(self.next_date.edit, lambda: save(next_date=self.next_date.date()))
        self.next_date.picked.connect(
            lambda: ctx.attempt(lambda: save(next_date=self.next_date.date())))
        watch(self.next_time, lambda: save(next_time=self.next_time.time()))
        watch(self.next_place, lambda: save(next_place=self.next_place.text()))
        watch(self.next_note, lambda: save(next_note=self.next_note.toPlainText()))
        watch(self.rating, lambda: save(evaluation_rating=self.rating.currentData()))
        watch(self.evaluation, lambda: save(evaluation_note=self.evaluation.toPlainText()))

    def load(self, meeting: Meeting) -> None:
        """Show how *meeting* closes."""
        self.meeting_id = meeting.id
        self.next_date.set_date(meeting.next_date)
        self.next_time.set_time(meeting.next_time)
        self.next_place.setText(meeting.next_place)
        for edit, value in ((self.next_note, meeting.next_note),
                            (self.evaluation, meeting.evaluation_note)):
            edit.blockSignals(True)
            edit.setPlainText(value)
            edit.blockSignals(False)
        self.rating.setCurrentIndex(max(self.rating.findData(meeting.evaluation_rating), 0)
                                    if meeting.evaluation_rating else 0)
