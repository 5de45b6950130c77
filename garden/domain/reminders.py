"""Reminders: one gentle digest a day, never a flood.

Pure functions over plain data; the time always comes in as an argument (`now`), so a
fake clock can drive everything. Two questions:

**Who** (`compose_digest`). From the garden as of a day (every plant's `PlantState`),
the settings and what earlier digests showed: at most `count` people, the thirstiest
first weighted by circle, and upcoming birthdays, which always come first and are never
cut. Never anyone logged within their cadence, snoozed, resting, archived or in the
meadow. When more people could use a message than a digest holds, someone shown
recently yields to the others, so twenty people who all became thirsty on the same day
are reached a few a day, every one of them within `ceil(20 / count)` days.

**When** (`due_slot`, `next_delivery`, `mark_delivered`). Every day has one delivery
*slot*: the day at the delivery time, or at the end of the quiet hours when the delivery
time falls inside them. The state is the last digest delivered (`DeliveredDigest`): the
slot it served and the last slot it counts for. A digest is due when the latest slot
that has begun is newer than that, reminders are not paused and it is not quiet hours.

- A slot missed while the computer slept is served once, at wake or start; older missed
  slots are not piled up behind it.
- A digest also counts for every slot that begins less than `MIN_GAP` after it was shown
  or on the same day, so a digest caught up in the morning is not followed by another in
  the evening: two digests are at least twenty hours apart, on different days.
- Slots are whole days of the wall clock, so a clock moving backwards, or the hour that
  repeats when summer time ends, finds its slot already served; a delivery time skipped
  by the spring jump is served as soon as the clock has passed it.
- A pause skips the slots that begin inside it: they are not caught up afterwards.
- A last digest more than `CLOCK_SET_BACK_DAYS` in the future means a clock that had run
  far ahead was corrected; the schedule starts again from the corrected date instead of
  staying silent until that future day.

Aware datetimes (with a `ZoneInfo`) and naive local ones both work: only the reading of
the wall clock matters, and `next_delivery` returns a moment in the zone it was given.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from garden.domain.digest_log import DeliveredDigest as DeliveredDigest
from garden.domain.digest_log import Reason as Reason
from garden.domain.growth import PlantState
from garden.domain.model import Circle, Person, ThingToShare
from garden.domain.names import name_key
from garden.i18n import _, ngettext

# --- Parameters -------------------------------------------------------------------------

#: People in a digest (birthdays may add more) and the range a user may choose.
DEFAULT_COUNT = 3
MAX_COUNT = 10
#: When the digest arrives, on the wall clock.
DEFAULT_TIME = dt.time(18, 0)
#: How many days ahead a birthday is mentioned, and the most a user may choose.
DEFAULT_BIRTHDAY_LEAD = 3
MAX_BIRTHDAY_LEAD = 30
#: `paused_until` for a pause that lasts until the user resumes.
UNTIL_RESUMED = dt.datetime.max
#: Two digests are never closer than this (nor on one day): a late one covers the next slot.
MIN_GAP = dt.timedelta(hours=20)
#: The longest a timer should sleep before asking again. Timers may not count the time the
#: computer slept, the wall clock may jump, and another process may change the settings.
MAX_WAIT = dt.timedelta(minutes=5)
#: A last digest further ahead of the clock than this is taken as a clock that had run ahead.
CLOCK_SET_BACK_DAYS = 7
#: How much each circle's thirst counts when choosing (the heart first).
CIRCLE_WEIGHT: Mapping[Circle, float] = {Circle.HEART: 3.0, Circle.CLOSE: 2.0, Circle.FRIENDS: 1.0}
#: Longest excerpt of a note or a saved thing in a reminder's sentence.
EXCERPT_LENGTH = 60


# --- Settings ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class QuietHours:
    """A stretch of the day without notifications; it may cross midnight (22:00–08:00)."""

    start: dt.time
    end: dt.time

    def __post_init__(self) -> None:
        if self.start == self.end:
            raise ValueError(_("quiet hours must end at another time than they start"))

    def covers(self, moment: dt.time) -> bool:
        """True when `moment` is quiet (the start is quiet, the end is not)."""
        if self.start < self.end:
            return self.start <= moment < self.end
        return moment >= self.start or moment < self.end

    def end_after(self, moment: dt.datetime) -> dt.datetime:
        """When the quiet hours that `moment` falls in are over."""
        end = dt.datetime.combine(moment.date(), self.end)
        return end if end > moment else end + dt.timedelta(days=1)


DEFAULT_QUIET = QuietHours(dt.time(22, 0), dt.time(8, 0))


@dataclass(frozen=True, slots=True)
class ReminderSettings:
    """How reminders arrive. `paused_until` is a wall-clock moment, `UNTIL_RESUMED`, or None."""

    count: int = DEFAULT_COUNT
    time: dt.time = DEFAULT_TIME
    quiet: QuietHours | None = DEFAULT_QUIET
    birthday_lead_days: int = DEFAULT_BIRTHDAY_LEAD
    paused_until: dt.datetime | None = None

    def paused_at(self, now: dt.datetime) -> bool:
        """True when reminders are paused at `now`."""
        return self.paused_until is not None and wall(now) < self.paused_until

    def quiet_at(self, now: dt.datetime) -> bool:
        """True when `now` falls in the quiet hours."""
        return self.quiet is not None and self.quiet.covers(wall(now).time())


# --- What the engine remembers ----------------------------------------------------------


@dataclass(frozen=True, slots=True)
class AlreadyShown:
    """What earlier digests showed, as seen from one day.

    `today` holds the people (shown for thirst) of the digest already delivered that day,
    or None when none was; `last_shown` the last day before that each person was shown.
    """

    today: tuple[int, ...] | None = None
    last_shown: Mapping[int, dt.date] = field(default_factory=dict)


# --- The garden as the reminders see it --------------------------------------------------


@dataclass(frozen=True, slots=True)
class GardenToday:
    """The garden at the end of `as_of`: the people, their plants and who is snoozed.

    `states` holds the plants that exist that day (from `GardenModel.states`); `snoozes`
    maps a person to the day they are back in reminders.
    """

    as_of: dt.date
    people: Mapping[int, Person]
    states: Mapping[int, PlantState]
    snoozes: Mapping[int, dt.date] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Conversation:
    """Something to talk about with one person.

    `last_topics` are the topics of the last moment together; `last_note` is the latest
    note written (from the moment on `last_note_on`); `things` are the things saved to
    share and not shared yet, oldest first.
    """

    last_topics: tuple[str, ...] = ()
    last_note: str = ""
    last_note_on: dt.date | None = None
    things: tuple[ThingToShare, ...] = ()


def _no_conversation(person_id: int) -> Conversation:
    return Conversation()


def excerpt(text: str, limit: int = EXCERPT_LENGTH) -> str:
    """The first line of `text` that has something in it, cut to `limit` characters."""
    line = next((ln.strip() for ln in text.splitlines() if ln.strip()), "")
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"


def _quoted(text: str) -> str:
    """An excerpt to quote inside a sentence: its own full stop would double the sentence's."""
    return excerpt(text).rstrip(". ") or excerpt(text)


def _and(items: tuple[str, ...]) -> str:
    if len(items) == 1:
        return items[0]
    return _("{first} and {second}").format(first=items[0], second=items[1])


@dataclass(frozen=True, slots=True)
class Reminder:
    """One person in a digest, with why and with something to talk about."""

    person: Person
    state: PlantState
    reason: Reason
    conversation: Conversation = field(default_factory=Conversation)
    birthday_on: dt.date | None = None

    @property
    def first_name(self) -> str:
        return self.person.nickname or self.person.name

    @property
    def topics(self) -> tuple[str, ...]:
        """Shared topics: those of the last moment together first, then the person's."""
        seen: dict[str, str] = {}
        for topic in (*self.conversation.last_topics, *self.person.topics):
            seen.setdefault(name_key(topic), topic)
        return tuple(seen.values())

    @property
    def note_excerpt(self) -> str | None:
        """The start of the latest note, or None when there is none."""
        return excerpt(self.conversation.last_note) or None

    @property
    def things_to_share(self) -> tuple[ThingToShare, ...]:
        return self.conversation.things

    @property
    def starter(self) -> str | None:
        """A short clause with something to talk about, or None when there is nothing.

        A thing saved to share comes first (it was saved for exactly this), then what you
        talked about last time, then the latest note, then the topics you share.
        """
        talk = self.conversation
        if talk.things:
            return _("you saved “{thing}” to share").format(thing=_quoted(talk.things[0].text))
        if talk.last_topics:
            return _("last time you talked about {topics}").format(
                topics=_and(talk.last_topics[:2])
            )
        note = self.note_excerpt
        if note:
            if talk.last_note_on is not None and talk.last_note_on == self.state.last_interaction:
                return _("last time: {note}").format(note=note)
            return _("you noted “{note}”").format(note=_quoted(note))
        if self.person.topics:
            return _("you both like {topics}").format(topics=_and(self.person.topics[:2]))
        return None

    @property
    def sentence(self) -> str:
        """The reminder as the app says it, e.g. "Giulia might enjoy hearing from you —
        last time you talked about Lisbon." Warm, brief, never a reproach."""
        name = self.first_name
        if self.reason is Reason.BIRTHDAY and self.birthday_on is not None:
            days = (self.birthday_on - self.state.as_of).days
            if days == 0:
                head = _("It's {name}'s birthday today").format(name=name)
            elif days == 1:
                head = _("{name}'s birthday is tomorrow").format(name=name)
            else:
                head = ngettext(
                    "{name}'s birthday is in {days} day",
                    "{name}'s birthday is in {days} days",
                    days,
                ).format(name=name, days=days)
        else:
            head = _("{name} might enjoy hearing from you").format(name=name)
        starter = self.starter
        text = _("{head} — {starter}").format(head=head, starter=starter) if starter else head
        return text.rstrip(" .") + "."


@dataclass(frozen=True, slots=True)
class Digest:
    """The day's reminders: birthdays first, then the people chosen for thirst."""

    as_of: dt.date
    reminders: tuple[Reminder, ...] = ()

    @property
    def empty(self) -> bool:
        return not self.reminders

    @property
    def people(self) -> tuple[int, ...]:
        return tuple(r.person.id for r in self.reminders)

    @property
    def title(self) -> str:
        """ "3 people could use a message", or a calm word when nobody needs one."""
        count = len(self.reminders)
        if count == 0:
            return _("Everyone is doing fine")
        return ngettext(
            "{count} person could use a message", "{count} people could use a message", count
        ).format(count=count)


# --- Who --------------------------------------------------------------------------------


def thirst(person: Person, state: PlantState) -> float:
    """How much a plant could use some water, weighted by circle (0 for the meadow)."""
    return (1.0 - state.health) * CIRCLE_WEIGHT.get(person.circle, 0.0)


def _may_remind(garden: GardenToday, person: Person, state: PlantState) -> bool:
    """Everyone the reminders may mention at all: not meadow, archived, resting or snoozed."""
    if person.circle is Circle.MEADOW or state.resting:
        return False
    if person.archived_at is not None and person.archived_at.date() <= garden.as_of:
        return False
    back = garden.snoozes.get(person.id)
    return back is None or back <= garden.as_of


def could_use_a_message(garden: GardenToday) -> list[tuple[Person, PlantState]]:
    """Everyone whose next contact date has come, the thirstiest first (weighted by circle).

    Anyone logged within their cadence has a next contact date still ahead, so logging an
    interaction takes that person out at once.
    """
    found = [
        (person, state)
        for pid, state in garden.states.items()
        if (person := garden.people.get(pid)) is not None
        and _may_remind(garden, person, state)
        and state.next_due is not None
        and state.next_due <= garden.as_of
    ]
    found.sort(key=lambda ps: (-thirst(*ps), name_key(ps[0].name), ps[0].id))
    return found


def upcoming_birthdays(
    garden: GardenToday, lead_days: int
) -> list[tuple[Person, PlantState, dt.date]]:
    """Birthdays from `as_of` to `lead_days` later, soonest first, with their dates.

    Someone you were in touch with since the birthday came into view (`lead_days` before
    it) is left out: you already said hello.
    """
    found: list[tuple[Person, PlantState, dt.date]] = []
    for pid, state in garden.states.items():
        person = garden.people.get(pid)
        if person is None or person.birthday is None or not _may_remind(garden, person, state):
            continue
        on = person.birthday.next_on_or_after(garden.as_of)
        if (on - garden.as_of).days > lead_days:
            continue
        in_view = on - dt.timedelta(days=lead_days)
        if state.last_interaction is not None and state.last_interaction >= in_view:
            continue
        found.append((person, state, on))
    found.sort(key=lambda item: (item[2], name_key(item[0].name), item[0].id))
    return found


def _rotate(
    candidates: list[tuple[Person, PlantState]],
    last_shown: Mapping[int, dt.date],
    as_of: dt.date,
    room: int,
) -> list[tuple[Person, PlantState]]:
    """Choose `room` of the candidates (thirstiest first), letting the recently shown yield.

    With E candidates and room for k a day, "recently" means within the last ceil(E / k)
    days: everyone not shown in that window comes before everyone who was, so all E are
    reached within that many days, and someone very thirsty is not shown every day while
    others wait.
    """
    if room <= 0:
        return []
    if len(candidates) <= room:
        return candidates
    window = math.ceil(len(candidates) / room)

    def key(item: tuple[Person, PlantState]) -> tuple[int, int, float, str, int]:
        person, state = item
        shown = last_shown.get(person.id)
        days_ago = (as_of - shown).days if shown is not None else None
        if days_ago is not None and 0 < days_ago < window:
            # Recently shown: after everyone else, the longest ago first.
            return (1, -days_ago, -thirst(person, state), name_key(person.name), person.id)
        return (0, 0, -thirst(person, state), name_key(person.name), person.id)

    chosen = sorted(candidates, key=key)[:room]
    chosen.sort(key=lambda ps: (-thirst(*ps), name_key(ps[0].name), ps[0].id))
    return chosen


def compose_digest(
    garden: GardenToday,
    settings: ReminderSettings,
    shown: AlreadyShown | None = None,
    conversation: Callable[[int], Conversation] = _no_conversation,
) -> Digest:
    """The digest for `garden.as_of`: birthdays, then up to `settings.count` people in all.

    When that day's digest was already delivered (`shown.today`), it keeps the same people,
    less anyone who no longer needs a message (logged since, snoozed...): nobody steps in
    to replace them, so logging never feels like a treadmill. `conversation` gives the
    starter material, and is asked only about the people chosen.
    """
    shown = shown or AlreadyShown()
    birthdays = upcoming_birthdays(garden, settings.birthday_lead_days)
    birthday_ids = {person.id for person, _state, _on in birthdays}
    thirsty = [ps for ps in could_use_a_message(garden) if ps[0].id not in birthday_ids]
    if shown.today is not None:
        by_id = {person.id: (person, state) for person, state in thirsty}
        picks = [by_id[pid] for pid in shown.today if pid in by_id]
    else:
        picks = _rotate(thirsty, shown.last_shown, garden.as_of, settings.count - len(birthdays))
    reminders = [
        Reminder(person, state, Reason.BIRTHDAY, conversation(person.id), on)
        for person, state, on in birthdays
    ]
    reminders += [
        Reminder(person, state, Reason.THIRST, conversation(person.id)) for person, state in picks
    ]
    return Digest(garden.as_of, tuple(reminders))


# --- When -------------------------------------------------------------------------------


def wall(moment: dt.datetime) -> dt.datetime:
    """The reading of the wall clock at `moment` (an aware moment loses its zone)."""
    return moment.replace(tzinfo=None, fold=0)


def delivery_moment(day: dt.date, settings: ReminderSettings) -> dt.datetime:
    """When the slot of `day` begins: the delivery time, or the end of quiet hours."""
    moment = dt.datetime.combine(day, settings.time)
    if settings.quiet is not None and settings.quiet.covers(settings.time):
        moment = settings.quiet.end_after(moment)
    return moment


def _latest_slot(moment: dt.datetime, settings: ReminderSettings, *, strictly: bool) -> dt.date:
    """The last day whose slot began at or before `moment` (strictly before, if asked).

    A slot begins less than two days after its date's midnight (the delivery time, put off
    by less than a day of quiet hours), so the slot of two days back has always begun
    before `moment`'s day did.
    """
    day = moment.date()
    for back in range(2):
        candidate = day - dt.timedelta(days=back)
        begins = delivery_moment(candidate, settings)
        if begins < moment or (begins == moment and not strictly):
            return candidate
    return day - dt.timedelta(days=2)


def _served_through(
    now: dt.datetime, settings: ReminderSettings, last: DeliveredDigest | None
) -> dt.date:
    """The last slot that needs no digest any more at wall time `now`."""
    served = dt.date.min
    if last is not None and last.through <= now.date() + dt.timedelta(days=CLOCK_SET_BACK_DAYS):
        served = last.through
    pause = settings.paused_until
    if pause is not None and pause != UNTIL_RESUMED:
        # Slots that began inside the pause are skipped, not caught up when it ends.
        served = max(served, _latest_slot(pause, settings, strictly=True))
    return served


def due_slot(
    now: dt.datetime, settings: ReminderSettings, last: DeliveredDigest | None
) -> dt.date | None:
    """The slot whose digest is due at `now`, or None when no digest is due."""
    at = wall(now)
    if settings.paused_at(at) or settings.quiet_at(at):
        return None
    slot = _latest_slot(at, settings, strictly=False)
    return slot if slot > _served_through(at, settings, last) else None


def next_delivery(
    now: dt.datetime, settings: ReminderSettings, last: DeliveredDigest | None
) -> dt.datetime | None:
    """When the next digest is due: `now` itself when one is due already, None while
    reminders are paused until resumed. In `now`'s time zone when it has one."""
    if settings.paused_until == UNTIL_RESUMED:
        return None
    if due_slot(now, settings, last) is not None:
        return now
    moment = wall(now)
    # Each step finds the next moment a digest could become due; a later moment can only
    # find more slots served (the clock catching up with a last digest dated ahead of it),
    # so a few steps always land on the first moment one really is due.
    for _step in range(4):
        served = _served_through(moment, settings, last)
        if _latest_slot(moment, settings, strictly=False) > served and settings.quiet:
            # A slot is waiting and only the quiet hours hold it back (a pause that is on
            # now has its slots inside `served`).
            moment = settings.quiet.end_after(moment)
        else:
            # The next slot; slots never begin in quiet hours, nor inside a pause.
            moment = delivery_moment(served + dt.timedelta(days=1), settings)
        if due_slot(moment, settings, last) is not None:
            break
    return moment if now.tzinfo is None else moment.replace(tzinfo=now.tzinfo)


def wait_before_next_check(
    now: dt.datetime, settings: ReminderSettings, last: DeliveredDigest | None
) -> dt.timedelta:
    """How long a timer should wait before asking again: until the next delivery, but
    never more than `MAX_WAIT` (zero when a digest is due now)."""
    target = next_delivery(now, settings, last)
    if target is None:
        return MAX_WAIT
    if now.tzinfo is not None:
        # Real seconds, across a change of summer time.
        wait = dt.timedelta(seconds=target.timestamp() - now.timestamp())
    else:
        wait = target - now
    return max(dt.timedelta(0), min(MAX_WAIT, wait))


def due_digest(
    now: dt.datetime,
    garden: GardenToday,
    settings: ReminderSettings,
    last: DeliveredDigest | None,
    shown: AlreadyShown | None = None,
    conversation: Callable[[int], Conversation] = _no_conversation,
) -> Digest | None:
    """The digest to deliver at `now`, or None when none is due.

    `garden` is the garden as of the wall-clock date of `now`. An empty digest may be due:
    nothing is shown then, but it is still marked delivered, so the slot is spent.
    """
    if due_slot(now, settings, last) is None:
        return None
    return compose_digest(garden, settings, shown, conversation)


def mark_delivered(digest: Digest, now: dt.datetime, settings: ReminderSettings) -> DeliveredDigest:
    """What to remember once `digest` was shown at `now` (persist it; it is the new `last`)."""
    at = wall(now)
    slot = _latest_slot(at, settings, strictly=False)
    through = slot
    while True:
        following = delivery_moment(through + dt.timedelta(days=1), settings)
        if following >= at + MIN_GAP and following.date() != at.date():
            break
        through += dt.timedelta(days=1)
    return DeliveredDigest(
        slot=slot,
        through=through,
        at=at,
        shown=tuple((r.person.id, r.reason) for r in digest.reminders),
    )
