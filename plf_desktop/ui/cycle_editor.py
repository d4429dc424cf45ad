"""The course editor: a stepper through the problem statement, the rounds and the processing
of experiences, always saying where the course stands and what the next step is."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from plf_desktop.domain.cycles import STEP_NAMES, Cycle, CycleStage, Round, next_step
from plf_desktop.domain.dates import format_date
from plf_desktop.ui.context import UiContext
from plf_desktop.ui.cycle_problem import CycleProblem
from plf_desktop.ui.cycle_round import CycleRound
from plf_desktop.ui.fields import set_text_quietly, text_box
from plf_desktop.ui.printable import PrintableEditor

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


class CycleEditor(PrintableEditor, QWidget):
    """One course; everything is saved as it is typed.

    Signals:
        back_requested(): the user wants the list again.
    """

    back_requested = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.cycle: Cycle | None = None
        back = QPushButton(self.tr("← All courses"), self)
        back.clicked.connect(self.back_requested)
        self.title = QLabel(self)
        self.title.setObjectName("pageTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.next_label = QLabel(self)
        self.next_label.setObjectName("nextStep")
        self.next_label.setWordWrap(True)
        self.save_pdf_button = QPushButton(self.tr("Save course report as PDF…"), self)
        self.open_pdf_button = QPushButton(self.tr("Open PDF"), self)
        self.print_button = QPushButton(self.tr("Print…"), self)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.steps = QListWidget(self)
        self.steps.setAccessibleName(self.tr("Steps of the course"))
        self.steps.setMaximumWidth(300)
        self.steps.setWordWrap(True)
        self.steps.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.steps.currentItemChanged.connect(lambda item, _old: self._show_step(item))
        self.problem = CycleProblem(ctx, self)
        self.round = CycleRound(ctx, self)
        self.learning = CycleLearning(ctx, self)
        self.pages = QStackedWidget(self)
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
        top = QHBoxLayout()
        top.addWidget(back)
        top.addWidget(self.title, 1)
        actions = QHBoxLayout()
        actions.addWidget(self.next_label, 1)
        for button in (self.save_pdf_button, self.open_pdf_button, self.print_button,
                       self.delete_button):
            actions.addWidget(button)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.steps)
        splitter.addWidget(self.pages)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([260, 900])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 12, 20, 12)
        layout.addLayout(top)
        layout.addLayout(actions)
        layout.addWidget(splitter, 1)
        self.save_pdf_button.clicked.connect(self.save_pdf)
        self.open_pdf_button.clicked.connect(self.open_pdf)
        self.print_button.clicked.connect(self.print_pdf)
        self.delete_button.clicked.connect(self._delete)

    # -- showing -----------------------------------------------------------------------------
    def load(self, cycle_id: str) -> None:
        """Open a course on the step it has come to."""
        self.cycle = self.ctx.services.cycles.get(cycle_id)
        self._fill(self._current_key())

    def reload(self, follow: bool = False) -> None:
        """Read the course again; with *follow*, go to the step it has now come to."""
        if self.cycle is None:
            return
        self.ctx.autosaver.flush()
        self.cycle = self.ctx.services.cycles.get(self.cycle.id)
        self._fill(self._current_key() if follow else self._shown_key())

    def leave(self) -> None:
        """Nothing runs in the background here."""

    def _current_key(self) -> str:
        cycle = self.cycle
        assert cycle is not None
        if cycle.stage in (CycleStage.LEARNING, CycleStage.CLOSED):
            return LEARNING
        return cycle.rounds[-1].id if cycle.rounds else PROBLEM

    def _shown_key(self) -> str:
        item = self.steps.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else self._current_key()

    def show_progress(self) -> None:
        """Say where the course stands now, without reloading the page being typed in."""
        if self.cycle is None:
            return
        self.cycle = self.ctx.services.cycles.get(self.cycle.id)
        self._show_next_step()
        for round_ in self.cycle.rounds:
            for row in range(self.steps.count()):
                item = self.steps.item(row)
                if item.data(Qt.ItemDataRole.UserRole) == round_.id:
                    item.setText(f"{item.text()[:1]} {self._round_caption(round_)}")

    def _round_caption(self, round_: Round) -> str:
        """A decided round by its action; the open one by the step it has come to."""
        assert self.cycle is not None
        if round_.decided and round_.action.strip():
            action = " ".join(round_.action.split())
            detail = action if len(action) <= 60 else action[:59] + "…"
        else:
            detail = translate("Cycles", STEP_NAMES[self.cycle.model][round_.step])
        return self.tr("Round {number} · {step}").format(number=round_.number, step=detail)

    def _show_next_step(self) -> None:
        cycle = self.cycle
        assert cycle is not None
        step = next_step(cycle)
        self.title.setText(cycle.title)
        self.next_label.setText(translate("CycleEditor", "Next step: {step} – {todo}").format(
            step=(translate("CycleEditor", "Round {number}").format(number=step.round_number)
                  + " · " if step.round_number else "") + translate("Cycles", step.name),
            todo=translate("Cycles", step.todo)))

    def _fill(self, key: str) -> None:
        cycle = self.cycle
        assert cycle is not None
        names = STEP_NAMES[cycle.model]
        self._show_next_step()
        current = self._current_key()
        entries = [(PROBLEM, translate("Cycles", names[CycleStage.PROBLEM]))]
        entries += [(round_.id, self._round_caption(round_)) for round_ in cycle.rounds]
        entries.append((LEARNING, translate("Cycles", names[CycleStage.LEARNING])))
        order = [k for k, _ in entries]
        self.steps.blockSignals(True)
        self.steps.clear()
        for entry_key, text in entries:
            done = order.index(entry_key) < order.index(current) or (
                cycle.stage is CycleStage.CLOSED)
            mark = "▶" if entry_key == current and not done else ("✓" if done else " ")
            item = QListWidgetItem(f"{mark} {text}", self.steps)
            item.setData(Qt.ItemDataRole.UserRole, entry_key)
            if order.index(entry_key) > order.index(current):
                item.setForeground(self.palette().placeholderText())
        self.steps.blockSignals(False)
        self.steps.setCurrentRow(order.index(key) if key in order else order.index(current))
        self._show_step(self.steps.currentItem())

    def _show_step(self, item: QListWidgetItem | None) -> None:
        cycle = self.cycle
        if cycle is None or item is None:
            return
        self.ctx.autosaver.flush()
        key = item.data(Qt.ItemDataRole.UserRole)
        people = self.ctx.services.people.list_people()
        if key == PROBLEM:
            self.problem.load(cycle, people)
            self.pages.setCurrentWidget(self.problem)
        elif key == LEARNING:
            self.learning.load(cycle)
            self.pages.setCurrentWidget(self.learning)
        else:
            round_ = next(r for r in cycle.rounds if r.id == key)
            self.round.load(cycle, round_, people)
            self.pages.setCurrentWidget(self.round)

    def _start_rounds(self) -> None:
        cycle = self.cycle
        if cycle is not None and self.ctx.attempt(
                lambda: self.ctx.services.cycles.start_rounds(cycle.id)):
            self.reload(follow=True)
            self.round.action.setFocus()

    # -- the printed documents ---------------------------------------------------------------
    def has_record(self) -> bool:
        """Is a course open?"""
        return self.cycle is not None

    def export_to(self, path: Path) -> Path:
        """Write the course report (*forløbsrapport*) to *path*."""
        from plf_desktop.exports import export_cycle_pdf

        assert self.cycle is not None
        return export_cycle_pdf(self.ctx.services, self.cycle.id, path)

    def document_name(self) -> str:
        """The suggested file name."""
        assert self.cycle is not None
        self.cycle = self.ctx.services.cycles.get(self.cycle.id)
        return self.tr("Course report {title}").format(title=self.cycle.title)

    def _action_plan(self) -> tuple[object, str] | None:
        cycle, round_ = self.cycle, self.round.round
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

    def _delete(self) -> None:
        if not self.cycle:
            return
        cycle_id = self.cycle.id
        self.ctx.services.cycles.delete(cycle_id)
        self.cycle = None
        self.back_requested.emit()
        self.ctx.offer_undo(self.tr("The course was moved to the trash."),
                            lambda: self.ctx.services.cycles.restore(cycle_id))
