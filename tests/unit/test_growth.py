"""The growth model's properties (PRODUCT.md §3), one test or property each."""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import random

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from garden.domain.growth import (
    DORMANT,
    INITIAL_HEALTH,
    THIRSTY,
    Cue,
    DayLog,
    GardenModel,
    PlantHistory,
    Stage,
    day_water,
)
from garden.domain.model import Channel, Circle, Depth, Favour, Rest
from garden.domain.rests import RestCalendar
from tests.helpers.builders import (
    START,
    cadences,
    channels,
    day,
    depths,
    logs,
    moment,
    person,
    rests,
)


def interaction_water(channel: Channel, depth: Depth) -> float:
    """What one interaction alone waters, as the model reads it from a day's log."""
    (log,) = DayLog.group([moment(0, channel, depth)])
    return log.water


def history(log, cadence=30, rest_list=(), circle=Circle.CLOSE):
    who = person(circle=circle, cadence=cadence if circle is not Circle.MEADOW else None)
    return PlantHistory.for_person(who, log, rest_list)


# --- health stays in [0, 1] and only water raises it ---------------------------------


@given(logs(), cadences, st.lists(rests(), max_size=3), st.integers(0, 1200))
def test_health_stays_between_zero_and_one(log, cadence, rest_list, offset):
    state = history(log, cadence, rest_list).state(day(offset))
    assert state is not None
    assert 0.0 <= state.health <= 1.0


@given(logs(max_offset=400), cadences, st.lists(rests(), max_size=3))
def test_without_interactions_health_never_increases(log, cadence, rest_list):
    plant = history(log, cadence, rest_list)
    last = max((m.on for m in log), default=START)
    series = plant.series(last, last + dt.timedelta(days=500))
    values = [h for h in series.health if h is not None]
    assert all(b <= a + 1e-12 for a, b in itertools.pairwise(values))


@pytest.mark.parametrize("circle", [Circle.HEART, Circle.CLOSE, Circle.FRIENDS])
def test_one_cadence_after_a_full_watering_health_is_about_half(circle):
    cadence = circle.default_cadence
    assert cadence is not None
    plant = history([moment(0, Channel.IN_PERSON, Depth.DEEP)], cadence, circle=circle)
    assert plant.state(day(0)).health == pytest.approx(1.0)
    assert plant.state(day(cadence)).health == pytest.approx(0.5, abs=1e-9)
    assert plant.state(day(cadence - 1)).health > THIRSTY
    assert plant.state(day(cadence + 1)).health < THIRSTY


def test_default_cadences_follow_the_circles():
    assert [c.default_cadence for c in Circle] == [7, 30, 90, None]
    assert person(circle=Circle.MEADOW).cadence is None
    assert person(circle=Circle.HEART, cadence=10).cadence == 10


# --- depth and channel ----------------------------------------------------------------


def test_deeper_interactions_water_more():
    for channel in Channel:
        brief, good, deep = (interaction_water(channel, d) for d in Depth)
        assert brief < good < deep


def test_more_personal_channels_water_more():
    order = [Channel.MESSAGE, Channel.LETTER, Channel.CALL, Channel.ACTIVITY, Channel.IN_PERSON]
    for depth in Depth:
        waters = [interaction_water(c, depth) for c in order]
        assert waters == sorted(waters) and len(set(waters)) == len(waters)
    assert interaction_water(Channel.IN_PERSON, Depth.DEEP) == 1.0


@given(logs(max_offset=200), st.integers(201, 400), channels, depths, depths, cadences)
def test_a_deeper_moment_leaves_the_plant_healthier(log, offset, channel, d1, d2, cadence):
    assume(d1 != d2)
    shallow, deep = sorted((d1, d2), key=list(Depth).index)
    a = history([*log, moment(offset, channel, shallow)], cadence).state(day(offset))
    b = history([*log, moment(offset, channel, deep)], cadence).state(day(offset))
    assert b.health > a.health or b.health == pytest.approx(1.0)


@given(st.lists(channels, min_size=1, max_size=60), channels)
def test_any_number_of_brief_moments_in_a_day_water_less_than_one_deep_one(briefs, deep_ch):
    many = day_water(interaction_water(c, Depth.BRIEF) for c in briefs)
    one_deep = day_water([interaction_water(deep_ch, Depth.DEEP)])
    assert many < one_deep
    # And on a real plant: the brief day leaves it less healthy than the deep day.
    brief_plant = history([moment(10, c, Depth.BRIEF) for c in briefs])
    deep_plant = history([moment(10, deep_ch, Depth.DEEP)])
    assert brief_plant.state(day(10)).health < deep_plant.state(day(10)).health


def test_several_moments_in_a_day_add_up_with_diminishing_returns():
    w = interaction_water(Channel.CALL, Depth.GOOD)
    assert day_water([w]) == w
    assert w < day_water([w, w]) < day_water([w, w, w]) <= 1.5 * w


# --- growth ---------------------------------------------------------------------------


@given(logs(), cadences, st.lists(rests(), max_size=3))
def test_growth_never_decreases(log, cadence, rest_list):
    series = history(log, cadence, rest_list).series(START, day(1000))
    values = [g for g in series.growth if g is not None]
    assert all(b >= a for a, b in itertools.pairwise(values))
    assert values[0] >= 0


@given(
    st.lists(st.tuples(channels, depths), min_size=3, max_size=12),
    st.sampled_from([Circle.HEART, Circle.CLOSE, Circle.FRIENDS]),
)
def test_sustained_care_over_months_grows_more_than_a_burst_in_one_week(moments, circle):
    cadence = circle.default_cadence
    assert cadence is not None
    spacing = max(cadence, 30 // len(moments) + 1)  # at the plant's rhythm, over months
    burst = [moment(i % 7, ch, d) for i, (ch, d) in enumerate(moments)]
    sustained = [moment(i * spacing, ch, d) for i, (ch, d) in enumerate(moments)]
    end = day(spacing * len(moments) + 10)
    g_burst = history(burst, cadence, circle=circle).state(end).growth
    g_sustained = history(sustained, cadence, circle=circle).state(end).growth
    assert g_sustained > g_burst


def test_stages_follow_growth_and_dormancy():
    plant = history([moment(7 * i) for i in range(200)], cadence=7, circle=Circle.HEART)
    stages = [plant.state(day(d)).stage for d in (0, 14, 60, 300, 1380)]
    assert stages == [Stage.SEED, Stage.SPROUT, Stage.YOUNG, Stage.MATURE, Stage.FLOURISHING]
    asleep = plant.state(day(1393 + 7 * 4))
    assert asleep.stage is Stage.DORMANT
    assert asleep.growth_stage is Stage.FLOURISHING  # asleep, never shrunk


# --- the past is fixed and the model is a function ------------------------------------


@given(logs(), logs(), cadences, st.integers(0, 900))
def test_the_state_as_of_a_date_depends_only_on_interactions_up_to_it(before, later, cad, cut):
    past = [m for m in before if m.on <= day(cut)]
    future = [m for m in later if m.on > day(cut)]
    a = history(past, cad).state(day(cut))
    b = history([*past, *future], cad).state(day(cut))
    assert a == b


@given(logs(), cadences, st.lists(rests(), max_size=3), st.randoms(use_true_random=False))
def test_equal_inputs_give_equal_outputs(log, cadence, rest_list, rng):
    shuffled = list(log)
    rng.shuffle(shuffled)
    one = history(log, cadence, rest_list)
    two = history(shuffled, cadence, list(reversed(rest_list)))
    for offset in (0, 100, 450, 901):
        assert one.state(day(offset)) == two.state(day(offset))


@given(logs(max_offset=600), cadences, st.lists(rests(), max_size=2), st.integers(0, 1000))
def test_the_daily_series_matches_the_state_on_every_day(log, cadence, rest_list, span_start):
    plant = history(log, cadence, rest_list)
    start = day(span_start - 300)
    series = plant.series(start, start + dt.timedelta(days=120))
    for offset, (h, g) in enumerate(zip(series.health, series.growth, strict=True)):
        state = plant.state(start + dt.timedelta(days=offset))
        if state is None:
            assert h is None and g is None
        else:
            assert h == pytest.approx(state.health, rel=1e-9, abs=1e-12)
            assert g == pytest.approx(state.growth, rel=1e-9, abs=1e-12)


# --- early contact, reconnection --------------------------------------------------------


@given(logs(), st.integers(0, 900), cadences, st.lists(rests(), max_size=2), channels, depths)
def test_contacting_early_is_never_penalised(log, moment_extra, cadence, rest_list, channel, depth):
    without = history(log, cadence, rest_list)
    with_extra = history([*log, moment(moment_extra, channel, depth)], cadence, rest_list)
    for offset in range(moment_extra, 1000, 37):
        a, b = without.state(day(offset)), with_extra.state(day(offset))
        assert b.health >= a.health - 1e-12
        assert b.growth >= a.growth - 1e-9


def test_a_reconnection_after_dormancy_is_visibly_rewarded():
    log = [moment(0), moment(10)]
    plant = history(log, cadence=30)
    quiet = plant.state(day(200))
    assert quiet.dormant and Cue.DORMANT in quiet.cues
    back = history([*log, moment(201, Channel.CALL, Depth.GOOD)], cadence=30)
    now = back.state(day(201))
    assert not now.dormant
    assert Cue.NEW_SHOOT in now.cues and Cue.BLOOM in now.cues
    assert now.health > 0.5
    assert now.growth - quiet.growth > 15  # a growth spurt: the dry plant takes up a lot
    # The same moment on a plant that was never neglected grows it less.
    steady = history([moment(i * 25) for i in range(9)], cadence=30)
    before = steady.state(day(200)).growth
    after = history(
        [*[moment(i * 25) for i in range(9)], moment(201, Channel.CALL, Depth.GOOD)], 30
    )
    assert after.state(day(201)).growth - before < now.growth - quiet.growth
    # The new shoot fades after a few weeks.
    assert Cue.NEW_SHOOT not in back.state(day(240)).cues


def test_dormant_is_below_the_line_and_meadow_never_sleeps():
    plant = history([moment(0)], cadence=30)
    assert not plant.state(day(89)).dormant
    assert plant.state(day(91)).dormant
    assert plant.state(day(91)).health < DORMANT
    meadow = history([moment(0)], circle=Circle.MEADOW)
    far = meadow.state(day(2000))
    assert far.health == 1.0 and not far.dormant and far.next_due is None


# --- rests --------------------------------------------------------------------------------


def test_a_rest_pauses_wilting_for_one_person():
    rest = Rest(1, day(10), day(40), person_id=1)
    plant = history([moment(0)], cadence=30, rest_list=[rest])
    during = [plant.state(day(d)).health for d in range(10, 41)]
    assert max(during) - min(during) < 1e-12
    assert plant.state(day(40)).resting and not plant.state(day(41)).resting
    other = PlantHistory.for_person(person(pid=2), [moment(0, pid=2)], [rest])
    assert other.state(day(40)).health < plant.state(day(40)).health


def test_a_rest_for_the_whole_garden_pauses_everyone_and_moves_the_due_date():
    rest = Rest(1, day(5), day(18), person_id=None)
    people = [person(pid=i, name=f"P{i}") for i in (1, 2)]
    model = GardenModel(people, [moment(0, pid=1), moment(0, pid=2)], [rest])
    for pid in (1, 2):
        state = model.state(pid, day(30))
        assert state.health == pytest.approx(2 ** (-(30 - 14) / 30))
        assert state.next_due == day(30 + 14)
        assert Cue.RESTING in model.state(pid, day(6)).cues


# --- cues, due dates, planting ----------------------------------------------------------


def test_blooms_follow_deep_moments_and_favours_show():
    log = [
        moment(0, depth=Depth.DEEP),
        moment(3, depth=Depth.DEEP, favour=Favour.GIVEN),
        moment(5, depth=Depth.BRIEF, favour=Favour.RECEIVED),
    ]
    plant = history(log)
    state = plant.state(day(5))
    assert state.blooms == 2 and Cue.BLOOM in state.cues
    assert state.pollinators == 1 and state.fruit == 1
    later = plant.state(day(40))
    assert later.blooms == 0 and Cue.BLOOM not in later.cues
    assert later.pollinators == 1  # favours are remembered for months
    assert Cue.POLLINATORS not in plant.state(day(400)).cues


def test_next_due_is_one_cadence_after_the_last_moment():
    plant = history([moment(0), moment(12, Channel.MESSAGE, Depth.BRIEF)], cadence=30)
    state = plant.state(day(20))
    assert state.last_interaction == day(12)
    assert state.days_since_last == 8
    assert state.next_due == day(42)


def test_a_plant_does_not_exist_before_it_is_planted():
    who = person(planted=day(50))
    plant = PlantHistory.for_person(who, [])
    assert plant.state(day(49)) is None
    fresh = plant.state(day(50))
    assert fresh.health == INITIAL_HEALTH and fresh.growth == 0 and fresh.stage is Stage.SEED
    assert fresh.last_interaction is None and fresh.next_due == day(80)
    # A moment logged from before the person was added plants them earlier.
    backdated = PlantHistory.for_person(who, [moment(20)])
    assert backdated.state(day(20)) is not None


def test_archived_people_leave_the_garden_from_their_archive_date():
    gone = dataclasses.replace(
        person(pid=2, name="Gone"), archived_at=dt.datetime.combine(day(100), dt.time(9))
    )
    model = GardenModel([person(), gone], [])
    assert set(model.states(day(99))) == {1, 2}
    assert set(model.states(day(100))) == {1}
    assert set(model.states(day(100), include_archived=True)) == {1, 2}


def test_rest_calendar_counts_merged_overlapping_periods():
    cal = RestCalendar([(day(0), day(9)), (day(5), day(14)), (day(20), day(20))])
    base = day(0).toordinal()
    assert cal.rest_days_between(base - 1, base + 30) == 16
    assert cal.is_rest(base + 14) and not cal.is_rest(base + 15)
    assert cal.add_active_days(base - 1, 3) == base + 17


def test_day_log_groups_by_day_in_order():
    rng = random.Random(4)
    items = [moment(rng.randint(0, 30)) for _ in range(50)]
    groups = DayLog.group(items)
    assert [g.day for g in groups] == sorted({m.on.toordinal() for m in items})
