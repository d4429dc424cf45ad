"""The house style every printed PLF document shares: fonts, colours, styles and the page frame.

A referat, an observation note or a cycle report differ only in their story (the list of
flowables). What makes them one family lives here: the bundled DejaVu Sans (so æøå, Ł and ő print
and every font is embedded), sober navy/grey colours that survive a school's black-and-white
printer, text styles with a clear hierarchy, ruled tables, and a page frame that stamps the school,
the document, the date printed, "Side X af Y" and a confidentiality line on every page.

User text never becomes markup: :func:`escape` and :func:`paragraphs` turn whatever was typed
(``<b>``, ``&``, ``</para>``, emoji, a 20,000-character referat) into literal, breakable text.
"""

from __future__ import annotations

import datetime as dt
import functools
import io
import itertools
import re
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from reportlab.graphics import shapes
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader, simpleSplit
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    PageTemplate,
    Paragraph,
    Table,
    TableStyle,
)

from plf_desktop.domain.dates import format_date, format_time
from plf_desktop.domain.labels import AgreementStatus
from plf_desktop.domain.record_type import frozen_record
from plf_desktop.domain.records import AgreementRow
from plf_desktop.resources import fonts_dir

# -- fonts -----------------------------------------------------------------------------------
FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
FONT_ITALIC = "DejaVuSans-Oblique"
FONT_BOLD_ITALIC = "DejaVuSans-BoldOblique"
_FONT_FILES = {FONT: "DejaVuSans.ttf", FONT_BOLD: "DejaVuSans-Bold.ttf",
               FONT_ITALIC: "DejaVuSans-Oblique.ttf",
               FONT_BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf"}
FONT_SYMBOLS = "Symbola"
"""The pictographs DejaVu Sans lacks (most emoji): a note's 🎉 prints, not an empty box."""
_SYMBOL_FILE = "Symbola-emoji.ttf"
_PICTOGRAPHS = re.compile("[\u2190-\u2bff\U0001f000-\U0001faff]+")
"""Runs of characters from the blocks the symbol font covers (arrows, symbols, emoji)."""

# -- colours: dark accents on white, nothing a grey laser printer turns into a dark block ----
INK = colors.HexColor("#1d232b")
NAVY = colors.HexColor("#1f3a5f")
MUTED = colors.HexColor("#5b6573")
RULE = colors.HexColor("#c3cad3")
ALERT = colors.HexColor("#8a1c1c")

# -- the page: A4 with room above and below the text for the running header and footer -------
PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 20 * mm
TOP_MARGIN = 30 * mm
BOTTOM_MARGIN = 26 * mm
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN
INDENT = 7 * mm  # where text under a numbered heading starts

# Blocks longer than MAX_CHUNK are cut at their line breaks into several Paragraphs, and a
# single line longer than MAX_LINE at a sentence end, so reportlab never re-wraps one enormous
# paragraph for every page it spills onto (a 200,000-character line took 6 s instead of 1 s).
MAX_CHUNK = 3000
MAX_LINE = 10_000


def _to_unicode_cmap(fontname: str, subset: Sequence[int]) -> str:
    """reportlab's ToUnicode CMap, but with characters beyond U+FFFF written as UTF-16.

    reportlab 5.1 writes such a code point as five hex digits (``<1F600>``), which PDF readers
    take as a different character, so a 😀 that DejaVu does print came back as "ὠ" when text
    was copied or searched. The PDF reference wants the UTF-16BE surrogate pair.
    """
    def utf16(code: int) -> str:
        return chr(code).encode("utf-16-be", "surrogatepass").hex().upper()

    return "\n".join([
        "/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
        "/CIDSystemInfo", f"<< /Registry ({fontname})", f"/Ordering ({fontname})",
        "/Supplement 0", ">> def", f"/CMapName /{fontname} def", "/CMapType 2 def",
        "1 begincodespacerange", f"<00> <{len(subset) - 1:02X}>", "endcodespacerange",
        f"{len(subset)} beginbfchar",
        *(f"<{index:02X}> <{utf16(code)}>" for index, code in enumerate(subset)),
        "endbfchar", "endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"])


@functools.cache
def register_fonts() -> str:
    """Register the bundled DejaVu Sans family once and make it the default everywhere.

    ``registerFontFamily`` lets ``<b>``/``<i>`` in our own markup pick the right face, and the
    Drawing default stops charts from leaving an unembedded Helvetica reference in the file.
    Returns the family name.
    """
    for name, file_name in _FONT_FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(fonts_dir() / file_name)))
    pdfmetrics.registerFont(TTFont(FONT_SYMBOLS, str(fonts_dir() / _SYMBOL_FILE)))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC,
                                  boldItalic=FONT_BOLD_ITALIC)
    shapes.STATE_DEFAULTS["fontName"] = FONT
    ttfonts.makeToUnicodeCMap = _to_unicode_cmap
    return FONT


@functools.cache
def _from_symbols(char: str) -> bool:
    """Is *char* set in the symbol font: one of the text faces lacks it, and the symbol font
    has it? (Every face, so an emoji looks the same in a bold title and in a note.)"""
    register_fonts()
    code = ord(char)
    return (code in pdfmetrics.getFont(FONT_SYMBOLS).face.charToGlyph
            and any(code not in pdfmetrics.getFont(face).face.charToGlyph
                    for face in _FONT_FILES))


def font_runs(text: str, font: str) -> list[tuple[str, str]]:
    """*text* cut into (piece, font name) runs: *font*, and the symbol font for the
    pictographs the text faces lack."""
    def face(char: str) -> str:
        return FONT_SYMBOLS if _PICTOGRAPHS.match(char) and _from_symbols(char) else font

    return [("".join(chars), name) for name, chars in itertools.groupby(text, face)]


def _with_symbols(markup: str) -> str:
    """Escaped Paragraph text with the pictographs the text faces lack in the symbol font."""
    def mark(match: re.Match[str]) -> str:
        return "".join(f'<font name="{FONT_SYMBOLS}">{piece}</font>' if name == FONT_SYMBOLS
                       else piece for piece, name in font_runs(match.group(), FONT))

    return _PICTOGRAPHS.sub(mark, markup)


# -- styles ----------------------------------------------------------------------------------
@frozen_record
class Styles:
    """The paragraph styles of the house, from the document title down to a table cell."""

    kicker: ParagraphStyle  # the kind of document ("REFERAT") above its title
    title: ParagraphStyle
    h1: ParagraphStyle  # a section ("Aftaler")
    h2: ParagraphStyle  # a numbered entry; pass bulletText="1." for the hanging number
    h3: ParagraphStyle  # an unnumbered entry (a data reference)
    body: ParagraphStyle
    muted: ParagraphStyle  # guidance text, such as an agenda item's description
    meta: ParagraphStyle  # the small facts line under a heading
    label: ParagraphStyle  # a small heading inside an entry ("Beslutninger")
    bullet: ParagraphStyle  # pass bulletText="•"
    alert: ParagraphStyle  # a short warning such as "Fortroligt"
    cell: ParagraphStyle
    cell_label: ParagraphStyle
    cell_header: ParagraphStyle


@functools.cache
def styles() -> Styles:
    """The house styles (built once; the fonts are registered first)."""
    register_fonts()
    base = ParagraphStyle("plf-base", fontName=FONT, fontSize=10, leading=14, textColor=INK,
                          bulletFontName=FONT, splitLongWords=1, allowWidows=0, allowOrphans=0)

    def style(name: str, **changes: Any) -> ParagraphStyle:
        return ParagraphStyle(f"plf-{name}", parent=base, **changes)

    return Styles(
        kicker=style("kicker", fontName=FONT_BOLD, fontSize=9, leading=12, textColor=NAVY,
                     textTransform="uppercase", spaceAfter=2),
        title=style("title", fontName=FONT_BOLD, fontSize=18, leading=23, textColor=NAVY,
                    spaceAfter=10),
        h1=style("h1", fontName=FONT_BOLD, fontSize=13, leading=17, textColor=NAVY,
                 spaceBefore=18, spaceAfter=6, keepWithNext=1),
        h2=style("h2", fontName=FONT_BOLD, fontSize=11, leading=15, spaceBefore=12,
                 spaceAfter=1, keepWithNext=1, leftIndent=INDENT, bulletIndent=0,
                 bulletFontName=FONT_BOLD, bulletFontSize=11, bulletColor=NAVY),
        h3=style("h3", fontName=FONT_BOLD, fontSize=10, leading=14, spaceBefore=8,
                 spaceAfter=1, keepWithNext=1),
        body=style("body", spaceAfter=6),
        muted=style("muted", fontName=FONT_ITALIC, fontSize=9, leading=12.5, textColor=MUTED,
                    spaceAfter=5),
        meta=style("meta", fontSize=8.5, leading=12, textColor=MUTED, spaceAfter=5,
                   keepWithNext=1),
        label=style("label", fontName=FONT_BOLD, fontSize=8.5, leading=12, textColor=NAVY,
                    spaceBefore=3, spaceAfter=2, keepWithNext=1),
        bullet=style("bullet", leftIndent=12, bulletIndent=2, spaceAfter=3),
        alert=style("alert", fontName=FONT_BOLD, fontSize=8.5, leading=12, textColor=ALERT,
                    spaceAfter=3),
        cell=style("cell", fontSize=9, leading=12),
        cell_label=style("cell-label", fontSize=9, leading=12, textColor=MUTED),
        cell_header=style("cell-header", fontName=FONT_BOLD, fontSize=8.5, leading=11,
                          textColor=NAVY),
    )


@functools.cache
def loose(style: ParagraphStyle) -> ParagraphStyle:
    """*style* without keepWithNext: the heading is kept with its text by a CondPageBreak.

    reportlab keeps a heading with the *whole* next paragraph, so a heading glued to a long
    note would jump to the next page and leave most of this one empty.
    """
    return ParagraphStyle(f"{style.name}-loose", parent=style, keepWithNext=0)


_derived: dict[tuple[str, float, bool, bool], ParagraphStyle] = {}


def derive(style: ParagraphStyle, indent: float = 0, *, space_before: bool = True,
           space_after: bool = True) -> ParagraphStyle:
    """*style* moved right by *indent* points and/or without its space above or below.

    Cached by name so a long document does not make a new style per paragraph.
    """
    key = (style.name, indent, space_before, space_after)
    if key not in _derived:
        changes: dict[str, Any] = {"leftIndent": style.leftIndent + indent,
                                   "bulletIndent": style.bulletIndent + indent}
        if not space_before:
            changes["spaceBefore"] = 0
        if not space_after:
            changes["spaceAfter"] = 0
        _derived[key] = ParagraphStyle(f"{style.name}-{indent:g}-{space_before:d}"
                                       f"{space_after:d}", parent=style, **changes)
    return _derived[key]


# -- user text -------------------------------------------------------------------------------
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")
_SPACES = re.compile(r"^ +| {2,}")
_SENTENCE_END = re.compile(r"[.!?…:;]\s+")


def _clean_lines(text: str) -> list[str]:
    """The lines of *text* with every kind of line break unified and invisible controls gone.

    ``splitlines`` knows \\r\\n, \\r, \\v, \\f, U+2028 … as line breaks; the C0 controls left
    over have no glyph, and a lone surrogate cannot be written to a PDF at all.
    """
    text = _SURROGATE.sub("\ufffd", text.replace("\t", "    "))
    return [_CONTROL.sub("", line) for line in text.splitlines()]


def _keep_spaces(match: re.Match[str]) -> str:
    run = len(match.group())
    return "\u00a0" * run if match.start() == 0 else " " + "\u00a0" * (run - 1)


def _escape_line(line: str) -> str:
    """One line as literal Paragraph markup; indentation and runs of spaces stay visible."""
    line = line.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _with_symbols(_SPACES.sub(_keep_spaces, line))


def escape(text: str) -> str:
    """User text as Paragraph markup that prints exactly what was typed.

    ``&``, ``<`` and ``>`` become entities, so ``<b>`` or ``</para>`` is text, never markup;
    line breaks become ``<br/>``. For text that may be long use :func:`paragraphs`.
    """
    return "<br/>".join(_escape_line(line) for line in _clean_lines(text))


def _blocks(lines: list[str]) -> list[list[str]]:
    """Lines grouped into paragraphs at blank lines, each cut into chunks of at most
    ``MAX_CHUNK`` characters at its line breaks (a longer single line is a chunk of its own)."""
    blocks: list[list[str]] = []
    current: list[str] = []
    for line in [*lines, ""]:
        if line.strip():
            current.append(line)
        elif current:
            blocks.append(current)
            current = []
    return blocks


def _split_line(line: str) -> list[str]:
    """A line longer than ``MAX_LINE`` cut into pieces, preferably after a sentence, else at a
    space; only the whitespace at a cut goes (the pieces print on consecutive lines)."""
    pieces = []
    while len(line) > MAX_LINE:
        window = line[MAX_LINE // 2:MAX_LINE]
        ends = [m.end() for m in _SENTENCE_END.finditer(window)] or [
            m.end() for m in re.finditer(r"\s+", window)]
        cut = MAX_LINE // 2 + ends[-1] if ends else MAX_LINE
        pieces.append(line[:cut].rstrip())
        line = line[cut:].lstrip()
    return [*pieces, line]


def _chunks(block: list[str]) -> list[list[str]]:
    chunks: list[list[str]] = [[]]
    size = 0
    for line in (piece for whole in block for piece in _split_line(whole)):
        if chunks[-1] and size + len(line) > MAX_CHUNK:
            chunks.append([])
            size = 0
        chunks[-1].append(line)
        size += len(line) + 1
    return chunks


def paragraphs(text: str, style: ParagraphStyle) -> list[Flowable]:
    """User text as literal Paragraphs that reportlab can break over as many pages as needed.

    A blank line starts a new paragraph (with the style's spacing). A paragraph longer than
    ``MAX_CHUNK`` characters is cut at its line breaks (and a line longer than ``MAX_LINE`` after
    a sentence) into pieces that join without extra space, so it reads the same but lays out in
    linear time. No character is dropped, only the whitespace where a piece ends.
    """
    flowables: list[Flowable] = []
    for block in _blocks(_clean_lines(text)):
        chunks = _chunks(block)
        for index, chunk in enumerate(chunks):
            piece_style = style if len(chunks) == 1 else derive(
                style, space_before=index == 0, space_after=index == len(chunks) - 1)
            flowables.append(Paragraph("<br/>".join(map(_escape_line, chunk)), piece_style))
    return flowables


def one_line(text: str) -> str:
    """*text* with every run of whitespace (line breaks included) as one space, for the places
    that hold a single line: the running header and the PDF's title."""
    return " ".join(text.split())


def cell(text: str, style: ParagraphStyle | None = None) -> Paragraph:
    """A table cell that wraps inside its column and shows *text* literally."""
    return Paragraph(escape(text), style or styles().cell)


def fill(template: str, **values: Any) -> str:
    """A translated template such as "Side {page} af {pages}" with its values filled in.

    A translation with a broken placeholder must not stop a print: the values are then shown
    after the template instead.
    """
    try:
        return template.format(**values)
    except (KeyError, IndexError, ValueError):
        return " ".join([template, *map(str, values.values())])


# -- tables ----------------------------------------------------------------------------------
CELL_PADDING = 4  # points left and right of a cell's text


def table_style(*commands: tuple[Any, ...]) -> TableStyle:
    """Every table starts from the house font (a bare Table would reference Helvetica)."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                       ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
                       ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
                       ("TOPPADDING", (0, 0), (-1, -1), 3),
                       ("BOTTOMPADDING", (0, 0), (-1, -1), 4), *commands])


def data_table(header: Sequence[str], rows: Sequence[Sequence[str]],
               fractions: Sequence[float], width: float = CONTENT_WIDTH) -> Table:
    """A ruled table: a navy header row repeated on every page, thin rules between rows.

    *fractions* share *width* between the columns. Every cell is escaped text that wraps; a row
    taller than a page is split inside the row rather than cut off.
    """
    look = styles()
    data = [[cell(text, look.cell_header) for text in header],
            *([cell(text) for text in row] for row in rows)]
    table = Table(data, colWidths=[width * f for f in fractions], repeatRows=1, splitInRow=1,
                  hAlign="LEFT")
    table.setStyle(table_style(("LINEBELOW", (0, 0), (-1, 0), 0.9, NAVY),
                                ("LINEBELOW", (0, 1), (-1, -1), 0.4, RULE),
                                ("BOTTOMPADDING", (0, 0), (-1, 0), 5),
                                ("LEFTPADDING", (0, 0), (0, -1), 0)))
    return table


@frozen_record
class Fact:
    """A label and its value in a fact table; a *wide* fact gets a whole row."""

    label: str
    value: str
    wide: bool = False


def fact_table(groups: Sequence[Sequence[Fact]], width: float = CONTENT_WIDTH,
               label_width: float = 25 * mm) -> Table | None:
    """Facts (Dato, Sted, Tovholder …) as an aligned grid of two label/value pairs per row.

    Each group starts on a new row, so related facts stay side by side; a wide fact takes a
    row of its own. Facts without a value are left out; None when nothing is left.
    """
    look = styles()
    rows: list[list[Any]] = []
    spans: list[int] = []
    for group in groups:
        pending: list[Fact] = []
        for fact in [fact for fact in group if fact.value.strip()]:
            if fact.wide:
                rows.extend(_fact_rows(pending))
                spans.append(len(rows))
                value = SpanWidth(cell(fact.value), width - label_width - 2 * CELL_PADDING)
                rows.append([cell(fact.label, look.cell_label), [value], "", ""])
                pending = []
            else:
                pending.append(fact)
        rows.extend(_fact_rows(pending))
    if not rows:
        return None
    value_width = (width - 2 * label_width) / 2
    table = Table(rows, colWidths=[label_width, value_width, label_width, value_width],
                  splitInRow=1, hAlign="LEFT")
    table.setStyle(table_style(("LINEABOVE", (0, 0), (-1, 0), 0.4, RULE),
                                ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                                ("LEFTPADDING", (0, 0), (0, -1), 0),
                                *(("SPAN", (1, row), (3, row)) for row in spans)))
    return table


class SpanWidth(Flowable):
    """A table cell's paragraph laid out at the width of all the columns its cell spans.

    reportlab (5.1) splits a row over a page break at each column's own width, also for a cell
    that spans several columns: a long wide fact (a 20,000-character *Hvorfor denne lektion*)
    was cut into pieces that fit a third of the page, so every page it ran over stood two
    thirds empty. This wrapper ignores the width it is offered and always uses *width* (the
    spanned columns less the cell's padding).
    """

    def __init__(self, paragraph: Paragraph, width: float) -> None:
        super().__init__()
        self.paragraph = paragraph
        self.width = width
        self.height = 0.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.height = self.paragraph.wrap(self.width, availHeight)[1]
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        return [SpanWidth(part, self.width)
                for part in self.paragraph.split(self.width, availHeight)]

    def getSpaceBefore(self) -> float:
        return self.paragraph.getSpaceBefore()

    def getSpaceAfter(self) -> float:
        return self.paragraph.getSpaceAfter()

    def draw(self) -> None:
        self.paragraph.wrap(self.width, self.height)
        self.paragraph.drawOn(self.canv, 0, 0)


def _fact_rows(facts: Sequence[Fact]) -> list[list[Any]]:
    """Narrow facts two to a row: label, value, label, value."""
    look = styles()
    rows = []
    for start in range(0, len(facts), 2):
        row: list[Any] = []
        for fact in facts[start:start + 2]:
            row += [cell(fact.label, look.cell_label), cell(fact.value)]
        rows.append(row + ["", ""] * (2 - len(row) // 2))
    return rows


def agreements_section(rows: Sequence[AgreementRow], heading: str, none: str,
                       header: Sequence[str],
                       status: Callable[[AgreementStatus], str],
                       heading_style: ParagraphStyle | None = None) -> list[Flowable]:
    """The *Aftaler* section every document ends with: hvad, hvem, hvornår and status.

    Meetings, conversations and later rounds all create agreements, and they should read
    the same wherever they were made. *header* is the four column titles (what, responsible,
    due, status) and *status* translates a status. With no agreements the heading is followed by
    *none*, so a reader sees that nothing was agreed rather than wondering what was left out.
    *heading_style* (the section heading's h1 by default) lets a document that holds several
    agreement tables, such as a course report with one per round, set them a level lower.
    """
    look = styles()
    # Kept with its table by room, not by keepWithNext, which would move the heading with the
    # whole table onto the next page and leave this one part empty (the caller that passes its
    # own, smaller *heading_style* makes the room itself).
    flowables: list[Flowable] = [] if heading_style else [CondPageBreak(30 * mm)]
    flowables.append(Paragraph(escape(heading), heading_style or loose(look.h1)))
    if not rows:
        flowables.append(Paragraph(escape(none), look.body))
        return flowables
    flowables.append(data_table(
        header,
        [[row.agreement.what, row.responsible_name, format_date(row.agreement.due),
          status(row.agreement.status)] for row in rows],
        (0.53, 0.22, 0.13, 0.12)))
    return flowables


def time_span(day: dt.date, start: dt.time | None, minutes: int) -> str:
    """"14:00–15:00" from a start time and a planned length; the start alone without one.

    A meeting's agenda and a conversation's template both plan their minutes, so every
    document prints its time the same way (and across midnight without an error).
    """
    if start is None:
        return ""
    if not minutes:
        return format_time(start)
    end = dt.datetime.combine(day, start) + dt.timedelta(minutes=minutes)
    return f"{format_time(start)}–{format_time(end.time())}"


def markup_colour(colour: colors.Color) -> str:
    """A colour as Paragraph markup wants it: ``#1f3a5f``."""
    return "#" + colour.hexval()[2:]


# -- the page frame --------------------------------------------------------------------------
@frozen_record
class PageLabels:
    """The translated words of the page frame, shared by every document."""

    page: str  # "Side {page} af {pages}"
    printed: str  # "Udskrevet {date}"
    confidentiality: str  # "Fortroligt – internt arbejdsdokument. …"


@frozen_record
class DocumentInfo:
    """What the page frame and the PDF's metadata say about a document."""

    school: str
    title: str  # the kind of document: "Referat"
    subtitle: str = ""  # which one: "PLF-møde – 5.A klasseteam, 03.11.2026"
    author: str = ""
    subject: str = ""
    logo_png: bytes | None = None
    printed: dt.date | None = None  # today when None
    lang: str = "da-DK"

    @property
    def full_title(self) -> str:
        """The title the PDF viewer shows in its window and tab (on one line)."""
        return one_line(f"{self.title} – {self.subtitle}" if self.subtitle else self.title)


@functools.lru_cache(maxsize=64)
def _fit(text: str, font: str, size: float, width: float) -> tuple[str, float]:
    """*text* and a font size that fit *width* on one line of the running header.

    A long school name is first set smaller (down to three quarters of *size*); only beyond
    that is it shortened with "…". The document title is printed in full in the text itself.
    """
    smallest = size * 0.75
    needed = text_width(text, font, size)
    if needed <= width:
        return text, size
    if needed * smallest / size <= width:
        return text, size * width / needed
    while text and text_width(text + "…", font, smallest) > width:
        text = text[:-1]
    return text.rstrip() + "…", smallest


def text_width(text: str, font: str, size: float) -> float:
    """How wide *text* is drawn by :func:`draw_text`."""
    return sum(pdfmetrics.stringWidth(piece, name, size) for piece, name in font_runs(text, font))


def text_shapes(x: float, y: float, text: str, font: str, size: float, colour: colors.Color,
                anchor: str = "start") -> shapes.Group:
    """One line of user text in a chart (*anchor*: "start", "middle" or "end" at *x*), its
    pictographs in the symbol font."""
    width = text_width(text, font, size)
    x -= {"start": 0, "middle": width / 2, "end": width}[anchor]
    group = shapes.Group()
    for piece, name in font_runs(text, font):
        group.add(shapes.String(x, y, piece, fontName=name, fontSize=size, fillColor=colour))
        x += pdfmetrics.stringWidth(piece, name, size)
    return group


def draw_text(canv: canvas.Canvas, x: float, y: float, text: str, font: str,
              size: float) -> None:
    """One line of user text on the canvas, its pictographs in the symbol font (one text
    object, so that copying the line copies it whole)."""
    line = canv.beginText(x, y)
    for piece, name in font_runs(text, font):
        line.setFont(name, size)
        line.textOut(piece)
    canv.drawText(line)


def _logo(png: bytes | None) -> ImageReader | None:
    """The school's logo, or None when there is none or it cannot be read.

    A damaged logo must never stop a print, so any error of the image library counts as no logo.
    """
    if not png:
        return None
    try:
        image = ImageReader(io.BytesIO(png))
        image.getRGBData()  # decode it all now: a truncated file fails here, not mid-print
    except Exception:
        return None
    return image


class _PageFrame:
    """Draws the running header and footer of one page."""

    LOGO_HEIGHT = 12 * mm
    LOGO_MAX_WIDTH = 45 * mm

    def __init__(self, info: DocumentInfo, labels: PageLabels) -> None:
        self.info = info
        self.labels = labels
        self.logo = _logo(info.logo_png)
        self.printed = fill(labels.printed, date=format_date(info.printed or dt.date.today()))

    def draw(self, canv: canvas.Canvas, page: int, pages: int) -> None:
        canv.saveState()
        self._header(canv)
        self._footer(canv, page, pages)
        canv.restoreState()

    def _header(self, canv: canvas.Canvas) -> None:
        left, right = MARGIN, PAGE_WIDTH - MARGIN
        rule_y = PAGE_HEIGHT - 23 * mm
        room = CONTENT_WIDTH
        if self.logo is not None:
            image_width, image_height = self.logo.getSize()
            height = self.LOGO_HEIGHT
            width = min(self.LOGO_MAX_WIDTH, height * image_width / max(image_height, 1))
            height = min(height, width * image_height / max(image_width, 1))
            canv.drawImage(self.logo, right - width, rule_y + 2 * mm, width, height,
                           mask="auto", preserveAspectRatio=True, anchor="se")
            room -= width + 6 * mm
        # One line each: a title typed with a line break would otherwise print its break
        # character as a box in the running header.
        lines = [(one_line(self.info.school), FONT_BOLD, 10, NAVY),
                 (one_line(" · ".join(filter(None, [self.info.title, self.info.subtitle]))),
                  FONT, 8, MUTED)]
        y = PAGE_HEIGHT - 15 * mm
        for text, font, size, colour in lines:
            if text.strip():
                text, fitted = _fit(text, font, size, room)
                canv.setFillColor(colour)
                draw_text(canv, left, y, text, font, fitted)
                y -= 4.5 * mm
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.5)
        canv.line(left, rule_y, right, rule_y)

    def _footer(self, canv: canvas.Canvas, page: int, pages: int) -> None:
        left, right = MARGIN, PAGE_WIDTH - MARGIN
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.5)
        canv.line(left, 19 * mm, right, 19 * mm)
        page_text = fill(self.labels.page, page=page, pages=pages)
        canv.setFont(FONT, 8.5)
        canv.setFillColor(INK)
        canv.drawRightString(right, 14.5 * mm, page_text)
        canv.setFont(FONT, 7.5)
        canv.setFillColor(MUTED)
        canv.drawRightString(right, 10.8 * mm, self.printed)
        used = max(pdfmetrics.stringWidth(page_text, FONT, 8.5),
                   pdfmetrics.stringWidth(self.printed, FONT, 7.5))
        width = CONTENT_WIDTH - used - 10 * mm
        lines = simpleSplit(self.labels.confidentiality, FONT, 7.5, width)
        if len(lines) > 2:
            lines = [lines[0], _fit(" ".join(lines[1:]), FONT, 7.5, width)[0]]
        for index, line in enumerate(lines):
            canv.drawString(left, (14.5 - 3.7 * index) * mm, line)


class _NumberedCanvas(canvas.Canvas):
    """A canvas that holds every page back until the end, so each can say "Side X af Y"."""

    def __init__(self, *args: Any, frame: _PageFrame, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._frame = frame
        self._held_pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._held_pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        pages = len(self._held_pages)
        for state in self._held_pages:
            self.__dict__.update(state)
            self._frame.draw(self, self._pageNumber, pages)
            super().showPage()
        super().save()


def build_document(path: Path, info: DocumentInfo, story: Sequence[Flowable],
                   labels: PageLabels) -> Path:
    """Write *story* to *path* as an A4 PDF in the house style, and return *path*.

    Every later document (observation notes, conversation referat, cycle reports) calls this with
    its own flowables, so all of them share one look, one page frame and one set of metadata.
    """
    register_fonts()
    doc = BaseDocTemplate(
        str(path), pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=TOP_MARGIN,
        bottomMargin=BOTTOM_MARGIN, title=info.full_title, author=info.author or info.school,
        subject=info.subject, creator="PLF Desktop", lang=info.lang, initialFontName=FONT,
        displayDocTitle=1)
    # One frame without reportlab's default 6 pt padding, so the text lines up exactly with
    # the running header and footer drawn at the margins.
    frame = Frame(MARGIN, BOTTOM_MARGIN, CONTENT_WIDTH, PAGE_HEIGHT - TOP_MARGIN - BOTTOM_MARGIN,
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="body")
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    doc.build(list(story), canvasmaker=functools.partial(_NumberedCanvas,
                                                         frame=_PageFrame(info, labels)))
    return path
