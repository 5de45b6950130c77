"""A quick, read-only look at who is in a garden, for the window's first frame.

The window shows the beds and names from this before it loads the store, the services
and the growth model (which it does right after that first frame). Anything unusual —
no file yet, an older or newer schema, a damaged or busy file — gives None, and the
caller takes the ordinary way in, which explains the problem to the user.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from garden.domain.model import Person
from garden.store.rows import PERSON_COLUMNS, person_from_row
from garden.store.schema import APPLICATION_ID, SCHEMA_VERSION


def peek_people(path: Path) -> list[Person] | None:
    """The active people of the garden at `path`, or None if it is not simply readable."""
    try:
        if not path.is_file() or path.stat().st_size < 100:
            return None
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=0.2)
    except (OSError, sqlite3.Error):
        return None
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        if version != SCHEMA_VERSION or app_id != APPLICATION_ID:
            return None
        rows = conn.execute(
            f"SELECT {PERSON_COLUMNS} FROM person WHERE archived_at IS NULL ORDER BY id"
        ).fetchall()
        return [person_from_row(row) for row in rows]
    except (sqlite3.Error, ValueError, KeyError):
        return None
    finally:
        conn.close()
