"""`garden demo`: fill an empty garden with a believable synthetic one."""

from __future__ import annotations

import argparse
from typing import Any

from garden.cli.base import CliError, UsageError, open_garden
from garden.i18n import _


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
    from garden.services.demo import GardenNotEmptyError, check_size, fill_demo

    try:
        check_size(args.people, args.years)  # before opening: a mistake creates no garden
    except ValueError as exc:
        raise UsageError(str(exc)) from exc
    with open_garden(args) as garden:
        try:
            summary = fill_demo(garden, args.people, args.years, args.seed)
        except GardenNotEmptyError as exc:
            raise CliError(str(exc)) from exc
        print(summary.change.summary)
    return 0
