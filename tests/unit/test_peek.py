"""The quick read-only look at a garden that the window's first frame is drawn from."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

from garden.domain.model import Circle
from garden.services.garden import Garden
from garden.store.paths import database_path
from garden.store.peek import peek_people
from garden.store.schema import SCHEMA_VERSION


def test_peek_lists_the_active_people_without_changing_the_file(data_dir: Path, clock):
    with Garden.open(data_dir, clock) as garden:
        a = next(iter(garden.add_person("Zoë", circle=Circle.HEART).people))
        b = next(iter(garden.add_person("王芳").people))
        garden.archive_person(b, "moved")
    path = database_path(data_dir)
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    people = peek_people(path)
    assert people is not None and [(p.id, p.name, p.circle) for p in people] == [
        (a, "Zoë", Circle.HEART)
    ]
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


def test_peek_steps_aside_for_anything_unusual(tmp_path: Path, data_dir: Path, clock):
    assert peek_people(tmp_path / "nothing.sqlite3") is None
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"not a database" * 20)
    assert peek_people(junk) is None
    with Garden.open(data_dir, clock) as garden:
        garden.add_person("A")
    path = database_path(data_dir)
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    assert peek_people(path) is None  # the ordinary way in explains the newer version
