"""Where the beds go on a printed page: the window's beds, packed to fill the page.

The yearly snapshot draws each bed exactly as the window lays it out
(`garden.domain.beds.layout_garden`, one bed at a time); what it chooses is how many
plants each bed puts in a row and, for small gardens, which beds stand side by side, so
that the plants are as large as the page allows. A garden of five people is one wide
scene instead of a column of single plants; a garden of five hundred is the window's
stack of beds, each bed as wide as the page.

Beds keep the window's order (heart, close, friends, meadow), left to right and top to
bottom. Plain geometry in unzoomed window pixels; nothing here knows about Qt.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from garden.domain.beds import MARGIN, STYLES, GardenLayout, arrange, layout_garden
from garden.domain.model import Person


@dataclass(frozen=True, slots=True)
class PlacedBed:
    """One bed, laid out on its own by `layout_garden`, with its top-left corner at
    (`x`, `y`) on the page (in unzoomed pixels).

    Beds side by side stand on one soil line; `label_lift` raises a lower bed's label
    to the line of its neighbours' labels.
    """

    layout: GardenLayout
    x: float
    y: float
    label_lift: float = 0.0


@dataclass(frozen=True, slots=True)
class PageBeds:
    """Every bed on the page, the size they take together, and the zoom that fits them."""

    beds: tuple[PlacedBed, ...]
    width: float
    height: float
    zoom: float


def _options(members: Sequence[Person]) -> list[GardenLayout]:
    """The bed of `members` with each number of rows it can have, widest first."""
    circle = members[0].circle
    slot = STYLES[circle].slot_width
    count = len(members)
    # The fewest plants per row that gives each possible number of rows; the half pixel
    # makes sure the row division in `layout_garden` falls on the intended side.
    per_row = sorted({-(-count // rows) for rows in range(1, count + 1)}, reverse=True)
    return [layout_garden(members, 2 * MARGIN + k * slot + 0.5) for k in per_row]


@dataclass(frozen=True, slots=True)
class _Packing:
    beds: tuple[PlacedBed, ...]
    width: float
    height: float
    shelves: int
    rows: int


def _pack(options: Sequence[Sequence[GardenLayout]], page_width: float) -> _Packing:
    """Each bed as wide as `page_width` allows, then beds side by side while they fit."""
    chosen = []
    for bed_options in options:
        fitting = [layout for layout in bed_options if layout.width <= page_width]
        chosen.append(fitting[0] if fitting else bed_options[-1])
    shelves: list[list[GardenLayout]] = []
    for layout in chosen:
        if shelves and sum(b.width for b in shelves[-1]) + layout.width <= page_width:
            shelves[-1].append(layout)
        else:
            shelves.append([layout])
    width = max(sum(b.width for b in shelf) for shelf in shelves)
    placed: list[PlacedBed] = []
    y = 0.0
    for shelf in shelves:
        shelf_height = max(b.height for b in shelf)
        x = (width - sum(b.width for b in shelf)) / 2
        for layout in shelf:
            # Side by side, the beds share their soil line, like one stretch of ground.
            lift = shelf_height - layout.height
            placed.append(PlacedBed(layout, x, y + lift, lift))
            x += layout.width
        # Each layout has its own margin above and below: stacked, one margin between
        # them is enough, which leaves the window's gap between beds.
        y += shelf_height - MARGIN
    rows = sum(len(bed.layout.beds[0].soil) for bed in placed)
    return _Packing(tuple(placed), width, y + MARGIN, len(shelves), rows)


def fit_beds(
    people: Sequence[Person], area_width: float, area_height: float, most_zoom: float
) -> PageBeds:
    """The beds of `people` arranged to be drawn largest in an area of that size (in
    pixels), never larger than `most_zoom` times the window's size."""
    options = [_options(members) for members in arrange(people).values() if members]
    if not options:
        return PageBeds((), 0.0, 0.0, most_zoom)
    widths = {layout.width for bed_options in options for layout in bed_options}
    # Page widths at which neighbouring beds, each in one row, just fit side by side.
    singles = [bed_options[0].width for bed_options in options]
    for first in range(len(singles)):
        for last in range(first + 1, len(singles)):
            widths.add(sum(singles[first : last + 1]))
    best: tuple[tuple[float, int, int, float], _Packing] | None = None
    for page_width in sorted(widths):
        packing = _pack(options, page_width)
        zoom = min(area_width / packing.width, area_height / packing.height, most_zoom)
        # Largest plants first; then fewer shelves and fewer rows (wider scenes read
        # better than columns); then the narrower page. The order is total, so the
        # choice never depends on the order the widths were tried in.
        key = (round(zoom, 9), -packing.shelves, -packing.rows, -packing.width)
        if best is None or key > best[0]:
            best = (key, packing)
    assert best is not None
    packing = best[1]
    zoom = min(area_width / packing.width, area_height / packing.height, most_zoom)
    return PageBeds(packing.beds, packing.width, packing.height, zoom)
