"""The garden canvas: beds, plants and names, drawn from plant states.

Each plant is rendered once into a pixmap (keyed by its look, the zoom and the screen's
pixel ratio) and reused until it changes, so scrolling and repainting a 500-plant garden
costs a few hundred pixmap blits. Layout comes from `garden.domain.beds` and depends only
on who is in which bed, so a plant that changes never moves its neighbours.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING

from garden.domain.beds import Bed, GardenLayout, PlantSlot, layout_garden, neighbour
from garden.domain.growth import PlantState
from garden.domain.model import Circle, Person
from garden.domain.palette import LIGHT, Palette
from garden.domain.words import circle_words

if TYPE_CHECKING:
    from garden.domain.shape import Look, PlantShape

from PySide6.QtCore import (
    QEasingCurve,
    QEvent,
    QPointF,
    QRect,
    QRectF,
    QSize,
    Qt,
    QTimer,
    QVariantAnimation,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFont,
    QFontInfo,
    QFontMetricsF,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
    QResizeEvent,
)
from PySide6.QtWidgets import QToolTip, QWidget

from ui.garden_view.accessible import announce_selection
from ui.i18n import QT_TRANSLATE_NOOP, tr
from ui.painting.soil import ground_colours, paint_ground

CROWDED_NOTES = {
    Circle.HEART: QT_TRANSLATE_NOOP("", "a full heart: this bed usually holds about five people"),
    Circle.CLOSE: QT_TRANSLATE_NOOP("", "a busy bed: close friends are usually about fifteen"),
    Circle.FRIENDS: QT_TRANSLATE_NOOP("", "a crowded bed: maybe some friends belong in the meadow"),
    Circle.MEADOW: QT_TRANSLATE_NOOP("", "a wide meadow"),
}


#: The text size (pixels) the garden's layout is drawn for: a 10 pt font on a 96 dpi screen.
#: A larger system font makes the whole garden larger, so names stay readable and in place.
BASE_TEXT_PIXELS = 13.0
TEXT_SCALE_RANGE = (1.0, 2.5)


def text_scale_for(font: QFont) -> float:
    """How much larger than the layout's own text the user's font is (at least 1)."""
    pixels = QFontInfo(font).pixelSize()
    low, high = TEXT_SCALE_RANGE
    return max(low, min(high, pixels / BASE_TEXT_PIXELS))


_NAME_FLAGS = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextDontClip


class _Sprite:
    """A plant rendered into a pixmap, and where its base sits in that pixmap."""

    __slots__ = ("key", "offset", "pixmap")

    def __init__(self, key: tuple[object, ...], pixmap: QPixmap, offset: QPointF) -> None:
        self.key = key
        self.pixmap = pixmap
        self.offset = offset


class GardenCanvas(QWidget):
    """Draws every plant in its bed; click or Enter opens a person, arrows move."""

    person_activated = Signal(int)
    selection_changed = Signal(object)  # int | None
    visible_rect_wanted = Signal(QRect)  # the view scrolls to show it
    first_painted = Signal()
    plants_drawn = Signal()  # once: every plant in view has been drawn

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setAccessibleName(tr("Garden"))
        self.setAccessibleDescription(
            tr(
                "Your plants in their beds. Arrow keys move between "
                "plants; Enter opens a person's page."
            )
        )
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
        self._people: dict[int, Person] = {}
        self._states: dict[int, PlantState] = {}
        self._palette = LIGHT
        self._text_scale = text_scale_for(self.font())
        self._zoom = self._text_scale  # the drawing's scale: the user's zoom × text scale
        self._layout: GardenLayout = layout_garden([], 800)
        self._layout_width = -1.0
        self._sprites: dict[int, _Sprite] = {}
        self._shapes: dict[Look, PlantShape] = {}
        self._looks: dict[int, Look] = {}
        self._names: dict[int, tuple[float, str]] = {}
        self._selected: int | None = None
        self._hovered: int | None = None
        self._matching: set[int] | None = None
        self._watering: dict[int, QVariantAnimation] = {}
        self._painted = False
        # Plants not drawn yet are rendered a few per frame, so the garden appears at once
        # and its plants arrive over the next frames instead of holding up the first one.
        self.render_budget_ms = 10.0
        self._pending = False
        self._plants_drawn_sent = False
        self.summary_for: Callable[[int], str] = lambda pid: self._people[pid].name

    # --- data ------------------------------------------------------------------------------

    def set_garden(
        self,
        people: Iterable[Person],
        states: Mapping[int, PlantState],
        *,
        states_pending: bool = False,
    ) -> None:
        """Show exactly these people (only those with a state) and their plants.

        With `states_pending`, everyone is laid out now and their plants are drawn once
        `set_garden` is called again with the states (the window's first paint does this,
        so the garden appears before the growth model has run).
        """
        self._states = dict(states)
        self._looks.clear()
        self._people = {p.id: p for p in people if states_pending or p.id in self._states}
        self._sprites = {k: v for k, v in self._sprites.items() if k in self._people}
        self._names.clear()
        if self._selected not in self._people:
            self._set_selected(None)
        self._relayout(force=True)

    def update_plants(
        self,
        people: Iterable[Person],
        states: Mapping[int, PlantState],
        removed: Iterable[int] = (),
    ) -> None:
        """Refresh some plants; the layout changes only if someone moved bed or name."""
        relayout = False
        for pid in removed:
            if self._people.pop(pid, None) is not None:
                relayout = True
            self._states.pop(pid, None)
            self._sprites.pop(pid, None)
        for person in people:
            old = self._people.get(person.id)
            state = states.get(person.id)
            if state is None:
                relayout |= self._people.pop(person.id, None) is not None
                continue
            if old is None or old.circle != person.circle or old.name != person.name:
                relayout = True
            self._people[person.id] = person
            self._states[person.id] = state
            self._looks.pop(person.id, None)
            self._names.pop(person.id, None)
        if self._selected is not None and self._selected not in self._people:
            self._set_selected(None)
        if relayout:
            self._relayout(force=True)
        self.update()

    def people(self) -> dict[int, Person]:
        return dict(self._people)

    def state(self, person_id: int) -> PlantState | None:
        return self._states.get(person_id)

    @property
    def layout_(self) -> GardenLayout:
        return self._layout

    def set_palette(self, palette: Palette) -> None:
        if palette is not self._palette:
            self._palette = palette
            self._sprites.clear()
            self._looks.clear()
            self.update()

    @property
    def palette_(self) -> Palette:
        return self._palette

    def zoom(self) -> float:
        """The user's zoom (1.0: actual size); the drawing also follows the font size."""
        return self._zoom / self._text_scale

    def text_scale(self) -> float:
        return self._text_scale

    def set_zoom(self, zoom: float) -> None:
        scale = max(0.35, min(3.0, zoom)) * self._text_scale
        if abs(scale - self._zoom) > 1e-3:
            self._zoom = scale
            self._sprites.clear()
            self._names.clear()
            self._relayout(force=True)

    def height_at_zoom(self, zoom: float, width: float) -> float:
        """How tall the garden would be at the user's `zoom` in a view `width` wide."""
        scale = zoom * self._text_scale
        return layout_garden(self._people.values(), width / scale).height * scale

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            # The system (or the user) changed the font size: the garden grows or
            # shrinks with it, keeping the user's zoom.
            zoom = self.zoom()
            self._text_scale = text_scale_for(self.font())
            self._zoom = 0.0  # so set_zoom always lays out again
            self.set_zoom(zoom)
        super().changeEvent(event)

    def set_matching(self, ids: set[int] | None) -> None:
        """Dim every plant not in `ids` (None shows everyone normally)."""
        self._matching = ids
        self.update()

    def water(self, person_id: int) -> None:
        """A short watering animation over one plant."""
        old = self._watering.pop(person_id, None)
        if old is not None:
            old.stop()
        anim = QVariantAnimation(self)
        anim.setStartValue(0.0)
        anim.setEndValue(1.0)
        anim.setDuration(900)
        anim.setEasingCurve(QEasingCurve.Type.OutCubic)
        anim.valueChanged.connect(lambda _v, pid=person_id: self._update_slot(pid))
        anim.finished.connect(lambda pid=person_id: self._end_watering(pid))
        self._watering[person_id] = anim
        anim.start()

    def watering(self) -> set[int]:
        return set(self._watering)

    def _end_watering(self, person_id: int) -> None:
        self._watering.pop(person_id, None)
        self._update_slot(person_id)

    # --- selection -------------------------------------------------------------------------

    def selected(self) -> int | None:
        return self._selected

    def select(self, person_id: int | None) -> None:
        if person_id is not None and person_id not in self._people:
            return
        self._set_selected(person_id)

    def _set_selected(self, person_id: int | None) -> None:
        if person_id == self._selected:
            return
        previous = self._selected
        self._selected = person_id
        for pid in (previous, person_id):
            if pid is not None:
                self._update_slot(pid)
        if person_id is not None:
            slot = self._layout.slot_of(person_id)
            if slot is not None:
                self.visible_rect_wanted.emit(self._slot_rect(slot))
            if person_id in self._states:
                self.setAccessibleDescription(self.summary_for(person_id))
            announce_selection(self)
        self.selection_changed.emit(person_id)

    # --- geometry --------------------------------------------------------------------------

    def _relayout(self, force: bool = False) -> None:
        width = max(1.0, self.width() / self._zoom)
        if not force and abs(width - self._layout_width) < 0.5:
            return
        self._layout_width = width
        self._layout = layout_garden(self._people.values(), width)
        self.setMinimumHeight(int(self._layout.height * self._zoom) + 1)
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(960, int(self._layout.height * self._zoom) + 1)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._names.clear()
            self._relayout()

    def slot_rect(self, person_id: int) -> QRect | None:
        """Where a person's plant and name are, in canvas coordinates."""
        slot = self._layout.slot_of(person_id)
        return self._slot_rect(slot) if slot is not None else None

    def _slot_rect(self, slot: PlantSlot) -> QRect:
        z = self._zoom
        a = slot.area
        return QRect(int(a.x * z), int(a.y * z), int(a.width * z) + 1, int(a.height * z) + 1)

    def _update_slot(self, person_id: int) -> None:
        slot = self._layout.slot_of(person_id)
        if slot is not None:
            self.update(self._slot_rect(slot).adjusted(-30, -40, 30, 10))

    def slot_at(self, pos: QPointF) -> PlantSlot | None:
        return self._layout.slot_at(pos.x() / self._zoom, pos.y() / self._zoom)

    # --- painting ----------------------------------------------------------------------------

    def _sprite_key(self, slot: PlantSlot) -> tuple[Look, float, float, float]:
        pid = slot.person_id
        look = self._looks.get(pid)
        if look is None:
            # The shapes and the painter load with the first plant drawn, not before the
            # garden's first paint (beds and names; the plants follow a frame later).
            from garden.domain.shape import look_of

            # Worked out once per state and palette: repaints only compare keys.
            look = self._looks[pid] = look_of(self._people[pid], self._states[pid], self._palette)
        return (look, self._zoom, self.devicePixelRatioF(), slot.scale)

    def _ready_sprite(self, slot: PlantSlot) -> _Sprite | None:
        if slot.person_id not in self._states:
            return None
        sprite = self._sprites.get(slot.person_id)
        if sprite is not None and sprite.key == self._sprite_key(slot):
            return sprite
        return None

    def render_all(self) -> None:
        """Render every plant now (for snapshots, grabs and benchmarks)."""
        for slot in self._layout.slots:
            if slot.person_id in self._states:
                self._sprite(slot)

    def _sprite(self, slot: PlantSlot) -> _Sprite:
        key = self._sprite_key(slot)
        look = key[0]
        ratio = self.devicePixelRatioF()
        sprite = self._sprites.get(slot.person_id)
        if sprite is not None and sprite.key == key:
            return sprite
        shape = self._shapes.get(look)
        from garden.domain.shape import plant_shape

        from ui.painting.plant_painter import paint_plant

        if shape is None:
            if len(self._shapes) > 4000:
                self._shapes.clear()
            shape = self._shapes[look] = plant_shape(look)
        scale = slot.scale * self._zoom
        pad = 4.0
        w = (shape.right - shape.left) * scale + 2 * pad
        h = shape.height * scale + 2 * pad
        pixmap = QPixmap(max(1, int(w * ratio + 0.5)), max(1, int(h * ratio + 0.5)))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        offset = QPointF(-shape.left * scale + pad, shape.height * scale + pad)
        painter = QPainter(pixmap)
        paint_plant(painter, shape, offset, scale)
        painter.end()
        sprite = _Sprite(key, pixmap, offset)
        self._sprites[slot.person_id] = sprite
        return sprite

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        p = self._palette
        painter.fillRect(event.rect(), QColor(p.paper))
        z = self._zoom
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        exposed = QRectF(event.rect())
        for bed in self._layout.beds:
            self._paint_bed(painter, bed, exposed)
        font = QFont(self.font())
        ts = self._text_scale
        font.setPixelSize(max(9, round(12.5 * ts * min(1.2, z / ts))))
        painter.setFont(font)
        metrics = QFontMetricsF(font)
        budget = self.render_budget_ms / 1000 if self._painted else 0.0
        deadline = time.perf_counter() + budget
        missing = False
        for slot in self._layout.slots:
            area = QRectF(
                slot.area.x * z - 30,
                slot.area.y * z - 40,
                slot.area.width * z + 60,
                slot.area.height * z + 50,
            )
            if area.intersects(exposed):
                missing |= not self._paint_slot(painter, slot, metrics, deadline)
        painter.end()
        if missing and not self._pending:
            self._pending = True
            QTimer.singleShot(0, self._paint_pending)
        if not missing and self._states and not self._plants_drawn_sent:
            self._plants_drawn_sent = True
            self.plants_drawn.emit()
        if not self._painted:
            self._painted = True
            self.first_painted.emit()

    def _paint_bed(self, painter: QPainter, bed: Bed, exposed: QRectF) -> None:
        p, z = self._palette, self._zoom
        label = QRectF(bed.label.x * z, bed.label.y * z, bed.label.width * z, bed.label.height * z)
        if label.intersects(exposed):
            font = QFont(self.font())
            ts = self._text_scale
            font.setPixelSize(max(10, round(12 * ts * min(1.2, max(0.85, z / ts)))))
            font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 118)
            font.setWeight(QFont.Weight.DemiBold)
            painter.setFont(font)
            painter.setPen(QColor(p.text))
            text = circle_words(bed.circle).upper()
            painter.drawText(
                label, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text
            )
            if bed.crowded:
                metrics = QFontMetricsF(font)
                note_font = QFont(font)
                note_font.setItalic(True)
                note_font.setWeight(QFont.Weight.Normal)
                note_font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 100)
                painter.setFont(note_font)
                painter.setPen(QColor(p.text_soft))
                offset = metrics.horizontalAdvance(text) + 14 * z
                painter.drawText(
                    label.adjusted(offset, 0, 0, 0),
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                    "— " + tr(CROWDED_NOTES[bed.circle]),
                )
        colours = ground_colours(p, bed.circle)
        for strip in bed.soil:
            rect = QRectF(strip.x * z, strip.y * z, strip.width * z, strip.height * z)
            if rect.intersects(exposed):
                paint_ground(painter, rect, colours)

    def _paint_pending(self) -> None:
        self._pending = False
        self.update()

    def _paint_slot(
        self, painter: QPainter, slot: PlantSlot, metrics: QFontMetricsF, deadline: float
    ) -> bool:
        """Paint one plant and its name; returns False if its picture had to wait."""
        p, z = self._palette, self._zoom
        pid = slot.person_id
        dim = self._matching is not None and pid not in self._matching
        base = QPointF(slot.base_x * z, slot.base_y * z)
        if pid == self._selected or pid == self._hovered:
            glow = QColor(p.accent if pid == self._selected else p.text_soft)
            glow.setAlpha(90 if pid == self._selected else 40)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(glow)
            w = slot.area.width * z * 0.42
            painter.drawEllipse(base, w, 5 * z)
        painter.setOpacity(0.22 if dim else 1.0)
        sprite = self._ready_sprite(slot)
        known = pid in self._states
        if sprite is None and known and time.perf_counter() < deadline:
            sprite = self._sprite(slot)
        if sprite is not None:
            painter.drawPixmap(base - sprite.offset, sprite.pixmap)
        else:
            # A small mound where the plant will appear a frame later.
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(p.soil_bottom))
            painter.drawEllipse(base, 7 * z, 3 * z)
        progress = self._watering.get(pid)
        if progress is not None:
            self._paint_drops(painter, slot, float(progress.currentValue() or 0.0))
        painter.setOpacity(0.35 if dim else 1.0)
        name = self._elided_name(slot, metrics)
        rect = QRectF(slot.name.x * z, slot.name.y * z, slot.name.width * z, slot.name.height * z)
        selected = pid == self._selected
        painter.setPen(QColor(p.text))
        if selected:
            font = QFont(painter.font())
            font.setWeight(QFont.Weight.DemiBold)
            painter.save()
            painter.setFont(font)
            painter.drawText(rect, _NAME_FLAGS, name)
            painter.restore()
            if self.hasFocus():
                pen = QPen(QColor(p.accent), max(1.5, 2 * z))
                pen.setCapStyle(Qt.PenCapStyle.RoundCap)
                painter.setPen(pen)
                width = min(rect.width(), metrics.horizontalAdvance(name) + 6)
                y = rect.top() + metrics.height() + 1
                painter.drawLine(
                    QPointF(rect.center().x() - width / 2, y),
                    QPointF(rect.center().x() + width / 2, y),
                )
        else:
            painter.drawText(rect, _NAME_FLAGS, name)
        painter.setOpacity(1.0)
        return sprite is not None or not known

    def _elided_name(self, slot: PlantSlot, metrics: QFontMetricsF) -> str:
        width = slot.name.width * self._zoom
        cached = self._names.get(slot.person_id)
        if cached is not None and cached[0] == width:
            return cached[1]
        text = metrics.elidedText(
            self._people[slot.person_id].name, Qt.TextElideMode.ElideRight, width
        )
        self._names[slot.person_id] = (width, text)
        return text

    def _paint_drops(self, painter: QPainter, slot: PlantSlot, t: float) -> None:
        p, z = self._palette, self._zoom
        water = QColor(p.water)
        painter.save()
        painter.setPen(Qt.PenStyle.NoPen)
        top = (slot.area.y + 6) * z
        bottom = slot.base_y * z
        for i in range(7):
            phase = t * 1.6 - i * 0.11
            if not 0.0 <= phase <= 1.0:
                continue
            x = (slot.base_x + (i - 3) * slot.area.width * 0.09) * z
            y = top + (bottom - top) * phase
            water.setAlphaF(0.85 * (1.0 - phase * 0.6))
            painter.setBrush(water)
            painter.drawEllipse(QPointF(x, y), 2.2 * z, 3.4 * z)
        ring = QColor(p.water)
        ring.setAlphaF(max(0.0, 0.45 * (1.0 - t)))
        painter.setBrush(ring)
        painter.drawEllipse(
            QPointF(slot.base_x * z, slot.base_y * z),
            slot.area.width * z * 0.35 * (0.6 + 0.4 * t),
            4 * z,
        )
        painter.restore()

    # --- input -------------------------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            slot = self.slot_at(QPointF(event.pos()))
            if slot is None:
                QToolTip.hideText()
                event.ignore()
            else:
                QToolTip.showText(
                    event.globalPos(), self.summary_for(slot.person_id), self, self._slot_rect(slot)
                )
            return True
        return super().event(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        slot = self.slot_at(event.position())
        hovered = slot.person_id if slot else None
        if hovered != self._hovered:
            previous, self._hovered = self._hovered, hovered
            for pid in (previous, hovered):
                if pid is not None:
                    self._update_slot(pid)
            self.setCursor(
                Qt.CursorShape.PointingHandCursor if hovered else Qt.CursorShape.ArrowCursor
            )
        super().mouseMoveEvent(event)

    def leaveEvent(self, event: QEvent) -> None:
        if self._hovered is not None:
            previous, self._hovered = self._hovered, None
            self._update_slot(previous)
        super().leaveEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            slot = self.slot_at(event.position())
            if slot is not None:
                self._set_selected(slot.person_id)
                self.person_activated.emit(slot.person_id)
                return
            self._set_selected(None)
        super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        moves: dict[int, str] = {
            Qt.Key.Key_Left: "left",
            Qt.Key.Key_Right: "right",
            Qt.Key.Key_Up: "up",
            Qt.Key.Key_Down: "down",
        }
        if key in moves:
            self._set_selected(neighbour(self._layout, self._selected, moves[key]))
            return
        if key == Qt.Key.Key_Home and self._layout.slots:
            self._set_selected(self._layout.slots[0].person_id)
            return
        if key == Qt.Key.Key_End and self._layout.slots:
            self._set_selected(self._layout.slots[-1].person_id)
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._selected is not None:
            self.person_activated.emit(self._selected)
            return
        if key == Qt.Key.Key_Escape and self._selected is not None:
            self._set_selected(None)
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        if self._selected is None and self._layout.slots:
            self._set_selected(self._layout.slots[0].person_id)
        elif self._selected is not None:
            self._update_slot(self._selected)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if self._selected is not None:
            self._update_slot(self._selected)
