"""`garden rest`: pause wilting for a while, for everyone or one person."""

from __future__ import annotations

import argparse
from typing import Any

from garden.cli.base import open_garden
from garden.domain.dates import parse_day
from garden.i18n import _


def register(commands: Any) -> None:
    rest = commands.add_parser(
        "rest",
        help=_("pause wilting (a holiday, hard times)"),
        description=_(
            "Pause wilting from one date to another, for the whole garden or for one "
            "person: resting plants do not wilt."
        ),
    )
    rest.add_argument("name", nargs="?", help=_("one person (default: the whole garden)"))
    rest.add_argument("--from", dest="start", required=True, metavar="DATE")
    rest.add_argument("--to", dest="end", required=True, metavar="DATE")
    rest.add_argument("--note", default="", metavar="TEXT")
    rest.set_defaults(handler=run_rest)


def run_rest(args: argparse.Namespace) -> int:
    with open_garden(args) as garden:
        today = garden.today()
        start, end = parse_day(args.start, today), parse_day(args.end, today)
        person = garden.find(args.name) if args.name else None
        change = garden.add_rest(
            start, end, person_id=person.id if person else None, note=args.note
        )
        print(change.summary + ".")
    return 0
