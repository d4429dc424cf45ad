"""The action plan and the course report of an action-learning course, checked as a reader would.

The report is built by hand (no database), the words come from ``cycle_labels()`` with the
Danish translation installed, and the PDFs are read back with pypdf. The PDF helpers are shared
with the meeting referat's tests, so every printed document keeps the same promises.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import replace
from pathlib import Path
from types import SimpleNamespace

import pytest
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
from plf_desktop.domain.cycles import (
    Cycle,
    CycleModel,
    CycleReport,
    CycleStage,
    QuickWrite,
    Round,
    RoundReport,
)
from plf_desktop.domain.errors import NotFoundError
from plf_desktop.domain.labels import AgreementStatus
from plf_desktop.domain.records import Agreement, AgreementRow, School
from plf_desktop.exports import cycle_labels, export_action_plan_pdf, export_cycle_pdf
from plf_desktop.i18n import install_translators
from plf_desktop.reports.cycle_documents import (
    CycleLabels,
    write_action_plan,
    write_cycle_report,
)

PRINTED = dt.date(2026, 11, 24)
FRAME = ("Ærøskøbing Skole", "Forløbsrapport · ", "Aktionsplan og forberedelsesark · ",
         "Side ", "Udskrevet ", "Fortroligt – internt")

PROBLEM = "Hvordan får vi grupperne til at gå i gang med at arbejde, uanset hvem de er sammen med?"
ACTION_1 = "Rollekort til hver gruppe: ordstyrer, tidtager, skriver og spørger."
ACTION_2 = "Grupperne starter med et fælles spørgsmål på tavlen, før rollerne fordeles."
HIGHLIGHTS = ("Gruppe 3 fordeler rollerne på to minutter.",
              "Elev A7 tager ordet først i sin gruppe – første gang i denne uge.",
              "Tre grupper spørger læreren, hvad de skal lave, efter fem minutter.")


def make_report(**cycle_changes: object) -> CycleReport:
    """A course of 5.A's team in its second round: the first round observed, talked about and
    decided; the second planned, with neither observation nor conversation yet."""
    first = Round(
        "r1", "k1", 1, action=ACTION_1,
        reason="Roller gør det tydeligt, hvem der starter, og hvem der holder tiden.",
        expectation="Grupperne går i gang inden for tre minutter.",
        lesson_date=dt.date(2026, 9, 14), lesson_time=dt.time(10, 0),
        lesson="Dansk, 3. lektion: makkerlæsning i grupper af fire.",
        teacher_id="ase", observer_ids=("lukasz",),
        focus_points=("Hvem tager ordet først?", "Hvor lang tid går der til første aktivitet?"),
        data_to_collect="Observationsnoter og elevernes exit tickets.",
        observation_id="o1", conversation_id="c1", next_teacher_id="lukasz",
        next_observer_id="ase", referent_id="ida", decided="round")
    second = Round(
        "r2", "k1", 2, action=ACTION_2, reason="Et fælles spørgsmål giver noget at gå i gang med.",
        expectation="Færre grupper spørger læreren, hvad de skal lave.",
        lesson_date=dt.date(2026, 10, 5), lesson_time=dt.time(8, 15),
        lesson="Dansk, 1. lektion: analyse af en novelle.", teacher_id="lukasz",
        observer_ids=("ase", "ida"),
        focus_points=("Hvem tager ordet først?", "Hvad siger grupperne de første to minutter?",
                      "Hvornår spørger en gruppe læreren?"),
        data_to_collect="Observationsnoter; lydoptagelse af to grupper.",
        lesson_sequence="08:15 Fælles spørgsmål på tavlen\n08:20 Grupperne arbejder\n"
                        "08:45 Opsamling i klassen",
        watch_for="Hvad grupperne gør, før rollerne er fordelt.",
        focus_students="Gruppe 3 (elev A7, B2) og gruppe 5.",
        practicalities="Sid ved vinduet bag gruppe 3. Kom kl. 08:10.")
    cycle = Cycle(
        "k1", "Grupper, der kommer i gang", CycleModel.EVA, CycleStage.ROUNDS, "t1", "ida",
        class_label="5.A", subject="Dansk", started=dt.date(2026, 9, 1),
        participant_ids=("ase", "lukasz", "ida"),
        quick_writes=(QuickWrite("ase", "Grupperne går i stå efter ti minutter."),
                      QuickWrite("lukasz", "De stille elever kommer aldrig til orde.")),
        wonder="Vi undrer os over, at nogle grupper aldrig kommer i gang.",
        problem=PROBLEM, why="Gruppearbejde fylder en tredjedel af danskundervisningen.",
        goals="Alle grupper er i gang inden for tre minutter.",
        signs="Eleverne fordeler selv rollerne og spørger hinanden før læreren.",
        rounds=(first, second))
    rounds = (
        RoundReport(first, "Åse Bækgård", ("Łukasz Ødegård",), "5.A dansk – Åse Bækgård",
                    HIGHLIGHTS, "Rollekortene hjalp de fleste grupper i gang; ikke gruppe 5.",
                    "Vi prøver et fælles startspørgsmål i næste runde.",
                    (AgreementRow(Agreement("a1", "Skriv startspørgsmål til næste uge",
                                            "lukasz", dt.date(2026, 9, 28)), "Łukasz Ødegård"),
                     AgreementRow(Agreement("a2", "Læs kapitel 3 om gruppearbejde", "ase",
                                            dt.date(2026, 10, 1), AgreementStatus.IN_PROGRESS),
                                  "Åse Bækgård")),
                    "Łukasz Ødegård", "Åse Bækgård", "Ida Sørensen"),
        RoundReport(second, "Łukasz Ødegård", ("Åse Bækgård", "Ida Sørensen")),
    )
    return CycleReport(
        School("Ærøskøbing Skole", "Ærø Kommune"), replace(cycle, **cycle_changes),
        "5.A klasseteam", "Ida Sørensen", ("Åse Bækgård", "Łukasz Ødegård", "Ida Sørensen"),
        (("Åse Bækgård", "Grupperne går i stå efter ti minutter."),
         ("Łukasz Ødegård", "De stille elever kommer aldrig til orde.")),
        rounds)


@pytest.fixture(scope="module")
def labels(qapp) -> CycleLabels:
    """The documents' words in Danish (plain strings: the translator is removed again)."""
    locale = QLocale()
    assert install_translators("da")
    try:
        return cycle_labels()
    finally:
        install_translators("en")
        QLocale.setDefault(locale)


def write_report(folder: Path, labels: CycleLabels, report: CycleReport | None = None,
                 name: str = "forloeb.pdf") -> Path:
    """The course report with a fixed print date, so the page frame can be checked exactly."""
    return write_cycle_report(report or make_report(), labels, folder / name, printed=PRINTED)


def write_plan(folder: Path, labels: CycleLabels, number: int = 2,
               report: CycleReport | None = None, name: str = "aktionsplan.pdf") -> Path:
    return write_action_plan(report or make_report(), number, labels, folder / name,
                             printed=PRINTED)


def assert_in_order(flat: str, phrases: list[str]) -> None:
    position = 0
    for phrase in phrases:
        found = flat.find(phrase, position)
        assert found >= 0, f"{phrase!r} missing after {flat[max(0, position - 80):position]!r}"
        position = found + len(phrase)


@pytest.fixture(scope="module")
def course_report(labels, tmp_path_factory) -> Pdf:
    return assert_sound_pdf(write_report(tmp_path_factory.mktemp("report"), labels))


@pytest.fixture(scope="module")
def action_plan(labels, tmp_path_factory) -> Pdf:
    return assert_sound_pdf(write_plan(tmp_path_factory.mktemp("plan"), labels))


# -- the action plan ---------------------------------------------------------------------------
def test_action_plan_is_one_or_two_a4_pages_with_the_danish_frame(action_plan):
    assert 1 <= len(action_plan.pages) <= 2
    for page in action_plan.pages:
        for words in ("Ærøskøbing Skole",
                      "Aktionsplan og forberedelsesark · Grupper, der kommer i gang, Runde 2",
                      "Udskrevet 24.11.2026", "Fortroligt – internt arbejdsdokument."):
            assert words in page


def test_action_plan_holds_what_the_observers_need_in_reading_order(action_plan):
    assert_in_order(action_plan.flat(), [
        "AKTIONSPLAN OG FORBEREDELSESARK", "Grupper, der kommer i gang · Runde 2",
        "Dato 05.10.2026", "Tidspunkt 08:15", "Underviser Łukasz Ødegård",
        "Observatør(er) Åse Bækgård, Ida Sørensen", "Klasse/årgang 5.A", "Fag Dansk",
        "Team 5.A klasseteam", "Vejleder Ida Sørensen",
        "Problemstilling", PROBLEM,
        "Aktionsplan", "Aktion", ACTION_2, "Begrundelse", "Et fælles spørgsmål",
        "Forventning", "Færre grupper", "Lektion", "analyse af en novelle",
        "Data, der indsamles", "lydoptagelse af to grupper",
        "Iagttagelsespunkter", "1. Hvem tager ordet først?",
        "2. Hvad siger grupperne de første to minutter?",
        "3. Hvornår spørger en gruppe læreren?",
        "Forberedelsesark", "Lektionens forløb", "08:15 Fælles spørgsmål på tavlen",
        "08:45 Opsamling i klassen", "Hvad observatøren især skal se efter",
        "før rollerne er fordelt", "Fokuselever eller -grupper", "Gruppe 3 (elev A7, B2)",
        "Praktisk", "Sid ved vinduet bag gruppe 3.", "Noter"])
    # Only this round: nothing of the first round or of the course report.
    for other in (ACTION_1, HIGHLIGHTS[0], "Hurtigskrivning", "Runde 1"):
        assert other not in action_plan.flat()


def test_an_unplanned_round_says_what_is_not_filled_in(labels, tmp_path):
    report = make_report()
    report = replace(report, rounds=(report.rounds[0], RoundReport(Round("r2", "k1", 2))))
    flat = assert_sound_pdf(write_plan(tmp_path, labels, report=report)).flat()
    assert flat.count("Ikke udfyldt endnu") == 3  # the plan, the points and the sheet
    assert PROBLEM in flat and "Noter" in flat
    assert "Underviser" not in flat and "Dato" not in flat


# -- the course report -------------------------------------------------------------------------
def test_course_report_is_a_sound_pdf_with_the_danish_frame(course_report):
    for page in course_report.pages:
        for words in ("Ærøskøbing Skole", "Forløbsrapport · Grupper, der kommer i gang",
                      "Udskrevet 24.11.2026", "Fortroligt – internt arbejdsdokument."):
            assert words in page


def test_course_report_tells_the_course_in_reading_order(course_report):
    assert_in_order(course_report.flat(), [
        "FORLØBSRAPPORT", "Grupper, der kommer i gang",
        "Team 5.A klasseteam", "Klasse/årgang 5.A", "Fag Dansk", "Vejleder Ida Sørensen",
        "Startet 01.09.2026", "Status Runde 2 · 3 Gennemførelse og observation",
        "Model EVA's fem faser", "Deltagere Åse Bækgård, Łukasz Ødegård, Ida Sørensen",
        "Problemstilling", "Undren og baggrund", "aldrig kommer i gang", PROBLEM,
        "Hvorfor er det vigtigt", "en tredjedel", "Mål", "inden for tre minutter", "Tegn",
        "spørger hinanden", "Hurtigskrivning", "Åse Bækgård Grupperne går i stå",
        "Łukasz Ødegård De stille elever",
        "Runde 1", "Dato 14.09.2026", "Tidspunkt 10:00", "Underviser Åse Bækgård",
        "Observatør(er) Łukasz Ødegård", "Aktion", ACTION_1, "Begrundelse", "Forventning",
        "Observation", "5.A dansk – Åse Bækgård", *HIGHLIGHTS,
        "Fra samtalen: opsamling", "Rollekortene hjalp", "Næste skridt", "startspørgsmål",
        "Aftaler", "Hvad Ansvarlig Frist Status",
        "Skriv startspørgsmål til næste uge Łukasz Ødegård 28.09.2026 Åben",
        "Læs kapitel 3 om gruppearbejde Åse Bækgård 01.10.2026 I gang",
        "Næste gang", "Underviser Łukasz Ødegård", "Observerer Åse Bækgård",
        "Skriver referat Ida Sørensen",
        "Runde 2", "Underviser Łukasz Ødegård", "Observatør(er) Åse Bækgård, Ida Sørensen",
        "Aktion", ACTION_2])


def test_a_round_without_observation_or_conversation_leaves_those_parts_out(course_report):
    second = course_report.flat().rsplit("Runde 2", 1)[1]  # the section, not the status
    for absent in ("Observation ", "Fra samtalen", "Næste skridt", "Aftaler", "Næste gang"):
        assert absent not in second
    # Still in the rounds: the processing of experiences is not reached yet.
    assert "Bearbejdning af erfaringer" not in course_report.flat()


def test_danish_letters_and_foreign_names_survive(course_report, action_plan):
    for word in ("Åse Bækgård", "Łukasz Ødegård", "Ærøskøbing", "Forløbsrapport", "Mål",
                 "Næste gang", "Observatør(er)"):
        assert word in course_report.text
    for word in ("Łukasz Ødegård", "Lektionens forløb", "Hvad observatøren især skal se efter"):
        assert word in action_plan.text


def test_a_closed_course_shows_its_learning_and_closing_date(labels, tmp_path):
    report = make_report(stage=CycleStage.CLOSED, closed_on=dt.date(2026, 12, 18),
                         learned="At roller alene ikke er nok; startspørgsmålet gør forskellen.",
                         sharing="Vi fortæller om det på pædagogisk råd i januar.",
                         model=CycleModel.EMU)
    flat = assert_sound_pdf(write_report(tmp_path, labels, report)).flat()
    assert_in_order(flat, ["Afsluttet 18.12.2026", "Model EMU's fire faser",
                           "Bearbejdning af erfaringer", "Hvad har vi lært",
                           "startspørgsmålet gør forskellen", "Hvordan deler vi det",
                           "pædagogisk råd"])
    assert "Status" not in flat.split("Problemstilling")[0]


def test_a_new_course_says_not_filled_in_and_fits_one_page(labels, tmp_path):
    bare = CycleReport(School("Ærøskøbing Skole"),
                       Cycle("k", "Nyt forløb", started=dt.date(2026, 9, 1)))
    pdf = assert_sound_pdf(write_report(tmp_path, labels, bare))
    flat = pdf.flat()
    assert_in_order(flat, ["Nyt forløb", "Startet 01.09.2026",
                           "Status 1 Formulering af problemstilling", "Model EVA's fem faser",
                           "Problemstilling", "Ikke udfyldt endnu"])
    for missing in ("Runde", "Hurtigskrivning", "Team", "Deltagere", "Bearbejdning"):
        assert missing not in flat
    assert len(pdf.pages) == 1


def test_user_text_is_printed_literally_never_as_markup(labels, tmp_path):
    long = long_text()
    report = make_report(title='Forløb <b>fed</b> & "co"', wonder=HOSTILE, problem=long,
                         why="<br/> & &nbsp;", goals='<font size="40">stor</font>',
                         signs="    indrykket & 😀", class_label="<i>5.A</i>",
                         subject="Dansk & </para>")
    first, second = report.rounds
    first = replace(first, round=replace(first.round, action=f"{HOSTILE} runde1",
                                         reason="<u>grund</u>"),
                    teacher="<b>Åse</b> & co", observation_title="Obs <i>1</i> &amp;",
                    observation_highlights=("<b>note</b> & 😊",),
                    conversation_summary='<a href="x">link</a>',
                    conversation_next_steps="</para><para>",
                    agreements=(AgreementRow(Agreement("a", "<b>Aftale</b> & </para> 😀"),
                                             "<i>Łukasz</i>"),),
                    referent="<font color='red'>Ida</font>")
    second = replace(second, round=replace(
        second.round, action="Aktion <b>2</b>", focus_points=("<i>punkt</i> & 1",),
        lesson_sequence="08:15 <start>\n08:20 & slut", watch_for="<blink>se</blink>",
        focus_students="Gruppe <3>", practicalities="Sid & vent", lesson="<lektion>",
        data_to_collect="&lt;data&gt;"))
    report = replace(report, quick_writes=(("<b>Åse</b>", "Skrev <i>dette</i> & 😀"),),
                     coach="<i>Ida</i>", team_name="Team & <b>5.A</b>",
                     rounds=(first, second))
    pdf = assert_sound_pdf(write_report(tmp_path, labels, report))
    flat = pdf.flat()
    for literal in ("<b>ikke fed</b>", "<i>kursiv</i>", '<font color="red">rød</font>',
                    "</para>", "&amp; &lt;", "😀 😊", 'Forløb <b>fed</b> & "co"',
                    "<br/> & &nbsp;", '<font size="40">stor</font>', "indrykket & 😀",
                    "<i>5.A</i>", "Dansk & </para>", "<u>grund</u>", "Underviser <b>Åse</b> & co",
                    "Obs <i>1</i> &amp;", "<b>note</b> & 😊", '<a href="x">link</a>',
                    "</para><para>", "<b>Aftale</b> & </para> 😀 <i>Łukasz</i>",
                    "<font color='red'>Ida</font>", "<b>Åse</b> Skrev <i>dette</i> & 😀",
                    "Vejleder <i>Ida</i>", "Team & <b>5.A</b>", "Aktion <b>2</b>"):
        assert literal in flat, literal
    # The 20,000-character problem statement runs on over pages, and not one letter is lost.
    first_page = next(i for i, page in enumerate(pdf.pages) if LONG_START in page)
    last_page = next(i for i, page in enumerate(pdf.pages) if LONG_END in page)
    assert last_page > first_page
    assert long in pdf.body(*FRAME)

    plan = assert_sound_pdf(write_plan(tmp_path, labels, report=report)).flat()
    for literal in ('Forløb <b>fed</b> & "co"', "Aktion <b>2</b>", "1. <i>punkt</i> & 1",
                    "08:15 <start>", "08:20 & slut", "<blink>se</blink>", "Gruppe <3>",
                    "Sid & vent", "<lektion>", "&lt;data&gt;", "Team & <b>5.A</b>"):
        assert literal in plan, literal
    assert LONG_START in plan and LONG_END in plan


def test_metadata_names_the_documents_and_their_language(labels, tmp_path):
    reader = read_pdf(write_report(tmp_path, labels)).reader
    assert reader.metadata.title == "Forløbsrapport – Grupper, der kommer i gang"
    assert reader.metadata.author == "Ærøskøbing Skole"
    assert reader.trailer["/Root"]["/Lang"] == "da-DK"
    reader = read_pdf(write_plan(tmp_path, labels)).reader
    assert reader.metadata.title == ("Aktionsplan og forberedelsesark – Grupper, der kommer i "
                                     "gang, Runde 2")


def test_a_title_typed_over_two_lines_heads_each_page_on_one(labels, tmp_path):
    pdf = read_pdf(write_plan(tmp_path, labels, report=make_report(title="Grupper, der\nkommer")))
    assert pdf.reader.metadata.title == "Aktionsplan og forberedelsesark – Grupper, der kommer, " \
                                        "Runde 2"
    for page in pdf.pages:
        assert "Aktionsplan og forberedelsesark · Grupper, der kommer, Runde 2" in page


def test_english_labels_come_from_the_source_strings(qapp):
    labels = cycle_labels()
    assert labels.report_title == "Course report"
    assert labels.round_name(3) == "Round 3"
    assert labels.step("2 Choice of action") == "2 Choice of action"
    assert labels.model_name(CycleModel.EMU) == "EMU's four phases"


def test_danish_step_names_come_from_the_cycles_context(danish):
    labels = cycle_labels()
    assert labels.step("2 Choice of action") == "2 Valg af aktion"
    assert labels.step("1 Preparation") == "1 Forberedelse"
    assert labels.step("Closed") == "Afsluttet"
    assert labels.round_name(2) == "Runde 2"


# -- the exports -------------------------------------------------------------------------------
def _services(asked: list[str]) -> SimpleNamespace:
    def report(cycle_id: str) -> CycleReport:
        asked.append(cycle_id)
        return make_report()

    return SimpleNamespace(cycles=SimpleNamespace(report=report))


def test_exports_write_both_documents_atomically(qapp, tmp_path, monkeypatch):
    asked: list[str] = []
    services = _services(asked)
    target = tmp_path / "forloeb.pdf"
    target.write_bytes(b"old")
    assert export_cycle_pdf(services, "k1", target) == target
    plan = export_action_plan_pdf(services, "k1", 1, tmp_path / "plan.pdf")
    assert asked == ["k1", "k1"]
    assert sorted(os.listdir(tmp_path)) == ["forloeb.pdf", "plan.pdf"]
    assert "Grupper, der kommer i gang" in read_pdf(target).text
    assert ACTION_1 in read_pdf(plan).flat()

    def half_written(report, labels, path):
        path.write_bytes(b"%PDF-1.4 half")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(exports, "write_cycle_report", half_written)
    with pytest.raises(exports.StorageError):
        export_cycle_pdf(services, "k1", target)
    assert target.read_bytes().startswith(b"%PDF") and b"half" not in target.read_bytes()
    assert sorted(os.listdir(tmp_path)) == ["forloeb.pdf", "plan.pdf"]


def test_a_round_the_course_lacks_is_a_clear_not_found(danish, tmp_path):
    from PySide6.QtCore import QCoreApplication

    with pytest.raises(NotFoundError) as caught:
        export_action_plan_pdf(_services([]), "k1", 7, tmp_path / "plan.pdf")
    message = caught.value.render(QCoreApplication.translate)
    assert message == "Forløbet “Grupper, der kommer i gang” har ingen runde 7."
    assert not os.listdir(tmp_path)
