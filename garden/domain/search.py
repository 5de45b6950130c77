"""What the garden's search box understands: names, circles, topics and states."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from garden.domain.growth import THIRSTY, Cue, PlantState
from garden.domain.model import Person
from garden.domain.names import name_key

StatePredicate = Callable[[PlantState], bool]

STATE_WORDS: dict[str, StatePredicate] = {
    "thirsty": lambda s: s.health < THIRSTY and not s.dormant and not s.resting,
    "asleep": lambda s: s.dormant,
    "dormant": lambda s: s.dormant,
    "sleeping": lambda s: s.dormant,
    "resting": lambda s: s.resting,
    "thriving": lambda s: s.health >= 0.8 and not s.dormant,
    "well": lambda s: s.health >= THIRSTY and not s.dormant,
    "healthy": lambda s: s.health >= THIRSTY and not s.dormant,
    "blooming": lambda s: Cue.BLOOM in s.cues,
    "bloom": lambda s: Cue.BLOOM in s.cues,
    "shoot": lambda s: Cue.NEW_SHOOT in s.cues,
    "reconnected": lambda s: Cue.NEW_SHOOT in s.cues,
    "favour": lambda s: bool(s.pollinators or s.fruit),
    "favours": lambda s: bool(s.pollinators or s.fruit),
    "seed": lambda s: s.growth_stage.value == "seed",
    "sprout": lambda s: s.growth_stage.value == "sprout",
    "young": lambda s: s.growth_stage.value == "young",
    "mature": lambda s: s.growth_stage.value == "mature",
    "flourishing": lambda s: s.growth_stage.value == "flourishing",
}


def _token_matches(token: str, person: Person, state: PlantState | None, topics: list[str]) -> bool:
    if token in name_key(person.name) or (person.nickname and token in name_key(person.nickname)):
        return True
    if person.circle.value.startswith(token):
        return True
    if any(token in t for t in topics):
        return True
    predicate = STATE_WORDS.get(token)
    return bool(predicate and state is not None and predicate(state))


def matches(
    query: str, person: Person, state: PlantState | None, topics: Iterable[str] = ()
) -> bool:
    """True when every word of `query` matches the person's name or nickname, circle, a
    topic you share or talked about, or a word for how their plant is doing."""
    tokens = name_key(query).split()
    if not tokens:
        return True
    keys = [name_key(t) for t in (*person.topics, *topics)]
    return all(_token_matches(token, person, state, keys) for token in tokens)
