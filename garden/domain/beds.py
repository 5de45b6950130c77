"""Where each plant stands: beds by circle, rows of slots, names under the plants.

Plain geometry in unzoomed pixels, shared by the garden window and the yearly snapshot.
The layout depends only on who is in which circle (sorted by name) and on the width, never
on how the plants are doing: a plant that grows or wilts never moves its neighbours.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from garden.domain.model import Circle, Person
from garden.domain.names import name_key


@dataclass(frozen=True, slots=True)
class BedStyle:
    slot_width: float
    slot_height: float  # plant area above the soil line
    scale: float  # pixels per plant unit at zoom 1


STYLES: Mapping[Circle, BedStyle] = {
    Circle.HEART: BedStyle(160, 168, 1.5),
    Circle.CLOSE: BedStyle(132, 140, 1.22),
    Circle.FRIENDS: BedStyle(112, 116, 1.0),
    Circle.MEADOW: BedStyle(88, 62, 1.15),
}

MARGIN = 28.0
LABEL_HEIGHT = 30.0
SOIL_HEIGHT = 12.0
NAME_HEIGHT = 20.0
ROW_GAP = 10.0
BED_GAP = 22.0


@dataclass(frozen=True, slots=True)
class Rect:
    x: float
    y: float
    width: float
    height: float

    @property
    def right(self) -> float:
        return self.x + self.width

    @property
    def bottom(self) -> float:
        return self.y + self.height

    def contains(self, x: float, y: float) -> bool:
        return self.x <= x < self.right and self.y <= y < self.bottom


@dataclass(frozen=True, slots=True)
class PlantSlot:
    person_id: int
    circle: Circle
    row: int  # within the bed
    column: int
    base_x: float  # where the plant stands on the soil
    base_y: float
    scale: float
    area: Rect  # the plant's slot, for hit-testing and hover
    name: Rect  # where the name is written


@dataclass(frozen=True, slots=True)
class Bed:
    circle: Circle
    label: Rect
    soil: tuple[Rect, ...]  # one strip per row
    count: int
    crowded: bool


@dataclass(frozen=True, slots=True)
class GardenLayout:
    width: float
    height: float
    beds: tuple[Bed, ...]
    slots: tuple[PlantSlot, ...]  # in reading order

    def slot_of(self, person_id: int) -> PlantSlot | None:
        for slot in self.slots:
            if slot.person_id == person_id:
                return slot
        return None

    def slot_at(self, x: float, y: float) -> PlantSlot | None:
        for slot in self.slots:
            if slot.area.contains(x, y):
                return slot
        return None


def crowded(circle: Circle, count: int) -> bool:
    """A bed holds far more than its layer suggests (heart 8+, close 24+, friends 80+)."""
    suggested = circle.suggested_size
    return count >= suggested * 1.6 and count - suggested >= 3


def arrange(people: Iterable[Person]) -> dict[Circle, list[Person]]:
    """People by circle, each bed in a stable order: by name, then by id."""
    beds: dict[Circle, list[Person]] = {c: [] for c in Circle}
    for person in people:
        beds[person.circle].append(person)
    for members in beds.values():
        members.sort(key=lambda p: (name_key(p.name), p.id))
    return beds


def layout_garden(people: Iterable[Person], width: float) -> GardenLayout:
    """The beds and slots for `people` in a garden `width` pixels wide (at zoom 1)."""
    width = max(width, 2 * MARGIN + STYLES[Circle.HEART].slot_width)
    avail = width - 2 * MARGIN
    y = MARGIN * 0.6
    beds: list[Bed] = []
    slots: list[PlantSlot] = []
    for circle, members in arrange(people).items():
        if not members:
            continue
        style = STYLES[circle]
        label = Rect(MARGIN, y, avail, LABEL_HEIGHT)
        y += LABEL_HEIGHT
        per_row = max(1, int(avail // style.slot_width))
        used = min(per_row, len(members))
        x0 = MARGIN + (avail - used * style.slot_width) / 2
        strips: list[Rect] = []
        row_height = style.slot_height + SOIL_HEIGHT + NAME_HEIGHT
        rows = (len(members) + per_row - 1) // per_row
        for row in range(rows):
            in_row = members[row * per_row : (row + 1) * per_row]
            top = y + row * (row_height + ROW_GAP)
            soil_y = top + style.slot_height
            strip_w = len(in_row) * style.slot_width
            strips.append(Rect(x0 - 6, soil_y, strip_w + 12, SOIL_HEIGHT))
            for column, person in enumerate(in_row):
                left = x0 + column * style.slot_width
                slots.append(
                    PlantSlot(
                        person_id=person.id,
                        circle=circle,
                        row=row,
                        column=column,
                        base_x=left + style.slot_width / 2,
                        base_y=soil_y + SOIL_HEIGHT * 0.45,
                        scale=style.scale,
                        area=Rect(left, top, style.slot_width, row_height),
                        name=Rect(
                            left + 3,
                            soil_y + SOIL_HEIGHT + 2,
                            style.slot_width - 6,
                            NAME_HEIGHT - 2,
                        ),
                    )
                )
        y += rows * row_height + (rows - 1) * ROW_GAP + BED_GAP
        beds.append(Bed(circle, label, tuple(strips), len(members), crowded(circle, len(members))))
    return GardenLayout(width, y + MARGIN * 0.4, tuple(beds), tuple(slots))


def neighbour(layout: GardenLayout, person_id: int | None, direction: str) -> int | None:
    """The plant reached from `person_id` by an arrow key (left, right, up, down)."""
    if not layout.slots:
        return None
    order = list(layout.slots)
    current = layout.slot_of(person_id) if person_id is not None else None
    if current is None:
        return order[0].person_id
    index = order.index(current)
    if direction == "left":
        return order[max(0, index - 1)].person_id
    if direction == "right":
        return order[min(len(order) - 1, index + 1)].person_id
    cx = current.base_x
    if direction == "down":
        below = [s for s in order if s.area.y > current.area.y + 1]
        if not below:
            return current.person_id
        top = min(s.area.y for s in below)
        return min(
            (s for s in below if s.area.y == top), key=lambda s: abs(s.base_x - cx)
        ).person_id
    above = [s for s in order if s.area.y < current.area.y - 1]
    if not above:
        return current.person_id
    bottom = max(s.area.y for s in above)
    return min((s for s in above if s.area.y == bottom), key=lambda s: abs(s.base_x - cx)).person_id
