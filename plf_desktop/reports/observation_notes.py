"""The printed *Observationsnoter*: what the observer hands the observed teacher.

Reads like the lesson went: what was agreed beforehand (the header, the formøde and the
observationsfokus), how the lesson ran (the co-teaching models and activity forms as timeline
bars), what was seen and what the observer wonders, kept in two columns, then who took part (the
seating chart and a participation chart) and the co-teaching look-fors. The observer's private
notes are printed only when the caller asks for them.

Every chart is a reportlab drawing in the house font, and every colour is doubled by a pattern,
a number or a word, so the page reads the same from a black-and-white school printer. Every
fixed word arrives translated in :class:`ObservationLabels`; this module never needs Qt.
"""

from __future__ import annotations

import datetime as dt
import functools
import math
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import field
from enum import StrEnum
from pathlib import Path

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Circle, Drawing, Group, Line, Rect, String
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer, Table

from plf_desktop.domain.dates import format_date, format_time
from plf_desktop.domain.labels import ActivityForm, CoTeachingModel, label
from plf_desktop.domain.observations import (
    LOOK_FORS,
    LessonEvent,
    ObservationNote,
    ObservationReport,
    Seat,
    contribution_counts,
    contribution_spread,
    observation_title,
)
from plf_desktop.domain.palette import ACTIVITY_COLOURS, MODEL_COLOURS, UNKNOWN_COLOUR
from plf_desktop.domain.record_type import frozen_record
from plf_desktop.reports.house_style import (
    ALERT,
    CONTENT_WIDTH,
    FONT,
    FONT_BOLD,
    INK,
    MUTED,
    NAVY,
    RULE,
    DocumentInfo,
    Fact,
    PageLabels,
    build_document,
    data_table,
    derive,
    escape,
    fact_table,
    fill,
    markup_colour,
    paragraphs,
    styles,
    table_style,
    text_shapes,
    text_width,
)


@frozen_record
class ObservationLabels:
    """Every fixed text of the observation notes, already translated by the caller.

    Templates: *minutes* ``{minutes}``, *focus_number* ``{number}``, *looked_fors* ``{seen}``
    and ``{total}``. *enums* maps note categories, co-teaching models and activity forms to
    their translated labels (the English source label for any it lacks); *look_for_texts* are
    the translated look-fors in :data:`LOOK_FORS` order.
    """

    page: PageLabels
    document_title: str  # "Observationsnoter"
    date: str
    time: str
    duration: str
    class_label: str  # "Klasse/årgang"
    subject: str
    students: str
    adults: str  # "Undervisere"
    observer: str
    team: str
    purpose: str  # "Hvorfor denne lektion"
    planned_models: str
    pre_meeting: str  # "Formøde"
    observer_position: str
    feedback_time: str
    focus: str  # "Observationsfokus"
    focus_number: str  # "Fokus {number}"
    lesson: str  # "Lektionens forløb"
    models: str  # "Co-teaching-modeller"
    activities: str  # "Aktivitetsformer"
    not_logged: str
    noise: str  # "Støjniveau (1–5)"
    minutes: str  # "{minutes} min."
    notes: str
    note_time: str  # "Tid"
    observation: str  # "Iagttagelse"
    interpretation: str  # "Tolkning / undren"
    no_notes: str
    private: str  # "Privat", the mark on a private note
    seating: str  # "Pladsoversigt"
    seating_help: str
    never_heard: str  # "Aldrig hørt"
    participation: str  # "Deltagelse"
    spread_title: str
    spread_axis: str  # "Elever"
    spread_categories: tuple[str, str, str, str]  # 0, 1, 2, 3+ times
    kind: str  # "Type"
    count: str  # "Antal"
    different_students: str  # "Elever": how many different students took part that way
    look_fors: str  # "Kendetegn på co-teaching"
    looked_fors: str  # "{seen} af {total} set"
    private_notes: str  # "Private noter"
    with_private: str  # "Med private noter": marks every page of a copy that holds them
    private_warning: str
    look_for_texts: tuple[str, ...] = LOOK_FORS
    enums: Mapping[StrEnum, str] = field(default_factory=dict)
    lang: str = "da-DK"

    def enum(self, value: StrEnum) -> str:
        """The translated label of an enum value."""
        return self.enums.get(value) or label(value)


# -- colours and patterns ----------------------------------------------------------------------
# The window's colours (domain.palette), so the paper matches the screen. They are not all
# apart in grey, so each also gets a pattern and a number.
PATTERNS = ("solid", "diagonal", "horizontal", "dots", "vertical", "cross", "back-diagonal")
MAX_ROOM_HEIGHT = 150 * mm  # the seating chart's grid, so it fits a page with its heading
MIN_NOTE_SPLIT = 30  # points of a note that must fit before it is split over a page
HATCH = colors.Color(0.11, 0.14, 0.17, alpha=0.55)
# Seats shade from white (never heard) to navy (3 times or more).
SEAT_SHADES = (colors.white, colors.HexColor("#dbe4ef"), colors.HexColor("#9db3cf"),
               colors.HexColor("#1f3a5f"))


def write_observation_notes(report: ObservationReport, labels: ObservationLabels, path: Path,
                            printed: dt.date | None = None) -> Path:
    """Write the observation notes to *path* as an A4 PDF and return *path*.

    *printed* is the date stamped on every page (today when None). Private notes are printed
    only when ``report.include_private`` is set.
    """
    observation = report.observation
    title = _title(report)
    when = format_date(observation.date)
    # A copy with private notes says so on every page, so it is not handed over by mistake.
    subtitle = " · ".join(filter(None, [f"{title}, {when}",
                                        labels.with_private if report.include_private else ""]))
    info = DocumentInfo(
        school=report.school.name, title=labels.document_title, subtitle=subtitle,
        author=report.school.name, subject=", ".join(filter(None, [title, report.team_name])),
        logo_png=report.school.logo_png, printed=printed, lang=labels.lang)
    return build_document(path, info, observation_story(report, labels), labels.page)


def observation_story(report: ObservationReport, labels: ObservationLabels) -> list[Flowable]:
    """The notes' flowables in reading order; empty sections are left out."""
    return [*_title_block(report, labels), *_pre_meeting(report, labels),
            *_focus(report, labels), *_lesson(report, labels), *_notes(report, labels),
            *_seating(report, labels), *_participation(report, labels),
            *_look_fors(report, labels), *_private(report, labels)]


# -- small helpers -----------------------------------------------------------------------------
def lesson_clock(seconds: float) -> str:
    """A lesson time as ``mm:ss`` (minutes keep counting past the hour: ``75:02``)."""
    whole = max(0, int(seconds))
    return f"{whole // 60:02d}:{whole % 60:02d}"


def _minutes(labels: ObservationLabels, seconds: float) -> str:
    minutes = seconds / 60
    shown = "<1" if 0 < minutes < 0.5 else str(round(minutes))
    return fill(labels.minutes, minutes=shown)


def _shared(report: ObservationReport) -> list[ObservationNote]:
    """The notes to print: private ones only when the caller asked for them."""
    return [n for n in report.notes if report.include_private or not n.private]


def _teachers(report: ObservationReport) -> list[str]:
    return [name for a in report.observation.adults if (name := report.people.get(a.person_id))]


def _title(report: ObservationReport) -> str:
    observation = report.observation
    return observation_title(observation.class_label, observation.subject, _teachers(report))


def _enum_value(labels: ObservationLabels, kind: str, value: str) -> str:
    enum = CoTeachingModel if kind == "model" else ActivityForm
    try:
        return labels.enum(enum(value))
    except ValueError:
        return value


def _lesson_end(report: ObservationReport) -> float:
    logged = [item.at_seconds for item in (*report.notes, *report.events, *report.taps)]
    return max([report.lesson_seconds, *logged])


# -- the header, formøde and focus -------------------------------------------------------------
def _time_span(report: ObservationReport) -> str:
    start = report.observation.start_time
    if start is None:
        return ""
    end = _lesson_end(report)
    if end < 60:
        return format_time(start)
    stop = dt.datetime.combine(report.observation.date, start) + dt.timedelta(seconds=end)
    return f"{format_time(start)}–{format_time(stop.time())}"


def _title_block(report: ObservationReport, labels: ObservationLabels) -> Iterable[Flowable]:
    look = styles()
    observation = report.observation
    kicker = escape(labels.document_title)
    if report.include_private:
        kicker += (f'&nbsp;&nbsp;<font color="{markup_colour(ALERT)}">'
                   f"{escape(labels.with_private)}</font>")
    yield Paragraph(kicker, look.kicker)
    yield Paragraph(escape(_title(report)), look.title)
    adults = ", ".join(
        f"{name} ({adult.role.strip()})" if adult.role.strip() else name
        for adult in observation.adults if (name := report.people.get(adult.person_id, "")))
    end = _lesson_end(report)
    facts = fact_table([
        [Fact(labels.date, format_date(observation.date)),
         Fact(labels.time, _time_span(report)),
         Fact(labels.class_label, observation.class_label),
         Fact(labels.subject, observation.subject),
         Fact(labels.students, "" if observation.student_count is None
              else str(observation.student_count)),
         Fact(labels.duration, _minutes(labels, end) if end >= 60 else ""),
         Fact(labels.team, report.team_name)],
        [Fact(labels.adults, adults, wide=True),
         Fact(labels.observer, report.people.get(observation.observer_id or "", ""), wide=True),
         Fact(labels.planned_models, ", ".join(labels.enum(m)
                                               for m in observation.planned_models), wide=True),
         Fact(labels.purpose, observation.purpose, wide=True)]],
        label_width=28 * mm)
    if facts is not None:
        yield facts


def _pre_meeting(report: ObservationReport, labels: ObservationLabels) -> Iterable[Flowable]:
    observation = report.observation
    facts = fact_table([[Fact(labels.observer_position, observation.observer_position,
                              wide=True),
                         Fact(labels.feedback_time, observation.feedback_time, wide=True)]],
                       label_width=38 * mm)
    if facts is not None:
        yield Paragraph(escape(labels.pre_meeting), styles().h1)
        yield facts


def _focus(report: ObservationReport, labels: ObservationLabels) -> Iterable[Flowable]:
    points = report.observation.focus_points
    if not points:
        return
    look = styles()
    yield Paragraph(escape(labels.focus), look.h1)
    for number, point in enumerate(points, start=1):
        yield Paragraph(escape(point), derive(look.bullet, 4), bulletText=f"{number}.")


# -- the lesson as timeline bars ---------------------------------------------------------------
@frozen_record
class _Segment:
    start: float
    stop: float
    value: str  # an enum code, or "" before the first switch


def _segments(events: Sequence[LessonEvent], kind: str, end: float) -> list[_Segment]:
    switches = sorted((e for e in events if e.kind == kind), key=lambda e: e.at_seconds)
    if not switches:
        return []
    segments = [_Segment(0.0, switches[0].at_seconds, "")] if switches[0].at_seconds > 0 else []
    for current, following in zip(switches, [*switches[1:], None], strict=True):
        stop = following.at_seconds if following else end
        if stop > current.at_seconds:
            segments.append(_Segment(current.at_seconds, stop, current.value))
    return segments


@frozen_record
class _Key:
    """How one model or activity form looks: colour, pattern and the number printed on it."""

    number: int
    colour: colors.Color
    pattern: str
    name: str


def _keys(kind: str, labels: ObservationLabels, values: Iterable[str]) -> dict[str, _Key]:
    palette = MODEL_COLOURS if kind == "model" else ACTIVITY_COLOURS
    order = [*palette, *sorted(set(values) - set(palette))]  # unknown codes last
    return {code: _Key(number, colors.HexColor(palette.get(code, UNKNOWN_COLOUR)),
                       PATTERNS[(number - 1) % len(PATTERNS)], _enum_value(labels, kind, code))
            for number, code in enumerate(order, start=1)}


def _hatch(pattern: str, x: float, y: float, w: float, h: float) -> list:
    """Pattern lines inside a rectangle (drawn by hand: drawings have no clipping)."""
    step = 3.2
    lines: list = []

    def line(x1: float, y1: float, x2: float, y2: float) -> None:
        lines.append(Line(x1, y1, x2, y2, strokeColor=HATCH, strokeWidth=0.55))

    if pattern in ("horizontal", "cross"):
        for i in range(1, int(h / step) + 1):
            line(x, y + i * step, x + w, y + i * step)
    if pattern in ("vertical", "cross"):
        for i in range(1, int(w / step) + 1):
            line(x + i * step, y, x + i * step, y + h)
    if pattern in ("diagonal", "back-diagonal"):
        # Lines x' - y' = c (or x' + y' = c) across the box, clipped to it.
        gap = step * 1.5
        for i in range(1, int((w + h) / gap) + 1):
            c = i * gap
            if pattern == "diagonal":  # from lower left to upper right
                x1, y1 = (c - h, h) if c > h else (0, c)
                x2, y2 = (c, 0) if c < w else (w, c - w)
                line(x + x1, y + h - y1, x + x2, y + h - y2)
            else:
                x1, y1 = (max(0.0, c - h), min(h, c))
                x2, y2 = (min(w, c), max(0.0, c - w))
                line(x + x1, y + y1, x + x2, y + y2)
    if pattern == "dots":
        for row in range(int(h / step)):
            for col in range(int(w / step)):
                if (row + col) % 2 == 0:
                    lines.append(Circle(x + (col + 0.5) * step, y + (row + 0.5) * step, 0.55,
                                        fillColor=HATCH, strokeColor=None))
    return lines


def _swatch(key: _Key, x: float, y: float, w: float, h: float, with_number: bool) -> Group:
    group = Group(Rect(x, y, w, h, fillColor=key.colour, strokeColor=None))
    for shape in _hatch(key.pattern, x, y, w, h):
        group.add(shape)
    if with_number:
        text = str(key.number)
        size = 7
        badge = stringWidth(text, FONT_BOLD, size) + 4
        group.add(Rect(x + (w - badge) / 2, y + (h - 9) / 2, badge, 9, rx=2, ry=2,
                       fillColor=colors.white, strokeColor=None))
        group.add(String(x + w / 2, y + (h - 9) / 2 + 2.2, text, fontName=FONT_BOLD,
                         fontSize=size, fillColor=INK, textAnchor="middle"))
    return group


def _axis_step(end: float) -> int:
    """Minutes between the ticks under a bar: about 6 to 12 ticks."""
    minutes = end / 60
    return next((step for step in (1, 2, 5, 10, 15, 30, 60) if minutes / step <= 12), 120)


def _timeline(kind: str, report: ObservationReport, labels: ObservationLabels,
              end: float) -> Drawing | None:
    """A bar across the page: one segment per switch, as long as it lasted, and a legend."""
    segments = _segments(report.events, kind, end)
    if not segments or end <= 0:
        return None
    keys = _keys(kind, labels, {s.value for s in segments if s.value})
    width, bar_height = CONTENT_WIDTH, 9 * mm
    spent: dict[str, float] = {}
    for segment in segments:
        spent[segment.value] = spent.get(segment.value, 0.0) + segment.stop - segment.start
    shown = [code for code in keys if spent.get(code)]
    if spent.get(""):
        shown.append("")
    columns = 2
    legend_rows = math.ceil(len(shown) / columns)
    row_height = 5.2 * mm
    axis_height = 7 * mm
    height = bar_height + axis_height + legend_rows * row_height + 2 * mm
    drawing = Drawing(width, height)
    top = height - bar_height
    scale = width / end
    for segment in segments:
        x, w = segment.start * scale, (segment.stop - segment.start) * scale
        if segment.value:
            drawing.add(_swatch(keys[segment.value], x, top, w, bar_height, w >= 11))
        else:
            drawing.add(Rect(x, top, w, bar_height, fillColor=colors.white, strokeColor=None))
        drawing.add(Line(x, top, x, top + bar_height, strokeColor=colors.white,
                         strokeWidth=0.8))
    drawing.add(Rect(0, top, width, bar_height, fillColor=None, strokeColor=MUTED,
                     strokeWidth=0.6))
    # The time axis: a tick every few minutes, the last one names the unit.
    step = _axis_step(end)
    ticks = list(range(0, int(end // 60) + 1, step))
    for minute in ticks:
        x = minute * 60 * scale
        drawing.add(Line(x, top, x, top - 1.5 * mm, strokeColor=MUTED, strokeWidth=0.5))
        anchor = "start" if minute == 0 else "middle"
        if x > width - 8 * mm:
            continue
        drawing.add(String(x, top - 4.6 * mm, str(minute), fontName=FONT, fontSize=7,
                           fillColor=MUTED, textAnchor=anchor))
    drawing.add(String(width, top - 4.6 * mm, _minutes(labels, end),
                       fontName=FONT, fontSize=7, fillColor=MUTED, textAnchor="end"))
    drawing.add(Line(width, top, width, top - 1.5 * mm, strokeColor=MUTED, strokeWidth=0.5))
    # The legend: number and pattern, name, minutes and share of the lesson.
    column_width = width / columns
    for index, code in enumerate(shown):
        col, row = index % columns, index // columns
        x = col * column_width
        y = top - axis_height - (row + 1) * row_height + 1.2 * mm
        if code:
            drawing.add(_swatch(keys[code], x, y, 8 * mm, 3.6 * mm, False))
            name = f"{keys[code].number}  {keys[code].name}"
        else:
            drawing.add(Rect(x, y, 8 * mm, 3.6 * mm, fillColor=colors.white,
                             strokeColor=MUTED, strokeWidth=0.5, strokeDashArray=[1.5, 1.5]))
            name = labels.not_logged
        drawing.add(Rect(x, y, 8 * mm, 3.6 * mm, fillColor=None, strokeColor=MUTED,
                         strokeWidth=0.4))
        share = f"{_minutes(labels, spent[code])} ({round(100 * spent[code] / end)} %)"
        name = _fit_text(name, FONT, 8, column_width - 11 * mm - stringWidth(
            "  " + share, FONT, 8))
        drawing.add(text_shapes(x + 10 * mm, y + 0.8, name, FONT, 8, INK))
        drawing.add(String(x + 10 * mm + text_width(name + "  ", FONT, 8), y + 0.8, share,
                           fontName=FONT, fontSize=8, fillColor=MUTED))
    return drawing


def _fit_text(text: str, font: str, size: float, width: float) -> str:
    """*text* shortened with "…" until it fits *width* (chart strings cannot wrap)."""
    if text_width(text, font, size) <= width:
        return text
    while text and text_width(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def _noise(report: ObservationReport) -> str:
    """The noise levels of the interval prompt: "05:00: 2 · 10:00: 4"."""
    levels = [e for e in report.events if e.kind == "noise"]
    return " · ".join(f"{lesson_clock(e.at_seconds)}: {e.value}" for e in levels)


def _lesson(report: ObservationReport, labels: ObservationLabels) -> Iterable[Flowable]:
    look = styles()
    end = _lesson_end(report)
    parts: list[Flowable] = []
    for kind, heading in (("model", labels.models), ("activity", labels.activities)):
        drawing = _timeline(kind, report, labels, end)
        if drawing is not None:
            parts.append(KeepTogether([Paragraph(escape(heading), look.h3), Spacer(1, 2),
                                       drawing]))
    noise = _noise(report)
    if noise:
        parts.append(Paragraph(f"<b>{escape(labels.noise)}:</b> {escape(noise)}", look.meta))
    if parts:
        yield CondPageBreak(60 * mm)
        yield Paragraph(escape(labels.lesson), look.h1)
        yield from parts


# -- the notes in two columns ------------------------------------------------------------------
def _note_meta(note: ObservationNote, report: ObservationReport,
               labels: ObservationLabels) -> list[Flowable]:
    """The time in bold, then the category and the focus point on one small line."""
    look = styles()
    small = _small_meta()
    about = [labels.enum(note.category)]
    points = report.observation.focus_points
    if note.focus_index is not None and 0 <= note.focus_index < len(points):
        about.append(fill(labels.focus_number, number=note.focus_index + 1))
    meta = [Paragraph(f"<b>{lesson_clock(note.at_seconds)}</b>", look.cell),
            Paragraph(escape(" · ".join(about)), small)]
    if note.private:
        meta.append(Paragraph(f'<font color="{markup_colour(ALERT)}"><b>'
                              f"{escape(labels.private)}</b></font>", small))
    return meta


@functools.cache
def _loose_heading() -> ParagraphStyle:
    return ParagraphStyle("plf-h1-loose", parent=styles().h1, keepWithNext=0)


@functools.cache
def _small_meta() -> ParagraphStyle:
    return ParagraphStyle("plf-note-meta", parent=styles().cell_label, fontSize=7.5, leading=10)


def _notes(report: ObservationReport, labels: ObservationLabels) -> Iterable[Flowable]:
    look = styles()
    notes = _shared(report)
    # The heading is kept with the table by room, not by keepWithNext: reportlab would move a
    # heading glued to a table longer than the page onto a new page, leaving this one half empty.
    yield CondPageBreak(45 * mm)
    yield Paragraph(escape(labels.notes), _loose_heading())
    if not notes:
        yield Paragraph(escape(labels.no_notes), look.body)
        return
    cell = derive(look.cell, space_before=False, space_after=False)
    header = [Paragraph(escape(text), look.cell_header)
              for text in (labels.note_time, labels.observation, labels.interpretation)]
    rows: list[list] = [header]
    private_rows = []
    for note in notes:
        rows.append([_note_meta(note, report, labels),
                     paragraphs(note.description, cell) or "",
                     paragraphs(note.interpretation, cell) or ""])
        if note.private:
            private_rows.append(len(rows) - 1)
    width = CONTENT_WIDTH
    # Split inside a note at the foot of a page (a long note runs on, under the repeated
    # header) rather than between notes, which would repeat the header in mid-page; a note
    # that cannot leave at least a few lines behind moves to the next page whole.
    table = Table(rows, colWidths=[0.16 * width, 0.48 * width, 0.36 * width], repeatRows=1,
                  splitByRow=0, splitInRow=MIN_NOTE_SPLIT, hAlign="LEFT")
    table.setStyle(table_style(
        ("LINEBELOW", (0, 0), (-1, 0), 0.9, NAVY),
        ("LINEBELOW", (0, 1), (-1, -1), 0.4, RULE),
        ("BOTTOMPADDING", (0, 0), (-1, 0), 5),
        ("LEFTPADDING", (0, 0), (0, -1), 0),
        # The interpretation column is visibly apart: a rule and a faint tint.
        ("LINEBEFORE", (2, 0), (2, -1), 0.6, RULE),
        ("LEFTPADDING", (2, 0), (2, -1), 7),
        ("BACKGROUND", (2, 1), (2, -1), colors.HexColor("#f5f7fa")),
        *(("BACKGROUND", (0, row), (1, row), colors.HexColor("#fbf3f3"))
          for row in private_rows)))
    yield table


# -- the seating chart -------------------------------------------------------------------------
def _shade(count: int) -> colors.Color:
    return SEAT_SHADES[min(count, 3)]


def _seat_box(seat_x: float, seat_y: float, w: float, h: float, seat: Seat,
              count: int) -> Group:
    """A seat: its label, and how often it was heard (a crossed circle when never)."""
    size = min(1.0, w / (14 * mm), h / (12 * mm))  # a crowded room draws smaller seats
    radius = 2.5 * size
    group = Group()
    if count == 0:
        group.add(Rect(seat_x, seat_y, w, h, rx=radius, ry=radius, fillColor=colors.white,
                       strokeColor=ALERT, strokeWidth=1.1 * size,
                       strokeDashArray=[2.5 * size, 1.8 * size]))
    else:
        group.add(Rect(seat_x, seat_y, w, h, rx=radius, ry=radius, fillColor=_shade(count),
                       strokeColor=NAVY, strokeWidth=0.6))
    ink = colors.white if count >= 3 else INK
    label_size = 7.5 * size
    group.add(text_shapes(seat_x + 3 * size, seat_y + h - label_size - 1.5 * size,
                          _fit_text(seat.label, FONT_BOLD, label_size, w - 5 * size),
                          FONT_BOLD, label_size, ink))
    if count == 0:
        # A crossed-out circle, beside the dashed red edge: readable without colour.
        r = 3.6 * size
        cx, cy = seat_x + w / 2, seat_y + (h - label_size) / 2
        group.add(Circle(cx, cy, r, fillColor=None, strokeColor=ALERT, strokeWidth=0.9 * size))
        group.add(Line(cx - r * 0.7, cy - r * 0.7, cx + r * 0.7, cy + r * 0.7,
                       strokeColor=ALERT, strokeWidth=0.9 * size))
    else:
        group.add(String(seat_x + w / 2, seat_y + 4 * size, str(count), fontName=FONT_BOLD,
                         fontSize=13 * size, fillColor=ink, textAnchor="middle"))
    return group


def _seating_drawing(seats: Sequence[Seat], counts: Mapping[str, int],
                     labels: ObservationLabels) -> Drawing:
    """The room as laid out (row 0 at the top), every seat shaded by how often it was heard.

    The grid fits the text width and at most ``MAX_ROOM_HEIGHT``: a wide or deep room gets
    smaller seats, never a drawing that overflows the page.
    """
    columns = max(s.column for s in seats) - min(s.column for s in seats) + 1
    rows = max(s.row for s in seats) - min(s.row for s in seats) + 1
    left, top_row = min(s.column for s in seats), min(s.row for s in seats)
    gap_x = min(2.2 * mm, 0.2 * CONTENT_WIDTH / columns)
    gap_y = min(2.2 * mm, 0.2 * MAX_ROOM_HEIGHT / rows)
    cell_w = min(24 * mm, (CONTENT_WIDTH - (columns - 1) * gap_x) / columns)
    cell_h = min(15 * mm, max(10 * mm, cell_w * 0.62),
                 (MAX_ROOM_HEIGHT - (rows - 1) * gap_y) / rows)
    gap = gap_x
    group_pad = 1.6 * mm
    legend_height = 9 * mm
    grid_width = columns * cell_w + (columns - 1) * gap
    grid_height = rows * cell_h + (rows - 1) * gap_y
    height = grid_height + 2 * group_pad + legend_height
    drawing = Drawing(CONTENT_WIDTH, height)
    origin_x = (CONTENT_WIDTH - grid_width) / 2
    top = height - group_pad

    def place(seat: Seat) -> tuple[float, float]:
        x = origin_x + (seat.column - left) * (cell_w + gap)
        y = top - (seat.row - top_row + 1) * cell_h - (seat.row - top_row) * gap_y
        return x, y

    # Table groups: a faint tray behind the seats that share a group.
    groups: dict[str, list[tuple[float, float]]] = {}
    for seat in seats:
        if seat.group:
            groups.setdefault(seat.group, []).append(place(seat))
    for spots in groups.values():
        x0 = min(x for x, _ in spots) - group_pad
        y0 = min(y for _, y in spots) - group_pad
        x1 = max(x for x, _ in spots) + cell_w + group_pad
        y1 = max(y for _, y in spots) + cell_h + group_pad
        drawing.add(Rect(x0, y0, x1 - x0, y1 - y0, rx=4, ry=4,
                         fillColor=colors.HexColor("#eef1f5"), strokeColor=RULE,
                         strokeWidth=0.5))
    for seat in seats:
        x, y = place(seat)
        drawing.add(_seat_box(x, y, cell_w, cell_h, seat, counts.get(seat.label, 0)))
    # The legend: what the shades and the dashed seat mean.
    y = 2.2 * mm
    x = 0.0
    entries = [(0, labels.never_heard), (1, "1"), (2, "2"), (3, "3+")]
    for count, text in entries:
        box = Rect(x, y, 6 * mm, 4 * mm, rx=1.5, ry=1.5, fillColor=_shade(count),
                   strokeColor=ALERT if count == 0 else NAVY,
                   strokeWidth=1 if count == 0 else 0.5,
                   strokeDashArray=[2, 1.5] if count == 0 else None)
        drawing.add(box)
        drawing.add(String(x + 7.5 * mm, y + 1.1, text, fontName=FONT, fontSize=8,
                           fillColor=INK))
        x += 7.5 * mm + stringWidth(text, FONT, 8) + 5 * mm
    drawing.add(String(x + 2 * mm, y + 1.1, _fit_text(labels.seating_help, FONT, 8,
                                                      CONTENT_WIDTH - x - 2 * mm),
                       fontName=FONT, fontSize=8, fillColor=MUTED))
    return drawing


def _seating(report: ObservationReport, labels: ObservationLabels) -> Iterable[Flowable]:
    seats = report.observation.seats
    if not seats:
        return
    look = styles()
    counts = contribution_counts(seats, list(report.taps))
    never = [seat.label for seat in seats if counts.get(seat.label, 0) == 0]
    block: list[Flowable] = [Paragraph(escape(labels.seating), look.h1),
                             _seating_drawing(seats, counts, labels)]
    if never:
        block += [Spacer(1, 4), Paragraph(f'<font color="{markup_colour(ALERT)}"><b>'
                                          f"{escape(labels.never_heard)}:</b></font> "
                                          f"{escape(', '.join(never))}", look.body)]
    yield KeepTogether(block)


# -- participation -----------------------------------------------------------------------------
def _spread_chart(spread: Mapping[str, int], labels: ObservationLabels,
                  width: float) -> Drawing:
    height = 52 * mm
    drawing = Drawing(width, height)
    chart = VerticalBarChart()
    chart.x, chart.y = 11 * mm, 10 * mm
    chart.width, chart.height = width - 14 * mm, height - 17 * mm
    values = [spread["0"], spread["1"], spread["2"], spread["3+"]]
    chart.data = [values]
    chart.categoryAxis.categoryNames = list(labels.spread_categories)
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 7.5
    chart.categoryAxis.labels.fillColor = INK
    chart.categoryAxis.labels.boxAnchor = "n"
    chart.categoryAxis.labels.dy = -2
    chart.categoryAxis.strokeColor = MUTED
    chart.valueAxis.valueMin = 0
    top = max(values) or 1
    chart.valueAxis.valueMax = top + max(1, math.ceil(top * 0.15))
    chart.valueAxis.valueStep = max(1, math.ceil(top / 5))
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.labels.fillColor = MUTED
    chart.valueAxis.strokeColor = MUTED
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = RULE
    chart.valueAxis.gridStrokeWidth = 0.3
    chart.valueAxis.labelTextFormat = "%d"
    chart.bars.strokeColor = NAVY
    chart.bars.strokeWidth = 0.5
    chart.bars[0].fillColor = colors.HexColor("#9db3cf")
    chart.barWidth = 10
    chart.groupSpacing = 12
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = FONT_BOLD
    chart.barLabels.fontSize = 8
    chart.barLabels.fillColor = INK
    chart.barLabels.nudge = 6
    chart.barLabels.boxAnchor = "s"
    drawing.add(chart)
    # "Never heard" is the bar that matters most: mark it as the seats are marked.
    if values[0]:
        chart.bars[(0, 0)].fillColor = colors.white
        chart.bars[(0, 0)].strokeColor = ALERT
        chart.bars[(0, 0)].strokeDashArray = [2.5, 1.8]
        chart.bars[(0, 0)].strokeWidth = 1.1
    drawing.add(String(0, height - 4 * mm, labels.spread_axis, fontName=FONT, fontSize=7.5,
                       fillColor=MUTED))
    return drawing


def _participation(report: ObservationReport, labels: ObservationLabels) -> Iterable[Flowable]:
    seats = report.observation.seats
    if not seats and not report.taps:
        return
    look = styles()
    counts = contribution_counts(seats, list(report.taps))
    spread = contribution_spread(counts)
    chart_width = CONTENT_WIDTH * 0.5
    per_kind = Counter(tap.kind for tap in report.taps)
    seats_per_kind: dict[str, set[str]] = {}
    for tap in report.taps:
        seats_per_kind.setdefault(tap.kind, set()).add(tap.seat_label)
    order = [*report.observation.participation_types,
             *sorted(set(per_kind) - set(report.observation.participation_types))]
    kinds = [[kind, str(per_kind[kind]), str(len(seats_per_kind.get(kind, ())))]
             for kind in order if per_kind[kind]]
    side: list[Flowable] = []
    if kinds:
        side.append(data_table([labels.kind, labels.count, labels.different_students], kinds,
                               (0.56, 0.2, 0.24), width=CONTENT_WIDTH * 0.46))
    chart = [Paragraph(escape(labels.spread_title), look.label),
             _spread_chart(spread, labels, chart_width)]
    layout = Table([[chart, side or ""]], colWidths=[chart_width + 2 * mm,
                                                    CONTENT_WIDTH - chart_width - 2 * mm],
                   hAlign="LEFT")
    layout.setStyle(table_style(("LEFTPADDING", (0, 0), (-1, -1), 0),
                                 ("RIGHTPADDING", (0, 0), (-1, -1), 0)))
    yield KeepTogether([Paragraph(escape(labels.participation), look.h1), layout])


# -- look-fors and private notes ---------------------------------------------------------------
def _is_co_teaching(report: ObservationReport) -> bool:
    observation = report.observation
    return bool(observation.look_fors or observation.planned_models
                or len(observation.adults) > 1
                or any(e.kind == "model" for e in report.events))


def _look_fors(report: ObservationReport, labels: ObservationLabels) -> Iterable[Flowable]:
    if not _is_co_teaching(report):
        return
    look = styles()
    texts = labels.look_for_texts
    marks = {m.index: m for m in report.observation.look_fors if 0 <= m.index < len(texts)}
    rows = []
    for index, text in enumerate(texts):
        mark = marks.get(index)
        box = (f'<font color="{markup_colour(NAVY)}" size="12">☑</font>' if mark
               else f'<font color="{markup_colour(MUTED)}" size="12">☐</font>')
        content: list[Flowable] = [Paragraph(escape(text), look.cell if mark
                                             else look.cell_label)]
        if mark and mark.evidence.strip():
            content += paragraphs(mark.evidence, derive(look.muted, space_before=False,
                                                        space_after=False))
        rows.append([Paragraph(box, look.cell), content])
    table = Table(rows, colWidths=[8 * mm, CONTENT_WIDTH - 8 * mm], hAlign="LEFT",
                  splitInRow=1)
    table.setStyle(table_style(("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                                ("LEFTPADDING", (0, 0), (0, -1), 0),
                                ("TOPPADDING", (0, 0), (-1, -1), 4)))
    yield Paragraph(escape(labels.look_fors), look.h1)
    yield Paragraph(escape(fill(labels.looked_fors, seen=len(marks), total=len(texts))),
                    look.meta)
    yield table


def _private(report: ObservationReport, labels: ObservationLabels) -> Iterable[Flowable]:
    text = report.observation.private_notes
    if not report.include_private or not text.strip():
        return
    look = styles()
    yield Paragraph(escape(labels.private_notes), look.h1)
    yield Paragraph(escape(labels.private_warning), look.alert)
    yield from paragraphs(text, look.body)
