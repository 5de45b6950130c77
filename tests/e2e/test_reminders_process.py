"""Reminders from the installed `garden` command, as a script or a user would run them."""

from __future__ import annotations

import json


def test_snooze_share_pause_and_due_work_from_the_real_command(garden_cmd):
    for name in ("Giulia", "Marco"):
        assert garden_cmd("add", name, "--circle", "heart").returncode == 0
        assert garden_cmd("log", name, "--on", "-10d").returncode == 0
    result = garden_cmd("share", "giulia", "the focaccia recipe")
    assert result.returncode == 0, result.stderr
    assert garden_cmd("snooze", "marco", "--days", "2").returncode == 0
    due = json.loads(garden_cmd("due", "--json").stdout)
    assert [p["name"] for p in due["people"]] == ["Giulia"]
    assert due["people"][0]["sentence"] == (
        "Giulia might enjoy hearing from you — you saved “the focaccia recipe” to share."
    )
    assert garden_cmd("pause", "--days", "1").returncode == 0
    assert "paused" in garden_cmd("due").stdout
    result = garden_cmd("snooze", "marco", "--until", "2020-01-01")
    assert result.returncode == 2 and result.stderr.count("\n") == 1
    assert "snooze" in garden_cmd("--help").stdout and "share" in garden_cmd("--help").stdout
