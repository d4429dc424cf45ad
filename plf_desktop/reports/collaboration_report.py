"""The printed summary of a co-teaching collaboration (*co-teaching-samarbejde*).

It follows the vejleder's workflow (domain.md §3.4) so that the teacher, the vejleder and a
leader can read what the two did together: who and when, the *samarbejdskontrakt* from the
formøde (goals, roles, duration, planning time, how it is evaluated), then every co-taught
lesson as it was planned (goal, tegn, the lesson's phases with the model and the roles of each,
differentiation, materials) and what came of it (the observation with a few of its notes, the
reflection conversation's opsamling, next steps and agreements), and at the end the evaluation:
how the six models were planned and used, how often the look-fors were seen, what the two
concluded and what they adjust.

It is the course report's sibling (:mod:`plf_desktop.reports.cycle_documents`) and reads the
same way: the same title block, fact table, section and part headings, observation quotes and
agreements tables. Empty parts are left out; the parts the collaboration is built of (the
contract, each lesson, the evaluation once reached) always print, and say "Ikke udfyldt endnu"
when nothing is written yet. Every fixed word arrives already translated in
:class:`CollaborationLabels`, so this module never needs Qt and the CLI prints the very same
file as the window.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import field
from enum import StrEnum
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer, Table

from plf_desktop.domain.collaborations import (
    CoLessonReport,
    CollaborationEvaluation,
    CollaborationReport,
    CollaborationStage,
    collaboration_step,
)
from plf_desktop.domain.dates import format_date, format_time
from plf_desktop.domain.labels import label
from plf_desktop.domain.observations import LOOK_FORS
from plf_desktop.domain.record_type import frozen_record
from plf_desktop.reports.house_style import (
    CONTENT_WIDTH,
    FONT_BOLD,
    MUTED,
    NAVY,
    RULE,
    DocumentInfo,
    Fact,
    PageLabels,
    agreements_section,
    build_document,
    cell,
    derive,
    escape,
    fact_table,
    fill,
    loose,
    paragraphs,
    styles,
    table_style,
)

# Room a heading needs below it before it may start a page's last stretch (as in the course
# report): a section heading with a few lines of its text, a small label with a few lines of
# its own, a lesson's heading with its facts and the start of its goal. Without it a heading
# could end a page alone. (Tables are kept whole with their heading instead.)
SECTION_ROOM = 30 * mm
PART_ROOM = 22 * mm
LESSON_ROOM = 45 * mm

HIGHLIGHTS = 5  # notes quoted from a lesson's observation; the observation notes hold the rest

# A phase whose activity or roles run longer than this fills most of a page in its narrow
# column; its table then flows on from where it starts instead of being kept whole.
TALL_CELL = 1000

TINT = colors.HexColor("#f5f7fa")  # the faint background of the collaboration's goals


@frozen_record
class CollaborationLabels:
    """Every fixed text of the collaboration summary, already translated by the caller.

    Templates: *lesson* ``{number}``, *seen* ``{seen}`` and ``{observed}``. *steps* maps the
    English source names of the collaboration's steps (``STEP_TEXTS``) to their translations;
    *enums* maps co-teaching models and agreement statuses to their labels; *look_for_texts*
    are the six look-fors in ``LOOK_FORS`` order. Each falls back to the English source.
    """

    page: PageLabels
    report_title: str  # "Co-teaching-samarbejde"
    lesson: str  # "Lektion {number}"
    teacher: str  # "Lærer"
    coach: str  # "Vejleder"
    team: str
    class_label: str  # "Klasse/årgang"
    subject: str
    started: str  # "Startet"
    pre_meeting: str  # "Formøde"
    status: str
    closed: str  # "Afsluttet"
    lessons: str  # "Lektioner"
    contract: str  # "Samarbejdskontrakt"
    goals: str  # "Mål"
    roles: str  # "Roller"
    duration: str  # "Varighed"
    planning_time: str  # "Tid til fælles forberedelse"
    evaluation_form: str  # "Sådan evaluerer vi"
    date: str
    time: str  # "Tidspunkt"
    goal: str  # "Mål"
    signs: str  # "Tegn"
    phases: str  # "Lektionens faser"
    phase: str  # "Fase"
    model: str
    differentiation: str  # "Differentiering"
    materials: str  # "Materialer"
    observation: str
    reflection_summary: str  # "Refleksionssamtale: opsamling"
    next_steps: str  # "Næste skridt"
    agreements: str  # "Aftaler"
    what: str
    responsible: str
    due: str
    none: str
    evaluation: str  # "Evaluering"
    planned: str  # "Planlagt i lektioner"
    used: str  # "Brugt i lektioner"
    minutes: str  # "Minutter"
    look_for: str  # "Kendetegn"
    seen: str  # "Set i {seen} af {observed} observerede lektioner"
    no_observed: str  # "Ingen lektioner er observeret endnu."
    overall: str  # "Samlet vurdering"
    adjustments: str  # "Justering"
    not_filled: str  # "Ikke udfyldt endnu"
    look_for_texts: tuple[str, ...] = LOOK_FORS
    steps: Mapping[str, str] = field(default_factory=dict)
    enums: Mapping[StrEnum, str] = field(default_factory=dict)
    lang: str = "da-DK"

    def enum(self, value: StrEnum) -> str:
        """The translated label of an enum value (a co-teaching model, an agreement status)."""
        return self.enums.get(value) or label(value)

    def step(self, source: str) -> str:
        """A step's name ("Fælles planlægning") from its English source."""
        return self.steps.get(source) or source

    def lesson_name(self, number: int) -> str:
        """"Lektion 2"."""
        return fill(self.lesson, number=number)

    def look_for_text(self, index: int) -> str:
        """The look-for at *index* of ``LOOK_FORS``, translated."""
        texts = self.look_for_texts
        return texts[index] if 0 <= index < len(texts) else str(index + 1)


def write_collaboration_report(report: CollaborationReport, labels: CollaborationLabels,
                               path: Path, printed: dt.date | None = None) -> Path:
    """Write the collaboration's summary to *path* as an A4 PDF and return *path*.

    *printed* is the date stamped on every page (today when None); tests pass a fixed date.
    """
    collaboration = report.collaboration
    info = DocumentInfo(
        school=report.school.name, title=labels.report_title, subtitle=collaboration.title,
        author=report.school.name,
        subject=", ".join(filter(None, [collaboration.title, report.teacher, report.coach,
                                        collaboration.class_label, collaboration.subject,
                                        format_date(collaboration.started)])),
        logo_png=report.school.logo_png, printed=printed, lang=labels.lang)
    return build_document(path, info, collaboration_story(report, labels), labels.page)


def collaboration_story(report: CollaborationReport,
                        labels: CollaborationLabels) -> list[Flowable]:
    """The summary's flowables: the facts, the contract, every lesson, and the evaluation
    once the collaboration has come that far (or has something to sum up)."""
    collaboration = report.collaboration
    contract = [_goals(labels.goals, collaboration.goals),
                _part(labels.roles, collaboration.roles),
                _part(labels.duration, collaboration.duration),
                _part(labels.planning_time, collaboration.planning_time),
                _part(labels.evaluation_form, collaboration.evaluation_form)]
    return [
        *_title_block(labels.report_title, collaboration.title),
        *_facts(report, labels),
        *_section(labels.contract, contract, labels),
        *(flowable for lesson in report.lessons for flowable in _lesson(lesson, labels)),
        *_evaluation(report, labels),
    ]


# -- small helpers (the course report's, so the two documents read alike) ----------------------
@functools.cache
def _callout_style() -> ParagraphStyle:
    """The collaboration's goals: what the whole collaboration is for, set a little larger."""
    return ParagraphStyle("plf-collaboration-callout", parent=styles().body, fontName=FONT_BOLD,
                          fontSize=11, leading=15.5, textColor=NAVY, spaceAfter=4)


def _title_block(kind: str, title: str) -> Iterable[Flowable]:
    """The kind of document above the collaboration's title."""
    look = styles()
    yield Paragraph(escape(kind), look.kicker)
    yield Paragraph(escape(title), look.title)


def _part(heading: str, text: str) -> list[Flowable]:
    """A small navy heading and the text under it; nothing when nothing was written."""
    if not text.strip():
        return []
    look = styles()
    return [CondPageBreak(PART_ROOM), Paragraph(escape(heading), loose(look.label)),
            *paragraphs(text, look.body)]


def _section(heading: str, parts: Sequence[Sequence[Flowable]],
             labels: CollaborationLabels) -> list[Flowable]:
    """A section of the summary: its heading and its parts, or "Ikke udfyldt endnu"."""
    look = styles()
    content = [flowable for part in parts for flowable in part]
    return [CondPageBreak(SECTION_ROOM), Paragraph(escape(heading), loose(look.h1)),
            *(content or [Paragraph(escape(labels.not_filled), look.muted)])]


def _goals(heading: str, text: str) -> list[Flowable]:
    """The collaboration's goals under their label, set apart like the course report's problem
    statement: a navy rule on the left and a faint tint behind.

    A table of one cell, so the rule and tint follow the text over a page break, and the text
    is split inside the cell however long it is.
    """
    if not text.strip():
        return []
    look = styles()
    box = Table([[paragraphs(text, derive(_callout_style(), space_after=False))]],
                colWidths=[CONTENT_WIDTH], splitInRow=1, hAlign="LEFT")
    box.setStyle(table_style(("LINEBEFORE", (0, 0), (0, -1), 2.5, NAVY),
                              ("BACKGROUND", (0, 0), (-1, -1), TINT),
                              ("LEFTPADDING", (0, 0), (-1, -1), 9),
                              ("RIGHTPADDING", (0, 0), (-1, -1), 9),
                              ("TOPPADDING", (0, 0), (-1, -1), 6),
                              ("BOTTOMPADDING", (0, 0), (-1, -1), 7)))
    return [CondPageBreak(PART_ROOM), Paragraph(escape(heading), loose(look.label)), box,
            _gap(6)]


def _gap(points: float) -> Flowable:
    """A little vertical space below a boxed block or a table."""
    return Spacer(1, points)


@functools.cache
def _text_cell() -> ParagraphStyle:
    """Free text in a table cell: the cell style without paragraph spacing, so a cell holding
    several paragraphs (or one long one cut into pieces) sits tight in its row."""
    return derive(styles().cell, space_before=False, space_after=False)


@functools.cache
def _number_cell() -> ParagraphStyle:
    """A count in a table, right-aligned so the digits line up under their header."""
    return ParagraphStyle("plf-number-cell", parent=styles().cell, alignment=TA_RIGHT)


@functools.cache
def _number_header() -> ParagraphStyle:
    """The header above a column of counts, right-aligned like the counts themselves."""
    return ParagraphStyle("plf-number-header", parent=styles().cell_header, alignment=TA_RIGHT)


@functools.cache
def _quiet_cell(numbers: bool) -> ParagraphStyle:
    """A row of a model neither planned nor used, in grey, so the used ones stand out."""
    return ParagraphStyle(f"plf-quiet-cell-{numbers:d}", parent=styles().cell,
                          textColor=MUTED, alignment=TA_RIGHT if numbers else 0)


def _ruled_table(rows: Sequence[Sequence[object]], fractions: Sequence[float],
                 tall: bool = False) -> Table:
    """A table in the house's data-table look (navy header rule repeated on every page, thin
    rules between rows), for rows whose cells are already flowables.

    A *tall* table (a row longer than a page) is split inside the row that reaches the page's
    end. By default reportlab first ends the table before that row and then starts it again
    with its header further down the same page, so the header would print twice on one page.
    """
    table = Table([list(row) for row in rows], colWidths=[CONTENT_WIDTH * f for f in fractions],
                  repeatRows=1, splitByRow=0 if tall else 1, splitInRow=1, hAlign="LEFT")
    table.setStyle(table_style(("LINEBELOW", (0, 0), (-1, 0), 0.9, NAVY),
                                ("LINEBELOW", (0, 1), (-1, -1), 0.4, RULE),
                                ("BOTTOMPADDING", (0, 0), (-1, 0), 5),
                                ("LEFTPADDING", (0, 0), (0, -1), 0)))
    return table


@functools.cache
def _table_heading() -> ParagraphStyle:
    """The label above a lesson's table (*Lektionens faser*, *Aftaler*), a little apart from
    the table's navy header below it."""
    return ParagraphStyle("plf-lesson-table-heading", parent=loose(styles().label),
                          spaceAfter=4)


@functools.cache
def _observation_title_style() -> ParagraphStyle:
    """The observation's title, just above the notes quoted from it."""
    return ParagraphStyle("plf-lesson-observation-title", parent=styles().body, spaceAfter=3)


# -- the collaboration -------------------------------------------------------------------------
def _facts(report: CollaborationReport, labels: CollaborationLabels) -> list[Flowable]:
    """Who and what first, then when and where the collaboration stands."""
    collaboration = report.collaboration
    if collaboration.stage is CollaborationStage.CLOSED:
        where = Fact(labels.closed, format_date(collaboration.closed_on)
                     or labels.step(collaboration_step(collaboration).name))
    else:
        step = collaboration_step(collaboration)
        name = labels.step(step.name)
        if step.lesson_number is not None:
            name = f"{labels.lesson_name(step.lesson_number)} · {name}"
        where = Fact(labels.status, name)
    count = len(report.lessons)
    facts = fact_table([
        [Fact(labels.teacher, report.teacher), Fact(labels.coach, report.coach),
         Fact(labels.class_label, collaboration.class_label),
         Fact(labels.subject, collaboration.subject), Fact(labels.team, report.team_name),
         Fact(labels.lessons, str(count) if count else "")],
        [Fact(labels.started, format_date(collaboration.started)),
         Fact(labels.pre_meeting, format_date(collaboration.pre_meeting)), where]],
        label_width=28 * mm)
    return [facts] if facts is not None else []


def _lesson(lesson_report: CoLessonReport, labels: CollaborationLabels) -> list[Flowable]:
    """One co-taught lesson: the plan (goal, tegn, phases, differentiation, materials), what
    the observation saw, what the reflection conversation concluded and what was agreed."""
    look = styles()
    lesson = lesson_report.lesson
    facts = fact_table([[Fact(labels.date, format_date(lesson.date)),
                         Fact(labels.time, format_time(lesson.start_time))]],
                       label_width=28 * mm)
    content = [*_part(labels.goal, lesson.goal), *_part(labels.signs, lesson.signs),
               *_phases(lesson_report, labels),
               *_part(labels.differentiation, lesson.differentiation),
               *_part(labels.materials, lesson.materials),
               *_observation(lesson_report, labels),
               *_part(labels.reflection_summary, lesson_report.reflection_summary),
               *_part(labels.next_steps, lesson_report.reflection_next_steps)]
    if lesson.conversation_id is not None:
        content += [CondPageBreak(PART_ROOM), *agreements_section(
            lesson_report.agreements, labels.agreements, labels.none,
            [labels.what, labels.responsible, labels.due, labels.status], labels.enum,
            heading_style=_table_heading()), _gap(4)]
    flowables: list[Flowable] = [CondPageBreak(LESSON_ROOM),
                                 Paragraph(escape(labels.lesson_name(lesson.number)),
                                           loose(look.h1))]
    if facts is not None:
        flowables += [facts, _gap(4)]
    return flowables + (content or [Paragraph(escape(labels.not_filled), look.muted)])


def _phases(lesson_report: CoLessonReport, labels: CollaborationLabels) -> list[Flowable]:
    """The lesson's phases as a compact table: what happens, with which model, who does what."""
    phases = lesson_report.lesson.phases
    if not phases:
        return []
    look = styles()
    rows: list[list[object]] = [[cell(labels.phase, look.cell_header),
                                 cell(labels.model, look.cell_header),
                                 cell(labels.roles, look.cell_header)]]
    rows += [[paragraphs(phase.activity, _text_cell()) or "",
              cell(labels.enum(phase.model) if phase.model else "–"),
              paragraphs(phase.roles, _text_cell()) or ""] for phase in phases]
    heading = Paragraph(escape(labels.phases), _table_heading())
    if any(len(text) > TALL_CELL for phase in phases for text in (phase.activity, phase.roles)):
        return [CondPageBreak(PART_ROOM), heading,
                _ruled_table(rows, (0.40, 0.27, 0.33), tall=True), _gap(6)]
    # Kept together with its label: a plan of four phases split after the third, with the
    # header repeated above one lonely row, reads as two tables.
    return [KeepTogether([heading, _ruled_table(rows, (0.40, 0.27, 0.33))]), _gap(6)]


def _observation(lesson_report: CoLessonReport,
                 labels: CollaborationLabels) -> list[Flowable]:
    """The lesson's observation by its title, with up to five of its shared notes."""
    title = lesson_report.observation_title.strip()
    highlights = [text for text in lesson_report.highlights if text.strip()][:HIGHLIGHTS]
    if not title and not highlights:
        return []
    look = styles()
    flowables: list[Flowable] = [CondPageBreak(PART_ROOM),
                                 Paragraph(escape(labels.observation), loose(look.label))]
    if title:
        flowables.append(Paragraph(escape(title), _observation_title_style()
                                   if highlights else look.body))
    flowables += [Paragraph(escape(text), look.bullet, bulletText="•") for text in highlights]
    if highlights:
        flowables.append(_gap(3))  # the list ends as a paragraph would, before the next label
    return flowables


# -- the evaluation ----------------------------------------------------------------------------
def _evaluation(report: CollaborationReport, labels: CollaborationLabels) -> list[Flowable]:
    """The six models and the look-fors summed up over the lessons, then what the two
    concluded and what they adjust. Printed once the collaboration is being evaluated, or
    earlier when there is something to sum up (a planned or observed lesson, a written text)."""
    collaboration = report.collaboration
    evaluation = report.evaluation
    written = [_part(labels.overall, collaboration.evaluation),
               _part(labels.adjustments, collaboration.adjustments)]
    reached = collaboration.stage in (CollaborationStage.EVALUATION, CollaborationStage.CLOSED)
    has_data = evaluation.observed_lessons > 0 or any(
        use.planned or use.lessons for use in evaluation.models)
    if not (reached or has_data or any(written)):
        return []
    if not has_data:
        return _section(labels.evaluation, written, labels)
    # The heading starts the page its first table is on: with a CondPageBreak alone the
    # heading could end a page, and the table, kept whole, open the next one.
    models = _models_table(evaluation, labels)
    return [KeepTogether([Paragraph(escape(labels.evaluation), loose(styles().h1)), *models]),
            *_look_fors_table(evaluation, labels),
            *(flowable for part in written for flowable in part)]


def _minutes(value: float) -> str:
    """Whole minutes ("12"); a model used for less than half a minute still shows ("< 1")."""
    if value <= 0:
        return "0"
    whole = int(value + 0.5)
    return str(whole) if whole else "< 1"


def _models_table(evaluation: CollaborationEvaluation,
                  labels: CollaborationLabels) -> list[Flowable]:
    """Model | Planlagt i lektioner | Brugt i lektioner | Minutter, one row per model; a model
    neither planned nor used is greyed so the ones the two actually worked with stand out."""
    if not evaluation.models:
        return []
    look = styles()
    rows: list[list[object]] = [[cell(labels.model, look.cell_header),
                                 *(cell(text, _number_header())
                                   for text in (labels.planned, labels.used, labels.minutes))]]
    for use in evaluation.models:
        active = bool(use.planned or use.lessons or use.minutes > 0)
        text_style = look.cell if active else _quiet_cell(False)
        number_style = _number_cell() if active else _quiet_cell(True)
        rows.append([cell(labels.enum(use.model), text_style),
                     *(cell(value, number_style) for value in
                       (str(use.planned), str(use.lessons), _minutes(use.minutes)))])
    return [_ruled_table(rows, (0.40, 0.22, 0.22, 0.16)), _gap(10)]


def _look_fors_table(evaluation: CollaborationEvaluation,
                     labels: CollaborationLabels) -> list[Flowable]:
    """Kendetegn | Set i x af y observerede lektioner, one row per look-for; before any lesson
    is observed, a line that says so instead of six rows of "0 af 0"."""
    look = styles()
    if evaluation.observed_lessons <= 0 or not evaluation.look_fors:
        return [CondPageBreak(PART_ROOM), Paragraph(escape(labels.look_for), loose(look.label)),
                Paragraph(escape(labels.no_observed), look.muted)]
    rows: list[list[object]] = [[cell(labels.look_for, look.cell_header), ""]]
    for tally in evaluation.look_fors:
        style = look.cell if tally.seen else _quiet_cell(False)
        rows.append([cell(labels.look_for_text(tally.index), style),
                     cell(fill(labels.seen, seen=tally.seen, observed=tally.observed), style)])
    return [KeepTogether([_ruled_table(rows, (0.58, 0.42))]), _gap(10)]
