"""The installed `garden` command, run as users run it."""

from __future__ import annotations

import json
import os
import re
import subprocess

import pytest

from tests.helpers.read_only import read_only

# test_data_process imports these from here.


def _listed_commands(help_text: str) -> list[str]:
    """The command names in the `commands:` section of --help: each one begins a line,
    indented by four spaces (its description follows, or comes on the next line)."""
    lines = help_text.splitlines()
    start = lines.index("commands:")
    names = []
    for line in lines[start + 1 :]:
        if line and not line.startswith(" "):
            break  # the text after the list
        found = re.match(r" {4}(\S+)", line)
        if found:
            names.append(found.group(1))
    return names


def test_version_and_help(garden_cmd):
    result = garden_cmd("--version")
    assert result.returncode == 0, result.stderr
    assert re.fullmatch(r"garden \d+\.\d+\S*\n", result.stdout), result.stdout
    result = garden_cmd("--help")
    assert result.returncode == 0, result.stderr
    listed = _listed_commands(result.stdout)
    assert len(listed) == len(set(listed)), listed
    expected = {"add", "log", "status", "show", "due", "archive", "restore", "rest"}
    expected |= {"demo", "check"}
    assert expected <= set(listed), f"missing from --help: {sorted(expected - set(listed))}"


def test_a_ten_year_demo_garden_reads_believably(garden_cmd):
    result = garden_cmd("demo", "--people", "150", "--years", "10")
    assert result.returncode == 0, result.stderr
    result = garden_cmd("status", "--json")
    assert result.returncode == 0
    people = json.loads(result.stdout)["people"]
    assert 140 <= len(people) <= 150  # a few were let go with a note
    by_circle = {
        c: sum(p["circle"] == c for p in people) for c in ("heart", "close", "friends", "meadow")
    }
    assert by_circle["heart"] == 5 and 8 <= by_circle["close"] <= 10
    stages = {p["state"]["stage"] for p in people}
    assert {"flourishing", "dormant"} <= stages
    assert garden_cmd("check").stdout == "ok\n"
    text = garden_cmd("status").stdout
    assert "HEART" in text and "Asleep" in text


def test_errors_are_one_line_without_traceback(garden_cmd):
    garden_cmd("add", "Giulia")
    for args, code in (
        (["log", "Nobody"], 2),
        (["log", "Giulia", "--on", "2030-01-01"], 2),
        (["log", "Giulia", "--channel", "pigeon"], 2),
        (["nonsense"], 2),
    ):
        result = garden_cmd(*args)
        assert result.returncode == code
        assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr


def test_a_broken_garden_file_is_left_alone(garden_cmd):
    garden_cmd.data_dir.mkdir()
    db = garden_cmd.data_dir / "garden.sqlite3"
    db.write_bytes(b"")
    result = garden_cmd("status")
    assert result.returncode == 1 and "empty (0 bytes)" in result.stderr
    assert db.read_bytes() == b""


@pytest.mark.skipif(not hasattr(os, "getuid"), reason="POSIX permissions")
def test_a_read_only_garden_gives_a_clear_message_and_stays_intact(garden_cmd):
    assert garden_cmd("add", "Giulia").returncode == 0
    folder = garden_cmd.data_dir
    db = folder / "garden.sqlite3"
    before = db.read_bytes()
    with read_only(db, folder):
        for args in (["log", "Giulia"], ["status"]):
            result = garden_cmd(*args)
            assert result.returncode == 1, result
            assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
            assert "read-only" in result.stderr
        assert db.read_bytes() == before


def test_python_m_garden_runs_the_command_line(garden_cmd, tmp_path):
    import sys

    result = subprocess.run(
        [sys.executable, "-m", "garden", "--data-dir", str(tmp_path / "m"), "status"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0 and "empty" in result.stdout


def test_the_window_starts_and_draws_its_plants(garden_cmd):
    import os

    assert garden_cmd("demo", "--people", "30", "--years", "2").returncode == 0
    env = {"QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(garden_cmd.data_dir.parent)}
    for flag in ("--exit-after-first-paint", "--exit-after-plants-drawn"):
        result = garden_cmd(flag, env={**env, "PATH": os.environ.get("PATH", "")}, timeout=60)
        assert result.returncode == 0, result.stderr
        assert "Traceback" not in result.stderr


def test_the_command_line_speaks_italian_when_asked(garden_cmd):
    assert garden_cmd("demo", "--people", "12", "--years", "2").returncode == 0
    result = garden_cmd("--lang", "it", "status")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Il tuo giardino al 26 novembre 2026")
    assert "CUORE" in result.stdout and "Ultima volta insieme" in result.stdout
    # The system's language is followed too, and argparse's own words come along.
    result = garden_cmd("bogus", env={"LANG": "it_IT.UTF-8", "LANGUAGE": ""})
    assert result.returncode == 2
    assert "scelta non valida" in result.stderr and "invalid choice" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    result = garden_cmd("--lang", "it", "log", "Nessuno")
    assert result.returncode == 2
    missing = "garden: Nel tuo giardino non c'è nessuno che si chiami “Nessuno”."
    assert result.stderr.strip() == missing
    english = garden_cmd("status")
    assert english.stdout.startswith("Your garden on 26 November 2026")
