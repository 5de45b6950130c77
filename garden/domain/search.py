"""What the garden's search box understands: names, circles, topics and states."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from garden.domain.growth import THIRSTY, THRIVING, Cue, PlantState, Stage
from garden.domain.model import Person
from garden.domain.names import name_key
from garden.domain.words import circle_words
from garden.i18n import N_, _

StatePredicate = Callable[[PlantState], bool]

STATE_WORDS: dict[str, StatePredicate] = {
    N_("thirsty"): lambda s: s.health < THIRSTY and not s.dormant and not s.resting,
    N_("asleep"): lambda s: s.dormant,
    N_("dormant"): lambda s: s.dormant,
    N_("sleeping"): lambda s: s.dormant,
    N_("resting"): lambda s: s.resting,
    N_("thriving"): lambda s: s.health >= THRIVING and not s.dormant,
    N_("well"): lambda s: s.health >= THIRSTY and not s.dormant,
    N_("healthy"): lambda s: s.health >= THIRSTY and not s.dormant,
    N_("blooming"): lambda s: Cue.BLOOM in s.cues,
    N_("bloom"): lambda s: Cue.BLOOM in s.cues,
    N_("shoot"): lambda s: Cue.NEW_SHOOT in s.cues,
    N_("reconnected"): lambda s: Cue.NEW_SHOOT in s.cues,
    N_("favour"): lambda s: bool(s.pollinators or s.fruit),
    N_("favours"): lambda s: bool(s.pollinators or s.fruit),
    N_("seed"): lambda s: s.growth_stage is Stage.SEED,
    N_("sprout"): lambda s: s.growth_stage is Stage.SPROUT,
    N_("young"): lambda s: s.growth_stage is Stage.YOUNG,
    N_("mature"): lambda s: s.growth_stage is Stage.MATURE,
    N_("flourishing"): lambda s: s.growth_stage is Stage.FLOURISHING,
}


def _state_words_here() -> dict[str, StatePredicate]:
    """The state words in the garden's language too ("assetata", "addormentata")."""
    return {name_key(_(word)): predicate for word, predicate in STATE_WORDS.items()}


def _token_matches(token: str, person: Person, state: PlantState | None, topics: list[str]) -> bool:
    if token in name_key(person.name) or (person.nickname and token in name_key(person.nickname)):
        return True
    if person.circle.value.startswith(token) or name_key(circle_words(person.circle)).startswith(
        token
    ):
        return True
    if any(token in t for t in topics):
        return True
    predicate = STATE_WORDS.get(token) or _state_words_here().get(token)
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
