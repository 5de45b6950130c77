"""`garden log`: record an interaction."""

from __future__ import annotations

import argparse
from typing import Any

from garden.cli.base import add_json_flag, open_garden
from garden.cli.text import interaction_json, print_json
from garden.domain.dates import parse_past_day
from garden.domain.model import Channel, Depth, Favour, ReachedOut
from garden.domain.words import moment_words
from garden.i18n import _


def register(commands: Any) -> None:
    log = commands.add_parser(
        "log",
        help=_("record a moment with someone"),
        description=_("Record a moment with someone: a message, a call, a dinner…"),
    )
    log.add_argument("name", help=_("full name, nickname, a prefix, or #id"))
    log.add_argument(
        "--on",
        metavar="DATE",
        default="today",
        help=_("YYYY-MM-DD, today, yesterday or -3d (default: today)"),
    )
    log.add_argument("--channel", choices=[c.value for c in Channel], default="message")
    log.add_argument("--depth", choices=[d.value for d in Depth], default="good")
    log.add_argument(
        "--by",
        choices=[r.value for r in ReachedOut],
        default="me",
        help=_("who reached out (default: me)"),
    )
    log.add_argument(
        "--topic",
        action="append",
        default=[],
        metavar="T",
        help=_("what you talked about (repeatable)"),
    )
    log.add_argument("--favour", choices=[f.value for f in Favour])
    log.add_argument("--note", default="", metavar="TEXT")
    add_json_flag(log)
    log.set_defaults(handler=run_log)


def run_log(args: argparse.Namespace) -> int:
    with open_garden(args) as garden:
        person = garden.find(args.name)
        on = parse_past_day(args.on, garden.today())
        change = garden.log_interaction(
            person.id,
            on=on,
            channel=Channel(args.channel),
            depth=Depth(args.depth),
            reached_out=ReachedOut(args.by),
            favour=Favour(args.favour) if args.favour else None,
            note=args.note,
            topics=args.topic,
        )
        item = next(i for i in change.after.interactions.values() if i is not None)
        if args.json:
            print_json({"person_id": person.id, **interaction_json(item)})
        else:
            print(
                _("Logged: {moment}, with {name} on {date}.").format(
                    moment=moment_words(item),
                    name=person.name,
                    date=item.on.isoformat(),
                )
            )
    return 0
