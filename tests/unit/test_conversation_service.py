"""Didactic conversations: kontrakt, phases with their timer, notes, linked observations,
agreements that reach the team's next meeting, and templates frozen with the conversation."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from plf_desktop.domain.conversations import PHASE_NOTE
from plf_desktop.domain.errors import NotFoundError, ValidationError
from plf_desktop.domain.labels import NoteCategory, SourceKind
from plf_desktop.services.conversation_service import ConversationService
from plf_desktop.services.registry import Services
from plf_desktop.storage.agreement_repo import AgreementFilter


class FakeClock:
    """A wall clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = dt.datetime(2026, 11, 23, 13, 0, tzinfo=dt.UTC)

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, minutes: float) -> None:
        self.now += dt.timedelta(minutes=minutes)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def conversations(services: Services, clock: FakeClock) -> ConversationService:
    return ConversationService(services.storage.db, now=clock)


def test_a_conversation_runs_phase_by_phase_and_keeps_its_notes(
        services: Services, conversations: ConversationService, team_with_people: dict,
        clock: FakeClock) -> None:
    kl = services.templates.conversation_template("kl-fire-faser")
    people = team_with_people
    conversation = conversations.create(
        kl, date=dt.date(2026, 11, 23), title="Samtale med Åse om exit tickets",
        focus_person_id=people["ase"].id, team_id=people["team"].id,
        participant_ids=(people["ida"].id,))
    assert not conversation.started and conversation.template.name == kl.name
    conversations.update(conversation.id, purpose="At blive klogere på <b>exit tickets</b> & mål",
                         data_basis="Observationsnoter fra 5.A dansk")
    started = conversations.next_phase(conversation.id)
    assert started.current_phase == 0
    conversations.set_note(conversation.id, 0, 0, "Jeg ville have alle med 😀")
    conversations.set_note(conversation.id, 0, PHASE_NOTE, "Fokus: de stille elever")
    clock.advance(7)
    second = conversations.next_phase(conversation.id)
    assert second.current_phase == 1
    assert second.phase_seconds(0, clock()) == pytest.approx(7 * 60)
    clock.advance(3)
    back = conversations.go_to_phase(conversation.id, 0)
    clock.advance(2)
    assert back.phase_seconds(0, clock()) == pytest.approx(9 * 60)
    assert back.phase_seconds(1, clock()) == pytest.approx(3 * 60)
    for _ in range(10):  # the last phase stays the last
        last = conversations.next_phase(conversation.id)
    assert last.is_last_phase()
    conversations.update(conversation.id, summary="Jeg tager exit tickets med",
                         next_steps="Afprøve i 6.B")
    finished = conversations.finish(conversation.id)
    assert finished.finished_at == clock()
    clock.advance(60)  # the timer stopped with the conversation
    assert finished.phase_seconds(0, clock()) == pytest.approx(9 * 60)
    notes = conversations.notes(conversation.id)
    assert notes == {(0, 0): "Jeg ville have alle med 😀",
                     (0, PHASE_NOTE): "Fokus: de stille elever"}
    conversations.set_note(conversation.id, 0, 0, "   ")
    assert (0, 0) not in conversations.notes(conversation.id)
    report = conversations.report(conversation.id)
    assert report.focus_person == "Åse Bækgård" and report.participants == ("Ida Sørensen",)
    assert report.team_name == "5.A klasseteam"
    assert report.conversation.purpose == "At blive klogere på <b>exit tickets</b> & mål"


def test_bad_input_is_refused_and_changes_nothing(services: Services,
                                                  conversations: ConversationService) -> None:
    kl = services.templates.conversation_template("kl-fire-faser")
    conversation = conversations.create(kl, date=dt.date(2026, 11, 23))
    assert conversation.title == kl.name  # no title given: the model's name
    with pytest.raises(ValidationError, match="empty"):
        conversations.update(conversation.id, title="   ")
    with pytest.raises(ValidationError):
        conversations.set_note(conversation.id, 4, 0, "no such phase")
    with pytest.raises(ValidationError):
        conversations.set_note(conversation.id, 0, 99, "no such question")
    with pytest.raises(ValidationError):
        conversations.go_to_phase(conversation.id, -1)
    with pytest.raises(ValidationError):
        conversations.update(conversation.id, date="23-11-2026")
    with pytest.raises(NotFoundError):
        conversations.get("nope")
    assert conversations.get(conversation.id).title == kl.name
    assert conversations.notes(conversation.id) == {}


def test_agreements_reach_the_aftaler_view_and_the_teams_next_meeting(
        services: Services, conversations: ConversationService, team_with_people: dict) -> None:
    team = team_with_people["team"]
    kl = services.templates.conversation_template("kl-fire-faser")
    conversation = conversations.create(kl, date=dt.date(2026, 11, 10), title="Samtale med Åse",
                                        team_id=team.id)
    made = conversations.add_agreement(conversation.id, "Afprøve exit tickets i tre uger",
                                       team_with_people["ase"].id, dt.date(2026, 12, 1))
    rows = services.agreements.list(AgreementFilter(team_id=team.id))
    assert [(r.agreement.what, r.source_title, r.agreement.source_kind) for r in rows] == [
        ("Afprøve exit tickets i tre uger", "Samtale med Åse", SourceKind.CONVERSATION)]
    meeting = services.meetings.create(date=dt.date(2026, 11, 24), team_id=team.id,
                                       template_key="klassisk-dagsorden")
    assert [f.agreement.id for f in services.meetings.follow_ups(meeting.id)] == [made.id]
    earlier = services.meetings.create(date=dt.date(2026, 11, 3), team_id=team.id,
                                       template_key="klassisk-dagsorden")
    assert services.meetings.follow_ups(earlier.id) == []  # made after that meeting
    conversations.delete(conversation.id)
    assert services.agreements.list() == []
    assert services.meetings.follow_ups(meeting.id) == []
    conversations.restore(conversation.id)
    assert len(services.agreements.list()) == 1


def test_linked_observations_bring_their_notes_but_never_private_ones(
        services: Services, conversations: ConversationService, team_with_people: dict) -> None:
    observations = services.observations
    observation = observations.create(date=dt.date(2026, 11, 9), class_label="5.A",
                                      subject="Dansk")
    observations.add_note(observation.id, "Eleverne skriver exit tickets", at_seconds=600,
                          category=NoteCategory.STUDENTS,
                          interpretation="Flere skriver end sidst")
    observations.add_note(observation.id, "Min egen tanke", at_seconds=660, private=True)
    kl = services.templates.conversation_template("kl-fire-faser")
    conversation = conversations.create(kl, date=dt.date(2026, 11, 10),
                                        observation_ids=(observation.id,))
    linked = conversations.linked_observations(conversation.id)
    assert [o.title for o in linked] == ["5.A dansk"]
    assert [n[1:] for n in linked[0].notes] == [("Eleverne skriver exit tickets",
                                                 "Flere skriver end sidst")]
    observations.delete(observation.id)  # an observation in the trash is no longer linked
    assert conversations.linked_observations(conversation.id) == []


def test_a_conversation_keeps_the_template_version_it_was_held_with(
        services: Services, conversations: ConversationService) -> None:
    templates = services.templates
    copy = templates.duplicate(templates_kind(), "kl-fire-faser", "Vores samtale")
    assert copy.version == 1 and not copy.built_in
    held = conversations.create(copy, date=dt.date(2026, 11, 23))
    renamed = replace(copy.phases[0], title="Fokuspersonens perspektiv")
    changed = templates.save(templates_kind(), replace(copy, phases=(renamed, *copy.phases[1:])))
    assert changed.version == 2  # version 1 was used, so this is a new version
    again = templates.save(templates_kind(), replace(changed, description="Ny tekst"))
    assert again.version == 2  # version 2 has not been used yet
    old = conversations.get(held.id)
    assert old.template.phases[0].title == copy.phases[0].title and old.template.version == 1
    fresh = conversations.create(templates.conversation_template(copy.key),
                                 date=dt.date(2026, 11, 24))
    assert fresh.template.phases[0].title == "Fokuspersonens perspektiv"
    assert fresh.template.version == 2


def templates_kind():
    from plf_desktop.services.template_service import CONVERSATIONS

    return CONVERSATIONS


def test_a_conversation_left_unfinished_does_not_count_the_days_since(
        services: Services, conversations: ConversationService, clock: FakeClock) -> None:
    kl = services.templates.conversation_template("kl-fire-faser")
    conversation = conversations.create(kl, date=dt.date(2026, 11, 23))
    conversations.next_phase(conversation.id)
    clock.advance(12)
    assert conversations.get(conversation.id).left_unfinished(clock()) is None
    clock.advance(60 * 24 * 5)  # the laptop was closed for five days
    left = conversations.get(conversation.id)
    assert left.left_unfinished(clock()) is not None
    assert left.phase_seconds(0, clock()) == 3 * 3600  # never more than three hours
    conversations.next_phase(conversation.id)  # going on starts a fresh phase timer
    assert conversations.get(conversation.id).left_unfinished(clock()) is None
