"""Password protection of the database file (encryption at rest with SQLCipher).

Setting, changing or removing the password rewrites the whole file and its backups, so it
happens while the file is closed, between two windows (see :func:`plf_desktop.app.run_gui`).
"""

from __future__ import annotations

from pathlib import Path

from plf_desktop.storage import backups, cipher

PASSWORD_ENV = cipher.PASSWORD_ENV
MIN_PASSWORD = cipher.MIN_PASSWORD
PasswordRequired = cipher.PasswordRequired
WrongPassword = cipher.WrongPassword


def available() -> bool:
    """Can this installation protect a database with a password?"""
    return cipher.available()


def check_new_password(password: str) -> None:
    """Raise ValidationError for a password too short to protect anything."""
    cipher.check_password(password)


def change_password(database: Path, old: str | None, new: str | None) -> list[Path]:
    """Set (*old* None), change, or remove (*new* None) the password of the closed
    *database* and its backups; the backups that had to be left as they were."""
    if new is not None:
        check_new_password(new)
    return backups.rekey(database, old, new)
