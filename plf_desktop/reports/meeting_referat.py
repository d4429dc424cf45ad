"""The printed referat of a PLF meeting, in the house style.

Reads like the meeting went: who met where and in which roles, which earlier agreements were
followed up, what was said and decided under each agenda item, which data the team looked at,
what was agreed (hvad, hvem, hvornår), when the team meets next and how the meeting went.
Every fixed word arrives already translated in :class:`ReferatLabels`, so this module never
needs Qt and the CLI prints the very same file as the window.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import field
from enum import StrEnum
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer

from plf_desktop.domain.dates import format_date, format_time
from plf_desktop.domain.labels import Attendance, label
from plf_desktop.domain.record_type import frozen_record
from plf_desktop.domain.records import AgendaItem, DataReference, MeetingReport
from plf_desktop.reports.house_style import (
    ALERT,
    INDENT,
    NAVY,
    DocumentInfo,
    Fact,
    PageLabels,
    agreements_section,
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
    time_span,
)

# Room a heading needs below it before it may start a page's last stretch (as in the other
# documents): a section heading with the start of its table or text, an agenda item's title
# with its facts line and a few lines of its referat, a small label with a few lines. The
# headings are kept with their text by this room rather than by keepWithNext, which moves a
# heading together with its whole next paragraph or table and so left half a page empty
# before a long referat or a long list of follow-ups.
SECTION_ROOM = 30 * mm
ITEM_ROOM = 28 * mm
PART_ROOM = 22 * mm


@frozen_record
class ReferatLabels:
    """Every fixed text of the referat, already translated by the caller.

    *minutes* is a template with ``{minutes}``; *enums* maps enum values (agenda item types,
    agreement statuses, data sources and levels) to their translated labels, falling back to
    the English source label for any value it lacks.
    """

    page: PageLabels
    document_title: str  # "Referat"
    team: str
    date: str
    time: str
    place: str
    chair: str
    minute_taker: str
    timekeeper: str
    participants: str
    absent: str
    follow_up: str
    from_meeting: str
    agenda: str
    minutes: str  # "{minutes} min."
    responsible: str
    decisions: str
    data: str
    period: str
    level: str
    confidential: str
    agreements: str
    what: str
    due: str
    status: str
    none: str
    next_meeting: str
    not_set: str
    note: str
    evaluation: str
    rating: str
    enums: Mapping[StrEnum, str] = field(default_factory=dict)
    lang: str = "da-DK"

    def enum(self, value: StrEnum) -> str:
        """The translated label of an enum value."""
        return self.enums.get(value) or label(value)


def write_meeting_referat(report: MeetingReport, labels: ReferatLabels, path: Path,
                          printed: dt.date | None = None) -> Path:
    """Write the meeting's referat to *path* as an A4 PDF and return *path*.

    *printed* is the date stamped on every page (today when None).
    """
    meeting = report.meeting
    when = format_date(meeting.date)
    info = DocumentInfo(
        school=report.school.name, title=labels.document_title,
        subtitle=f"{meeting.title}, {when}", author=report.school.name,
        subject=", ".join(filter(None, [meeting.title, report.team_name, when])),
        logo_png=report.school.logo_png, printed=printed, lang=labels.lang)
    return build_document(path, info, referat_story(report, labels), labels.page)


def referat_story(report: MeetingReport, labels: ReferatLabels) -> list[Flowable]:
    """The referat's flowables in reading order; empty sections are left out."""
    return [*_title_block(report, labels), *_follow_ups(report, labels),
            *_agenda(report, labels), *_data(report.meeting.data_references, labels),
            *_agreements(report, labels), *_next_meeting(report, labels),
            *_evaluation(report, labels)]


def _name(report: MeetingReport, person_id: str | None) -> str:
    return report.people.get(person_id, "") if person_id else ""


def _names(report: MeetingReport, attendance: Attendance) -> str:
    return ", ".join(_name(report, p.person_id) for p in report.meeting.participants
                     if p.attendance is attendance)


def _time_span(report: MeetingReport) -> str:
    """"14:00–15:00" from the start time and the agenda's time boxes."""
    meeting = report.meeting
    return time_span(meeting.date, meeting.start_time, meeting.total_minutes)


def _title_block(report: MeetingReport, labels: ReferatLabels) -> Iterable[Flowable]:
    look = styles()
    meeting = report.meeting
    yield Paragraph(escape(labels.document_title), look.kicker)
    yield Paragraph(escape(meeting.title), look.title)
    facts = fact_table([
        [Fact(labels.team, report.team_name), Fact(labels.date, format_date(meeting.date)),
         Fact(labels.place, meeting.place), Fact(labels.time, _time_span(report))],
        [Fact(labels.chair, _name(report, meeting.chair_id)),
         Fact(labels.minute_taker, _name(report, meeting.minute_taker_id)),
         Fact(labels.timekeeper, _name(report, meeting.timekeeper_id))],
        [Fact(labels.participants, _names(report, Attendance.PRESENT), wide=True),
         Fact(labels.absent, _names(report, Attendance.ABSENT), wide=True)]])
    if facts is not None:
        yield facts


def _follow_ups(report: MeetingReport, labels: ReferatLabels) -> Iterable[Flowable]:
    if not report.follow_ups:
        return
    yield CondPageBreak(SECTION_ROOM)
    yield Paragraph(escape(labels.follow_up), loose(styles().h1))
    yield data_table(
        [labels.what, labels.responsible, labels.from_meeting, labels.status],
        [[f.agreement.what, f.responsible_name,
          ", ".join(filter(None, [f.source_title, format_date(f.source_date)])),
          labels.enum(f.reviewed_status or f.agreement.status)] for f in report.follow_ups],
        (0.42, 0.2, 0.26, 0.12))


def _agenda(report: MeetingReport, labels: ReferatLabels) -> Iterable[Flowable]:
    if not report.meeting.agenda:
        return
    yield CondPageBreak(SECTION_ROOM + ITEM_ROOM - 12 * mm)
    yield Paragraph(escape(labels.agenda), loose(styles().h1))
    for number, item in enumerate(report.meeting.agenda, start=1):
        if number > 1:
            yield CondPageBreak(ITEM_ROOM)
        yield from _agenda_item(report, labels, number, item)


def _agenda_item(report: MeetingReport, labels: ReferatLabels, number: int,
                 item: AgendaItem) -> Iterable[Flowable]:
    look = styles()
    yield Paragraph(escape(item.title), loose(look.h2), bulletText=f"{number}.")
    responsible = _name(report, item.responsible_id)
    meta = [labels.enum(item.kind), fill(labels.minutes, minutes=item.minutes),
            f"{labels.responsible}: {responsible}" if responsible else ""]
    yield Paragraph(escape(" · ".join(filter(None, meta))), derive(loose(look.meta), INDENT))
    yield from paragraphs(item.description, derive(look.muted, INDENT))
    yield from paragraphs(item.notes, derive(look.body, INDENT))
    if item.decisions:
        yield Paragraph(escape(labels.decisions), derive(look.label, INDENT))
        for decision in item.decisions:
            yield Paragraph(escape(decision.text), derive(look.bullet, INDENT), bulletText="•")


def _data(references: Iterable[DataReference], labels: ReferatLabels) -> Iterable[Flowable]:
    look = styles()
    references = list(references)
    if not references:
        return
    yield CondPageBreak(SECTION_ROOM + PART_ROOM - 12 * mm)
    yield Paragraph(escape(labels.data), loose(look.h1))
    for number, ref in enumerate(references):
        if number:
            yield CondPageBreak(PART_ROOM)
        heading = escape(labels.enum(ref.source))
        if ref.confidential:
            heading += (f'&nbsp;&nbsp;<font color="{markup_colour(ALERT)}" size="8">'
                        f"{escape(labels.confidential.upper())}</font>")
        yield Paragraph(heading, loose(look.h3))
        meta = [f"{labels.period}: {ref.period}" if ref.period.strip() else "",
                f"{labels.level}: {labels.enum(ref.level)}"]
        yield Paragraph(escape(" · ".join(filter(None, meta))), loose(look.meta))
        yield from paragraphs(ref.summary, look.body)


def _agreements(report: MeetingReport, labels: ReferatLabels) -> Iterable[Flowable]:
    return agreements_section(report.agreements, labels.agreements, labels.none,
                              [labels.what, labels.responsible, labels.due, labels.status],
                              labels.enum)


def _next_meeting(report: MeetingReport, labels: ReferatLabels) -> Iterable[Flowable]:
    look = styles()
    meeting = report.meeting
    yield CondPageBreak(SECTION_ROOM)
    yield Paragraph(escape(labels.next_meeting), loose(look.h1))
    facts = fact_table([[Fact(labels.date, format_date(meeting.next_date)),
                         Fact(labels.time, format_time(meeting.next_time)),
                         Fact(labels.place, meeting.next_place, wide=True)]])
    if facts is not None:
        yield facts
    if meeting.next_note.strip():
        yield Spacer(1, 6)
        yield CondPageBreak(PART_ROOM)
        yield Paragraph(escape(labels.note), loose(look.label))
        yield from paragraphs(meeting.next_note, look.body)
    elif facts is None:
        yield Paragraph(escape(labels.not_set), look.body)


def _evaluation(report: MeetingReport, labels: ReferatLabels) -> Iterable[Flowable]:
    look = styles()
    meeting = report.meeting
    if meeting.evaluation_rating is None and not meeting.evaluation_note.strip():
        return
    yield CondPageBreak(SECTION_ROOM)
    yield Paragraph(escape(labels.evaluation), loose(look.h1))
    if meeting.evaluation_rating is not None:
        rating = meeting.evaluation_rating
        stars = "★" * rating + "☆" * (5 - rating)
        yield Paragraph(f"{escape(labels.rating)}: <b>{rating}/5</b>&nbsp;&nbsp;"
                        f'<font color="{markup_colour(NAVY)}">{stars}</font>', look.body)
    yield from paragraphs(meeting.evaluation_note, look.body)
