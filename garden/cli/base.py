"""What every subcommand shares: the parser class, errors, opening the garden, the clock."""

from __future__ import annotations

import argparse
import datetime as dt
import sqlite3
from typing import Any

import peewee

from garden.cli.options import TODAY_ENV, CliError, GardenArgumentParser, UsageError, clock_from_env
from garden.domain.dates import parse_day
from garden.i18n import _
from garden.services.garden import Garden

__all__ = [
    "TODAY_ENV",
    "CliError",
    "GardenArgumentParser",
    "UsageError",
    "add_json_flag",
    "choices_text",
    "clock_from_env",
    "day_argument",
    "open_garden",
]


def open_garden(args: argparse.Namespace) -> Garden:
    try:
        return Garden.open(args.data_dir, clock_from_env())
    except (sqlite3.Error, peewee.PeeweeException) as exc:
        raise CliError(_("Cannot open the garden: {exc}").format(exc=exc)) from exc


def day_argument(garden: Garden, text: str | None) -> dt.date:
    return garden.today() if text is None else parse_day(text, garden.today())


def add_json_flag(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help=_("print JSON (see the README)"))


def choices_text(values: Any) -> str:
    return "|".join(v.value for v in values)
