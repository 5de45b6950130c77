"""One person's chart: health and growth over time, with every moment as a mark.

The health line is the growth model's daily series (in percent), never a re-computation;
each moment sits on that line on its day, its shape telling the channel and its size the
depth. The thirsty line, rests and birthdays give the line its context.

The window shows the figure in a `FigureCanvasQTAgg` and, on mouse moves, asks
`PersonChart.moments_at(event.x, event.y)` which moments are under the pointer, then
shows `describe_moment` of each in a tooltip.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np
from matplotlib.artist import Artist
from matplotlib.axes import Axes
from matplotlib.axis import Axis
from matplotlib.collections import PathCollection
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch
from matplotlib.ticker import FixedLocator, FuncFormatter, Locator, PercentFormatter

from garden.charts.layout import PaperLayout, Rect, line_height, text_width
from garden.charts.look import (
    NOTHING_YET,
    ChartLook,
    date_axis,
    day_number,
    new_figure,
    say_nothing_yet,
    style_axes,
)
from garden.charts.ranges import ChartRange, range_start
from garden.domain.growth import STAGE_THRESHOLDS, THIRSTY, DailySeries, GardenModel
from garden.domain.model import Channel, Depth, Favour, Interaction, Person, ReachedOut, Rest
from garden.domain.words import stage_words
from garden.i18n import N_, _, format_day

#: The shape of a moment's mark, by channel: round for a message, a star for being there.
CHANNEL_MARKERS: dict[Channel, str] = {
    Channel.MESSAGE: "o",
    Channel.LETTER: "s",
    Channel.CALL: "^",
    Channel.VIDEO: "D",
    Channel.ACTIVITY: "p",
    Channel.IN_PERSON: "*",
}
#: Marker shapes look different sizes at the same area; this evens them out.
_MARKER_SCALE = {"o": 1.0, "s": 0.8, "^": 1.1, "D": 0.7, "p": 1.0, "*": 1.8}
#: A moment's mark area in points², by depth: a deep talk stands out, a ping stays small.
DEPTH_SIZES: dict[Depth, float] = {Depth.BRIEF: 14.0, Depth.GOOD: 34.0, Depth.DEEP: 70.0}

CHANNEL_WORDS: dict[Channel, str] = {
    Channel.MESSAGE: N_("a message"),
    Channel.LETTER: N_("a letter or gift"),
    Channel.CALL: N_("a call"),
    Channel.VIDEO: N_("a video call"),
    Channel.ACTIVITY: N_("something together"),
    Channel.IN_PERSON: N_("in person"),
}
DEPTH_WORDS: dict[Depth, str] = {
    Depth.BRIEF: N_("brief"),
    Depth.GOOD: N_("a good conversation"),
    Depth.DEEP: N_("deep"),
}
#: The size key of the moments' marks, short enough for the legend column.
LEGEND_DEPTHS: dict[Depth, str] = {
    Depth.BRIEF: N_("brief"),
    Depth.GOOD: N_("good"),
    Depth.DEEP: N_("deep"),
}
_REACH_WORDS = {
    ReachedOut.THEM: N_("They reached out"),
    ReachedOut.BOTH: N_("You both reached out"),
}
_FAVOUR_WORDS = {
    Favour.GIVEN: N_("A favour you gave"),
    Favour.RECEIVED: N_("A favour you received"),
}
#: Extra pixels around a mark that still count as "on" it, for a steady tooltip.
HOVER_SLACK_PX = 3.0
_THIRSTY_WORDS = N_("a little\nthirsty")
_THIRSTY_OFFSET = 6.0
_LEGEND_SCALE = 0.95
_LEGEND_BORDER = 0.4  # in font sizes, like matplotlib's own legend measures
_LEGEND_EDGE = 0.4
_LEGEND_HANDLE = 1.4
_LEGEND_HANDLE_PAD = 0.4
#: Points around the panels: the paper's edge and the space between health and growth.
_EDGE = 8.0
_PANEL_GAP = 16.0
#: matplotlib's tick length plus its label padding, in points.
_TICK_SPACE = 3.0 + 3.5
_AXIS_LABEL_PAD = 4.0
_TITLE_PAD = 14.0
#: Longer than this, the daily line gets a four-week average over it and marks shrink.
LONG_RANGE_DAYS = 400
#: Over more than three years a month's average still zigzags: a season's reads better.
SEASON_RANGE_DAYS = 3 * 365
_NOTE_LIMIT = 140


@dataclass(frozen=True, slots=True)
class MomentMarks:
    """The marks of one channel: `moments[i]` is drawn at `artist.get_offsets()[i]`."""

    channel: Channel
    artist: PathCollection
    moments: tuple[Interaction, ...]


@dataclass(frozen=True, slots=True)
class PersonChart:
    """A person's chart and what the window needs to talk about it."""

    figure: Figure
    person: Person
    span: ChartRange
    start: dt.date
    end: dt.date
    series: DailySeries | None  # None when the plant did not exist in the range
    health_axes: Axes | None
    growth_axes: Axes | None
    health_line: Line2D | None
    growth_line: Line2D | None
    marks: tuple[MomentMarks, ...]
    note: str | None  # what the figure says (translated) instead of or over the lines

    @property
    def moments(self) -> list[Interaction]:
        """Every moment drawn, in date order."""
        items = [m for marks in self.marks for m in marks.moments]
        return sorted(items, key=_moment_order)

    def moments_at(self, x: float, y: float) -> list[Interaction]:
        """The moments whose marks are under display point (`x`, `y`), nearest first.

        `x`, `y` are matplotlib display pixels (a mouse event's `x` and `y`). Several
        moments on one day share a spot: all of them are returned. Valid once the figure
        has been drawn at its current size.
        """
        found: list[tuple[float, dt.date, int, Interaction]] = []
        for marks in self.marks:
            offsets = marks.artist.get_offsets()
            if len(marks.moments) == 0:
                continue
            points = marks.artist.get_offset_transform().transform(np.asarray(offsets))
            sizes = np.broadcast_to(marks.artist.get_sizes(), (len(marks.moments),))
            radii = np.sqrt(sizes) / 2.0 * self.figure.dpi / 72.0 + HOVER_SLACK_PX
            distances = np.hypot(points[:, 0] - x, points[:, 1] - y)
            for i in np.flatnonzero(distances <= radii):
                item = marks.moments[int(i)]
                found.append((float(distances[i]), item.on, item.id, item))
        found.sort(key=lambda hit: (round(hit[0], 6), hit[1], hit[2]))
        return [hit[3] for hit in found]


def describe_moment(item: Interaction) -> str:
    """A moment in a few short lines, for a tooltip over its mark."""
    when = format_day(item.on, "medium")
    if item.at is not None:
        when += f", {item.at:%H:%M}"
    what = _(CHANNEL_WORDS[item.channel])
    lines = [when, f"{what[0].upper()}{what[1:]} · {_(DEPTH_WORDS[item.depth])}"]
    if item.reached_out in _REACH_WORDS:
        lines.append(_(_REACH_WORDS[item.reached_out]))
    if item.favour is not None:
        lines.append(_(_FAVOUR_WORDS[item.favour]))
    if item.topics:
        lines.append(", ".join(item.topics))
    if item.note:
        note = " ".join(item.note.split())
        if len(note) > _NOTE_LIMIT:
            note = note[: _NOTE_LIMIT - 1].rstrip() + "…"
        lines.append(f"“{note}”")
    return "\n".join(lines)


def person_chart(
    model: GardenModel,
    person_id: int,
    interactions: Iterable[Interaction],
    *,
    as_of: dt.date,
    span: ChartRange = ChartRange.YEAR,
    look: ChartLook | None = None,
    size: tuple[float, float] = (8.0, 4.6),
    dpi: float = 100.0,
    title: bool = True,
) -> PersonChart:
    """Health and growth of one plant over `span`, ending on `as_of`.

    `interactions` may be the person's timeline or the whole log (others are skipped).
    For an archived person the chart ends on the day they were let go; for a plant
    younger than the range it starts on the day it was planted. `title` False
    leaves out the name line (the person page already shows it).
    """
    look = look or ChartLook()
    person = model.people[person_id]
    history = model.histories[person_id]
    end = as_of
    if person.archived_at is not None:
        end = min(end, person.archived_at.date())
    # A plant younger than the range starts where it was planted: months of nothing
    # before it would read as an empty chart.
    start = max(range_start(span, end, history.planted), history.planted)
    figure = new_figure(look, size, dpi)

    if start > end:  # not planted yet on the chart's last day
        say_nothing_yet(figure, look)
        return PersonChart(
            figure, person, span, start, end, None, None, None, None, None, (), _(NOTHING_YET)
        )

    series = model.series(person_id, start, end)
    moments = sorted(
        (i for i in interactions if i.person_id == person_id and start <= i.on <= end),
        key=_moment_order,
    )
    health = np.array([math.nan if h is None else h * 100.0 for h in series.health])
    growth = np.array([math.nan if g is None else g for g in series.growth])
    first = day_number(start)
    x = first + np.arange(len(health), dtype=float)

    # Placed by `_layout` at every draw; not `sharex`: setting the same limits by hand
    # spares measuring each other's labels on every draw.
    ax_h = figure.add_axes((0.1, 0.4, 0.8, 0.5))
    ax_g = figure.add_axes((0.1, 0.1, 0.8, 0.2))
    style_axes(ax_h, look)
    style_axes(ax_g, look)

    pad = max(1.0, (len(health) - 1) * 0.012)  # keeps the first and last marks whole
    for ax in (ax_h, ax_g):
        ax.set_xlim(first - pad, x[-1] + pad)
    # Dates once, under the growth panel right below; the health panel stays clean.
    date_axis(ax_g, start, end)
    ax_h.set_xticks([])

    legend: list[tuple[Artist, str]] = []
    rest_spans = _rest_spans(model.rests, person_id, start, end)
    for rest_start, rest_end in rest_spans:
        # Shade the flat stretch of the line: from the end of the day before the rest
        # to the end of its last day.
        left = max(day_number(rest_start) - 1.0, first)
        right = day_number(rest_end)
        # Only on the health panel: a rest pauses wilting, growth does not care.
        ax_h.axvspan(left, right, color=_rest_colour(look), lw=0, zorder=0, gid="rest")
    if rest_spans:
        legend.append((Patch(facecolor=_rest_colour(look), lw=0), _("resting")))

    long_range = len(health) > LONG_RANGE_DAYS
    health_line = _draw_health(ax_h, look, x, health, wilts=history.wilts, long_range=long_range)
    if long_range:
        words = _average_words(len(health))
        legend.append((Line2D([], [], color=look.palette.leaf, lw=2.2), words))
    growth_line, stage_names = _draw_growth(ax_g, look, x, growth)

    birthdays = _birthdays(person, start, end)
    if birthdays:
        bx = [day_number(b) for b in birthdays]
        ax_h.vlines(
            bx, 0, 100, colors=look.palette.accent, lw=0.8, ls=(0, (1, 2.5)), alpha=0.8, zorder=1
        )
        ax_h.scatter(
            bx,
            [104.0] * len(bx),
            s=22,
            marker="o",
            facecolors=look.palette.paper,
            edgecolors=look.palette.accent,
            linewidths=1.2,
            zorder=2,
            clip_on=False,
            gid="birthday",
        )
        legend.append((_marker_handle(look, "o", 22, hollow=True), _("birthday")))

    marks = _draw_moments(ax_h, look, moments, start, health, quiet=long_range)

    note = None
    if not moments:
        note = _(NOTHING_YET)
        ax_h.text(
            0.5,
            0.78,
            note,
            transform=ax_h.transAxes,
            ha="center",
            va="center",
            bbox={"boxstyle": "round,pad=0.5", "fc": look.palette.paper, "ec": "none"},
            **look.text(1.05, soft=True),
        )

    if title:
        ax_h.set_title(
            f"{person.name} · {span.words}",
            loc="left",
            pad=_TITLE_PAD,
            **look.text(1.2, written=True),
        )
    legend_width = _legend(figure, look, marks, legend)
    figure.set_layout_engine(
        _layout(
            look,
            ax_h,
            ax_g,
            y_labels=["0%", "50%", "100%", *stage_names],
            right=legend_width + (_thirsty_width(look) if history.wilts else 0.0),
            title=title,
        )
    )
    return PersonChart(
        figure,
        person,
        span,
        start,
        end,
        series,
        ax_h,
        ax_g,
        health_line,
        growth_line,
        tuple(marks),
        note,
    )


def _layout(
    look: ChartLook,
    ax_h: Axes,
    ax_g: Axes,
    *,
    y_labels: Sequence[str],
    right: float,
    title: bool,
) -> PaperLayout:
    """Health above growth, their labels on the left, the legend column on the right."""
    left = (
        _EDGE
        + line_height(look, 0.95)
        + _AXIS_LABEL_PAD
        + text_width(look, y_labels, 0.9)
        + _TICK_SPACE
    )
    bottom = _EDGE + line_height(look, 0.9) + _TICK_SPACE
    top = _EDGE + (line_height(look, 1.2) + _TITLE_PAD if title else _TITLE_PAD)
    right_margin = _EDGE + right

    def place(width: float, height: float) -> dict[Axes, Rect]:
        inner_w = width - left - right_margin
        inner_h = height - top - bottom - _PANEL_GAP
        growth_h = inner_h * 1.35 / 4.35
        return {
            ax_g: (left, bottom, inner_w, growth_h),
            ax_h: (left, bottom + growth_h + _PANEL_GAP, inner_w, inner_h - growth_h),
        }

    return PaperLayout(place)


def _thirsty_width(look: ChartLook) -> float:
    """The thirsty line's words at the right of the health panel, and a gap after them."""
    return _THIRSTY_OFFSET + text_width(look, _(_THIRSTY_WORDS).split("\n"), 0.85) + 12.0


def _moment_order(item: Interaction) -> tuple[dt.date, dt.time, int]:
    return (item.on, item.at or dt.time.min, item.id)


def _rest_colour(look: ChartLook) -> str:
    # The glass cover of a resting plant, thinned so the line stays the subject.
    return look.soft(look.palette.glass, 0.45 if look.palette.name == "light" else 0.8)


def _draw_health(
    ax: Axes, look: ChartLook, x: np.ndarray, health: np.ndarray, *, wilts: bool, long_range: bool
) -> Line2D:
    colour = look.palette.leaf
    ax.fill_between(x, health, 0, color=colour, alpha=0.1, lw=0, zorder=1)
    if long_range:
        # Years of daily ups and downs are a thicket: keep the day-by-day line faint and
        # let an average over weeks or months tell how the relationship changed.
        (line,) = ax.plot(x, health, color=colour, lw=0.6, alpha=0.45, zorder=2)
        ax.plot(
            x,
            _running_mean(health, _average_days(len(health))),
            color=colour,
            lw=2.2,
            solid_capstyle="round",
            zorder=4,
        )
    else:
        (line,) = ax.plot(x, health, color=colour, lw=1.7, solid_capstyle="round", zorder=2)
    ax.set_ylim(0, 100)
    ax.yaxis.set_major_locator(FixedLocator([0, 50, 100]))
    ax.yaxis.set_major_formatter(PercentFormatter(100, decimals=0))
    ax.set_ylabel(_("health"))
    if wilts:
        level = THIRSTY * 100
        ax.axhline(
            level,
            color=look.palette.chart_thirsty,
            lw=1.0,
            ls=(0, (5, 3)),
            zorder=1,
            gid="thirsty-line",
        )
        ax.annotate(
            _(_THIRSTY_WORDS),
            xy=(1.0, level),
            xycoords=("axes fraction", "data"),
            xytext=(_THIRSTY_OFFSET, 0),
            textcoords="offset points",
            ha="left",
            va="center",
            annotation_clip=False,
            **look.text(0.85, soft=True, linespacing=1.1),
        )
    return line


def _average_days(days: int) -> int:
    return 91 if days > SEASON_RANGE_DAYS else 28


def _average_words(days: int) -> str:
    return _("three-month average") if days > SEASON_RANGE_DAYS else _("four-week average")


def _running_mean(values: np.ndarray, window: int) -> np.ndarray:
    """Centred mean over `window` days, ignoring days before the plant existed."""
    valid = np.isfinite(values)
    kernel = np.ones(window)
    sums = np.convolve(np.where(valid, values, 0.0), kernel, mode="same")
    counts = np.convolve(valid.astype(float), kernel, mode="same")
    mean = np.full_like(values, math.nan)
    np.divide(sums, counts, out=mean, where=valid & (counts > 0))
    return mean


def _draw_growth(
    ax: Axes, look: ChartLook, x: np.ndarray, growth: np.ndarray
) -> tuple[Line2D, list[str]]:
    """The growth line; returns it and every stage name its axis may show (for margins)."""
    colour = look.palette.chart_flourishing
    ax.fill_between(x, growth, 0, color=colour, alpha=0.14, lw=0, zorder=1)
    (line,) = ax.plot(x, growth, color=colour, lw=1.5, zorder=2)
    finite = growth[np.isfinite(growth)]
    top = float(finite.max()) if finite.size else 0.0
    ceiling = max(top * 1.12, 40.0)
    ax.set_ylim(0, ceiling)
    # Stages instead of numbers: "young", "mature" mean more than "120 days of care".
    names = {
        threshold: stage_words(stage)
        for threshold, stage in STAGE_THRESHOLDS
        if threshold <= ceiling * 0.97
    }
    ax.yaxis.set_major_locator(_StageTicks(sorted(names, reverse=True), line_height(look, 0.9)))
    ax.yaxis.set_major_formatter(FuncFormatter(lambda y, _pos: names.get(y, "")))
    ax.set_ylabel(_("growth"))
    return line, list(names.values())


class _StageTicks(Locator):
    """The stage thresholds (`candidates`, largest first) whose names the panel has room
    for, chosen again at every draw from its height.

    The growth panel is short, a few lines of text at the window's smallest, and the
    user's font may be large: names are kept a line and a bit apart and off the floor,
    so they never print over each other or the corner. The largest is always named, so
    the panel is never without a stage.
    """

    def __init__(self, candidates: Sequence[float], line: float) -> None:
        self.candidates = list(candidates)
        self.line = line  # the height of a name, in points

    def __call__(self) -> Sequence[float]:
        ax = self.axis.axes if isinstance(self.axis, Axis) else None
        figure = ax.get_figure(root=True) if ax is not None else None
        if ax is None or figure is None:  # not on a figure's panel: nothing to measure
            return self.candidates[:1]
        low, high = ax.get_ylim()
        points = ax.bbox.height * 72.0 / figure.dpi
        return self._fitting(points / (high - low) if high > low else 0.0, low)

    def tick_values(self, vmin: float, vmax: float) -> Sequence[float]:
        return self()

    def _fitting(self, points_per_unit: float, floor: float) -> list[float]:
        chosen: list[float] = []
        for threshold in self.candidates:
            if chosen:
                apart = (chosen[-1] - threshold) * points_per_unit
                above_floor = (threshold - floor) * points_per_unit
                if apart < self.line * 1.4 or above_floor < self.line:
                    continue
            chosen.append(threshold)
        return chosen[::-1]


def _draw_moments(
    ax: Axes,
    look: ChartLook,
    moments: Sequence[Interaction],
    start: dt.date,
    health: np.ndarray,
    *,
    quiet: bool,
) -> list[MomentMarks]:
    """One scatter per channel; `quiet` marks (hundreds over years) are smaller and paler."""
    scale = 0.5 if quiet else 1.0
    face = look.soft(look.palette.water, 0.3) if quiet else look.palette.water
    first = day_number(start)
    out: list[MomentMarks] = []
    for channel, marker in CHANNEL_MARKERS.items():
        # Largest first, so a brief message on the day of a deep talk stays visible.
        items = sorted(
            (m for m in moments if m.channel is channel),
            key=lambda m: (-DEPTH_SIZES[m.depth], *_moment_order(m)),
        )
        if not items:
            continue
        days = np.array([(m.on - start).days for m in items])
        artist = ax.scatter(
            first + days.astype(float),
            health[days],
            s=[DEPTH_SIZES[m.depth] * _MARKER_SCALE[marker] * scale for m in items],
            marker=marker,
            facecolors=face,
            edgecolors=look.palette.paper,
            linewidths=0.3 if quiet else 0.6,
            zorder=3,
            clip_on=False,
        )
        out.append(MomentMarks(channel, artist, tuple(items)))
    return out


def _marker_handle(look: ChartLook, marker: str, area: float, *, hollow: bool = False) -> Line2D:
    return Line2D(
        [],
        [],
        ls="none",
        marker=marker,
        markersize=math.sqrt(area * _MARKER_SCALE.get(marker, 1.0)),
        markerfacecolor=look.palette.paper if hollow else look.palette.water,
        markeredgecolor=look.palette.accent if hollow else look.palette.paper,
        markeredgewidth=1.2 if hollow else 0.6,
    )


def _legend(
    figure: Figure, look: ChartLook, marks: Sequence[MomentMarks], extra: list[tuple[Artist, str]]
) -> float:
    """One quiet column at the right: how you were in touch, how deep, and the shading.

    Returns its width in points (0 when there is nothing to explain).
    """
    entries: list[tuple[Artist, str]] = []
    for channel_marks in marks:
        marker = CHANNEL_MARKERS[channel_marks.channel]
        handle = _marker_handle(look, marker, DEPTH_SIZES[Depth.GOOD])
        entries.append((handle, _(CHANNEL_WORDS[channel_marks.channel])))
    if marks:
        for depth in Depth:
            entries.append((_marker_handle(look, "o", DEPTH_SIZES[depth]), _(LEGEND_DEPTHS[depth])))
    entries.extend(extra)
    if not entries:
        return 0.0
    handles, labels = zip(*entries, strict=True)
    scale = _LEGEND_SCALE
    figure.legend(
        list(handles),
        list(labels),
        loc="upper right",
        bbox_to_anchor=(1.0, 1.0),
        frameon=False,
        prop=look.legend_font(scale),
        labelcolor=look.ink_soft,
        borderpad=_LEGEND_BORDER,
        handletextpad=_LEGEND_HANDLE_PAD,
        borderaxespad=_LEGEND_EDGE,
        labelspacing=0.55,
        handlelength=_LEGEND_HANDLE,
    )
    font = look.font_size * scale
    padding = 2 * (_LEGEND_BORDER + _LEGEND_EDGE) + _LEGEND_HANDLE + _LEGEND_HANDLE_PAD
    return text_width(look, labels, scale) + padding * font


def _rest_spans(
    rests: Iterable[Rest], person_id: int, start: dt.date, end: dt.date
) -> list[tuple[dt.date, dt.date]]:
    """This plant's rest periods (its own and the whole garden's), merged, within the range."""
    spans = sorted(
        (max(r.start, start), min(r.end, end))
        for r in rests
        if r.person_id in (None, person_id) and r.end >= start and r.start <= end
    )
    merged: list[tuple[dt.date, dt.date]] = []
    for a, b in spans:
        if merged and a <= merged[-1][1] + dt.timedelta(days=1):
            merged[-1] = (merged[-1][0], max(merged[-1][1], b))
        else:
            merged.append((a, b))
    return merged


def _birthdays(person: Person, start: dt.date, end: dt.date) -> list[dt.date]:
    if person.birthday is None:
        return []
    out: list[dt.date] = []
    day = start
    while (found := person.birthday.next_on_or_after(day)) <= end:
        out.append(found)
        day = found + dt.timedelta(days=1)
    return out
