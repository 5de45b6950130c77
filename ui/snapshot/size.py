"""The snapshot's page size: the default, and the sizes that can be drawn.

No Qt here, so the command line checks a size before it loads Qt or opens the garden;
its words are gettext's (`garden.i18n`), like the rest of the command line's.
"""

from __future__ import annotations

from garden.i18n import _

#: 8 × 10 inches at 300 dpi: sharp in print, and a calm portrait on any screen.
DEFAULT_WIDTH = 2400
DEFAULT_HEIGHT = 3000
PRINT_DPI = 300
#: Smaller than this and names and numbers cannot be read; larger only costs memory
#: (the largest picture takes about 240 MB while it is drawn).
MIN_SIDE = 400
MAX_SIDE = 12_000
MAX_PIXELS = 60_000_000


class SizeError(ValueError):
    """A picture size that cannot be drawn; the message says what would work."""


def picture_size(width: int | None, height: int | None) -> tuple[int, int]:
    """The size to draw: the default, or the one asked for. Given one side only, the
    other keeps the default's 4:5 shape. Raises `SizeError`."""
    if width is None and height is None:
        return DEFAULT_WIDTH, DEFAULT_HEIGHT
    if width is None:
        assert height is not None
        width = round(height * DEFAULT_WIDTH / DEFAULT_HEIGHT)
    elif height is None:
        height = round(width * DEFAULT_HEIGHT / DEFAULT_WIDTH)
    for message, value in (
        (_("the width must be {low} to {high} pixels, not {value}"), width),
        (_("the height must be {low} to {high} pixels, not {value}"), height),
    ):
        if not MIN_SIDE <= value <= MAX_SIDE:
            raise SizeError(message.format(low=MIN_SIDE, high=MAX_SIDE, value=value))
    if width * height > MAX_PIXELS:
        raise SizeError(
            _("{width}×{height} is too large: at most {millions} million pixels").format(
                width=width, height=height, millions=MAX_PIXELS // 1_000_000
            )
        )
    return width, height
