"""``plf-desktop list conversations`` and ``export conversation ID --output FILE.pdf``: the
contract other tools rely on (one line per item, JSON, a sound PDF, one-line errors)."""

from __future__ import annotations

import datetime as dt
import json
import subprocess

import pytest
from pypdf import PdfReader
from test_cli import assert_one_line_error, plf, sha256

from plf_desktop.domain.labels import Role
from plf_desktop.services.registry import build_services
from plf_desktop.storage.database import open_storage

HOSTILE = '<b>fed</b> & <font color="red">rød</font> 😀'


@pytest.fixture(scope="module")
def database(tmp_path_factory: pytest.TempPathFactory) -> dict:
    """A database with two conversations (one closed with notes and an agreement)."""
    path = tmp_path_factory.mktemp("conversations") / "plf.sqlite3"
    storage = open_storage(path)
    try:
        services = build_services(storage)
        services.school.save("Ærøskøbing Skole", "Ærø Kommune")
        ase = services.people.add_person("Åse Bækgård", "ÅB", Role.TEACHER)
        ida = services.people.add_person("Ida Sørensen", "IS", Role.COACH)
        conversations = services.conversations
        smtte = services.templates.conversation_template("smtte")
        held = conversations.create(smtte, date=dt.date(2026, 11, 12),
                                    title="SMTTE med Åse om\nlæsebånd", focus_person_id=ase.id,
                                    participant_ids=(ida.id,))
        conversations.update(held.id, purpose=HOSTILE, summary="Jeg prøver læsemakkere")
        conversations.next_phase(held.id)
        conversations.set_note(held.id, 0, 0, "Læsebåndet ligger om morgenen – æøå")
        conversations.finish(held.id)
        conversations.add_agreement(held.id, "Afprøve læsemakkere", ase.id,
                                    dt.date(2026, 12, 3))
        later = conversations.create(services.templates.conversation_template("kl-fire-faser"),
                                     date=dt.date(2026, 11, 20), title="Samtale med Ida")
    finally:
        storage.close()
    return {"path": path, "held": held.id, "later": later.id}


def test_list_conversations_prints_id_date_title_oldest_first(database):
    result = plf("list", "conversations", "--database", database["path"])
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        f"{database['held']}\t2026-11-12\tSMTTE med Åse om læsebånd",
        f"{database['later']}\t2026-11-20\tSamtale med Ida",
    ]


def test_list_conversations_json_adds_model_person_and_where_it_stands(database):
    result = plf("list", "conversations", "--database", database["path"], "--json")
    assert result.returncode == 0, result.stderr
    held, later = json.loads(result.stdout)
    assert held["focus_person"] == "Åse Bækgård" and held["closed"] is True
    assert "SMTTE" in held["model"]
    assert (later["phase"], later["phases"], later["closed"]) == (None, 4, False)


def test_export_conversation_writes_the_referat(database, tmp_path):
    target = tmp_path / "samtale.pdf"
    before = sha256(database["path"])
    result = plf("export", "conversation", database["held"], "--output", target,
                 "--database", database["path"])
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == str(target)
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(target).pages)
    for words in ("SMTTE med Åse om læsebånd", HOSTILE, "Læsebåndet ligger om morgenen – æøå",
                  "Jeg prøver læsemakkere", "Afprøve læsemakkere", "03.12.2026", "Side 1 af"):
        assert words in text
    subprocess.run(["qpdf", "--check", str(target)], check=True, capture_output=True)
    assert sha256(database["path"]) == before  # exporting never writes to the database


def test_export_of_an_unknown_conversation_is_one_clear_line(database, tmp_path):
    result = plf("export", "conversation", "nope", "--output", tmp_path / "x.pdf",
                 "--database", database["path"])
    assert_one_line_error(result)
    assert "samtale" in result.stderr
    assert not (tmp_path / "x.pdf").exists()
