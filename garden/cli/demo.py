"""`garden demo`: fill an empty garden with a believable synthetic one."""

from __future__ import annotations

import argparse
from typing import Any

from garden.cli.base import CliError, UsageError, open_garden
from garden.i18n import _, ngettext
from garden.services.demo import GardenNotEmptyError, fill_demo


def register(commands: Any) -> None:
    demo = commands.add_parser(
        "demo",
        help=_("fill an empty garden with a demo one"),
        description=_(
            "Fill an EMPTY garden with a synthetic one, to try the app. "
            "It never touches a garden that has data; use --data-dir for a separate one."
        ),
    )
    demo.add_argument("--people", type=int, default=30, metavar="N", help=_("(default: 30)"))
    demo.add_argument("--years", type=float, default=3, metavar="Y", help=_("(default: 3)"))
    demo.add_argument("--seed", type=int, default=1, metavar="S", help=_("(default: 1)"))
    demo.set_defaults(handler=run_demo)


def run_demo(args: argparse.Namespace) -> int:
    if not 1 <= args.people <= 5000:
        raise UsageError(_("--people must be between 1 and 5000"))
    if not 0 < args.years <= 50:
        raise UsageError(_("--years must be more than 0 and at most 50"))
    with open_garden(args) as garden:
        try:
            summary = fill_demo(garden, args.people, args.years, args.seed)
        except GardenNotEmptyError as exc:
            raise CliError(str(exc)) from exc
        # The plural follows the years (a float: "1 year", "1.5 years", "10 years").
        line = ngettext(
            "Planted a demo garden: {people} people, {interactions} moments over {years:g} year.",
            "Planted a demo garden: {people} people, {interactions} moments over {years:g} years.",
            1 if args.years == 1 else 2,
        )
        print(
            line.format(people=summary.people, interactions=summary.interactions, years=args.years)
        )
    return 0
