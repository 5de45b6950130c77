"""How every chart looks: the garden's paper, ink and fonts, light or dark.

Charts set colours and fonts on each artist instead of relying on global rcParams, so
a chart looks the same in the window, in an export and in a test, whatever else the
process has configured.
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass
from typing import Any

from matplotlib import dates as mdates
from matplotlib import font_manager
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter

from garden.domain.palette import LIGHT, PALETTES, Palette, hex_to_rgb, mix, rgb_to_hex
from garden.i18n import N_, _
from garden.i18n import month_names as i18n_month_names

#: Always available: matplotlib ships it.
BUNDLED_FONT = "DejaVu Sans"
#: Fonts tried after the chosen one for scripts it lacks (names in Chinese, Japanese, ...).
FALLBACK_FONTS = (
    "Noto Sans",
    "Noto Sans CJK JP",
    "Noto Sans CJK SC",
    "Source Han Sans",
    "Droid Sans Fallback",
    "WenQuanYi Zen Hei",
    "Microsoft YaHei",
    "Yu Gothic",
    "PingFang SC",
    "Hiragino Sans",
    "Arial Unicode MS",
)

#: The message a chart shows instead of empty axes.
NOTHING_YET = N_("No moments in this range yet")


@dataclass(frozen=True, slots=True)
class ChartLook:
    """Palette and type for a chart.

    The window passes the palette it is showing (`LIGHT` or `DARK`) and its UI font
    (family and point size) so charts sit in the window like the rest of it; exports
    use the defaults unless told otherwise.
    """

    palette: Palette = LIGHT
    font_family: str = ""  # empty: the bundled DejaVu Sans
    font_size: float = 9.0  # points, for tick labels and legends; titles are a bit larger

    @classmethod
    def named(cls, theme: str, font_family: str = "", font_size: float = 9.0) -> ChartLook:
        """The look for `theme` ("light" or "dark")."""
        try:
            palette = PALETTES[theme]
        except KeyError:
            raise ValueError(
                _("unknown theme {theme}; choose light or dark").format(theme=repr(theme))
            ) from None
        return cls(palette, font_family, font_size)

    @property
    def families(self) -> list[str]:
        """Font families for text users wrote (names, topics), in order, installed only.

        Asking matplotlib for a font it does not know logs a warning on every text, so
        unknown names are dropped; scripts the first font lacks (a name in Chinese, say)
        fall back to the next.
        """
        return _installed(self.font_family)

    @property
    def family(self) -> str:
        """The one family for the chart's own words (ticks, legends, titles).

        A single family keeps drawing fast: matplotlib looks every family of a list up
        again for each text it draws.
        """
        return self.families[0]

    # --- colours ---------------------------------------------------------------------

    def soft(self, colour: str, amount: float) -> str:
        """`colour` blended towards the paper by `amount` (0 keeps it, 1 is paper)."""
        return rgb_to_hex(mix(hex_to_rgb(colour), hex_to_rgb(self.palette.paper), amount))

    @property
    def ink(self) -> str:
        return self.palette.text

    @property
    def ink_soft(self) -> str:
        return self.palette.text_soft

    @property
    def rule(self) -> str:
        """Axis lines: present, but quieter than the data."""
        return self.soft(self.palette.text_soft, 0.55)

    # --- text ------------------------------------------------------------------------

    def text(
        self, scale: float = 1.0, *, soft: bool = False, written: bool = False, **extra: Any
    ) -> dict[str, Any]:
        """Keyword arguments for a `Text` in this look; `written` for a user's own words."""
        return {
            "fontfamily": self.families if written else self.family,
            "fontsize": self.font_size * scale,
            "color": self.ink_soft if soft else self.ink,
            **extra,
        }

    def legend_font(self, scale: float = 0.95) -> dict[str, Any]:
        return {"family": self.family, "size": self.font_size * scale}


@functools.cache
def _installed(first: str) -> list[str]:
    known = {entry.name for entry in font_manager.fontManager.ttflist}
    chosen = [first] if first in known else []
    chosen += [BUNDLED_FONT, *(name for name in FALLBACK_FONTS if name in known)]
    return list(dict.fromkeys(chosen))


def new_figure(look: ChartLook, size: tuple[float, float], dpi: float = 100.0) -> Figure:
    """A blank figure on the garden's paper (each chart brings its own layout)."""
    return Figure(figsize=size, dpi=dpi, facecolor=look.palette.paper)


# matplotlib.dates has no type hints; these typed doors keep the untyped calls here.


def day_number(day: dt.date) -> float:
    """matplotlib's coordinate for the start of `day` on a date axis."""
    return float(mdates.date2num(day))  # type: ignore[no-untyped-call]


def style_axes(ax: Axes, look: ChartLook, *, left: bool = True) -> None:
    """Paper background, only the left and bottom rules, soft ticks, the look's font."""
    ax.set_facecolor(look.palette.paper)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    ax.spines["left"].set_visible(left)
    for side in ("left", "bottom"):
        ax.spines[side].set_color(look.rule)
        ax.spines[side].set_linewidth(0.8)
    ax.tick_params(
        which="both",
        color=look.rule,
        labelcolor=look.ink_soft,
        labelsize=look.font_size * 0.9,
        labelfontfamily=look.family,
        length=3,
        width=0.8,
    )
    for axis in (ax.xaxis, ax.yaxis):
        axis.get_offset_text().set(**look.text(0.9, soft=True))
        axis.label.set(**look.text(0.95, soft=True))
    ax.title.set(**look.text(1.15))


def date_ticks(start: dt.date, end: dt.date) -> tuple[list[dt.date], list[str]]:
    """Where to put date ticks between `start` and `end`, and what to write under them.

    Months are named briefly and a year is written once where it begins (January says
    "2026"), like a diary's margin; years alone for long spans; days for a short one.
    Chosen here once, instead of by a date locator on every draw.
    """
    days = (end - start).days
    if days <= 45:
        step = max(1, days // 5)
        ticks = [start + dt.timedelta(days=i) for i in range(0, days + 1, step)][:7]
        months = i18n_month_names("abbreviated")
        labels = [f"{d.day} {months[d.month - 1]}" for d in ticks]
        if ticks:
            labels[0] += f" {ticks[0].year}"
        return ticks, labels
    if days > 4 * 365:
        every = max(1, -(-(end.year - start.year) // 10))  # at most about ten years shown
        years = [y for y in range(start.year + 1, end.year + 1) if y % every == 0]
        return [dt.date(y, 1, 1) for y in years], [str(y) for y in years]
    every = 1 if days <= 130 else 2 if days <= 400 else 3 if days <= 2 * 365 else 6
    ticks = []
    month = dt.date(start.year, start.month, 1)
    while month <= end:
        if month >= start and (month.month - 1) % every == 0:
            ticks.append(month)
        month = (month + dt.timedelta(days=32)).replace(day=1)
    months = i18n_month_names("abbreviated")
    labels = [str(d.year) if d.month == 1 else months[d.month - 1] for d in ticks]
    if ticks and all(d.month != 1 for d in ticks):
        labels[0] = f"{months[ticks[0].month - 1]} {ticks[0].year}"
    return ticks, labels


def date_axis(ax: Axes, start: dt.date, end: dt.date) -> None:
    """Date ticks from `date_ticks` on the x axis (its limits are the caller's)."""
    ticks, labels = date_ticks(start, end)
    ax.set_xticks([day_number(d) for d in ticks], labels)


def _day_at(number: float) -> dt.date:
    """The day that matplotlib's date coordinate `number` falls on."""
    return mdates.num2date(number).date()  # type: ignore[no-untyped-call,no-any-return]


def month_axis(ax: Axes) -> None:
    """A tick at the start of each month, named briefly in the garden's language ("Jan",
    "Feb", ... or "gen", "feb", ...), like `month_names`: matplotlib's own "%b" would
    always write English."""
    names = month_names()  # the language of the chart's other words, chosen when it is built
    ax.xaxis.set_major_locator(mdates.MonthLocator())  # type: ignore[no-untyped-call]
    ax.xaxis.set_major_formatter(FuncFormatter(lambda x, _pos: names[_day_at(x).month - 1]))


def panel_title(ax: Axes, look: ChartLook, text: str, pad: float = 8.0) -> None:
    """A short title over a panel, flush left like a notebook heading."""
    ax.set_title(text, loc="left", pad=pad, **look.text(1.1))


def say_nothing_yet(figure: Figure, look: ChartLook, text: str = NOTHING_YET) -> None:
    """Put `text` (translated here) in the middle of an otherwise blank figure (no empty
    axes)."""
    text = _(text)
    figure.text(0.5, 0.5, text, ha="center", va="center", **look.text(1.3, soft=True))


def note_in(ax: Axes, look: ChartLook, text: str) -> None:
    """A quiet note in the middle of one panel that has nothing to show."""
    ax.text(
        0.5,
        0.5,
        text,
        transform=ax.transAxes,
        ha="center",
        va="center",
        **look.text(1.05, soft=True),
    )


def month_names() -> list[str]:
    """Short month names, January first, in the garden's language (`garden.i18n`,
    from Babel's data), as every date axis names them, so bars by month and date axes
    always agree."""
    return i18n_month_names("abbreviated")
