"""Property-based tests for every parser of user input: dates and times, template files,
CPR numbers and search words. Whatever is typed or imported, a parser either returns a value
or raises a ValidationError with a message – never anything else – and what the app writes
it reads back unchanged."""

from __future__ import annotations

import datetime as dt
import sqlite3

from hypothesis import given, settings
from hypothesis import strategies as st

from plf_desktop.domain.agenda_templates import parse_agenda_template
from plf_desktop.domain.conversation_templates import (
    ConversationPhase,
    ConversationTemplate,
    GuidingQuestion,
    dump_conversation_template,
    parse_conversation_template,
)
from plf_desktop.domain.dates import format_date, format_time, parse_date, parse_time
from plf_desktop.domain.errors import ValidationError
from plf_desktop.domain.observation_schemes import parse_observation_scheme
from plf_desktop.domain.privacy import MASK, find_cpr, mask_cpr
from plf_desktop.storage.search_repo import fts_query

TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=60)
LINE = TEXT.map(lambda t: " ".join(t.split())).filter(bool)


@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2200, 12, 31)))
def test_a_formatted_date_reads_back(day: dt.date) -> None:
    assert parse_date(format_date(day)) == day


@given(st.times())
def test_a_formatted_time_reads_back_to_the_minute(moment: dt.time) -> None:
    assert parse_time(format_time(moment)) == moment.replace(second=0, microsecond=0)


@given(TEXT)
def test_any_typed_date_or_time_is_a_value_or_a_clear_refusal(text: str) -> None:
    for parse in (parse_date, parse_time):
        try:
            parse(text)
        except ValidationError as error:
            assert str(error)


@settings(max_examples=60)
@given(st.builds(
    ConversationTemplate,
    key=st.from_regex(r"[a-z0-9][a-z0-9_-]{0,20}", fullmatch=True),
    name=LINE, description=TEXT.map(str.strip),
    phases=st.lists(st.builds(
        ConversationPhase, title=LINE, purpose=TEXT.map(str.strip), speaker=LINE,
        minutes=st.integers(0, 180),
        questions=st.lists(st.builds(GuidingQuestion, text=LINE, gloss=TEXT.map(str.strip)),
                           max_size=4).map(tuple),
        gloss=TEXT.map(str.strip), shows_data=st.booleans()),
        min_size=1, max_size=5).map(tuple),
    version=st.integers(1, 99)))
def test_a_conversation_template_file_reads_back_exactly(template: ConversationTemplate) -> None:
    assert parse_conversation_template(dump_conversation_template(template)) == template


@settings(max_examples=150)
@given(st.one_of(st.binary(max_size=400), TEXT.map(str.encode),
                 st.sampled_from([b'key = "x"\nname = "X"\n[[phases]]\ntitle = ', b"[[",
                                  b'key = "x"\n[[phases]]\nminutes = 1e400\n'])))
def test_any_imported_file_is_a_template_or_a_clear_refusal(data: bytes) -> None:
    for parse in (parse_conversation_template, parse_observation_scheme,
                  parse_agenda_template):
        try:
            parse(data)
        except ValidationError as error:
            assert str(error)


@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(1999, 12, 31)),
       st.integers(0, 999), st.booleans(), TEXT, TEXT)
def test_a_cpr_number_anywhere_is_found_and_masked(born: dt.date, serial: int, dash: bool,
                                                   before: str, after: str) -> None:
    number = f"{born:%d%m%y}{'-' if dash else ''}0{serial:03d}"  # 7th digit 0: the 1900s
    text = f"{before} {number} {after}"
    assert any(m.text == number for m in find_cpr(text))
    masked = mask_cpr(text)
    assert number not in masked and MASK in masked and find_cpr(masked) == []


@given(TEXT)
def test_finding_cpr_numbers_never_fails(text: str) -> None:
    assert find_cpr(mask_cpr(text)) == []


@settings(max_examples=100)
@given(TEXT)
def test_any_search_words_are_a_valid_query(text: str) -> None:
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE VIRTUAL TABLE t USING fts5(body, tokenize = 'unicode61 "
                 "remove_diacritics 0')")
    conn.execute("INSERT INTO t VALUES ('Grupperne går i gang med rollekort')")
    query = fts_query(text)
    if query:
        conn.execute("SELECT rowid FROM t WHERE t MATCH ?", [query]).fetchall()
