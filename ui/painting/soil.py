"""The ground under the plants: a bed's soil strip, or the meadow's grass. Shared by the
window's garden and the yearly snapshot, so both draw the same beds."""

from __future__ import annotations

from garden.domain.model import Circle
from garden.domain.palette import Palette, mix, rgb_to_hex

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter


def ground_colours(p: Palette, circle: Circle) -> tuple[QColor, QColor]:
    """The strip's colour and the darker one beneath it: soil for a tended bed, and for
    the meadow (grass, not a bed) the light leaf green faded into the paper."""
    if circle is not Circle.MEADOW:
        return QColor(p.soil_top), QColor(p.soil_bottom)
    calm = 0.55 if p.name == "light" else 0.72
    return faded(p, "leaf_light", calm), faded(p, "leaf_light", calm - 0.2)


def paint_ground(painter: QPainter, rect: QRectF, colours: tuple[QColor, QColor]) -> None:
    """One rounded strip of ground, with its shadow along the lower half."""
    top, under = colours
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(top)
    painter.drawRoundedRect(rect, rect.height() / 2, rect.height() / 2)
    painter.setBrush(under)
    lower = rect.adjusted(rect.height() * 0.3, rect.height() * 0.55, -rect.height() * 0.3, 0)
    painter.drawRoundedRect(lower, lower.height() / 2, lower.height() / 2)


def faded(p: Palette, name: str, amount: float) -> QColor:
    """A palette colour faded towards the paper by `amount`."""
    return QColor(rgb_to_hex(mix(p.rgb(name), p.rgb("paper"), amount)))
