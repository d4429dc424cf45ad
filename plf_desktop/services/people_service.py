"""People and teams: add, edit, search, delete to the trash, and membership."""

from __future__ import annotations

from dataclasses import replace

from plf_desktop.domain.collation import danish_sort_key
from plf_desktop.domain.errors import QT_TRANSLATE_NOOP, NotFoundError
from plf_desktop.domain.labels import Role, TeamKind
from plf_desktop.domain.records import Person, Team, new_id
from plf_desktop.domain.validation import derive_initials, limit_text, require_text
from plf_desktop.services.base import Service
from plf_desktop.storage.connection import Database
from plf_desktop.storage.people_repo import PeopleRepository, TeamRepository
from plf_desktop.storage.trash_repo import TrashRepository


class PeopleService(Service):
    """Use cases for the *Personer og teams* area."""

    def __init__(self, db: Database) -> None:
        super().__init__(db)
        self.people = PeopleRepository(db)
        self.teams = TeamRepository(db)
        self.trash = TrashRepository(db)

    # -- people ----------------------------------------------------------------------------
    def list_people(self) -> list[Person]:
        """Everyone not in the trash, in Danish alphabetical order."""
        return sorted(self.people.list(), key=lambda p: danish_sort_key(p.name))

    def person_names(self) -> dict[str, str]:
        """Names by id, including people in the trash, for old records."""
        return self.people.names()

    def _clean_person(self, person: Person) -> Person:
        name = require_text(person.name, "name", QT_TRANSLATE_NOOP("Errors", "The name"))
        initials = person.initials.strip()[:8] or derive_initials(name)
        return replace(person, name=name, initials=initials, role=Role(person.role),
                       note=limit_text(person.note, "note"))

    def add_person(self, name: str, initials: str = "", role: Role = Role.TEACHER,
                   note: str = "") -> Person:
        """Validate and add a person."""
        person = self._clean_person(Person(new_id(), name, initials, role, note))
        with self.transaction():
            self.people.insert(person)
        return person

    def update_person(self, person: Person) -> Person:
        """Validate and save a changed person."""
        with self.transaction():
            stored = self.people.get(person.id)
            if stored is None:
                raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "That person no longer exists."))
            if person.initials.strip() == stored.initials == derive_initials(stored.name):
                # Initials that were derived, not typed, follow the name.
                person = replace(person, initials="")
            person = self._clean_person(person)
            self.people.update(person)
        return person

    def delete_person(self, person_id: str) -> None:
        """Move a person to the trash (their name stays on old meetings)."""
        with self.transaction():
            self.trash.trash("people", person_id)

    def restore_person(self, person_id: str) -> None:
        """Undo :meth:`delete_person`."""
        with self.transaction():
            self.trash.restore("people", person_id)

    def teams_of(self, person_id: str) -> list[str]:
        """Names of a person's teams."""
        return self.teams.teams_of(person_id)

    # -- teams -----------------------------------------------------------------------------
    def list_teams(self) -> list[Team]:
        """Every team not in the trash, in Danish alphabetical order."""
        return sorted(self.teams.list(), key=lambda t: danish_sort_key(t.name))

    def get_team(self, team_id: str) -> Team | None:
        """One team with its members."""
        return self.teams.get(team_id)

    def team_names(self) -> dict[str, str]:
        """Team names by id, trash included."""
        return self.teams.names()

    def _clean_team(self, team: Team) -> Team:
        return replace(team, name=require_text(team.name, "name",
                                               QT_TRANSLATE_NOOP("Errors", "The team's name")),
                       kind=TeamKind(team.kind), description=limit_text(team.description,
                                                                        "description"))

    def add_team(self, name: str, kind: TeamKind = TeamKind.CLASS, description: str = "",
                 member_ids: tuple[str, ...] = ()) -> Team:
        """Validate and add a team with its members."""
        team = self._clean_team(Team(new_id(), name, kind, description, tuple(member_ids)))
        with self.transaction():
            self.teams.insert(team)
        return team

    def update_team(self, team: Team) -> Team:
        """Validate and save a changed team and its membership."""
        team = self._clean_team(team)
        with self.transaction():
            if self.teams.get(team.id) is None:
                raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "That team no longer exists."))
            self.teams.update(team)
        return team

    def delete_team(self, team_id: str) -> None:
        """Move a team to the trash."""
        with self.transaction():
            self.trash.trash("teams", team_id)

    def restore_team(self, team_id: str) -> None:
        """Undo :meth:`delete_team`."""
        with self.transaction():
            self.trash.restore("teams", team_id)
