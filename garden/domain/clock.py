"""Where "today" comes from. Everything that needs the date takes a clock, so tests
(and `GARDEN_TODAY`) can move time without touching the system."""

from __future__ import annotations

import datetime as dt
from typing import Protocol


class Clock(Protocol):
    def today(self) -> dt.date: ...

    def now(self) -> dt.datetime: ...


class SystemClock:
    """The computer's local date and time."""

    def today(self) -> dt.date:
        return dt.date.today()

    def now(self) -> dt.datetime:
        return dt.datetime.now().replace(microsecond=0)


class FixedClock:
    """A clock that says what it is told; `advance` moves it forward."""

    def __init__(self, when: dt.datetime | dt.date) -> None:
        if not isinstance(when, dt.datetime):
            when = dt.datetime.combine(when, dt.time(12, 0))
        self._now = when

    def today(self) -> dt.date:
        return self._now.date()

    def now(self) -> dt.datetime:
        return self._now

    def set(self, when: dt.datetime) -> None:
        self._now = when

    def advance(self, **delta: float) -> None:
        self._now += dt.timedelta(**delta)
