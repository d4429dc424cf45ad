"""People and teams, with team membership."""

from __future__ import annotations

from plf_desktop.domain.labels import Role, TeamKind
from plf_desktop.domain.records import Person, Team
from plf_desktop.storage.connection import Database
from plf_desktop.storage.rows import fetch_all, fetch_one, stamped, update_columns


def _person(row: dict) -> Person:
    return Person(row["id"], row["name"], row["initials"], Role(row["role"]), row["note"],
                  row["created_at"])


class PeopleRepository:
    """Rows of ``people`` ↔ :class:`Person`."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def list(self) -> list[Person]:
        """Every person not in the trash nor erased, by name."""
        return [_person(r) for r in fetch_all(
            self.db, "SELECT * FROM people WHERE deleted_at IS NULL AND erased_at IS NULL"
            " ORDER BY name COLLATE NOCASE")]

    def get(self, person_id: str, *, include_deleted: bool = False) -> Person | None:
        """One person by id."""
        row = fetch_one(self.db, "SELECT * FROM people WHERE id = ?"
                        + ("" if include_deleted else " AND deleted_at IS NULL"), [person_id])
        return _person(row) if row else None

    def names(self) -> dict[str, str]:
        """Every person's name by id, trash included (old records still name who was there)."""
        return {r[0]: r[1] for r in self.db.execute("SELECT id, name FROM people")}

    def insert(self, person: Person) -> None:
        """Add a new person."""
        self.db.insert("people", stamped(
            {"id": person.id, "name": person.name, "initials": person.initials,
             "role": person.role.value, "note": person.note, "deleted_at": None}, new=True))

    def update(self, person: Person) -> None:
        """Write a changed person."""
        update_columns(self.db, "people", person.id, {
            "name": person.name, "initials": person.initials, "role": person.role.value,
            "note": person.note})


def _team(row: dict, members: tuple[str, ...]) -> Team:
    return Team(row["id"], row["name"], TeamKind(row["kind"]), row["description"], members,
                row["created_at"])


class TeamRepository:
    """Rows of ``teams`` and ``team_members`` ↔ :class:`Team`."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def _members(self) -> dict[str, list[str]]:
        members: dict[str, list[str]] = {}
        for team_id, person_id in self.db.execute(
            "SELECT m.team_id, m.person_id FROM team_members m JOIN people p ON p.id = m.person_id"
            " WHERE p.deleted_at IS NULL ORDER BY p.name COLLATE NOCASE"
        ):
            members.setdefault(team_id, []).append(person_id)
        return members

    def list(self) -> list[Team]:
        """Every team not in the trash, by name, with its current members."""
        members = self._members()
        return [_team(r, tuple(members.get(r["id"], ()))) for r in fetch_all(
            self.db, "SELECT * FROM teams WHERE deleted_at IS NULL ORDER BY name COLLATE NOCASE")]

    def get(self, team_id: str) -> Team | None:
        """One team by id (trash excluded)."""
        row = fetch_one(self.db, "SELECT * FROM teams WHERE id = ? AND deleted_at IS NULL",
                        [team_id])
        if not row:
            return None
        members = tuple(r[0] for r in self.db.execute(
            "SELECT m.person_id FROM team_members m JOIN people p ON p.id = m.person_id"
            " WHERE m.team_id = ? AND p.deleted_at IS NULL ORDER BY p.name COLLATE NOCASE",
            [team_id]))
        return _team(row, members)

    def names(self) -> dict[str, str]:
        """Every team's name by id, trash included."""
        return {r[0]: r[1] for r in self.db.execute("SELECT id, name FROM teams")}

    def insert(self, team: Team) -> None:
        """Add a new team and its members."""
        self.db.insert("teams", stamped(
            {"id": team.id, "name": team.name, "kind": team.kind.value,
             "description": team.description, "deleted_at": None}, new=True))
        self.set_members(team.id, team.member_ids)

    def update(self, team: Team) -> None:
        """Write a changed team, members included."""
        update_columns(self.db, "teams", team.id, {
            "name": team.name, "kind": team.kind.value, "description": team.description})
        self.set_members(team.id, team.member_ids)

    def set_members(self, team_id: str, member_ids: tuple[str, ...]) -> None:
        """Make the membership exactly *member_ids* (people in the trash keep theirs)."""
        self.db.execute(
            "DELETE FROM team_members WHERE team_id = ? AND person_id IN"
            " (SELECT id FROM people WHERE deleted_at IS NULL)", [team_id])
        if member_ids:
            self.db.upsert_all("team_members", [
                stamped({"team_id": team_id, "person_id": pid}, new=True)
                for pid in dict.fromkeys(member_ids)], pk=("team_id", "person_id"))

    def teams_of(self, person_id: str) -> list[str]:
        """Names of the teams a person belongs to."""
        return [r[0] for r in self.db.execute(
            "SELECT t.name FROM team_members m JOIN teams t ON t.id = m.team_id"
            " WHERE m.person_id = ? AND t.deleted_at IS NULL ORDER BY t.name COLLATE NOCASE",
            [person_id])]
