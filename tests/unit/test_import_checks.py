"""A garden JSON export is held to the rules typed input is: a record the garden would
refuse makes the whole import fail, naming the file, the record and the reason."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from garden.domain.model import Birthday
from garden.services import importing
from garden.services.contacts import ImportFileError
from garden.services.garden import Garden, ValidationError
from garden.services.garden_json import garden_document
from garden.services.reminders import MAX_THING, Reminders

Document = dict[str, Any]


def document(tmp_path: Path, clock) -> Document:
    with Garden.open(tmp_path / "source", clock) as source:
        pid = next(iter(source.add_person("Anna", birthday=Birthday(5, 17, 1990)).people))
        source.log_interaction(pid)
        source.add_rest(dt.date(2026, 8, 1), dt.date(2026, 8, 14), note="holiday")
        Reminders(source).save_thing(pid, "that fado song")
        Reminders(source).pause(days=3)
        return garden_document(source)


def import_document(tmp_path: Path, garden: Garden, data: Document) -> importing.ImportResult:
    path = tmp_path / "full.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return importing.apply_import(garden, importing.plan_import(garden, path))


def rest(data: Document) -> dict[str, Any]:
    return data["rests"][0]


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        (lambda d: rest(d).update(note="a\x00b"), "rests[0]: The note contains a NUL"),
        (lambda d: rest(d).update(note="x" * 501), "rests[0]: The note is too long"),
        (lambda d: rest(d).update({"to": "2046-08-14"}), "rests[0]: A rest can last at most"),
        (
            lambda d: rest(d).update({"from": "1899-12-01", "to": "1899-12-02"}),
            "rests[0]: 1899-12-01 is too long ago",
        ),
        (
            lambda d: d["things_to_share"][0].update(text="x" * (MAX_THING + 1)),
            "things_to_share[0]: That is too long to save",
        ),
        (
            lambda d: d["people"][0].update(birthday="1850-05-17"),
            "people[0]: The birthday's year looks wrong",
        ),
        (lambda d: d["people"][0].update(birthday="05-32"), "people[0]: “birthday”"),
        (
            lambda d: d["settings"].update({"reminders.count": 99}),
            "settings: “reminders.count” has an unexpected value “99”",
        ),
        (
            lambda d: d["settings"].update({"reminders.time": "teatime"}),
            "settings: “reminders.time” has an unexpected value “teatime”",
        ),
        (
            lambda d: d["settings"].update({"reminders.paused_until": "someday"}),
            "settings: “reminders.paused_until” has an unexpected value “someday”",
        ),
        (
            lambda d: d["settings"].update({"reminders.quiet_hours": ["22:00"]}),
            "settings: “reminders.quiet_hours” has an unexpected value",
        ),
    ],
)
def test_a_record_typed_input_could_not_make_fails_the_whole_import(
    tmp_path, garden, clock, change: Callable[[Document], None], reason: str
):
    garden.add_rest(dt.date(2026, 1, 1), dt.date(2026, 1, 5), note="mine")
    before = (garden.rests(), garden.repo.all_settings(), garden.people())
    data = document(tmp_path, clock)
    change(data)
    with pytest.raises(ImportFileError) as caught:
        import_document(tmp_path, garden, data)
    message = str(caught.value)
    assert message.startswith("full.json: ") and message.endswith("; nothing was imported.")
    assert reason in message
    assert "\n" not in message
    assert (garden.rests(), garden.repo.all_settings(), garden.people()) == before


def test_settings_the_garden_would_write_come_in_and_unknown_ones_are_left_out(
    tmp_path, garden, clock
):
    data = document(tmp_path, clock)
    data["settings"].update({"reminders.count": 5, "reminders.quiet_hours": [], "colour": "red"})
    path = tmp_path / "full.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    plan = importing.plan_import(garden, path)
    assert any("colour" in note for note in plan.left_out)
    importing.apply_import(garden, plan)
    settings = Reminders(garden).settings()
    assert settings.count == 5 and settings.quiet is None and settings.paused_until is not None
    assert "colour" not in garden.repo.all_settings()


def test_typed_rests_are_held_to_the_same_rules(garden):
    with pytest.raises(ValidationError, match="too long ago"):
        garden.add_rest(dt.date(1899, 12, 1), dt.date(1899, 12, 2))
    assert garden.rests() == []


@pytest.mark.parametrize(
    "rows",
    [
        "name\nAnna\nB\x00en\n",
        "name,nickname\nAnna,\nBen,B\x00\n",
        "name,topics\nAnna,\nBen,music; wa\x00lks\n",
        "name,notes\nAnna,\nBen,a\x00b\n",
        "name,how_met\nAnna,\nBen,a\x00b\n",
    ],
)
def test_a_nul_character_in_any_text_of_a_contact_file_names_its_line(tmp_path, garden, rows):
    path = tmp_path / "people.csv"
    path.write_text(rows, encoding="utf-8")
    with pytest.raises(ImportFileError) as caught:
        importing.plan_import(garden, path)
    assert caught.value.line == 3 and "NUL character" in str(caught.value)
    assert garden.people() == []
