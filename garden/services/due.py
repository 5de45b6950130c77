"""Who could use a message: everyone whose next contact date has come, not only the few
of today's digest (for lists such as the window's today view).

Built on the reminder engine (`garden.domain.reminders`), so it leaves out the same
people (the meadow, resting, archived, snoozed, anyone logged within their cadence) and
speaks the same words. Today's digest itself is `Reminders(garden).today()`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from garden.domain.growth import PlantState
from garden.domain.model import Person
from garden.domain.reminders import Reminder
from garden.services.garden import Garden
from garden.services.reminders import Reminders


@dataclass(frozen=True, slots=True)
class Due:
    """One person who could use a message, with something to talk about."""

    person: Person
    state: PlantState
    starter: str | None
    reminder: Reminder

    @property
    def sentence(self) -> str:
        return self.reminder.sentence


def who_could_use_a_message(garden: Garden, as_of: dt.date) -> list[Due]:
    """Everyone whose next contact date has come by `as_of`, the thirstiest first,
    weighted by circle."""
    return [Due(r.person, r.state, r.starter, r) for r in Reminders(garden).everyone_due(as_of)]
