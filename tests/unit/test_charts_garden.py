"""The garden through a year: every number drawn is the log's or the model's."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import Counter

import numpy as np
import pytest
from matplotlib.figure import Figure
from matplotlib.text import Text

from garden.charts.export import render
from garden.charts.garden_overview import GardenOverviewChart, garden_overview_chart
from garden.charts.garden_year import Band, band_for
from garden.charts.look import NOTHING_YET
from garden.domain.growth import (
    DORMANT,
    GardenModel,
    PlantState,
    Stage,
    health_words,
)
from garden.domain.model import Channel, Circle, Depth, Interaction, ReachedOut
from tests.helpers.builders import person

YEAR = 2025
AS_OF = dt.date(2025, 12, 31)
HEART = person(1, Circle.HEART, name="Giulia")
CLOSE = person(2, Circle.CLOSE, name="Marco")
FRIEND = person(3, Circle.FRIENDS, name="Zoë")
MEADOW = person(4, Circle.MEADOW, name="Olu")
LET_GO = dataclasses.replace(
    person(5, Circle.CLOSE, name="Kenji"), archived_at=dt.datetime(2025, 7, 1, 20, 0)
)
PEOPLE = [HEART, CLOSE, FRIEND, MEADOW, LET_GO]


def _log() -> list[Interaction]:
    """A year and a bit of moments, spread unevenly over months, depths and people."""
    items: list[Interaction] = []
    depths, reach, channels = list(Depth), list(ReachedOut), list(Channel)
    topics = [("Music",), ("music", "travel"), ("cooking",), (), ("travel",), ("music",)]
    n = 0
    day = dt.date(2024, 11, 3)
    while day <= AS_OF:
        n += 1
        pid = (1, 1, 1, 2, 2, 3, 4, 5)[n % 8]
        items.append(
            Interaction(
                id=n,
                person_id=pid,
                on=day,
                channel=channels[n % 6],
                depth=depths[(n * 7) % 3],
                reached_out=reach[(n * 5) % 3],
                topics=topics[n % 6],
            )
        )
        day += dt.timedelta(days=1 + (n * 13) % 9)
    return items


LOG = _log()
IN_YEAR = [i for i in LOG if i.on.year == YEAR]


@pytest.fixture(scope="module")
def model() -> GardenModel:
    return GardenModel(PEOPLE, LOG)


@pytest.fixture(scope="module")
def chart(model: GardenModel) -> GardenOverviewChart:
    built = garden_overview_chart(model, LOG, YEAR, as_of=AS_OF)
    render(built.figure)
    return built


def _texts(figure: Figure) -> list[str]:
    return [t.get_text() for t in figure.findobj(Text) if t.get_visible()]


def test_the_monthly_bars_add_up_to_the_moments_logged(chart):
    assert len(IN_YEAR) > 40 and len(IN_YEAR) < len(LOG)  # the year, not the whole log
    heights = {
        depth: [bar.get_height() for bar in bars] for depth, bars in chart.depth_bars.items()
    }
    per_month = Counter(i.on.month for i in IN_YEAR)
    for month in range(1, 13):
        assert sum(heights[d][month - 1] for d in Depth) == per_month[month]
        for depth in Depth:
            logged = sum(1 for i in IN_YEAR if i.on.month == month and i.depth is depth)
            assert heights[depth][month - 1] == logged
    assert sum(sum(h) for h in heights.values()) == len(IN_YEAR) == chart.data.moments


def test_the_stacked_bars_sit_on_one_another(chart):
    brief, good, deep = (chart.depth_bars[d] for d in Depth)
    for b, g, d in zip(brief, good, deep, strict=True):
        assert g.get_y() == b.get_y() + b.get_height()
        assert d.get_y() == g.get_y() + g.get_height()


def test_the_topic_bars_match_the_topics_talked_about(chart):
    counted = Counter(t.casefold() for i in IN_YEAR for t in i.topics)
    assert chart.topic_bars is not None and chart.topics_axes is not None
    widths = [bar.get_width() for bar in chart.topic_bars]
    labels = [t.get_text() for t in chart.topics_axes.get_yticklabels()]
    # "Music" and "music" are one topic, written as it was written most often.
    music = sum(1 for i in IN_YEAR for t in i.topics if t.casefold() == "music")
    assert dict(zip(labels, widths, strict=True)) == {
        "music": music,
        "travel": counted["travel"],
        "cooking": counted["cooking"],
    }
    assert widths == sorted(widths, reverse=True)
    assert labels[0] == "music"


def _expected_band(state: PlantState) -> Band:
    return {
        "Thriving": Band.FLOURISHING,
        "Doing well": Band.HEALTHY,
        "A little thirsty": Band.THIRSTY,
        "Thirsty": Band.THIRSTY,
        "Asleep": Band.DORMANT,
    }[health_words(state)]


def test_each_day_counts_the_tended_plants_as_the_garden_describes_them(model, chart):
    data = chart.data
    for offset in range(0, 365, 11):
        day = data.start + dt.timedelta(days=offset)
        states = model.states(day)  # leaves out people archived by then
        expected = Counter(
            _expected_band(s)
            for pid, s in states.items()
            if model.people[pid].circle is not Circle.MEADOW
        )
        drawn = {band: data.bands[band][offset] for band in Band}
        assert drawn == {band: expected.get(band, 0) for band in Band}, day
    # Kenji is counted until the day he was let go, the meadow never.
    totals = np.sum([data.bands[b] for b in Band], axis=0)
    assert totals[(dt.date(2025, 6, 30) - data.start).days] == 4
    assert totals[(dt.date(2025, 7, 1) - data.start).days] == 3


def test_the_stacked_area_reaches_the_number_of_plants(chart):
    data = chart.data
    top = max(
        float(np.max(area.get_paths()[0].vertices[:, 1])) for area in chart.band_areas.values()
    )
    assert top == max(np.sum([data.bands[b] for b in Band], axis=0))
    legend = chart.bands_axes.get_legend()  # type: ignore[union-attr]
    assert [t.get_text() for t in legend.get_texts()] == [
        "thriving",
        "doing well",
        "thirsty",
        "asleep",
    ]


@pytest.mark.parametrize("health", [0.0, 0.1, 0.124, 0.125, 0.3, 0.49, 0.5, 0.79, 0.8, 1.0])
def test_bands_follow_the_gardens_words(health):
    dormant = health < DORMANT
    state = PlantState(
        person_id=1,
        as_of=AS_OF,
        health=health,
        growth=200.0,
        stage=Stage.DORMANT if dormant else Stage.MATURE,
        growth_stage=Stage.MATURE,
        planted=dt.date(2024, 1, 1),
        last_interaction=None,
        days_since_last=None,
        next_due=None,
        cues=frozenset(),
    )
    assert band_for(health) is _expected_band(state)


def test_who_reached_out_is_drawn_gently_without_a_score(chart):
    bars = chart.reach_bars
    for who in ReachedOut:
        logged = Counter(i.on.month for i in IN_YEAR if i.reached_out is who)
        assert [b.get_height() for b in bars[who]] == [logged[m] for m in range(1, 13)]
    for me, both, them in zip(
        bars[ReachedOut.ME], bars[ReachedOut.BOTH], bars[ReachedOut.THEM], strict=True
    ):
        # Shared plans straddle the middle; yours rise above, theirs hang below.
        assert both.get_y() == pytest.approx(-both.get_height() / 2)
        assert me.get_y() == pytest.approx(both.get_height() / 2)
        assert them.get_y() + them.get_height() == pytest.approx(-both.get_height() / 2)
    axes = chart.reach_axes
    assert axes is not None
    shown = [t.get_text() for t in axes.findobj(Text) if t.get_visible() and t.get_text()]
    assert [t.get_text() for t in axes.get_yticklabels()] == []
    # Only words (the months, the title, the legend): no counts, no percentages.
    assert not any(ch.isdigit() or ch == "%" for text in shown for ch in text)
    assert "you" in shown and "they" in shown


def test_a_year_without_anything_says_so_instead_of_empty_axes(model):
    chart = garden_overview_chart(model, LOG, 2019, as_of=AS_OF)
    assert chart.figure.axes == [] and chart.note == NOTHING_YET
    assert NOTHING_YET in _texts(chart.figure)
    future = garden_overview_chart(model, LOG, 2026, as_of=AS_OF)
    assert future.figure.axes == [] and NOTHING_YET in _texts(future.figure)


def test_plants_without_moments_show_the_plants_and_say_there_were_no_moments():
    quiet = GardenModel([person(1, Circle.CLOSE, planted=dt.date(2024, 1, 1))], [])
    chart = garden_overview_chart(quiet, [], YEAR, as_of=AS_OF)
    assert chart.bands_axes is not None and chart.band_areas
    assert chart.depth_bars == {} and chart.reach_bars == {} and chart.topic_bars is None
    texts = _texts(chart.figure)
    assert texts.count(NOTHING_YET) == 2 and "No topics in this range yet" in texts


def test_the_year_in_progress_stops_today_and_keeps_the_whole_year_on_the_axis(model):
    today = dt.date(2025, 6, 15)
    chart = garden_overview_chart(model, LOG, YEAR, as_of=today)
    assert chart.data.end == today
    assert len(chart.data.bands[Band.FLOURISHING]) == (today - dt.date(2025, 1, 1)).days + 1
    heights = [sum(chart.depth_bars[d][m].get_height() for d in Depth) for m in range(12)]
    assert heights[6:] == [0] * 6 and all(h > 0 for h in heights[:6])
    assert sum(heights) == sum(1 for i in IN_YEAR if i.on <= today)
    assert chart.bands_axes is not None
    left, right = chart.bands_axes.get_xlim()
    assert right - left == 364  # 1 January to 31 December
