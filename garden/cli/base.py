"""What every subcommand shares: the parser class, errors, opening the garden, the clock."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

from garden.cli.options import TODAY_ENV, CliError, GardenArgumentParser, UsageError, clock_from_env
from garden.domain.dates import parse_day
from garden.i18n import _

if TYPE_CHECKING:
    from garden.services.garden import Garden

# The store and the services load when a command opens the garden, not while the parser is
# built: `garden --help` and a mistyped command answer without them.

__all__ = [
    "TODAY_ENV",
    "CliError",
    "GardenArgumentParser",
    "UsageError",
    "add_json_flag",
    "check_output_folder",
    "choices_text",
    "clock_from_env",
    "day_argument",
    "open_garden",
]


def open_garden(args: argparse.Namespace) -> Garden:
    import sqlite3

    import peewee

    from garden.services.garden import Garden

    try:
        return Garden.open(args.data_dir, clock_from_env())
    except (sqlite3.Error, peewee.PeeweeException) as exc:
        raise CliError(_("Cannot open the garden: {exc}").format(exc=exc)) from exc


def day_argument(garden: Garden, text: str | None) -> dt.date:
    return garden.today() if text is None else parse_day(text, garden.today())


def check_output_folder(out: Path) -> None:
    """`CliError` (exit status 1) when the folder `out` is to be written in is not there."""
    if not out.parent.is_dir():
        raise CliError(
            _("Cannot write {out}: the folder {parent} does not exist").format(
                out=out, parent=out.parent
            )
        )


def add_json_flag(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help=_("print JSON (see the README)"))


def choices_text(values: Any) -> str:
    return "|".join(v.value for v in values)
