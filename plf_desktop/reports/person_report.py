"""The printed answer to a request for access (*indsigt*): everything stored about a person.

Reads like the data subject would ask: who are you registering me as, in which teams, which
meetings, agreements, observations, conversations, courses and collaborations am I part of
and in which role, and what is written there. Records that only name the person in their text
come last, under their own heading. A copy with the observer's private notes says so on every
page. Every fixed word arrives translated in :class:`PersonReportLabels`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import field
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer

from plf_desktop.domain.dates import format_date
from plf_desktop.domain.person_data import (
    PART_LABELS,
    Part,
    PersonData,
    PersonRecord,
    RecordKind,
    TextBlock,
)
from plf_desktop.domain.record_type import frozen_record
from plf_desktop.reports.house_style import (
    ALERT,
    INDENT,
    DocumentInfo,
    Fact,
    PageLabels,
    build_document,
    data_table,
    derive,
    escape,
    fact_table,
    fill,
    loose,
    markup_colour,
    paragraphs,
    styles,
)

SECTION_ROOM = 45 * mm  # a section heading needs its first record under it on the page
RECORD_ROOM = 28 * mm  # a record's heading needs its facts and a first line of text
TEXT_ROOM = 12 * mm  # a text's label is not left alone at the foot of a page
COMPACT = {"observation_notes", "conversation_notes"}
_OWN = {RecordKind.AGREEMENT: "agreements"}
"""The table a record of a kind is itself, where its own rows need no group heading."""
"""Rows printed under their own heading (a note's lesson time, a question), not a label."""


@frozen_record
class PersonReportLabels:
    """Every fixed text of the report, already translated by the caller.

    *sections* names each kind of record ("Møder"); *parts* says how the person takes part
    ("Tovholder"); *fields* labels each text by ``table.column`` ("agenda_items.notes":
    "Referat"); *numbered* is the heading of a numbered row by table ("cycle_rounds":
    "Runde {number}"); *groups* heads rows that have no heading of their own ("agreements":
    "Aftaler" under a meeting); *statuses* translates agreement status codes. A missing label
    falls back to the English source (parts) or the column's name (fields), so a new column
    still prints.
    """

    page: PageLabels
    document_title: str  # "Persondata"
    intro: str
    intro_private: str
    intro_no_private: str
    name: str
    initials: str
    role: str
    note: str
    registered: str  # "Oprettet"
    in_trash: str  # "I papirkurven"
    private_notes: str  # "Private noter"
    included: str  # "Medtaget"
    not_included: str  # "Ikke medtaget"
    yes: str
    overview: str  # "Overblik"
    kind: str  # "Type"
    count: str  # "Antal"
    private: str  # "Privat"
    with_private: str  # "Med private noter"
    mentioned: str  # "Nævnt i teksten i andre registreringer"
    roles: Mapping[str, str] = field(default_factory=dict)  # Role code → label
    sections: Mapping[RecordKind, str] = field(default_factory=dict)
    parts: Mapping[Part, str] = field(default_factory=dict)
    fields: Mapping[str, str] = field(default_factory=dict)
    numbered: Mapping[str, str] = field(default_factory=dict)
    groups: Mapping[str, str] = field(default_factory=dict)
    statuses: Mapping[str, str] = field(default_factory=dict)
    lang: str = "da-DK"

    def part(self, part: Part) -> str:
        """How the person takes part, in words."""
        return self.parts.get(part) or PART_LABELS[part]

    def field(self, source: str, column: str) -> str:
        """The label of one text of a row."""
        return self.fields.get(f"{source}.{column}") or column


def write_person_report(data: PersonData, labels: PersonReportLabels, path: Path,
                        printed: dt.date | None = None) -> Path:
    """Write the access report for *data* to *path* as an A4 PDF and return *path*."""
    subtitle = " · ".join(filter(None, [data.person.name,
                                        labels.with_private if data.include_private else ""]))
    info = DocumentInfo(school=data.school.name, title=labels.document_title, subtitle=subtitle,
                        author=data.school.name, subject=data.person.name,
                        logo_png=data.school.logo_png, printed=printed, lang=labels.lang)
    return build_document(path, info, person_story(data, labels), labels.page)


def person_story(data: PersonData, labels: PersonReportLabels) -> list[Flowable]:
    """The report's flowables: the person, an overview, then one section per kind."""
    story = [*_title_block(data, labels), *_overview(data, labels)]
    for kind in RecordKind:
        records = [r for r in data.of_kind(kind) if Part.MENTIONED not in r.parts]
        story += _section(labels.sections.get(kind, kind.value), records, labels)
    mentioned = [r for r in data.records if Part.MENTIONED in r.parts]
    story += _section(labels.mentioned, mentioned, labels, show_kind=True)
    return story


def _title_block(data: PersonData, labels: PersonReportLabels) -> Iterable[Flowable]:
    look = styles()
    person = data.person
    kicker = escape(labels.document_title)
    if data.include_private:
        kicker += (f'&nbsp;&nbsp;<font color="{markup_colour(ALERT)}">'
                   f"{escape(labels.with_private)}</font>")
    yield Paragraph(kicker, look.kicker)
    yield Paragraph(escape(person.name), look.title)
    facts = fact_table([
        [Fact(labels.name, person.name), Fact(labels.initials, person.initials),
         Fact(labels.role, labels.roles.get(person.role.value, person.role.value)),
         Fact(labels.registered, format_date(_day(person.created_at)))],
        [Fact(labels.note, person.note, wide=True)],
        [Fact(labels.in_trash, labels.yes if data.person_in_trash else ""),
         Fact(labels.private_notes, labels.included if data.include_private
              else labels.not_included)]])
    if facts is not None:
        yield facts
        yield Spacer(1, 8)
    yield from paragraphs(labels.intro, look.body)
    yield from paragraphs(labels.intro_private if data.include_private
                          else labels.intro_no_private, look.muted)


def _day(stamp: str) -> dt.date | None:
    try:
        return dt.datetime.fromisoformat(stamp).date() if stamp else None
    except ValueError:
        return None


def _overview(data: PersonData, labels: PersonReportLabels) -> Iterable[Flowable]:
    """How many records of each kind: the table of contents of the report."""
    look = styles()
    yield Paragraph(escape(labels.overview), look.h1)
    rows = [[labels.sections.get(kind, kind.value),
             str(sum(1 for r in data.of_kind(kind) if Part.MENTIONED not in r.parts))]
            for kind in RecordKind if kind is not RecordKind.PERSON]
    rows.append([labels.mentioned, str(sum(1 for r in data.records
                                           if Part.MENTIONED in r.parts))])
    yield data_table([labels.kind, labels.count], rows, (0.8, 0.2))


def _section(heading: str, records: list[PersonRecord], labels: PersonReportLabels, *,
             show_kind: bool = False) -> list[Flowable]:
    """A kind of record: its heading with the count, then each record; left out when empty,
    since the overview already says there are none."""
    if not records:
        return []
    look = styles()
    story: list[Flowable] = [CondPageBreak(SECTION_ROOM),
                             Paragraph(escape(f"{heading} ({len(records)})"), loose(look.h1))]
    for number, record in enumerate(records, start=1):
        story += _record(number, record, labels, show_kind)
    return story


def _record(number: int, record: PersonRecord, labels: PersonReportLabels,
            show_kind: bool) -> list[Flowable]:
    look = styles()
    meta = [labels.sections.get(record.kind, record.kind.value) if show_kind else "",
            format_date(record.date), record.team,
            labels.statuses.get(record.status, record.status) if record.status else "",
            ", ".join(labels.part(p) for p in record.parts)]
    heading = escape(record.title)
    if record.in_trash:
        heading += (f'&nbsp;&nbsp;<font color="{markup_colour(ALERT)}" size="8">'
                    f"{escape(labels.in_trash.upper())}</font>")
    story: list[Flowable] = [CondPageBreak(RECORD_ROOM),
                             Paragraph(heading, look.h2, bulletText=f"{number}."),
                             Paragraph(escape(" · ".join(filter(None, meta))),
                                       derive(look.meta, INDENT))]
    last_heading = ""
    for block in record.texts:
        title = _block_heading(block, record.kind, labels)
        if block.source in COMPACT:
            story += _block(block, labels, title)
            continue
        if title and title != last_heading:
            story.append(Paragraph(escape(title), derive(look.h3, INDENT)))
        last_heading = title
        story += _block(block, labels)
    return story


def _block_heading(block: TextBlock, kind: RecordKind, labels: PersonReportLabels) -> str:
    """"Runde 2", an agenda item's title, or "Aftaler" over a meeting's agreements."""
    if block.number is not None and block.source in labels.numbered:
        numbered = fill(labels.numbered[block.source], number=block.number)
        return " – ".join(filter(None, [numbered, block.heading]))
    if not block.heading and block.source != _OWN.get(kind):
        return labels.groups.get(block.source, "")
    return block.heading


def _block(block: TextBlock, labels: PersonReportLabels, compact_heading: str = "",
           ) -> list[Flowable]:
    """A row's texts, each under its label. A compact row (a note) is headed by its own
    heading (the lesson time, the question) instead of its first text's label."""
    look = styles()
    story: list[Flowable] = []
    for index, (column, text) in enumerate(block.fields):
        compact = block.source in COMPACT and index == 0
        name = escape(compact_heading if compact else labels.field(block.source, column))
        if block.private:
            name += (f'&nbsp;&nbsp;<font color="{markup_colour(ALERT)}">'
                     f"{escape(labels.private.upper())}</font>")
        if name:
            story += [CondPageBreak(TEXT_ROOM),
                      Paragraph(name, derive(loose(look.label), INDENT))]
        story += paragraphs(text, derive(look.body, INDENT))
    return story
