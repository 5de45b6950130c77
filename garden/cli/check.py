"""`garden check`: is the garden file healthy?"""

from __future__ import annotations

import argparse
from typing import Any

from garden.cli.base import open_garden
from garden.i18n import _


def register(commands: Any) -> None:
    check = commands.add_parser(
        "check",
        help=_("check the garden file's integrity"),
        description=_("Check the garden file; prints ok or the problem."),
    )
    check.set_defaults(handler=run_check)


def run_check(args: argparse.Namespace) -> int:
    with open_garden(args) as garden:
        problems = garden.check()
    if not problems:
        print(_("ok"))
        return 0
    for problem in problems:
        print(problem)
    return 1
