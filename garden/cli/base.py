"""What every subcommand shares: the parser class, errors, opening the garden, the clock."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sqlite3
from typing import Any, NoReturn

import peewee

from garden.domain.clock import Clock, FixedClock, SystemClock
from garden.domain.dates import parse_day
from garden.services.garden import Garden

#: Moves "today" for the command line (tests and demonstrations): YYYY-MM-DD.
TODAY_ENV = "GARDEN_TODAY"


class UsageError(Exception):
    """The command line was used wrongly: exit status 2."""


class CliError(Exception):
    """The command could not do its work: exit status 1."""


class GardenArgumentParser(argparse.ArgumentParser):
    """argparse, but a mistake is one line on stderr and exit status 2 (via `main`)."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{message} (see “{self.prog} --help”)")


def clock_from_env() -> Clock:
    value = os.environ.get(TODAY_ENV)
    if not value:
        return SystemClock()
    try:
        day = dt.date.fromisoformat(value)
    except ValueError:
        raise UsageError(f"{TODAY_ENV}={value} is not a date (YYYY-MM-DD)") from None
    return FixedClock(dt.datetime.combine(day, dt.datetime.now().time().replace(microsecond=0)))


def open_garden(args: argparse.Namespace) -> Garden:
    try:
        return Garden.open(args.data_dir, clock_from_env())
    except (sqlite3.Error, peewee.PeeweeException) as exc:
        raise CliError(f"Cannot open the garden: {exc}") from exc


def day_argument(garden: Garden, text: str | None) -> dt.date:
    return garden.today() if text is None else parse_day(text, garden.today())


def add_json_flag(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print JSON (see the README)")


def choices_text(values: Any) -> str:
    return "|".join(v.value for v in values)
