"""The meeting use cases: template agenda, editing, decisions, data, agreements, follow-up."""

from __future__ import annotations

import datetime as dt

import pytest

from plf_desktop.domain.errors import ValidationError
from plf_desktop.domain.labels import (
    AgreementStatus,
    Attendance,
    DataLevel,
    DataSource,
    ItemKind,
)
from plf_desktop.storage.agreement_repo import AgreementFilter


def test_meeting_starts_from_template_with_team_invited(services, meeting, team_with_people):
    assert meeting.title == "PLF-møde – 5.A klasseteam"
    assert [i.title for i in meeting.agenda][:2] == ["Rammesætning, roller og formål",
                                                     "Opfølgning på aftaler fra sidst"]
    assert meeting.total_minutes == 60
    stored = services.meetings.get(meeting.id)
    assert len(stored.participants) == 3
    assert stored.agenda == meeting.agenda


def test_classic_template_ships_too(services):
    keys = [t.key for t in services.templates.agenda_templates()]
    assert keys == ["data-informeret-60", "klassisk-dagsorden"]


def test_editing_fields_items_decisions_and_data(services, meeting, team_with_people):
    ase = team_with_people["ase"]
    services.meetings.update(meeting.id, chair_id=ase.id, place="Lærerværelset",
                             next_date=dt.date(2026, 12, 1), evaluation_rating=4)
    item = meeting.agenda[2]
    services.meetings.update_item(item.id, notes="Vi så <b>faldende</b> læsescore & fravær 😀",
                                  responsible_id=ase.id, minutes=12, kind=ItemKind.DECISION)
    services.meetings.add_decision(item.id, "Vi arbejder med læsemakkere")
    services.meetings.add_data(meeting.id, DataSource.WELLBEING, "2025/26", DataLevel.YEAR,
                               "Social trivsel 3,9")
    services.meetings.set_attendance(meeting.id, team_with_people["lukasz"].id, Attendance.ABSENT)
    stored = services.meetings.get(meeting.id)
    assert stored.chair_id == ase.id and stored.place == "Lærerværelset"
    assert stored.next_date == dt.date(2026, 12, 1) and stored.evaluation_rating == 4
    changed = stored.agenda[2]
    assert changed.notes == "Vi så <b>faldende</b> læsescore & fravær 😀"
    assert changed.minutes == 12 and changed.kind is ItemKind.DECISION
    assert [d.text for d in changed.decisions] == ["Vi arbejder med læsemakkere"]
    assert stored.data_references[0].level is DataLevel.YEAR
    absent = [p for p in stored.participants if p.attendance is Attendance.ABSENT]
    assert [p.person_id for p in absent] == [team_with_people["lukasz"].id]


def test_moving_and_deleting_items(services, meeting):
    first, second = meeting.agenda[0], meeting.agenda[1]
    services.meetings.move_item(meeting.id, second.id, -1)
    assert [i.id for i in services.meetings.get(meeting.id).agenda][:2] == [second.id, first.id]
    services.meetings.delete_item(first.id)
    assert first.id not in [i.id for i in services.meetings.get(meeting.id).agenda]


@pytest.mark.parametrize("fields", [{"title": "   "}, {"minutes": 0}, {"evaluation_rating": 9},
                                    {"date": None}])
def test_bad_input_is_refused_and_changes_nothing(services, meeting, fields):
    before = services.meetings.get(meeting.id)
    with pytest.raises(ValidationError):
        if "minutes" in fields:
            services.meetings.update_item(meeting.agenda[0].id, **fields)
        else:
            services.meetings.update(meeting.id, **fields)
    assert services.meetings.get(meeting.id) == before


def test_open_agreements_follow_the_team_into_its_next_meeting(services, meeting,
                                                               team_with_people):
    ase = team_with_people["ase"]
    first = services.meetings.add_agreement(meeting.id, "Afprøv exit tickets", ase.id,
                                            dt.date(2026, 11, 17))
    done = services.meetings.add_agreement(meeting.id, "Læs artikel om feedback")
    services.agreements.set_status(done.id, AgreementStatus.DONE)
    later = services.meetings.create(date=dt.date(2026, 11, 24),
                                     team_id=team_with_people["team"].id,
                                     template_key="klassisk-dagsorden")
    follow = services.meetings.follow_ups(later.id)
    assert [f.agreement.what for f in follow] == ["Afprøv exit tickets"]
    assert follow[0].responsible_name == "Åse Bækgård"
    services.meetings.review_agreement(later.id, first.id, AgreementStatus.DONE)
    follow = services.meetings.follow_ups(later.id)
    assert follow[0].reviewed_status is AgreementStatus.DONE
    assert services.agreements.list(AgreementFilter(open_only=True)) == []
    # The earlier meeting does not follow up agreements from the later one.
    services.meetings.add_agreement(later.id, "Ny aftale")
    assert services.meetings.follow_ups(meeting.id) == []


def test_agreement_filters(services, meeting, team_with_people):
    ase, ida = team_with_people["ase"], team_with_people["ida"]
    services.meetings.add_agreement(meeting.id, "Overskredet", ase.id, dt.date(2026, 11, 1))
    services.meetings.add_agreement(meeting.id, "Senere", ida.id, dt.date(2027, 1, 1))
    everything = services.agreements.list()
    assert [r.agreement.what for r in everything] == ["Overskredet", "Senere"]
    overdue = services.agreements.list(AgreementFilter(overdue_on=dt.date(2026, 11, 22)))
    assert [r.agreement.what for r in overdue] == ["Overskredet"]
    by_person = services.agreements.list(AgreementFilter(responsible_id=ida.id))
    assert [r.agreement.what for r in by_person] == ["Senere"]
    by_team = services.agreements.list(AgreementFilter(team_id=team_with_people["team"].id))
    assert len(by_team) == 2
    assert by_team[0].source_title == meeting.title


def test_deleted_meeting_goes_to_trash_and_comes_back(services, meeting):
    services.meetings.add_agreement(meeting.id, "Aftale")
    services.meetings.delete(meeting.id)
    assert services.meetings.summaries() == []
    assert services.agreements.list() == []
    services.meetings.restore(meeting.id)
    assert [s.id for s in services.meetings.summaries()] == [meeting.id]
    assert len(services.agreements.list()) == 1


def test_people_and_teams(services, team_with_people):
    assert team_with_people["lukasz"].initials == "ŁØ"
    services.people.delete_person(team_with_people["ida"].id)
    assert "Ida Sørensen" not in [p.name for p in services.people.list_people()]
    team = services.people.get_team(team_with_people["team"].id)
    assert len(team.member_ids) == 2
    services.people.restore_person(team_with_people["ida"].id)
    assert len(services.people.get_team(team.id).member_ids) == 3
    with pytest.raises(ValidationError):
        services.people.add_person("  ")


def test_derived_initials_follow_the_name_but_typed_ones_stay(services):
    person = services.people.add_person("Ny person")
    renamed = services.people.update_person(
        type(person)(person.id, "Åse Bækgård", person.initials, person.role))
    assert renamed.initials == "ÅB"
    typed = services.people.update_person(type(person)(person.id, "Åse Bækgård", "ÅSE",
                                                       person.role))
    again = services.people.update_person(type(person)(person.id, "Åse Holm", typed.initials,
                                                       person.role))
    assert again.initials == "ÅSE"


def test_school_can_be_saved_twice(services):
    services.school.save("Første navn", "Ærø Kommune")
    services.school.save("Andet navn", "Ærø Kommune")
    assert services.school.get().name == "Andet navn"


def test_danish_sort_order():
    from plf_desktop.domain.collation import danish_sort_key

    names = ["Åse", "zeynep", "Ærø", "Øjvind", "anders", "Łukasz", "Ödön", "Émile", "Mads"]
    assert sorted(names, key=danish_sort_key) == [
        "anders", "Émile", "Łukasz", "Mads", "zeynep", "Ærø", "Ödön", "Øjvind", "Åse"]


def test_only_emptying_the_trash_removes_a_meeting_and_its_children(services, meeting, storage):
    from plf_desktop.storage.trash_repo import TrashRepository

    trash = TrashRepository(storage.db)
    trash.purge("meetings", meeting.id)  # not in the trash: nothing happens
    assert services.meetings.get(meeting.id)
    services.meetings.delete(meeting.id)
    assert [(e.kind, e.title) for e in trash.entries()] == [("meetings", meeting.title)]
    trash.purge("meetings", meeting.id)
    assert trash.entries() == []
    items = storage.db.execute("SELECT COUNT(*) FROM agenda_items").fetchone()[0]
    assert items == 0


def test_every_enum_value_has_its_own_label():
    from plf_desktop.domain.labels import LABELS, Role, TeamKind, label

    for enum, labels in LABELS.items():
        assert set(labels) == set(enum), enum
    assert label(Role.OTHER) == "Other" and label(TeamKind.OTHER) == "Other team"
