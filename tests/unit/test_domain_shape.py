"""The look of a plant agrees with its state (garden.domain.shape.look_of)."""

from __future__ import annotations

import dataclasses

from hypothesis import example, given
from hypothesis import strategies as st

from garden.domain.growth import Cue, PlantHistory, Stage, stage_for_growth
from garden.domain.palette import LIGHT
from garden.domain.shape import look_of
from tests.helpers.builders import day, moment, person


def _state(growth: float, *, dormant: bool = False, cues: frozenset[Cue] = frozenset()):
    who = person()
    state = PlantHistory.for_person(who, [moment(0)]).state(day(0))
    assert state is not None
    size = stage_for_growth(growth)
    return who, dataclasses.replace(
        state,
        growth=growth,
        growth_stage=size,
        stage=Stage.DORMANT if dormant else size,
        cues=cues | ({Cue.DORMANT} if dormant else set()),
    )


def test_a_plant_just_short_of_a_stage_is_drawn_at_the_stage_its_state_says():
    who, state = _state(29.96)  # rounds to 30.0, where young begins
    assert state.growth_stage is Stage.SPROUT
    assert look_of(who, state, LIGHT).stage is Stage.SPROUT


@given(st.floats(0.0, 1000.0), st.booleans())
@example(4.96, False)
@example(119.98, True)
@example(359.951, False)
def test_the_look_carries_the_states_growth_stage(growth: float, dormant: bool):
    who, state = _state(growth, dormant=dormant)
    assert look_of(who, state, LIGHT).stage is state.growth_stage


def test_a_reconnection_shows_a_new_shoot():
    who, state = _state(200.0, cues=frozenset({Cue.NEW_SHOOT}))
    assert look_of(who, state, LIGHT).new_shoot
    assert not look_of(who, _state(200.0)[1], LIGHT).new_shoot
