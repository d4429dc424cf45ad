"""Exporting a meeting's referat as the GUI and the CLI do: from the database, in Danish.

Checks the translated words, the text's round trip through SQLite into the PDF, and that a
bad output path gives one clear Danish message and never leaves half a file behind.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from test_meeting_referat import HOSTILE, LONG_END, LONG_START, assert_sound_pdf, long_text

from plf_desktop import exports
from plf_desktop.domain.errors import NotFoundError, StorageError
from plf_desktop.domain.labels import AgreementStatus, Attendance, DataLevel, DataSource
from plf_desktop.exports import export_meeting_pdf
from plf_desktop.i18n import message

FRAME = ("Ærøskøbing Skole", "Referat · ", "Side ", "Udskrevet ", "Fortroligt – internt")


@pytest.fixture
def out(tmp_path) -> Path:
    """An empty folder for the PDFs (the database lives in tmp_path itself)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


@pytest.fixture
def full_meeting(services, team_with_people, meeting):
    """The template meeting filled in: roles, notes, decisions, data, agreements, follow-up."""
    ase, lukasz, ida = (team_with_people[k] for k in ("ase", "lukasz", "ida"))
    team = team_with_people["team"]
    earlier = services.meetings.create(date=dt.date(2026, 10, 6), team_id=team.id,
                                       template_key="klassisk-dagsorden")
    old = services.meetings.add_agreement(earlier.id, "Afprøv exit tickets", ase.id,
                                          dt.date(2026, 10, 27))
    services.meetings.review_agreement(meeting.id, old.id, AgreementStatus.DONE)
    services.meetings.update(meeting.id, chair_id=ida.id, minute_taker_id=ase.id,
                             timekeeper_id=lukasz.id, next_date=dt.date(2026, 12, 1),
                             evaluation_rating=4, evaluation_note="God tidsstyring.")
    services.meetings.set_attendance(meeting.id, lukasz.id, Attendance.ABSENT)
    item = meeting.agenda[2]
    services.meetings.update_item(item.id, notes="Læsescreeningen: 8 af 24 under niveau.",
                                  responsible_id=ase.id)
    services.meetings.add_decision(item.id, "Vi arbejder med læsemakkere")
    services.meetings.add_data(meeting.id, DataSource.WELLBEING, "2025/26", DataLevel.YEAR,
                               "Faglig trivsel 3,6", confidential=True)
    services.meetings.add_agreement(meeting.id, "Find tekster i to sværhedsgrader", lukasz.id,
                                    dt.date(2026, 11, 17))
    return meeting


def test_export_writes_the_danish_referat(danish, services, full_meeting, out):
    path = export_meeting_pdf(services, full_meeting.id, out / "referat.pdf")
    assert path == out / "referat.pdf"
    pdf = assert_sound_pdf(path)
    flat = pdf.flat()
    for words in ("REFERAT", "PLF-møde – 5.A klasseteam", "Tovholder Ida Sørensen",
                  "Referent Åse Bækgård", "Afbud Łukasz Ødegård", "Tidspunkt 14:00–15:00",
                  "Opfølgning på aftaler", "Afprøv exit tickets", "Dagsorden",
                  "3. Data: hvad ser vi?", "Læsescreeningen: 8 af 24 under niveau.",
                  "Beslutninger", "Vi arbejder med læsemakkere", "FORTROLIGT",
                  "Aftaler Hvad Ansvarlig Frist Status",
                  "Find tekster i to sværhedsgrader Łukasz Ødegård 17.11.2026",
                  "Næste møde Dato 01.12.2026", "Evaluering af mødet Vurdering: 4/5",
                  "Fortroligt – internt arbejdsdokument. Indeholder ikke elevnavne eller "
                  "CPR-numre."):
        assert words in flat, words
    assert f"Udskrevet {dt.date.today():%d.%m.%Y}" in flat
    assert "Åse Bækgård" in pdf.text and "Łukasz Ødegård" in pdf.text


def test_hostile_notes_survive_the_database_and_print_literally(danish, services, meeting, out):
    long = long_text()
    services.meetings.update_item(meeting.agenda[2].id, notes=f"{HOSTILE}\n\n{long}")
    services.meetings.add_agreement(meeting.id, "<b>Aftale</b> & </para> 😀")
    pdf = assert_sound_pdf(export_meeting_pdf(services, meeting.id, out / "x.pdf"))
    flat = pdf.flat()
    for literal in ("<b>ikke fed</b>", '<font color="red">rød</font>', "</para>", "&amp; &lt;",
                    "😀 😊", "<b>Aftale</b> & </para> 😀", LONG_START, LONG_END):
        assert literal in flat, literal
    assert long in pdf.body(*FRAME)


def test_export_replaces_an_old_file_and_leaves_no_temporary_file(danish, services, meeting,
                                                                 out):
    target = out / "referat.pdf"
    target.write_bytes(b"old")
    export_meeting_pdf(services, meeting.id, target)
    assert target.read_bytes().startswith(b"%PDF")
    assert os.listdir(out) == ["referat.pdf"]


def test_a_failed_export_keeps_the_old_file(danish, services, meeting, out, monkeypatch):
    target = out / "referat.pdf"
    target.write_bytes(b"old")

    def half_written(report, labels, path):
        path.write_bytes(b"%PDF-1.4 half")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(exports, "write_meeting_referat", half_written)
    with pytest.raises(StorageError) as caught:
        export_meeting_pdf(services, meeting.id, target)
    assert "No space left on device" in message(caught.value)
    assert target.read_bytes() == b"old"
    assert os.listdir(out) == ["referat.pdf"]


@pytest.mark.parametrize(("where", "danish_words"), [
    ("missing/referat.pdf", "findes ikke"),
    ("folder", "er en mappe, ikke et filnavn"),
    ("file.txt/referat.pdf", "findes ikke"),
])
def test_a_bad_output_path_gives_a_clear_danish_message(danish, services, meeting, out, where,
                                                        danish_words):
    (out / "folder").mkdir()
    (out / "file.txt").write_text("x")
    with pytest.raises(StorageError) as caught:
        export_meeting_pdf(services, meeting.id, out / where)
    assert danish_words in message(caught.value)
    assert sorted(os.listdir(out)) == ["file.txt", "folder"]
    assert os.listdir(out / "folder") == []


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0,
                    reason="needs POSIX permissions and a user other than root")
def test_a_read_only_folder_gives_a_storage_error(danish, services, meeting, out):
    folder = out / "ro"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        with pytest.raises(StorageError) as caught:
            export_meeting_pdf(services, meeting.id, folder / "referat.pdf")
        assert "Kan ikke gemme" in message(caught.value)
    finally:
        folder.chmod(0o755)


def test_an_unknown_meeting_is_not_found(danish, services, out):
    with pytest.raises(NotFoundError):
        export_meeting_pdf(services, "nope", out / "x.pdf")
    assert os.listdir(out) == []
