"""Editing the user's own conversation template: its name and description, and its phases
with their purpose, speaker, minutes and guiding questions, in the order they are held.

Every change is saved as it is typed and validated exactly like a template file. A question
whose wording is unchanged keeps its English gloss. Conversations already held keep the
version they were held with (the service starts a new version when an old one was used).
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from plf_desktop.domain.conversation_templates import (
    ConversationPhase,
    ConversationTemplate,
    GuidingQuestion,
)
from plf_desktop.services.template_service import CONVERSATIONS
from plf_desktop.ui.context import UiContext
from plf_desktop.ui.fields import set_text_quietly, text_lines


def questions_from_lines(lines: tuple[str, ...],
                         before: tuple[GuidingQuestion, ...]) -> tuple[GuidingQuestion, ...]:
    """The typed questions, each keeping the gloss it had when its wording is unchanged."""
    glosses = {q.text: q.gloss for q in before}
    return tuple(GuidingQuestion(line, glosses.get(line, "")) for line in lines)


class ConversationTemplateForm(QWidget):
    """The fields of a user's conversation template, saved as they are typed."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.template: ConversationTemplate | None = None
        self.name = QLineEdit(self)
        self.description = QPlainTextEdit(self)
        self.description.setMaximumHeight(70)
        self.version = QLabel(self)
        self.version.setObjectName("hint")
        self.phases = QListWidget(self)
        self.phases.setAccessibleName(self.tr("Phases"))
        self.phases.setMaximumHeight(150)
        self.phases.currentRowChanged.connect(self._show_phase)
        self.add_button = QPushButton(self.tr("Add phase"), self)
        self.remove_button = QPushButton(self.tr("Remove phase"), self)
        self.up_button = QPushButton(self.tr("Move up"), self)
        self.down_button = QPushButton(self.tr("Move down"), self)
        self.add_button.clicked.connect(self.add_phase)
        self.remove_button.clicked.connect(self.remove_phase)
        self.up_button.clicked.connect(lambda: self.move_phase(-1))
        self.down_button.clicked.connect(lambda: self.move_phase(1))
        self.title = QLineEdit(self)
        self.purpose = QPlainTextEdit(self)
        self.purpose.setMaximumHeight(60)
        self.speaker = QLineEdit(self)
        self.speaker.setPlaceholderText(self.tr("E.g. Focus person, Coach, Everyone"))
        self.minutes = QSpinBox(self)
        self.minutes.setRange(0, 180)
        self.minutes.setSuffix(" min")
        self.shows_data = QCheckBox(self.tr("Show the linked observations' notes in this phase"),
                                    self)
        self.questions = QPlainTextEdit(self)
        self.questions.setPlaceholderText(self.tr("One guiding question per line"))
        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.phase_box = QWidget(self)
        phase_form = QFormLayout(self.phase_box)
        phase_form.setContentsMargins(0, 0, 0, 0)
        phase_form.addRow(self.tr("Phase &title"), self.title)
        phase_form.addRow(self.tr("&Purpose"), self.purpose)
        phase_form.addRow(self.tr("Who &speaks most"), self.speaker)
        phase_form.addRow(self.tr("&Minutes"), self.minutes)
        phase_form.addRow("", self.shows_data)
        phase_form.addRow(self.tr("&Questions"), self.questions)
        form = QFormLayout()
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("&Description"), self.description)
        form.addRow("", self.version)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.phases)
        layout.addLayout(buttons)
        layout.addWidget(self.phase_box, 1)
        watch = ctx.autosaver.watch
        watch(self.name, self._save_header)
        watch(self.description, self._save_header)
        for widget in (self.title, self.purpose, self.speaker, self.minutes, self.shows_data,
                       self.questions):
            watch(widget, self._save_phase)

    # -- showing -----------------------------------------------------------------------------
    def load(self, template: ConversationTemplate, row: int = 0) -> None:
        """Show a user's template with phase *row* chosen."""
        self.template = template
        self.name.setText(template.name)
        set_text_quietly(self.description, template.description)
        self._show_outline(row)
        self._show_phase(self.phases.currentRow())

    def _show_outline(self, row: int) -> None:
        """The version line and the list of phases, with phase *row* chosen."""
        template = self.template
        assert template is not None
        self.version.setText(self.tr("Version {version} · {count} phases, about {minutes} min")
                             .format(version=template.version, count=len(template.phases),
                                     minutes=template.total_minutes))
        self.phases.blockSignals(True)
        self.phases.clear()
        for number, phase in enumerate(template.phases, start=1):
            self.phases.addItem(f"{number}. {phase.title} · {phase.minutes} min")
        self.phases.blockSignals(False)
        self.phases.blockSignals(True)
        self.phases.setCurrentRow(min(max(row, 0), len(template.phases) - 1))
        self.phases.blockSignals(False)

    def _show_phase(self, row: int) -> None:
        if self.template is None or not 0 <= row < len(self.template.phases):
            return
        self.ctx.autosaver.flush()
        phase = self.template.phases[row]
        self.title.setText(phase.title)
        set_text_quietly(self.purpose, phase.purpose)
        self.speaker.setText(phase.speaker)
        self.minutes.blockSignals(True)
        self.minutes.setValue(phase.minutes)
        self.minutes.blockSignals(False)
        self.shows_data.setChecked(phase.shows_data)
        set_text_quietly(self.questions, "\n".join(q.text for q in phase.questions))
        self.remove_button.setEnabled(len(self.template.phases) > 1)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(row < len(self.template.phases) - 1)

    # -- saving ------------------------------------------------------------------------------
    def _store(self, template: ConversationTemplate, row: int) -> None:
        """Save through the service (which validates); the fields keep what is typed."""
        self.template = self.ctx.services.templates.save(CONVERSATIONS, template)
        self._show_outline(row)

    def _save_header(self) -> None:
        if self.template is not None:
            self._store(replace(self.template, name=self.name.text(),
                                description=self.description.toPlainText()),
                        self.phases.currentRow())

    def _save_phase(self) -> None:
        template, row = self.template, self.phases.currentRow()
        if template is None or not 0 <= row < len(template.phases):
            return
        old = template.phases[row]
        phase = replace(old, title=self.title.text(), purpose=self.purpose.toPlainText(),
                        speaker=self.speaker.text(), minutes=self.minutes.value(),
                        shows_data=self.shows_data.isChecked(),
                        questions=questions_from_lines(text_lines(self.questions),
                                                       old.questions))
        phases = list(template.phases)
        phases[row] = phase
        self._store(replace(template, phases=tuple(phases)), row)

    def _change_phases(self, phases: list[ConversationPhase], row: int) -> None:
        template = self.template
        if template is not None and self.ctx.attempt(
                lambda: self._store(replace(template, phases=tuple(phases)), row)):
            self._show_phase(row)
            self.title.setFocus()

    def add_phase(self) -> None:
        """A new phase after the chosen one."""
        if self.template is None:
            return
        row = self.phases.currentRow() + 1
        phases = list(self.template.phases)
        phases.insert(row, ConversationPhase(self.tr("New phase"), minutes=10))
        self._change_phases(phases, row)
        self.title.selectAll()

    def remove_phase(self) -> None:
        """Remove the chosen phase (a template keeps at least one)."""
        if self.template is None or len(self.template.phases) < 2:
            return
        row = self.phases.currentRow()
        phases = [p for index, p in enumerate(self.template.phases) if index != row]
        self._change_phases(phases, row)

    def move_phase(self, step: int) -> None:
        """Move the chosen phase up (-1) or down (+1)."""
        if self.template is None:
            return
        row = self.phases.currentRow()
        target = row + step
        if not 0 <= target < len(self.template.phases):
            return
        phases = list(self.template.phases)
        phases[row], phases[target] = phases[target], phases[row]
        self._change_phases(phases, target)
        self.phases.setFocus()
