"""`garden snooze`, `garden share`, `garden pause`, `garden reminders`, and how `garden due`
shows a digest."""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from garden.cli.base import UsageError, add_json_flag, open_garden
from garden.cli.text import person_json, print_json, state_json
from garden.domain.dates import parse_day
from garden.domain.model import ThingToShare
from garden.domain.reminders import UNTIL_RESUMED, Digest, Reminder, ReminderSettings, excerpt
from garden.domain.words import when
from garden.i18n import _, ngettext

if TYPE_CHECKING:
    from garden.services.garden import Garden

# The services (and the store, and peewee) load when a command runs, not for --help.


def register(commands: Any) -> None:
    snooze = commands.add_parser(
        "snooze",
        help=_("no reminders about someone for a while"),
        description=_("No reminders about someone for a while (a week unless you say)."),
    )
    snooze.add_argument("name", help=_("full name, nickname, a prefix, or #id"))
    how_long = snooze.add_mutually_exclusive_group()
    how_long.add_argument("--days", type=int, metavar="N", help=_("for N days (default: 7)"))
    how_long.add_argument("--until", metavar="DATE", help=_("until DATE, when they are back"))
    how_long.add_argument("--off", action="store_true", help=_("back in reminders now"))
    snooze.set_defaults(handler=run_snooze)

    share = commands.add_parser(
        "share",
        help=_("save something to share with someone"),
        description=_(
            "Save something to share with someone — a song, a recipe, a link — "
            "for their next reminder. Without TEXT, lists what is saved."
        ),
    )
    share.add_argument("name", help=_("full name, nickname, a prefix, or #id"))
    share.add_argument("text", nargs="?", help=_("what to share"))
    share.add_argument(
        "--done",
        type=int,
        action="append",
        default=[],
        metavar="ID",
        help=_("tick off a saved thing as shared (repeatable)"),
    )
    add_json_flag(share)
    share.set_defaults(handler=run_share)

    pause = commands.add_parser(
        "pause",
        help=_("pause all reminders"),
        description=_(
            "Pause all reminders: for some days, until a date, or until "
            "you turn them back on with --off. Digests due meanwhile are skipped."
        ),
    )
    how_long = pause.add_mutually_exclusive_group()
    how_long.add_argument("--days", type=int, metavar="N", help=_("for N days from now"))
    how_long.add_argument("--until", metavar="DATE", help=_("until DATE, when they are back"))
    how_long.add_argument("--off", action="store_true", help=_("reminders back on now"))
    pause.set_defaults(handler=run_pause)

    settings = commands.add_parser(
        "reminders",
        help=_("how reminders arrive"),
        description=_("Show how reminders arrive, or change it."),
    )
    settings.add_argument("--count", type=int, metavar="N", help=_("people in a digest (1-10)"))
    settings.add_argument("--time", metavar="HH:MM", help=_("when the digest arrives"))
    settings.add_argument(
        "--quiet", metavar="HH:MM-HH:MM", help=_("quiet hours, or off (default: 22:00-08:00)")
    )
    settings.add_argument(
        "--birthday-lead", type=int, metavar="DAYS", help=_("mention birthdays DAYS ahead (0-30)")
    )
    add_json_flag(settings)
    settings.set_defaults(handler=run_reminders)


# --- due --------------------------------------------------------------------------------


def reminder_json(reminder: Reminder) -> dict[str, Any]:
    """A person in a digest, for `garden due --json`."""
    return {
        **person_json(reminder.person),
        "state": state_json(reminder.state),
        "starter": reminder.starter,
        "reason": reminder.reason.value,
        "birthday_on": reminder.birthday_on.isoformat() if reminder.birthday_on else None,
        "sentence": reminder.sentence,
        "shared_topics": list(reminder.topics),
        "last_note": reminder.note_excerpt,
        "things_to_share": things_json(reminder.things_to_share),
    }


def things_json(things: Iterable[ThingToShare]) -> list[dict[str, Any]]:
    """Things saved to share, for `--json` (in a digest and from `garden share`)."""
    return [{"id": t.id, "text": t.text, "created": t.created.isoformat()} for t in things]


def _paused_text(until: dt.datetime) -> str:
    if until == UNTIL_RESUMED:
        return _("Reminders are paused until you turn them back on (garden pause --off).")
    return _("Reminders are paused until {until:%Y-%m-%d %H:%M}.").format(until=until)


def show_digest(garden: Garden, as_of: dt.date, *, everyone: bool, as_json: bool) -> int:
    """Print the digest for `as_of` (or everyone due, with `everyone`), marking nothing."""
    from garden.services.reminders import Reminders, paused_json

    reminders = Reminders(garden)
    if everyone:
        digest = Digest(as_of, tuple(reminders.everyone_due(as_of)))
    else:
        digest = reminders.today(as_of)
    settings = reminders.settings()
    paused = settings.paused_until if settings.paused_at(garden.clock.now()) else None
    if as_json:
        print_json(
            {
                "as_of": as_of.isoformat(),
                "title": digest.title,
                "delivered": garden.repo.digest_shown_on(as_of) is not None,
                "paused_until": paused_json(paused),
                "people": [reminder_json(r) for r in digest.reminders],
            }
        )
        return 0
    if digest.empty:
        print(_("Everyone is doing fine. Enjoy your day."))
    else:
        print(_("{title}:").format(title=digest.title))
        for reminder in digest.reminders:
            print(_("  • {sentence}").format(sentence=reminder.sentence))
    if paused is not None:
        print(_paused_text(paused))
    return 0


# --- snooze -----------------------------------------------------------------------------


def run_snooze(args: argparse.Namespace) -> int:
    from garden.services.reminders import Reminders

    with open_garden(args) as garden:
        person = garden.find(args.name)
        reminders = Reminders(garden)
        if args.off:
            change = reminders.unsnooze(person.id)
            if change.empty:
                print(_("{name} was not snoozed.").format(name=person.name))
            else:
                print(_("{name} is back in your reminders.").format(name=person.name))
            return 0
        until = parse_day(args.until, garden.today()) if args.until else None
        reminders.snooze(person.id, days=args.days, until=until)
        back = reminders.snoozed_until(person.id)
        assert back is not None
        print(
            _("No reminders about {name} until {date}.").format(
                name=person.name, date=back.isoformat()
            )
        )
    return 0


# --- share ------------------------------------------------------------------------------


def run_share(args: argparse.Namespace) -> int:
    from garden.services.reminders import Reminders

    with open_garden(args) as garden:
        person = garden.find(args.name)
        reminders = Reminders(garden)
        saved = reminders.things_to_share(person.id, include_shared=True)
        mine = {t.id for t in saved}
        for tid in args.done:
            if tid not in mine:
                raise UsageError(
                    _("{name} has no saved thing #{tid} (garden share NAME)").format(
                        name=person.name, tid=tid
                    )
                )
        if args.text is not None:
            change = reminders.save_thing(person.id, args.text)
            (thing,) = (t for t in change.after.things.values() if t is not None)
            if not args.json:
                print(
                    _("Saved for {name}: “{excerpt}”.").format(
                        name=person.name, excerpt=excerpt(thing.text)
                    )
                )
        if args.done:
            change = reminders.mark_shared(args.done)
            if not args.json:
                count = len(change.things)
                if count == 0:
                    print(_("Already ticked off as shared."))
                else:
                    print(
                        ngettext(
                            "Ticked off {count} thing as shared.",
                            "Ticked off {count} things as shared.",
                            count,
                        ).format(count=count)
                    )
        waiting = reminders.things_to_share(person.id)
        if args.json:
            print_json(
                {
                    "person_id": person.id,
                    "things_to_share": things_json(waiting),
                }
            )
        elif args.text is None and not args.done:
            if not waiting:
                print(_("Nothing saved to share with {name} yet.").format(name=person.name))
            else:
                print(_("To share with {name}:").format(name=person.name))
                today = garden.today()
                for thing in waiting:
                    saved_on = when(thing.created.date(), today)
                    print(
                        _("  #{id}  {excerpt}  (saved {saved_on})").format(
                            id=thing.id, excerpt=excerpt(thing.text), saved_on=saved_on
                        )
                    )
    return 0


# --- pause ------------------------------------------------------------------------------


def run_pause(args: argparse.Namespace) -> int:
    from garden.services.reminders import Reminders

    with open_garden(args) as garden:
        reminders = Reminders(garden)
        if args.off:
            change = reminders.resume()
            print(_("Reminders were not paused.") if change.empty else _("Reminders are back on."))
            return 0
        until = parse_day(args.until, garden.today()) if args.until else None
        reminders.pause(days=args.days, until=until)
        paused = reminders.settings().paused_until
        assert paused is not None
        print(_paused_text(paused))
    return 0


# --- reminder settings ------------------------------------------------------------------


def _settings_text(settings: ReminderSettings) -> str:
    count = settings.count
    parts = [
        ngettext(
            "Up to {count} person a day at {time:%H:%M}",
            "Up to {count} people a day at {time:%H:%M}",
            count,
        ).format(count=count, time=settings.time)
    ]
    if settings.quiet is None:
        parts.append(_("no quiet hours"))
    else:
        parts.append(
            _("quiet hours {start:%H:%M}–{end:%H:%M}").format(
                start=settings.quiet.start, end=settings.quiet.end
            )
        )
    lead = settings.birthday_lead_days
    parts.append(
        _("birthdays on the day")
        if lead == 0
        else ngettext("birthdays {n} day ahead", "birthdays {n} days ahead", lead).format(n=lead)
    )
    return "; ".join(parts) + "."


def run_reminders(args: argparse.Namespace) -> int:
    from garden.services.reminders import (
        Reminders,
        parse_quiet_hours,
        parse_time_of_day,
        paused_json,
    )

    with open_garden(args) as garden:
        reminders = Reminders(garden)
        current = reminders.settings()
        wanted = current
        if args.count is not None:
            wanted = dataclasses.replace(wanted, count=args.count)
        if args.time is not None:
            wanted = dataclasses.replace(wanted, time=parse_time_of_day(args.time))
        if args.quiet is not None:
            wanted = dataclasses.replace(wanted, quiet=parse_quiet_hours(args.quiet))
        if args.birthday_lead is not None:
            wanted = dataclasses.replace(wanted, birthday_lead_days=args.birthday_lead)
        if wanted != current:
            reminders.change_settings(wanted)
        settings = reminders.settings()
        upcoming = reminders.next_delivery()
        if args.json:
            quiet = settings.quiet
            print_json(
                {
                    "count": settings.count,
                    "time": f"{settings.time:%H:%M}",
                    "quiet_hours": None
                    if quiet is None
                    else [f"{quiet.start:%H:%M}", f"{quiet.end:%H:%M}"],
                    "birthday_lead_days": settings.birthday_lead_days,
                    "paused_until": paused_json(
                        settings.paused_until if settings.paused_at(garden.clock.now()) else None
                    ),
                    "next_digest": upcoming.isoformat(timespec="minutes") if upcoming else None,
                }
            )
            return 0
        print(_settings_text(settings))
        if settings.paused_until is not None and settings.paused_at(garden.clock.now()):
            print(_paused_text(settings.paused_until))
        if upcoming is not None and upcoming <= garden.clock.now():
            print(_("A digest is due now; the garden's tray shows it."))
        elif upcoming is not None:
            print(_("Next digest: {upcoming:%Y-%m-%d %H:%M}.").format(upcoming=upcoming))
    return 0
