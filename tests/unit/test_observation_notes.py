"""The printed observation notes, checked as the observed teacher reads them: Qt-free, from
hand-made records and labels (Danish names, hostile text, 300 notes, a 20,000-character note).
"""

from __future__ import annotations

import datetime as dt
import time
from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab import rl_config
from test_meeting_referat import (
    HOSTILE,
    LONG_END,
    LONG_START,
    Pdf,
    assert_sound_pdf,
    long_text,
    read_pdf,
)

from plf_desktop.domain.labels import ActivityForm, CoTeachingModel, NoteCategory
from plf_desktop.domain.observations import (
    Adult,
    LessonClock,
    LessonEvent,
    LookForMark,
    Observation,
    ObservationNote,
    ObservationReport,
    Participation,
    Seat,
    observation_title,
)
from plf_desktop.domain.records import School
from plf_desktop.reports.house_style import PageLabels
from plf_desktop.reports.observation_notes import (
    ObservationLabels,
    lesson_clock,
    write_observation_notes,
)

PRINTED = dt.date(2026, 11, 24)
FRAME = ("Ærøskøbing Skole", "Observationsnoter · ", "Side ", "Udskrevet ",
         "Fortroligt – internt")

DANISH = ObservationLabels(
    page=PageLabels("Side {page} af {pages}", "Udskrevet {date}",
                    "Fortroligt – internt arbejdsdokument. Indeholder ikke elevnavne eller "
                    "CPR-numre."),
    document_title="Observationsnoter", date="Dato", time="Tidspunkt", duration="Varighed",
    class_label="Klasse/årgang", subject="Fag", students="Antal elever", adults="Undervisere",
    observer="Observatør", team="Team", purpose="Hvorfor denne lektion",
    planned_models="Planlagte modeller", pre_meeting="Formøde",
    observer_position="Observatørens placering", feedback_time="Feedback",
    focus="Observationsfokus", focus_number="Fokus {number}", lesson="Lektionens forløb",
    models="Co-teaching-modeller", activities="Aktivitetsformer", not_logged="Ikke registreret",
    noise="Støjniveau (1–5)", minutes="{minutes} min.", notes="Noter", note_time="Tid",
    observation="Iagttagelse", interpretation="Tolkning / undren", no_notes="Ingen noter",
    private="Privat", seating="Pladsoversigt",
    seating_help="Tallet på pladsen er, hvor mange gange eleven deltog.",
    never_heard="Aldrig hørt", participation="Deltagelse",
    spread_title="Elever fordelt på antal bidrag", spread_axis="Elever",
    spread_categories=("0 gange", "1 gang", "2 gange", "3+ gange"), kind="Type",
    count="Antal", different_students="Elever", look_fors="Kendetegn på co-teaching",
    looked_fors="{seen} af {total} set", private_notes="Private noter",
    with_private="Med private noter",
    private_warning="Observatørens egne noter – ikke til den observerede lærer.",
    look_for_texts=("Begge læreres stemmer høres; de siger “vi” og “vores”",
                    "Begge voksne arbejder med alle elever", "Overgangene er glidende",
                    "Differentiering og varierede grupperinger",
                    "Begge giver feedback; klasseledelsen er delt",
                    "Rollerne er svære at skelne fra hinanden"),
    enums={NoteCategory.TEACHER: "Lærer", NoteCategory.STUDENTS: "Elever",
           NoteCategory.TRANSITION: "Overgang", NoteCategory.OTHER: "Andet",
           CoTeachingModel.ONE_OBSERVES: "Én underviser, én observerer",
           CoTeachingModel.ONE_ASSISTS: "Én underviser, én assisterer",
           CoTeachingModel.STATIONS: "Stationsundervisning",
           CoTeachingModel.PARALLEL: "Parallelundervisning",
           CoTeachingModel.ALTERNATIVE: "Alternativ undervisning",
           CoTeachingModel.TEAM: "Parundervisning",
           ActivityForm.WHOLE_CLASS: "Tavleundervisning", ActivityForm.PAIRS: "Pararbejde",
           ActivityForm.GROUPS: "Gruppearbejde", ActivityForm.INDIVIDUAL: "Individuelt arbejde",
           ActivityForm.DISCUSSION: "Klassesamtale", ActivityForm.TRANSITION: "Overgang"})

PEOPLE = {"ase": "Åse Bækgård", "lukasz": "Łukasz Ødegård", "ida": "Ida Sørensen",
          "odon": "Ödön Ősz"}
PRIVATE_NOTE = "HEMMELIGNOTE: Åse virker presset i dag."
PRIVATE_TEXT = "PRIVATTEKST: spørg lederen om vikardækning."
LESSON = 45 * 60


def seats() -> tuple[Seat, ...]:
    """Four table groups of four and a row of four single seats: 20 pseudonymous seats."""
    layout = []
    for group, (gc, gr) in enumerate([(0, 0), (3, 0), (0, 3), (3, 3)]):
        for dc, dr in [(0, 0), (1, 0), (0, 1), (1, 1)]:
            layout.append(Seat(f"{'ABCD'[group]}{len(layout) % 4 + 1}", gc + dc, gr + dr,
                               f"Bord {group + 1}"))
    layout += [Seat(f"E{i + 1}", 6, i, "") for i in range(4)]
    return tuple(layout)


def make_notes(count: int = 300) -> tuple[ObservationNote, ...]:
    categories = list(NoteCategory)
    notes = []
    for i in range(count):
        at = (i + 1) * LESSON / (count + 1)
        description = f"Note {i:03d}: Eleverne på bord {i % 4 + 1} læser højt for hinanden."
        interpretation = "Hvad ville der ske, hvis de skiftede roller?" if i % 3 == 0 else ""
        notes.append(ObservationNote(f"n{i}", at, description, interpretation,
                                     categories[i % 4], (i % 2) if i % 5 else None))
    if count < 41:
        return tuple(notes)
    notes[10] = replace(notes[10], description=HOSTILE,
                        interpretation='<font color="red">rød</font> & <b>fed?</b> 😀')
    notes[20] = replace(notes[20], description=long_text())
    notes[30] = replace(notes[30], description="Åse siger: “Nu skal vi øve æ, ø og å.”",
                        interpretation="Ödön og Łukasz nikker.")
    notes[40] = replace(notes[40], description=PRIVATE_NOTE, private=True)
    return tuple(notes)


def make_report(notes: tuple[ObservationNote, ...] | None = None, include_private: bool = False,
                **changes) -> ObservationReport:
    """A co-taught Danish lesson in 5.A: every section of the notes has something to show."""
    observation = Observation(
        id="o1", date=dt.date(2026, 11, 24), start_time=dt.time(9, 0), class_label="5.A",
        subject="Dansk", student_count=22,
        adults=(Adult("ase", "underviser"), Adult("ida", "assisterer")), observer_id="lukasz",
        team_id="t1", purpose="Vi vil se, hvordan læsemakkere virker for de stille elever.",
        focus_points=("Elevernes spørgsmål til hinanden", "Overgange mellem aktiviteter"),
        planned_models=(CoTeachingModel.ONE_ASSISTS, CoTeachingModel.STATIONS),
        observer_position="Bagerst ved vinduet, uden at gå rundt",
        feedback_time="Samme dag kl. 14.00 i mødelokale 2",
        seats=seats(), clock=LessonClock(),
        private_notes=PRIVATE_TEXT,
        look_fors=(LookForMark(0, "Åse: “Vi skal nu …”"), LookForMark(2),
                   LookForMark(4, "Begge gik rundt og gav feedback under gruppearbejdet.")))
    events = (
        LessonEvent("e1", 0, "model", CoTeachingModel.ONE_ASSISTS.value),
        LessonEvent("e2", 0, "activity", ActivityForm.WHOLE_CLASS.value),
        LessonEvent("e3", 8 * 60, "activity", ActivityForm.PAIRS.value),
        LessonEvent("e4", 12 * 60, "model", CoTeachingModel.STATIONS.value),
        LessonEvent("e5", 12 * 60, "activity", ActivityForm.GROUPS.value),
        LessonEvent("e6", 30 * 60, "model", CoTeachingModel.TEAM.value),
        LessonEvent("e7", 30 * 60, "activity", ActivityForm.DISCUSSION.value),
        LessonEvent("e8", 38 * 60, "model", CoTeachingModel.ONE_OBSERVES.value),
        LessonEvent("e9", 38 * 60, "activity", ActivityForm.INDIVIDUAL.value),
        LessonEvent("n1", 5 * 60, "noise", "2"), LessonEvent("n2", 10 * 60, "noise", "4"),
    )
    taps = []
    heard = {"A1": 5, "A2": 1, "B1": 2, "B3": 3, "C2": 1, "C4": 4, "D1": 2, "E1": 1,
             "E2": 6, "B2": 1, "D3": 2, "A4": 1}
    kinds = ("Spontant indlæg", "Svar på spørgsmål", "Stiller spørgsmål", "Beder om hjælp")
    for seat_label, times in heard.items():
        for _ in range(times):
            taps.append(Participation(f"p{len(taps)}", seat_label, kinds[(len(taps)) % 4],
                                      60.0 + 37 * len(taps)))
    report = ObservationReport(
        School("Ærøskøbing Skole", "Ærø Kommune"), observation, "5.A klasseteam", PEOPLE,
        make_notes() if notes is None else notes, events, tuple(taps), include_private,
        LESSON)
    return replace(report, **changes)


@pytest.fixture(autouse=True)
def _invariant(monkeypatch):
    """Reproducible files (fixed ids and dates inside the PDF)."""
    monkeypatch.setattr(rl_config, "invariant", 1)


def write(tmp_path: Path, report: ObservationReport | None = None,
          name: str = "observation.pdf") -> Path:
    return write_observation_notes(report or make_report(), DANISH, tmp_path / name,
                                   printed=PRINTED)


@pytest.fixture(scope="module")
def lesson_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The full 300-note lesson, written once for the tests that only read it."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(rl_config, "invariant", 1)
        return write(tmp_path_factory.mktemp("lesson"))


@pytest.fixture(scope="module")
def lesson(lesson_pdf: Path) -> Pdf:
    return read_pdf(lesson_pdf)


# -- the whole document ------------------------------------------------------------------------
def test_300_notes_make_a_sound_a4_pdf_with_the_page_frame_on_every_page(lesson_pdf):
    pdf = assert_sound_pdf(lesson_pdf)
    assert len(pdf.pages) >= 5
    for page in pdf.pages:
        assert "Ærøskøbing Skole" in page
        assert "Observationsnoter · 5.A dansk – Åse Bækgård, Ida Sørensen, 24.11.2026" in page
        assert "Udskrevet 24.11.2026" in page
    assert "Side 1 af " in pdf.pages[0]


def test_every_note_is_printed_with_its_time_and_both_columns(lesson):
    pdf = lesson
    flat = pdf.flat()
    for note in make_notes():
        if note.private or note.id in ("n10", "n20", "n30"):
            continue
        assert note.description in flat, note.id
    assert flat.count("Hvad ville der ske, hvis de skiftede roller?") == 99  # n30 says otherwise
    # The two column headings head the table on every page it runs over.
    pages_with_notes = [page for page in pdf.pages if "Note 1" in page or "Note 2" in page]
    assert len(pages_with_notes) >= 4
    for page in pages_with_notes:  # once at the top, never again in mid-page
        assert " ".join(page.split()).count("Tid Iagttagelse Tolkning / undren") == 1
    note = make_notes()[1]
    assert f"{lesson_clock(note.at_seconds)} Elever · Fokus 2 {note.description}" in flat


def test_the_header_shows_the_lesson_and_what_was_agreed(lesson):
    flat = lesson.flat()
    order = ["OBSERVATIONSNOTER", "5.A dansk – Åse Bækgård, Ida Sørensen",
             "Dato 24.11.2026", "Tidspunkt 09:00–09:45", "Klasse/årgang 5.A", "Fag Dansk",
             "Antal elever 22", "Varighed 45 min.", "Team 5.A klasseteam",
             "Undervisere Åse Bækgård (underviser), Ida Sørensen (assisterer)",
             "Observatør Łukasz Ødegård",
             "Planlagte modeller Én underviser, én assisterer, Stationsundervisning",
             "Hvorfor denne lektion Vi vil se", "Formøde",
             "Observatørens placering Bagerst ved vinduet", "Feedback Samme dag kl. 14.00",
             "Observationsfokus", "1. Elevernes spørgsmål til hinanden",
             "2. Overgange mellem aktiviteter", "Lektionens forløb", "Co-teaching-modeller",
             "Aktivitetsformer", "Støjniveau (1–5): 05:00: 2 · 10:00: 4", "Noter",
             "Pladsoversigt", "Deltagelse", "Kendetegn på co-teaching", "3 af 6 set"]
    position = 0
    for phrase in order:
        found = flat.find(phrase, position)
        assert found >= 0, f"{phrase!r} missing after {flat[max(0, position - 80):position]!r}"
        position = found + len(phrase)


def test_timelines_name_each_model_and_activity_with_minutes(lesson):
    flat = lesson.flat()
    for legend in ("1 Én underviser, én observerer 7 min. (16 %)",
                   "2 Én underviser, én assisterer 12 min. (27 %)",
                   "3 Stationsundervisning 18 min. (40 %)", "6 Parundervisning 8 min. (18 %)",
                   "1 Tavleundervisning 8 min. (18 %)", "4 Pararbejde 4 min. (9 %)",
                   "5 Gruppearbejde 18 min. (40 %)"):
        assert legend in flat, legend
    assert "Parallelundervisning" not in flat  # only what was used is in the legend


def test_seating_and_participation_show_counts_and_who_was_never_heard(lesson):
    flat = lesson.flat()
    assert "Aldrig hørt: A3, B4, C1, C3, D2, D4, E3, E4" in flat
    assert "Elever fordelt på antal bidrag" in flat
    for category in ("0 gange", "1 gang", "2 gange", "3+ gange"):
        assert category in flat
    assert "Type Antal Elever" in flat
    assert "Spontant indlæg 8" in flat
    # 8 seats never heard, 5 heard once, 3 twice, 4 three times or more.
    assert "8 5 3 4" in flat or all(str(n) in flat for n in (8, 5, 3, 4))


def test_look_fors_are_a_checklist_with_evidence(lesson):
    flat = lesson.flat()
    assert "☑ Begge læreres stemmer høres; de siger “vi” og “vores” Åse: “Vi skal nu …”" in flat
    assert "☐ Begge voksne arbejder med alle elever" in flat
    assert "☑ Begge giver feedback; klasseledelsen er delt Begge gik rundt" in flat


# -- privacy -----------------------------------------------------------------------------------
def test_private_notes_are_left_out_by_default(lesson):
    pdf = lesson
    for secret in (PRIVATE_NOTE, PRIVATE_TEXT, "HEMMELIGNOTE", "PRIVATTEKST", "Private noter",
                   "Privat", "private noter"):
        assert secret not in pdf.text


def test_private_notes_are_printed_when_included(tmp_path):
    pdf = read_pdf(write(tmp_path, make_report(include_private=True)))
    flat = pdf.flat()
    assert PRIVATE_NOTE in flat
    assert "Private noter Observatørens egne noter – ikke til den observerede lærer. " \
           + PRIVATE_TEXT in flat
    assert "Privat " + PRIVATE_NOTE in flat
    assert "MED PRIVATE NOTER" in pdf.pages[0]
    for page in pdf.pages:  # every page says it is not the copy for the teacher
        assert "24.11.2026 · Med private noter" in page


# -- text as typed -----------------------------------------------------------------------------
def test_user_text_is_printed_literally_never_as_markup(lesson):
    pdf = lesson
    flat = pdf.flat()
    for literal in ("<b>ikke fed</b>", "<i>kursiv</i>", '<font color="red">rød</font>',
                    "</para>", "&amp; &lt;", "😀 😊", "& <b>fed?</b> 😀", LONG_START, LONG_END):
        assert literal in flat, literal
    # Not one of the 20,000 characters is lost, though the note runs over pages.
    assert long_text() in pdf.body(*FRAME, "Tid", "Iagttagelse", "Tolkning / undren")


def test_danish_letters_and_foreign_names_survive(lesson):
    text = lesson.text
    for word in ("Åse Bækgård", "Łukasz Ødegård", "“Nu skal vi øve æ, ø og å.”",
                 "Ödön og Łukasz nikker.", "Ærøskøbing", "Observatør", "Formøde"):
        assert word in text


def test_hostile_names_and_labels_do_not_break_the_page(tmp_path):
    people = {**PEOPLE, "ase": "<b>Åse</b> & co"}
    observation = replace(make_report().observation, class_label="5.A <i>", subject="&amp;",
                          seats=(Seat("<b>", 0, 0), Seat("&", 1, 0), Seat("😀7", 2, 0)))
    report = make_report(notes=make_notes(5), people=people, observation=observation,
                         taps=(Participation("p", "&", "<script>", 10.0),))
    flat = assert_sound_pdf(write(tmp_path, report)).flat()
    assert "5.A <i> &amp; – <b>Åse</b> & co, Ida Sørensen" in flat
    assert "<script> 1 1" in flat


@pytest.mark.parametrize("layout", [
    tuple(Seat(f"R{i}", 0, i) for i in range(60)),  # one long column
    tuple(Seat(f"K{i}", i * 2, 0) for i in range(60)),  # one very wide row
    (Seat("A1", -3, -2), Seat("Z9", 40, 90)),  # far apart, negative positions
], ids=["deep", "wide", "sparse"])
def test_any_room_fits_on_the_page(tmp_path, layout):
    observation = replace(make_report().observation, seats=layout)
    taps = (Participation("p", layout[-1].label, "Spontant indlæg", 5.0),)
    pdf = assert_sound_pdf(write(tmp_path, make_report(notes=make_notes(3),
                                                       observation=observation, taps=taps)))
    assert "Pladsoversigt" in pdf.text and "Aldrig hørt: " + layout[0].label in pdf.flat()


def test_unknown_codes_and_odd_times_do_not_stop_the_print(tmp_path):
    events = (LessonEvent("a", 0, "model", "ny_model"), LessonEvent("b", 60, "activity", "x"),
              LessonEvent("c", 120, "model", CoTeachingModel.TEAM.value),
              LessonEvent("d", 7200, "noise", "5"))
    notes = (ObservationNote("n", 4512.7, "Sent i lektionen", focus_index=9),)
    report = make_report(notes=notes, events=events, lesson_seconds=0.0)
    flat = assert_sound_pdf(write(tmp_path, report)).flat()
    assert "ny_model" in flat and "Parundervisning" in flat
    assert "75:12 Andet Sent i lektionen" in flat  # a focus index that is gone is left out
    assert "Varighed 120 min." in flat  # the lesson lasts at least to the last thing logged


def test_a_bare_observation_prints_the_essentials_only(tmp_path):
    bare = ObservationReport(School("Ærøskøbing Skole"),
                             Observation("o", dt.date(2026, 11, 24)))
    pdf = assert_sound_pdf(write(tmp_path, bare))
    flat = pdf.flat()
    assert "OBSERVATIONSNOTER Observation Dato 24.11.2026" in flat
    assert "Noter Ingen noter" in flat
    for missing in ("Formøde", "Observationsfokus", "Lektionens forløb", "Pladsoversigt",
                    "Deltagelse", "Kendetegn", "Tidspunkt", "Varighed"):
        assert missing not in flat
    assert len(pdf.pages) == 1


def test_metadata_names_the_document(lesson_pdf):
    reader = PdfReader(lesson_pdf)
    assert reader.metadata.title == ("Observationsnoter – 5.A dansk – Åse Bækgård, "
                                     "Ida Sørensen, 24.11.2026")
    assert reader.trailer["/Root"]["/Lang"] == "da-DK"


def test_300_notes_export_in_under_a_second(tmp_path):
    write(tmp_path, name="warm.pdf")  # fonts and styles are built once per process
    start = time.perf_counter()
    write(tmp_path)
    assert time.perf_counter() - start < 1.0


def test_titles_and_lesson_times():
    assert observation_title("5.A", "Dansk", ["Åse Bækgård"]) == "5.A dansk – Åse Bækgård"
    assert observation_title("", "", "") == "Observation"
    assert observation_title("4. årgang", "IT", "") == "4. årgang IT"
    assert lesson_clock(0) == "00:00" and lesson_clock(75.9) == "01:15"
    assert lesson_clock(4512) == "75:12"


# -- the service that gathers the report ---------------------------------------------------------
def test_the_service_report_leaves_private_notes_out_unless_asked(services, team_with_people):
    people = team_with_people
    obs = services.observations
    lesson = obs.create(date=dt.date(2026, 11, 24), class_label="5.A", subject="Dansk",
                        adults=(Adult(people["ase"].id, "underviser"),),
                        observer_id=people["ida"].id, team_id=people["team"].id)
    obs.update(lesson.id, private_notes=PRIVATE_TEXT)
    obs.add_note(lesson.id, "Delt note", at_seconds=30)
    obs.add_note(lesson.id, PRIVATE_NOTE, at_seconds=2400, private=True)
    obs.switch_model(lesson.id, CoTeachingModel.ONE_ASSISTS, 0)
    obs.tap(lesson.id, "A1", "Spontant indlæg", 90)

    shared = obs.report(lesson.id)
    assert [n.description for n in shared.notes] == ["Delt note"]
    assert shared.observation.private_notes == "" and not shared.include_private
    assert shared.school.name == "Ærøskøbing Skole" and shared.team_name == "5.A klasseteam"
    assert shared.people[people["ase"].id] == "Åse Bækgård"
    assert len(shared.events) == 1 and len(shared.taps) == 1
    # The lesson lasts to the last thing logged, the private note included: the timeline of
    # the teacher's copy must not change length with what is left out.
    assert shared.lesson_seconds == 2400 == obs.lesson_end(obs.get(lesson.id))

    everything = obs.report(lesson.id, include_private=True)
    assert [n.description for n in everything.notes] == ["Delt note", PRIVATE_NOTE]
    assert everything.observation.private_notes == PRIVATE_TEXT and everything.include_private


def test_lesson_end_follows_the_clock_once_it_has_run(storage):
    from plf_desktop.services.observation_service import ObservationService

    now = [dt.datetime(2026, 11, 24, 9, 0, tzinfo=dt.UTC)]
    obs = ObservationService(storage.db, now=lambda: now[0])
    lesson = obs.create(date=dt.date(2026, 11, 24))
    assert obs.lesson_end(obs.get(lesson.id)) == 0
    obs.start_clock(lesson.id)
    now[0] += dt.timedelta(minutes=45)
    stopped = obs.stop_clock(lesson.id)
    now[0] += dt.timedelta(hours=3)
    assert obs.lesson_end(stopped) == 45 * 60
    assert obs.report(lesson.id).lesson_seconds == 45 * 60
