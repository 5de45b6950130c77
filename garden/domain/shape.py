"""A plant's state, turned into plain geometry: stems, leaves, blooms, fruit, bees.

Growth (state) → shape (geometry, here) → painter (Qt, in `ui/painting/`). Nothing here
knows about Qt: a shape is a tuple of small frozen dataclasses in plant units, with the
base of the plant at (0, 0), x to the right and y up. A flourishing plant stands about
100 units tall.

Each species is a small parametric generator in the spirit of Prusinkiewicz and
Lindenmayer: a turtle walks stems segment by segment, branches and puts leaves along
them. The generator is seeded by the person's id, so a plant keeps its own character for
life, and the same state always gives the same shape (the yearly snapshot relies on it).

* The growth stage and growth drive size, branching and leaf count (`vigour`).
* Health drives colour (green → pale → straw), posture (stems and leaves droop towards
  the soil) and lost leaves (drawn lying on the soil). Dormant plants keep their stems
  and a closed bud, in muted grey-brown: asleep, never dead.
* Cues: blooms after deep moments, bees (pollinators) for favours given, fruit for
  favours received, a bright new shoot after a reconnection, a glass cover while resting.
"""

from __future__ import annotations

import itertools
import math
import random
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from enum import StrEnum

from garden.domain.growth import (
    GROWTH_STAGES,
    STAGE_THRESHOLDS,
    Cue,
    PlantState,
    Stage,
    stage_for_growth,
)
from garden.domain.model import Circle, Person, Species
from garden.domain.palette import FRUIT, PETALS, RGB, Palette, hex_to_rgb, mix, rgb_to_hex

Point = tuple[float, float]


class LeafKind(StrEnum):
    OVAL = "oval"
    NARROW = "narrow"  # lavender, wildflowers
    STRAP = "strap"  # tulip
    HEART = "heart"  # sunflower
    IVY = "ivy"  # three lobes
    LEAFLET = "leaflet"  # fern pinnae: small, no vein
    SERRATED = "serrated"  # rose


class BloomKind(StrEnum):
    DAISY = "daisy"  # petals round a heart (sunflower, wildflowers, tree blossom)
    CUP = "cup"  # tulip
    ROSE = "rose"  # layered, spiralling
    STAR = "star"  # cactus: pointed petals


@dataclass(frozen=True, slots=True)
class Stem:
    """A stem, branch, frond axis or vine: a smooth line through `points`, tapering from
    `width` at the first point to `tip_width` at the last."""

    points: tuple[Point, ...]
    width: float
    tip_width: float
    color: str


@dataclass(frozen=True, slots=True)
class Leaf:
    base: Point
    angle: float  # degrees; 0 points right, 90 up
    length: float
    width: float
    color: str
    kind: LeafKind = LeafKind.OVAL
    curl: float = 0.0  # how much the tip bends (negative: clockwise), in leaf widths
    vein: str | None = None
    fallen: bool = False  # lying on the soil


@dataclass(frozen=True, slots=True)
class Bloom:
    center: Point
    radius: float
    color: str
    heart: str
    kind: BloomKind
    petals: int
    angle: float = 90.0  # where the flower faces; 90 is up
    openness: float = 1.0


@dataclass(frozen=True, slots=True)
class Bud:
    center: Point
    radius: float
    color: str
    tip: str
    angle: float = 90.0


@dataclass(frozen=True, slots=True)
class Blob:
    """An ellipse: canopy clumps, lavender florets, cactus pads."""

    center: Point
    rx: float
    ry: float
    color: str
    angle: float = 0.0
    outline: str | None = None


@dataclass(frozen=True, slots=True)
class Body:
    """A fleshy closed outline (a cactus column or arm) with ribs."""

    outline: tuple[Point, ...]
    color: str
    rib_color: str
    ribs: tuple[tuple[Point, ...], ...] = ()


@dataclass(frozen=True, slots=True)
class Marks:
    """Short strokes: cactus spines, rose thorns."""

    segments: tuple[tuple[Point, Point], ...]
    width: float
    color: str


@dataclass(frozen=True, slots=True)
class Fruit:
    center: Point
    radius: float
    color: str


@dataclass(frozen=True, slots=True)
class Pollinator:
    center: Point
    size: float
    angle: float


@dataclass(frozen=True, slots=True)
class Cover:
    """A glass cloche over a resting plant."""

    width: float
    height: float
    color: str


@dataclass(frozen=True, slots=True)
class Seed:
    """A seed in its little mound of soil."""

    center: Point
    radius: float
    color: str
    tip: str  # the pale tip of the root or first leaf


Item = Stem | Leaf | Bloom | Bud | Blob | Body | Marks | Fruit | Pollinator | Cover | Seed


@dataclass(frozen=True, slots=True)
class PlantShape:
    species: Species
    items: tuple[Item, ...]
    left: float  # extent to the left of the base (negative)
    right: float
    height: float

    @property
    def width(self) -> float:
        return self.right - self.left


@dataclass(frozen=True, slots=True)
class Look:
    """What a generator needs to know about the plant, already digested."""

    species: Species
    seed: int
    vigour: float  # 0.1 (seed) … 1 (a plant in full flourish)
    stage: Stage  # the growth stage (never DORMANT)
    health: float
    dormant: bool
    droop: float  # 0 upright … 1 lying on the soil
    leaf_loss: float  # share of leaves lost
    blooms: int
    pollinators: int
    fruit: int
    new_shoot: bool
    resting: bool
    wildflower: bool
    leaf: RGB
    leaf_light: RGB
    stem: RGB
    palette: Palette = field(repr=False)

    def leaf_color(self, rng: random.Random) -> str:
        """A leaf colour with a little natural variation."""
        return rgb_to_hex(mix(self.leaf, self.leaf_light, rng.random() * 0.7))


# --- the digest of a state --------------------------------------------------------------

_VIGOUR_AT = (0.12, 0.3, 0.52, 0.76, 0.92, 1.0)
_GROWTH_AT = (0.0, *sorted(t for t, _ in STAGE_THRESHOLDS), 900.0)


def vigour(growth: float) -> float:
    """Size in (0, 1] from growth, smooth across stages."""
    for i in range(len(_GROWTH_AT) - 1):
        lo, hi = _GROWTH_AT[i], _GROWTH_AT[i + 1]
        if growth < hi:
            t = (growth - lo) / (hi - lo)
            return _VIGOUR_AT[i] + (_VIGOUR_AT[i + 1] - _VIGOUR_AT[i]) * max(0.0, t)
    return 1.0


def look_for(
    species: Species,
    seed: int,
    growth: float,
    health: float,
    palette: Palette,
    *,
    dormant: bool = False,
    resting: bool = False,
    blooms: int = 0,
    pollinators: int = 0,
    fruit: int = 0,
    new_shoot: bool = False,
    wildflower: bool = False,
    stage: Stage | None = None,
) -> Look:
    """The look of a plant with this growth and health; `stage` (the growth stage, never
    DORMANT) defaults to the one `growth` reaches."""
    if stage is None:
        stage = stage_for_growth(growth)
    if wildflower:
        health, dormant = 1.0, False
    leaf, leaf_light, stem = _health_colours(health, dormant, palette)
    if dormant:
        droop, loss = 0.3, 0.35
    else:
        droop = min(1.0, max(0.0, (0.62 - health) / 0.5))
        loss = min(0.6, max(0.0, (0.35 - health) / 0.35))
    return Look(
        species=species,
        seed=seed,
        # Wildflowers stay small but always visible, whatever their growth.
        vigour=0.22 + 0.2 * vigour(growth) if wildflower else vigour(growth),
        stage=stage,
        health=health,
        dormant=dormant,
        droop=droop,
        leaf_loss=loss,
        blooms=0 if dormant else blooms,
        pollinators=pollinators,
        fruit=fruit,
        new_shoot=new_shoot and not dormant,
        resting=resting,
        wildflower=wildflower,
        leaf=leaf,
        leaf_light=leaf_light,
        stem=stem,
        palette=palette,
    )


def _health_colours(health: float, dormant: bool, p: Palette) -> tuple[RGB, RGB, RGB]:
    if dormant:
        return (
            p.rgb("leaf_dormant"),
            mix(p.rgb("leaf_dormant"), p.rgb("paper"), 0.15),
            p.rgb("stem_dormant"),
        )
    leaf, light = p.rgb("leaf"), p.rgb("leaf_light")
    thirsty, wilting = p.rgb("leaf_thirsty"), p.rgb("leaf_wilting")
    if health >= 0.65:
        a, b = leaf, light
    elif health >= 0.4:
        t = (0.65 - health) / 0.25
        a, b = mix(leaf, thirsty, t), mix(light, thirsty, t)
    else:
        t = min(1.0, (0.4 - health) / 0.25)
        a, b = mix(thirsty, wilting, t), mix(thirsty, wilting, t * 0.8)
    stem = mix(p.rgb("stem"), a, 0.35 if health >= 0.4 else 0.7)
    return a, b, stem


def look_of(person: Person, state: PlantState, palette: Palette) -> Look:
    """The digest of `person`'s plant as of `state` that decides its drawing: the window,
    the person page and the snapshot draw from it, and the window caches sprites by it
    (growth and health rounded, so a plant is redrawn only when it would look different).
    The stage is the state's own: rounding growth must not move a plant across a stage.
    """
    return look_for(
        person.species,
        person.id,
        round(state.growth, 1),
        round(state.health, 2),
        palette,
        dormant=state.dormant,
        resting=state.resting,
        blooms=state.blooms,
        pollinators=state.pollinators,
        fruit=state.fruit,
        new_shoot=Cue.NEW_SHOOT in state.cues,
        wildflower=person.circle is Circle.MEADOW,
        stage=state.growth_stage,
    )


def plant_shape(look: Look) -> PlantShape:
    """Geometry for a digested look (deterministic: the same look gives the same shape)."""
    # Mix the species in, so two people with ids that differ only by species still differ.
    rng = random.Random(look.seed * 7919 + list(Species).index(look.species))
    out = _Sketch(look, rng)
    if look.wildflower:
        _wildflower(out)
    elif look.stage is Stage.SEED:
        _seedling(out)
    elif look.stage is Stage.SPROUT:
        _sprout(out)
    else:
        GENERATORS[look.species](out)
    out.finish()
    return out.shape()


# --- the sketch: a turtle and a list of items -------------------------------------------


class _Sketch:
    def __init__(self, look: Look, rng: random.Random) -> None:
        self.look = look
        self.rng = rng
        self.back: list[Item] = []  # drawn first (fallen leaves, canopy shade)
        self.items: list[Item] = []
        self.front: list[Item] = []  # drawn last (bees, the cover)
        self.tips: list[tuple[Point, float]] = []  # where blooms and buds can go
        self.leaf_spots: list[Point] = []  # where fruit can hang
        self.lost = 0

    # geometry helpers ---------------------------------------------------------------------

    def walk(
        self,
        start: Point,
        angle: float,
        length: float,
        segments: int,
        bend: float = 0.0,
        droop_scale: float = 1.0,
        jitter: float = 2.0,
    ) -> list[Point]:
        """A stem from `start` heading `angle`, curving by `bend` degrees per segment and
        sagging towards the soil with the plant's droop, more towards the tip."""
        droop = self.look.droop * droop_scale
        side = -1.0 if math.cos(math.radians(angle)) >= 0 else 1.0
        if abs(math.cos(math.radians(angle))) < 0.05:
            side = -1.0 if self.rng.random() < 0.5 else 1.0
        points = [start]
        x, y = start
        step = length / segments
        for i in range(segments):
            t = (i + 1) / segments
            heading = angle + bend * i + side * droop * 95 * t**1.6
            heading += self.rng.uniform(-jitter, jitter)
            x += step * math.cos(math.radians(heading))
            y += step * math.sin(math.radians(heading))
            points.append((x, max(y, 0.3)))
        return points

    @staticmethod
    def along(points: list[Point], t: float) -> tuple[Point, float]:
        """The point at fraction `t` of a polyline's length and its heading there."""
        lengths = [math.dist(a, b) for a, b in itertools.pairwise(points)]
        total = sum(lengths) or 1.0
        goal = max(0.0, min(1.0, t)) * total
        for (a, b), seg in zip(itertools.pairwise(points), lengths, strict=True):
            if goal <= seg or b is points[-1]:
                f = goal / seg if seg else 0.0
                point = (a[0] + (b[0] - a[0]) * f, a[1] + (b[1] - a[1]) * f)
                return point, math.degrees(math.atan2(b[1] - a[1], b[0] - a[0]))
            goal -= seg
        return points[-1], 90.0

    def stem(self, points: list[Point], width: float, tip: float, color: str | None = None) -> None:
        self.items.append(Stem(tuple(points), width, tip, color or rgb_to_hex(self.look.stem)))

    def leaf(
        self,
        base: Point,
        heading: float,
        length: float,
        width: float,
        kind: LeafKind = LeafKind.OVAL,
        vein: bool = True,
        color: str | None = None,
    ) -> None:
        """A leaf at `base`; healthy leaves reach up and out, thirsty ones hang."""
        look = self.look
        if self.rng.random() < look.leaf_loss:
            self.lost += 1
            return
        # Posture: pull the leaf's heading towards straight down as it wilts.
        down = -90.0
        diff = (down - heading + 540) % 360 - 180
        heading += diff * look.droop * 0.55
        fold = 1.0 - 0.45 * look.droop - (0.3 if look.dormant else 0.0)
        curl = (-0.6 if math.cos(math.radians(heading)) > 0 else 0.6) * (0.3 + look.droop)
        c = color or look.leaf_color(self.rng)
        vein_color = rgb_to_hex(mix(hex_to_rgb(c), look.palette.rgb("paper"), 0.35))
        self.items.append(
            Leaf(base, heading, length, width * fold, c, kind, curl, vein_color if vein else None)
        )
        tip = (
            base[0] + length * 0.6 * math.cos(math.radians(heading)),
            base[1] + length * 0.6 * math.sin(math.radians(heading)),
        )
        self.leaf_spots.append(tip)

    # cues ---------------------------------------------------------------------------------

    def finish(self) -> None:
        look, rng = self.look, self.rng
        left, right, top = self._extent()
        if self.lost:
            colour = rgb_to_hex(look.palette.rgb("leaf_wilting"))
            if look.dormant:
                colour = rgb_to_hex(look.palette.rgb("leaf_dormant"))
            for i in range(min(5, self.lost)):
                x = rng.uniform(left * 0.9 - 4, right * 0.9 + 4)
                self.back.append(
                    Leaf(
                        (x, 0.8),
                        rng.choice((-8.0, 188.0)) + rng.uniform(-12, 12),
                        4.0 + 2.5 * look.vigour + i % 2,
                        2.2,
                        colour,
                        LeafKind.OVAL,
                        0.0,
                        None,
                        fallen=True,
                    )
                )
        if look.new_shoot:
            side = 1.0 if rng.random() < 0.5 else -1.0
            base = (side * (3.0 + 3.0 * look.vigour), 0.3)
            shoot = rgb_to_hex(look.palette.rgb("shoot"))
            pts = [base, (base[0] + side * 1.0, 5.0), (base[0] + side * 2.5, 10.0)]
            self.front.append(Stem(tuple(pts), 1.3, 0.7, shoot))
            self.front.append(
                Leaf(pts[-1], 90 + side * 50, 4.5, 2.6, shoot, LeafKind.OVAL, side * -0.3, None)
            )
            self.front.append(
                Leaf(pts[-1], 90 - side * 55, 3.8, 2.2, shoot, LeafKind.OVAL, side * 0.3, None)
            )
        if look.fruit and self.leaf_spots:
            spots = sorted(self.leaf_spots, key=lambda p: -p[1])[: max(3, look.fruit * 3)]
            for i in range(min(look.fruit, 3)):
                x, y = spots[(i * 2) % len(spots)]
                self.items.append(Fruit((x, y - 1.5), 1.6 + 1.0 * look.vigour, FRUIT))
        if look.pollinators:
            for i in range(min(look.pollinators, 3)):
                side = 1 if i % 2 == 0 else -1
                x = side * (max(abs(left), abs(right)) * 0.7 + 4 + 3 * i)
                y = top * (0.75 + 0.12 * i) + 4
                self.front.append(Pollinator((x, y), 3.0 + 0.8 * look.vigour, rng.uniform(-20, 20)))
        if look.resting:
            left, right, top = self._extent()
            half = max(abs(left), abs(right)) + 5
            self.front.append(Cover(2 * half, top + 7, rgb_to_hex(look.palette.rgb("glass"))))

    def _extent(self) -> tuple[float, float, float]:
        xs: list[float] = [-6.0, 6.0]
        ys: list[float] = [4.0]
        for item in (*self.back, *self.items, *self.front):
            for x, y, r in _points_of(item):
                xs.extend((x - r, x + r))
                ys.append(y + r)
        return min(xs), max(xs), max(ys)

    def shape(self) -> PlantShape:
        left, right, top = self._extent()
        return PlantShape(
            self.look.species, (*self.back, *self.items, *self.front), left, right, top
        )


def _points_of(item: Item) -> Iterable[tuple[float, float, float]]:
    if isinstance(item, Stem):
        for x, y in item.points:
            yield x, y, item.width / 2
    elif isinstance(item, Leaf):
        x, y = item.base
        a = math.radians(item.angle)
        yield x, y, 0.0
        yield x + item.length * math.cos(a), y + item.length * math.sin(a), item.width / 2
    elif isinstance(item, (Bloom, Bud, Fruit, Seed)):
        yield item.center[0], item.center[1], item.radius
    elif isinstance(item, Blob):
        yield item.center[0], item.center[1], max(item.rx, item.ry)
    elif isinstance(item, Body):
        for x, y in item.outline:
            yield x, y, 0.0
    elif isinstance(item, Marks):
        for start, end in item.segments:
            yield start[0], start[1], 0.0
            yield end[0], end[1], 0.0
    elif isinstance(item, Pollinator):
        yield item.center[0], item.center[1], item.size * 1.5
    elif isinstance(item, Cover):
        yield -item.width / 2, item.height, 0.0
        yield item.width / 2, item.height, 0.0


def _wood(look: Look) -> str:
    """Bark and stakes: a soil brown that stays visible on light and dark paper."""
    return rgb_to_hex(mix(look.palette.rgb("soil_top"), look.palette.rgb("text"), 0.22))


def _petals(look: Look) -> tuple[str, str]:
    return PETALS[look.species]


def _bud_colour(look: Look) -> tuple[str, str]:
    if look.dormant:
        grey = look.palette.rgb("stem_dormant")
        return rgb_to_hex(grey), rgb_to_hex(mix(grey, look.palette.rgb("paper"), 0.25))
    petal = hex_to_rgb(_petals(look)[0])
    return rgb_to_hex(look.leaf), rgb_to_hex(mix(look.leaf, petal, 0.55))


def _place_blooms(
    out: _Sketch,
    kind: BloomKind,
    radius: float,
    petals: int,
    bud_radius: float,
    all_buds: bool = True,
) -> None:
    """Blooms on the first tips (one per recent deep moment), buds on the rest."""
    look = out.look
    colour, heart = _petals(look)
    bud, bud_tip = _bud_colour(look)
    tips = out.tips[:1] + out.rng.sample(out.tips[1:], len(out.tips) - 1)
    for i, (point, heading) in enumerate(tips):
        if i < look.blooms:
            nod = heading - 90 if look.droop > 0.4 else 0.0
            out.items.append(
                Bloom(
                    point,
                    radius * (1.0 if i == 0 else 0.8),
                    colour,
                    heart,
                    kind,
                    petals,
                    90 + nod * 0.8,
                    1.0 - 0.4 * look.droop,
                )
            )
        elif all_buds or i == 0:
            out.items.append(Bud(point, bud_radius, bud, bud_tip, heading))


# --- stages before a plant shows its species --------------------------------------------


def _seedling(out: _Sketch) -> None:
    look = out.look
    soil = look.palette.rgb("soil_top")
    seed = rgb_to_hex(mix(soil, (90, 60, 35), 0.5)) if not look.dormant else rgb_to_hex(soil)
    tip = rgb_to_hex(look.palette.rgb("shoot") if not look.dormant else look.stem)
    mound = rgb_to_hex(mix(soil, look.palette.rgb("text"), 0.12))
    out.items.append(Blob((0.0, 0.8), 10.0, 3.4, mound))
    out.items.append(Seed((-1.0, 3.6), 4.4, seed, tip))
    if not look.dormant:
        # The first green: a curved hook with two seed leaves opening.
        pts = [(0.6, 5.0), (1.8, 9.0), (2.6, 12.5), (2.2, 15.0)]
        out.stem(pts, 1.5, 0.9, tip)
        out.items.append(Leaf(pts[-1], 150.0, 5.2, 3.2, tip, LeafKind.OVAL, 0.3, None))
        out.items.append(Leaf(pts[-1], 30.0, 4.6, 2.9, tip, LeafKind.OVAL, -0.3, None))


def _sprout(out: _Sketch) -> None:
    look, rng = out.look, out.rng
    height = 9 + 16 * look.vigour
    pts = out.walk((0.0, 0.0), 90 + rng.uniform(-6, 6), height, 4, bend=rng.uniform(-4, 4))
    out.stem(pts, 1.4, 0.9)
    top, heading = pts[-1], out.along(pts, 1.0)[1]
    size = 4.5 + 5 * look.vigour
    out.leaf(top, heading + 55, size, size * 0.55)
    out.leaf(top, heading - 55, size, size * 0.55)
    if look.vigour > 0.22:
        mid, h = out.along(pts, 0.55)
        kind = {
            Species.TULIP: LeafKind.STRAP,
            Species.LAVENDER: LeafKind.NARROW,
            Species.IVY: LeafKind.IVY,
            Species.SUNFLOWER: LeafKind.HEART,
            Species.FERN: LeafKind.LEAFLET,
            Species.ROSE: LeafKind.SERRATED,
        }.get(look.species, LeafKind.OVAL)
        out.leaf(mid, h - 60, size * 0.8, size * 0.45, kind)
    if look.species is Species.CACTUS:
        out.items.clear()
        _cactus(out)


# --- the species --------------------------------------------------------------------------


def _fern(out: _Sketch) -> None:
    look, rng = out.look, out.rng
    v = look.vigour
    fronds = 3 + round(8 * v) + rng.randint(0, 2)
    spread = 22 + 40 * v
    for i in range(fronds):
        f = i / max(1, fronds - 1)
        angle = 90 - spread + 2 * spread * f + rng.uniform(-5, 5)
        length = (26 + 62 * v) * (0.75 + 0.25 * (1 - abs(2 * f - 1))) * rng.uniform(0.9, 1.05)
        bend = (angle - 90) * 0.09
        pts = out.walk((rng.uniform(-1.5, 1.5), 0.0), angle, length, 9, bend=bend, jitter=1.0)
        out.stem(pts, 1.2 + 0.8 * v, 0.4)
        pairs = 5 + round(7 * v)
        colour = look.leaf_color(rng)
        for k in range(pairs):
            t = 0.16 + 0.8 * k / pairs
            point, heading = out.along(pts, t)
            size = (2.5 + 7 * v) * (1.0 - 0.75 * t) + 1.2
            for side in (1, -1):
                out.leaf(
                    point,
                    heading + side * 62,
                    size,
                    size * 0.42,
                    LeafKind.LEAFLET,
                    vein=False,
                    color=colour,
                )
        out.tips.append((pts[-1], out.along(pts, 1.0)[1]))
    if look.blooms and not look.dormant:
        # Ferns do not flower: fresh golden fiddleheads uncurl instead.
        gold = _petals(look)[0]
        for j in range(min(look.blooms, 3)):
            x = (j - 1) * 4.0
            spiral = [
                (
                    x + 1.6 * math.cos(a) * (1 - a / 12),
                    9 + 4 * j % 3 + 1.6 * math.sin(a) * (1 - a / 12),
                )
                for a in (i * 0.7 for i in range(12))
            ]
            out.stem([(x, 0.0), (x + 0.5, 5.0 + 2 * j % 3), *spiral], 1.2, 0.6, gold)
    out.tips.clear()


def _sunflower(out: _Sketch) -> None:
    look, rng = out.look, out.rng
    v = look.vigour
    height = 22 + 82 * v
    pts = out.walk(
        (0.0, 0.0), 90 + rng.uniform(-4, 4), height, 9, bend=rng.uniform(-1.5, 1.5), jitter=1.0
    )
    out.stem(pts, 2.2 + 2.2 * v, 1.2)
    leaves = 2 + round(6 * v)
    for k in range(leaves):
        t = 0.15 + 0.72 * k / leaves
        point, heading = out.along(pts, t)
        side = 1 if k % 2 == 0 else -1
        size = (9 + 14 * v) * (1.05 - 0.45 * t)
        out.leaf(point, heading + side * 58, size, size * 0.8, LeafKind.HEART)
    out.tips.append((pts[-1], out.along(pts, 1.0)[1]))
    if look.blooms > 1 and v > 0.6:
        for side in (1, -1)[: look.blooms - 1]:
            base, heading = out.along(pts, 0.72)
            branch = out.walk(base, heading + side * 40, 10 + 8 * v, 3, bend=-side * 8)
            out.stem(branch, 1.2, 0.8)
            out.tips.append((branch[-1], heading + side * 30))
    _place_blooms(out, BloomKind.DAISY, 6 + 8 * v, 18 + round(6 * v), 3.0 + 3 * v)


def _rose(out: _Sketch) -> None:
    look, rng = out.look, out.rng
    v = look.vigour
    canes = 2 + round(3 * v)
    wood = rgb_to_hex(mix(look.stem, (110, 80, 55), 0.35))
    thorns: list[tuple[Point, Point]] = []
    for i in range(canes):
        f = i / max(1, canes - 1)
        angle = 90 + (f - 0.5) * (30 + 20 * v) + rng.uniform(-6, 6)
        length = (24 + 48 * v) * rng.uniform(0.8, 1.05)
        pts = out.walk((rng.uniform(-2, 2), 0.0), angle, length, 7, bend=(angle - 90) * 0.05)
        out.stem(pts, 1.5 + 1.1 * v, 0.7, wood)
        branches = [pts]
        if v > 0.45:
            base, heading = out.along(pts, rng.uniform(0.45, 0.65))
            side = 1 if angle < 90 else -1
            twig = out.walk(base, heading + side * 38, length * 0.4, 4, bend=-side * 6)
            out.stem(twig, 1.0, 0.5, wood)
            branches.append(twig)
        for branch in branches:
            n = 2 + round(3 * v)
            for k in range(n):
                t = 0.25 + 0.7 * k / n
                point, heading = out.along(branch, t)
                side = 1 if k % 2 == 0 else -1
                size = 4 + 3.5 * v
                tip_angle = heading + side * 50
                out.leaf(point, tip_angle, size, size * 0.62, LeafKind.SERRATED)
                # A compound leaf: two smaller leaflets beside the first.
                out.leaf(point, tip_angle + 35, size * 0.7, size * 0.45, LeafKind.SERRATED)
                out.leaf(point, tip_angle - 35, size * 0.7, size * 0.45, LeafKind.SERRATED)
            for k in range(2 + round(2 * v)):
                point, heading = out.along(branch, 0.15 + 0.2 * k)
                side = 1 if k % 2 else -1
                a = math.radians(heading + side * 70)
                thorns.append((point, (point[0] + 1.4 * math.cos(a), point[1] + 1.4 * math.sin(a))))
            out.tips.append((branch[-1], out.along(branch, 1.0)[1]))
    out.items.append(Marks(tuple(thorns), 0.6, wood))
    _place_blooms(out, BloomKind.ROSE, 4.2 + 3.2 * v, 9, 2.0 + 1.2 * v)


def _tulip(out: _Sketch) -> None:
    look, rng = out.look, out.rng
    v = look.vigour
    for side in (1, -1, 1)[: 2 + (v > 0.6)]:
        angle = 90 + side * rng.uniform(14, 30)
        length = (18 + 26 * v) * rng.uniform(0.85, 1.05)
        out.leaf((side * 1.0, 0.0), angle, length, 5 + 3.5 * v, LeafKind.STRAP)
    stems = 1 + min(2, max(0, look.blooms - 1)) if v > 0.5 else 1
    for i in range(stems):
        lean = (i - (stems - 1) / 2) * 12 + rng.uniform(-3, 3)
        height = (24 + 46 * v) * (1.0 - 0.12 * i)
        pts = out.walk((lean * 0.1, 0.0), 90 + lean, height, 7, jitter=0.8)
        out.stem(pts, 1.6 + 0.8 * v, 1.1)
        out.tips.append((pts[-1], out.along(pts, 1.0)[1]))
    _place_blooms(out, BloomKind.CUP, 4.8 + 3.6 * v, 3, 2.6 + 1.6 * v)


def _lavender(out: _Sketch) -> None:
    look, rng = out.look, out.rng
    v = look.vigour
    stems = 5 + round(15 * v)
    spread = 10 + 24 * v
    grey_leaf = rgb_to_hex(mix(look.leaf, look.palette.rgb("stem_dormant"), 0.35))
    colour, _ = _petals(look)
    bud = rgb_to_hex(mix(hex_to_rgb(colour), look.palette.rgb("stem_dormant"), 0.55))
    if look.dormant:
        bud = rgb_to_hex(look.palette.rgb("stem_dormant"))
    flowering = 0 if not look.blooms else max(2, round(stems * min(1.0, 0.25 + 0.15 * look.blooms)))
    order = list(range(stems))
    rng.shuffle(order)
    in_flower = set(order[:flowering])
    for i in range(stems):
        f = i / max(1, stems - 1)
        angle = 90 - spread + 2 * spread * f + rng.uniform(-3, 3)
        length = (16 + 52 * v) * rng.uniform(0.78, 1.0)
        pts = out.walk(
            (rng.uniform(-2, 2), 0.0), angle, length, 6, bend=(angle - 90) * 0.04, jitter=0.6
        )
        out.stem(pts, 0.9, 0.5, grey_leaf)
        spike = (
            rgb_to_hex(mix(hex_to_rgb(colour), (255, 255, 255), rng.random() * 0.15))
            if (i in in_flower)
            else bud
        )
        florets = 4 + round(4 * v)
        for k in range(florets):
            point, heading = out.along(pts, 0.72 + 0.28 * k / florets)
            out.items.append(Blob(point, 1.1 + 0.5 * v, 1.6 + 0.6 * v, spike, heading - 90))
    for k in range(4 + round(6 * v)):
        side = 1 if k % 2 == 0 else -1
        out.leaf(
            (side * rng.uniform(0, 2.5), 0.5),
            90 + side * rng.uniform(18, 55),
            6 + 7 * v,
            1.4,
            LeafKind.NARROW,
            vein=False,
            color=grey_leaf,
        )


def _cactus(out: _Sketch) -> None:
    look, rng = out.look, out.rng
    v = look.vigour
    flesh = look.leaf if not look.dormant else look.palette.rgb("leaf_dormant")
    flesh = mix(flesh, (70, 120, 90), 0.25) if not look.dormant else flesh
    fill = rgb_to_hex(flesh)
    rib = rgb_to_hex(mix(flesh, look.palette.rgb("paper"), 0.35))
    width = (7 + 9 * v) * (1.0 - 0.2 * look.droop - (0.15 if look.dormant else 0))
    height = 12 + 56 * v
    lean = look.droop * 22 * (1 if rng.random() < 0.5 else -1) + rng.uniform(-3, 3)
    spines: list[tuple[Point, Point]] = []

    def body(axis: list[Point], w: float) -> Point:
        """A fleshy column round `axis`, rounded at the top; returns the top."""
        left: list[Point] = []
        right: list[Point] = []
        for k, (x, y) in enumerate(axis):
            t = k / (len(axis) - 1)
            half = w / 2 * (1.0 - 0.3 * t**4)
            _, heading = out.along(axis, t)
            nx, ny = -math.sin(math.radians(heading)), math.cos(math.radians(heading))
            left.append((x + nx * half, y + ny * half))
            right.append((x - nx * half, y - ny * half))
        top, heading = axis[-1], out.along(axis, 1.0)[1]
        cap = (
            top[0] + math.cos(math.radians(heading)) * w * 0.34,
            top[1] + math.sin(math.radians(heading)) * w * 0.34,
        )
        ribs = tuple(
            tuple(
                (lx + (rx - lx) * f, ly + (ry - ly) * f)
                for (lx, ly), (rx, ry) in zip(left, right, strict=True)
            )
            for f in (0.28, 0.5, 0.72)
        )
        out.items.append(Body((*left, cap, *reversed(right)), fill, rib, ribs))
        for r in ribs:
            for x, y in r[1:-1:2]:
                for side in (-1, 1):
                    spines.append(((x, y), (x + side * 1.3, y + 0.9)))
        return cap

    axis = out.walk((0.0, 0.0), 90 + lean, height, 6, droop_scale=0.4, jitter=0.3)
    top = body(axis, width)
    out.tips.append((top, 90 + lean))
    arms = 0 if v < 0.45 else min(3, 1 + round(2.5 * (v - 0.45) / 0.55))
    for i in range(arms):
        side = 1 if i % 2 == 0 else -1
        (x0, y0), _ = out.along(axis, 0.3 + 0.17 * i)
        arm_w = width * 0.6
        reach = width * 0.5 + arm_w * 0.9
        up = height * (0.28 + 0.12 * v) * (1.0 - 0.15 * i)
        droop = look.droop * 0.8
        arm_axis = [(x0, y0)]
        for k in range(1, 9):
            a = math.radians(90 * k / 8)  # a quarter turn from sideways to upwards
            arm_axis.append(
                (x0 + side * reach * math.sin(a), y0 + reach * 0.55 * (1 - math.cos(a)))
            )
        ex, ey = arm_axis[-1]
        for k in range(1, 5):
            lift = up * k / 4
            arm_axis.append((ex + side * droop * lift * 0.9, ey + lift * (1.0 - droop * 0.6)))
        arm_top = body(arm_axis, arm_w)
        out.tips.append((arm_top, 90.0))
    out.items.append(Marks(tuple(spines), 0.45, rgb_to_hex(mix(flesh, (250, 245, 225), 0.7))))
    if look.blooms:
        colour, heart = _petals(look)
        for i, (point, _) in enumerate(out.tips[: look.blooms]):
            out.items.append(
                Bloom(
                    point,
                    3.2 + 2.2 * v if i == 0 else 2.6 + 1.4 * v,
                    colour,
                    heart,
                    BloomKind.STAR,
                    10,
                )
            )
    out.tips.clear()


def _ivy(out: _Sketch) -> None:
    look, rng = out.look, out.rng
    v = look.vigour
    height = 20 + 72 * v
    stake = _wood(look)
    out.items.append(Stem(((0.0, 0.0), (0.0, height + 3)), 1.6, 1.2, stake))
    amplitude = 5 + 4 * v
    turns = 2 + 2 * v
    n = 26
    vine: list[Point] = []
    slump = look.droop
    for k in range(n + 1):
        t = k / n
        y = height * t
        x = amplitude * math.sin(t * turns * 2 * math.pi + rng.uniform(0, 0.1))
        if slump and t > 0.55:
            # A thirsty vine lets go of its stake and hangs.
            fall = (t - 0.55) / 0.45 * slump
            y = height * 0.55 + (y - height * 0.55) * (1 - fall) - fall * height * 0.25 * fall
            x += fall * amplitude * 2.2
        vine.append((x, max(0.5, y)))
    out.stem(vine, 1.3 + 0.6 * v, 0.6)
    leaves = 6 + round(18 * v)
    for k in range(leaves):
        t = 0.06 + 0.92 * k / leaves
        point, heading = out.along(vine, t)
        side = 1 if k % 2 == 0 else -1
        size = (4 + 4 * v) * (1.0 - 0.3 * t)
        out.leaf(point, heading + side * 70, size, size * 0.95, LeafKind.IVY)
    runner = out.walk(
        (1.0, 0.5),
        15 if rng.random() < 0.5 else 165,
        14 + 16 * v,
        5,
        bend=0,
        droop_scale=0.0,
        jitter=4,
    )
    runner = [(x, max(0.6, min(y, 4.0))) for x, y in runner]
    out.stem(runner, 1.0, 0.5)
    for k in range(2 + round(3 * v)):
        point, heading = out.along(runner, 0.3 + 0.7 * k / (2 + round(3 * v)))
        out.leaf(point, 90 + (k % 2) * 30 - 15, 3.5 + 2 * v, 3.4 + 2 * v, LeafKind.IVY)
    out.tips.append((vine[-1], 90.0))
    if look.blooms:
        colour, heart = _petals(look)
        for k in range(min(look.blooms, 4)):
            point, _ = out.along(vine, 0.55 + 0.12 * k)
            for j in range(5):
                a = j * 72 + rng.uniform(-10, 10)
                out.items.append(
                    Blob(
                        (
                            point[0] + 2.2 * math.cos(math.radians(a)),
                            point[1] + 2.2 * math.sin(math.radians(a)),
                        ),
                        0.9,
                        0.9,
                        colour,
                        outline=heart,
                    )
                )
    out.tips.clear()


def _tree(out: _Sketch) -> None:
    look, rng = out.look, out.rng
    v = look.vigour
    bark = _wood(look)
    trunk_h = 18 + 36 * v
    depth = 1 + round(3 * v)
    tips: list[tuple[Point, float, float]] = []

    def branch(start: Point, angle: float, length: float, width: float, level: int) -> None:
        # Wood barely bends: a thirsty tree shows it in its leaves, not its branches.
        pts = out.walk(start, angle, length, 4, droop_scale=0.12, jitter=3)
        out.stem(pts, width, width * 0.62, bark)
        if level == 0:
            tips.append((pts[-1], angle, length))
            return
        end, heading = pts[-1], out.along(pts, 1.0)[1]
        forks = 3 if (level == depth and rng.random() < 0.5) else 2
        for k in range(forks):
            offset = (k - (forks - 1) / 2) * rng.uniform(28, 40)
            branch(end, heading + offset, length * rng.uniform(0.62, 0.78), width * 0.62, level - 1)

    branch((0.0, 0.0), 90 + rng.uniform(-4, 4), trunk_h * 0.55, 2.5 + 4.5 * v, depth)
    canopy_alive = not look.dormant
    dark = rgb_to_hex(mix(look.leaf, (20, 40, 25), 0.25))
    keep = 1.0 - look.leaf_loss
    for point, angle, _length in tips:
        if not canopy_alive:
            out.items.append(Bud(point, 1.2, rgb_to_hex(look.stem), rgb_to_hex(look.stem), angle))
            continue
        clumps = 2 + round(2 * v)
        for k in range(clumps):
            if rng.random() > keep:
                out.lost += 1
                continue
            r = (4 + 7 * v) * rng.uniform(0.75, 1.1) * keep**0.5
            cx = point[0] + rng.uniform(-r, r) * 0.6
            cy = point[1] + rng.uniform(-r * 0.3, r * 0.7)
            colour = dark if k == 0 else look.leaf_color(rng)
            target = out.back if k == 0 else out.items
            target.append(Blob((cx, cy), r, r * 0.82, colour, rng.uniform(-20, 20)))
            out.leaf_spots.append((cx, cy))
        out.tips.append((point, angle))
    if look.blooms and canopy_alive:
        colour, heart = _petals(look)
        spots = out.leaf_spots[:]
        rng.shuffle(spots)
        for x, y in spots[: 3 * look.blooms]:
            out.items.append(
                Bloom(
                    (x + rng.uniform(-3, 3), y + rng.uniform(-2, 3)),
                    1.5 + 0.6 * v,
                    colour,
                    heart,
                    BloomKind.DAISY,
                    5,
                )
            )
    out.tips.clear()


def _wildflower(out: _Sketch) -> None:
    look, rng = out.look, out.rng
    v = look.vigour
    colours = ("#6C8EC9", "#D9534F", "#F3F0E6", "#F2C14E", "#B07CC6", "#E88AA0")
    colour = colours[look.seed % len(colours)]
    heart = "#F2C14E" if colour != "#F2C14E" else "#8C5A2B"
    for i in range(1 + (v > 0.3) + (v > 0.38)):
        height = (10 + 26 * v) * (1.0 - 0.18 * i)
        pts = out.walk(
            ((i - 1) * 2.0, 0.0),
            90 + (i - 1) * 9 + rng.uniform(-5, 5),
            height,
            5,
            bend=rng.uniform(-3, 3),
            jitter=1.5,
        )
        out.stem(pts, 0.9, 0.6)
        for k in range(2):
            point, heading = out.along(pts, 0.25 + 0.25 * k)
            side = 1 if k % 2 == 0 else -1
            out.leaf(point, heading + side * 50, 3.5 + 3 * v, 1.5, LeafKind.NARROW, vein=False)
        out.items.append(
            Bloom(pts[-1], 2.4 + 2.2 * v, colour, heart, BloomKind.DAISY, 5 + look.seed % 4)
        )


GENERATORS: dict[Species, Callable[[_Sketch], None]] = {
    Species.FERN: _fern,
    Species.SUNFLOWER: _sunflower,
    Species.ROSE: _rose,
    Species.TULIP: _tulip,
    Species.LAVENDER: _lavender,
    Species.CACTUS: _cactus,
    Species.IVY: _ivy,
    Species.TREE: _tree,
}

__all__ = [
    "GROWTH_STAGES",
    "Blob",
    "Bloom",
    "BloomKind",
    "Body",
    "Bud",
    "Cover",
    "Fruit",
    "Item",
    "Leaf",
    "LeafKind",
    "Look",
    "Marks",
    "PlantShape",
    "Pollinator",
    "Seed",
    "Stem",
    "look_for",
    "look_of",
    "plant_shape",
    "vigour",
]
