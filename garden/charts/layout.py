"""Placing a chart's panels with margins measured once, in points.

matplotlib's constrained layout measures every tick label twice on every draw; for our
charts that was most of the drawing time, and the window redraws on every resize. Our
charts know their labels when they are built, so each measures the few texts that
decide its margins once (`text_width`), and `PaperLayout` turns those margins into
panel positions for whatever size the figure has when it is drawn.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping, Sequence

from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.font_manager import FontProperties
from matplotlib.layout_engine import LayoutEngine
from matplotlib.textpath import TextToPath

from garden.charts.look import ChartLook

#: Agg's hinted glyphs come out a little wider than the outlines measured here.
_WIDTH_SAFETY = 1.1

#: A panel's rectangle in points from the figure's bottom-left: (left, bottom, width, height).
Rect = tuple[float, float, float, float]
#: Given the figure's width and height in points, where each panel goes.
Placement = Callable[[float, float], Mapping[Axes, Rect]]


class PaperLayout(LayoutEngine):
    """A layout engine that asks the chart where its panels go at the current size."""

    _adjust_compatible = False
    _colorbar_gridspec = False

    def __init__(self, place: Placement) -> None:
        super().__init__()
        self._place = place

    def execute(self, fig: Figure) -> None:
        width, height = (float(v) * 72.0 for v in fig.get_size_inches())
        for ax, (left, bottom, w, h) in self._place(width, height).items():
            # A window squeezed very small still gets panels of at least a point.
            ax.set_position(
                (left / width, bottom / height, max(w, 1.0) / width, max(h, 1.0) / height)
            )


def text_width(
    look: ChartLook, texts: Sequence[str], scale: float = 1.0, *, written: bool = False
) -> float:
    """The widest of `texts` in points, as drawn at `look.font_size * scale`."""
    if not texts:
        return 0.0
    families = tuple(look.families) if written else (look.family,)
    return max(_width(text, families, look.font_size * scale) for text in texts) * _WIDTH_SAFETY


def line_height(look: ChartLook, scale: float = 1.0) -> float:
    """The height of one line of text in points (ascent and descent, without leading)."""
    return look.font_size * scale * 1.2


@functools.lru_cache(maxsize=2048)
def _width(text: str, families: tuple[str, ...], size: float) -> float:
    prop = FontProperties(family=list(families), size=size)
    width, _, _ = _TEXT_TO_PATH.get_text_width_height_descent(text, prop, ismath=False)
    return float(width)


_TEXT_TO_PATH = TextToPath()
