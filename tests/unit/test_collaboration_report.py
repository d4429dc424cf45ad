"""The printed summary of a co-teaching collaboration, checked as a reader would.

The report is built by hand (no database), the words come from ``collaboration_labels()`` with
the Danish translation installed, and the PDFs are read back with pypdf. The PDF helpers are
shared with the meeting referat's tests, so every printed document keeps the same promises.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import replace
from pathlib import Path
from types import SimpleNamespace

import pytest
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
from plf_desktop.domain.collaborations import (
    CoLesson,
    CoLessonReport,
    Collaboration,
    CollaborationEvaluation,
    CollaborationReport,
    CollaborationStage,
    LessonPhase,
    LookForTally,
    ModelUse,
)
from plf_desktop.domain.labels import AgreementStatus, CoTeachingModel
from plf_desktop.domain.records import Agreement, AgreementRow, School
from plf_desktop.exports import collaboration_labels, export_collaboration_pdf
from plf_desktop.reports.collaboration_report import (
    CollaborationLabels,
    write_collaboration_report,
)

PRINTED = dt.date(2026, 11, 24)
FRAME = ("Ærøskøbing Skole", "Co-teaching-samarbejde · ", "Side ", "Udskrevet ",
         "Fortroligt – internt")
TITLE = "Flere elever med i matematiksamtalen"
GOALS = ("Alle elever deltager mundtligt i matematiktimerne, og de stille elever får en fast "
         "plads i samtalen.")
GOAL_1 = "Eleverne forklarer, hvordan de har regnet en brøkopgave, med ord og tegning."
GOAL_2 = "Eleverne sammenligner to brøker og begrunder, hvilken der er størst."
HIGHLIGHTS = ("Ida tegner modellen, mens Åse forklarer – eleverne følger med på tavlen.",
              "Ved station 2 tager elev B4 ordet to gange.",
              "Overgangen til stationerne tager fire minutter.",
              "Begge voksne siger “vi” til klassen.",
              "Tre elever ved station 3 venter på hjælp.")
# The sixth shared note of the observation: the summary quotes at most five.
SIXTH = "En sjette note, som resuméet ikke gengiver."


def make_report(**collaboration_changes: object) -> CollaborationReport:
    """Åse's and Ida's collaboration in 5.A mathematics at its evaluation: the first lesson
    planned, observed for 45 minutes, talked about and agreed on; the second only planned."""
    first = CoLesson(
        "l1", "s1", 1, date=dt.date(2026, 9, 8), start_time=dt.time(10, 0), goal=GOAL_1,
        signs="Alle elever siger mindst én sætning om deres fremgangsmåde i gruppen.",
        phases=(LessonPhase("Fælles start: dagens opgave på tavlen", CoTeachingModel.TEAM,
                            "Åse fortæller, Ida tegner modellen"),
                LessonPhase("Tre stationer med brøker", CoTeachingModel.STATIONS,
                            "Åse ved station 1, Ida ved station 2; station 3 selvstændig"),
                LessonPhase("Opsamling: grupperne fortæller", CoTeachingModel.ONE_ASSISTS,
                            "Åse leder, Ida støtter de stille elever"),
                LessonPhase("Exit ticket")),
        differentiation="Brøkstave ved station 2; udfordringskort ved station 3.",
        materials="Brøkstave, tre sæt opgavekort, minitavler.",
        observation_id="o1", conversation_id="c1")
    second = CoLesson(
        "l2", "s1", 2, date=dt.date(2026, 9, 15), start_time=dt.time(8, 15), goal=GOAL_2,
        phases=(LessonPhase("Førundervisning af fem elever", CoTeachingModel.ALTERNATIVE,
                            "Ida med den lille gruppe"),
                LessonPhase("Brøker på tallinjen", CoTeachingModel.PARALLEL,
                            "Hver sin halvdel af klassen")))
    collaboration = Collaboration(
        "s1", TITLE, CollaborationStage.EVALUATION, coach_id="ida", teacher_id="ase",
        team_id="t1", class_label="5.A", subject="Matematik", started=dt.date(2026, 9, 1),
        pre_meeting=dt.date(2026, 9, 3), goals=GOALS,
        roles="Åse har klassen og fagligheden; Ida bringer modeller og observation.",
        duration="Seks uger, to lektioner om ugen.",
        planning_time="30 minutter hver tirsdag efter 6. lektion.",
        evaluation_form="Ida observerer hver lektion; vi evaluerer samlet i uge 43.",
        evaluation="Stationerne gav flest elever taletid; overgangene skal øves.",
        adjustments="Vi indøver skiftet til stationer og bytter roller ved opsamlingen.",
        lessons=(first, second))
    lessons = (
        CoLessonReport(
            first, "5.A matematik – Åse Bækgård, Ida Sørensen", (*HIGHLIGHTS, SIXTH),
            "Stationerne virkede; opsamlingen blev Åses alene.",
            "Ida leder opsamlingen næste gang.",
            (AgreementRow(Agreement("a1", "Lav kort til overgangene", "ida",
                                    dt.date(2026, 9, 14)), "Ida Sørensen"),
             AgreementRow(Agreement("a2", "Find fem elever til førundervisning", "ase",
                                    dt.date(2026, 9, 11), AgreementStatus.DONE),
                          "Åse Bækgård"))),
        CoLessonReport(second),
    )
    evaluation = CollaborationEvaluation(
        (ModelUse(CoTeachingModel.ONE_OBSERVES, 0.0, 0, 0),
         ModelUse(CoTeachingModel.ONE_ASSISTS, 9.5, 1, 1),
         ModelUse(CoTeachingModel.STATIONS, 25.0, 1, 1),
         ModelUse(CoTeachingModel.PARALLEL, 0.0, 0, 1),
         ModelUse(CoTeachingModel.ALTERNATIVE, 0.0, 0, 1),
         ModelUse(CoTeachingModel.TEAM, 10.5, 1, 1)),
        tuple(LookForTally(i, seen, 1) for i, seen in enumerate((1, 1, 0, 1, 0, 0))), 1)
    return CollaborationReport(
        School("Ærøskøbing Skole", "Ærø Kommune"),
        replace(collaboration, **collaboration_changes), "Ida Sørensen", "Åse Bækgård",
        "5.A klasseteam", lessons, evaluation)


@pytest.fixture
def labels(danish) -> CollaborationLabels:
    """The summary's words in Danish."""
    return collaboration_labels()


def write_report(folder: Path, labels: CollaborationLabels,
                 report: CollaborationReport | None = None,
                 name: str = "samarbejde.pdf") -> Path:
    """The summary with a fixed print date, so the page frame can be checked exactly."""
    return write_collaboration_report(report or make_report(), labels, folder / name,
                                      printed=PRINTED)


def assert_in_order(flat: str, phrases: list[str]) -> None:
    position = 0
    for phrase in phrases:
        found = flat.find(phrase, position)
        assert found >= 0, f"{phrase!r} missing after {flat[max(0, position - 80):position]!r}"
        position = found + len(phrase)


@pytest.fixture
def summary(labels, tmp_path) -> Pdf:
    return assert_sound_pdf(write_report(tmp_path, labels))


def test_summary_is_a_sound_a4_pdf_with_the_danish_frame(summary):
    assert "Side 1 af" in summary.pages[0]
    for page in summary.pages:
        for words in ("Ærøskøbing Skole", f"Co-teaching-samarbejde · {TITLE}",
                      "Udskrevet 24.11.2026", "Fortroligt – internt arbejdsdokument."):
            assert words in page
    assert summary.reader.metadata.title == f"Co-teaching-samarbejde – {TITLE}"
    assert summary.reader.metadata.author == "Ærøskøbing Skole"
    assert summary.reader.trailer["/Root"]["/Lang"] == "da-DK"


def test_summary_tells_the_collaboration_in_reading_order(summary):
    assert_in_order(summary.flat(), [
        "CO-TEACHING-SAMARBEJDE", TITLE,
        "Lærer Åse Bækgård", "Vejleder Ida Sørensen", "Klasse/årgang 5.A", "Fag Matematik",
        "Team 5.A klasseteam", "Lektioner 2", "Startet 01.09.2026", "Formøde 03.09.2026",
        "Status Evaluering",
        "Samarbejdskontrakt", "Mål", GOALS, "Roller", "Ida bringer modeller",
        "Varighed", "Seks uger", "Tid til fælles forberedelse", "30 minutter hver tirsdag",
        "Sådan evaluerer vi", "vi evaluerer samlet i uge 43",
        "Lektion 1", "Dato 08.09.2026", "Tidspunkt 10:00", "Mål", GOAL_1, "Tegn",
        "mindst én sætning", "Lektionens faser", "Fase Model Roller",
        "Fælles start: dagens opgave på tavlen", "Parundervisning",
        "Åse fortæller, Ida tegner modellen",
        "Tre stationer med brøker", "Stationsundervisning", "station 3 selvstændig",
        "Opsamling: grupperne fortæller", "Én underviser, én assisterer",
        "Ida støtter de stille elever", "Exit ticket –",
        "Differentiering", "udfordringskort", "Materialer", "minitavler",
        "Observation", "5.A matematik – Åse Bækgård, Ida Sørensen", *HIGHLIGHTS,
        "Refleksionssamtale: opsamling", "Stationerne virkede", "Næste skridt",
        "Ida leder opsamlingen", "Aftaler", "Hvad Ansvarlig Frist Status",
        "Lav kort til overgangene Ida Sørensen 14.09.2026 Åben",
        "Find fem elever til førundervisning Åse Bækgård 11.09.2026 Udført",
        "Lektion 2", "Dato 15.09.2026", "Tidspunkt 08:15", "Mål", GOAL_2,
        "Førundervisning af fem elever", "Alternativ undervisning", "Ida med den lille gruppe",
        "Brøker på tallinjen", "Parallelundervisning",
        "Evaluering", "Model Planlagt i lektioner Brugt i lektioner Minutter",
        "Kendetegn", "Samlet vurdering", "Stationerne gav flest elever taletid",
        "Justering", "Vi indøver skiftet"])
    assert SIXTH not in summary.flat()  # five highlights at most


def test_a_planned_lesson_leaves_observation_and_reflection_out(summary):
    second = summary.flat().split("Lektion 2", 1)[1].split("Evaluering", 1)[0]
    for absent in ("Observation", "Refleksionssamtale", "Næste skridt", "Aftaler", "Tegn",
                   "Differentiering"):
        assert absent not in second


def test_the_evaluation_tables_hold_the_numbers(summary):
    evaluation = summary.flat().rsplit("Evaluering", 1)[1]
    assert_in_order(evaluation, [
        "Model Planlagt i lektioner Brugt i lektioner Minutter",
        "Én underviser, én observerer 0 0 0",
        "Én underviser, én assisterer 1 1 10",
        "Stationsundervisning 1 1 25",
        "Parallelundervisning 1 0 0",
        "Alternativ undervisning 1 0 0",
        "Parundervisning 1 1 11",
        "Kendetegn",
        "Begge underviseres stemmer høres; de siger “vi” og “vores” "
        "Set i 1 af 1 observerede lektioner",
        "Begge voksne arbejder med alle elever Set i 1 af 1 observerede lektioner",
        "Overgangene er glidende Set i 0 af 1 observerede lektioner",
        "Rollerne er svære at skelne fra hinanden Set i 0 af 1 observerede lektioner"])


def test_before_any_observation_the_look_fors_say_so(labels, tmp_path):
    report = make_report()
    report = replace(report, evaluation=replace(
        report.evaluation, look_fors=(), observed_lessons=0,
        models=tuple(replace(use, minutes=0.0, lessons=0)
                     for use in report.evaluation.models)))
    flat = assert_sound_pdf(write_report(tmp_path, labels, report)).flat()
    assert_in_order(flat, ["Evaluering", "Stationsundervisning 1 0 0", "Kendetegn",
                           "Ingen lektioner er observeret endnu."])
    assert "Set i" not in flat


def test_a_new_collaboration_says_not_filled_in_and_fits_one_page(labels, tmp_path):
    bare = CollaborationReport(School("Ærøskøbing Skole"),
                               Collaboration("s", "Nyt samarbejde", started=dt.date(2026, 9, 1)))
    pdf = assert_sound_pdf(write_report(tmp_path, labels, bare))
    flat = pdf.flat()
    assert_in_order(flat, ["Nyt samarbejde", "Startet 01.09.2026",
                           "Status Formøde og samarbejdskontrakt", "Samarbejdskontrakt",
                           "Ikke udfyldt endnu"])
    for missing in ("Lektion", "Evaluering", "Lærer", "Team", "Formøde 0"):
        assert missing not in flat
    assert len(pdf.pages) == 1


def test_a_lesson_in_planning_shows_in_the_status(labels, tmp_path):
    report = make_report(stage=CollaborationStage.LESSONS)
    flat = assert_sound_pdf(write_report(tmp_path, labels, report)).flat()
    assert "Status Lektion 2 · Fælles undervisning" in flat


def test_a_closed_collaboration_shows_its_closing_date(labels, tmp_path):
    report = make_report(stage=CollaborationStage.CLOSED, closed_on=dt.date(2026, 10, 30))
    flat = assert_sound_pdf(write_report(tmp_path, labels, report)).flat()
    assert "Afsluttet 30.10.2026" in flat
    assert "Status" not in flat.split("Samarbejdskontrakt")[0]


def test_user_text_is_printed_literally_never_as_markup(labels, tmp_path):
    long = long_text()
    report = make_report(title='Samarbejde <b>fed</b> & "co"', goals=HOSTILE, roles=long,
                         duration="<br/> & &nbsp;", planning_time='<font size="40">stor</font>',
                         evaluation_form="    indrykket & 😀", class_label="<i>5.A</i>",
                         subject="Matematik & </para>", evaluation="<u>godt</u> & 😊",
                         adjustments="</para><para>justér")
    first, second = report.lessons
    first = replace(
        first, lesson=replace(
            first.lesson, goal=f"{HOSTILE} mål1", signs="<tegn> & co",
            phases=(LessonPhase("<b>Start</b> & 😀", CoTeachingModel.TEAM, "<i>Åse</i> & Ida"),
                    LessonPhase("Stationer", CoTeachingModel.STATIONS, long)),
            differentiation='<a href="x">link</a>', materials="&lt;kort&gt;"),
        observation_title="Obs <i>1</i> &amp;", highlights=("<b>note</b> & 😊",),
        reflection_summary="<blink>opsamling</blink>",
        reflection_next_steps="<font color='red'>næste</font>",
        agreements=(AgreementRow(Agreement("a", "<b>Aftale</b> & </para> 😀"),
                                 "<i>Łukasz</i>"),))
    report = replace(report, teacher="<b>Åse</b> & co", coach="<i>Ida</i>",
                     team_name="Team & <b>5.A</b>", lessons=(first, second))
    pdf = assert_sound_pdf(write_report(tmp_path, labels, report))
    flat = pdf.flat()
    for literal in ("<b>ikke fed</b>", "<i>kursiv</i>", '<font color="red">rød</font>',
                    "</para>", "&amp; &lt;", "😀 😊", 'Samarbejde <b>fed</b> & "co"',
                    "<br/> & &nbsp;", '<font size="40">stor</font>', "indrykket & 😀",
                    "<i>5.A</i>", "Matematik & </para>", "<u>godt</u> & 😊",
                    "</para><para>justér", "mål1", "<tegn> & co", "<b>Start</b> & 😀",
                    "<i>Åse</i> & Ida", '<a href="x">link</a>', "&lt;kort&gt;",
                    "Obs <i>1</i> &amp;", "<b>note</b> & 😊", "<blink>opsamling</blink>",
                    "<font color='red'>næste</font>",
                    "<b>Aftale</b> & </para> 😀 <i>Łukasz</i>", "Lærer <b>Åse</b> & co",
                    "Vejleder <i>Ida</i>", "Team & <b>5.A</b>"):
        assert literal in flat, literal
    # The 20,000-character roles run on over pages, in the contract and in a phase's cell,
    # and not one letter is lost.
    first_page = next(i for i, page in enumerate(pdf.pages) if LONG_START in page)
    last_page = max(i for i, page in enumerate(pdf.pages) if LONG_END in page)
    assert last_page > first_page + 1
    body = pdf.body(*FRAME)
    assert body.count(long) == 1  # the contract; the table cell is split by its row
    assert flat.count(LONG_START) == 2 and flat.count(LONG_END) == 2


def test_english_labels_come_from_the_source_strings(qapp):
    labels = collaboration_labels()
    assert labels.report_title == "Co-teaching collaboration"
    assert labels.teacher == "Teacher" and labels.minutes == "Minutes"
    assert labels.lesson_name(3) == "Lesson 3"
    assert labels.step("Co-planning") == "Co-planning"
    assert labels.enum(CoTeachingModel.STATIONS) == "Station teaching"


def test_danish_labels_keep_lærer_and_minutter_apart_from_older_words(labels):
    # "Teacher" and "Minutes" already mean "Underviser" and "Referat" in other documents.
    assert (labels.teacher, labels.minutes) == ("Lærer", "Minutter")
    assert labels.step("Co-planning") == "Fælles planlægning"
    assert labels.look_for_text(2) == "Overgangene er glidende"


# -- the export --------------------------------------------------------------------------------
def test_the_export_writes_the_summary_atomically(qapp, tmp_path, monkeypatch):
    asked: list[str] = []

    def report(collaboration_id: str) -> CollaborationReport:
        asked.append(collaboration_id)
        return make_report()

    services = SimpleNamespace(collaborations=SimpleNamespace(report=report))
    target = tmp_path / "samarbejde.pdf"
    target.write_bytes(b"old")
    assert export_collaboration_pdf(services, "s1", target) == target
    assert asked == ["s1"]
    assert TITLE in read_pdf(target).text and GOAL_1 in read_pdf(target).flat()

    def half_written(report, labels, path):
        path.write_bytes(b"%PDF-1.4 half")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(exports, "write_collaboration_report", half_written)
    with pytest.raises(exports.StorageError):
        export_collaboration_pdf(services, "s1", target)
    assert target.read_bytes().startswith(b"%PDF") and b"half" not in target.read_bytes()
    assert os.listdir(tmp_path) == ["samarbejde.pdf"]
