"""The garden's colours (DESIGN.md), light and dark, as plain hex strings.

Shared by the plant shapes, the window, the charts and the yearly snapshot, so every
picture of the garden uses the same paper, soil and leaves.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from garden.domain.model import Species

RGB = tuple[int, int, int]


@functools.lru_cache(maxsize=256)
def hex_to_rgb(value: str) -> RGB:
    text = value.lstrip("#")
    return (int(text[0:2], 16), int(text[2:4], 16), int(text[4:6], 16))


def rgb_to_hex(rgb: RGB) -> str:
    return "#{:02X}{:02X}{:02X}".format(*rgb)


def mix(a: RGB, b: RGB, t: float) -> RGB:
    """`a` blended towards `b` by `t` in [0, 1]."""
    t = min(1.0, max(0.0, t))
    return (
        round(a[0] + (b[0] - a[0]) * t),
        round(a[1] + (b[1] - a[1]) * t),
        round(a[2] + (b[2] - a[2]) * t),
    )


@dataclass(frozen=True, slots=True)
class Palette:
    name: str
    paper: str  # the background
    paper_shade: str  # a slightly deeper paper, for panels and the meadow
    soil_top: str
    soil_bottom: str
    text: str
    text_soft: str  # secondary text, still WCAG AA on paper
    leaf: str
    leaf_light: str
    leaf_thirsty: str
    leaf_wilting: str
    stem: str
    stem_dormant: str
    leaf_dormant: str
    accent: str
    shoot: str  # the bright new shoot after a reconnection
    glass: str  # the cover over a resting plant
    water: str  # watering drops
    # Chart series colours, calm and distinct.
    chart_flourishing: str
    chart_healthy: str
    chart_thirsty: str
    chart_dormant: str

    def rgb(self, field: str) -> RGB:
        return hex_to_rgb(str(getattr(self, field)))


LIGHT = Palette(
    name="light",
    paper="#F4F1E8",
    paper_shade="#EAE5D6",
    soil_top="#A7845F",
    soil_bottom="#8B6B4A",
    text="#4A3B30",
    text_soft="#6B5A4C",
    leaf="#4E8F4A",
    leaf_light="#6DAA5C",
    leaf_thirsty="#A8A548",
    leaf_wilting="#B08A4A",
    stem="#4A7A3E",
    stem_dormant="#8C8376",
    leaf_dormant="#9A9184",
    accent="#D98E3F",
    shoot="#9BD35A",
    glass="#DCE8EC",
    water="#5B9BD5",
    chart_flourishing="#3F7F3A",
    chart_healthy="#7FB069",
    chart_thirsty="#C9B458",
    chart_dormant="#A89F91",
)

DARK = Palette(
    name="dark",
    paper="#1E2421",
    paper_shade="#262D29",
    soil_top="#4A3B2E",
    soil_bottom="#3B2F26",
    text="#E6E0D2",
    text_soft="#BDB5A5",
    leaf="#6DBA68",
    leaf_light="#8ACB78",
    leaf_thirsty="#C2BE5A",
    leaf_wilting="#C9A062",
    stem="#5E9E52",
    stem_dormant="#7D766B",
    leaf_dormant="#8A8377",
    accent="#E8A55A",
    shoot="#B5E67A",
    glass="#9FB8C0",
    water="#7DB7E8",
    chart_flourishing="#79C270",
    chart_healthy="#A7D18C",
    chart_thirsty="#D8C86E",
    chart_dormant="#8E877B",
)

PALETTES = {"light": LIGHT, "dark": DARK}

#: Petal colours by species (DESIGN.md), then the colour of the flower's heart.
PETALS: dict[Species, tuple[str, str]] = {
    Species.ROSE: ("#D9576B", "#B23A52"),
    Species.SUNFLOWER: ("#F2B632", "#6B4423"),
    Species.TULIP: ("#E86F4C", "#F4C06A"),
    Species.LAVENDER: ("#9A84C8", "#7B66AD"),
    Species.FERN: ("#E9D8A6", "#C9A94E"),  # ferns do not flower: a sorus-gold curl instead
    Species.CACTUS: ("#E985B0", "#F6D55C"),
    Species.IVY: ("#F1E3B5", "#C9B458"),
    Species.TREE: ("#F4C7D2", "#E59AAE"),  # blossom
}

FRUIT = "#D9623B"


def contrast_ratio(foreground: str, background: str) -> float:
    """WCAG 2 contrast ratio between two colours."""

    def luminance(value: str) -> float:
        def channel(c: int) -> float:
            s = c / 255
            return s / 12.92 if s <= 0.03928 else float(((s + 0.055) / 1.055) ** 2.4)

        r, g, b = hex_to_rgb(value)
        return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)

    a, b = luminance(foreground), luminance(background)
    hi, lo = max(a, b), min(a, b)
    return (hi + 0.05) / (lo + 0.05)
