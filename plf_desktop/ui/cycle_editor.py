"""The course editor: a stepper through the problem statement, the rounds and the processing
of experiences, always saying where the course stands and what the next step is."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from plf_desktop.domain.cycles import STEP_NAMES, Cycle, CycleStage, Round, next_step
from plf_desktop.domain.dates import format_date
from plf_desktop.ui.context import UiContext
from plf_desktop.ui.cycle_problem import CycleProblem
from plf_desktop.ui.cycle_round import CycleRound
from plf_desktop.ui.fields import set_text_quietly, text_box
from plf_desktop.ui.stepped_editor import SteppedEditor

translate = QCoreApplication.translate
PROBLEM, LEARNING = "problem", "learning"


class CycleLearning(QWidget):
    """*Bearbejdning af erfaringer*: what the team learned and how it is shared; closing.

    Signals:
        changed(): the course was closed or reopened.
    """

    changed = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.cycle: Cycle | None = None
        self.learned = text_box(self, self.tr("What have we learned about teaching?"), 160)
        self.sharing = text_box(self, self.tr("How do we share it with colleagues?"), 110)
        self.close_button = QPushButton(self.tr("Close the course"), self)
        self.close_button.setObjectName("primary")
        self.reopen_button = QPushButton(self.tr("Reopen the course"), self)
        self.status = QLabel(self)
        self.status.setObjectName("hint")
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.reopen_button)
        buttons.addWidget(self.close_button)
        form = QFormLayout()
        form.addRow(self.tr("What we &learned"), self.learned)
        form.addRow(self.tr("How we &share it"), self.sharing)
        heading = QLabel(self.tr("Processing of experiences"), self)
        heading.setObjectName("sectionTitle")
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addStretch(1)
        for name in ("learned", "sharing"):
            edit = getattr(self, name)
            ctx.autosaver.watch(edit, lambda name=name, edit=edit: self._update(
                **{name: edit.toPlainText()}))
        self.close_button.clicked.connect(self._close)
        self.reopen_button.clicked.connect(self._reopen)

    def _update(self, **fields: str) -> None:
        if self.cycle is not None:
            self.ctx.services.cycles.update(self.cycle.id, **fields)

    def load(self, cycle: Cycle) -> None:
        """Show what the course learned."""
        self.cycle = cycle
        set_text_quietly(self.learned, cycle.learned)
        set_text_quietly(self.sharing, cycle.sharing)
        closed = cycle.stage is CycleStage.CLOSED
        self.close_button.setVisible(cycle.stage is CycleStage.LEARNING)
        self.reopen_button.setVisible(closed)
        self.status.setText(self.tr("Closed {date}.").format(date=format_date(cycle.closed_on))
                            if closed else "")

    def _close(self) -> None:
        from plf_desktop.ui.cycles_page import today

        cycle = self.cycle
        if cycle is not None and self.ctx.attempt(
                lambda: self.ctx.services.cycles.close(cycle.id, today())):
            self.changed.emit()

    def _reopen(self) -> None:
        cycle = self.cycle
        if cycle is not None and self.ctx.attempt(
                lambda: self.ctx.services.cycles.reopen(cycle.id)):
            self.changed.emit()


class CycleEditor(SteppedEditor):
    """One course: problem statement, rounds and processing, as steps."""

    record_kind = "cycle"

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("← All courses"), self.tr("Save course report as PDF…"),
                         parent)
        self.problem = CycleProblem(ctx, self)
        self.round = CycleRound(ctx, self)
        self.learning = CycleLearning(ctx, self)
        for page in (self.problem, self.round, self.learning):
            self.pages.addWidget(page)
        self.problem.rounds_requested.connect(self._start_rounds)
        self.problem.changed.connect(self.reload)
        self.problem.progressed.connect(self.show_progress)
        self.round.progressed.connect(self.show_progress)
        self.round.changed.connect(lambda: self.reload(follow=True))
        self.learning.changed.connect(lambda: self.reload(follow=True))
        self.round.plan_pdf_button.clicked.connect(self.save_action_plan)
        self.round.plan_print_button.clicked.connect(self.print_action_plan)

    @property
    def cycle(self) -> Cycle | None:
        """The open course."""
        return self.record

    # -- the steps ---------------------------------------------------------------------------
    def fetch(self, record_id: str) -> Cycle:
        """The course, read again."""
        return self.ctx.services.cycles.get(record_id)

    def current_key(self) -> str:
        """Processing once the rounds are over, else the last round, else the problem."""
        cycle = self.record
        if cycle.stage in (CycleStage.LEARNING, CycleStage.CLOSED):
            return LEARNING
        return cycle.rounds[-1].id if cycle.rounds else PROBLEM

    def finished(self) -> bool:
        """A closed course has every step done."""
        return self.record.stage is CycleStage.CLOSED

    def step_entries(self) -> list[tuple[str, str]]:
        """The problem statement, each round, the processing of experiences."""
        names = STEP_NAMES[self.record.model]
        return [(PROBLEM, translate("Cycles", names[CycleStage.PROBLEM])),
                *((r.id, self._round_caption(r)) for r in self.record.rounds),
                (LEARNING, translate("Cycles", names[CycleStage.LEARNING]))]

    def _round_caption(self, round_: Round) -> str:
        """A decided round by its action; the open one by the step it has come to."""
        if round_.decided and round_.action.strip():
            action = " ".join(round_.action.split())
            detail = action if len(action) <= 60 else action[:59] + "…"
        else:
            detail = translate("Cycles", STEP_NAMES[self.record.model][round_.step])
        return self.tr("Round {number} · {step}").format(number=round_.number, step=detail)

    def next_step_text(self) -> str:
        """``Næste skridt: Runde 2 · 3 Gennemførelse og observation – …``."""
        step = next_step(self.record)
        where = translate("Cycles", step.name)
        if step.round_number:
            where = self.tr("Round {number}").format(number=step.round_number) + " · " + where
        return self.tr("Next step: {step} – {todo}").format(step=where,
                                                             todo=translate("Cycles", step.todo))

    def show_page(self, key: str) -> QWidget:
        """The problem statement, a round, or the processing of experiences."""
        people = self.ctx.services.people.list_people()
        if key == PROBLEM:
            self.problem.load(self.record, people)
            return self.problem
        if key == LEARNING:
            self.learning.load(self.record)
            return self.learning
        self.round.load(self.record, next(r for r in self.record.rounds if r.id == key), people)
        return self.round

    def _start_rounds(self) -> None:
        cycle = self.record
        if cycle is not None and self.ctx.attempt(
                lambda: self.ctx.services.cycles.start_rounds(cycle.id)):
            self.reload(follow=True)
            self.round.action.setFocus()

    def trash(self, record_id: str) -> str:
        """Move the course to the trash."""
        self.ctx.services.cycles.delete(record_id)
        return self.tr("The course was moved to the trash.")

    def restore(self, record_id: str) -> None:
        """Undo the delete."""
        self.ctx.services.cycles.restore(record_id)

    # -- the printed documents ---------------------------------------------------------------
    def export_to(self, path: Path) -> Path:
        """Write the course report (*forløbsrapport*) to *path*."""
        from plf_desktop.exports import export_cycle_pdf

        return export_cycle_pdf(self.ctx.services, self.record.id, path)

    def document_name(self) -> str:
        """The suggested file name."""
        self.record = self.fetch(self.record.id)
        return self.tr("Course report {title}").format(title=self.record.title)

    def _action_plan(self) -> tuple[object, str] | None:
        cycle, round_ = self.record, self.round.round
        if cycle is None or round_ is None or not self.ctx.autosaver.flush():
            return None
        from plf_desktop.exports import export_action_plan_pdf

        def export(path: Path) -> Path:
            return export_action_plan_pdf(self.ctx.services, cycle.id, round_.number, path)

        name = self.tr("Action plan round {number} {title}").format(number=round_.number,
                                                                     title=cycle.title)
        return export, name

    def save_action_plan(self) -> Path | None:
        """The chosen round's *aktionsplan og forberedelsesark* as a PDF file."""
        from plf_desktop.ui import pdf_actions

        chosen = self._action_plan()
        return pdf_actions.save_pdf(self.ctx, self, *chosen) if chosen else None  # type: ignore[arg-type]

    def print_action_plan(self) -> bool:
        """Print the chosen round's *aktionsplan og forberedelsesark* for the observers."""
        from plf_desktop.ui import pdf_actions

        chosen = self._action_plan()
        return pdf_actions.print_pdf(self.ctx, self, *chosen) if chosen else False  # type: ignore[arg-type]
