"""The trash: restore, delete for good (a meeting's agreements go with it), and the
automatic emptying after the chosen number of days."""

from __future__ import annotations

import datetime as dt

from plf_desktop.services.registry import Services


def test_purging_a_meeting_takes_its_agreements_and_nothing_else(services: Services, meeting,
                                                                 team_with_people) -> None:
    services.meetings.add_agreement(meeting.id, "Læse kapitel 3")
    other = services.meetings.create(date=dt.date(2026, 11, 10),
                                     team_id=team_with_people["team"].id,
                                     template_key="klassisk-dagsorden")
    services.meetings.add_agreement(other.id, "Skrive referat")
    services.meetings.delete(meeting.id)
    entry = next(e for e in services.trash.entries() if e.id == meeting.id)
    services.trash.purge(entry)
    assert [r.agreement.what for r in services.agreements.list()] == ["Skrive referat"]
    assert services.trash.entries() == []
    assert [m.id for m in services.meetings.summaries()] == [other.id]


def test_the_trash_empties_itself_after_the_chosen_days(services: Services,
                                                        team_with_people) -> None:
    ase = team_with_people["ase"]
    services.people.delete_person(ase.id)
    entry = services.trash.entries()[0]
    deleted = dt.datetime.fromisoformat(entry.deleted_at)
    assert services.trash.empty_older_than(30, now=deleted + dt.timedelta(days=29)) == 0
    assert services.trash.empty_older_than(30, now=deleted + dt.timedelta(days=31)) == 1
    assert services.trash.entries() == []
    assert ase.id not in {p.id for p in services.people.list_people()}
