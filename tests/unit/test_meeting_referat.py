"""The printed referat, checked as a reader would: Qt-free, from hand-made records and labels.

The helpers at the top (``read_pdf``, ``assert_sound_pdf``) are shared with
``test_export_meeting.py``, which checks the same promises on the translated export.
"""

from __future__ import annotations

import datetime as dt
import html
import io
import shutil
import subprocess
from dataclasses import dataclass, replace
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab import rl_config

from plf_desktop.domain.labels import (
    AgreementStatus,
    Attendance,
    DataLevel,
    DataSource,
    ItemKind,
)
from plf_desktop.domain.records import (
    AgendaItem,
    Agreement,
    AgreementRow,
    DataReference,
    Decision,
    FollowUp,
    Meeting,
    MeetingReport,
    Participant,
    School,
)
from plf_desktop.reports import house_style
from plf_desktop.reports.house_style import MAX_CHUNK, PageLabels, escape, paragraphs, styles
from plf_desktop.reports.meeting_referat import ReferatLabels, write_meeting_referat

A4_POINTS = (595.3, 841.9)
PRINTED = dt.date(2026, 11, 24)
HOSTILE = ('Fed: <b>ikke fed</b> & <i>kursiv</i> <font color="red">rød</font> </para> '
           "&amp; &lt; 😀 😊")
LONG_START, LONG_END = "LANGTEKSTBEGYNDER", "LANGTEKSTSLUTTER"


def long_text(length: int = 20_000) -> str:
    """One 20,000-character paragraph (no line breaks) with a distinctive start and end."""
    body = " ".join(f"ord{i} æøå" for i in range(length // 8))
    return f"{LONG_START} {body}"[: length - len(LONG_END) - 1] + f" {LONG_END}"


# -- reading a PDF as a reader (and a printer) would ------------------------------------------
@dataclass
class Pdf:
    """What a reader can check in a PDF: its pages' text, sizes, fonts and metadata."""

    reader: PdfReader
    pages: list[str]

    @property
    def text(self) -> str:
        return "\n".join(self.pages)

    def flat(self) -> str:
        """All text with line breaks turned into spaces, for phrases that wrap."""
        return " ".join(self.text.split())

    def font_names(self) -> set[str]:
        """The fonts the pages use, by family file name (reportlab names each subset it
        embeds after its font, with a suffix)."""
        names = set()
        for page in self.reader.pages:
            for font in _fonts(page.get("/Resources")):
                base = str(font.get("/BaseFont")).lstrip("/").split("+")[-1]
                names.add(base.rsplit("-", 1)[0] if base[-1].isdigit() else base)
        return names

    def body(self, *frame: str) -> str:
        """Like :meth:`flat` without the page frame's lines (those starting with *frame*), so
        text running over a page break reads on as one."""
        lines = [line for line in self.text.splitlines() if not line.startswith(frame)]
        return " ".join(" ".join(lines).split())


def read_pdf(path: Path) -> Pdf:
    reader = PdfReader(path)
    return Pdf(reader, [page.extract_text() for page in reader.pages])


def _fonts(resources) -> list:
    """Every font dictionary reachable from a resource dictionary, forms included."""
    found = []
    resources = resources.get_object() if resources is not None else {}
    for font in (resources.get("/Font") or {}).values():
        found.append(font.get_object())
    for xobject in (resources.get("/XObject") or {}).values():
        xobject = xobject.get_object()
        if xobject.get("/Subtype") == "/Form":
            found += _fonts(xobject.get("/Resources"))
    return found


def assert_sound_pdf(path: Path, page_words: str = "Side {page} af {pages}") -> Pdf:
    """A4 pages, every font embedded (no Helvetica anywhere), the page number on every page,
    and ``qpdf --check`` happy when qpdf is installed."""
    pdf = read_pdf(path)
    assert pdf.pages, "no pages"
    for number, page in enumerate(pdf.reader.pages, start=1):
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        assert width == pytest.approx(A4_POINTS[0], abs=1)
        assert height == pytest.approx(A4_POINTS[1], abs=1)
        fonts = _fonts(page.get("/Resources"))
        assert fonts, f"page {number} has no fonts"
        for font in fonts:
            assert "Helvetica" not in str(font.get("/BaseFont"))
            if font.get("/Subtype") == "/Type0":
                font = font["/DescendantFonts"][0].get_object()
            descriptor = font["/FontDescriptor"].get_object()
            assert {"/FontFile", "/FontFile2", "/FontFile3"} & set(descriptor), font
        expected = page_words.format(page=number, pages=len(pdf.pages))
        assert expected in pdf.pages[number - 1]
    assert b"Helvetica" not in path.read_bytes()
    if shutil.which("qpdf"):
        check = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True)
        assert check.returncode == 0, check.stdout + check.stderr
    return pdf


# -- hand-made records and labels --------------------------------------------------------------
DANISH = ReferatLabels(
    page=PageLabels("Side {page} af {pages}", "Udskrevet {date}",
                    "Fortroligt – internt arbejdsdokument. Indeholder ikke elevnavne eller "
                    "CPR-numre."),
    document_title="Referat", team="Team", date="Dato", time="Tidspunkt", place="Sted",
    chair="Tovholder", minute_taker="Referent", timekeeper="Tidtager",
    participants="Deltagere", absent="Afbud", follow_up="Opfølgning på aftaler",
    from_meeting="Fra møde", agenda="Dagsorden", minutes="{minutes} min.",
    responsible="Ansvarlig", decisions="Beslutninger", data="Data, vi så på", period="Periode",
    level="Niveau", confidential="Fortroligt", agreements="Aftaler", what="Hvad", due="Frist",
    status="Status", none="Ingen", next_meeting="Næste møde", not_set="Ikke fastlagt endnu",
    note="Bemærkning", evaluation="Evaluering af mødet", rating="Vurdering",
    enums={ItemKind.INFORMATION: "Orientering", ItemKind.DISCUSSION: "Drøftelse",
           ItemKind.DECISION: "Beslutning", AgreementStatus.OPEN: "Åben",
           AgreementStatus.IN_PROGRESS: "I gang", AgreementStatus.DONE: "Udført",
           DataSource.WELLBEING: "Trivselsmåling", DataLevel.YEAR: "Årgang",
           DataLevel.CLASS: "Klasse"})

PEOPLE = {"ase": "Åse Bækgård", "lukasz": "Łukasz Ødegård", "ida": "Ida Sørensen",
          "odon": "Ödön Ősz"}


def make_report(notes: str = "Vi så på læsescreeningen.", **meeting_changes) -> MeetingReport:
    """A full meeting of 5.A's team: every section of the referat has something to show."""
    agenda = (
        AgendaItem("i1", "Rammesætning, roller og formål", ItemKind.INFORMATION, 3, "ida",
                   "Tovholderen siger mødets formål."),
        AgendaItem("i2", "Data: hvad ser vi?", ItemKind.DISCUSSION, 10, "ase",
                   "Beskriv data, før I tolker dem.", notes),
        AgendaItem("i3", "Tiltag i undervisningen og tegn", ItemKind.DECISION, 15, None, "",
                   "Vi indfører læsemakkere.",
                   (Decision("d1", "Læsemakkere tre gange om ugen"),
                    Decision("d2", "Tegn på læring registreres på klasseniveau"))),
    )
    meeting = Meeting(
        id="m2", title="PLF-møde – 5.A klasseteam", date=dt.date(2026, 11, 3),
        start_time=dt.time(14, 0), place="Mødelokale 2", team_id="t1", chair_id="ida",
        minute_taker_id="ase", timekeeper_id="lukasz",
        participants=(Participant("ase"), Participant("lukasz"), Participant("ida"),
                      Participant("odon", Attendance.ABSENT)),
        agenda=agenda,
        data_references=(
            DataReference("r1", DataSource.WELLBEING, "2025/26", DataLevel.YEAR,
                          "Faglig trivsel 3,6 (årgangen 3,9).", confidential=True),),
        next_date=dt.date(2026, 12, 1), next_time=dt.time(14, 0), next_place="Mødelokale 2",
        next_note="Vi ser på exit tickets.", evaluation_rating=4,
        evaluation_note="God tidsstyring.")
    earlier = Agreement("a0", "Afprøv exit tickets", "ase", dt.date(2026, 10, 27),
                        AgreementStatus.DONE)
    agreements = (
        AgreementRow(Agreement("a1", "Find tekster i to sværhedsgrader", "lukasz",
                               dt.date(2026, 11, 17)), "Łukasz Ødegård"),
        AgreementRow(Agreement("a2", "Lav tjeklisten til tegn på læring", "ase",
                               dt.date(2026, 11, 12), AgreementStatus.IN_PROGRESS),
                     "Åse Bækgård"),
    )
    return MeetingReport(
        School("Ærøskøbing Skole", "Ærø Kommune"), replace(meeting, **meeting_changes),
        "5.A klasseteam", PEOPLE,
        (FollowUp(earlier, "Åse Bækgård", "PLF-møde – 5.A klasseteam", dt.date(2026, 10, 6),
                  AgreementStatus.DONE),),
        agreements)


@pytest.fixture(autouse=True)
def _invariant(monkeypatch):
    """Reproducible files (fixed ids and dates inside the PDF)."""
    monkeypatch.setattr(rl_config, "invariant", 1)


def write(tmp_path: Path, report: MeetingReport | None = None, name: str = "referat.pdf",
          labels: ReferatLabels = DANISH) -> Path:
    return write_meeting_referat(report or make_report(), labels, tmp_path / name,
                                 printed=PRINTED)


# -- the referat -----------------------------------------------------------------------------
def test_referat_is_a_sound_a4_pdf_with_the_page_frame_on_every_page(tmp_path):
    pdf = assert_sound_pdf(write(tmp_path, make_report(notes=long_text())))
    assert len(pdf.pages) >= 3
    for page in pdf.pages:
        assert "Ærøskøbing Skole" in page
        assert "Referat · PLF-møde – 5.A klasseteam, 03.11.2026" in page
        assert "Udskrevet 24.11.2026" in page
        assert "Fortroligt – internt arbejdsdokument." in page


def test_referat_shows_every_section_in_reading_order(tmp_path):
    flat = read_pdf(write(tmp_path)).flat()
    order = ["REFERAT", "PLF-møde – 5.A klasseteam", "Team 5.A klasseteam",
             "Dato 03.11.2026", "Tidspunkt 14:00–14:28", "Tovholder Ida Sørensen",
             "Referent Åse Bækgård", "Tidtager Łukasz Ødegård",
             "Deltagere Åse Bækgård, Łukasz Ødegård, Ida Sørensen", "Afbud Ödön Ősz",
             "Opfølgning på aftaler", "Hvad Ansvarlig Fra møde Status", "Afprøv exit tickets",
             "PLF-møde – 5.A klasseteam, 06.10.2026 Udført",
             "Dagsorden", "1. Rammesætning, roller og formål",
             "Orientering · 3 min. · Ansvarlig: Ida Sørensen", "Tovholderen siger",
             "2. Data: hvad ser vi?", "Vi så på læsescreeningen.", "3. Tiltag i undervisningen",
             "Beslutning · 15 min.", "Beslutninger", "Læsemakkere tre gange om ugen",
             "Data, vi så på", "Trivselsmåling FORTROLIGT", "Periode: 2025/26 · Niveau: Årgang",
             "Aftaler", "Hvad Ansvarlig Frist Status",
             "Find tekster i to sværhedsgrader Łukasz Ødegård 17.11.2026 Åben",
             "Lav tjeklisten til tegn på læring Åse Bækgård 12.11.2026 I gang",
             "Næste møde", "Dato 01.12.2026 Tidspunkt 14:00", "Sted Mødelokale 2",
             "Bemærkning", "Vi ser på exit tickets.",
             "Evaluering af mødet", "Vurdering: 4/5", "God tidsstyring."]
    position = 0
    for phrase in order:
        found = flat.find(phrase, position)
        assert found >= 0, f"{phrase!r} missing after {flat[position - 80:position]!r}"
        position = found + len(phrase)


def test_danish_letters_and_foreign_names_survive(tmp_path):
    report = make_report(notes="æøå ÆØÅ – « » “ ” € ✓ → Łukasz Ödön ő")
    text = read_pdf(write(tmp_path, report)).text
    for word in ("æøå ÆØÅ", "Åse Bækgård", "Łukasz Ødegård", "Ödön Ősz", "« » “ ” € ✓ →",
                 "Mødelokale", "Ærøskøbing"):
        assert word in text


def test_user_text_is_printed_literally_never_as_markup(tmp_path):
    long = long_text()
    notes = f"{HOSTILE}\n\n    indrykket linje\n{long}"
    report = make_report(
        notes, title='Møde <b>fed</b> & "co"', place="Lokale <7> & </para>",
        agenda=(AgendaItem("x", "<i>Punkt</i> & co", ItemKind.DECISION, 5, None, "", notes,
                           (Decision("d", "<b>Beslutning</b> & </para>"),)),),
        next_note='<font size="40">stor</font>')
    pdf = assert_sound_pdf(write(tmp_path, report))
    flat = pdf.flat()
    for literal in ("<b>ikke fed</b>", "<i>kursiv</i>", '<font color="red">rød</font>',
                    "</para>", "&amp; &lt;", "😀 😊", 'Møde <b>fed</b> & "co"',
                    "Lokale <7> & </para>", "<i>Punkt</i> & co", "<b>Beslutning</b> & </para>",
                    '<font size="40">stor</font>', "indrykket linje", LONG_START, LONG_END):
        assert literal in flat, literal
    # Not one of the 20,000 characters is lost between the start and the end.
    assert long in pdf.body("Ærøskøbing Skole", "Referat · ", "Side ", "Udskrevet ",
                            "Fortroligt – internt")


def test_empty_sections_are_left_out_but_aftaler_says_ingen(tmp_path):
    bare = MeetingReport(School("Ærøskøbing Skole"),
                         Meeting("m", "Kort møde", dt.date(2026, 11, 3)), "")
    pdf = assert_sound_pdf(write(tmp_path, bare))
    flat = pdf.flat()
    assert "Aftaler Ingen" in flat
    assert "Næste møde Ikke fastlagt endnu" in flat
    for missing in ("Opfølgning", "Dagsorden", "Data, vi så på", "Evaluering", "Tovholder",
                    "Tidspunkt", "Afbud"):
        assert missing not in flat
    assert len(pdf.pages) == 1


def test_metadata_names_the_document_and_its_language(tmp_path):
    path = write(tmp_path)
    reader = PdfReader(path)
    assert reader.metadata.title == "Referat – PLF-møde – 5.A klasseteam, 03.11.2026"
    assert reader.metadata.author == "Ærøskøbing Skole"
    assert reader.trailer["/Root"]["/Lang"] == "da-DK"


def test_logo_is_printed_and_a_broken_logo_is_ignored(tmp_path):
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGBA", (300, 100), (31, 58, 95, 255)).save(buffer, "PNG")
    png = buffer.getvalue()
    with_logo = replace(make_report(), school=School("Ærøskøbing Skole", logo_png=png))
    reader = PdfReader(write(tmp_path, with_logo, "logo.pdf"))
    for page in reader.pages:
        assert "/XObject" in page["/Resources"]
    for number, damaged in enumerate([b"not a png", png[: len(png) // 2]]):
        broken = replace(make_report(), school=School("Ærøskøbing Skole", logo_png=damaged))
        assert_sound_pdf(write(tmp_path, broken, f"broken{number}.pdf"))


def test_a_broken_page_translation_does_not_stop_the_print(tmp_path):
    labels = replace(DANISH, page=PageLabels("Side {side}", "Udskrevet {date}", "Fortroligt"))
    text = read_pdf(write(tmp_path, labels=labels)).text
    assert "Side {side} 1 " in text


def test_a_huge_place_is_split_over_pages_not_cut_off(tmp_path):
    place = f"{LONG_START} " + "sted " * 1500 + LONG_END
    flat = read_pdf(write(tmp_path, make_report(place=place))).flat()
    assert LONG_START in flat and LONG_END in flat


# -- the house style's text helpers ------------------------------------------------------------
def test_escape_makes_markup_literal_and_keeps_line_breaks_and_indentation():
    assert escape("a & <b>\r\nc</para>") == "a &amp; &lt;b&gt;<br/>c&lt;/para&gt;"
    assert escape("  x  y\tz") == "\u00a0\u00a0x \u00a0y \u00a0\u00a0\u00a0z"
    assert escape("bell\x07 null\x00 \ud800") == "bell null \ufffd"


def test_long_text_becomes_several_paragraphs_without_losing_a_character():
    lines = [f"linje {i} " + "x" * 90 for i in range(200)]
    text = "\n".join(lines[:100]) + "\n\n" + "\n".join(lines[100:])
    pieces = paragraphs(text, styles().body)
    assert len(pieces) > 4
    assert all(len(p.text) <= MAX_CHUNK + 200 for p in pieces)
    rebuilt = "\n".join(html.unescape(p.text.replace("<br/>", "\n")) for p in pieces)
    assert rebuilt.split("\n") == [line for line in text.split("\n") if line]
    # Pieces of one paragraph join without extra space; the blank line keeps its gap.
    assert pieces[0].style.spaceAfter == 0 and pieces[1].style.spaceBefore == 0
    assert paragraphs("", styles().body) == [] and paragraphs(" \n\n ", styles().body) == []


def test_a_huge_single_line_is_cut_after_sentences_keeping_every_character():
    sentence = "Eleverne læser med makker. "
    text = sentence * 2000  # 54,000 characters without a line break
    pieces = paragraphs(text, styles().body)
    assert len(pieces) > 5
    assert all(html.unescape(p.text).endswith("makker.") for p in pieces)
    rebuilt = " ".join(html.unescape(p.text) for p in pieces)
    assert rebuilt == text.strip()


def test_fonts_are_registered_once_and_drawings_default_to_them():
    from reportlab.graphics import shapes
    from reportlab.pdfbase import pdfmetrics

    assert house_style.register_fonts() == house_style.register_fonts() == "DejaVuSans"
    assert shapes.STATE_DEFAULTS["fontName"] == "DejaVuSans"
    assert {"DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique",
            "DejaVuSans-BoldOblique"} <= set(pdfmetrics.getRegisteredFontNames())
