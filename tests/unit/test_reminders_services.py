"""Reminders over a real garden file: the digest a tray would show day after day,
snoozes, pauses, settings and things to share — every change undoable."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import Counter
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from garden.domain.clock import FixedClock
from garden.domain.model import Birthday, Channel, Circle, Depth
from garden.domain.reminders import (
    DEFAULT_QUIET,
    UNTIL_RESUMED,
    Digest,
    QuietHours,
    Reason,
    ReminderSettings,
)
from garden.services.demo import fill_demo
from garden.services.garden import Garden, NotFoundError, ValidationError
from garden.services.reminders import PAUSED_KEY, QUIET_KEY, TIME_KEY, Reminders
from tests.conftest import TODAY


def only(ids):
    (value,) = ids
    return value


def add(garden: Garden, name: str, circle: Circle = Circle.HEART, **kw) -> int:
    return only(garden.add_person(name, circle=circle, **kw).people)


def days_ago(n: int) -> dt.date:
    return TODAY - dt.timedelta(days=n)


def run_tray(
    reminders: Reminders, clock: FixedClock, hours: int, step: float = 1.0
) -> list[tuple[dt.datetime, Digest]]:
    """A tray asking every `step` hours for `hours` hours: what it would show."""
    shown = []
    for _ in range(int(hours / step)):
        digest = reminders.deliver_due_digest()
        if digest is not None:
            shown.append((clock.now(), digest))
        clock.advance(hours=step)
    return shown


def dump(garden: Garden, reminders: Reminders) -> tuple:
    """Everything a user could see change."""
    return (
        garden.people(include_archived=True),
        garden.interactions(),
        garden.rests(),
        reminders.snoozes(),
        garden.repo.things_to_share(include_shared=True),
        reminders.settings(),
    )


@pytest.fixture
def reminders(garden: Garden) -> Reminders:
    return Reminders(garden)


# --- the digest, day after day -------------------------------------------------------------


def test_twenty_people_added_on_one_day_bring_at_most_three_a_day_and_all_are_reached(
    garden: Garden, reminders: Reminders, clock: FixedClock
):
    people = {add(garden, f"Friend {i:02d}") for i in range(20)}
    shown = run_tray(reminders, clock, hours=24 * 16)
    per_day = Counter()
    for when, digest in shown:
        per_day[when.date()] += len(digest.reminders)
    assert max(per_day.values()) <= 3
    assert len(shown) == len({when.date() for when, _ in shown})  # one digest a day
    first_due = TODAY + dt.timedelta(days=7)  # a week after they were planted
    assert min(w.date() for w, d in shown if not d.empty) == first_due
    within_a_week = {
        pid
        for when, digest in shown
        if when.date() <= first_due + dt.timedelta(days=6)
        for pid in digest.people
    }
    assert within_a_week == people  # all twenty reached in ceil(20 / 3) = 7 days
    assert all(w.time() == dt.time(18) for w, d in shown if not d.empty)


def test_the_first_start_shows_the_digest_at_once_and_then_at_the_delivery_time(
    garden: Garden, reminders: Reminders, clock: FixedClock
):
    pid = add(garden, "Giulia")
    garden.log_interaction(pid, on=days_ago(10), topics=["Lisbon"])
    shown = run_tray(reminders, clock, hours=48)
    assert [when for when, _ in shown] == [
        dt.datetime.combine(TODAY, dt.time(10)),  # at start: yesterday's was never shown
        dt.datetime.combine(TODAY + dt.timedelta(days=1), dt.time(18)),
    ]
    assert shown[0][1].reminders[0].sentence == (
        "Giulia might enjoy hearing from you — last time you talked about Lisbon."
    )


def test_logging_an_interaction_takes_the_person_out_of_the_digest_at_once(
    garden: Garden, reminders: Reminders, clock: FixedClock
):
    ids = [add(garden, name, created=dt.datetime(2026, 1, 1)) for name in "ABCDE"]
    before = reminders.today()
    assert len(before.people) == 3
    first = before.people[0]
    garden.log_interaction(first, channel=Channel.MESSAGE, depth=Depth.BRIEF)
    assert first not in reminders.today().people  # before delivery
    assert first not in [r.person.id for r in reminders.everyone_due(TODAY)]
    # After delivery, the delivered digest loses whoever you contact, and nobody replaces them.
    clock.set(dt.datetime.combine(TODAY, dt.time(18)))
    delivered = reminders.deliver_due_digest()
    assert delivered is not None and len(delivered.people) == 3
    second = delivered.people[1]
    change = garden.log_interaction(second)
    remaining = [pid for pid in delivered.people if pid != second]
    assert list(reminders.today().people) == remaining
    garden.undo(change)
    assert reminders.today().people == delivered.people
    assert set(ids) >= set(delivered.people)


def test_everyone_due_lists_all_who_could_use_a_message_and_leaves_out_the_same_people(
    garden: Garden, reminders: Reminders
):
    long_ago = dt.datetime(2026, 1, 1)
    due = [add(garden, f"Friend {i}", created=long_ago) for i in range(5)]
    meadow = add(garden, "Meadow", Circle.MEADOW, created=long_ago)
    snoozed = add(garden, "Snoozed", created=long_ago)
    resting = add(garden, "Resting", created=long_ago)
    let_go = add(garden, "Let go", created=long_ago)
    fresh = add(garden, "Fresh", created=long_ago)
    reminders.snooze(snoozed, days=3)
    garden.add_rest(days_ago(3), TODAY + dt.timedelta(days=3), person_id=resting)
    garden.archive_person(let_go)
    garden.log_interaction(fresh)
    everyone = reminders.everyone_due()
    assert len(reminders.today().people) == 3  # the digest holds a few...
    assert {r.person.id for r in everyone} == set(due)  # ...the list holds them all
    assert not {meadow, snoozed, resting, let_go, fresh} & {r.person.id for r in everyone}
    healths = [r.state.health for r in everyone]
    assert healths == sorted(healths)  # the thirstiest first (one circle: no weighting)
    assert all(r.sentence.startswith(r.person.name) for r in everyone)


def test_a_demo_planted_after_the_garden_was_looked_at_is_seen_at_once(
    garden: Garden, reminders: Reminders
):
    assert garden.states() == {} and reminders.everyone_due() == []  # builds the model
    summary = fill_demo(garden, people=30, years=3, seed=1)
    living = [p for p in garden.people() if not p.archived]
    assert len(garden.states()) == len(living) == summary.people - summary.archived
    assert reminders.everyone_due()  # a believable garden always has someone thirsty
    garden.undo(summary.change)
    assert garden.is_empty() and garden.rests() == [] and garden.states() == {}


def test_sleeping_across_the_delivery_time_gives_one_digest_at_wake(
    garden: Garden, reminders: Reminders, clock: FixedClock
):
    add(garden, "Giulia", created=dt.datetime(2026, 1, 1))
    clock.set(dt.datetime.combine(TODAY - dt.timedelta(days=1), dt.time(18)))
    assert reminders.deliver_due_digest() is not None
    clock.set(dt.datetime.combine(TODAY, dt.time(17, 30)))
    assert reminders.deliver_due_digest() is None
    # The lid closes at 17:30 and opens the next morning.
    clock.set(dt.datetime.combine(TODAY + dt.timedelta(days=1), dt.time(9, 15)))
    shown = run_tray(reminders, clock, hours=20, step=0.25)
    assert [when.time() for when, _ in shown] == [dt.time(9, 15)]


def test_a_digest_is_delivered_once_even_with_two_programs_open(data_dir: Path, clock):
    with Garden.open(data_dir, clock) as window, Garden.open(data_dir, clock) as other:
        add(window, "Giulia", created=dt.datetime(2026, 1, 1))
        assert Reminders(other).deliver_due_digest() is not None
        assert Reminders(window).deliver_due_digest() is None
        assert Reminders(window).today().people == Reminders(other).today().people


def test_the_end_of_summer_time_does_not_repeat_the_digest(
    garden: Garden, reminders: Reminders, clock: FixedClock
):
    rome = ZoneInfo("Europe/Rome")
    add(garden, "Giulia", created=dt.datetime(2026, 1, 1))
    reminders.change_settings(ReminderSettings(time=dt.time(2, 30), quiet=None))
    clock.set(dt.datetime(2026, 10, 25))
    assert reminders.deliver_due_digest(dt.datetime(2026, 10, 24, 2, 30, tzinfo=rome))
    start = dt.datetime(2026, 10, 24, 22, tzinfo=dt.UTC)  # 00:00 in Rome, 25 October
    shown = []
    for minutes in range(0, 6 * 60, 10):  # 02:00-03:00 comes twice: CEST, then CET
        now = (start + dt.timedelta(minutes=minutes)).astimezone(rome)
        if reminders.deliver_due_digest(now) is not None:
            shown.append(now)
    assert [(s.hour, s.minute, s.utcoffset()) for s in shown] == [
        (2, 30, dt.timedelta(hours=2))  # the first 02:30 only
    ]
    assert reminders.last_delivered().at == dt.datetime(2026, 10, 25, 2, 30)  # wall clock


def test_pauses_hold_back_digests_and_resume_brings_one(
    garden: Garden, reminders: Reminders, clock: FixedClock
):
    add(garden, "Giulia", created=dt.datetime(2026, 1, 1))
    reminders.pause(days=2)
    assert reminders.settings().paused_at(clock.now())
    assert run_tray(reminders, clock, hours=47) == []
    shown = run_tray(reminders, clock, hours=24)
    assert [w.date() for w, _ in shown] == [TODAY + dt.timedelta(days=2)]
    reminders.pause()  # until resumed
    assert reminders.next_delivery() is None
    assert run_tray(reminders, clock, hours=24 * 5) == []
    reminders.resume()
    assert reminders.deliver_due_digest() is not None
    with pytest.raises(ValidationError):
        reminders.pause(days=0)
    with pytest.raises(ValidationError):
        reminders.pause(until=clock.today())


def test_quiet_hours_and_the_delivery_time_come_from_the_settings(
    garden: Garden, reminders: Reminders, clock: FixedClock
):
    add(garden, "Giulia", created=dt.datetime(2026, 1, 1))
    reminders.deliver_due_digest()  # the first start
    reminders.change_settings(
        ReminderSettings(time=dt.time(7, 30), quiet=QuietHours(dt.time(22), dt.time(8, 15)))
    )
    shown = run_tray(reminders, clock, hours=72, step=0.25)
    assert [w.time() for w, _ in shown] == [dt.time(8, 15)] * 3  # 27, 28, 29 Nov
    tomorrow = clock.today() + dt.timedelta(days=1)  # the clock stands at 10:00 now
    assert reminders.next_delivery() == dt.datetime.combine(tomorrow, dt.time(8, 15))


def test_birthdays_come_first_and_snoozed_people_wait(garden: Garden, reminders: Reminders):
    anna = add(garden, "Anna", Circle.FRIENDS, birthday=Birthday(11, 28))
    garden.log_interaction(anna, on=days_ago(5))
    others = [add(garden, f"P{i}", created=dt.datetime(2026, 1, 1)) for i in range(4)]
    digest = reminders.today()
    assert digest.people[0] == anna and digest.reminders[0].reason is Reason.BIRTHDAY
    assert len(digest.people) == 3
    reminders.snooze(anna, days=3)
    assert anna not in reminders.today().people
    assert set(reminders.today().people) <= set(others)


# --- snoozes --------------------------------------------------------------------------------


def test_snoozing_someone_keeps_them_out_until_the_day_they_are_back(
    garden: Garden, reminders: Reminders, clock: FixedClock
):
    pid = add(garden, "Giulia", created=dt.datetime(2026, 1, 1))
    assert reminders.today().people == (pid,)
    change = reminders.snooze(pid, days=1)
    assert change.summary == "Snoozed Giulia until 2026-11-27"
    assert reminders.today().people == ()
    assert reminders.snoozed_until(pid) == TODAY + dt.timedelta(days=1)
    clock.advance(days=1)
    assert reminders.today().people == (pid,) and reminders.snoozed_until(pid) is None
    reminders.snooze(pid)  # a week by default
    assert reminders.snoozed_until(pid) == clock.today() + dt.timedelta(days=7)
    reminders.snooze(pid, until=dt.date(2027, 1, 6))
    assert reminders.snoozes() == {pid: dt.date(2027, 1, 6)}
    reminders.unsnooze(pid)
    assert reminders.today().people == (pid,)
    assert reminders.unsnooze(pid).empty  # not snoozed: nothing to do


def test_bad_snoozes_are_refused_and_change_nothing(garden: Garden, reminders: Reminders):
    pid = add(garden, "Giulia")
    gone = add(garden, "Marco")
    garden.archive_person(gone)
    before = dump(garden, reminders)
    for call in (
        lambda: reminders.snooze(pid, days=0),
        lambda: reminders.snooze(pid, days=5000),
        lambda: reminders.snooze(pid, until=TODAY),
        lambda: reminders.snooze(pid, days=2, until=TODAY + dt.timedelta(days=3)),
        lambda: reminders.snooze(gone, days=2),
    ):
        with pytest.raises(ValidationError):
            call()
    with pytest.raises(NotFoundError):
        reminders.snooze(999)
    assert dump(garden, reminders) == before


# --- things to share ------------------------------------------------------------------------


def test_things_to_share_appear_in_reminders_and_are_ticked_off_when_logging(
    garden: Garden, reminders: Reminders
):
    pid = add(garden, "Giulia", created=dt.datetime(2026, 1, 1))
    recipe = only(reminders.save_thing(pid, "  the focaccia recipe\r\n").things)
    song = only(reminders.save_thing(pid, "https://example.org/song").things)
    assert [t.text for t in reminders.things_to_share(pid)] == [
        "the focaccia recipe",
        "https://example.org/song",
    ]
    (reminder,) = reminders.today().reminders
    assert reminder.sentence == (
        "Giulia might enjoy hearing from you — you saved “the focaccia recipe” to share."
    )
    change = garden.log_interaction(pid, channel=Channel.CALL, shared_things=[recipe])
    assert [t.id for t in reminders.things_to_share(pid)] == [song]
    shared = reminders.thing_to_share(recipe)
    assert shared.shared_at == garden.clock.now()
    garden.undo(change)  # undoing the call puts the recipe back on the list
    assert [t.id for t in reminders.things_to_share(pid)] == [recipe, song]
    garden.redo(change)
    assert [t.id for t in reminders.things_to_share(pid)] == [song]
    reminders.mark_shared([song])
    assert reminders.things_to_share(pid) == []
    assert len(reminders.things_to_share(pid, include_shared=True)) == 2


def test_bad_things_to_share_are_refused_and_change_nothing(garden: Garden, reminders: Reminders):
    giulia = add(garden, "Giulia")
    marco = add(garden, "Marco")
    hers = only(reminders.save_thing(giulia, "a song").things)
    before = dump(garden, reminders)
    for call in (
        lambda: reminders.save_thing(giulia, "   \n "),
        lambda: reminders.save_thing(giulia, "a\x00b"),
        lambda: reminders.save_thing(giulia, "x" * 2001),
        lambda: garden.log_interaction(marco, shared_things=[hers]),
        lambda: reminders.edit_thing(hers, ""),
    ):
        with pytest.raises(ValidationError):
            call()
    with pytest.raises(NotFoundError):
        garden.log_interaction(giulia, shared_things=[hers + 100])
    with pytest.raises(NotFoundError):
        reminders.mark_shared([hers + 100])
    assert dump(garden, reminders) == before


# --- settings -------------------------------------------------------------------------------


def test_settings_default_validate_and_survive_bad_stored_values(
    garden: Garden, reminders: Reminders
):
    assert reminders.settings() == ReminderSettings(
        count=3, time=dt.time(18), quiet=QuietHours(dt.time(22), dt.time(8)), birthday_lead_days=3
    )
    wanted = ReminderSettings(count=5, time=dt.time(9, 45), quiet=None, birthday_lead_days=7)
    reminders.change_settings(wanted)
    assert reminders.settings() == wanted
    before = dump(garden, reminders)
    for bad in (
        dataclasses.replace(wanted, count=0),
        dataclasses.replace(wanted, count=11),
        dataclasses.replace(wanted, birthday_lead_days=-1),
        dataclasses.replace(wanted, birthday_lead_days=31),
    ):
        with pytest.raises(ValidationError):
            reminders.change_settings(bad)
    assert dump(garden, reminders) == before
    # Values edited by hand or by a future version never stop reminders.
    garden.set_settings({TIME_KEY: "teatime"}, "edited by hand")
    garden.set_settings({PAUSED_KEY: "someday"}, "edited by hand")
    assert reminders.settings().time == dt.time(18)
    assert reminders.settings().paused_until is None


@pytest.mark.parametrize(
    "stored",
    [["23:00", "teatime"], ["teatime", "07:00"], ["08:00", "08:00"], ["22:00"], "22-8", 7],
)
def test_unreadable_quiet_hours_read_as_the_default_quiet_hours(
    garden: Garden, reminders: Reminders, stored
):
    # Never the digest's time (18:00) as one end: that would silence the digest itself.
    garden.set_settings({QUIET_KEY: stored}, "edited by hand")
    assert reminders.settings().quiet == DEFAULT_QUIET == QuietHours(dt.time(22), dt.time(8))
    garden.set_settings({QUIET_KEY: []}, "edited by hand")
    assert reminders.settings().quiet is None  # none at all is a choice, not a mistake


def test_the_settings_dialog_does_not_undo_a_pause(reminders: Reminders):
    seen_by_dialog = reminders.settings()
    reminders.pause()
    reminders.change_settings(dataclasses.replace(seen_by_dialog, count=4))
    assert reminders.settings().paused_until == UNTIL_RESUMED
    assert reminders.settings().count == 4


# --- undo -----------------------------------------------------------------------------------


def test_every_reminder_change_can_be_undone_and_redone(garden: Garden, reminders: Reminders):
    pid = add(garden, "Zoë", topics=["music"])
    thing = only(reminders.save_thing(pid, "the jazz record").things)
    steps = [
        lambda: reminders.snooze(pid, days=3),
        lambda: reminders.save_thing(pid, "a recipe"),
        lambda: reminders.edit_thing(thing, "the jazz record (vinyl)"),
        lambda: reminders.mark_shared([thing]),
        lambda: reminders.delete_thing(thing),
        lambda: garden.log_interaction(pid, shared_things=[thing]),
        lambda: reminders.pause(days=3),
        lambda: reminders.pause(),
        lambda: reminders.change_settings(ReminderSettings(count=2, quiet=None)),
        lambda: garden.delete_person(pid),
    ]
    reminders.snooze(pid, days=10)  # so that deleting the person has a snooze to bring back
    for step in steps:
        before = dump(garden, reminders)
        change = step()
        after = dump(garden, reminders)
        assert after != before
        garden.undo(change)
        assert dump(garden, reminders) == before
        garden.redo(change)
        assert dump(garden, reminders) == after
        garden.undo(change)
    resumed = reminders.pause()
    garden.undo(resumed)
    assert reminders.settings().paused_until is None
