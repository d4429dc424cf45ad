"""*Søg*: one search across notes, agreements, problem statements and referater, grouped by
area, kept current as records change, leaving out the trash, and safe with any typed text."""

from __future__ import annotations

import datetime as dt

import pytest

from plf_desktop.domain.labels import NoteCategory
from plf_desktop.domain.search import MARK_END, MARK_START
from plf_desktop.services.registry import Services
from plf_desktop.storage.search_index import rebuild

DAY = dt.date(2026, 11, 10)


@pytest.fixture
def filled(services: Services, team_with_people: dict, meeting) -> dict:  # type: ignore[no-untyped-def]
    """One record of each kind that mentions "rollekort" somewhere."""
    people = team_with_people
    item = services.meetings.get(meeting.id).agenda[0]
    services.meetings.update_item(item.id, notes="Vi drøftede rollekort i grupperne")
    agreement = services.meetings.add_agreement(meeting.id, "Lave rollekort til 5.A")
    observation = services.observations.create(date=DAY, class_label="5.A", subject="Dansk")
    services.observations.add_note(observation.id, "Gruppe 3 bruger rollekortene",
                                   at_seconds=60, category=NoteCategory.STUDENTS)
    kl = services.templates.conversation_template("kl-fire-faser")
    conversation = services.conversations.create(kl, date=DAY, title="Samtale med Åse")
    services.conversations.set_note(conversation.id, 0, 0, "Åse vil prøve rollekort")
    cycle = services.cycles.create("Grupper i gang", started=DAY, team_id=people["team"].id)
    services.cycles.update(cycle.id, problem="Hvordan hjælper rollekort grupperne i gang?")
    return {"meeting": meeting, "agreement": agreement, "observation": observation,
            "conversation": conversation, "cycle": cycle}


def test_one_search_finds_every_kind_grouped_by_area(services: Services, filled: dict) -> None:
    found = services.search.search("rollekort")
    assert list(found) == ["cycle", "conversation", "observation", "meeting", "agreement"]
    assert found["cycle"][0].open_id == filled["cycle"].id
    assert found["conversation"][0].title == "Samtale med Åse"
    assert found["observation"][0].open_id == filled["observation"].id
    assert found["observation"][0].title == "5.A Dansk"
    assert found["meeting"][0].open_id == filled["meeting"].id
    assert found["agreement"][0].open_id == filled["agreement"].id
    snippet = found["conversation"][0].snippet
    assert f"{MARK_START}rollekort{MARK_END}" in snippet


def test_prefixes_and_danish_letters(services: Services, filled: dict) -> None:
    assert "conversation" in services.search.search("Åse")
    assert services.search.search("ase") == {}  # å is not a
    assert "observation" in services.search.search("rollek")  # a word being typed
    assert set(services.search.search("rollekort grupperne")) >= {"cycle", "meeting"}


def test_the_index_follows_edits_deletes_and_the_trash(services: Services,
                                                      filled: dict) -> None:
    conversation = filled["conversation"]
    services.conversations.set_note(conversation.id, 0, 0, "Noget helt andet")
    assert "conversation" not in services.search.search("rollekort")
    assert "conversation" in services.search.search("helt andet")
    services.cycles.delete(filled["cycle"].id)
    assert "cycle" not in services.search.search("rollekort")
    services.cycles.restore(filled["cycle"].id)
    assert "cycle" in services.search.search("rollekort")
    services.meetings.delete(filled["meeting"].id)
    assert "meeting" not in services.search.search("rollekort")
    rebuild(services.storage.db)  # a rebuild finds the same
    assert "cycle" in services.search.search("rollekort")


@pytest.mark.parametrize("typed", ['"', "rollekort OR", "NOT", "-rollekort", "(", "*",
                                   "rolle:kort", "NEAR(a b)", "'; DROP TABLE meetings; --",
                                   "\x00", "   ", "😀", "<b>"])
def test_any_typed_text_is_just_text(services: Services, filled: dict, typed: str) -> None:
    found = services.search.search(typed)  # never an FTS syntax error
    assert isinstance(found, dict)
    assert services.meetings.summaries()  # nothing was harmed


def test_list_fields_are_searched_as_plain_words(services: Services) -> None:
    from plf_desktop.domain.collaborations import LessonPhase
    from plf_desktop.domain.labels import CoTeachingModel

    made = services.collaborations.create("Samarbejde", started=DAY)
    lesson = services.collaborations.add_lesson(made.id)
    services.collaborations.update_lesson(lesson.id, phases=[
        LessonPhase("Stationer med brøker", CoTeachingModel.TEAM, "Begge har en station")])
    hit = services.search.search("brøker")["collaboration"][0]
    assert '"' not in hit.snippet and "[" not in hit.snippet  # words, not JSON
    assert services.search.search("parundervisning") == {}  # model codes are not text
    observation = services.observations.create(date=DAY, focus_points=("Hvem tager ordet",))
    assert services.search.search("tager ordet")["observation"][0].open_id == observation.id
