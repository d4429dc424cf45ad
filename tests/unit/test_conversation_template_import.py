"""Conversation templates shared between colleagues: a good file imports, exports and reads
back exactly; a broken, hostile or huge file is refused with a Danish message and no change."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from plf_desktop.domain.conversation_templates import (
    ConversationPhase,
    ConversationTemplate,
    GuidingQuestion,
    dump_conversation_template,
    parse_conversation_template,
)
from plf_desktop.domain.errors import ValidationError
from plf_desktop.i18n import message
from plf_desktop.services.registry import Services
from plf_desktop.services.template_service import CONVERSATIONS

GOOD = """
key = "vores-samtale"
name = "Vores samtale"
description = "Til teamets egne samtaler."

[[phases]]
title = "Start"
purpose = "Fokuspersonen fortæller."
speaker = "Fokusperson"
minutes = 5
questions = ["Hvad lægger du mærke til?", { text = "Hvorfor?", gloss = "Why?" }]
"""

HOSTILE_TEXT = '<b>fed</b> & <font color="red">rød</font> ]] [[phases]] "citat" \\ 😀\x01'

BROKEN = {
    "not TOML": "det her er ikke en skabelon [",
    "no phases": 'key = "x"\nname = "X"\n',
    "empty phases": 'key = "x"\nname = "X"\nphases = []\n',
    "phase is text": 'key = "x"\nname = "X"\nphases = ["fase"]\n',
    "no name": 'key = "x"\n[[phases]]\ntitle = "A"\n',
    "empty title": 'key = "x"\nname = "X"\n[[phases]]\ntitle = "  "\n',
    "minutes as text": 'key = "x"\nname = "X"\n[[phases]]\ntitle = "A"\nminutes = "ti"\n',
    "minutes negative": 'key = "x"\nname = "X"\n[[phases]]\ntitle = "A"\nminutes = -5\n',
    "question is a number": 'key = "x"\nname = "X"\n[[phases]]\ntitle = "A"\nquestions = [3]\n',
    "data not a flag": 'key = "x"\nname = "X"\n[[phases]]\ntitle = "A"\ndata = "ja"\n',
    "key with a path": 'key = "../../etc"\nname = "X"\n[[phases]]\ntitle = "A"\n',
    "too many phases": 'key = "x"\nname = "X"\n' + '[[phases]]\ntitle = "A"\n' * 13,
    "too many questions": ('key = "x"\nname = "X"\n[[phases]]\ntitle = "A"\nquestions = ['
                           + ", ".join(['"Q?"'] * 16) + "]\n"),
    "question too long": ('key = "x"\nname = "X"\n[[phases]]\ntitle = "A"\nquestions = ["'
                          + "x" * 401 + '"]\n'),
    "huge file": GOOD + "# " + "x" * 300_000 + "\n",
    "not UTF-8": "key = \"x\"\nname = \"\xe6\xf8\xe5\"\n",
    "binary": "\x00\x01\x02SQLite format 3\x00",
}


def user_template_rows(services: Services) -> list[tuple]:
    return list(services.storage.db.execute("SELECT * FROM user_templates"))


def test_a_good_file_imports_under_a_free_key_and_exports_the_same(services: Services) -> None:
    templates = services.templates
    first = templates.import_file(CONVERSATIONS, GOOD.encode())
    assert first.key == "vores-samtale" and not first.built_in
    assert first.phases[0].questions == (GuidingQuestion("Hvad lægger du mærke til?"),
                                         GuidingQuestion("Hvorfor?", "Why?"))
    second = templates.import_file(CONVERSATIONS, GOOD.encode())
    assert second.key == "vores-samtale-importeret"
    shipped = templates.export_file(CONVERSATIONS, "kl-fire-faser").encode()
    clash = templates.import_file(CONVERSATIONS, shipped)
    assert clash.key == "kl-fire-faser-importeret"
    assert clash.phases == templates.conversation_template("kl-fire-faser").phases
    exported = templates.export_file(CONVERSATIONS, first.key)
    assert parse_conversation_template(exported).phases == first.phases
    assert [t.key for t in templates.conversation_templates() if not t.built_in] == [
        "vores-samtale", "vores-samtale-importeret", "kl-fire-faser-importeret"]


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_a_broken_file_is_refused_with_a_message_and_changes_nothing(
        services: Services, case: str) -> None:
    data = BROKEN[case].encode("latin-1" if case == "not UTF-8" else "utf-8")
    before = user_template_rows(services)
    with pytest.raises(ValidationError) as refused:
        services.templates.import_file(CONVERSATIONS, data)
    text = message(refused.value)
    assert text and "Traceback" not in text and "{" not in text
    assert user_template_rows(services) == before


def test_a_broken_file_speaks_danish(services: Services, danish) -> None:
    with pytest.raises(ValidationError) as refused:
        services.templates.import_file(CONVERSATIONS, BROKEN["huge file"].encode())
    assert "skabelon" in message(refused.value).lower()
    with pytest.raises(ValidationError) as refused:
        services.templates.import_file(CONVERSATIONS, BROKEN["no phases"].encode())
    assert "fase" in message(refused.value).lower()


def test_hostile_text_round_trips_literally(services: Services) -> None:
    template = ConversationTemplate(
        "fjendtlig", HOSTILE_TEXT, HOSTILE_TEXT + "\nlinje to",
        (ConversationPhase(HOSTILE_TEXT, HOSTILE_TEXT, "Alle", 5,
                           (GuidingQuestion(HOSTILE_TEXT, HOSTILE_TEXT),), HOSTILE_TEXT, True),))
    assert parse_conversation_template(dump_conversation_template(template)) == template
    imported = services.templates.import_file(CONVERSATIONS,
                                              dump_conversation_template(template).encode())
    assert imported.phases == template.phases and imported.name == HOSTILE_TEXT


def test_an_observation_scheme_file_is_not_a_conversation_template(services: Services) -> None:
    scheme = services.templates.export_file(
        __import__("plf_desktop.services.template_service", fromlist=["SCHEMES"]).SCHEMES,
        "haendelsesbaseret")
    with pytest.raises(ValidationError):
        services.templates.import_file(CONVERSATIONS, scheme.encode())


def test_a_database_file_is_not_a_template(services: Services, tmp_path: Path) -> None:
    other = tmp_path / "other.sqlite3"
    sqlite3.connect(other).close()
    with pytest.raises(ValidationError):
        services.templates.import_file(CONVERSATIONS, other.read_bytes() + b"\x00" * 10)
