"""Reminders for one open garden: the daily digest and its schedule, reminder settings,
pauses, snoozes and things to share.

The engine itself is pure (`garden.domain.reminders`); this module feeds it from the store
and records what it delivered. Every change is one transaction and returns an undoable
`Change`. Delivering a digest is not a change a user makes, so it returns the digest.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Iterable
from typing import Any

from garden.domain.model import Person, Snooze, ThingToShare
from garden.domain.reminders import (
    DEFAULT_BIRTHDAY_LEAD,
    DEFAULT_COUNT,
    DEFAULT_QUIET,
    DEFAULT_TIME,
    MAX_BIRTHDAY_LEAD,
    MAX_COUNT,
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
    excerpt,
    mark_delivered,
    next_delivery,
    wait_before_next_check,
    wall,
)
from garden.i18n import _, ngettext
from garden.services.changes import Change, Records
from garden.services.garden import Garden, NotFoundError, ValidationError

#: Where each reminder setting lives in the `setting` table (JSON values).
COUNT_KEY = "reminders.count"
TIME_KEY = "reminders.time"  # "18:00"
QUIET_KEY = "reminders.quiet_hours"  # ["22:00", "08:00"], or [] for none
BIRTHDAY_LEAD_KEY = "reminders.birthday_lead_days"
PAUSED_KEY = "reminders.paused_until"  # ISO date-time, or "until-resumed"; absent: not paused
UNTIL_RESUMED_TEXT = "until-resumed"

#: Longest snooze or pause, in days (ten years, as for rests).
MAX_DAYS = 3660
#: Default length of a snooze, in days.
DEFAULT_SNOOZE_DAYS = 7
#: Longest thing to share: room for a link or a short recipe, not a document.
MAX_THING = 2000


# --- Reading what users type --------------------------------------------------------------


def parse_time_of_day(text: str) -> dt.time:
    """`18:00`, `7:30` or `18` as a time of day (minutes only)."""
    value = text.strip()
    try:
        if value.isdigit():
            return dt.time(int(value))
        hours, minutes = value.split(":")
        return dt.time(int(hours), int(minutes))
    except ValueError:
        raise ValidationError(
            "time", _("“{text}” is not a time of day; use HH:MM").format(text=text)
        ) from None


def parse_quiet_hours(text: str) -> QuietHours | None:
    """`22:00-08:00` as quiet hours, or `off` for none."""
    value = text.strip().lower()
    if value in ("off", "none", ""):
        return None
    start, sep, end = value.partition("-")
    if not sep:
        raise ValidationError(
            "quiet", _("“{text}” is not quiet hours; use HH:MM-HH:MM or off").format(text=text)
        )
    begins, ends = parse_time_of_day(start), parse_time_of_day(end)
    if begins == ends:
        raise ValidationError("quiet", _("Quiet hours must end at another time than they start"))
    return QuietHours(begins, ends)


def _clock_text(value: dt.time) -> str:
    return value.strftime("%H:%M")


def _time_setting(value: Any, default: dt.time) -> dt.time:
    try:
        return parse_time_of_day(str(value))
    except ValidationError:
        return default


def _int_setting(value: Any, default: int, low: int, high: int) -> int:
    return value if isinstance(value, int) and low <= value <= high else default


def _quiet_json(quiet: QuietHours | None) -> list[str]:
    return [] if quiet is None else [_clock_text(quiet.start), _clock_text(quiet.end)]


def _quiet_setting(value: Any) -> QuietHours | None:
    """Stored quiet hours; anything unreadable reads as the default ones, whole (one end
    read alone could fall on the digest's time and silence it)."""
    if value == []:
        return None
    try:
        start, end = value
        return QuietHours(parse_time_of_day(str(start)), parse_time_of_day(str(end)))
    except (TypeError, ValueError):  # ValidationError is a ValueError
        return DEFAULT_QUIET


def _paused_setting(value: Any) -> dt.datetime | None:
    if value == UNTIL_RESUMED_TEXT:
        return UNTIL_RESUMED
    try:
        return dt.datetime.fromisoformat(str(value)) if value is not None else None
    except ValueError:
        return None  # unreadable: better reminders than silence forever


def paused_json(value: dt.datetime | None) -> str | None:
    """A pause as it is stored and as `--json` shows it: an ISO date-time,
    "until-resumed", or None when reminders are not paused."""
    if value is None:
        return None
    return UNTIL_RESUMED_TEXT if value == UNTIL_RESUMED else value.isoformat(timespec="minutes")


def _clean_thing(text: str) -> str:
    value = str(text).replace("\r\n", "\n").replace("\r", "\n").strip()
    if not value:
        raise ValidationError("text", _("Write something to share"))
    if "\x00" in value:
        raise ValidationError("text", _("The text contains a NUL character"))
    if len(value) > MAX_THING:
        raise ValidationError(
            "text",
            _("That is too long to save (at most {limit} characters)").format(limit=MAX_THING),
        )
    return value


class Reminders:
    """The reminders of one open `Garden` (which holds the clock and the store)."""

    def __init__(self, garden: Garden) -> None:
        self.garden = garden
        self.repo = garden.repo

    def _now(self, now: dt.datetime | None) -> dt.datetime:
        return now if now is not None else self.garden.clock.now()

    # --- settings -------------------------------------------------------------------

    def settings(self) -> ReminderSettings:
        """The reminder settings; anything missing or unreadable reads as its default."""
        read = self.repo.setting
        return ReminderSettings(
            count=_int_setting(read(COUNT_KEY), DEFAULT_COUNT, 1, MAX_COUNT),
            time=_time_setting(read(TIME_KEY, _clock_text(DEFAULT_TIME)), DEFAULT_TIME),
            quiet=_quiet_setting(read(QUIET_KEY, _quiet_json(DEFAULT_QUIET))),
            birthday_lead_days=_int_setting(
                read(BIRTHDAY_LEAD_KEY), DEFAULT_BIRTHDAY_LEAD, 0, MAX_BIRTHDAY_LEAD
            ),
            paused_until=_paused_setting(read(PAUSED_KEY)),
        )

    def change_settings(self, settings: ReminderSettings) -> Change:
        """Store the count, delivery time, quiet hours and birthday lead of `settings`.

        The pause is left alone (see `pause` / `resume`), so a dialog that read the
        settings before the tray paused reminders does not undo the pause.
        """
        if not 1 <= settings.count <= MAX_COUNT:
            raise ValidationError(
                "count", _("A digest holds 1 to {limit} people").format(limit=MAX_COUNT)
            )
        if not 0 <= settings.birthday_lead_days <= MAX_BIRTHDAY_LEAD:
            raise ValidationError(
                "birthday_lead_days",
                _("Birthdays can be mentioned 0 to {limit} days ahead").format(
                    limit=MAX_BIRTHDAY_LEAD
                ),
            )
        values = {
            COUNT_KEY: settings.count,
            TIME_KEY: _clock_text(settings.time),
            QUIET_KEY: _quiet_json(settings.quiet),
            BIRTHDAY_LEAD_KEY: settings.birthday_lead_days,
        }
        current = {key: self.repo.setting(key) for key in values}
        if current == values:
            return Change(_("Nothing to change"), Records(), Records())
        return self.garden.set_settings(values, _("Changed reminder settings"))

    def pause(
        self,
        *,
        days: int | None = None,
        until: dt.date | None = None,
        now: dt.datetime | None = None,
    ) -> Change:
        """Pause all reminders for `days` (from now), until the day `until` (they are back
        that day), or, with neither, until `resume`. Digests due meanwhile are skipped."""
        at = wall(self._now(now))
        if days is not None and until is not None:
            raise ValidationError("pause", _("Pause for some days or until a date, not both"))
        if days is not None:
            if not 1 <= days <= MAX_DAYS:
                raise ValidationError(
                    "days", _("Pause for 1 to {limit} days").format(limit=MAX_DAYS)
                )
            paused_until = at + dt.timedelta(days=days)
            summary = _("Paused reminders until {moment}").format(
                moment=f"{paused_until:%Y-%m-%d %H:%M}"
            )
        elif until is not None:
            self._check_future_day(until, "until")
            paused_until = dt.datetime.combine(until, dt.time())
            summary = _("Paused reminders until {moment}").format(moment=until.isoformat())
        else:
            paused_until = UNTIL_RESUMED
            summary = _("Paused reminders")
        return self.garden.set_settings({PAUSED_KEY: paused_json(paused_until)}, summary)

    def resume(self, now: dt.datetime | None = None) -> Change:
        """Reminders are back on (a digest that is due comes at once)."""
        if not self.settings().paused_at(self._now(now)):
            return Change(_("Nothing to change"), Records(), Records())
        return self.garden.set_settings({PAUSED_KEY: None}, _("Reminders are back on"))

    def _check_future_day(self, day: dt.date, field: str) -> None:
        today = self.garden.today()
        if day <= today:
            raise ValidationError(
                field,
                _("{date} has come already; pick a later day").format(date=day.isoformat()),
            )
        if (day - today).days > MAX_DAYS:
            raise ValidationError(field, _("{date} is too far ahead").format(date=day.isoformat()))

    # --- snoozes --------------------------------------------------------------------

    def _active_person(self, person_id: int) -> Person:
        person = self.garden.person(person_id)
        if person.archived:
            raise ValidationError("person", _("{name} is archived").format(name=person.name))
        return person

    def snooze(
        self, person_id: int, *, days: int | None = None, until: dt.date | None = None
    ) -> Change:
        """No reminders about one person for `days` (default a week) or until the day
        `until`, when they are back in reminders."""
        person = self._active_person(person_id)
        today = self.garden.today()
        if days is not None and until is not None:
            raise ValidationError("snooze", _("Snooze for some days or until a date, not both"))
        if until is None:
            days = DEFAULT_SNOOZE_DAYS if days is None else days
            if not 1 <= days <= MAX_DAYS:
                raise ValidationError(
                    "days", _("Snooze for 1 to {limit} days").format(limit=MAX_DAYS)
                )
            until = today + dt.timedelta(days=days)
        self._check_future_day(until, "until")
        before = self.repo.snooze(person_id)
        after = Snooze(person_id, until)
        if before == after:
            return Change(_("Nothing to change"), Records(), Records())
        with self.repo.transaction():
            self.repo.put_snooze(after)
        return self.garden.after_change(
            Change(
                _("Snoozed {name} until {isoformat}").format(
                    name=person.name, isoformat=until.isoformat()
                ),
                Records(snoozes={person_id: before}),
                Records(snoozes={person_id: after}),
            )
        )

    def unsnooze(self, person_id: int) -> Change:
        """Bring someone back into reminders before their snooze ends."""
        person = self.garden.person(person_id)
        before = self.repo.snooze(person_id)
        if before is None or not before.covers(self.garden.today()):
            return Change(_("Nothing to change"), Records(), Records())
        with self.repo.transaction():
            self.repo.delete_snooze(person_id)
        return self.garden.after_change(
            Change(
                _("{name} is back in your reminders").format(name=person.name),
                Records(snoozes={person_id: before}),
                Records(snoozes={person_id: None}),
            )
        )

    def snoozed_until(self, person_id: int) -> dt.date | None:
        """The day someone is back in reminders, or None when they are not snoozed."""
        found = self.repo.snooze(person_id)
        return found.until if found is not None and found.covers(self.garden.today()) else None

    def snoozes(self) -> dict[int, dt.date]:
        """Everyone snoozed today: person id → the day they are back."""
        today = self.garden.today()
        return {s.person_id: s.until for s in self.repo.snoozes() if s.covers(today)}

    # --- things to share ------------------------------------------------------------

    def things_to_share(
        self, person_id: int, *, include_shared: bool = False
    ) -> list[ThingToShare]:
        """The things saved for one person, oldest first (not yet shared, unless asked)."""
        return self.repo.things_to_share(person_id, include_shared=include_shared)

    def thing_to_share(self, thing_id: int) -> ThingToShare:
        found = self.repo.thing_to_share(thing_id)
        if found is None:
            raise NotFoundError(
                _("No thing to share #{thing_id} in this garden").format(thing_id=thing_id)
            )
        return found

    def save_thing(self, person_id: int, text: str) -> Change:
        """Save something to share with someone: a song, a recipe, a link."""
        person = self._active_person(person_id)
        thing = ThingToShare(0, person_id, _clean_thing(text), self.garden.clock.now())
        with self.repo.transaction():
            tid = self.repo.put_thing_to_share(thing)
        saved = dataclasses.replace(thing, id=tid)
        return self.garden.after_change(
            Change(
                _("Saved “{excerpt}” for {name}").format(
                    excerpt=excerpt(saved.text, 40), name=person.name
                ),
                Records(things={tid: None}),
                Records(things={tid: saved}),
            )
        )

    def edit_thing(self, thing_id: int, text: str) -> Change:
        before = self.thing_to_share(thing_id)
        after = dataclasses.replace(before, text=_clean_thing(text))
        if after == before:
            return Change(_("Nothing to change"), Records(), Records())
        return self._write_things(
            {thing_id: before}, {thing_id: after}, _("Edited a thing to share")
        )

    def delete_thing(self, thing_id: int) -> Change:
        before = self.thing_to_share(thing_id)
        return self._write_things(
            {thing_id: before}, {thing_id: None}, _("Removed a thing to share")
        )

    def mark_shared(self, thing_ids: Iterable[int]) -> Change:
        """Tick things off as shared (now). Ones already shared are left as they are.

        To tick them off with the moment you shared them, pass `shared_things` to
        `Garden.log_interaction` instead: one change, undone together.
        """
        now = self.garden.clock.now()
        before = {tid: self.thing_to_share(tid) for tid in dict.fromkeys(thing_ids)}
        before = {tid: t for tid, t in before.items() if not t.shared}
        if not before:
            return Change(_("Nothing to change"), Records(), Records())
        after: dict[int, ThingToShare | None] = {
            tid: dataclasses.replace(t, shared_at=now) for tid, t in before.items()
        }
        count = len(before)
        if count == 1:
            summary = _("Shared “{excerpt}”").format(
                excerpt=excerpt(next(iter(before.values())).text, 40)
            )
        else:
            summary = ngettext("Shared {count} thing", "Shared {count} things", count).format(
                count=count
            )
        return self._write_things(dict(before), after, summary)

    def mark_not_shared(self, thing_id: int) -> Change:
        """Put a thing ticked off by mistake back on the list."""
        before = self.thing_to_share(thing_id)
        if not before.shared:
            return Change(_("Nothing to change"), Records(), Records())
        after = dataclasses.replace(before, shared_at=None)
        return self._write_things({thing_id: before}, {thing_id: after}, _("Back on the list"))

    def _write_things(
        self,
        before: dict[int, ThingToShare | None],
        after: dict[int, ThingToShare | None],
        summary: str,
    ) -> Change:
        with self.repo.transaction():
            for tid, thing in after.items():
                if thing is None:
                    self.repo.delete_thing_to_share(tid)
                else:
                    self.repo.put_thing_to_share(thing)
        return self.garden.after_change(
            Change(summary, Records(things=before), Records(things=after))
        )

    # --- the digest -----------------------------------------------------------------

    def _garden_today(self, as_of: dt.date) -> GardenToday:
        states = self.garden.states(as_of)
        people = self.garden.model().people
        return GardenToday(
            as_of=as_of,
            people={pid: people[pid] for pid in states},
            states=states,
            snoozes={s.person_id: s.until for s in self.repo.snoozes()},
        )

    def _conversation(self, as_of: dt.date) -> Callable[[int], Conversation]:
        def conversation(person_id: int) -> Conversation:
            last = self.repo.latest_interactions([person_id], as_of).get(person_id)
            noted = self.repo.latest_interactions([person_id], as_of, with_note=True)
            note = noted.get(person_id)
            things = tuple(
                t
                for t in self.repo.things_to_share(person_id, include_shared=True)
                if t.created.date() <= as_of and (t.shared_at is None or t.shared_at.date() > as_of)
            )
            return Conversation(
                last_topics=last.topics if last is not None else (),
                last_note=note.note if note is not None else "",
                last_note_on=note.on if note is not None else None,
                things=things,
            )

        return conversation

    def today(self, as_of: dt.date | None = None) -> Digest:
        """The digest for a day (default today), without marking anything delivered.

        Once that day's digest was delivered, this is the same people, less anyone who no
        longer needs a message; before, it is the digest the day would bring. Pauses and
        quiet hours only hold back notifications: this list is always there to look at.
        """
        day = as_of or self.garden.today()
        delivered = self.repo.digest_shown_on(day)
        shown = AlreadyShown(
            today=delivered.thirsty if delivered is not None else None,
            last_shown=self.repo.last_shown_before(day),
        )
        return compose_digest(
            self._garden_today(day), self.settings(), shown, self._conversation(day)
        )

    def everyone_due(self, as_of: dt.date | None = None) -> list[Reminder]:
        """Everyone who could use a message on a day (default today), thirstiest first:
        not only the few a digest holds. The same people are left out as from digests."""
        day = as_of or self.garden.today()
        talk = self._conversation(day)
        return [
            Reminder(person, state, Reason.THIRST, talk(person.id))
            for person, state in could_use_a_message(self._garden_today(day))
        ]

    def last_delivered(self) -> DeliveredDigest | None:
        """The last digest delivered (the engine's state)."""
        return self.repo.last_digest()

    def due_digest(self, now: dt.datetime | None = None) -> Digest | None:
        """The digest that is due at `now`, or None; marks nothing (see `deliver_due_digest`)."""
        at = self._now(now)
        if due_slot(at, self.settings(), self.repo.last_digest()) is None:
            return None
        return self.today(wall(at).date())

    def deliver_due_digest(self, now: dt.datetime | None = None) -> Digest | None:
        """The digest to show now, recorded as delivered in the same transaction, or None
        when none is due. It may be empty: show nothing then (the day's slot is spent)."""
        at = self._now(now)
        settings = self.settings()
        if due_slot(at, settings, self.repo.last_digest()) is None:
            return None  # the common case, answered without taking the write lock
        self.garden.model()  # built before the lock, which is then held for milliseconds
        with self.repo.transaction():
            # Again under the lock: another process may have delivered it meanwhile.
            if due_slot(at, settings, self.repo.last_digest()) is None:
                return None
            digest = self.today(wall(at).date())
            self.repo.put_digest(mark_delivered(digest, at, settings))
        return digest

    def next_delivery(self, now: dt.datetime | None = None) -> dt.datetime | None:
        """When the next digest is due (now, if one is); None while paused until resumed."""
        return next_delivery(self._now(now), self.settings(), self.repo.last_digest())

    def wait_before_next_check(self, now: dt.datetime | None = None) -> dt.timedelta:
        """How long a timer should wait before calling `deliver_due_digest` again."""
        return wait_before_next_check(self._now(now), self.settings(), self.repo.last_digest())
