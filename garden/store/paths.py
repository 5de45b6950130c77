"""Where the garden lives on disk."""

from __future__ import annotations

import os
from pathlib import Path

from garden import APP_NAME

DATABASE_NAME = "garden.sqlite3"
DATA_DIR_ENV = "GARDEN_DATA_DIR"


def default_data_dir() -> Path:
    """The platform's per-user data folder (for example ~/.local/share/relationship-garden)."""
    from platformdirs import user_data_path  # imported here: only needed without an override

    return user_data_path(APP_NAME, appauthor=False)


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """`--data-dir` if given, else `$GARDEN_DATA_DIR`, else the platform default."""
    if override:
        return Path(override).expanduser()
    if env := os.environ.get(DATA_DIR_ENV):
        return Path(env).expanduser()
    return default_data_dir()


def database_path(directory: Path) -> Path:
    return directory / DATABASE_NAME
