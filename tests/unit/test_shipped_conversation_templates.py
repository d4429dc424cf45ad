"""The shipped library of conversation templates: every file loads, is complete and round-trips."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from plf_desktop.domain.conversation_templates import (
    ConversationTemplate,
    dump_conversation_template,
    parse_conversation_template,
)
from plf_desktop.resources import templates_dir

CONVERSATIONS = templates_dir() / "conversations"
FILES = sorted(CONVERSATIONS.glob("*.toml"))
EXPECTED_KEYS = {
    "kl-fire-faser",
    "aktionslaering-tre-dele",
    "smtte",
    "hiim-hippe",
    "tegn-paa-laering",
    "timperley",
    "dufour-fire-spoergsmaal",
    "hattie-feedback",
    "co-teaching-refleksion",
    "lektionsstudie",
}


def _load(path: Path) -> ConversationTemplate:
    return parse_conversation_template(path.read_bytes())


def test_exactly_the_ten_shipped_templates_exist() -> None:
    assert {path.stem for path in FILES} == EXPECTED_KEYS


@pytest.mark.parametrize("path", FILES, ids=lambda path: path.stem)
def test_a_shipped_template_parses_and_is_complete(path: Path) -> None:
    template = _load(path)
    assert template.key == path.stem
    assert template.version == 1
    assert template.description
    for phase in template.phases:
        assert phase.gloss, phase.title
        assert phase.purpose, phase.title
        assert phase.speaker, phase.title
        assert phase.questions, phase.title
        for question in phase.questions:
            assert question.gloss, question.text
    assert any(phase.shows_data for phase in template.phases)


@pytest.mark.parametrize("path", FILES, ids=lambda path: path.stem)
def test_a_shipped_template_survives_dump_and_parse(path: Path) -> None:
    template = _load(path)
    assert parse_conversation_template(dump_conversation_template(template)) == template


def test_names_and_keys_are_unique() -> None:
    templates = [_load(path) for path in FILES]
    keys = [t.key for t in templates]
    names = [t.name for t in templates]
    assert len(set(keys)) == len(keys)
    assert len(set(names)) == len(names)
    assert set(keys) == EXPECTED_KEYS


def test_kl_four_phases_is_the_default_model_with_data_in_phase_two() -> None:
    template = _load(CONVERSATIONS / "kl-fire-faser.toml")
    assert len(template.phases) == 4
    assert [p.shows_data for p in template.phases] == [False, True, False, False]
    assert template.phases[1].title == "Gennemgang af data"


@pytest.mark.parametrize("key", sorted(EXPECTED_KEYS))
def test_a_conversation_held_with_each_model_prints_every_phase(services, danish, tmp_path,
                                                                key: str) -> None:
    from pypdf import PdfReader

    from plf_desktop.exports import export_conversation_pdf

    template = services.templates.conversation_template(key)
    conversation = services.conversations.create(template, date=dt.date(2026, 11, 23),
                                                 title=f"Samtale med {template.name}")
    for phase_index in range(len(template.phases)):
        services.conversations.set_note(conversation.id, phase_index, 0,
                                        f"Note i fase {phase_index + 1} – æøå")
    target = export_conversation_pdf(services, conversation.id, tmp_path / f"{key}.pdf")
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(target).pages)
    for phase_index, phase in enumerate(template.phases):
        assert " ".join(phase.title.split()) in text
        assert " ".join(phase.questions[0].text.split()) in text
        assert f"Note i fase {phase_index + 1} – æøå" in text
