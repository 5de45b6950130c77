"""The garden through a year: how the plants were doing, the moments, the topics.

Four panels on one page:

* how many tended plants were thriving, doing well, thirsty or asleep each day (a
  stacked area; the bands are defined in `garden.charts.garden_year`);
* moments each month by depth (stacked bars);
* what you talked about (horizontal bars, the most talked about first);
* who reached out each month, drawn gently: your moments rise above a quiet middle
  strip of shared plans, theirs hang below it. No percentages and no totals side by
  side: it shows the rhythm of give and take, never a score of who cares more.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

import numpy as np
from matplotlib.artist import Artist
from matplotlib.axes import Axes
from matplotlib.collections import PolyCollection
from matplotlib.container import BarContainer
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator, NullLocator

from garden.charts.garden_year import Band, GardenYear, garden_year
from garden.charts.layout import PaperLayout, Rect, line_height, text_width
from garden.charts.look import (
    NOTHING_YET,
    ChartLook,
    day_number,
    month_axis,
    month_names,
    new_figure,
    note_in,
    panel_title,
    say_nothing_yet,
    style_axes,
)
from garden.domain.growth import GardenModel
from garden.domain.model import Depth, Interaction, ReachedOut, Species
from garden.domain.palette import PETALS
from garden.i18n import N_, _

_BAND_COLOUR_FIELD = {
    Band.FLOURISHING: "chart_flourishing",
    Band.HEALTHY: "chart_healthy",
    Band.THIRSTY: "chart_thirsty",
    Band.DORMANT: "chart_dormant",
}
#: Points of air around and between panels, and matplotlib's own pads we leave room for.
_EDGE = 8.0
_ROW_AIR = 18.0
_COLUMN_AIR = 28.0
_TITLE_PAD = 8.0  # as `panel_title` pads
_NOTE_PAD = 6.0
_TOPIC_PAD = 6.0
_TICK_SPACE = 3.0 + 3.5
_AXIS_LABEL_PAD = 4.0
_DEPTH_WORDS = {Depth.BRIEF: N_("brief"), Depth.GOOD: N_("good"), Depth.DEEP: N_("deep")}
_REACH_WORDS = {ReachedOut.ME: N_("you"), ReachedOut.BOTH: N_("both"), ReachedOut.THEM: N_("they")}


@dataclass(frozen=True, slots=True)
class GardenOverviewChart:
    """The overview figure, the numbers it draws, and its parts (for tests and tooltips).

    Panels that had nothing to show are None (the figure says so in their place).
    """

    figure: Figure
    data: GardenYear
    bands_axes: Axes | None
    months_axes: Axes | None
    topics_axes: Axes | None
    reach_axes: Axes | None
    band_areas: Mapping[Band, PolyCollection]
    depth_bars: Mapping[Depth, BarContainer]
    topic_bars: BarContainer | None
    reach_bars: Mapping[ReachedOut, BarContainer]
    note: str | None  # what the figure says (translated) instead of the panels, if empty


def garden_overview_chart(
    model: GardenModel,
    interactions: Iterable[Interaction],
    year: int,
    *,
    as_of: dt.date,
    look: ChartLook | None = None,
    size: tuple[float, float] = (11.0, 7.6),
    dpi: float = 100.0,
) -> GardenOverviewChart:
    """The garden through `year`, up to `as_of` for the year in progress."""
    look = look or ChartLook()
    data = garden_year(model, interactions, year, as_of)
    figure = new_figure(look, size, dpi)
    if data.empty:
        say_nothing_yet(figure, look)
        return GardenOverviewChart(
            figure, data, None, None, None, None, {}, {}, None, {}, _(NOTHING_YET)
        )

    # Placed by `_layout` at every draw.
    ax_bands, ax_months, ax_reach, ax_topics = (
        figure.add_axes((0.1, 0.1, 0.5, 0.5)) for _axes in range(4)
    )
    for ax in (ax_bands, ax_months, ax_reach, ax_topics):
        style_axes(ax, look)

    areas = _draw_bands(ax_bands, look, data)
    depth_bars = _draw_months(ax_months, look, data)
    reach_bars = _draw_reach(ax_reach, look, data)
    topic_bars = _draw_topics(ax_topics, look, data)
    counts = [str(round(ax.get_ylim()[1])) for ax in (ax_bands, ax_months)]
    figure.set_layout_engine(
        _layout(
            look,
            (ax_bands, ax_months, ax_reach, ax_topics),
            count_labels=counts,
            topic_labels=[name for name, _count in data.topics],
        )
    )
    return GardenOverviewChart(
        figure,
        data,
        ax_bands,
        ax_months,
        ax_topics,
        ax_reach,
        areas,
        depth_bars,
        topic_bars,
        reach_bars,
        None,
    )


def _layout(
    look: ChartLook,
    axes: tuple[Axes, Axes, Axes, Axes],
    *,
    count_labels: Sequence[str],
    topic_labels: Sequence[str],
) -> PaperLayout:
    """The year across the top; months and who reached out on the left; topics on the right.

    Margins are measured from the labels once; the panels share what is left in the
    proportions below at whatever size the figure is drawn.
    """
    bands, months, reach, topics = axes
    title = line_height(look, 1.1) + _TITLE_PAD
    ticks = line_height(look, 0.9) + _TICK_SPACE
    left = (
        _EDGE
        + line_height(look, 0.95)
        + _AXIS_LABEL_PAD
        + text_width(look, count_labels, 0.9)
        + _TICK_SPACE
    )
    top = _EDGE + title
    bottom = _EDGE + ticks
    # Below the year: its month names and the meadow note, air, the next titles.
    gap_year = ticks + line_height(look, 0.8) + _NOTE_PAD + _ROW_AIR + title
    gap_rows = _ROW_AIR + title  # the months panel's months are named below the next one
    gap_columns = _COLUMN_AIR + text_width(look, topic_labels, 0.9, written=True) + _TOPIC_PAD

    def place(width: float, height: float) -> dict[Axes, Rect]:
        inner_w = width - left - _EDGE
        inner_h = height - top - bottom - gap_year - gap_rows
        year_h = inner_h * 1.25 / 3.25
        row_h = inner_h / 3.25
        left_w = (inner_w - gap_columns) * 1.55 / 2.55
        year_bottom = height - top - year_h
        months_bottom = year_bottom - gap_year - row_h
        return {
            bands: (left, year_bottom, inner_w, year_h),
            months: (left, months_bottom, left_w, row_h),
            reach: (left, bottom, left_w, row_h),
            topics: (
                left + left_w + gap_columns,
                bottom,
                inner_w - left_w - gap_columns,
                months_bottom + row_h - bottom,
            ),
        }

    return PaperLayout(place)


def _legend_above(
    ax: Axes,
    look: ChartLook,
    ncols: int,
    entries: Sequence[tuple[Artist, str]] | None = None,
) -> None:
    """A one-line legend on the right above the panel, level with its title: never on data."""
    extra = {}
    if entries is not None:
        extra = {"handles": [h for h, _words in entries], "labels": [w for _handle, w in entries]}
    ax.legend(
        **extra,
        loc="lower right",
        bbox_to_anchor=(1.0, 1.0),
        ncols=ncols,
        frameon=False,
        prop=look.legend_font(0.9),
        labelcolor=look.ink_soft,
        handlelength=1.0,
        handleheight=0.8,
        handletextpad=0.4,
        columnspacing=1.1,
        borderaxespad=0.1,
        borderpad=0.0,
    )


def _draw_bands(ax: Axes, look: ChartLook, data: GardenYear) -> dict[Band, PolyCollection]:
    panel_title(ax, look, _("How your plants were doing through {year}").format(year=data.year))
    first = day_number(data.start)
    year_end = day_number(dt.date(data.year, 12, 31))
    ax.set_xlim(first, year_end)  # the whole year, even while it is still going on
    month_axis(ax)
    if not data.has_plants:
        note_in(ax, look, _("No tended plants in this range yet"))
        ax.yaxis.set_major_locator(NullLocator())
        return {}
    x = first + np.arange(len(data.bands[Band.FLOURISHING]), dtype=float)
    bands = list(Band)
    polys = ax.stackplot(
        x,
        *[np.asarray(data.bands[b], dtype=float) for b in bands],
        labels=[b.words for b in bands],
        colors=[getattr(look.palette, _BAND_COLOUR_FIELD[b]) for b in bands],
        linewidth=0,
    )
    totals = np.sum([data.bands[b] for b in bands], axis=0)
    ax.set_ylim(0, max(1.0, float(totals.max()) * 1.08))
    ax.yaxis.set_major_locator(MaxNLocator(nbins=4, integer=True))
    ax.set_ylabel(_("plants"))
    _legend_above(ax, look, ncols=len(bands))
    # Said where the eye looks for what the axis means, in the quiet axis-label style.
    ax.set_xlabel(
        _("The meadow is not counted: wildflowers never wilt."),
        loc="left",
        labelpad=_NOTE_PAD,
        **look.text(0.8, soft=True),
    )
    return dict(zip(bands, polys, strict=True))


def _month_axis(ax: Axes) -> None:
    ax.set_xlim(-0.6, 11.6)
    ax.set_xticks(range(12), month_names())


def _draw_months(ax: Axes, look: ChartLook, data: GardenYear) -> dict[Depth, BarContainer]:
    panel_title(ax, look, _("Moments each month"))
    _month_axis(ax)
    if data.moments == 0:
        note_in(ax, look, _(NOTHING_YET))
        ax.yaxis.set_major_locator(NullLocator())
        return {}
    colours = {
        Depth.BRIEF: look.soft(look.palette.water, 0.62),
        Depth.GOOD: look.soft(look.palette.water, 0.32),
        Depth.DEEP: look.palette.water,
    }
    bottom = np.zeros(12)
    bars: dict[Depth, BarContainer] = {}
    for depth in Depth:
        heights = np.asarray(data.months_by_depth[depth], dtype=float)
        bars[depth] = ax.bar(
            range(12),
            heights,
            0.72,
            bottom=bottom,
            color=colours[depth],
            label=_(_DEPTH_WORDS[depth]),
            linewidth=0,
        )
        bottom = bottom + heights
    ax.set_ylim(0, max(1.0, float(bottom.max()) * 1.1))
    ax.yaxis.set_major_locator(MaxNLocator(nbins=4, integer=True))
    _legend_above(ax, look, ncols=3)
    ax.set_xticks([])  # the months are named once, under "Who reached out" right below
    return bars


def _draw_reach(ax: Axes, look: ChartLook, data: GardenYear) -> dict[ReachedOut, BarContainer]:
    panel_title(ax, look, _("Who reached out"))
    _month_axis(ax)
    # No numbers on this panel: it is a rhythm to look at, not a tally to compare.
    ax.yaxis.set_major_locator(NullLocator())
    ax.spines["left"].set_visible(False)
    if data.moments == 0:
        note_in(ax, look, _(NOTHING_YET))
        return {}
    me = np.asarray(data.months_by_reach[ReachedOut.ME], dtype=float)
    them = np.asarray(data.months_by_reach[ReachedOut.THEM], dtype=float)
    both = np.asarray(data.months_by_reach[ReachedOut.BOTH], dtype=float)
    you_colour = look.soft(look.palette.water, 0.35)
    them_colour = look.soft(PETALS[Species.LAVENDER][0], 0.35)
    both_colour = look.soft(look.palette.text_soft, 0.6)
    bars = {
        # Shared plans sit across the middle, half above and half below.
        ReachedOut.BOTH: ax.bar(
            range(12), both, 0.72, bottom=-both / 2, color=both_colour, linewidth=0
        ),
        ReachedOut.ME: ax.bar(range(12), me, 0.72, bottom=both / 2, color=you_colour, linewidth=0),
        ReachedOut.THEM: ax.bar(
            range(12), them, 0.72, bottom=-both / 2 - them, color=them_colour, linewidth=0
        ),
    }
    reach = float(max((me + both / 2).max(), (them + both / 2).max(), 1.0)) * 1.12
    ax.set_ylim(-reach, reach)
    ax.axhline(0, color=look.rule, lw=0.6, zorder=0)
    ax.spines["bottom"].set_visible(False)
    ax.tick_params(axis="x", length=0)
    order = (ReachedOut.ME, ReachedOut.BOTH, ReachedOut.THEM)
    _legend_above(ax, look, 3, [(bars[w].patches[0], _(_REACH_WORDS[w])) for w in order])
    return bars


def _draw_topics(ax: Axes, look: ChartLook, data: GardenYear) -> BarContainer | None:
    panel_title(ax, look, _("What you talked about"))
    ax.xaxis.set_major_locator(NullLocator())
    ax.spines["bottom"].set_visible(False)
    ax.spines["left"].set_visible(False)
    if not data.topics:
        ax.yaxis.set_major_locator(NullLocator())
        note_in(ax, look, _("No topics in this range yet"))
        return None
    names = [name for name, _count in data.topics]
    counts = [count for _name, count in data.topics]
    rows = np.arange(len(names))
    bars = ax.barh(rows, counts, 0.62, color=look.soft(look.palette.leaf_light, 0.25), lw=0)
    ax.set_yticks(rows, names)
    # Topics are the user's own words, in any script: give them the fallback fonts.
    ax.tick_params(axis="y", length=0, pad=_TOPIC_PAD, labelfontfamily=look.families)
    ax.set_xlim(0, max(counts) * 1.18)
    ax.set_ylim(len(names) - 0.5, -0.6)  # upside down: the most talked about at the top
    for row, count in zip(rows, counts, strict=True):
        ax.annotate(
            str(count),
            xy=(count, row),
            xytext=(4, 0),
            textcoords="offset points",
            ha="left",
            va="center",
            **look.text(0.85, soft=True),
        )
    return bars
