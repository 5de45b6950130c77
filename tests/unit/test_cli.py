"""The command line, run in-process: output, JSON, exit codes, one-line errors."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys

import pytest

from garden import i18n
from garden.cli import main
from garden.services.garden import Garden
from garden.store import db as store_db


def test_add_log_show_and_status(run):
    assert (
        run(
            "add",
            "Zoë Lefèvre",
            "--circle",
            "heart",
            "--topic",
            "music",
            "--birthday",
            "05-17",
            "--nickname",
            "Zo",
        )[0]
        == 0
    )
    assert run("add", "王芳", "--circle", "close", "--species", "lavender")[0] == 0
    status, out, _ = run(
        "log",
        "zoe",
        "--channel",
        "call",
        "--depth",
        "deep",
        "--on",
        "-2d",
        "--topic",
        "Lisbon",
        "--note",
        "her trip",
        "--by",
        "them",
    )
    assert status == 0 and "Logged: Call · deep talk, with Zoë Lefèvre on 2026-11-24." in out
    status, out, _ = run("status")
    assert status == 0
    assert "HEART" in out and "CLOSE" in out and "Zoë Lefèvre" in out and "王芳" in out
    status, out, _ = run("show", "Zo")
    assert status == 0 and "2026-11-24  Call · deep talk" in out and "her trip" in out
    assert "they reached out" in out and "birthday --05-17" in out


def test_status_json_is_stable(run):
    run("add", "Giulia", "--circle", "close")
    run("log", "Giulia", "--on", "2026-11-20", "--depth", "deep", "--channel", "in-person")
    status, out, _ = run("status", "--json")
    data = json.loads(out)
    assert status == 0 and data["as_of"] == "2026-11-26"
    (entry,) = data["people"]
    assert set(entry) == {
        "id",
        "name",
        "nickname",
        "circle",
        "cadence_days",
        "species",
        "birthday",
        "how_met",
        "notes",
        "topics",
        "created",
        "archived",
        "archive_note",
        "state",
    }
    assert set(entry["state"]) == {
        "stage",
        "growth_stage",
        "health",
        "growth",
        "words",
        "planted",
        "last_interaction",
        "days_since_last",
        "next_due",
        "cues",
    }
    assert entry["state"]["last_interaction"] == "2026-11-20"
    assert entry["state"]["next_due"] == "2026-12-20"
    assert entry["state"]["cues"] == ["bloom"]
    assert 0 <= entry["state"]["health"] <= 1


def test_status_as_of_a_past_date_leaves_out_people_not_yet_planted(run):
    run("add", "Giulia")
    status, out, _ = run("status", "--as-of", "2020-01-01", "--json")
    assert status == 0 and json.loads(out)["people"] == []


def test_show_json_has_the_timeline_newest_first(run):
    run("add", "Anna")
    run("log", "Anna", "--on", "2026-11-01")
    run("log", "Anna", "--on", "2026-11-10", "--favour", "given")
    status, out, _ = run("show", "Anna", "--json")
    data = json.loads(out)
    assert [m["date"] for m in data["timeline"]] == ["2026-11-10", "2026-11-01"]
    assert data["timeline"][0]["favour"] == "given"


def test_due_lists_people_gently(run):
    run("add", "Marco", "--circle", "heart", "--topic", "football")
    run("log", "Marco", "--on", "2026-11-01", "--topic", "the derby")
    run("add", "Meadow Person", "--circle", "meadow")
    status, out, _ = run("due")
    assert status == 0
    assert "1 person could use a message" in out
    assert "Marco might enjoy hearing from you — last time you talked about the derby." in out
    assert "Meadow" not in out
    status, out, _ = run("due", "--json")
    assert [p["name"] for p in json.loads(out)["people"]] == ["Marco"]


def test_archive_restore_and_rest(run):
    run("add", "Luca")
    assert run("archive", "Luca", "--note", "moved to Oslo")[0] == 0
    status, out, _ = run("status", "--json")
    assert json.loads(out)["people"] == []
    code, _, err = run("log", "Luca")
    assert code == 2 and "No one called “Luca”" in err
    assert run("restore", "luca")[0] == 0
    code, out, _ = run("rest", "--from", "2026-08-01", "--to", "2026-08-14", "--note", "sea")
    assert code == 0 and "whole garden" in out
    code, out, _ = run("rest", "Luca", "--from", "-3d", "--to", "today")
    assert code == 0 and "Luca" in out


@pytest.mark.parametrize(
    ("argv", "status", "message"),
    [
        (["log", "Nobody"], 2, "No one called “Nobody”"),
        (["log", "Giulia"], 2, "could be Giulia Bianchi (#2), Giulia Rossi (#1)"),
        (["log", "Giulia Rossi", "--on", "2027-01-01"], 2, "in the future"),
        (["log", "Giulia Rossi", "--on", "someday"], 2, "not a date"),
        (["log", "Giulia Rossi", "--depth", "profound"], 2, "invalid choice"),
        (["add", ""], 2, "name cannot be empty"),
        (["add", "X", "--cadence", "-4"], 2, "cadence must be"),
        (["add", "X", "--birthday", "1990-13-01"], 2, "not a birthday"),
        (["status", "--as-of", "yesterdayish"], 2, "not a date"),
        (["frobnicate"], 2, "invalid choice"),
        (["rest", "--from", "2026-01-10", "--to", "2026-01-01"], 2, "must end on or after"),
        (["demo"], 1, "already has people"),
    ],
)
def test_bad_input_gives_one_clear_line_and_changes_nothing(run, data_dir, argv, status, message):
    run("add", "Giulia Rossi")
    run("add", "Giulia Bianchi")
    code, _, err = run(*argv)
    assert code == status
    assert err.count("\n") == 1 and err.startswith("garden: ")
    assert message in err
    assert "Traceback" not in err
    with Garden.open(data_dir) as garden:
        assert len(garden.people()) == 2 and garden.interactions() == [] and not garden.rests()


def test_a_newer_garden_is_refused_with_status_1(run, data_dir):
    run("add", "A")
    conn = sqlite3.connect(data_dir / "garden.sqlite3")
    conn.execute("PRAGMA user_version = 999")
    conn.commit()
    conn.close()
    code, _, err = run("status")
    assert code == 1 and "newer version" in err and err.count("\n") == 1


def test_a_locked_garden_gives_a_clear_message(run, data_dir, monkeypatch):
    run("add", "A")
    monkeypatch.setattr(store_db, "BUSY_TIMEOUT_MS", 200)
    holder = sqlite3.connect(data_dir / "garden.sqlite3", isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        code, _, err = run("log", "A")
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert code == 1 and "busy" in err and err.count("\n") == 1


def test_demo_fills_an_empty_garden_believably(run):
    code, out, _ = run("demo", "--people", "40", "--years", "4", "--seed", "7")
    assert code == 0 and "40 people" in out
    data = json.loads(run("status", "--json")[1])["people"]
    circles = [p["circle"] for p in data]
    assert circles.count("heart") < circles.count("close") < circles.count("friends")
    stages = {p["state"]["stage"] for p in data}
    assert {"dormant", "flourishing"} <= stages or {"dormant", "mature"} <= stages
    assert any("bloom" in p["state"]["cues"] for p in data)
    assert any(p["topics"] for p in data)
    code, _, err = run("demo")
    assert code == 1 and "already has people" in err


def test_demo_is_deterministic_for_a_seed(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("GARDEN_TODAY", "2026-11-26")
    outputs = []
    for name in ("a", "b"):
        main(["--data-dir", str(tmp_path / name), "demo", "--people", "12", "--seed", "3"])
        capsys.readouterr()
        main(["--data-dir", str(tmp_path / name), "status", "--json"])
        outputs.append(json.loads(capsys.readouterr().out))
    for p in outputs[0]["people"] + outputs[1]["people"]:
        p.pop("created")
    assert outputs[0] == outputs[1]


def test_check_prints_ok(run):
    run("add", "A")
    assert run("check")[:2] == (0, "ok\n")


def test_bare_garden_without_a_window_prints_the_status(run):
    run("add", "Giulia")
    code, out, _ = run()
    assert code == 0 and "Giulia" in out


# --- the data commands: words, sizes and exit codes ----------------------------------------


@pytest.fixture
def english_afterwards(monkeypatch):
    monkeypatch.setenv("LANGUAGE", "en")  # set_language writes it; monkeypatch puts it back
    yield
    i18n.set_language("en")


def test_backups_say_why_in_words_and_list_json_as_stored(run, data_dir, tmp_path):
    run("add", "Anna")
    assert run("backup")[0] == 0
    contacts = tmp_path / "c.csv"
    contacts.write_text("name\nBen\n", encoding="utf-8")
    assert run("import", str(contacts))[0] == 0
    code, out, _ = run("backups")
    lines = out.splitlines()[1:]
    assert code == 0 and len(lines) == 3
    words = {"before an import", "made by you", "daily"}
    assert {w for w in words for line in lines if f" {w} " in line} == words
    assert all(" kB " in line for line in lines)
    code, out, _ = run("backups", "--json")
    data = json.loads(out)
    assert data["folder"] == str(data_dir / "backups")
    assert {b["reason"] for b in data["backups"]} == {"before-import", "manual", "daily"}


def test_every_reason_a_backup_can_have_has_words():
    from garden.services.garden import BACKUP_REASON_WORDS
    from garden.store.backup import BackupReason

    assert set(BACKUP_REASON_WORDS) == {r.value for r in BackupReason}


def test_file_sizes_are_written_as_the_language_writes_them(english_afterwards):
    sizes = (512, 92 * 1024, 1536 * 1024, 5 * 1024**3)
    assert [i18n.file_size(s) for s in sizes] == ["512 bytes", "92 kB", "1.5 MB", "5.0 GB"]
    i18n.set_language("it")
    assert [i18n.file_size(s) for s in sizes] == ["512 byte", "92 kB", "1,5 MB", "5,0 GB"]


def test_an_import_says_how_many_it_skipped_in_a_whole_sentence(run, tmp_path):
    run("add", "Anna")
    run("add", "Ben")
    contacts = tmp_path / "c.csv"
    contacts.write_text("name\nAnna\nCarla\n", encoding="utf-8")
    code, out, _ = run("import", str(contacts))
    assert code == 0
    assert "Imported 1 person. Skipped 1 person who may already be in your garden" in out
    contacts.write_text("name\nAnna\nBen\n", encoding="utf-8")
    code, out, _ = run("import", str(contacts))
    assert "Imported 0 people. Skipped 2 people who may already be in your garden" in out


@pytest.mark.parametrize(
    "argv",
    [
        ["export", "--out", "{dir}/no/such/folder/garden.json"],
        ["chart", "--garden", "--out", "{dir}/no/such/folder/garden.png"],
    ],
)
def test_a_missing_output_folder_is_a_failure_for_every_command(run, tmp_path, argv):
    run("add", "Anna")
    code, out, err = run(*(a.format(dir=tmp_path) for a in argv))
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and "the folder" in err and "does not exist" in err
    assert not (tmp_path / "no").exists()


def _modules_loaded_by(code: str) -> set[str]:
    result = subprocess.run(
        [sys.executable, "-c", f"{code}\nimport sys\nprint(' '.join(sys.modules))"],
        capture_output=True,
        text=True,
        check=True,
    )
    return set(result.stdout.split())


def test_the_version_is_a_global_option_that_loads_no_command():
    loaded = _modules_loaded_by(
        "from garden.cli import main\n"
        "try:\n    main(['--version'])\nexcept SystemExit as exit:\n    assert exit.code == 0"
    )
    assert "garden.cli.data" not in loaded and "peewee" not in loaded


def test_the_shared_command_line_parts_load_without_the_store():
    loaded = _modules_loaded_by("import garden.cli.base")
    assert "peewee" not in loaded and "garden.services.garden" not in loaded
