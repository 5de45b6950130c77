"""Who could use a message today, with something to talk about."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from garden.domain.growth import PlantState
from garden.domain.model import Circle, Person
from garden.services.garden import Garden

#: How much each circle's thirst counts when ordering (the heart first).
CIRCLE_WEIGHT = {Circle.HEART: 3.0, Circle.CLOSE: 2.0, Circle.FRIENDS: 1.0}


@dataclass(frozen=True, slots=True)
class Due:
    person: Person
    state: PlantState
    starter: str | None

    @property
    def sentence(self) -> str:
        first = self.person.nickname or self.person.name
        base = f"{first} might enjoy hearing from you"
        return f"{base} — {self.starter}." if self.starter else f"{base}."


def starter_for(person: Person, last_topics: tuple[str, ...], last_note: str) -> str | None:
    if last_topics:
        return "last time you talked about " + ", ".join(last_topics[:2])
    if last_note:
        excerpt = last_note.split("\n")[0]
        return "last time: " + (excerpt if len(excerpt) <= 60 else excerpt[:59] + "…")
    if person.topics:
        return "you both like " + ", ".join(person.topics[:2])
    return None


def who_could_use_a_message(garden: Garden, as_of: dt.date) -> list[Due]:
    """Active, non-meadow, non-resting people whose next contact date has come,
    the thirstiest first, weighted by circle."""
    model = garden.model()
    found: list[tuple[float, Person, PlantState]] = []
    for pid, state in garden.states(as_of).items():
        person = model.people[pid]
        if person.circle is Circle.MEADOW or state.resting or state.next_due is None:
            continue
        if state.next_due > as_of:
            continue
        found.append(((1.0 - state.health) * CIRCLE_WEIGHT[person.circle], person, state))
    found.sort(key=lambda t: (-t[0], t[1].name.casefold(), t[1].id))
    out = []
    for _, person, state in found:
        items = [i for i in garden.interactions(person.id) if i.on <= as_of]
        last = items[-1] if items else None
        starter = starter_for(person, last.topics if last else (), last.note if last else "")
        out.append(Due(person, state, starter))
    return out
