"""Strokes a `PlantShape` with QPainter: the one painter for the window and the snapshot.

The painter is set up so plant units draw directly: the base of the plant at `base`, one
unit `scale` pixels, y pointing up. Each item kind of `garden.domain.shape` has one small
drawing function here; geometry decisions all live in `shape.py`.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import Any

from garden.domain.shape import (
    Blob,
    Bloom,
    BloomKind,
    Body,
    Bud,
    Cover,
    Fruit,
    Item,
    Leaf,
    LeafKind,
    Marks,
    PlantShape,
    Pollinator,
    Seed,
    Stem,
)

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen, QPolygonF, QTransform

Point = tuple[float, float]


@lru_cache(maxsize=512)
def _color(value: str, alpha: int = 255) -> QColor:
    color = QColor(value)
    color.setAlpha(alpha)
    return color


def paint_plant(painter: QPainter, shape: PlantShape, base: QPointF, scale: float) -> None:
    """Draw `shape` with its base at `base` (pixels), `scale` pixels per plant unit."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.translate(base)
    painter.scale(scale, -scale)
    painter.setPen(Qt.PenStyle.NoPen)
    for item in shape.items:
        _DRAW[type(item)](painter, item)
    painter.restore()


def paint_plant_in(
    painter: QPainter, shape: PlantShape, rect: QRectF, margin: float = 0.06
) -> float:
    """Draw `shape` as large as fits in `rect`, standing on its bottom edge; returns the
    scale used."""
    usable_w = rect.width() * (1 - 2 * margin)
    usable_h = rect.height() * (1 - 2 * margin)
    scale = min(usable_w / max(shape.width, 1.0), usable_h / max(shape.height, 1.0))
    centre_x = rect.center().x() - (shape.left + shape.right) / 2 * scale
    paint_plant(painter, shape, QPointF(centre_x, rect.bottom() - rect.height() * margin), scale)
    return scale


# --- items ------------------------------------------------------------------------------


def _smooth_path(points: Sequence[Point], closed: bool = False) -> QPainterPath:
    """A smooth path through `points` (quadratic curves via the midpoints)."""
    path = QPainterPath()
    if not points:
        return path
    if len(points) < 3:
        path.moveTo(*points[0])
        for p in points[1:]:
            path.lineTo(*p)
        if closed:
            path.closeSubpath()
        return path
    if closed:
        first_mid = _mid(points[-1], points[0])
        path.moveTo(*first_mid)
        ring = [*points, points[0]]
        for a, b in itertools.pairwise(ring):
            path.quadTo(QPointF(*a), QPointF(*_mid(a, b)))
        path.closeSubpath()
        return path
    path.moveTo(*points[0])
    for a, b in itertools.pairwise(points):
        path.quadTo(QPointF(*a), QPointF(*_mid(a, b)))
    path.lineTo(*points[-1])
    return path


def _mid(a: Point, b: Point) -> Point:
    return ((a[0] + b[0]) / 2, (a[1] + b[1]) / 2)


def _draw_stem(painter: QPainter, stem: Stem) -> None:
    pts = stem.points
    if len(pts) < 2:
        return
    lengths = [0.0]
    for a, b in itertools.pairwise(pts):
        lengths.append(lengths[-1] + math.dist(a, b))
    total = lengths[-1] or 1.0
    left: list[Point] = []
    right: list[Point] = []
    for i, (x, y) in enumerate(pts):
        a = pts[max(0, i - 1)]
        b = pts[min(len(pts) - 1, i + 1)]
        dx, dy = b[0] - a[0], b[1] - a[1]
        norm = math.hypot(dx, dy) or 1.0
        nx, ny = -dy / norm, dx / norm
        half = (stem.width + (stem.tip_width - stem.width) * lengths[i] / total) / 2
        left.append((x + nx * half, y + ny * half))
        right.append((x - nx * half, y - ny * half))
    painter.setBrush(_color(stem.color))
    painter.drawPath(_ribbon(left, right))  # a stem has two points at least


def _ribbon(left: list[Point], right: list[Point]) -> QPainterPath:
    path = _smooth_path(left)
    tail = _smooth_path(list(reversed(right)))
    path.lineTo(QPointF(*right[-1]))
    path.connectPath(tail)
    path.closeSubpath()
    return path


@lru_cache(maxsize=256)
def _leaf_path(kind: LeafKind, length: float, width: float, curl: float) -> QPainterPath:
    """A leaf outline in its own frame: base at (0, 0), tip along +x."""
    L, W = length, width / 2  # noqa: N806 - geometry names
    c = curl * W
    path = QPainterPath()
    path.moveTo(0, 0)
    if kind is LeafKind.STRAP:
        path.cubicTo(L * 0.1, W * 1.1, L * 0.6, W * 0.9 + c * 0.5, L, c)
        path.cubicTo(L * 0.6, -W * 0.9 + c * 0.5, L * 0.1, -W * 1.1, 0, 0)
    elif kind is LeafKind.HEART:
        path.cubicTo(-L * 0.12, W * 1.2, L * 0.5, W * 1.35 + c * 0.4, L, c)
        path.cubicTo(L * 0.5, -W * 1.35 + c * 0.4, -L * 0.12, -W * 1.2, 0, 0)
    elif kind is LeafKind.IVY:
        # Three rounded lobes: a tip and two shoulders.
        path.cubicTo(-L * 0.1, W * 0.9, L * 0.25, W * 1.25, L * 0.42, W * 0.75)
        path.cubicTo(L * 0.55, W * 0.55, L * 0.8, W * 0.45 + c * 0.3, L, c)
        path.cubicTo(L * 0.8, -W * 0.45 + c * 0.3, L * 0.55, -W * 0.55, L * 0.42, -W * 0.75)
        path.cubicTo(L * 0.25, -W * 1.25, -L * 0.1, -W * 0.9, 0, 0)
    elif kind is LeafKind.SERRATED:
        teeth = 5
        upper: list[Point] = []
        lower: list[Point] = []
        for i in range(1, teeth * 2):
            t = i / (teeth * 2)
            edge = math.sin(math.pi * t**0.85) * W * (1.0 if i % 2 else 0.82)
            bow = c * t**2
            upper.append((L * t, edge + bow))
            lower.append((L * t, -edge + bow))
        for p in upper:
            path.lineTo(*p)
        path.lineTo(L, c)
        for p in reversed(lower):
            path.lineTo(*p)
        path.closeSubpath()
    else:  # OVAL, NARROW, LEAFLET
        path.cubicTo(L * 0.25, W * 1.2, L * 0.7, W * 1.1 + c * 0.5, L, c)
        path.cubicTo(L * 0.7, -W * 1.1 + c * 0.5, L * 0.25, -W * 1.2, 0, 0)
    return path


def _draw_leaf(painter: QPainter, leaf: Leaf) -> None:
    transform = QTransform()
    transform.translate(*leaf.base)
    transform.rotate(leaf.angle)
    path = transform.map(
        _leaf_path(leaf.kind, round(leaf.length, 2), round(leaf.width, 2), round(leaf.curl, 2))
    )
    painter.setBrush(_color(leaf.color, 215 if leaf.fallen else 255))
    painter.drawPath(path)
    if leaf.vein and leaf.length > 3.5:
        pen = QPen(_color(leaf.vein, 170), max(0.18, leaf.width * 0.07))
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        c = leaf.curl * leaf.width / 2
        vein = QPainterPath()
        vein.moveTo(0, 0)
        vein.quadTo(leaf.length * 0.5, c * 0.3, leaf.length * 0.85, c * 0.75)
        painter.drawPath(transform.map(vein))
        painter.setPen(Qt.PenStyle.NoPen)


def _draw_bloom(painter: QPainter, bloom: Bloom) -> None:
    painter.save()
    painter.translate(*bloom.center)
    painter.rotate(bloom.angle - 90)
    r = bloom.radius * (0.55 + 0.45 * bloom.openness)
    petal = _color(bloom.color)
    heart = _color(bloom.heart)
    if bloom.kind is BloomKind.DAISY:
        path = QPainterPath()
        for i in range(bloom.petals):
            t = QTransform()
            t.rotate(360 * i / bloom.petals)
            ellipse = QPainterPath()
            ellipse.addEllipse(
                QPointF(r * 0.55, 0), r * 0.47, r * max(0.12, 0.9 / bloom.petals * 3.2)
            )
            path.addPath(t.map(ellipse))
        painter.setBrush(petal)
        painter.drawPath(path.simplified())
        painter.setBrush(heart)
        painter.drawEllipse(QPointF(0, 0), r * 0.36, r * 0.36)
        if r > 4:
            painter.setBrush(_color(bloom.heart, 255).darker(125))
            painter.drawEllipse(QPointF(0, 0), r * 0.2, r * 0.2)
    elif bloom.kind is BloomKind.CUP:
        spread = 0.5 + 0.5 * bloom.openness
        painter.setBrush(petal.darker(112))
        for side in (-1, 1):
            painter.save()
            painter.rotate(side * 16 * spread)
            painter.drawEllipse(QPointF(side * r * 0.28, r * 0.5), r * 0.42, r * 0.78)
            painter.restore()
        painter.setBrush(petal)
        painter.drawEllipse(QPointF(0, r * 0.45), r * 0.48, r * 0.8)
        painter.setBrush(_color(bloom.heart, 120))
        painter.drawEllipse(QPointF(0, r * 0.95), r * 0.2, r * 0.08)
    elif bloom.kind is BloomKind.ROSE:
        painter.setBrush(petal.darker(115))
        painter.drawEllipse(QPointF(0, 0), r, r * 0.92)
        painter.setBrush(petal)
        painter.drawEllipse(QPointF(0, r * 0.06), r * 0.78, r * 0.7)
        pen = QPen(heart, r * 0.11)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        spiral = QPainterPath()
        for i in range(22):
            a = i * 0.62
            rr = r * 0.62 * (1 - i / 24)
            point = QPointF(rr * math.cos(a), r * 0.06 + rr * math.sin(a) * 0.9)
            if i == 0:
                spiral.moveTo(point)
            else:
                spiral.lineTo(point)
        painter.drawPath(spiral)
        painter.setPen(Qt.PenStyle.NoPen)
    else:  # STAR
        polygon = QPolygonF()
        n = bloom.petals
        for i in range(n * 2):
            a = math.pi * i / n
            rr = r if i % 2 == 0 else r * 0.45
            polygon.append(QPointF(rr * math.cos(a), rr * math.sin(a)))
        painter.setBrush(petal)
        painter.drawPolygon(polygon)
        painter.setBrush(heart)
        painter.drawEllipse(QPointF(0, 0), r * 0.3, r * 0.3)
    painter.restore()


def _draw_bud(painter: QPainter, bud: Bud) -> None:
    painter.save()
    painter.translate(*bud.center)
    painter.rotate(bud.angle - 90)
    r = bud.radius
    painter.setBrush(_color(bud.color))
    painter.drawEllipse(QPointF(0, r * 0.7), r * 0.62, r * 1.05)
    painter.setBrush(_color(bud.tip))
    painter.drawEllipse(QPointF(0, r * 1.15), r * 0.36, r * 0.62)
    painter.restore()


def _draw_blob(painter: QPainter, blob: Blob) -> None:
    if blob.outline:
        painter.setPen(QPen(_color(blob.outline), 0.35))
    painter.setBrush(_color(blob.color))
    if blob.angle:
        painter.save()
        painter.translate(*blob.center)
        painter.rotate(blob.angle)
        painter.drawEllipse(QPointF(0, 0), blob.rx, blob.ry)
        painter.restore()
    else:
        painter.drawEllipse(QPointF(*blob.center), blob.rx, blob.ry)
    if blob.outline:
        painter.setPen(Qt.PenStyle.NoPen)


def _draw_body(painter: QPainter, body: Body) -> None:
    painter.setBrush(_color(body.color))
    outline = QColor(_color(body.color)).darker(125)
    painter.setPen(QPen(outline, 0.45))
    painter.drawPath(_smooth_path(list(body.outline), closed=True))
    if body.ribs:
        pen = QPen(_color(body.rib_color, 150), 0.35)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for rib in body.ribs:
            painter.drawPath(_smooth_path(list(rib)))
    painter.setPen(Qt.PenStyle.NoPen)


def _draw_marks(painter: QPainter, marks: Marks) -> None:
    if not marks.segments:
        return
    pen = QPen(_color(marks.color), marks.width)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    painter.drawLines([QPointF(*a) for seg in marks.segments for a in seg])
    painter.setPen(Qt.PenStyle.NoPen)


def _draw_fruit(painter: QPainter, fruit: Fruit) -> None:
    painter.setBrush(_color(fruit.color))
    painter.drawEllipse(QPointF(*fruit.center), fruit.radius, fruit.radius)
    painter.setBrush(_color("#FFFFFF", 110))
    r = fruit.radius
    painter.drawEllipse(
        QPointF(fruit.center[0] - r * 0.35, fruit.center[1] + r * 0.35), r * 0.28, r * 0.28
    )


def _draw_pollinator(painter: QPainter, bee: Pollinator) -> None:
    painter.save()
    painter.translate(*bee.center)
    painter.rotate(bee.angle)
    s = bee.size
    painter.setBrush(_color("#FFFFFF", 170))
    painter.setPen(QPen(_color("#8A8A8A", 150), s * 0.06))
    painter.drawEllipse(QPointF(-s * 0.15, s * 0.55), s * 0.38, s * 0.55)
    painter.drawEllipse(QPointF(s * 0.25, s * 0.5), s * 0.32, s * 0.48)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(_color("#F2C14E"))
    painter.drawEllipse(QPointF(0, 0), s * 0.75, s * 0.5)
    painter.setBrush(_color("#3A2E24"))
    for x in (-0.18, 0.22):
        painter.drawRect(QRectF(s * (x - 0.09), -s * 0.48, s * 0.17, s * 0.96))
    painter.drawEllipse(QPointF(s * 0.72, 0), s * 0.26, s * 0.26)
    painter.restore()


def _draw_cover(painter: QPainter, cover: Cover) -> None:
    w, h = cover.width / 2, cover.height
    path = QPainterPath()
    path.moveTo(-w, 0)
    path.lineTo(-w, h * 0.55)
    path.cubicTo(-w, h * 1.02, w, h * 1.02, w, h * 0.55)
    path.lineTo(w, 0)
    glass = _color(cover.color, 70)
    painter.setBrush(QBrush(glass))
    painter.setPen(QPen(_color(cover.color, 200), 0.6))
    painter.drawPath(path)
    painter.setPen(QPen(_color("#FFFFFF", 150), 0.9))
    shine = QPainterPath()
    shine.moveTo(-w * 0.7, h * 0.3)
    shine.quadTo(-w * 0.72, h * 0.75, -w * 0.35, h * 0.88)
    painter.drawPath(shine)
    painter.setPen(QPen(_color(cover.color, 230), 0.6))
    painter.setBrush(_color(cover.color, 160))
    painter.drawEllipse(QPointF(0, h * 0.93 + 1.3), 1.4, 1.2)
    painter.setPen(Qt.PenStyle.NoPen)


def _draw_seed(painter: QPainter, seed: Seed) -> None:
    r = seed.radius
    painter.setBrush(_color(seed.color))
    painter.drawEllipse(QPointF(*seed.center), r * 0.75, r * 0.55)
    painter.setBrush(_color(seed.tip))
    painter.drawEllipse(
        QPointF(seed.center[0] + r * 0.35, seed.center[1] + r * 0.45), r * 0.22, r * 0.3
    )


_DRAW: dict[type[Any], Callable[[QPainter, Any], None]] = {
    Stem: _draw_stem,
    Leaf: _draw_leaf,
    Bloom: _draw_bloom,
    Bud: _draw_bud,
    Blob: _draw_blob,
    Body: _draw_body,
    Marks: _draw_marks,
    Fruit: _draw_fruit,
    Pollinator: _draw_pollinator,
    Cover: _draw_cover,
    Seed: _draw_seed,
}


def item_kinds() -> tuple[type[Item], ...]:
    """Every item kind the painter can draw (a test checks none is missing)."""
    return tuple(_DRAW)
