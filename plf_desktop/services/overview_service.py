"""*Overblik*: the next step of every active course and collaboration, upcoming meetings,
open and overdue agreements, teachers and teams not visited for a while, recent work, and
what is due for deletion."""

from __future__ import annotations

import datetime as dt

from plf_desktop.domain.collaborations import collaboration_step
from plf_desktop.domain.cycles import next_step
from plf_desktop.domain.overview import CourseLine, NotVisited, Overview
from plf_desktop.domain.retention import DEFAULT_MONTHS
from plf_desktop.services.base import Service
from plf_desktop.services.collaboration_service import CollaborationService
from plf_desktop.services.cycle_service import CycleService
from plf_desktop.services.retention_service import RetentionService
from plf_desktop.storage.agreement_repo import AgreementFilter, AgreementRepository
from plf_desktop.storage.connection import Database
from plf_desktop.storage.overview_repo import OverviewRepository
from plf_desktop.storage.people_repo import PeopleRepository, TeamRepository

SHOWN = 8
"""Lines per list on the start screen; the rest are counted, and one click away."""
AHEAD_DAYS = 14


def _not_visited(rows: list[NotVisited], since: dt.date) -> list[NotVisited]:
    return [r for r in rows if r.last is None or r.last < since]


class OverviewService(Service):
    """Computes the start screen for a day."""

    def __init__(self, db: Database, cycles: CycleService,
                 collaborations: CollaborationService) -> None:
        super().__init__(db)
        self.repo = OverviewRepository(db)
        self.agreements = AgreementRepository(db)
        self.cycles = cycles
        self.collaborations = collaborations
        self.retention = RetentionService(db)

    def overview(self, today: dt.date, weeks: int = 6,
                 months: int = DEFAULT_MONTHS) -> Overview:
        """What needs attention on *today*; "not visited" means not observed for *weeks*,
        and records are due for deletion *months* months after their school year."""
        teams = TeamRepository(self.db).names()
        courses = []
        for cycle in self.cycles.many(self.repo.active_cycle_ids()):
            courses.append(CourseLine("cycle", cycle.id, cycle.title,
                                      teams.get(cycle.team_id or "", ""), next_step(cycle)))
        people = PeopleRepository(self.db).names()
        for collaboration in self.collaborations.active():
            courses.append(CourseLine(
                "collaboration", collaboration.id, collaboration.title,
                people.get(collaboration.teacher_id or "", ""),
                collaboration_step(collaboration)))
        overdue = AgreementFilter(overdue_on=today)
        since = today - dt.timedelta(weeks=weeks)
        teachers = _not_visited(self.repo.teachers_last_visited(), since)
        unvisited_teams = _not_visited(self.repo.teams_last_visited(), since)
        return Overview(
            today, weeks, tuple(courses),
            tuple(self.repo.upcoming_meetings(today, today + dt.timedelta(days=AHEAD_DAYS))),
            tuple(self.agreements.list(overdue, SHOWN)), self.agreements.count(overdue),
            self.agreements.count(AgreementFilter(open_only=True)), tuple(teachers[:SHOWN]),
            len(teachers),
            tuple(unvisited_teams[:SHOWN]), len(unvisited_teams),
            tuple(self.repo.recent(SHOWN)), self.retention.due(today, months, SHOWN))
