"""After the lesson: the notes as a filterable timeline, editable, and a summary of the lesson.

Private observer notes are marked and kept apart from what is shared with the teacher.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from plf_desktop.domain.labels import ActivityForm, CoTeachingModel, NoteCategory
from plf_desktop.domain.observations import (
    LOOK_FORS,
    LessonEvent,
    Observation,
    ObservationNote,
    contribution_counts,
    contribution_spread,
    time_per_value,
)
from plf_desktop.domain.record_type import frozen_record
from plf_desktop.ui import labels
from plf_desktop.ui.context import UiContext
from plf_desktop.ui.item_models import Column
from plf_desktop.ui.observation_live import format_lesson_time
from plf_desktop.ui.record_table import RecordTable


@frozen_record
class NoteRow:
    """A note with the co-teaching model that ran when it was written."""

    note: ObservationNote
    model: str | None

    @property
    def id(self) -> str:
        """The note's id (the list keeps its selection by it)."""
        return self.note.id


def model_at(events: list[LessonEvent], seconds: float) -> str | None:
    """The co-teaching model running at lesson time *seconds*."""
    current = None
    for event in sorted((e for e in events if e.kind == "model"), key=lambda e: e.at_seconds):
        if event.at_seconds > seconds:
            break
        current = event.value
    return current


def _minutes(seconds: float) -> str:
    return f"{round(seconds / 60)} min"


class ObservationReview(QWidget):
    """Notes (filtered, editable) on the left; the lesson's summary on the right."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.observation: Observation | None = None
        self.rows: list[NoteRow] = []
        self.current: NoteRow | None = None
        self.category = QComboBox(self)
        self.category.addItem(self.tr("All categories"), None)
        for category in NoteCategory:
            self.category.addItem(labels.text(category), category.value)
        self.focus = QComboBox(self)
        self.model = QComboBox(self)
        self.model.addItem(self.tr("All models"), None)
        for model in CoTeachingModel:
            self.model.addItem(labels.text(model), model.value)
        self.show_private = QCheckBox(self.tr("Show private notes"), self)
        self.show_private.setChecked(True)
        for combo in (self.category, self.focus, self.model):
            combo.activated.connect(lambda _i: self._filter())
        self.show_private.toggled.connect(lambda _on: self._filter())
        self.table = RecordTable([
            Column(self.tr("Time"), lambda r: format_lesson_time(r.note.at_seconds),
                   sort_key=lambda r: r.note.at_seconds),
            Column(self.tr("Category"), lambda r: labels.text(r.note.category)),
            Column(self.tr("Observation"), lambda r: r.note.description),
            Column(self.tr("Interpretation / wondering"), lambda r: r.note.interpretation),
            Column(self.tr("Private"), lambda r: self.tr("private") if r.note.private else ""),
        ], self.tr("Search the notes"), self, stretch_column=2)
        self.table.current_changed.connect(self._show_note)

        self.edit_box = QGroupBox(self.tr("The chosen note"), self)
        self.description = QPlainTextEdit(self.edit_box)
        self.description.setMaximumHeight(70)
        self.interpretation = QPlainTextEdit(self.edit_box)
        self.interpretation.setMaximumHeight(60)
        self.note_category = QComboBox(self.edit_box)
        labels.fill_enum_combo(self.note_category, NoteCategory)
        self.note_private = QCheckBox(self.tr("Private"), self.edit_box)
        delete = QPushButton(self.tr("Delete note"), self.edit_box)
        delete.clicked.connect(self._delete_note)
        edit_form = QFormLayout(self.edit_box)
        edit_form.addRow(self.tr("Observation"), self.description)
        edit_form.addRow(self.tr("Wondering"), self.interpretation)
        row = QHBoxLayout()
        row.addWidget(self.note_category)
        row.addWidget(self.note_private)
        row.addStretch(1)
        row.addWidget(delete)
        edit_form.addRow(self.tr("Category"), row)
        watch = ctx.autosaver.watch
        watch(self.description, lambda: self._update(description=self.description.toPlainText()))
        watch(self.interpretation,
              lambda: self._update(interpretation=self.interpretation.toPlainText()))
        watch(self.note_category,
              lambda: self._update(category=NoteCategory(self.note_category.currentData())))
        watch(self.note_private, lambda: self._update(private=self.note_private.isChecked()))

        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.private_notes = QPlainTextEdit(self)
        self.private_notes.setPlaceholderText(self.tr(
            "Your own notes for the follow-up conversation; never shared unless you choose so"))
        watch(self.private_notes, self._save_private)

        filters = QHBoxLayout()
        for widget in (self.category, self.focus, self.model, self.show_private):
            filters.addWidget(widget)
        filters.addStretch(1)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.edit_box)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        summary_box = QGroupBox(self.tr("Summary of the lesson"), right)
        summary_layout = QVBoxLayout(summary_box)
        summary_layout.addWidget(self.summary)
        private_box = QGroupBox(self.tr("Private observer notes"), right)
        private_layout = QVBoxLayout(private_box)
        private_layout.addWidget(self.private_notes)
        right_layout.addWidget(summary_box, 3)
        right_layout.addWidget(private_box, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    # -- loading -----------------------------------------------------------------------------
    def load(self, observation: Observation) -> None:
        """Show *observation*'s notes and summary."""
        self.observation = observation
        service = self.ctx.services.observations
        events = service.events(observation.id)
        self.rows = [NoteRow(note, model_at(events, note.at_seconds))
                     for note in service.notes(observation.id)]
        self.focus.clear()
        self.focus.addItem(self.tr("All focus points"), None)
        for index, point in enumerate(observation.focus_points):
            self.focus.addItem(point, index)
        self.private_notes.blockSignals(True)
        self.private_notes.setPlainText(observation.private_notes)
        self.private_notes.blockSignals(False)
        self._filter()
        self.summary.setText(self.summary_text(observation, events))

    def _filter(self) -> None:
        category, focus, model = (self.category.currentData(), self.focus.currentData(),
                                  self.model.currentData())
        shown = [r for r in self.rows
                 if (category is None or r.note.category.value == category)
                 and (focus is None or r.note.focus_index == focus)
                 and (model is None or r.model == model)
                 and (self.show_private.isChecked() or not r.note.private)]
        self.table.set_records(shown, self.current.id if self.current else None)
        if not self.table.current():
            self._show_note(None)

    def summary_text(self, observation: Observation, events: list[LessonEvent]) -> str:
        """The lesson in numbers: models, activity forms, participation and look-fors."""
        service = self.ctx.services.observations
        end = service.lesson_seconds(observation) or max(
            [e.at_seconds for e in events] + [r.note.at_seconds for r in self.rows] + [0])
        lines = [self.tr("Lesson time: {time}").format(time=format_lesson_time(end)), ""]
        models = time_per_value(events, "model", end)
        if models:
            lines.append(self.tr("Time per co-teaching model:"))
            lines += [f"  {labels.text(CoTeachingModel(k))}: {_minutes(v)}"
                      for k, v in sorted(models.items(), key=lambda kv: -kv[1])]
            lines.append("")
        forms = time_per_value(events, "activity", end)
        if forms:
            lines.append(self.tr("Time per activity form:"))
            lines += [f"  {labels.text(ActivityForm(k))}: {_minutes(v)}"
                      for k, v in sorted(forms.items(), key=lambda kv: -kv[1])]
            lines.append("")
        if observation.seats:
            counts = contribution_counts(observation.seats, service.taps(observation.id))
            spread = contribution_spread(counts)
            lines.append(self.tr("Students who took part 0 / 1 / 2 / 3+ times: "
                                 "{a} / {b} / {c} / {d}").format(
                a=spread["0"], b=spread["1"], c=spread["2"], d=spread["3+"]))
            silent = [label for label, count in counts.items() if count == 0]
            lines.append(self.tr("Seats never heard: {seats}").format(
                seats=", ".join(silent) if silent else self.tr("none")))
            lines.append("")
        if observation.look_fors:
            lines.append(self.tr("Look-fors seen:"))
            for mark in observation.look_fors:
                text = QCoreApplication.translate("LookFors", LOOK_FORS[mark.index])
                lines.append(f"  ✓ {text}" + (f" – {mark.evidence}" if mark.evidence else ""))
        return "\n".join(lines).strip()

    # -- editing -----------------------------------------------------------------------------
    def _show_note(self, row: object) -> None:
        self.ctx.autosaver.flush()
        self.current = row if isinstance(row, NoteRow) else None
        self.edit_box.setEnabled(self.current is not None)
        note = self.current.note if self.current else None
        for edit, value in ((self.description, note.description if note else ""),
                            (self.interpretation, note.interpretation if note else "")):
            edit.blockSignals(True)
            edit.setPlainText(value)
            edit.blockSignals(False)
        labels.select_data(self.note_category, note.category.value if note else None)
        self.note_private.setChecked(bool(note and note.private))

    def _update(self, **fields: object) -> None:
        if not self.current:
            return
        self.ctx.services.observations.update_note(self.current.id, **fields)
        changed = NoteRow(replace(self.current.note, **fields), self.current.model)
        self.rows = [changed if r.id == changed.id else r for r in self.rows]
        self.current = changed
        model = self.table.model
        for row, shown in enumerate(model.records):
            if shown.id == changed.id:
                model.replace_record(row, changed)

    def _delete_note(self) -> None:
        if self.current and self.observation:
            note_id = self.current.id
            if self.ctx.attempt(lambda: self.ctx.services.observations.delete_note(note_id)):
                self.current = None
                self.load(self.ctx.services.observations.get(self.observation.id))

    def _save_private(self) -> None:
        if self.observation:
            self.ctx.services.observations.update(self.observation.id,
                                                  private_notes=self.private_notes.toPlainText())
