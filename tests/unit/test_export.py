"""Exports: complete and versioned JSON, spreadsheet-safe CSV, vCard and a birthday calendar,
each written in one step and readable by the user only."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io
import json
import sqlite3
import stat

import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from icalendar import Calendar

from garden.domain.model import (
    Birthday,
    Channel,
    Circle,
    Depth,
    Favour,
    ReachedOut,
    Snooze,
    Species,
    ThingToShare,
)
from garden.domain.reminders import DeliveredDigest, Reason
from garden.services import importing
from garden.services.contacts import escape_formula, unescape_formula
from garden.services.contacts_csv import topics_cell, topics_from_cell
from garden.services.exporting import ExportError, export_bytes, export_garden
from garden.services.garden import Garden
from garden.services.garden_json import EXPORTED_TABLES, FORMAT_VERSION
from garden.services.reminders import TIME_KEY, Reminders
from garden.store import atomic
from garden.store.db import StoreError
from tests.helpers.read_only import read_only


def plant(garden: Garden, name: str, **fields) -> int:
    return next(iter(garden.add_person(name, **fields).people))


def full_garden(garden: Garden) -> None:
    zoe = plant(
        garden,
        "Zoë Lefèvre",
        circle=Circle.HEART,
        birthday=Birthday(2, 29),
        nickname="Zo",
        how_met="university, 2009",
        notes='Line one\nline two, with; punctuation "quoted" and \\ backslash',
        topics=["music", "Lisbon"],
        cadence=10,
        species=Species.ROSE,
    )
    marco = plant(garden, "Marco", circle=Circle.FRIENDS, birthday=Birthday(5, 17, 1990))
    gone = plant(garden, "Luca", circle=Circle.CLOSE)
    deleted = plant(garden, "Someone deleted")  # leaves a gap in the ids
    garden.log_interaction(
        zoe,
        on=dt.date(2026, 11, 20),
        at=dt.time(21, 30),
        channel=Channel.CALL,
        depth=Depth.DEEP,
        reached_out=ReachedOut.THEM,
        favour=Favour.RECEIVED,
        note="her trip",
        topics=["Lisbon", "food"],
    )
    garden.log_interaction(marco, on=dt.date(2025, 1, 3))
    garden.log_interaction(gone, on=dt.date(2024, 6, 1), channel=Channel.IN_PERSON)
    garden.delete_person(deleted)
    garden.archive_person(gone, "moved to Oslo; we drifted, and that's okay")
    garden.add_rest(dt.date(2026, 8, 1), dt.date(2026, 8, 14), note="holiday")
    garden.add_rest(dt.date(2026, 3, 1), dt.date(2026, 3, 9), person_id=marco)
    reminders = Reminders(garden)
    reminders.change_settings(dataclasses.replace(reminders.settings(), time=dt.time(9, 30)))
    with garden.repo.transaction():
        garden.repo.put_snooze(Snooze(marco, dt.date(2026, 12, 24)))
        garden.repo.put_thing_to_share(
            ThingToShare(0, zoe, "that fado song", dt.datetime(2026, 11, 1, 9))
        )
        garden.repo.put_thing_to_share(
            ThingToShare(
                0,
                marco,
                "the risotto recipe",
                dt.datetime(2026, 10, 1, 9),
                dt.datetime(2026, 10, 5, 20),
            )
        )
        garden.repo.put_digest(
            DeliveredDigest(
                slot=dt.date(2026, 11, 25),
                through=dt.date(2026, 11, 25),
                at=dt.datetime(2026, 11, 25, 9, 30),
                shown=((zoe, Reason.THIRST), (marco, Reason.BIRTHDAY)),
            )
        )


def test_json_export_import_export_gives_the_same_file(tmp_path, garden, clock):
    full_garden(garden)
    first = tmp_path / "first.json"
    export_garden(garden, "json", first)
    with Garden.open(tmp_path / "empty", clock) as fresh:
        result = importing.apply_import(fresh, importing.plan_import(fresh, first))
        assert result.people == 3 and result.interactions == 3
        second = tmp_path / "second.json"
        export_garden(fresh, "json", second)
        assert fresh.states() == garden.states()  # and the plants are the same
    assert second.read_bytes() == first.read_bytes()
    document = json.loads(first.read_text("utf-8"))
    assert document["format_version"] == FORMAT_VERSION
    assert [p["name"] for p in document["people"]] == ["Zoë Lefèvre", "Marco", "Luca"]
    assert document["people"][2]["archive_note"].startswith("moved to Oslo")
    assert document["settings"][TIME_KEY] == "09:30"
    assert [t["text"] for t in document["things_to_share"]] == [
        "that fado song",
        "the risotto recipe",
    ]
    assert document["snoozes"] == [{"person": 2, "until": "2026-12-24"}]
    assert [p["reason"] for p in document["digests"][0]["people"]] == ["thirst", "birthday"]


def test_a_json_export_into_a_garden_with_people_comes_in_beside_them(tmp_path, garden, clock):
    full_garden(garden)
    path = tmp_path / "full.json"
    export_garden(garden, "json", path)
    with Garden.open(tmp_path / "other", clock) as other:
        plant(other, "Marco")
        anna = plant(other, "Anna")
        other.log_interaction(anna)
        plan = importing.plan_import(other, path)
        assert [c.name for c in plan.new] == ["Zoë Lefèvre", "Luca"]
        importing.apply_import(other, plan)
        zoe = other.find("Zoë")
        (call,) = other.interactions(zoe.id)
        assert (call.note, call.topics, call.at) == (
            "her trip",
            ("food", "Lisbon"),
            dt.time(21, 30),
        )
        assert other.person(anna).name == "Anna" and len(other.interactions(anna)) == 1
        assert other.find("Luca", archived=True).archived
        marco_rests = [r for r in other.rests() if r.person_id is not None]
        assert marco_rests == []  # Marco was already there and was skipped with his rest
        assert [r.note for r in other.rests()] == ["holiday"]
        (song,) = other.repo.things_to_share(zoe.id, include_shared=True)
        assert song.text == "that fado song" and not song.shared
        assert other.repo.all_digests() == []  # another garden's reminder log stays out


def test_every_table_is_in_the_full_export(garden):
    tables = {
        row[0]
        for row in garden.repo.db.execute_sql(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    }
    missing = tables - EXPORTED_TABLES
    assert not missing, (
        f"tables {sorted(missing)} are not in the JSON export: add them to "
        "garden/services/garden_json.py (export and import) and to EXPORTED_TABLES"
    )


def test_the_escape_covers_every_start_a_spreadsheet_runs():
    for start in ("=", "+", "-", "@", "\t", "\r"):
        assert escape_formula(f"{start}1+2") == f"'{start}1+2"
        assert unescape_formula(escape_formula(f"{start}1+2")) == f"{start}1+2"
    assert escape_formula("Giulia") == "Giulia" and escape_formula("") == ""


@given(st.text())
@example("'=1+2")
@example("''")
def test_every_cell_reads_back_as_it_was_escaped(cell):
    assert unescape_formula(escape_formula(cell)) == cell


@pytest.mark.parametrize(
    "text", ["'+Plus Guy", "'=1+2", "''-x", "'@home", "'quoted", "''", "'", "it's"]
)
def test_text_with_a_leading_apostrophe_comes_back_from_a_csv_export(tmp_path, garden, clock, text):
    plant(garden, "Anna", notes=text, nickname=text, how_met=text)
    plant(garden, text)
    path = tmp_path / "people.csv"
    export_garden(garden, "csv", path)
    with Garden.open(tmp_path / "again", clock) as again:
        importing.apply_import(again, importing.plan_import(again, path))
        anna, other = again.people()
        assert (anna.notes, anna.nickname, anna.how_met) == (text, text, text)
        assert other.name == text


def test_topics_with_a_semicolon_or_a_backslash_come_back_whole(tmp_path, garden, clock):
    topics = ["rock; roll", "C:\\music", "back\\", "a\\;b", "plain"]
    plant(garden, "Anna", topics=topics)
    path = tmp_path / "people.csv"
    export_garden(garden, "csv", path)
    with Garden.open(tmp_path / "again", clock) as again:
        importing.apply_import(again, importing.plan_import(again, path))
        (anna,) = again.people()
        assert sorted(anna.topics) == sorted(topics)
        assert anna.topics == garden.find("Anna").topics


@given(st.lists(st.text().map(lambda t: " ".join(t.split())).filter(bool)))
@example(["rock; roll", "a\\", "\\;", "\\\\x"])
def test_a_topics_cell_reads_back_as_the_topics_it_was_written_from(topics):
    assert topics_from_cell(topics_cell(topics)) == tuple(topics)


def test_topics_typed_in_a_simple_file_are_split_on_semicolons(tmp_path, garden):
    path = tmp_path / "people.csv"
    path.write_text("name,topics\nAnna,music; walks ;C:\\photos\n", encoding="utf-8")
    (anna,) = importing.plan_import(garden, path).new
    assert anna.topics == ("music", "walks", "C:\\photos")


@pytest.mark.parametrize("start", ["=", "+", "-", "@"])
def test_csv_cells_a_spreadsheet_would_run_are_escaped(tmp_path, garden, clock, start):
    formula = f'{start}HYPERLINK("http://evil.example","x")'
    plant(garden, formula, notes=f"{start}1+2", nickname=f"{start}cmd|' /C calc'!A0")
    data, _ = export_bytes(garden, "csv")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    header, row = rows
    cells = dict(zip(header, row, strict=True))
    for column in ("name", "notes", "nickname"):
        assert cells[column].startswith("'"), column
    assert not any(cell.startswith(("=", "+", "-", "@", "\t", "\r")) for cell in row)
    # Our own import reads the escaped cells back as they were typed.
    path = tmp_path / "people.csv"
    path.write_bytes(data)
    with Garden.open(tmp_path / "again", clock) as again:
        importing.apply_import(again, importing.plan_import(again, path))
        (person,) = again.people()
        assert (person.name, person.notes) == (formula, f"{start}1+2")
        assert person.nickname == f"{start}cmd|' /C calc'!A0"


def test_csv_export_imports_back_with_details_and_is_excel_friendly(tmp_path, garden, clock):
    full_garden(garden)
    path = tmp_path / "people.csv"
    export_garden(garden, "csv", path)
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and b"\r\n" in data
    assert b"--02-29" not in data and b"02-29" in data  # no formula-looking birthday
    with Garden.open(tmp_path / "again", clock) as again:
        importing.apply_import(again, importing.plan_import(again, path))
        zoe = again.find("Zoë")
        original = garden.find("Zoë")
        for field in ("birthday", "circle", "notes", "nickname", "how_met", "species", "topics"):
            assert getattr(zoe, field) == getattr(original, field), field
        assert zoe.cadence_override == 10
        assert [p.name for p in again.people()] == ["Zoë Lefèvre", "Marco"]  # not the archived


def test_vcard_export_imports_back(tmp_path, garden, clock):
    full_garden(garden)
    plant(garden, "Long " + "name " * 30, notes="é" * 300)
    path = tmp_path / "people.vcf"
    export_garden(garden, "vcf", path)
    lines = path.read_bytes().split(b"\r\n")
    assert max(len(line) for line in lines) <= 75
    with Garden.open(tmp_path / "again", clock) as again:
        importing.apply_import(again, importing.plan_import(again, path))
        copies = {p.name: p for p in again.people()}
        assert len(copies) == len(garden.people())
        for person in garden.people():
            copy = copies[person.name]
            assert (copy.name, copy.birthday, copy.notes, copy.nickname, copy.circle) == (
                person.name,
                person.birthday,
                person.notes,
                person.nickname,
                person.circle,
            )


def test_birthdays_become_yearly_events(garden):
    full_garden(garden)
    plant(garden, "No birthday")
    data, count = export_bytes(garden, "ics")
    calendar = Calendar.from_ical(data)
    events = {str(e["summary"]): e for e in calendar.walk("VEVENT")}
    assert count == 2 and set(events) == {"Zoë Lefèvre’s birthday", "Marco’s birthday"}
    marco = events["Marco’s birthday"]
    assert marco.decoded("dtstart") == dt.date(1990, 5, 17)
    assert marco["rrule"]["FREQ"] == ["YEARLY"]
    zoe = events["Zoë Lefèvre’s birthday"]
    # 29 February: the last day of February every year, not one year in four.
    assert zoe["rrule"]["BYMONTH"] == [2] and zoe["rrule"]["BYMONTHDAY"] == [-1]
    assert len({str(e["uid"]) for e in events.values()}) == 2
    assert export_bytes(garden, "ics")[0] == data  # deterministic


def test_exports_are_private_and_replace_the_old_file_in_one_step(tmp_path, garden):
    full_garden(garden)
    for fmt in ("json", "csv", "vcf", "ics"):
        path = tmp_path / f"out.{fmt}"
        path.write_text("an older export")
        path.chmod(0o644)
        export_garden(garden, fmt, path)
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        assert path.read_text("utf-8", errors="replace") != "an older export"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".tmp")) == []


def test_an_export_that_cannot_be_written_leaves_the_old_file(tmp_path, garden):
    folder = tmp_path / "ro"
    folder.mkdir()
    old = folder / "out.json"
    old.write_text("old")
    # Read-only as root too (chattr +i).
    with read_only(folder), pytest.raises(StoreError, match="read-only; nothing was changed"):
        export_garden(garden, "json", old)
    assert old.read_text() == "old"


def test_an_export_that_fails_mid_write_leaves_the_old_file(tmp_path, garden, monkeypatch):
    full_garden(garden)
    path = tmp_path / "out.json"
    path.write_text("old")

    def full_disk(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic.os, "fsync", full_disk)
    with pytest.raises(StoreError, match="the disk is full; nothing was changed"):
        export_garden(garden, "json", path)
    monkeypatch.undo()
    assert path.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".tmp")] == []


def test_export_mistakes_are_explained(tmp_path, garden):
    with pytest.raises(ExportError, match="is a folder"):
        export_garden(garden, "json", tmp_path)
    with pytest.raises(ExportError, match="does not exist"):
        export_garden(garden, "json", tmp_path / "nowhere" / "x.json")
    with pytest.raises(ExportError, match="Unknown export format"):
        export_bytes(garden, "xls")


def test_a_full_export_of_a_garden_is_valid_and_the_garden_untouched(tmp_path, garden):
    full_garden(garden)
    before = garden.repo.db.execute_sql("PRAGMA data_version").fetchone()[0]
    export_garden(garden, "json", tmp_path / "a.json")
    assert garden.repo.db.execute_sql("PRAGMA data_version").fetchone()[0] == before
    conn = sqlite3.connect(garden.path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
