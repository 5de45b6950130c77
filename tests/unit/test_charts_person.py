"""A person's growth chart: the data it draws is the model's, and it reads as a user expects."""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging

import numpy as np
import pytest
from matplotlib.colors import to_rgba
from matplotlib.figure import Figure
from matplotlib.text import Text

from garden.charts.export import render
from garden.charts.look import NOTHING_YET, ChartLook, day_number
from garden.charts.person import (
    CHANNEL_MARKERS,
    DEPTH_SIZES,
    PersonChart,
    describe_moment,
    person_chart,
)
from garden.charts.ranges import ChartRange, months_before, range_start
from garden.domain.growth import GardenModel
from garden.domain.model import (
    Birthday,
    Channel,
    Circle,
    Depth,
    Favour,
    Interaction,
    ReachedOut,
    Rest,
)
from garden.domain.palette import DARK, LIGHT
from tests.helpers.builders import person

AS_OF = dt.date(2025, 12, 31)
GIULIA = dataclasses.replace(person(1, Circle.CLOSE), birthday=Birthday(3, 15))
RESTS = [
    Rest(1, dt.date(2025, 6, 1), dt.date(2025, 6, 20), person_id=1, note="hard times"),
    Rest(2, dt.date(2025, 8, 5), dt.date(2025, 8, 18), person_id=None, note="holiday"),
]


def _moment(
    iid: int,
    on: dt.date,
    channel: Channel = Channel.CALL,
    depth: Depth = Depth.GOOD,
    pid: int = 1,
    **extra: object,
) -> Interaction:
    return Interaction(id=iid, person_id=pid, on=on, channel=channel, depth=depth, **extra)  # type: ignore[arg-type]


def _log() -> list[Interaction]:
    """Two years with Giulia: every channel and depth, and two moments on one day."""
    channels, depths = list(Channel), list(Depth)
    items = [
        _moment(
            i + 1, dt.date(2024, 1, 10) + dt.timedelta(days=23 * i), channels[i % 6], depths[i % 3]
        )
        for i in range(31)
    ]
    items.append(_moment(100, dt.date(2025, 11, 20), Channel.MESSAGE, Depth.BRIEF))
    items.append(_moment(101, dt.date(2025, 11, 20), Channel.IN_PERSON, Depth.DEEP))
    return items


LOG = _log()


@pytest.fixture(scope="module")
def model() -> GardenModel:
    return GardenModel([GIULIA], LOG, RESTS)


@pytest.fixture(scope="module")
def year_chart(model: GardenModel) -> PersonChart:
    chart = person_chart(model, 1, LOG, as_of=AS_OF, span=ChartRange.YEAR)
    render(chart.figure)
    return chart


def _texts(figure: Figure) -> list[str]:
    return [t.get_text() for t in figure.findobj(Text) if t.get_visible()]


def _by_gid(chart: PersonChart, gid: str) -> list[object]:
    assert chart.health_axes is not None
    return [a for a in chart.health_axes.get_children() if a.get_gid() == gid]


EXPECTED_START = {
    ChartRange.THREE_MONTHS: dt.date(2025, 10, 1),
    ChartRange.YEAR: dt.date(2025, 1, 1),
    ChartRange.ALL: dt.date(2024, 1, 1),  # the day Giulia was planted
}


@pytest.mark.parametrize("span", list(ChartRange))
def test_the_health_line_is_the_models_daily_series_in_percent(model, span):
    chart = person_chart(model, 1, LOG, as_of=AS_OF, span=span)
    expected = model.series(1, EXPECTED_START[span], AS_OF)
    assert chart.health_line is not None and chart.growth_line is not None
    y = np.asarray(chart.health_line.get_ydata(), dtype=float)
    assert y.tolist() == [h * 100 for h in expected.health]
    x = np.asarray(chart.health_line.get_xdata(), dtype=float)
    assert x[0] == day_number(EXPECTED_START[span]) and x[-1] == day_number(AS_OF)
    assert np.asarray(chart.growth_line.get_ydata()).tolist() == list(expected.growth)


def test_each_moment_in_the_range_is_one_mark_sitting_on_the_line(year_chart, model):
    in_range = sorted(
        (i for i in LOG if dt.date(2025, 1, 1) <= i.on <= AS_OF), key=lambda i: (i.on, i.id)
    )
    assert [m.id for m in year_chart.moments] == [m.id for m in in_range]
    health = model.series(1, dt.date(2025, 1, 1), AS_OF).health
    for marks in year_chart.marks:
        offsets = np.asarray(marks.artist.get_offsets())
        for (x, y), item in zip(offsets, marks.moments, strict=True):
            assert item.channel is marks.channel
            assert x == day_number(item.on)
            assert y == pytest.approx(health[(item.on - dt.date(2025, 1, 1)).days] * 100)


def test_a_marks_shape_tells_the_channel_and_its_size_the_depth(year_chart):
    assert len(set(CHANNEL_MARKERS.values())) == len(Channel)
    paths = {}
    for marks in year_chart.marks:
        path = marks.artist.get_paths()[0]
        paths[marks.channel] = len(path.vertices)
        sizes = marks.artist.get_sizes()
        by_depth = {item.depth: size for item, size in zip(marks.moments, sizes, strict=True)}
        ordered = [by_depth[d] for d in Depth if d in by_depth]
        assert ordered == sorted(ordered) and len(set(ordered)) == len(ordered)
    assert len(paths) == len(Channel)
    assert DEPTH_SIZES[Depth.BRIEF] < DEPTH_SIZES[Depth.GOOD] < DEPTH_SIZES[Depth.DEEP]


def _display_point(chart: PersonChart, item: Interaction) -> tuple[float, float]:
    for marks in chart.marks:
        if item in marks.moments:
            offset = np.asarray(marks.artist.get_offsets())[marks.moments.index(item)]
            x, y = marks.artist.get_offset_transform().transform(offset)
            return float(x), float(y)
    raise AssertionError("moment not drawn")


def test_hovering_a_mark_finds_its_moment_and_empty_paper_finds_none(year_chart):
    lone = next(i for i in LOG if i.on == dt.date(2025, 5, 7))
    x, y = _display_point(year_chart, lone)
    assert year_chart.moments_at(x + 1, y - 1) == [lone]
    # Two moments on one day share a spot: the tooltip shows both.
    same_day = [i for i in LOG if i.on == dt.date(2025, 11, 20)]
    x, y = _display_point(year_chart, same_day[1])
    assert sorted(m.id for m in year_chart.moments_at(x, y)) == [100, 101]
    # Far from any mark (the middle of the figure's left margin): nothing.
    assert year_chart.moments_at(2.0, year_chart.figure.bbox.height / 2) == []


def test_rests_are_shaded_where_the_line_stays_flat(year_chart):
    shaded = _by_gid(year_chart, "rest")
    spans = sorted((p.get_x(), p.get_x() + p.get_width()) for p in shaded)  # type: ignore[attr-defined]
    assert spans == [
        (day_number(dt.date(2025, 5, 31)), day_number(dt.date(2025, 6, 20))),
        (day_number(dt.date(2025, 8, 4)), day_number(dt.date(2025, 8, 18))),
    ]
    health = np.asarray(year_chart.health_line.get_ydata())  # type: ignore[union-attr]
    june = (dt.date(2025, 5, 31) - dt.date(2025, 1, 1)).days
    assert len(set(health[june : june + 21].tolist())) == 1  # a rest pauses wilting
    assert "resting" in _texts(year_chart.figure)


def test_birthdays_are_marked_on_their_day(model):
    chart = person_chart(model, 1, LOG, as_of=AS_OF, span=ChartRange.ALL)
    (marks,) = _by_gid(chart, "birthday")
    xs = np.asarray(marks.get_offsets())[:, 0].tolist()  # type: ignore[attr-defined]
    assert xs == [day_number(dt.date(2024, 3, 15)), day_number(dt.date(2025, 3, 15))]
    three_months = person_chart(model, 1, LOG, as_of=AS_OF, span=ChartRange.THREE_MONTHS)
    assert _by_gid(three_months, "birthday") == []
    assert "birthday" not in _texts(three_months.figure)


def test_the_thirsty_line_is_drawn_at_half_with_gentle_words(year_chart, model):
    (line,) = _by_gid(year_chart, "thirsty-line")
    assert list(line.get_ydata()) == [50, 50]  # type: ignore[attr-defined]
    assert "a little\nthirsty" in _texts(year_chart.figure)
    # Wildflowers never wilt: no thirsty line for the meadow.
    meadow = dataclasses.replace(person(2, Circle.MEADOW), name="Marco")
    garden = GardenModel([GIULIA, meadow], [_moment(7, dt.date(2025, 3, 1), pid=2)])
    chart = person_chart(garden, 2, [], as_of=AS_OF)
    assert chart.health_line is not None
    assert _by_gid(chart, "thirsty-line") == []
    assert "a little\nthirsty" not in _texts(chart.figure)


def test_a_chart_of_a_range_before_the_plant_existed_says_so_without_axes():
    later = dataclasses.replace(GIULIA, created=dt.datetime(2026, 2, 1, 9, 0))
    chart = person_chart(GardenModel([later], []), 1, [], as_of=AS_OF)
    assert chart.figure.axes == []
    assert chart.note == NOTHING_YET and NOTHING_YET in _texts(chart.figure)
    render(chart.figure)  # and it still draws


def test_a_quiet_range_shows_the_line_and_says_there_were_no_moments():
    quiet = [i for i in LOG if i.on < dt.date(2025, 9, 1)]
    model = GardenModel([GIULIA], quiet, RESTS)
    chart = person_chart(model, 1, quiet, as_of=AS_OF, span=ChartRange.THREE_MONTHS)
    assert chart.marks == () and chart.note == NOTHING_YET
    assert NOTHING_YET in _texts(chart.figure)
    with_moments = person_chart(model, 1, quiet, as_of=AS_OF, span=ChartRange.YEAR)
    assert with_moments.note is None and NOTHING_YET not in _texts(with_moments.figure)


def test_a_young_plant_starts_on_its_planting_day():
    young = dataclasses.replace(GIULIA, created=dt.datetime(2025, 10, 1, 9, 0))
    model = GardenModel([young], [])
    chart = person_chart(model, 1, [], as_of=AS_OF, span=ChartRange.YEAR)
    assert chart.start == dt.date(2025, 10, 1)
    x = np.asarray(chart.health_line.get_xdata())  # type: ignore[union-attr]
    assert x[0] == day_number(dt.date(2025, 10, 1))
    assert not np.isnan(np.asarray(chart.health_line.get_ydata(), dtype=float)).any()  # type: ignore[union-attr]


def test_an_archived_persons_chart_ends_when_they_were_let_go(model):
    let_go = dataclasses.replace(GIULIA, archived_at=dt.datetime(2025, 7, 1, 20, 0))
    chart = person_chart(GardenModel([let_go], LOG, RESTS), 1, LOG, as_of=AS_OF)
    assert chart.end == dt.date(2025, 7, 1)
    assert max(m.on for m in chart.moments) <= dt.date(2025, 7, 1)


def test_years_of_moments_get_an_average_over_the_faint_daily_line(model):
    chart = person_chart(model, 1, LOG, as_of=AS_OF, span=ChartRange.ALL)
    assert "four-week average" in _texts(chart.figure)
    assert "four-week average" not in _texts(
        person_chart(model, 1, LOG, as_of=AS_OF, span=ChartRange.YEAR).figure
    )


@pytest.mark.parametrize("palette", [LIGHT, DARK])
def test_light_and_dark_use_the_gardens_paper_and_ink(model, palette):
    chart = person_chart(model, 1, LOG, as_of=AS_OF, look=ChartLook(palette))
    render(chart.figure)
    assert to_rgba(chart.figure.get_facecolor()) == to_rgba(palette.paper)
    assert chart.health_axes is not None
    assert to_rgba(chart.health_axes.get_facecolor()) == to_rgba(palette.paper)
    assert chart.health_axes.get_title(loc="left") == "Giulia Rossi · the last year"
    title = next(t for t in chart.figure.findobj(Text) if t.get_text().startswith("Giulia"))
    assert to_rgba(title.get_color()) == to_rgba(palette.text)
    assert to_rgba(chart.health_line.get_color()) == to_rgba(palette.leaf)  # type: ignore[union-attr]


def test_an_unknown_font_falls_back_quietly(model, caplog):
    look = ChartLook(font_family="A Font Nobody Has")
    assert look.families[0] == "DejaVu Sans"
    with caplog.at_level(logging.WARNING, logger="matplotlib"):
        render(person_chart(model, 1, LOG, as_of=AS_OF, look=look).figure)
    assert not [r for r in caplog.records if "findfont" in r.getMessage()]


def test_the_window_can_leave_the_name_out(model):
    chart = person_chart(model, 1, LOG, as_of=AS_OF, title=False)
    assert "Giulia Rossi · the last year" not in _texts(chart.figure)


def test_a_tooltip_tells_the_moment_in_words():
    item = _moment(
        9,
        dt.date(2025, 3, 7),
        Channel.CALL,
        Depth.DEEP,
        at=dt.time(19, 30),
        reached_out=ReachedOut.THEM,
        favour=Favour.RECEIVED,
        topics=("Lisbon", "travel"),
        note="Talked about her trip " + "and much more " * 20,
    )
    lines = describe_moment(item).split("\n")
    assert lines[:5] == [
        "7 Mar 2025, 19:30",
        "A call · deep",
        "They reached out",
        "A favour you received",
        "Lisbon, travel",
    ]
    assert lines[5].startswith("“Talked about her trip") and lines[5].endswith("…”")
    assert len(lines[5]) <= 142
    plain = describe_moment(_moment(10, dt.date(2025, 3, 8), Channel.MESSAGE, Depth.BRIEF))
    assert plain == "8 Mar 2025\nA message · brief"  # reaching out yourself goes unsaid


def test_ranges_end_on_the_day_and_reach_back_in_calendar_months():
    assert months_before(dt.date(2025, 5, 31), 3) == dt.date(2025, 2, 28)
    assert months_before(dt.date(2024, 5, 31), 3) == dt.date(2024, 2, 29)
    assert months_before(dt.date(2025, 1, 15), 12) == dt.date(2024, 1, 15)
    planted = dt.date(2020, 6, 1)
    assert range_start(ChartRange.THREE_MONTHS, AS_OF, planted) == dt.date(2025, 10, 1)
    assert range_start(ChartRange.YEAR, AS_OF, planted) == dt.date(2025, 1, 1)
    assert range_start(ChartRange.ALL, AS_OF, planted) == planted
