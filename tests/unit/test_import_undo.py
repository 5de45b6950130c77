"""Undoing and redoing an import: everything it added goes, and comes back, together; an
import never replaces a record that was already in the garden."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from garden.domain.clock import FixedClock
from garden.domain.model import Circle, Snooze, ThingToShare
from garden.services import importing
from garden.services.exporting import export_garden
from garden.services.garden import Garden
from garden.services.reminders import Reminders


def dump(garden: Garden) -> dict[str, Any]:
    """Everything a user could notice in a garden (the growth model included)."""
    repo = garden.repo
    return {
        "people": repo.people(include_archived=True),
        "interactions": sorted(repo.interactions(), key=lambda i: i.id),
        "rests": repo.rests(),
        "settings": repo.all_settings(),
        "snoozes": repo.snoozes(),
        "things": repo.things_to_share(include_shared=True),
        "states": garden.states(),
    }


def source_export(tmp_path: Path, clock: FixedClock) -> Path:
    """A full export with people, moments, rests of both kinds, a pause, a snooze and a
    thing to share."""
    path = tmp_path / "full.json"
    with Garden.open(tmp_path / "source", clock) as source:
        ids = [
            next(iter(source.add_person(n, circle=Circle.CLOSE, topics=["music"]).people))
            for n in "ABC"
        ]
        for days in range(1, 40, 3):
            for pid in ids:
                source.log_interaction(
                    pid, on=clock.today() - dt.timedelta(days=days), topics=["music", f"t{days}"]
                )
        source.add_rest(dt.date(2026, 8, 1), dt.date(2026, 8, 14), note="holiday")
        source.add_rest(dt.date(2025, 8, 1), dt.date(2025, 8, 14), note="another")
        source.add_rest(dt.date(2026, 3, 1), dt.date(2026, 3, 9), person_id=ids[0])
        Reminders(source).pause()
        with source.repo.transaction():
            source.repo.put_snooze(Snooze(ids[1], dt.date(2026, 12, 24)))
            source.repo.put_thing_to_share(
                ThingToShare(0, ids[2], "that fado song", dt.datetime(2026, 11, 1, 9))
            )
        export_garden(source, "json", path)
    return path


@pytest.mark.parametrize("target", ["empty", "with a person", "with a rest only"])
def test_undo_takes_away_all_an_import_added_and_redo_brings_it_all_back(
    tmp_path, garden, clock, target
):
    if target == "with a person":
        anna = next(iter(garden.add_person("Anna").people))
        garden.log_interaction(anna, on=dt.date(2026, 11, 1))
        garden.add_rest(dt.date(2026, 1, 1), dt.date(2026, 1, 5), note="mine")
    elif target == "with a rest only":
        garden.add_rest(dt.date(2026, 1, 1), dt.date(2026, 1, 5), note="mine")
    before = dump(garden)
    plan = importing.plan_import(garden, source_export(tmp_path, clock))
    result = importing.apply_import(garden, plan)
    imported = dump(garden)
    assert len(imported["interactions"]) - len(before["interactions"]) == 39
    assert len(imported["rests"]) - len(before["rests"]) == 3
    assert Reminders(garden).settings().paused_until is not None

    garden.undo(result.change)
    assert dump(garden) == before
    assert Reminders(garden).settings().paused_until is None  # reminders are on again

    garden.redo(result.change)
    assert dump(garden) == imported


def test_an_import_into_a_garden_without_people_keeps_its_own_rest(tmp_path, garden, clock):
    garden.add_rest(dt.date(2026, 1, 1), dt.date(2026, 1, 5), note="mine")
    plan = importing.plan_import(garden, source_export(tmp_path, clock))
    importing.apply_import(garden, plan)
    notes = sorted(r.note for r in garden.rests())
    assert notes == ["", "another", "holiday", "mine"]


def test_an_import_never_changes_a_setting_already_there(tmp_path, garden, clock):
    Reminders(garden).pause(days=3)
    paused = garden.repo.all_settings()
    result = importing.apply_import(
        garden, importing.plan_import(garden, source_export(tmp_path, clock))
    )
    assert garden.repo.all_settings() == paused
    assert not result.change.settings
    garden.undo(result.change)
    assert garden.repo.all_settings() == paused


def test_undoing_a_big_import_takes_everyone_away_and_redo_brings_them_back(tmp_path, garden):
    garden.add_person("Anna")
    rows = "name,topics\n" + "\n".join(f"Person {n},music; walks" for n in range(600))
    path = tmp_path / "many.csv"
    path.write_text(rows, encoding="utf-8")
    before = dump(garden)
    result = importing.apply_import(garden, importing.plan_import(garden, path))
    imported = dump(garden)
    assert len(imported["people"]) == 601
    garden.undo(result.change)
    assert dump(garden) == before
    garden.redo(result.change)
    assert dump(garden) == imported
