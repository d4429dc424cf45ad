"""Courses and collaborations loaded many at a time are the ones loaded one by one."""

from __future__ import annotations

import datetime as dt
from unittest import mock

from plf_desktop.services.registry import Services
from plf_desktop.storage import rows

DAY = dt.date(2026, 9, 1)


def test_many_courses_come_whole_in_the_order_asked_without_the_trash(
        services: Services, team_with_people: dict) -> None:
    team = team_with_people["team"]
    courses = [services.cycles.create(f"Forløb {n}", started=DAY, team_id=team.id)
               for n in range(3)]
    services.cycles.set_quick_write(courses[0].id, team_with_people["ase"].id, "Jeg undrer mig")
    for course in (courses[0], courses[2]):
        services.cycles.update(course.id, problem="Hvordan får alle elever ordet?")
        services.cycles.start_rounds(course.id)
    services.cycles.delete(courses[1].id)
    wanted = [courses[2].id, courses[1].id, "ukendt", courses[0].id]
    many = services.cycles.many(wanted)
    assert many == [services.cycles.get(courses[2].id), services.cycles.get(courses[0].id)]
    assert many[1].quick_writes[0].text == "Jeg undrer mig"
    assert len(many[0].rounds) == 1 and many[1].participant_ids  # the team took part


def test_active_collaborations_come_whole_newest_first(services: Services,
                                                      team_with_people: dict) -> None:
    made = [services.collaborations.create(f"Samarbejde {n}", started=DAY + dt.timedelta(n),
                                           teacher_id=team_with_people["ase"].id)
            for n in range(3)]
    services.collaborations.add_lesson(made[0].id)
    services.collaborations.add_lesson(made[0].id)
    services.collaborations.close(made[1].id, DAY)
    active = services.collaborations.active()
    assert active == [services.collaborations.get(made[2].id),
                      services.collaborations.get(made[0].id)]
    assert [lesson.number for lesson in active[1].lessons] == [1, 2]


def test_more_ids_than_one_query_holds_are_asked_in_chunks(services: Services,
                                                           team_with_people: dict) -> None:
    course = services.cycles.create("Forløb", started=DAY)
    wanted = [f"ukendt-{n}" for n in range(7)] + [course.id]
    with mock.patch.object(rows, "IDS_PER_QUERY", 3):
        assert services.cycles.many(wanted) == [services.cycles.get(course.id)]
