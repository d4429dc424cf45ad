"""Where the database lives: ``--database``, then ``PLF_DESKTOP_DATABASE``, then platformdirs."""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "PLF Desktop"
DATABASE_NAME = "plf.sqlite3"
ENV_DATABASE = "PLF_DESKTOP_DATABASE"


def default_database() -> Path:
    """The user data directory's ``PLF Desktop/plf.sqlite3``."""
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False) / DATABASE_NAME


def resolve_database(argument: str | None) -> Path:
    """The database path the user asked for, or the default."""
    chosen = argument or os.environ.get(ENV_DATABASE)
    return Path(chosen).expanduser() if chosen else default_database()
