"""What the reminder engine remembers between runs: which digests were shown, to whom.

Kept apart from the engine (`reminders.py`) so the store can read and write this memory
without loading the engine.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum


class Reason(StrEnum):
    """Why someone is in a digest."""

    THIRST = "thirst"  # their plant could use some water
    BIRTHDAY = "birthday"  # their birthday is coming up


@dataclass(frozen=True, slots=True)
class DeliveredDigest:
    """A digest as it was shown: the engine's memory between runs.

    `slot` is the delivery day it served, `through` the last slot it counts for (see
    `MIN_GAP`), `at` the wall-clock time it was shown, and `shown` who was in it, in order.
    """

    slot: dt.date
    through: dt.date
    at: dt.datetime
    shown: tuple[tuple[int, Reason], ...] = ()

    @property
    def shown_on(self) -> dt.date:
        return self.at.date()

    @property
    def thirsty(self) -> tuple[int, ...]:
        """The people shown because their plant could use some water."""
        return tuple(pid for pid, reason in self.shown if reason is Reason.THIRST)
