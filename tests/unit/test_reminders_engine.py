"""The reminder engine on its own: who is in a digest, and when a digest is due.

Pure functions, so time is whatever the test says it is: no store, no real clock.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import math
from collections.abc import Iterable, Sequence
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from garden.domain.growth import GardenModel
from garden.domain.model import (
    Birthday,
    Channel,
    Circle,
    Depth,
    Interaction,
    Person,
    Rest,
    ThingToShare,
)
from garden.domain.reminders import (
    MAX_WAIT,
    MIN_GAP,
    UNTIL_RESUMED,
    AlreadyShown,
    Conversation,
    DeliveredDigest,
    Digest,
    GardenToday,
    QuietHours,
    Reason,
    Reminder,
    ReminderSettings,
    compose_digest,
    could_use_a_message,
    due_slot,
    mark_delivered,
    next_delivery,
    wait_before_next_check,
)
from tests.helpers.builders import START, day, moment, person

ROME = ZoneInfo("Europe/Rome")


def garden_on(
    as_of: dt.date,
    people: Sequence[Person],
    interactions: Iterable[Interaction] = (),
    rests: Iterable[Rest] = (),
    snoozes: dict[int, dt.date] | None = None,
) -> GardenToday:
    model = GardenModel(people, interactions, rests)
    states = model.states(as_of)
    return GardenToday(as_of, {p.id: p for p in people if p.id in states}, states, snoozes or {})


def names(digest: Digest) -> list[str]:
    return [r.person.name for r in digest.reminders]


def crowd(n: int, circle: Circle = Circle.HEART, planted: dt.date = START) -> list[Person]:
    return [person(i + 1, circle, planted=planted, name=f"Friend {i + 1:02d}") for i in range(n)]


# --- who --------------------------------------------------------------------------------


def test_only_people_whose_next_contact_has_come_are_in_the_digest():
    heart = person(1, Circle.HEART, name="Giulia")
    close = person(2, Circle.CLOSE, name="Marco")
    log = [moment(0, pid=1), moment(0, pid=2)]
    # Day 6: Giulia's week is not over; day 7 it is; Marco's month is not.
    assert names(compose_digest(garden_on(day(6), [heart, close], log), ReminderSettings())) == []
    assert names(compose_digest(garden_on(day(7), [heart, close], log), ReminderSettings())) == [
        "Giulia"
    ]


def test_the_meadow_archived_resting_snoozed_and_recently_logged_never_appear():
    people = [
        person(1, Circle.HEART, name="Due"),
        person(2, Circle.MEADOW, name="Meadow"),
        dataclasses.replace(
            person(3, Circle.HEART, name="Archived"), archived_at=dt.datetime(2024, 2, 1)
        ),
        person(4, Circle.HEART, name="Resting"),
        person(5, Circle.HEART, name="Snoozed"),
        person(6, Circle.HEART, name="Logged"),
    ]
    log = [moment(0, pid=i) for i in range(1, 7)] + [moment(55, Channel.MESSAGE, Depth.BRIEF, 6)]
    rests = [Rest(1, day(50), day(70), person_id=4)]
    garden = garden_on(day(60), people, log, rests, snoozes={5: day(61)})
    digest = compose_digest(garden, ReminderSettings(count=10))
    assert names(digest) == ["Due"]
    # The snooze ends on its day: the next day Snoozed is back.
    later = garden_on(day(61), people, log, rests, snoozes={5: day(61)})
    assert "Snoozed" in names(compose_digest(later, ReminderSettings(count=10)))


def test_the_thirstiest_come_first_weighted_by_circle():
    # Same thirst (all planted together, never contacted); the heart weighs most.
    people = [
        person(1, Circle.FRIENDS, cadence=7, name="Friend"),
        person(2, Circle.HEART, name="Heart"),
        person(3, Circle.CLOSE, cadence=7, name="Close"),
    ]
    digest = compose_digest(garden_on(day(10), people), ReminderSettings())
    assert names(digest) == ["Heart", "Close", "Friend"]
    # In one circle, the one who has waited longer comes first.
    people = [person(1, Circle.HEART, name="Anna"), person(2, Circle.HEART, name="Bruno")]
    log = [moment(20, pid=1), moment(0, pid=2)]
    ranked = [p.name for p, _ in could_use_a_message(garden_on(day(30), people, log))]
    assert ranked == ["Bruno", "Anna"]


@settings(max_examples=60)
@given(
    n=st.integers(0, 40),
    count=st.integers(1, 10),
    offsets=st.lists(st.integers(0, 60), max_size=40),
)
def test_a_digest_never_holds_more_than_count_people_and_always_the_birthdays(n, count, offsets):
    people = crowd(n)
    for i, offset in enumerate(offsets[:n]):
        if offset % 3 == 0:  # a third of them have a birthday soon
            on = day(30 + offset % 5)
            people[i] = dataclasses.replace(people[i], birthday=Birthday(on.month, on.day))
    garden = garden_on(day(30), people)
    digest = compose_digest(garden, ReminderSettings(count=count))
    birthdays = [r for r in digest.reminders if r.reason is Reason.BIRTHDAY]
    thirsty = [r for r in digest.reminders if r.reason is Reason.THIRST]
    expected_birthdays = {
        p.id
        for p in people
        if p.birthday and (p.birthday.next_on_or_after(day(30)) - day(30)).days <= 3
    }
    assert {r.person.id for r in birthdays} == expected_birthdays
    assert len(digest.reminders) <= max(count, len(birthdays))
    assert len(thirsty) == min(max(count - len(birthdays), 0), n - len(birthdays))
    assert len(set(digest.people)) == len(digest.people)  # one line per person
    assert digest.reminders[: len(birthdays)] == tuple(birthdays)  # birthdays first


def _simulate_days(
    people: Sequence[Person], first: dt.date, days: int, count: int
) -> list[list[int]]:
    """One digest a day, each remembering what the earlier ones showed."""
    shown: dict[int, dt.date] = {}
    out = []
    for i in range(days):
        today = first + dt.timedelta(days=i)
        digest = compose_digest(
            garden_on(today, people),
            ReminderSettings(count=count),
            AlreadyShown(last_shown=dict(shown)),
        )
        out.append(list(digest.people))
        for pid in digest.people:
            shown[pid] = today
    return out


def test_twenty_people_added_on_one_day_come_three_a_day_and_all_are_reached():
    people = crowd(20)  # all planted on START: all due on day 7, all equally thirsty
    days = _simulate_days(people, day(0), 20, count=3)
    assert all(len(d) <= 3 for d in days)
    assert days[:7] == [[]] * 7  # nobody is due within their first week
    first_six = [pid for d in days[7:13] for pid in d]
    assert len(first_six) == len(set(first_six)) == 18  # nobody twice before all had a turn
    assert {pid for d in days[7:14] for pid in d} == {p.id for p in people}  # all in 7 days


@settings(max_examples=40)
@given(n=st.integers(1, 45), count=st.integers(1, 6), spread=st.lists(st.integers(0, 6)))
def test_everyone_due_is_reached_within_ceil_n_over_count_days(n, count, spread):
    # People planted on different days, in different circles: different thirsts.
    circles = [Circle.HEART, Circle.CLOSE, Circle.FRIENDS]
    people = [
        person(
            i + 1,
            circles[i % 3],
            cadence=7,
            planted=day(spread[i % len(spread)] if spread else 0),
            name=f"P{i:02d}",
        )
        for i in range(n)
    ]
    first = day(13)  # everyone is due from here on
    window = math.ceil(n / count)
    days = _simulate_days(people, first, window, count)
    assert all(len(d) <= count for d in days)
    assert {pid for d in days for pid in d} == {p.id for p in people}


def test_a_digest_already_delivered_keeps_its_people_and_logging_takes_one_out():
    people = crowd(6)
    garden = garden_on(day(10), people)
    first = compose_digest(garden, ReminderSettings())
    assert len(first.people) == 3
    # Later that day the user calls one of them.
    called = first.people[0]
    log = [moment(10, Channel.CALL, Depth.GOOD, pid=called)]
    later = compose_digest(
        garden_on(day(10), people, log), ReminderSettings(), AlreadyShown(today=first.people)
    )
    assert later.people == first.people[1:]  # gone at once, and nobody steps in


@settings(max_examples=60)
@given(
    st.lists(
        st.tuples(st.integers(1, 8), st.integers(0, 59), st.sampled_from(list(Depth))),
        max_size=30,
    ),
    st.integers(30, 60),
)
def test_nobody_logged_within_their_cadence_is_ever_reminded_for_thirst(log_spec, today):
    people = [person(i, [Circle.HEART, Circle.CLOSE][i % 2], name=f"P{i}") for i in range(1, 9)]
    log = [moment(offset, Channel.CALL, depth, pid=pid) for pid, offset, depth in log_spec]
    garden = garden_on(day(today), people, [m for m in log if m.on <= day(today)])
    digest = compose_digest(garden, ReminderSettings(count=10))
    for reminder in digest.reminders:
        last = reminder.state.last_interaction
        cadence = reminder.person.cadence
        assert cadence is not None
        assert last is None or (day(today) - last).days >= cadence


# --- birthdays --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("birthday", "today", "expected"),
    [
        (Birthday(11, 28), dt.date(2026, 11, 26), "Anna's birthday is in 2 days."),
        (Birthday(11, 27), dt.date(2026, 11, 26), "Anna's birthday is tomorrow."),
        (Birthday(11, 26, 1990), dt.date(2026, 11, 26), "It's Anna's birthday today."),
        (Birthday(1, 1), dt.date(2026, 12, 30), "Anna's birthday is in 2 days."),  # year end
        (Birthday(2, 29), dt.date(2027, 2, 26), "Anna's birthday is in 2 days."),  # on 28 Feb
        (Birthday(2, 29), dt.date(2028, 2, 28), "Anna's birthday is tomorrow."),  # leap year
    ],
)
def test_upcoming_birthdays_are_always_included(birthday, today, expected):
    anna = dataclasses.replace(
        person(1, Circle.FRIENDS, name="Anna", planted=dt.date(2026, 1, 1)), birthday=birthday
    )
    # Seen last week: far within her three-month cadence, yet her birthday is mentioned,
    # even in a digest already full of thirstier people.
    others = crowd(5, Circle.HEART, planted=dt.date(2026, 1, 1))
    others = [dataclasses.replace(p, id=p.id + 1) for p in others]
    log = [moment(0, pid=1)]
    log = [dataclasses.replace(log[0], on=today - dt.timedelta(days=7))]
    digest = compose_digest(garden_on(today, [anna, *others], log), ReminderSettings(count=3))
    first = digest.reminders[0]
    assert first.reason is Reason.BIRTHDAY and first.sentence == expected
    assert len(digest.reminders) == 3


def test_a_birthday_further_than_the_lead_waits_and_a_hello_since_it_came_into_view_is_enough():
    anna = dataclasses.replace(person(1, Circle.CLOSE, name="Anna"), birthday=Birthday(3, 10))
    lately = [dataclasses.replace(moment(0, pid=1), on=dt.date(2024, 3, 1))]
    today = dt.date(2024, 3, 6)  # four days before
    assert compose_digest(garden_on(today, [anna], lately), ReminderSettings()).empty
    four_ahead = ReminderSettings(birthday_lead_days=4)
    assert names(compose_digest(garden_on(today, [anna], lately), four_ahead)) == ["Anna"]
    hello = dataclasses.replace(moment(0, pid=1), on=dt.date(2024, 3, 8))
    later = garden_on(dt.date(2024, 3, 9), [anna], [*lately, hello])
    assert compose_digest(later, ReminderSettings()).empty


def test_birthdays_in_the_meadow_or_of_archived_people_are_not_mentioned():
    bday = Birthday(1, 3)
    meadow = dataclasses.replace(person(1, Circle.MEADOW, name="M"), birthday=bday)
    gone = dataclasses.replace(
        person(2, Circle.CLOSE, name="A"), birthday=bday, archived_at=dt.datetime(2024, 1, 1, 10)
    )
    assert compose_digest(garden_on(day(1), [meadow, gone]), ReminderSettings()).empty


# --- words ------------------------------------------------------------------------------


def _reminder(conversation: Conversation, **fields: object) -> Reminder:
    giulia = dataclasses.replace(person(1, Circle.CLOSE, name="Giulia Rossi"), **fields)
    garden = garden_on(day(40), [giulia], [moment(0, pid=1)])
    return Reminder(giulia, garden.states[1], Reason.THIRST, conversation)


def test_reminders_speak_warmly_with_something_to_talk_about():
    assert (
        _reminder(Conversation(last_topics=("her trip to Lisbon",))).sentence
        == "Giulia Rossi might enjoy hearing from you — last time you talked about her trip "
        "to Lisbon."
    )
    assert (
        _reminder(Conversation(), nickname="Giuli", topics=("cooking", "jazz", "books")).sentence
        == "Giuli might enjoy hearing from you — you both like cooking and jazz."
    )
    note = "Starting a new job in Turin; sounded excited.\nMore later."
    assert (
        _reminder(Conversation(last_note=note, last_note_on=day(0))).sentence
        == "Giulia Rossi might enjoy hearing from you — last time: Starting a new job in "
        "Turin; sounded excited."
    )
    thing = ThingToShare(1, 1, "https://example.org/focaccia-recipe", dt.datetime(2024, 1, 2))
    reminder = _reminder(Conversation(last_topics=("music",), things=(thing,)))
    assert reminder.sentence == (
        "Giulia Rossi might enjoy hearing from you — you saved "
        "“https://example.org/focaccia-recipe” to share."
    )
    assert reminder.topics == ("music",) and reminder.things_to_share == (thing,)
    assert _reminder(Conversation()).sentence == "Giulia Rossi might enjoy hearing from you."
    earlier = Conversation(last_note="Watched the match together.", last_note_on=day(-5))
    assert _reminder(earlier).sentence == (
        "Giulia Rossi might enjoy hearing from you — you noted “Watched the match together”."
    )


def test_a_long_note_is_cut_to_an_excerpt():
    long = "word " * 40
    reminder = _reminder(Conversation(last_note=long, last_note_on=day(0)))
    assert reminder.note_excerpt is not None and len(reminder.note_excerpt) <= 60
    assert reminder.note_excerpt.endswith("…")


@settings(max_examples=40)
@given(n=st.integers(0, 12))
def test_the_digest_title_never_scolds(n):
    garden = garden_on(day(30), crowd(n))
    digest = compose_digest(garden, ReminderSettings(count=10))
    words = " ".join([digest.title, *(r.sentence for r in digest.reminders)]).lower()
    for scolding in ("overdue", "haven't", "neglect", "days!", "%", "late"):
        assert scolding not in words
    shown = len(digest.reminders)
    assert shown == min(n, 10)
    if shown:
        assert digest.title == f"{shown} {'person' if shown == 1 else 'people'} could use a message"
    else:
        assert digest.title == "Everyone is doing fine"


# --- when -------------------------------------------------------------------------------

EVENING = ReminderSettings()  # 18:00, quiet 22:00-08:00


def at(text: str, tz: ZoneInfo | None = None) -> dt.datetime:
    return dt.datetime.fromisoformat(text).replace(tzinfo=tz)


def run_tray(
    moments: Iterable[dt.datetime],
    settings: ReminderSettings = EVENING,
    last: DeliveredDigest | None = None,
) -> tuple[list[dt.datetime], DeliveredDigest | None]:
    """What a tray polling at these moments delivers."""
    delivered = []
    for now in moments:
        if due_slot(now, settings, last) is not None:
            last = mark_delivered(Digest(now.date()), now, settings)
            delivered.append(now)
    return delivered, last


def every(start: dt.datetime, end: dt.datetime, step: dt.timedelta) -> list[dt.datetime]:
    out = []
    while start <= end:
        out.append(start)
        start += step
    return out


def served(day_text: str, at_text: str) -> DeliveredDigest:
    return DeliveredDigest(
        dt.date.fromisoformat(day_text), dt.date.fromisoformat(day_text), at(at_text)
    )


def test_the_digest_comes_once_a_day_at_the_delivery_time():
    minutes = every(at("2026-11-20 00:00"), at("2026-11-26 23:59"), dt.timedelta(minutes=1))
    delivered, _ = run_tray(minutes, last=served("2026-11-19", "2026-11-19 18:00"))
    assert [d.isoformat(sep=" ") for d in delivered] == [
        f"2026-11-{d} 18:00:00" for d in range(20, 27)
    ]
    seven, _ = run_tray(minutes, dataclasses.replace(EVENING, time=dt.time(7, 15)))
    assert {d.time() for d in seven} == {dt.time(8, 0)}  # 07:15 is quiet: at the end of it


def test_quiet_hours_hold_a_missed_digest_until_morning_and_it_comes_once():
    last = served("2026-11-25", "2026-11-25 18:00")
    # The computer sleeps from 17:00 and wakes at 23:30 (quiet), then stays on.
    moments = [
        at("2026-11-26 17:00"),
        *every(at("2026-11-26 23:30"), at("2026-11-28 12:00"), dt.timedelta(minutes=10)),
    ]
    delivered, _ = run_tray(moments, last=last)
    assert delivered == [at("2026-11-27 08:00")]  # not at 23:30, and not again at 18:00
    without_quiet = dataclasses.replace(EVENING, quiet=None)
    delivered, _ = run_tray(moments, without_quiet, last)
    assert delivered[0] == at("2026-11-26 23:30")


def test_sleeping_across_the_delivery_time_gives_exactly_one_digest_at_wake():
    last = served("2026-11-25", "2026-11-25 18:00")
    # Awake until 17:50, asleep through 18:00, awake again the next morning at 09:10.
    moments = [
        *every(at("2026-11-26 12:00"), at("2026-11-26 17:50"), dt.timedelta(minutes=5)),
        *every(at("2026-11-27 09:10"), at("2026-11-27 23:55"), dt.timedelta(minutes=5)),
    ]
    delivered, last = run_tray(moments, last=last)
    assert delivered == [at("2026-11-27 09:10")]  # once, and not again at 18:00
    tomorrow, _ = run_tray(
        every(at("2026-11-28 00:00"), at("2026-11-28 23:59"), dt.timedelta(minutes=5)), last=last
    )
    assert tomorrow == [at("2026-11-28 18:00")]  # then back to the usual rhythm


def test_a_computer_off_for_a_week_gets_one_digest_not_seven():
    last = served("2026-11-18", "2026-11-18 18:00")
    delivered, _ = run_tray([at("2026-11-26 10:00"), at("2026-11-26 18:30")], last=last)
    assert delivered == [at("2026-11-26 10:00")]


@settings(max_examples=80)
@given(
    sleeps=st.lists(st.tuples(st.integers(0, 14 * 24), st.integers(1, 60)), max_size=6),
    hour=st.integers(0, 23),
    quiet=st.booleans(),
)
def test_two_digests_are_never_closer_than_twenty_hours_and_a_day_never_has_two(
    sleeps, hour, quiet
):
    settings_ = ReminderSettings(
        time=dt.time(hour, 30), quiet=QuietHours(dt.time(22), dt.time(7)) if quiet else None
    )
    start = at("2026-11-01 00:00")
    asleep = set()
    for begin, length in sleeps:
        asleep.update(range(begin, begin + length))
    moments = [start + dt.timedelta(hours=h, minutes=m) for h in range(16 * 24) for m in (0, 30)]
    moments = [m for m in moments if (m - start) // dt.timedelta(hours=1) not in asleep]
    delivered, _ = run_tray(moments, settings_)
    assert all(b - a >= MIN_GAP for a, b in itertools.pairwise(delivered))
    assert len({d.date() for d in delivered}) == len(delivered)
    # And it never falls silent: any two days with the computer awake bring a digest.
    for hour in range(14 * 24):
        if not asleep & set(range(hour, hour + 48)):
            begin = start + dt.timedelta(hours=hour)
            assert any(begin <= d <= begin + dt.timedelta(hours=48) for d in delivered)


def test_a_clock_moving_backwards_never_repeats_a_digest():
    last = served("2026-11-25", "2026-11-25 18:00")
    moments = [
        at("2026-11-26 18:00"),  # delivered
        at("2026-11-26 18:30"),
        at("2026-11-26 17:10"),  # NTP or the user sets the clock back an hour...
        at("2026-11-26 18:05"),  # ...so 18:00 comes round again
        at("2026-11-25 19:00"),  # or back a whole day
        at("2026-11-26 18:00"),
        at("2026-11-26 21:00"),
    ]
    delivered, last = run_tray(moments, last=last)
    assert delivered == [at("2026-11-26 18:00")]
    assert run_tray([at("2026-11-27 18:00")], last=last)[0] == [at("2026-11-27 18:00")]


def test_a_clock_that_had_run_far_ahead_does_not_silence_reminders_for_years():
    wrong = served("2031-05-01", "2031-05-01 18:00")  # delivered while the clock said 2031
    delivered, last = run_tray(
        every(at("2026-11-26 12:00"), at("2026-11-28 12:00"), dt.timedelta(minutes=30)),
        last=wrong,
    )
    assert delivered[0] == at("2026-11-26 12:00")  # once, at once
    assert delivered[1:] == [at("2026-11-27 18:00")]  # then the usual rhythm


@pytest.mark.parametrize("delivery", [dt.time(2, 30), dt.time(18, 0), dt.time(3, 0)])
def test_the_end_of_summer_time_never_repeats_a_digest(delivery):
    # Europe/Rome, 25 October 2026: 03:00 CEST becomes 02:00 CET; 02:00-03:00 happens twice.
    settings_ = ReminderSettings(time=delivery, quiet=None)
    instants = every(
        dt.datetime(2026, 10, 23, 22, tzinfo=dt.UTC),
        dt.datetime(2026, 10, 27, 22, tzinfo=dt.UTC),
        dt.timedelta(minutes=5),
    )
    moments = [i.astimezone(ROME) for i in instants]
    delivered, _ = run_tray(moments, settings_, served("2026-10-23", "2026-10-23 20:00"))
    days = [d.date() for d in delivered]
    assert days == [dt.date(2026, 10, d) for d in (24, 25, 26, 27)]
    assert all(d.replace(tzinfo=None).time() == delivery for d in delivered)


@pytest.mark.parametrize("delivery", [dt.time(2, 30), dt.time(18, 0), dt.time(2, 0)])
def test_the_start_of_summer_time_neither_skips_nor_repeats_a_digest(delivery):
    # Europe/Rome, 29 March 2026: 02:00 CET becomes 03:00 CEST; 02:00-03:00 never happens.
    settings_ = ReminderSettings(time=delivery, quiet=None)
    instants = every(
        dt.datetime(2026, 3, 27, 23, tzinfo=dt.UTC),
        dt.datetime(2026, 3, 31, 22, tzinfo=dt.UTC),
        dt.timedelta(minutes=5),
    )
    last = served("2026-03-27", "2026-03-27 20:00")
    delivered, _ = run_tray([i.astimezone(ROME) for i in instants], settings_, last)
    assert [d.date() for d in delivered] == [dt.date(2026, 3, d) for d in (28, 29, 30, 31)]
    skipped = next(d for d in delivered if d.date() == dt.date(2026, 3, 29))
    assert skipped.replace(tzinfo=None).time() == max(delivery, dt.time(3, 0))


def test_next_delivery_in_a_time_zone_counts_real_seconds_across_the_change():
    settings_ = ReminderSettings(time=dt.time(18), quiet=None)
    now = at("2026-10-24 18:30", ROME)  # CEST
    last = mark_delivered(Digest(now.date()), now, settings_)
    target = next_delivery(now, settings_, last)
    assert target == at("2026-10-25 18:00", ROME)
    assert target is not None and target.timestamp() - now.timestamp() == 24.5 * 3600  # 25 h day
    assert wait_before_next_check(now, settings_, last) == MAX_WAIT
    just_before = at("2026-10-25 17:58", ROME)
    assert wait_before_next_check(just_before, settings_, last) == dt.timedelta(minutes=2)


def test_a_pause_skips_the_digests_inside_it_and_until_resumed_means_none():
    last = served("2026-11-25", "2026-11-25 18:00")
    minutes = every(at("2026-11-26 00:00"), at("2026-11-30 23:59"), dt.timedelta(minutes=10))
    week_end = ReminderSettings(paused_until=at("2026-11-28 10:00"))
    delivered, _ = run_tray(minutes, week_end, last)
    assert delivered == [at("2026-11-28 18:00"), at("2026-11-29 18:00"), at("2026-11-30 18:00")]
    assert next_delivery(at("2026-11-26 12:00"), week_end, last) == at("2026-11-28 18:00")
    forever = ReminderSettings(paused_until=UNTIL_RESUMED)
    assert run_tray(minutes, forever, last)[0] == []
    assert next_delivery(at("2026-11-26 12:00"), forever, last) is None
    assert wait_before_next_check(at("2026-11-26 12:00"), forever, last) == MAX_WAIT


def test_the_first_check_ever_delivers_at_once_outside_quiet_hours():
    assert due_slot(at("2026-11-26 10:00"), EVENING, None) == dt.date(2026, 11, 25)
    assert due_slot(at("2026-11-26 23:00"), EVENING, None) is None
    assert next_delivery(at("2026-11-26 23:00"), EVENING, None) == at("2026-11-27 08:00")


moments_ = st.datetimes(min_value=dt.datetime(2026, 1, 1), max_value=dt.datetime(2027, 12, 31))
settings_strategy = st.builds(
    ReminderSettings,
    count=st.integers(1, 10),
    time=st.times(),
    quiet=st.none()
    | st.tuples(st.times(), st.times())
    .filter(lambda t: t[0] != t[1])
    .map(lambda t: QuietHours(*t)),
    paused_until=st.none() | moments_ | st.just(UNTIL_RESUMED),
)


@settings(max_examples=300)
@given(
    now=moments_,
    settings_=settings_strategy,
    last_at=st.none() | moments_,
    later=st.lists(st.floats(0, 1), max_size=5),
)
def test_next_delivery_agrees_with_due_slot(now, settings_, last_at, later):
    last = (
        None
        if last_at is None
        else mark_delivered(Digest(last_at.date()), last_at, dataclasses.replace(settings_))
    )
    target = next_delivery(now, settings_, last)
    due = due_slot(now, settings_, last) is not None
    assert due == (target == now)
    if target is None:
        assert not due
        return
    assert target >= now
    # Nothing is due before the target, and at the target something is.
    for share in later:
        moment_ = now + (target - now) * share
        if moment_ < target:
            assert due_slot(moment_, settings_, last) is None
    assert due_slot(target, settings_, last) is not None
