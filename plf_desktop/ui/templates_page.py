"""*Skabeloner*: the templates the app ships, and the user's own copies of observation schemes
and conversation models.

Shipped templates stay as shipped; *Kopiér* makes a copy that can be changed (saved as it is
typed) and is offered beside the originals when an observation is planned or a conversation
prepared. *Importér* and *Eksportér* share a template file with a colleague.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

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
from plf_desktop.domain.conversation_templates import ConversationTemplate
from plf_desktop.domain.errors import QT_TRANSLATE_NOOP, StorageError
from plf_desktop.domain.observation_schemes import ObservationScheme
from plf_desktop.ui import labels, prompts
from plf_desktop.ui.context import UiContext
from plf_desktop.ui.conversation_template_form import ConversationTemplateForm
from plf_desktop.ui.fields import text_lines
from plf_desktop.ui.new_conversation_dialog import describe_template


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
            participation_types=text_lines(self.kinds), focus_points=text_lines(self.focus),
            look_fors=self.look_fors.isChecked()))


class TemplatesPage(QWidget):
    """A list of the templates beside the chosen one's contents (or its form, for a copy)."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        title = QLabel(self.tr("Templates"), self)
        title.setObjectName("pageTitle")
        note = QLabel(self.tr(
            "The templates the app ships stay as shipped. Copy an observation scheme or a "
            "conversation model to make your own version, or import one a colleague shared; "
            "your own are offered beside the shipped ones."), self)
        note.setWordWrap(True)
        note.setObjectName("hint")
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Templates"))
        self.list.currentItemChanged.connect(lambda item, _old: self._show(item))
        self.copy_button = QPushButton(self.tr("Copy"), self)
        self.copy_button.setToolTip(self.tr("Make your own copy of the chosen template"))
        self.copy_button.clicked.connect(self._copy)
        self.delete_button = QPushButton(self.tr("Delete copy"), self)
        self.delete_button.clicked.connect(self._delete)
        self.import_button = QPushButton(self.tr("Import…"), self)
        self.import_button.setToolTip(self.tr("Add a template file a colleague shared"))
        self.import_button.clicked.connect(self.import_template)
        self.export_button = QPushButton(self.tr("Export…"), self)
        self.export_button.setToolTip(self.tr("Save the chosen template as a file to share"))
        self.export_button.clicked.connect(self.export_template)
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
        self.conversation_form = ConversationTemplateForm(ctx, self)
        self.right = QStackedWidget(self)
        self.right.addWidget(scroll)
        self.right.addWidget(self.form)
        self.right.addWidget(self.conversation_form)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        for button in (self.copy_button, self.delete_button, self.import_button,
                       self.export_button):
            buttons.addWidget(button)
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
                                  templates.observation_schemes()),
                                 (self.tr("Conversation models"),
                                  templates.conversation_templates())):
            header = QListWidgetItem(heading, self.list)
            header.setFlags(Qt.ItemFlag.ItemIsEnabled)  # a heading: shown, not chosen
            font = header.font()
            font.setBold(True)
            header.setFont(font)
            for entry in entries:
                mine = not getattr(entry, "built_in", True)
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
    def _entry(item: QListWidgetItem | None) -> Any:
        """The chosen agenda, scheme or conversation model (None for a heading)."""
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _changeable(self) -> ObservationScheme | ConversationTemplate | None:
        entry = self._entry(self.list.currentItem())
        return entry if isinstance(entry, (ObservationScheme, ConversationTemplate)) else None

    def _show(self, item: QListWidgetItem | None) -> None:
        self.ctx.autosaver.flush()
        entry = self._entry(item)
        changeable = self._changeable()
        self.copy_button.setEnabled(changeable is not None)
        self.export_button.setEnabled(changeable is not None)
        self.delete_button.setEnabled(changeable is not None and not changeable.built_in)
        if isinstance(entry, ObservationScheme) and not entry.built_in:
            self.form.load(entry)
            self.right.setCurrentWidget(self.form)
            return
        if isinstance(entry, ConversationTemplate) and not entry.built_in:
            self.conversation_form.load(entry)
            self.right.setCurrentWidget(self.conversation_form)
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
        elif isinstance(entry, ObservationScheme):
            self.details.setText(self.describe(entry))
        elif isinstance(entry, ConversationTemplate):
            self.details.setText(self.describe_conversation(entry))
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

    def describe_conversation(self, template: ConversationTemplate) -> str:
        """A shipped conversation model as text: what it is for, its phases and questions."""
        lines = [template.name, "", describe_template(template), ""]
        for number, phase in enumerate(template.phases, start=1):
            lines.append(f"{number}. {phase.title}")
            if phase.purpose:
                lines.append(f"    {phase.purpose}")
            lines += [f"    • {question.text}" for question in phase.questions]
            lines.append("")
        return "\n".join(lines)

    def _copy(self) -> None:
        template = self._changeable()
        if template is None:
            return
        templates = self.ctx.services.templates
        name = self.tr("{name} (copy)").format(name=template.name)
        copies: list[Any] = []
        if self.ctx.attempt(lambda: copies.append(templates.duplicate(
                templates.kind_of(template), template.key, name))):
            self.refresh(keep=copies[0].key)
            form = self.form if isinstance(template, ObservationScheme) \
                else self.conversation_form
            form.name.setFocus()
            form.name.selectAll()

    def _delete(self) -> None:
        template = self._changeable()
        if template is None or template.built_in:
            return
        templates = self.ctx.services.templates
        if self.ctx.attempt(lambda: templates.delete(templates.kind_of(template),
                                                     template.key)):
            self.refresh()
            self.ctx.offer_undo(
                self.tr("“{name}” was moved to the trash.").format(name=template.name),
                lambda: templates.restore(template.key))

    def import_template(self) -> None:
        """Ask for a template file and add it; a malformed file is refused with the reason."""
        path = prompts.open_file(self, self.tr("Import template"), Path.home(),
                                 self.tr("Template files (*.toml)"))
        if path is None:
            return
        imported: list[Any] = []

        def read_and_import() -> None:
            try:
                data = path.read_bytes()
            except OSError as error:
                raise StorageError(QT_TRANSLATE_NOOP("Errors", "Cannot read {path}: {reason}"),
                                   path=str(path), reason=error.strerror or str(error)) from None
            imported.append(self.ctx.services.templates.import_any(data))

        if self.ctx.attempt(read_and_import):
            self.refresh(keep=imported[0].key)
            self.ctx.show_message(self.tr("Imported “{name}”.").format(name=imported[0].name))

    def export_template(self) -> None:
        """Save the chosen scheme or model as a file a colleague can import."""
        template = self._changeable()
        if template is None:
            return
        templates = self.ctx.services.templates
        target = prompts.save_file(self, self.tr("Export template"),
                                   Path.home() / f"{template.key}.toml",
                                   self.tr("Template files (*.toml)"))
        if target is None:
            return

        def write() -> None:
            from plf_desktop.exports import write_atomically

            text = templates.export_file(templates.kind_of(template), template.key)
            write_atomically(target, lambda temp: temp.write_text(text, encoding="utf-8"))

        if self.ctx.attempt(write):
            self.ctx.show_message(self.tr("Saved {path}").format(path=str(target)))
