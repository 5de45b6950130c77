"""Charts keep their words on the paper and off the data, at any size and font size."""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools

import pytest
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.text import Text
from matplotlib.transforms import Bbox

from garden.charts.export import render
from garden.charts.garden_overview import garden_overview_chart
from garden.charts.look import ChartLook, date_ticks
from garden.charts.person import person_chart
from garden.charts.ranges import ChartRange
from garden.domain.growth import GardenModel
from garden.domain.model import Birthday, Channel, Circle, Depth, Interaction, ReachedOut, Rest
from tests.helpers.builders import person

AS_OF = dt.date(2025, 12, 31)
GIULIA = dataclasses.replace(
    person(1, Circle.CLOSE, name="Giulia Rossi-Bianchi"), birthday=Birthday(4, 2)
)
FRIEND = person(2, Circle.FRIENDS, name="王芳")
LOG = [
    Interaction(
        id=i + 1,
        person_id=1 + i % 2,
        on=dt.date(2024, 1, 3) + dt.timedelta(days=9 * i),
        channel=list(Channel)[i % 6],
        depth=list(Depth)[i % 3],
        reached_out=list(ReachedOut)[i % 3],
        topics=(("university memories",), ("board games", "cooking"), ())[i % 3],
    )
    for i in range(80)
]
MODEL = GardenModel([GIULIA, FRIEND], LOG, [Rest(1, dt.date(2025, 8, 5), dt.date(2025, 8, 18))])


def _drawn_texts(figure: Figure) -> list[Text]:
    """Every text drawn: titles, labels, notes, legends, and the tick labels in view.

    (matplotlib keeps labels of ticks outside the view around, undrawn.)
    """
    texts: list[Text] = list(figure.texts)
    for legend in figure.legends:
        texts.extend(legend.get_texts())
    for ax in figure.axes:
        texts.extend([ax.title, ax._left_title, ax.xaxis.label, ax.yaxis.label, *ax.texts])
        if ax.get_legend():
            texts.extend(ax.get_legend().get_texts())
        for axis, (lo, hi) in ((ax.xaxis, ax.get_xlim()), (ax.yaxis, ax.get_ylim())):
            low, high = min(lo, hi), max(lo, hi)
            for tick in axis.get_major_ticks():
                if low <= tick.get_loc() <= high:
                    texts.append(tick.label1)
    return [t for t in texts if t.get_visible() and t.get_text().strip()]


def _check_layout(figure: Figure, panels: list[Axes]) -> None:
    render(figure)
    renderer = figure.canvas.get_renderer()  # type: ignore[attr-defined]
    paper = figure.bbox.padded(0.5)
    for text in _drawn_texts(figure):
        box = text.get_window_extent(renderer)
        assert paper.contains(box.x0, box.y0) and paper.contains(box.x1, box.y1), (
            f"“{text.get_text()}” is cut off at the edge"
        )
    legends = [a.get_legend() for a in panels if a.get_legend()] + figure.legends
    for legend in legends:
        box = legend.get_window_extent(renderer)
        for ax in panels:
            assert not Bbox.intersection(box, ax.bbox) or _touching(box, ax.bbox), (
                "a legend covers a panel"
            )
    for i, a in enumerate(panels):
        for b in panels[i + 1 :]:
            assert _touching(a.get_tightbbox(renderer), b.bbox) or not Bbox.intersection(
                a.get_tightbbox(renderer), b.bbox
            ), "two panels overlap"


def _touching(a: Bbox, b: Bbox) -> bool:
    overlap = Bbox.intersection(a, b)
    return overlap is not None and (overlap.width < 1.5 or overlap.height < 1.5)


SIZES = [((8.0, 4.6), 9.0), ((6.0, 3.6), 8.0), ((12.0, 6.0), 12.0)]


@pytest.mark.parametrize(("size", "font_size"), SIZES)
@pytest.mark.parametrize("span", [ChartRange.YEAR, ChartRange.ALL])
def test_a_persons_chart_keeps_its_words_on_the_paper_and_off_the_data(size, font_size, span):
    chart = person_chart(
        MODEL, 1, LOG, as_of=AS_OF, span=span, size=size, look=ChartLook(font_size=font_size)
    )
    assert chart.health_axes is not None and chart.growth_axes is not None
    _check_layout(chart.figure, [chart.health_axes, chart.growth_axes])


@pytest.mark.parametrize(("size", "font_size"), [((11.0, 7.6), 9.0), ((8.0, 6.0), 11.0)])
def test_the_garden_overview_keeps_its_words_on_the_paper_and_off_the_data(size, font_size):
    chart = garden_overview_chart(
        MODEL, LOG, 2025, as_of=AS_OF, size=size, look=ChartLook(font_size=font_size)
    )
    panels = [chart.bands_axes, chart.months_axes, chart.reach_axes, chart.topics_axes]
    assert all(p is not None for p in panels)
    _check_layout(chart.figure, [p for p in panels if p is not None])


def test_resizing_keeps_the_margins_and_gives_the_panels_the_room():
    chart = person_chart(MODEL, 1, LOG, as_of=AS_OF)
    assert chart.health_axes is not None
    render(chart.figure)
    small = chart.health_axes.bbox.frozen()
    chart.figure.set_size_inches(12.0, 6.0)
    render(chart.figure)
    large = chart.health_axes.bbox.frozen()
    dpi = chart.figure.dpi
    assert large.x0 == pytest.approx(small.x0)  # the left margin stays the labels' width
    assert large.width - small.width == pytest.approx(4.0 * dpi)


@pytest.mark.parametrize(
    ("start", "end", "ticks", "labels"),
    [
        ((2025, 9, 27), (2025, 12, 26), 3, ["Oct 2025", "Nov", "Dec"]),
        ((2025, 1, 1), (2025, 12, 31), 6, ["2025", "Mar", "May", "Jul", "Sept", "Nov"]),
        ((2016, 11, 26), (2026, 11, 26), 10, ["2017", "2018", "2019"]),
        ((2025, 12, 20), (2025, 12, 31), 6, ["20 Dec 2025", "22 Dec", "24 Dec"]),
    ],
)
def test_dates_are_said_briefly_with_the_year_once(start, end, ticks, labels):
    days, words = date_ticks(dt.date(*start), dt.date(*end))
    assert len(days) == ticks == len(words)
    assert words[: len(labels)] == labels
    assert all(dt.date(*start) <= d <= dt.date(*end) for d in days)


def _tended_since(days: int, every: int) -> tuple[GardenModel, list[Interaction]]:
    """Someone planted `days` ago and seen in person every `every` days since."""
    planted = AS_OF - dt.timedelta(days=days)
    log = [
        Interaction(
            id=n + 1,
            person_id=1,
            on=planted + dt.timedelta(days=n * every),
            channel=Channel.IN_PERSON,
            depth=Depth.DEEP,
        )
        for n in range(days // every + 1)
    ]
    return GardenModel([person(1, Circle.CLOSE, planted=planted)], log), log


GROWING = {
    "a seedling": _tended_since(2, 1),
    "a young plant": _tended_since(200, 12),
    "mature, nearly twice flourishing": _tended_since(1050, 4),  # two stages, closest
    "ten years flourishing": _tended_since(3650, 4),
}
#: The window's chart at its smallest (no title line), with small to large UI fonts.
GROWTH_SIZES = [((8.0, 4.6), 9.0, True), *(((8.0, 2.6), f, False) for f in (9.0, 11.0, 14.0))]


@pytest.mark.parametrize(("size", "font_size", "title"), GROWTH_SIZES)
@pytest.mark.parametrize("plant", list(GROWING))
def test_the_growth_panel_names_stages_that_never_print_over_each_other(
    plant, size, font_size, title
):
    model, log = GROWING[plant]
    chart = person_chart(
        model,
        1,
        log,
        as_of=AS_OF,
        span=ChartRange.ALL,
        size=size,
        look=ChartLook(font_size=font_size),
        title=title,
    )
    assert chart.growth_axes is not None
    render(chart.figure)
    renderer = chart.figure.canvas.get_renderer()  # type: ignore[attr-defined]
    low, high = chart.growth_axes.get_ylim()
    labels = [
        tick.label1
        for tick in chart.growth_axes.yaxis.get_major_ticks()
        if low <= tick.get_loc() <= high and tick.label1.get_text()
    ]
    assert labels, "the growth panel names no stage at all"
    boxes = sorted((label.get_window_extent(renderer) for label in labels), key=lambda b: b.y0)
    air = font_size * 0.2 * chart.figure.dpi / 72.0
    for below, above in itertools.pairwise(boxes):
        assert above.y0 - below.y1 >= air, [label.get_text() for label in labels]
