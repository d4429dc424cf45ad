"""The two printed documents of an action-learning course (*aktionslæringsforløb*).

*Aktionsplan og forberedelsesark* is what the teacher hands the observers before a round's
lesson (domain.md §2.4): the problem statement, the action with its reason and what the team
expects, the iagttagelsespunkter, what to watch and the practicalities, and at the end ruled
lines for the observers' handwritten notes. It is meant to fit on one or two A4 pages.

*Forløbsrapport* tells the whole course: the problem statement and the quick-writes it grew
from, each round (the action, who taught and observed, what the observation saw, what the
conversation concluded, what was agreed and who takes the next turn), and what the team learned
and how it is shared.

Empty parts are left out, as in the conversation referat. The parts the course is built of (the
problem statement, each round, the processing of experiences once reached) always print, and say
"Ikke udfyldt endnu" when nothing is written yet, so a reader sees the whole course and where it
stands. Every fixed word arrives already translated in :class:`CycleLabels`, so this module never
needs Qt and the CLI prints the very same file as the window.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import field
from enum import StrEnum
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer, Table

from plf_desktop.domain.cycles import (
    CycleModel,
    CycleReport,
    CycleStage,
    RoundReport,
    next_step,
)
from plf_desktop.domain.dates import format_date, format_time
from plf_desktop.domain.labels import label
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
    markup_colour,
    paragraphs,
    styles,
    table_style,
)

# Room a heading needs below it before it may start a page's last stretch (as in the
# conversation referat): a section heading with a few lines of its text, a small label with
# a few lines of its own. Without it a heading could end a page alone.
SECTION_ROOM = 30 * mm
PART_ROOM = 22 * mm
ROUND_ROOM = 55 * mm  # a round's heading, its facts and the start of its action

# The observers' notes area: ruled lines as far down the page as there is room, but at least
# a few (else it moves to the next page) and never so many that it looks like a form to fill.
LINE_SPACING = 8 * mm
LEAST_LINES = 5
MOST_LINES = 12

TINT = colors.HexColor("#f5f7fa")  # the faint background of the problem statement


@frozen_record
class CycleLabels:
    """Every fixed text of the two course documents, already translated by the caller.

    Templates: *round* ``{number}``. *models* names the phase models; *steps* maps the English
    source names of the course's steps (``STEP_NAMES`` and ``next_step``) to their translations;
    *enums* maps agreement statuses to their labels. Each falls back to the English source.
    """

    page: PageLabels
    action_plan_title: str  # "Aktionsplan og forberedelsesark"
    report_title: str  # "Forløbsrapport"
    round: str  # "Runde {number}"
    team: str
    class_label: str  # "Klasse/årgang"
    subject: str
    date: str
    time: str
    teacher: str  # "Underviser"
    observers: str  # "Observatør(er)"
    coach: str  # "Vejleder"
    participants: str
    model: str
    started: str
    closed: str  # "Afsluttet"
    status: str
    problem: str  # "Problemstilling"
    wonder: str  # "Undren og baggrund"
    why: str  # "Hvorfor er det vigtigt"
    goals: str  # "Mål"
    signs: str  # "Tegn"
    quick_writes: str  # "Hurtigskrivning"
    action_plan: str  # "Aktionsplan"
    action: str
    reason: str
    expectation: str
    lesson: str
    data_to_collect: str  # "Data, der indsamles"
    focus_points: str  # "Iagttagelsespunkter"
    preparation: str  # "Forberedelsesark"
    sequence: str  # "Lektionens forløb"
    watch_for: str  # "Hvad observatøren især skal se efter"
    focus_students: str  # "Fokuselever eller -grupper"
    practicalities: str  # "Praktisk"
    notes: str  # "Noter"
    observation: str
    summary: str  # "Fra samtalen: opsamling"
    next_steps: str
    next_time: str  # "Næste gang"
    teaches: str  # "Underviser"
    observes: str  # "Observerer"
    writes_referat: str  # "Skriver referat"
    learning: str  # "Bearbejdning af erfaringer"
    learned: str  # "Hvad har vi lært"
    sharing: str  # "Hvordan deler vi det"
    not_filled: str  # "Ikke udfyldt endnu"
    agreements: str
    what: str
    responsible: str
    due: str
    none: str
    models: Mapping[CycleModel, str] = field(default_factory=dict)
    steps: Mapping[str, str] = field(default_factory=dict)
    enums: Mapping[StrEnum, str] = field(default_factory=dict)
    lang: str = "da-DK"

    def enum(self, value: StrEnum) -> str:
        """The translated label of an enum value."""
        return self.enums.get(value) or label(value)

    def step(self, source: str) -> str:
        """A step's name ("3 Gennemførelse og observation") from its English source."""
        return self.steps.get(source) or source

    def model_name(self, model: CycleModel) -> str:
        """The phase model's name ("EVA's fem faser")."""
        return self.models.get(model) or model.value

    def round_name(self, number: int) -> str:
        """"Runde 2"."""
        return fill(self.round, number=number)


# -- the two documents -------------------------------------------------------------------------
def find_round(report: CycleReport, round_number: int) -> RoundReport | None:
    """The round numbered *round_number* (1, 2 …), or None when the course has no such round."""
    return next((r for r in report.rounds if r.round.number == round_number), None)


def write_action_plan(report: CycleReport, round_number: int, labels: CycleLabels, path: Path,
                      printed: dt.date | None = None) -> Path:
    """Write the round's *Aktionsplan og forberedelsesark* to *path* and return *path*.

    *printed* is the date stamped on every page (today when None). ValueError when the course
    has no round *round_number* (the caller checks first and says so in the user's words).
    """
    round_report = find_round(report, round_number)
    if round_report is None:
        raise ValueError(f"no round {round_number}")
    cycle = report.cycle
    round_name = labels.round_name(round_number)
    when = format_date(round_report.round.lesson_date)
    info = DocumentInfo(
        school=report.school.name, title=labels.action_plan_title,
        subtitle=f"{cycle.title}, {round_name}", author=report.school.name,
        subject=", ".join(filter(None, [cycle.title, round_name, round_report.teacher,
                                        report.team_name, when])),
        logo_png=report.school.logo_png, printed=printed, lang=labels.lang)
    return build_document(path, info, action_plan_story(report, round_report, labels),
                          labels.page)


def write_cycle_report(report: CycleReport, labels: CycleLabels, path: Path,
                       printed: dt.date | None = None) -> Path:
    """Write the course's *Forløbsrapport* to *path* as an A4 PDF and return *path*.

    *printed* is the date stamped on every page (today when None); tests pass a fixed date.
    """
    cycle = report.cycle
    info = DocumentInfo(
        school=report.school.name, title=labels.report_title, subtitle=cycle.title,
        author=report.school.name,
        subject=", ".join(filter(None, [cycle.title, report.team_name, cycle.class_label,
                                        cycle.subject, format_date(cycle.started)])),
        logo_png=report.school.logo_png, printed=printed, lang=labels.lang)
    return build_document(path, info, cycle_report_story(report, labels), labels.page)


def action_plan_story(report: CycleReport, round_report: RoundReport,
                      labels: CycleLabels) -> list[Flowable]:
    """The action plan's flowables in reading order, ending with the observers' notes area."""
    round_ = round_report.round
    look = styles()
    cycle = report.cycle
    # When and who first (what an observer looks for), then the class and the team.
    facts = fact_table([
        [Fact(labels.date, format_date(round_.lesson_date)),
         Fact(labels.time, format_time(round_.lesson_time))],
        [Fact(labels.teacher, round_report.teacher),
         Fact(labels.observers, ", ".join(filter(None, round_report.observers)))],
        [Fact(labels.class_label, cycle.class_label), Fact(labels.subject, cycle.subject),
         Fact(labels.team, report.team_name), Fact(labels.coach, report.coach)]],
        label_width=28 * mm)
    plan = [_part(labels.action, round_.action), _part(labels.reason, round_.reason),
            _part(labels.expectation, round_.expectation), _part(labels.lesson, round_.lesson),
            _part(labels.data_to_collect, round_.data_to_collect)]
    preparation = [_part(labels.sequence, round_.lesson_sequence),
                   _part(labels.watch_for, round_.watch_for),
                   _part(labels.focus_students, round_.focus_students),
                   _part(labels.practicalities, round_.practicalities)]
    points = [Paragraph(escape(point), derive(look.bullet, 4), bulletText=f"{number}.")
              for number, point in enumerate(round_.focus_points, start=1)]
    return [
        *_title_block(labels.action_plan_title, cycle.title, labels.round_name(round_.number)),
        *([facts] if facts is not None else []),
        *_section(labels.problem, [_problem_statement(cycle.problem)], labels),
        *_section(labels.action_plan, plan, labels),
        *_section(labels.focus_points, [points], labels),
        *_section(labels.preparation, preparation, labels),
        *_notes_area(labels.notes),
    ]


def cycle_report_story(report: CycleReport, labels: CycleLabels) -> list[Flowable]:
    """The course report's flowables: the facts, the problem statement, every round, and the
    processing of experiences once the course has come that far (or has text there)."""
    cycle = report.cycle
    learning = [_part(labels.learned, cycle.learned), _part(labels.sharing, cycle.sharing)]
    reached = cycle.stage in (CycleStage.LEARNING, CycleStage.CLOSED)
    return [
        *_title_block(labels.report_title, cycle.title),
        *_report_facts(report, labels),
        *_section(labels.problem, [
            _part(labels.wonder, cycle.wonder), _problem_statement(cycle.problem),
            _part(labels.why, cycle.why), _part(labels.goals, cycle.goals),
            _part(labels.signs, cycle.signs),
            _quick_writes(report.quick_writes, labels.quick_writes)], labels),
        *(flowable for round_report in report.rounds
          for flowable in _round(round_report, labels)),
        *(_section(labels.learning, learning, labels)
          if reached or any(learning) else []),
    ]


# -- small helpers -----------------------------------------------------------------------------
@functools.cache
def _callout_style() -> ParagraphStyle:
    """The problem statement: the question the whole course turns on, set a little larger."""
    return ParagraphStyle("plf-callout", parent=styles().body, fontName=FONT_BOLD,
                          fontSize=11, leading=15.5, textColor=NAVY, spaceAfter=4)


def _title_block(kind: str, title: str, round_name: str = "") -> Iterable[Flowable]:
    """The kind of document above the course's title, and the round after it in grey."""
    look = styles()
    yield Paragraph(escape(kind), look.kicker)
    text = escape(title)
    if round_name:
        text += (f'<font color="{markup_colour(MUTED)}">&nbsp;&nbsp;·&nbsp;&nbsp;'
                 f"{escape(round_name)}</font>")
    yield Paragraph(text, look.title)


def _part(heading: str, text: str) -> list[Flowable]:
    """A small navy heading and the text under it; nothing when nothing was written."""
    if not text.strip():
        return []
    look = styles()
    return [CondPageBreak(PART_ROOM), Paragraph(escape(heading), loose(look.label)),
            *paragraphs(text, look.body)]


def _section(heading: str, parts: Sequence[Sequence[Flowable]],
             labels: CycleLabels) -> list[Flowable]:
    """A section of the course: its heading and its parts, or "Ikke udfyldt endnu"."""
    look = styles()
    content = [flowable for part in parts for flowable in part]
    return [CondPageBreak(SECTION_ROOM), Paragraph(escape(heading), loose(look.h1)),
            *(content or [Paragraph(escape(labels.not_filled), look.muted)])]


def _problem_statement(text: str) -> list[Flowable]:
    """The problem statement set apart: a navy rule on its left and a faint tint behind it.

    A table of one cell, so the rule and tint follow the text over a page break, and the text
    is split inside the cell however long it is.
    """
    if not text.strip():
        return []
    box = Table([[paragraphs(text, derive(_callout_style(), space_after=False))]],
                colWidths=[CONTENT_WIDTH], splitInRow=1, hAlign="LEFT")
    box.setStyle(table_style(("LINEBEFORE", (0, 0), (0, -1), 2.5, NAVY),
                              ("BACKGROUND", (0, 0), (-1, -1), TINT),
                              ("LEFTPADDING", (0, 0), (-1, -1), 9),
                              ("RIGHTPADDING", (0, 0), (-1, -1), 9),
                              ("TOPPADDING", (0, 0), (-1, -1), 6),
                              ("BOTTOMPADDING", (0, 0), (-1, -1), 7)))
    return [CondPageBreak(PART_ROOM), box, _gap(6)]


def _gap(points: float) -> Flowable:
    """A little vertical space below a boxed block (Spacers vanish at the top of a page)."""
    return Spacer(1, points)


def _quick_writes(writes: Sequence[tuple[str, str]], heading: str) -> list[Flowable]:
    """Each participant's quick-write beside their name, in a compact ruled table."""
    writes = [(name, text) for name, text in writes if text.strip()]
    if not writes:
        return []
    look = styles()
    text_style = derive(look.cell, space_before=False, space_after=False)
    rows = [[cell(name or "–", look.cell_label), paragraphs(text, text_style)]
            for name, text in writes]
    table = Table(rows, colWidths=[0.24 * CONTENT_WIDTH, 0.76 * CONTENT_WIDTH], splitInRow=1,
                  hAlign="LEFT")
    table.setStyle(table_style(("LINEABOVE", (0, 0), (-1, 0), 0.4, RULE),
                                ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                                ("LEFTPADDING", (0, 0), (0, -1), 0)))
    return [CondPageBreak(PART_ROOM), Paragraph(escape(heading), loose(look.label)), table]


# -- the course report -------------------------------------------------------------------------
def _report_facts(report: CycleReport, labels: CycleLabels) -> list[Flowable]:
    cycle = report.cycle
    if cycle.stage is CycleStage.CLOSED:
        where = Fact(labels.closed, format_date(cycle.closed_on)
                     or labels.step(next_step(cycle).name))
    else:
        step = next_step(cycle)
        name = labels.step(step.name)
        if step.round_number is not None:
            name = f"{labels.round_name(step.round_number)} · {name}"
        where = Fact(labels.status, name)
    facts = fact_table([
        [Fact(labels.team, report.team_name), Fact(labels.class_label, cycle.class_label),
         Fact(labels.subject, cycle.subject), Fact(labels.coach, report.coach),
         Fact(labels.started, format_date(cycle.started)), where],
        [Fact(labels.model, labels.model_name(cycle.model), wide=True),
         Fact(labels.participants, ", ".join(filter(None, report.participants)), wide=True)]],
        label_width=28 * mm)
    return [facts] if facts is not None else []


def _round(round_report: RoundReport, labels: CycleLabels) -> list[Flowable]:
    """One round: what was tried and why, the lesson and who was there, what was seen, what
    the conversation concluded, what was agreed and who takes the next turn."""
    look = styles()
    round_ = round_report.round
    facts = fact_table([[Fact(labels.date, format_date(round_.lesson_date)),
                         Fact(labels.time, format_time(round_.lesson_time))],
                        [Fact(labels.teacher, round_report.teacher),
                         Fact(labels.observers, ", ".join(filter(None, round_report.observers)))]],
                       label_width=28 * mm)
    content = [*_part(labels.action, round_.action), *_part(labels.reason, round_.reason),
               *_part(labels.expectation, round_.expectation),
               *_observation(round_report, labels),
               *_part(labels.summary, round_report.conversation_summary),
               *_part(labels.next_steps, round_report.conversation_next_steps)]
    if round_.conversation_id is not None:
        content += [CondPageBreak(PART_ROOM), *agreements_section(
            round_report.agreements, labels.agreements, labels.none,
            [labels.what, labels.responsible, labels.due, labels.status], labels.enum,
            heading_style=_agreements_heading()), _gap(4)]
    content += _next_time(round_report, labels)
    flowables: list[Flowable] = [CondPageBreak(ROUND_ROOM),
                                 Paragraph(escape(labels.round_name(round_.number)),
                                           loose(look.h1))]
    if facts is not None:
        flowables += [facts, _gap(4)]
    return flowables + (content or [Paragraph(escape(labels.not_filled), look.muted)])


@functools.cache
def _observation_title_style() -> ParagraphStyle:
    """The observation's title, just above the notes quoted from it."""
    return ParagraphStyle("plf-observation-title", parent=styles().body, spaceAfter=3)


@functools.cache
def _agreements_heading() -> ParagraphStyle:
    """A round's *Aftaler* label, a little apart from the table's navy header below it."""
    return ParagraphStyle("plf-round-agreements", parent=loose(styles().label), spaceAfter=4)


def _observation(round_report: RoundReport, labels: CycleLabels) -> list[Flowable]:
    """The round's observation by its title, with up to six of its shared notes."""
    title = round_report.observation_title.strip()
    highlights = [text for text in round_report.observation_highlights if text.strip()]
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


def _next_time(round_report: RoundReport, labels: CycleLabels) -> list[Flowable]:
    """Who teaches, observes and writes the referat next time, on one line: "Underviser
    Łukasz · Observerer Åse · Skriver referat Ida" (the three verbs read as one sentence)."""
    look = styles()
    grey = markup_colour(MUTED)
    parts = [f'<font color="{grey}">{escape(verb)}</font>&nbsp;{escape(name)}'
             for verb, name in ((labels.teaches, round_report.next_teacher),
                                (labels.observes, round_report.next_observer),
                                (labels.writes_referat, round_report.referent))
             if name.strip()]
    if not parts:
        return []
    separator = f'&nbsp;&nbsp;<font color="{grey}">·</font>&nbsp;&nbsp; '
    return [CondPageBreak(PART_ROOM), Paragraph(escape(labels.next_time), loose(look.label)),
            Paragraph(separator.join(parts), look.body)]


# -- the observers' notes ----------------------------------------------------------------------
class WritingLines(Flowable):
    """Ruled lines for handwriting that fill the rest of the page, within limits.

    With fewer than *least* lines of room left the lines move whole to the next page, where
    they stop at *most*: a short notes area, never a page that looks like a form.
    """

    def __init__(self, spacing: float = LINE_SPACING, least: int = LEAST_LINES,
                 most: int = MOST_LINES) -> None:
        super().__init__()
        self.spacing = spacing
        self.least = least
        self.most = most
        self.lines = least

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.lines = max(self.least, min(self.most, int(availHeight // self.spacing)))
        self.width = availWidth
        self.height = self.lines * self.spacing
        return self.width, self.height

    def draw(self) -> None:
        canv = self.canv
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.6)
        for line in range(1, self.lines + 1):
            y = self.height - line * self.spacing
            canv.line(0, y, self.width, y)


def _notes_area(heading: str) -> list[Flowable]:
    look = styles()
    return [CondPageBreak(LEAST_LINES * LINE_SPACING + 16 * mm),
            Paragraph(escape(heading), loose(look.h1)), WritingLines()]
