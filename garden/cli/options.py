"""The command line's light parts: the parser class, its errors and the clock.

Nothing here loads the store, so a bare `garden` can parse its options and start the
window before the garden's services are imported.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
from typing import NoReturn

from garden.domain.clock import Clock, FixedClock, SystemClock
from garden.i18n import _

#: Moves "today" for the command line (tests and demonstrations): YYYY-MM-DD.
TODAY_ENV = "GARDEN_TODAY"


class UsageError(Exception):
    """The command line was used wrongly: exit status 2."""


class CliError(Exception):
    """The command could not do its work: exit status 1."""


class GardenArgumentParser(argparse.ArgumentParser):
    """argparse, but a mistake is one line on stderr and exit status 2 (via `main`)."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(
            _("{message} (see “{prog} --help”)").format(message=message, prog=self.prog)
        )


def clock_from_env() -> Clock:
    value = os.environ.get(TODAY_ENV)
    if not value:
        return SystemClock()
    try:
        day = dt.date.fromisoformat(value)
    except ValueError:
        raise UsageError(
            _("{variable}={value} is not a date (YYYY-MM-DD)").format(
                variable=TODAY_ENV, value=value
            )
        ) from None
    return FixedClock(dt.datetime.combine(day, dt.datetime.now().time().replace(microsecond=0)))
