"""The printed referat of a didactic conversation, checked as a reader would.

The report is built by hand (no database), the words come from ``conversation_labels()`` with
the Danish translation installed, and the PDF is read back with pypdf. The PDF helpers are
shared with the meeting referat's tests, so both documents keep the same promises.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import replace
from pathlib import Path
from types import SimpleNamespace

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QLocale
from test_meeting_referat import (
    HOSTILE,
    LONG_END,
    LONG_START,
    Pdf,
    assert_sound_pdf,
    long_text,
    read_pdf,
)

from plf_desktop import exports
from plf_desktop.domain.conversation_templates import (
    ConversationPhase,
    ConversationTemplate,
    GuidingQuestion,
)
from plf_desktop.domain.conversations import (
    PHASE_NOTE,
    Conversation,
    ConversationReport,
    LinkedObservation,
)
from plf_desktop.domain.labels import AgreementStatus
from plf_desktop.domain.records import Agreement, AgreementRow, School
from plf_desktop.exports import conversation_labels, export_conversation_pdf
from plf_desktop.i18n import install_translators
from plf_desktop.reports.conversation_referat import (
    ConversationLabels,
    write_conversation_referat,
)

PRINTED = dt.date(2026, 11, 24)
FRAME = ("Ærøskøbing Skole", "Referat af didaktisk samtale · ", "Side ", "Udskrevet ",
         "Fortroligt – internt")

TEMPLATE = ConversationTemplate(
    key="kl-fire-faser", name="Didaktisk samtale – KL's fire faser", version=2,
    description="Når teamet vil blive klogere på en undervisningssituation.",
    phases=(
        ConversationPhase(
            "Samtalens fundament", "Fokuspersonens eget perspektiv bliver synligt.",
            "Fokusperson", 10,
            (GuidingQuestion("Beskriv situationen fra dit perspektiv."),
             GuidingQuestion("Hvad var dine intentioner med forløbet?"),
             GuidingQuestion("Hvad undrede dig?"))),
        ConversationPhase(
            "Data og iagttagelser", "Vi ser på, hvad der skete, før vi tolker.", "Kolleger", 15,
            (GuidingQuestion("Hvad viser observationerne om elevernes deltagelse?"),
             GuidingQuestion("Hvad ser I ikke i data?")), shows_data=True),
        ConversationPhase(
            "Nye perspektiver", "Andre forklaringer og forskning.", "Vejleder", 15,
            (GuidingQuestion("Hvilke andre forklaringer kunne der være?"),)),
        ConversationPhase(
            "Fremadrettede handlinger", "Fra indsigt til handling.", "Fokusperson", 10,
            (GuidingQuestion("Hvad vil du afprøve?"),
             GuidingQuestion("Hvordan ved du, om det virker?"))),
    ))

NOTES = {
    (0, 0): "Eleverne gik i stå, da de skulle læse makkerlæsning på egen hånd.",
    (0, 2): "At de stærke læsere også mistede overblikket.",
    (0, PHASE_NOTE): "Åse fortalte om klassens første uger efter sommerferien.",
    (1, 0): "8 af 24 elever blev ikke hørt i løbet af lektionen.",
    (1, PHASE_NOTE): "Łukasz viste pladsoversigten fra observationen.",
    (3, 1): "Exit tickets hver fredag i fire uger; vi ser på dem på næste møde.",
}
UNANSWERED = ("Hvad var dine intentioner med forløbet?", "Hvad ser I ikke i data?",
              "Hvilke andre forklaringer kunne der være?", "Hvad vil du afprøve?")


def make_report(notes: dict[tuple[int, int], str] | None = None,
                **conversation_changes: object) -> ConversationReport:
    """A full conversation with 5.A's team: every part of the referat has something to show,
    except the third phase, which nobody wrote under."""
    conversation = Conversation(
        id="c1", title="Makkerlæsning i 5.A", date=dt.date(2026, 11, 10), template=TEMPLATE,
        start_time=dt.time(14, 0), focus_person_id="ase", team_id="t1",
        participant_ids=("ase", "lukasz", "ida"),
        purpose="At blive klogere på, hvorfor makkerlæsningen går i stå.",
        content="Danskundervisningen i 5.A, uge 44–45.",
        data_basis="To observationer og læsescreeningen fra september.",
        summary="Åse tager exit tickets med som det første skridt.",
        next_steps="Teamet ser på exit tickets den 1. december.",
        observation_ids=("o1", "o2"))
    observations = (
        LinkedObservation("o1", "5.A dansk – Åse Bækgård", dt.date(2026, 11, 3),
                          ((60.0, "OBSERVATIONSNOTE må ikke med", ""),)),
        LinkedObservation("o2", "5.A dansk – Łukasz Ødegård", dt.date(2026, 11, 5)))
    agreements = (
        AgreementRow(Agreement("a1", "Afprøv exit tickets hver fredag", "ase",
                               dt.date(2026, 12, 1)), "Åse Bækgård"),
        AgreementRow(Agreement("a2", "Find tekster i to sværhedsgrader", "lukasz",
                               dt.date(2026, 11, 17), AgreementStatus.IN_PROGRESS),
                     "Łukasz Ødegård"),
    )
    return ConversationReport(
        School("Ærøskøbing Skole", "Ærø Kommune"),
        replace(conversation, **conversation_changes), focus_person="Åse Bækgård",
        participants=("Åse Bækgård", "Łukasz Ødegård", "Ida Sørensen"),
        team_name="5.A klasseteam", notes=NOTES if notes is None else notes,
        observations=observations, agreements=agreements)


@pytest.fixture(scope="module")
def danish(qapp) -> ConversationLabels:
    """The referat's words in Danish (plain strings: the translator is removed again)."""
    locale = QLocale()
    assert install_translators("da")
    try:
        return conversation_labels()
    finally:
        install_translators("en")
        QLocale.setDefault(locale)


def write(folder: Path, labels: ConversationLabels, report: ConversationReport | None = None,
          name: str = "samtale.pdf") -> Path:
    """Write the referat with a fixed print date, so the page frame can be checked exactly."""
    return write_conversation_referat(report or make_report(), labels, folder / name,
                                      printed=PRINTED)


@pytest.fixture(scope="module")
def referat(danish, tmp_path_factory) -> Pdf:
    """The full conversation's referat, written once for the tests that only read it."""
    return assert_sound_pdf(write(tmp_path_factory.mktemp("referat"), danish))


# -- the referat -------------------------------------------------------------------------------
def test_referat_is_a_sound_a4_pdf_with_the_danish_page_frame(referat):
    for page in referat.pages:
        for words in ("Ærøskøbing Skole",
                      "Referat af didaktisk samtale · Makkerlæsning i 5.A, 10.11.2026",
                      "Udskrevet 24.11.2026", "Fortroligt – internt arbejdsdokument."):
            assert words in page


def test_referat_shows_every_part_in_reading_order(referat):
    flat = referat.flat()
    order = ["REFERAT AF DIDAKTISK SAMTALE", "Makkerlæsning i 5.A",
             "Dato 10.11.2026", "Tidspunkt 14:00–14:50",
             "Fokusperson Åse Bækgård", "Team 5.A klasseteam",
             "Deltagere Åse Bækgård, Łukasz Ødegård, Ida Sørensen",
             "Model Didaktisk samtale – KL's fire faser, version 2",
             "Kontrakt", "Formål", "At blive klogere på", "Indhold", "uge 44–45.",
             "Data samtalen bygger på", "To observationer og læsescreeningen",
             "Observationer", "5.A dansk – Åse Bækgård 03.11.2026",
             "5.A dansk – Łukasz Ødegård 05.11.2026",
             "Faser", "1. Samtalens fundament", "Taler mest: Fokusperson · 10 min.",
             "Beskriv situationen fra dit perspektiv.", NOTES[0, 0],
             "Hvad undrede dig?", NOTES[0, 2], "Øvrige noter", NOTES[0, PHASE_NOTE],
             "2. Data og iagttagelser", "Taler mest: Kolleger · 15 min.",
             "Hvad viser observationerne om elevernes deltagelse?", NOTES[1, 0],
             "Øvrige noter", NOTES[1, PHASE_NOTE],
             "3. Nye perspektiver", "Taler mest: Vejleder · 15 min.", "Ingen noter",
             "4. Fremadrettede handlinger", "Hvordan ved du, om det virker?", NOTES[3, 1],
             "Opsamling", "Åse tager exit tickets med",
             "Næste skridt", "Teamet ser på exit tickets den 1. december.",
             "Aftaler", "Hvad Ansvarlig Frist Status",
             "Afprøv exit tickets hver fredag Åse Bækgård 01.12.2026 Åben",
             "Find tekster i to sværhedsgrader Łukasz Ødegård 17.11.2026 I gang"]
    position = 0
    for phrase in order:
        found = flat.find(phrase, position)
        assert found >= 0, f"{phrase!r} missing after {flat[max(0, position - 80):position]!r}"
        position = found + len(phrase)


def test_only_answered_questions_and_no_observation_notes_are_printed(referat):
    flat = referat.flat()
    for question in UNANSWERED:
        assert question not in flat
    assert "OBSERVATIONSNOTE" not in flat
    assert flat.count("Ingen noter") == 1


def test_danish_letters_and_foreign_names_survive(referat):
    for word in ("Åse Bækgård", "Łukasz Ødegård", "Ærøskøbing", "Formål", "Næste skridt",
                 "sværhedsgrader", "Øvrige noter"):
        assert word in referat.text


def test_metadata_names_the_document_and_its_language(danish, tmp_path):
    reader = PdfReader(write(tmp_path, danish))
    assert reader.metadata.title == "Referat af didaktisk samtale – Makkerlæsning i 5.A, 10.11.2026"
    assert reader.metadata.author == "Ærøskøbing Skole"
    assert reader.trailer["/Root"]["/Lang"] == "da-DK"


def test_user_text_is_printed_literally_never_as_markup(danish, tmp_path):
    long = long_text()
    template = replace(TEMPLATE, name="<b>Model</b> & co", phases=(
        replace(TEMPLATE.phases[0], title="<i>Fase</i> & </para>", speaker="<u>Alle</u>",
                questions=(GuidingQuestion('Spørg <font color="red">rødt</font>?'),)),
        *TEMPLATE.phases[1:]))
    report = make_report(
        {(0, 0): f"{HOSTILE}\n\n    indrykket linje", (0, PHASE_NOTE): long,
         (1, 1): "<b>Ingen</b> noter & 😀"},
        title='Samtale <b>fed</b> & "co"', template=template, purpose="<br/> & &nbsp;",
        summary='<font size="40">stor</font>')
    report = replace(report, focus_person="<b>Åse</b> & co",
                     observations=(LinkedObservation("o", "Obs <i>1</i> &amp;",
                                                     dt.date(2026, 11, 3)),),
                     agreements=(AgreementRow(Agreement("a", "<b>Aftale</b> & </para> 😀"),
                                              "<i>Łukasz</i>"),))
    pdf = assert_sound_pdf(write(tmp_path, danish, report))
    flat = pdf.flat()
    for literal in ("<b>ikke fed</b>", "<i>kursiv</i>", '<font color="red">rød</font>',
                    "</para>", "&amp; &lt;", "😀 😊", 'Samtale <b>fed</b> & "co"',
                    "<b>Model</b> & co", "<i>Fase</i> & </para>", "Taler mest: <u>Alle</u>",
                    'Spørg <font color="red">rødt</font>?', "indrykket linje",
                    "<b>Ingen</b> noter & 😀", "<br/> & &nbsp;", '<font size="40">stor</font>',
                    "Fokusperson <b>Åse</b> & co", "Obs <i>1</i> &amp;",
                    "<b>Aftale</b> & </para> 😀 <i>Łukasz</i>"):
        assert literal in flat, literal
    # The 20,000 characters run on over pages, and not one of them is lost.
    first = next(i for i, page in enumerate(pdf.pages) if LONG_START in page)
    last = next(i for i, page in enumerate(pdf.pages) if LONG_END in page)
    assert last > first
    assert long in pdf.body(*FRAME)


def test_a_bare_conversation_prints_every_phase_and_says_ingen(danish, tmp_path):
    bare = ConversationReport(School("Ærøskøbing Skole"),
                              Conversation("c", "", dt.date(2026, 11, 10), TEMPLATE))
    pdf = assert_sound_pdf(write(tmp_path, danish, bare))
    flat = pdf.flat()
    assert "Didaktisk samtale – KL's fire faser" in flat  # the model's name stands in
    assert flat.count("Ingen noter") == len(TEMPLATE.phases)
    assert "Aftaler Ingen" in flat
    assert "Dato 10.11.2026 Model" in flat
    for missing in ("Kontrakt", "Observationer", "Opsamling", "Næste skridt", "Tidspunkt",
                    "Deltagere", "Team", "Øvrige noter"):
        assert missing not in flat
    assert len(pdf.pages) == 1


def test_english_labels_come_from_the_source_strings(qapp):
    labels = conversation_labels()
    assert labels.document_title == "Minutes of didactic conversation"
    assert labels.version.format(version=3) == "version 3"
    assert labels.enum(AgreementStatus.OPEN)


# -- the export --------------------------------------------------------------------------------
def test_export_writes_the_referat_atomically(qapp, tmp_path, monkeypatch):
    asked = []

    def report(conversation_id: str) -> ConversationReport:
        asked.append(conversation_id)
        return make_report()

    services = SimpleNamespace(conversations=SimpleNamespace(report=report))
    target = tmp_path / "samtale.pdf"
    target.write_bytes(b"old")
    assert export_conversation_pdf(services, "c1", target) == target
    assert asked == ["c1"]
    assert target.read_bytes().startswith(b"%PDF")
    assert os.listdir(tmp_path) == ["samtale.pdf"]
    assert "Makkerlæsning i 5.A" in read_pdf(target).text

    def half_written(report, labels, path):
        path.write_bytes(b"%PDF-1.4 half")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(exports, "write_conversation_referat", half_written)
    with pytest.raises(exports.StorageError):
        export_conversation_pdf(services, "c1", target)
    assert target.read_bytes().startswith(b"%PDF") and b"half" not in target.read_bytes()
    assert os.listdir(tmp_path) == ["samtale.pdf"]
