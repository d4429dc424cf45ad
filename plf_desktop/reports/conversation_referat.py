"""The printed referat of a didactic conversation (*didaktisk samtale*), in the house style.

Reads like the conversation went: who talked with whom and with which model, the *kontrakt*
they agreed on (formål, indhold and the data it builds on, with the linked observations), then
each phase of the model in order with the guiding questions that were answered and what was
said under them, the fokusperson's *opsamling*, the next steps and the agreements (hvad, hvem,
hvornår). A phase nobody wrote under still prints, with "Ingen noter", so the referat shows the
whole model and not only the parts that were written down.

Every fixed word arrives already translated in :class:`ConversationLabels`, so this module
never needs Qt and the CLI prints the very same file as the window.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable, Mapping
from dataclasses import field
from enum import StrEnum
from pathlib import Path

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Paragraph

from plf_desktop.domain.conversation_templates import ConversationPhase
from plf_desktop.domain.conversations import PHASE_NOTE, ConversationReport, LinkedObservation
from plf_desktop.domain.dates import format_date
from plf_desktop.domain.labels import label
from plf_desktop.domain.record_type import frozen_record
from plf_desktop.reports.house_style import (
    INDENT,
    MUTED,
    DocumentInfo,
    Fact,
    PageLabels,
    agreements_section,
    build_document,
    derive,
    escape,
    fact_table,
    fill,
    loose,
    markup_colour,
    paragraphs,
    styles,
    time_span,
)

# Room a heading needs below it before it may start a page's last stretch: a phase heading
# with its facts line, its first question and a few lines of the answer; a question (or a
# small label) with a few lines of its answer. Without it a heading could end a page alone.
PHASE_ROOM = 38 * mm
QUESTION_ROOM = 22 * mm
SECTION_ROOM = 30 * mm


@frozen_record
class ConversationLabels:
    """Every fixed text of the conversation referat, already translated by the caller.

    Templates: *version* ``{version}``, *minutes* ``{minutes}``. *enums* maps agreement
    statuses to their translated labels, falling back to the English source label for any
    value it lacks.
    """

    page: PageLabels
    document_title: str  # "Referat af didaktisk samtale"
    date: str
    time: str
    model: str  # "Model"
    version: str  # "version {version}"
    focus_person: str  # "Fokusperson"
    participants: str
    team: str
    contract: str  # "Kontrakt"
    purpose: str  # "Formål"
    content: str  # "Indhold"
    data_basis: str  # "Data samtalen bygger på"
    observations: str  # "Observationer"
    phases: str  # "Faser"
    speaks_most: str  # "Taler mest"
    minutes: str  # "{minutes} min."
    no_notes: str  # "Ingen noter"
    other_notes: str  # "Øvrige noter": the phase's own note after its answered questions
    summary: str  # "Opsamling"
    next_steps: str  # "Næste skridt"
    agreements: str
    what: str
    responsible: str
    due: str
    status: str
    none: str
    enums: Mapping[StrEnum, str] = field(default_factory=dict)
    lang: str = "da-DK"

    def enum(self, value: StrEnum) -> str:
        """The translated label of an enum value."""
        return self.enums.get(value) or label(value)


def write_conversation_referat(report: ConversationReport, labels: ConversationLabels,
                               path: Path, printed: dt.date | None = None) -> Path:
    """Write the conversation's referat to *path* as an A4 PDF and return *path*.

    *printed* is the date stamped on every page (today when None); tests pass a fixed date.
    """
    conversation = report.conversation
    title = _title(report)
    when = format_date(conversation.date)
    info = DocumentInfo(
        school=report.school.name, title=labels.document_title, subtitle=f"{title}, {when}",
        author=report.school.name,
        subject=", ".join(filter(None, [title, report.focus_person, report.team_name, when])),
        logo_png=report.school.logo_png, printed=printed, lang=labels.lang)
    return build_document(path, info, conversation_story(report, labels), labels.page)


def conversation_story(report: ConversationReport,
                       labels: ConversationLabels) -> list[Flowable]:
    """The referat's flowables in reading order.

    Empty sections are left out, except the phases (each one is printed, so the model is
    visible whole) and the agreements (which say "Ingen" rather than vanish).
    """
    return [*_title_block(report, labels), *_contract(report, labels),
            *_phases(report, labels),
            *_text_section(labels.summary, report.conversation.summary),
            *_text_section(labels.next_steps, report.conversation.next_steps),
            *agreements_section(report.agreements, labels.agreements, labels.none,
                                [labels.what, labels.responsible, labels.due, labels.status],
                                labels.enum)]


# -- small helpers -----------------------------------------------------------------------------
def _title(report: ConversationReport) -> str:
    conversation = report.conversation
    return conversation.title.strip() or conversation.template.name


@functools.cache
def _question_style() -> ParagraphStyle:
    """A guiding question: the house's muted italic, a little apart from the answer above
    and close to its own answer below, so each question and answer read as one pair."""
    return ParagraphStyle("plf-question", parent=loose(styles().muted), spaceBefore=4,
                          spaceAfter=1.5)


# -- the header and the kontrakt ---------------------------------------------------------------
def _title_block(report: ConversationReport,
                 labels: ConversationLabels) -> Iterable[Flowable]:
    look = styles()
    conversation = report.conversation
    template = conversation.template
    yield Paragraph(escape(labels.document_title), look.kicker)
    yield Paragraph(escape(_title(report)), look.title)
    model = ", ".join(filter(None, [template.name.strip(),
                                    fill(labels.version, version=template.version)]))
    facts = fact_table([
        [Fact(labels.date, format_date(conversation.date)),
         Fact(labels.time, time_span(conversation.date, conversation.start_time,
                                     template.total_minutes)),
         Fact(labels.focus_person, report.focus_person),
         Fact(labels.team, report.team_name)],
        [Fact(labels.participants, ", ".join(filter(None, report.participants)), wide=True),
         Fact(labels.model, model, wide=True)]])
    if facts is not None:
        yield facts


def _contract(report: ConversationReport, labels: ConversationLabels) -> Iterable[Flowable]:
    look = styles()
    conversation = report.conversation
    parts = [(heading, text) for heading, text in (
        (labels.purpose, conversation.purpose), (labels.content, conversation.content),
        (labels.data_basis, conversation.data_basis)) if text.strip()]
    if not parts and not report.observations:
        return
    yield CondPageBreak(SECTION_ROOM)
    yield Paragraph(escape(labels.contract), loose(look.h1))
    for heading, text in parts:
        yield CondPageBreak(QUESTION_ROOM)
        yield Paragraph(escape(heading), loose(look.label))
        yield from paragraphs(text, look.body)
    if report.observations:
        yield CondPageBreak(QUESTION_ROOM)
        yield Paragraph(escape(labels.observations), look.label)
        for observation in report.observations:
            yield _observation_line(observation)


def _observation_line(observation: LinkedObservation) -> Paragraph:
    """"• 5.A dansk – Åse Bækgård   03.11.2026": the title, then its date in grey."""
    text = escape(observation.title.strip())
    when = format_date(observation.date)
    if when:
        text += f'&nbsp;&nbsp;&nbsp;<font color="{markup_colour(MUTED)}">{when}</font>'
    return Paragraph(text, styles().bullet, bulletText="•")


# -- the phases --------------------------------------------------------------------------------
def _phases(report: ConversationReport, labels: ConversationLabels) -> Iterable[Flowable]:
    phases = report.conversation.template.phases
    if not phases:
        return
    # Room for the section heading and the first phase's start, so neither ends a page.
    yield CondPageBreak(SECTION_ROOM + PHASE_ROOM - 12 * mm)
    yield Paragraph(escape(labels.phases), loose(styles().h1))
    for index, phase in enumerate(phases):
        if index:
            yield CondPageBreak(PHASE_ROOM)
        yield from _phase(report, labels, index, phase)


def _note(report: ConversationReport, phase: int, question: int) -> str:
    text = report.notes.get((phase, question), "")
    return text if text.strip() else ""


def _phase(report: ConversationReport, labels: ConversationLabels, index: int,
           phase: ConversationPhase) -> Iterable[Flowable]:
    look = styles()
    yield Paragraph(escape(phase.title), loose(look.h2), bulletText=f"{index + 1}.")
    meta = [f"{labels.speaks_most}: {phase.speaker.strip()}" if phase.speaker.strip() else "",
            fill(labels.minutes, minutes=phase.minutes) if phase.minutes else ""]
    if any(meta):
        yield Paragraph(escape(" · ".join(filter(None, meta))),
                        derive(loose(look.meta), INDENT))
    answered = [(question.text, note) for number, question in enumerate(phase.questions)
                if (note := _note(report, index, number))]
    # Notes stored under a question the frozen template does not have (it cannot happen
    # through the app) are still printed: a referat must never lose what was written.
    others = [note for (p, q), _ in sorted(report.notes.items())
              if p == index and q != PHASE_NOTE and not 0 <= q < len(phase.questions)
              and (note := _note(report, p, q))]
    if own := _note(report, index, PHASE_NOTE):
        others.append(own)
    if not answered and not others:
        yield Paragraph(escape(labels.no_notes), derive(look.muted, INDENT))
        return
    question_style = derive(_question_style(), INDENT)
    for number, (question, note) in enumerate(answered):
        if number:
            yield CondPageBreak(QUESTION_ROOM)
        yield Paragraph(escape(question), question_style)
        yield from paragraphs(note, derive(look.body, INDENT))
    if others and answered:
        yield CondPageBreak(QUESTION_ROOM)
        yield Paragraph(escape(labels.other_notes), derive(loose(look.label), INDENT))
    for note in others:
        yield from paragraphs(note, derive(look.body, INDENT))


# -- opsamling and næste skridt ----------------------------------------------------------------
def _text_section(heading: str, text: str) -> Iterable[Flowable]:
    if not text.strip():
        return
    yield CondPageBreak(SECTION_ROOM)
    yield Paragraph(escape(heading), loose(styles().h1))
    yield from paragraphs(text, styles().body)
