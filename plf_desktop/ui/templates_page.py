"""*Skabeloner*: the templates the app ships, and the user's own copies of observation schemes.

Shipped templates stay as shipped; *Kopiér* makes a copy that can be changed (saved as it is
typed) and is offered beside the originals when an observation is planned.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from plf_desktop.domain.agenda_templates import AgendaTemplate
from plf_desktop.domain.observation_schemes import ObservationScheme
from plf_desktop.ui import labels
from plf_desktop.ui.context import UiContext


def _lines(edit: QPlainTextEdit) -> tuple[str, ...]:
    return tuple(line.strip() for line in edit.toPlainText().splitlines() if line.strip())


class SchemeForm(QWidget):
    """The fields of a user's copy of an observation scheme, saved as they are typed."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.scheme: ObservationScheme | None = None
        self.name = QLineEdit(self)
        self.description = QPlainTextEdit(self)
        self.description.setMaximumHeight(80)
        self.guidance = QPlainTextEdit(self)
        self.guidance.setMaximumHeight(80)
        self.interval = QSpinBox(self)
        self.interval.setRange(0, 30)
        self.interval.setSuffix(" min")
        self.interval.setSpecialValueText(self.tr("off"))
        self.interval.setSingleStep(5)  # turning the prompt on gives the usual 5 minutes
        self.kinds = QPlainTextEdit(self)
        self.kinds.setMaximumHeight(90)
        self.kinds.setPlaceholderText(self.tr("One kind of participation per line"))
        self.focus = QPlainTextEdit(self)
        self.focus.setMaximumHeight(90)
        self.focus.setPlaceholderText(self.tr("One suggested focus point per line"))
        self.look_fors = QCheckBox(self.tr("With the co-teaching look-fors"), self)
        form = QFormLayout(self)
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("&Description"), self.description)
        form.addRow(self.tr("&Guidance"), self.guidance)
        form.addRow(self.tr("&Interval prompt"), self.interval)
        form.addRow(self.tr("&Kinds of participation"), self.kinds)
        form.addRow(self.tr("Suggested &focus points"), self.focus)
        form.addRow("", self.look_fors)
        for widget in (self.name, self.description, self.guidance, self.interval, self.kinds,
                       self.focus, self.look_fors):
            ctx.autosaver.watch(widget, self._save)

    def load(self, scheme: ObservationScheme) -> None:
        """Show a user's copy."""
        self.scheme = scheme
        self.name.setText(scheme.name)
        for edit, text in ((self.description, scheme.description),
                           (self.guidance, scheme.guidance),
                           (self.kinds, "\n".join(scheme.participation_types)),
                           (self.focus, "\n".join(scheme.focus_points))):
            edit.blockSignals(True)
            edit.setPlainText(text)
            edit.blockSignals(False)
        self.interval.blockSignals(True)
        self.interval.setValue(scheme.interval_minutes)
        self.interval.blockSignals(False)
        self.look_fors.setChecked(scheme.look_fors)

    def _save(self) -> None:
        if self.scheme is None:
            return
        self.scheme = self.ctx.services.templates.save_scheme(replace(
            self.scheme, name=self.name.text(), description=self.description.toPlainText(),
            guidance=self.guidance.toPlainText(), interval_minutes=self.interval.value(),
            participation_types=_lines(self.kinds), focus_points=_lines(self.focus),
            look_fors=self.look_fors.isChecked()))


class TemplatesPage(QWidget):
    """A list of the templates beside the chosen one's contents (or its form, for a copy)."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        title = QLabel(self.tr("Templates"), self)
        title.setObjectName("pageTitle")
        note = QLabel(self.tr(
            "The templates the app ships stay as shipped. Copy an observation scheme to make "
            "your own version; your copies are offered when you plan an observation."), self)
        note.setWordWrap(True)
        note.setObjectName("hint")
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Templates"))
        self.list.currentItemChanged.connect(lambda item, _old: self._show(item))
        self.copy_button = QPushButton(self.tr("Copy"), self)
        self.copy_button.setToolTip(self.tr("Make your own copy of the chosen scheme"))
        self.copy_button.clicked.connect(self._copy)
        self.delete_button = QPushButton(self.tr("Delete copy"), self)
        self.delete_button.clicked.connect(self._delete)
        self.details = QLabel(self)
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setContentsMargins(12, 4, 12, 4)
        scroll = QScrollArea(self)
        scroll.setWidget(self.details)
        scroll.setWidgetResizable(True)
        self.form = SchemeForm(ctx, self)
        self.right = QStackedWidget(self)
        self.right.addWidget(scroll)
        self.right.addWidget(self.form)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        left_layout.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(self.right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([420, 700])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.addWidget(title)
        layout.addWidget(note)
        layout.addWidget(splitter, 1)

    def refresh(self, keep: str | None = None) -> None:
        """List the templates, grouped by kind, keeping the chosen one."""
        self.ctx.autosaver.flush()
        current = self._entry(self.list.currentItem())
        keep = keep or (current.key if current else None)
        self.list.blockSignals(True)
        self.list.clear()
        templates = self.ctx.services.templates
        select = 1
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
                mine = isinstance(entry, ObservationScheme) and not entry.built_in
                text = self.tr("{name} (your copy)").format(name=entry.name) if mine \
                    else entry.name
                item = QListWidgetItem(f"   {text}", self.list)
                item.setData(Qt.ItemDataRole.UserRole, entry)
                if entry.key == keep:
                    select = self.list.count() - 1
        self.list.blockSignals(False)
        self.list.setCurrentRow(select)
        self._show(self.list.currentItem())

    @staticmethod
    def _entry(item: QListWidgetItem | None) -> AgendaTemplate | ObservationScheme | None:
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _show(self, item: QListWidgetItem | None) -> None:
        self.ctx.autosaver.flush()
        entry = self._entry(item)
        scheme = entry if isinstance(entry, ObservationScheme) else None
        self.copy_button.setEnabled(scheme is not None)
        self.delete_button.setEnabled(scheme is not None and not scheme.built_in)
        if scheme is not None and not scheme.built_in:
            self.form.load(scheme)
            self.right.setCurrentWidget(self.form)
            return
        self.right.setCurrentIndex(0)
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
        elif scheme is not None:
            self.details.setText(self.describe(scheme))
        else:
            self.details.clear()

    def describe(self, scheme: ObservationScheme) -> str:
        """A shipped scheme as text."""
        interval = (self.tr("Interval prompt every {minutes} min").format(
            minutes=scheme.interval_minutes) if scheme.interval_minutes
            else self.tr("No interval prompt"))
        lines = [scheme.name, "", scheme.description, "", scheme.guidance, "", interval,
                 self.tr("Kinds of participation: {kinds}").format(
                     kinds=", ".join(scheme.participation_types))]
        if scheme.focus_points:
            lines.append(self.tr("Suggested focus points: {points}").format(
                points="; ".join(scheme.focus_points)))
        if scheme.look_fors:
            lines.append(self.tr("With the co-teaching look-fors"))
        return "\n".join(lines)

    def _copy(self) -> None:
        scheme = self._entry(self.list.currentItem())
        if isinstance(scheme, ObservationScheme):
            templates = self.ctx.services.templates
            name = self.tr("{name} (copy)").format(name=scheme.name)
            copies: list[ObservationScheme] = []
            if self.ctx.attempt(lambda: copies.append(templates.duplicate_scheme(scheme.key,
                                                                                 name))):
                self.refresh(keep=copies[0].key)
                self.form.name.setFocus()
                self.form.name.selectAll()

    def _delete(self) -> None:
        scheme = self._entry(self.list.currentItem())
        if isinstance(scheme, ObservationScheme) and not scheme.built_in:
            templates = self.ctx.services.templates
            if self.ctx.attempt(lambda: templates.delete_scheme(scheme.key)):
                self.refresh()
                self.ctx.offer_undo(
                    self.tr("“{name}” was moved to the trash.").format(name=scheme.name),
                    lambda: templates.restore_scheme(scheme.key))
