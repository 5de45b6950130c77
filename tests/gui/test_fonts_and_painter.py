"""Fonts draw real letters, and the plant painter draws what each state must show."""

from __future__ import annotations

import pytest

from garden.domain.model import Species
from garden.domain.palette import DARK, LIGHT, PETALS, hex_to_rgb
from garden.domain.shape import GROWTH_STAGES, look_for, plant_shape
from garden.domain.shape import Item as ShapeItem

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QImage, QPainter

from ui.painting.plant_painter import item_kinds, paint_plant, paint_plant_in

GROWTH_AT = {"seed": 1.0, "sprout": 12.0, "young": 60.0, "mature": 200.0, "flourishing": 600.0}


def render_text(text: str) -> QImage:
    image = QImage(120, 40, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    font = QFont()
    font.setPixelSize(24)
    painter.setFont(font)
    painter.setPen(QColor("black"))
    painter.drawText(QRectF(0, 0, 120, 40), Qt.AlignmentFlag.AlignLeft, text)
    painter.end()
    return image


def test_a_real_font_family_is_available(qapp):
    families = QFontDatabase.families()
    assert families, "no font at all: install fonts-dejavu-core"
    assert any("DejaVu" in f or "Noto" in f or "Liberation" in f for f in families), families


@pytest.mark.parametrize("text", ["Zoë", "Ølaf", "Αλέξανδρος", "王芳"])
def test_non_ascii_names_render_as_glyphs_not_boxes(qapp, text):
    missing = render_text("\U000effff" * len(text))  # a private-use code point: no font has it
    drawn = render_text(text)
    assert drawn != missing, f"{text!r} draws as missing-glyph boxes: install fonts"
    assert drawn != render_text(""), f"{text!r} draws nothing"


def ink(image: QImage, background: str) -> list[QColor]:
    bg = QColor(background).rgb()
    pixels = []
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            c = image.pixelColor(x, y)
            if c.rgb() != bg and c.alpha() > 0:
                pixels.append(c)
    return pixels


def render(look, palette=LIGHT, size=(260, 260)) -> QImage:
    image = QImage(*size, QImage.Format.Format_ARGB32)
    image.fill(QColor(palette.paper))
    painter = QPainter(image)
    paint_plant(painter, plant_shape(look), QPointF(size[0] / 2, size[1] - 10), 2.0)
    painter.end()
    return image


def mean(pixels: list[QColor]) -> tuple[float, float, float]:
    n = max(1, len(pixels))
    return (
        sum(c.red() for c in pixels) / n,
        sum(c.green() for c in pixels) / n,
        sum(c.blue() for c in pixels) / n,
    )


def ink_height(image: QImage, background: str) -> int:
    bg = QColor(background).rgb()
    for y in range(image.height()):
        if any(image.pixelColor(x, y).rgb() != bg for x in range(0, image.width(), 2)):
            return image.height() - y
    return 0


@pytest.mark.parametrize("species", list(Species))
@pytest.mark.parametrize("stage", [s.value for s in GROWTH_STAGES])
def test_every_species_draws_at_every_stage(qapp, species, stage):
    look = look_for(species, 3, GROWTH_AT[stage], 0.9, LIGHT)
    assert len(ink(render(look), LIGHT.paper)) > 20


@pytest.mark.parametrize("species", list(Species))
def test_a_wilted_plant_is_browner_than_a_healthy_one(qapp, species):
    healthy = mean(ink(render(look_for(species, 4, 300, 0.95, LIGHT)), LIGHT.paper))
    wilted = mean(ink(render(look_for(species, 4, 300, 0.15, LIGHT)), LIGHT.paper))
    # Brown and straw have red close to or above green; healthy leaves are clearly green.
    assert wilted[0] - wilted[1] > healthy[0] - healthy[1] + 8


@pytest.mark.parametrize("species", list(Species))
def test_a_flourishing_plant_is_taller_than_a_sprout(qapp, species):
    tall = ink_height(render(look_for(species, 5, 700, 0.9, LIGHT)), LIGHT.paper)
    small = ink_height(render(look_for(species, 5, 10, 0.9, LIGHT)), LIGHT.paper)
    assert tall > small * 1.8


@pytest.mark.parametrize("species", [s for s in Species if s is not Species.FERN])
def test_a_blooming_plant_shows_its_petal_colour(qapp, species):
    petal = QColor(PETALS[species][0])

    def petal_pixels(blooms: int) -> int:
        image = render(look_for(species, 6, 500, 0.95, LIGHT, blooms=blooms))
        return sum(
            1
            for c in ink(image, LIGHT.paper)
            if abs(c.red() - petal.red())
            + abs(c.green() - petal.green())
            + abs(c.blue() - petal.blue())
            < 40
        )

    assert petal_pixels(3) > petal_pixels(0) + 10


def test_a_dormant_plant_is_grey_and_keeps_its_stems(qapp):
    for species in Species:
        awake = ink(render(look_for(species, 7, 300, 0.9, LIGHT)), LIGHT.paper)
        asleep = ink(render(look_for(species, 7, 300, 0.05, LIGHT, dormant=True)), LIGHT.paper)
        assert len(asleep) > len(awake) * 0.25, species  # still there: asleep, not gone

        def saturation(pixels):
            return sum(c.hsvSaturationF() for c in pixels) / max(1, len(pixels))

        assert saturation(asleep) < saturation(awake), species


def test_cues_are_visible(qapp):
    base = look_for(Species.TULIP, 8, 300, 0.9, LIGHT)
    bees = look_for(Species.TULIP, 8, 300, 0.9, LIGHT, pollinators=2)
    covered = look_for(Species.TULIP, 8, 300, 0.9, LIGHT, resting=True)
    shoot = look_for(Species.TULIP, 8, 300, 0.9, LIGHT, new_shoot=True)
    yellow = QColor("#F2C14E")

    def count(image: QImage, colour: QColor, tolerance: int = 30) -> int:
        return sum(
            1
            for c in ink(image, LIGHT.paper)
            if abs(c.red() - colour.red())
            + abs(c.green() - colour.green())
            + abs(c.blue() - colour.blue())
            < tolerance
        )

    assert count(render(bees), yellow) > count(render(base), yellow) + 3
    assert len(ink(render(covered), LIGHT.paper)) > len(ink(render(base), LIGHT.paper)) * 1.3
    green = QColor(LIGHT.shoot)
    assert count(render(shoot), green) > count(render(base), green) + 3
    fruit = look_for(Species.TREE, 8, 300, 0.9, LIGHT, fruit=2)
    assert (
        count(render(fruit), QColor("#D9623B"))
        > count(render(look_for(Species.TREE, 8, 300, 0.9, LIGHT)), QColor("#D9623B")) + 3
    )


def test_species_look_different_from_each_other(qapp):
    images = {s: render(look_for(s, 9, 500, 0.9, LIGHT)) for s in Species}
    species = list(Species)
    for i, a in enumerate(species):
        for b in species[i + 1 :]:
            assert images[a] != images[b], (a, b)


def test_a_plant_keeps_its_character_and_shapes_are_deterministic(qapp):
    one = plant_shape(look_for(Species.ROSE, 42, 300, 0.8, DARK))
    two = plant_shape(look_for(Species.ROSE, 42, 300, 0.8, DARK))
    other = plant_shape(look_for(Species.ROSE, 43, 300, 0.8, DARK))
    assert one == two and one != other


def test_the_painter_draws_every_kind_of_shape_item(qapp):
    assert set(item_kinds()) == set(ShapeItem.__args__)  # type: ignore[attr-defined]


def test_paint_plant_in_fits_the_rectangle(qapp):
    image = QImage(100, 100, QImage.Format.Format_ARGB32)
    image.fill(QColor(LIGHT.paper))
    painter = QPainter(image)
    paint_plant_in(
        painter, plant_shape(look_for(Species.TREE, 1, 900, 1.0, LIGHT)), QRectF(0, 0, 100, 100)
    )
    painter.end()
    assert 70 < ink_height(image, LIGHT.paper) <= 100
    assert hex_to_rgb(LIGHT.paper) == (
        image.pixelColor(0, 0).red(),
        image.pixelColor(0, 0).green(),
        image.pixelColor(0, 0).blue(),
    )
