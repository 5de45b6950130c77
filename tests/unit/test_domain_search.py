"""The words for a plant's state and the search box agree on where "thriving" begins."""

from __future__ import annotations

import dataclasses

import pytest

from garden.domain.growth import THRIVING, PlantHistory, health_words
from garden.domain.search import matches
from tests.helpers.builders import day, moment, person


@pytest.mark.parametrize(("health", "thriving"), [(THRIVING, True), (THRIVING - 1e-9, False)])
def test_thriving_means_the_same_in_words_and_in_the_search(health: float, thriving: bool):
    who = person()
    state = PlantHistory.for_person(who, [moment(0)]).state(day(0))
    assert state is not None
    state = dataclasses.replace(state, health=health)
    assert (health_words(state) == "Thriving") is thriving
    assert matches("thriving", who, state) is thriving
