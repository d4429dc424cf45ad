"""Templates the user made: rows of ``user_templates`` holding the template file's text."""

from __future__ import annotations

from plf_desktop.storage.connection import Database
from plf_desktop.storage.rows import stamped, update_columns


class UserTemplateRepository:
    """Stores user templates as the TOML text the shipped ones use, by kind."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def bodies(self, kind: str) -> list[str]:
        """The TOML text of every user template of *kind* not in the trash, oldest first."""
        return [r[0] for r in self.db.execute(
            "SELECT body FROM user_templates WHERE kind = ? AND deleted_at IS NULL"
            " ORDER BY created_at, rowid", [kind])]

    def keys(self) -> set[str]:
        """Every key in use, trash included (a key is never reused)."""
        return {r[0] for r in self.db.execute("SELECT id FROM user_templates")}

    def insert(self, key: str, kind: str, name: str, body: str) -> None:
        """Add a user template."""
        self.db.insert("user_templates", stamped({"id": key, "kind": kind, "name": name,
                                                  "body": body, "deleted_at": None}, new=True))

    def update(self, key: str, name: str, body: str) -> None:
        """Replace a user template's text."""
        update_columns(self.db, "user_templates", key, {"name": name, "body": body})
