"""The tray's icon: a small sprout whose big leaf turns amber when someone could use a
message (DESIGN.md), drawn with QPainter at every size a panel may ask for.

Panels are light or dark, so the sprout carries a thin dark outline and no background;
the amber is the design's accent, and a paused sprout is a quiet sage.
"""

from __future__ import annotations

import enum

from garden.domain.palette import LIGHT

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QIcon, QImage, QPainter, QPainterPath, QPen, QPixmap

#: Sizes panels use (16–24 on most, 32–48 on high-DPI screens and in notifications).
ICON_SIZES = (16, 22, 24, 32, 48, 64, 128)


class TrayLook(enum.Enum):
    """What the icon says at a glance."""

    WELL = "well"  # nobody in today's digest
    SOMEONE = "someone"  # someone could use a message: the big leaf is amber
    PAUSED = "paused"  # reminders are paused: a resting, sage sprout


# The garden's own colours (garden/domain/palette.py): healthy leaves, stem and soil.
_STEM = QColor(LIGHT.stem)
_LEAF_SMALL = QColor(LIGHT.leaf_light)
_LEAF_BIG = QColor(LIGHT.leaf)
_SOIL = QColor(LIGHT.soil_bottom)
# The icon's own: an amber a shade brighter than the accent, to stand out on dark panels,
# and a sage for a sprout resting while reminders are paused.
_AMBER = QColor("#E39A3B")
_SAGE = QColor("#9BAE93")
_SAGE_STEM = QColor("#7E8F77")
_OUTLINE = QColor(30, 36, 28, 190)


def _leaf(base: QPointF, tip: QPointF, width: float) -> QPainterPath:
    """A leaf from `base` to `tip`, `width` wide at its middle: two arcs meeting at points."""
    middle = (base + tip) / 2
    direction = tip - base
    length = max((direction.x() ** 2 + direction.y() ** 2) ** 0.5, 1e-6)
    normal = QPointF(-direction.y() / length, direction.x() / length) * width
    path = QPainterPath(base)
    path.quadTo(middle + normal, tip)
    path.quadTo(middle - normal, base)
    return path


def paint_sprout(painter: QPainter, size: float, look: TrayLook) -> None:
    """Draw the sprout in a `size`×`size` square at the painter's origin."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(size / 64, size / 64)
    # Small icons get a relatively thicker outline and stem, or they dissolve into blur.
    outline_width = 3.4 if size <= 24 else 2.4
    stem_colour = _SAGE_STEM if look is TrayLook.PAUSED else _STEM
    small_colour = _SAGE if look is TrayLook.PAUSED else _LEAF_SMALL
    big_colour = {TrayLook.WELL: _LEAF_BIG, TrayLook.SOMEONE: _AMBER, TrayLook.PAUSED: _SAGE}[look]

    soil = QPainterPath()
    soil.moveTo(8, 60)
    soil.cubicTo(14, 49, 50, 49, 56, 60)
    soil.closeSubpath()
    painter.setPen(QPen(_OUTLINE, outline_width * 0.8))
    painter.setBrush(_SOIL)
    painter.drawPath(soil)

    stem = QPainterPath(QPointF(32, 55))
    stem.cubicTo(31, 46, 34, 36, 31, 26)
    for colour, width in ((_OUTLINE, 5.0 + outline_width), (stem_colour, 5.0)):
        pen = QPen(colour, width)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(stem)

    painter.setPen(QPen(_OUTLINE, outline_width))
    painter.setBrush(small_colour)
    painter.drawPath(_leaf(QPointF(31, 41), QPointF(4, 28), 8.5))
    painter.setBrush(big_colour)
    painter.drawPath(_leaf(QPointF(31.5, 29), QPointF(61, 5), 12.5))
    painter.restore()


def sprout_image(size: int, look: TrayLook, scale: float = 1.0) -> QImage:
    """The sprout on a transparent square image of `size` device-independent pixels."""
    pixels = max(1, round(size * scale))
    image = QImage(pixels, pixels, QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(scale)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    paint_sprout(painter, size, look)
    painter.end()
    return image


def sprout_icon(look: TrayLook) -> QIcon:
    """The tray icon for `look`, with a pixmap drawn for each common size."""
    icon = QIcon()
    for size in ICON_SIZES:
        icon.addPixmap(QPixmap.fromImage(sprout_image(size, look)))
    return icon


def amber_share(image: QImage) -> float:
    """The share of visible pixels that are amber (for tests and for checking a screen
    grab of the real tray): about a third when the big leaf is amber, zero otherwise."""
    visible = amber = 0
    for y in range(image.height()):
        for x in range(image.width()):
            colour = image.pixelColor(x, y)
            if colour.alpha() < 128:
                continue
            visible += 1
            hue = colour.hsvHue()
            if 25 <= hue <= 45 and colour.hsvSaturation() > 110 and colour.value() > 150:
                amber += 1
    return amber / visible if visible else 0.0
