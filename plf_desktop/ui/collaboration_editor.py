"""The collaboration editor: formøde and contract, each lesson, and the evaluation, as steps,
always saying what the next step is."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from plf_desktop.domain.collaborations import (
    STEP_TEXTS,
    CoLesson,
    Collaboration,
    CollaborationStage,
    LessonStep,
    collaboration_step,
)
from plf_desktop.ui.collaboration_pages import (
    CoLessonPage,
    CollaborationContract,
    CollaborationEvaluationPage,
)
from plf_desktop.ui.context import UiContext
from plf_desktop.ui.stepped_editor import SteppedEditor

translate = QCoreApplication.translate
CONTRACT, EVALUATION = "contract", "evaluation"


class CollaborationEditor(SteppedEditor):
    """One co-teaching collaboration."""

    record_kind = "collaboration"

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("← All collaborations"), self.tr("Save as PDF…"),
                         parent)
        self.contract = CollaborationContract(ctx, self)
        self.lesson = CoLessonPage(ctx, self)
        self.evaluation = CollaborationEvaluationPage(ctx, self)
        for page in (self.contract, self.lesson, self.evaluation):
            self.pages.addWidget(page)
        self.contract.lessons_requested.connect(self._first_lesson)
        self.contract.progressed.connect(self.show_progress)
        self.lesson.progressed.connect(self.show_progress)
        self.lesson.changed.connect(lambda: self.reload(follow=True))
        self.evaluation.changed.connect(lambda: self.reload(follow=True))

    @property
    def collaboration(self) -> Collaboration | None:
        """The open collaboration."""
        return self.record

    def fetch(self, record_id: str) -> Collaboration:
        """The collaboration, read again."""
        return self.ctx.services.collaborations.get(record_id)

    def current_key(self) -> str:
        """The evaluation once begun, else the last lesson, else the contract."""
        c = self.record
        if c.stage in (CollaborationStage.EVALUATION, CollaborationStage.CLOSED):
            return EVALUATION
        return c.lessons[-1].id if c.lessons else CONTRACT

    def finished(self) -> bool:
        """A closed collaboration has every step done."""
        return self.record.stage is CollaborationStage.CLOSED

    def step_entries(self) -> list[tuple[str, str]]:
        """The contract, each lesson, the evaluation."""
        return [(CONTRACT, translate("Collaborations", STEP_TEXTS[CollaborationStage.CONTRACT][0])),
                *((lesson.id, self._lesson_caption(lesson)) for lesson in self.record.lessons),
                (EVALUATION,
                 translate("Collaborations", STEP_TEXTS[CollaborationStage.EVALUATION][0]))]

    def _lesson_caption(self, lesson: CoLesson) -> str:
        if lesson.step is LessonStep.DONE and lesson.goal.strip():
            goal = " ".join(lesson.goal.split())
            detail = goal if len(goal) <= 60 else goal[:59] + "…"
        else:
            detail = translate("Collaborations", STEP_TEXTS[lesson.step][0])
        return self.tr("Lesson {number} · {step}").format(number=lesson.number, step=detail)

    def next_step_text(self) -> str:
        """``Næste skridt: Lektion 2 · Fælles undervisning – …``."""
        step = collaboration_step(self.record)
        where = translate("Collaborations", step.name)
        if step.lesson_number:
            where = self.tr("Lesson {number}").format(number=step.lesson_number) + " · " + where
        return self.tr("Next step: {step} – {todo}").format(
            step=where, todo=translate("Collaborations", step.todo))

    def show_page(self, key: str) -> QWidget:
        """The contract, a lesson, or the evaluation."""
        if key == CONTRACT:
            self.contract.load(self.record, self.ctx.services.people.list_people())
            return self.contract
        if key == EVALUATION:
            self.evaluation.load(self.record)
            return self.evaluation
        self.lesson.load(self.record, next(x for x in self.record.lessons if x.id == key))
        return self.lesson

    def _first_lesson(self) -> None:
        collaboration = self.record
        if collaboration is not None and self.ctx.attempt(
                lambda: self.ctx.services.collaborations.add_lesson(collaboration.id)):
            self.reload(follow=True)
            self.lesson.goal.setFocus()

    def trash(self, record_id: str) -> str:
        """Move the collaboration to the trash."""
        self.ctx.services.collaborations.delete(record_id)
        return self.tr("The collaboration was moved to the trash.")

    def restore(self, record_id: str) -> None:
        """Undo the delete."""
        self.ctx.services.collaborations.restore(record_id)

    def export_to(self, path: Path) -> Path:
        """Write the collaboration's printed summary to *path*."""
        from plf_desktop.exports import export_collaboration_pdf

        return export_collaboration_pdf(self.ctx.services, self.record.id, path)

    def document_name(self) -> str:
        """The suggested file name."""
        self.record = self.fetch(self.record.id)
        return self.tr("Co-teaching {title}").format(title=self.record.title)
