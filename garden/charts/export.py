"""Saving a chart as PNG or SVG: atomically, and the same data always gives the same file.

* Atomic: the image is written to a temporary file in the target's folder, flushed to
  disk and renamed over the target (`garden.store.atomic`, shared with the other
  exports), so a crash or a full disk never leaves half a picture, and an old file is
  only replaced by a complete new one.
* Deterministic: no dates in the metadata, a fixed salt for the SVG's element ids and
  text drawn as paths, so a chart of the same garden is byte-for-byte the same file.
"""

from __future__ import annotations

import warnings
from enum import StrEnum
from pathlib import Path
from typing import IO

import matplotlib
from matplotlib.backend_bases import FigureCanvasBase
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from garden.i18n import _
from garden.store.atomic import write_atomically

#: Salt for the ids matplotlib gives SVG elements (by default it is random per process).
SVG_SALT = "relationship-garden"
CREATOR = "Relationship Garden"
#: PNG resolution: sharp on high-density screens and in print, still a small file.
PNG_DPI = 150.0


class ImageFormat(StrEnum):
    PNG = "png"
    SVG = "svg"


def image_format(path: str | Path) -> ImageFormat:
    """The format a file name asks for, from its extension (.png or .svg)."""
    suffix = Path(path).suffix.lower().lstrip(".")
    try:
        return ImageFormat(suffix)
    except ValueError:
        raise ValueError(
            _("“{name}” should end in .png or .svg to say which picture to save").format(
                name=Path(path).name
            )
        ) from None


def render(figure: Figure) -> None:
    """Draw `figure` headless with Agg (for timing, or before asking where marks are).

    A figure the window shows already has its Qt canvas, which is left alone.
    """
    _canvas(figure).draw()


def save_figure(figure: Figure, path: str | Path, *, dpi: float = PNG_DPI) -> Path:
    """Save `figure` to `path` (.png or .svg) in one step; returns the path written.

    Like the garden's other exports the file is readable by you only. Raises ValueError
    for another extension and `FileWriteError` (its message is meant for the user) when
    the file cannot be written; either way nothing is left behind and an existing file
    is untouched.
    """
    target = Path(path)
    kind = image_format(target)
    _canvas(figure)

    def write(temp: Path) -> None:
        with temp.open("wb") as out:
            _write(figure, out, kind, dpi)

    write_atomically(target, write)
    return target


def _canvas(figure: Figure) -> FigureCanvasBase:
    # A bare `Figure` has a placeholder canvas that cannot draw: give it Agg, explicitly,
    # so nothing consults the configured backend (and pyplot is never needed).
    canvas = figure.canvas
    if type(canvas) is FigureCanvasBase:
        canvas = FigureCanvasAgg(figure)
    return canvas


def _write(figure: Figure, out: IO[bytes], kind: ImageFormat, dpi: float) -> None:
    if kind is ImageFormat.SVG:
        metadata: dict[str, str | None] = {"Date": None, "Creator": CREATOR}
    else:
        metadata = {"Software": CREATOR}
    with (
        matplotlib.rc_context({"svg.hashsalt": SVG_SALT, "svg.fonttype": "path"}),
        warnings.catch_warnings(),
    ):
        # A glyph no installed font has is drawn as a box; a warning per glyph on the
        # terminal would not help anyone.
        warnings.filterwarnings("ignore", message=r"Glyph \d+ .*missing from", category=UserWarning)
        figure.savefig(
            out,
            format=kind.value,
            dpi=dpi,
            metadata=metadata,
            facecolor=figure.get_facecolor(),
        )
