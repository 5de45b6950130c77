"""`garden due`, `snooze`, `share`, `pause` and `reminders`, run in-process."""

from __future__ import annotations

import json

import pytest

from garden.domain.clock import FixedClock
from garden.services.garden import Garden
from garden.services.reminders import Reminders
from tests.conftest import TODAY


@pytest.fixture
def garden_of_five(run):
    """Five heart friends last seen three weeks ago, and a meadow acquaintance."""
    for name, topic in [
        ("Anna", "books"),
        ("Bruno", "cycling"),
        ("Chiara", "music"),
        ("Dario", "chess"),
        ("Elena", "travel"),
    ]:
        run("add", name, "--circle", "heart", "--topic", topic)
        run("log", name, "--on", "-21d", "--topic", topic)
    run("add", "Meadow Person", "--circle", "meadow")


def bullets(out: str) -> list[str]:
    return [line.removeprefix("  • ") for line in out.splitlines() if line.startswith("  • ")]


def test_due_shows_a_few_people_not_a_flood(run, garden_of_five):
    code, out, _ = run("due")
    assert code == 0 and out.startswith("3 people could use a message:\n")
    assert len(bullets(out)) == 3
    assert "Meadow" not in out and "overdue" not in out
    code, out, _ = run("due", "--all")
    assert code == 0 and out.startswith("5 people could use a message:\n")


def test_due_json_keeps_its_fields_and_adds_the_reminders_own(run, garden_of_five):
    data = json.loads(run("due", "--json")[1])
    assert data["as_of"] == TODAY.isoformat() and data["delivered"] is False
    assert data["title"] == "3 people could use a message" and data["paused_until"] is None
    entry = data["people"][0]
    assert {"id", "name", "circle", "state", "starter", "topics"} <= set(entry)
    assert entry["reason"] == "thirst" and entry["birthday_on"] is None
    assert entry["sentence"].startswith(f"{entry['name']} might enjoy hearing from you — ")
    assert entry["things_to_share"] == [] and entry["shared_topics"] == entry["topics"]


def test_logging_someone_takes_them_out_of_due_at_once(run, garden_of_five):
    first = json.loads(run("due", "--json")[1])["people"][0]["name"]
    assert run("log", first, "--channel", "call")[0] == 0
    names = [p["name"] for p in json.loads(run("due", "--json")[1])["people"]]
    assert first not in names


def test_snooze_keeps_someone_out_until_the_day_they_are_back(run, garden_of_five):
    code, out, _ = run("snooze", "anna", "--days", "3")
    assert code == 0 and out == "No reminders about Anna until 2026-11-29.\n"
    assert "Anna" not in run("due", "--all")[1]
    code, out, _ = run("snooze", "anna", "--until", "2026-12-24")
    assert out == "No reminders about Anna until 2026-12-24.\n"
    code, out, _ = run("snooze", "anna")
    assert out == "No reminders about Anna until 2026-12-03.\n"  # a week by default
    code, out, _ = run("snooze", "anna", "--off")
    assert code == 0 and out == "Anna is back in your reminders.\n"
    assert "Anna" in run("due", "--all")[1]
    assert run("snooze", "anna", "--off")[1] == "Anna was not snoozed.\n"


def test_share_saves_lists_and_ticks_off_things(run, garden_of_five):
    code, out, _ = run("share", "bruno", "the new climbing gym")
    assert code == 0 and out == "Saved for Bruno: “the new climbing gym”.\n"
    code, out, _ = run("share", "Bruno")
    assert out == "To share with Bruno:\n  #1  the new climbing gym  (saved today)\n"
    sentences = bullets(run("due", "--all")[1])
    assert "Bruno might enjoy hearing from you — you saved “the new climbing gym” to share." in (
        sentences
    )
    code, out, _ = run("share", "bruno", "--done", "1")
    assert code == 0 and out == "Ticked off 1 thing as shared.\n"
    assert run("share", "bruno")[1] == "Nothing saved to share with Bruno yet.\n"
    data = json.loads(run("share", "bruno", "a playlist", "--json")[1])
    assert [t["text"] for t in data["things_to_share"]] == ["a playlist"]


def test_pause_and_reminder_settings(run, garden_of_five, data_dir):
    code, out, _ = run("reminders")
    assert code == 0
    assert out.splitlines()[0] == (
        "Up to 3 people a day at 18:00; quiet hours 22:00–08:00; birthdays 3 days ahead."
    )
    code, out, _ = run(
        "reminders", "--count", "2", "--time", "7:45", "--quiet", "off", "--birthday-lead", "1"
    )
    assert code == 0 and out.splitlines()[0] == (
        "Up to 2 people a day at 07:45; no quiet hours; birthdays 1 day ahead."
    )
    assert len(bullets(run("due")[1])) == 2
    code, out, _ = run("pause", "--until", "2026-12-01")
    assert code == 0 and out == "Reminders are paused until 2026-12-01 00:00.\n"
    assert run("due")[1].endswith("Reminders are paused until 2026-12-01 00:00.\n")
    assert json.loads(run("due", "--json")[1])["paused_until"] == "2026-12-01T00:00"
    code, out, _ = run("pause")
    assert out == "Reminders are paused until you turn them back on (garden pause --off).\n"
    assert json.loads(run("due", "--json")[1])["paused_until"] == "until-resumed"
    assert json.loads(run("reminders", "--json")[1])["paused_until"] == "until-resumed"
    with Garden.open(data_dir, FixedClock(TODAY)) as garden:
        assert Reminders(garden).next_delivery() is None
    assert run("pause", "--off")[1] == "Reminders are back on.\n"
    assert run("pause", "--off")[1] == "Reminders were not paused.\n"
    settings = json.loads(run("reminders", "--json")[1])
    assert settings["count"] == 2 and settings["quiet_hours"] is None
    assert settings["time"] == "07:45" and settings["paused_until"] is None


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["snooze", "Nobody"], "No one called “Nobody”"),
        (["snooze", "anna", "--days", "0"], "Snooze for 1 to"),
        (["snooze", "anna", "--until", "2026-11-01"], "has come already"),
        (["snooze", "anna", "--until", "whenever"], "not a date"),
        (["snooze", "anna", "--days", "2", "--off"], "not allowed with"),
        (["share", "anna", "   "], "Write something to share"),
        (["share", "anna", "--done", "7"], "no saved thing #7"),
        (["pause", "--days", "-1"], "Pause for 1 to"),
        (["pause", "--until", "today"], "has come already"),
        (["reminders", "--count", "0"], "holds 1 to 10 people"),
        (["reminders", "--time", "25:00"], "not a time of day"),
        (["reminders", "--quiet", "22:00"], "not quiet hours"),
        (["reminders", "--birthday-lead", "99"], "0 to 30 days"),
    ],
)
def test_mistakes_give_one_line_exit_2_and_change_nothing(run, garden_of_five, argv, message):
    def seen() -> tuple[object, ...]:
        settings = json.loads(run("reminders", "--json")[1])
        settings.pop("next_digest")  # "now" on the real clock's minute: it moves on its own
        return json.loads(run("due", "--all", "--json")[1]), settings

    before = seen()
    code, out, err = run(*argv)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and err.startswith("garden: ") and message in err
    assert seen() == before
    assert run("share", "anna")[1] == "Nothing saved to share with Anna yet.\n"


# --- `garden show` (views.py, home of `garden due`) and `garden demo` ---------------------


def test_a_let_go_persons_note_is_part_of_the_translated_sentence(run, monkeypatch):
    run("add", "Kenji")
    run("archive", "Kenji", "--note", "moved to Osaka")
    run("add", "Leo")
    run("archive", "Leo")
    # A catalogue that brackets what it translates: the note must be inside the sentence,
    # where a language can put it, not glued on after it.
    from garden.cli import views

    monkeypatch.setattr(views, "_", lambda message: f"«{message}»")
    archived_on = TODAY.isoformat()
    assert f"«  let go on {archived_on}: moved to Osaka»\n" in run("show", "Kenji")[1]
    assert f"«  let go on {archived_on}»\n" in run("show", "Leo")[1]


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--people", "0"], "holds 1 to 5000 people"),
        (["--people", "5001"], "holds 1 to 5000 people"),
        (["--years", "0"], "more than 0 and at most 50 years"),
        (["--years", "50.5"], "more than 0 and at most 50 years"),
    ],
)
def test_a_demo_of_an_impossible_size_is_one_line_and_no_garden(run, data_dir, argv, message):
    code, out, err = run("demo", *argv)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and err.startswith("garden: ") and message in err
    assert not data_dir.exists()  # refused before the garden was opened (and created)
