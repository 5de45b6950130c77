"""Person rows to `Person`, shared by the repository and the start-up peek.

Plain `sqlite3` rows only: nothing here imports Peewee.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from garden.domain.model import Birthday, Circle, Person, Species

CIRCLES = {c.value: c for c in Circle}
SPECIES = {s.value: s for s in Species}

PERSON_COLUMNS = (
    "id, name, nickname, how_met, birthday_month, birthday_day, birthday_year, notes, "
    "circle, cadence_days, species, created, archived_at, archive_note"
)


def optional_datetime(text: str | None) -> dt.datetime | None:
    return dt.datetime.fromisoformat(text) if text else None


def person_from_row(row: tuple[Any, ...], topics: Sequence[str] = ()) -> Person:
    """A `Person` from a row of `PERSON_COLUMNS`."""
    (pid, name, nickname, how_met, b_month, b_day, b_year, notes, circle, cadence,
     species, created, archived_at, archive_note) = row  # fmt: skip
    birthday = Birthday(b_month, b_day, b_year) if b_month and b_day else None
    return Person(
        id=pid,
        name=name,
        nickname=nickname,
        how_met=how_met,
        birthday=birthday,
        notes=notes,
        circle=CIRCLES[circle],
        cadence_override=cadence,
        species=SPECIES.get(species, Species.FERN),
        created=dt.datetime.fromisoformat(created),
        archived_at=optional_datetime(archived_at),
        archive_note=archive_note,
        topics=tuple(topics),
    )
