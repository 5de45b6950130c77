"""Drawing the yearly snapshot into an image, and saving it as a PNG worth keeping.

The page, top to bottom: the title and the day the garden is shown as of; the garden
itself, bed by bed, every plant drawn by the window's own painter
(`ui.painting.plant_painter.paint_plant` over `garden.domain.shape`, each bed laid out
by `garden.domain.beds` and placed on the page by `garden.domain.page_beds`) with its
name or initials; the year in a few numbers; and two small pictures of the year (how
the tended plants were doing day by day, and the moments of each month by depth),
drawn with QPainter in the garden's colours (matplotlib would cost half a second to
load and would not share the page's type).

Every size on the page is a share of the page (`_Page.u`), so a preview drawn small
looks like the print, only smaller. Nothing here reads the clock, a random source or
an unsorted collection: the same snapshot and options always give the same pixels, and
the PNG carries no time stamp.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping, MutableMapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from garden import __version__
from garden.charts.garden_year import Band
from garden.domain.beds import NAME_HEIGHT, ROW_GAP, Bed, PlantSlot
from garden.domain.model import Depth, Person
from garden.domain.page_beds import fit_beds
from garden.domain.palette import LIGHT, Palette
from garden.domain.shape import Look, PlantShape, look_of, plant_shape
from garden.domain.words import circle_words
from garden.services.snapshot import Snapshot, YearNumber, initials, month_initials, name_forms
from garden.store.atomic import FileWriteError, write_atomically

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QLocale, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QFontMetricsF,
    QGuiApplication,
    QImage,
    QImageWriter,
    QPainter,
    QPainterPath,
    QPen,
)

from ui.i18n import QT_TRANSLATE_NOOP, tr
from ui.painting.plant_painter import paint_plant
from ui.painting.soil import faded, ground_colours, paint_ground
from ui.snapshot.size import DEFAULT_HEIGHT, DEFAULT_WIDTH, PRINT_DPI

SOFTWARE = f"Relationship Garden {__version__}"

#: Families tried in order. Only installed ones are asked for: asking Qt for a missing
#: family costs a scan of every font and a warning. Scripts a family lacks (Chinese,
#: say) come from Qt's fallback fonts, as in the window.
SERIF = ("Noto Serif", "DejaVu Serif", "Liberation Serif", "Georgia", "Times New Roman")
SANS = ("Noto Sans", "DejaVu Sans", "Liberation Sans", "Segoe UI", "Helvetica Neue", "Arial")

_BAND_COLOUR = {
    Band.FLOURISHING: "chart_flourishing",
    Band.HEALTHY: "chart_healthy",
    Band.THIRSTY: "chart_thirsty",
    Band.DORMANT: "chart_dormant",
}
#: Deep moments sit at the foot of each month's bar, in the strongest colour.
_DEPTHS = (Depth.DEEP, Depth.GOOD, Depth.BRIEF)
_DEPTH_WORDS = {
    Depth.DEEP: QT_TRANSLATE_NOOP("", "deep"),
    Depth.GOOD: QT_TRANSLATE_NOOP("", "good"),
    Depth.BRIEF: QT_TRANSLATE_NOOP("", "brief"),
}
_CENTRE = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
#: Days each side averaged in the health picture: a week smooths one plant crossing a
#: line without hiding the seasons.
_SMOOTHING = 3


@dataclass
class SnapshotPicture:
    """A drawn snapshot, and where things are on it (for the dialog and the tests)."""

    image: QImage
    #: The space of each plant (its slot down to the soil line), by person id.
    plants: dict[int, QRectF] = field(default_factory=dict)
    #: What is written under each plant, where, and in which font.
    labels: dict[int, tuple[str, QRectF, QFont]] = field(default_factory=dict)
    #: The garden's scale on the page: pixels per pixel of the window at actual size.
    zoom: float = 1.0


# --- type -------------------------------------------------------------------------------


@functools.cache
def _families(preferred: tuple[str, ...]) -> tuple[str, ...]:
    installed = set(QFontDatabase.families())
    found = tuple(f for f in preferred if f in installed)
    return found or (QGuiApplication.font().family(),)


def snapshot_font(
    kind: str,
    pixels: float,
    *,
    weight: QFont.Weight = QFont.Weight.Normal,
    italic: bool = False,
    spacing: float = 100.0,
) -> QFont:
    """A font of the snapshot: `kind` "serif" (title, numbers) or "sans" (the rest).

    Sized in pixels and unhinted, so text keeps its proportions at every page size.
    """
    font = QFont()
    font.setFamilies(list(_families(SERIF if kind == "serif" else SANS)))
    font.setPixelSize(max(1, round(pixels)))
    font.setWeight(weight)
    font.setItalic(italic)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    if spacing != 100.0:
        font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, spacing)
    return font


def _text(
    painter: QPainter,
    rect: QRectF,
    font: QFont,
    colour: str,
    text: str,
    flags: Qt.AlignmentFlag | int = _CENTRE,
) -> None:
    painter.setFont(font)
    painter.setPen(QColor(colour))
    painter.drawText(rect, int(flags), text)


# --- the page ---------------------------------------------------------------------------


@dataclass(frozen=True)
class _Page:
    width: int
    height: int

    @property
    def u(self) -> float:
        """A hundredth of a portrait page's width: the unit of every size but the
        garden's (a wide page is measured by its height, so type never grows huge)."""
        return min(self.width / 100, self.height / 125)

    @property
    def side(self) -> float:
        return max(5.5 * self.u, self.width * 0.04)


_NUMBERS_HEIGHT = 7.6
_CHART_HEIGHT = 12.0


def render_snapshot(
    snapshot: Snapshot,
    width: int = DEFAULT_WIDTH,
    height: int = DEFAULT_HEIGHT,
    *,
    names: bool = True,
    palette: Palette = LIGHT,
    shapes: MutableMapping[Look, PlantShape] | None = None,
) -> SnapshotPicture:
    """Draw `snapshot` on a `width` × `height` page (`ui.snapshot.size.picture_size` checks a size).

    `names` False writes initials instead, for sharing. `shapes` may keep plant shapes
    between calls (the dialog's previews), keyed by look.
    """
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor(palette.paper))
    # So that printing programs size the default page at 8 × 10 inches.
    dots_per_metre = round(PRINT_DPI / 0.0254)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    picture = SnapshotPicture(image)
    page = _Page(width, height)
    u = page.u
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        top = _paint_heading(painter, page, snapshot, palette)
        footer = 2.0 * u + _NUMBERS_HEIGHT * u + 1.0 * u + _CHART_HEIGHT * u + 5.6 * u
        area = QRectF(page.side, top, width - 2 * page.side, height - footer - top - 2.5 * u)
        _paint_garden(painter, area, snapshot, palette, names, picture, shapes, u)
        _paint_footer(painter, page, height - footer, snapshot, palette)
    finally:
        painter.end()
    return picture


def _paint_heading(painter: QPainter, page: _Page, snapshot: Snapshot, p: Palette) -> float:
    """The title, the day, and a small sprig; returns where the garden may begin."""
    u = page.u
    y = 4.2 * u
    title = snapshot_font("serif", 5.4 * u)
    _text(painter, QRectF(0, y, page.width, 7.5 * u), title, p.text, snapshot.title)
    y += 7.5 * u
    subtitle = snapshot_font("serif", 2.0 * u, italic=True)
    _text(painter, QRectF(0, y, page.width, 3.0 * u), subtitle, p.text_soft, snapshot.subtitle)
    y += 3.0 * u
    mid, line_y = page.width / 2, y + 1.6 * u
    pen = QPen(QColor(p.soil_top), max(1.0, 0.18 * u))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    painter.drawLine(QPointF(mid - 5 * u, line_y), QPointF(mid + 5 * u, line_y))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(p.leaf))
    for side in (-1, 1):
        leaf = QPainterPath()
        leaf.moveTo(mid, line_y)
        leaf.quadTo(
            QPointF(mid + side * 0.2 * u, line_y - 1.2 * u),
            QPointF(mid + side * 1.5 * u, line_y - 1.1 * u),
        )
        leaf.quadTo(QPointF(mid + side * 1.3 * u, line_y - 0.1 * u), QPointF(mid, line_y))
        painter.drawPath(leaf)
    return y + 3.6 * u


# --- the garden -------------------------------------------------------------------------


def _paint_garden(
    painter: QPainter,
    area: QRectF,
    snapshot: Snapshot,
    p: Palette,
    names: bool,
    picture: SnapshotPicture,
    shapes: MutableMapping[Look, PlantShape] | None,
    u: float,
) -> None:
    people = snapshot.people
    # A garden of a few people would fill the page with giant plants: at most about the
    # size a big window shows them.
    fit = fit_beds(people, area.width(), area.height(), area.width() / 720)
    zoom = picture.zoom = fit.zoom
    left = area.x() + (area.width() - fit.width * zoom) / 2
    top = area.y() + (area.height() - fit.height * zoom) / 2
    by_id = {person.id: person for person in people}
    states = snapshot.states
    cache: MutableMapping[Look, PlantShape] = shapes if shapes is not None else {}
    written: list[tuple[PlantSlot, float, float]] = []
    for placed in fit.beds:
        ox, oy = left + placed.x * zoom, top + placed.y * zoom
        for bed in placed.layout.beds:
            _paint_bed(painter, bed, p, zoom, QPointF(ox, oy), placed.label_lift * zoom, u)
        for slot in placed.layout.slots:
            # The window's own digest of the plant, so the picture shows what it showed.
            look = look_of(by_id[slot.person_id], states[slot.person_id], p)
            shape = cache.get(look)
            if shape is None:
                shape = cache[look] = plant_shape(look)
            base = QPointF(ox + slot.base_x * zoom, oy + slot.base_y * zoom)
            paint_plant(painter, shape, base, slot.scale * zoom)
            picture.plants[slot.person_id] = QRectF(
                ox + slot.area.x * zoom,
                oy + slot.area.y * zoom,
                slot.area.width * zoom,
                base.y() - (oy + slot.area.y * zoom),
            )
            written.append((slot, ox, oy))
    # Names last, so a tall plant of the next row never covers one.
    _paint_names(painter, written, by_id, p, zoom, names, picture, u)


def _paint_bed(
    painter: QPainter, bed: Bed, p: Palette, z: float, origin: QPointF, lift: float, u: float
) -> None:
    """A bed as the window draws it, a label over rounded soil strips (the meadow is
    grass); the label is centred over the bed, as on a printed plan."""
    ox, oy = origin.x(), origin.y()
    strip = bed.soil[0]
    label = QRectF(
        ox + strip.x * z, oy + bed.label.y * z - lift, strip.width * z, bed.label.height * z
    )
    # The window's size, but never below the page's small print: a big garden drawn
    # small must still say which bed is which.
    size = min(max(12.5 * z, 1.15 * u), 1.8 * u)
    font = snapshot_font("sans", size, weight=QFont.Weight.DemiBold, spacing=124)
    _text(
        painter,
        label,
        font,
        p.text_soft,
        circle_words(bed.circle).upper(),
        _CENTRE | Qt.TextFlag.TextDontClip,
    )
    colours = ground_colours(p, bed.circle)
    for strip in bed.soil:
        rect = QRectF(ox + strip.x * z, oy + strip.y * z, strip.width * z, strip.height * z)
        paint_ground(painter, rect, colours)


def _paint_names(
    painter: QPainter,
    slots: Sequence[tuple[PlantSlot, float, float]],
    by_id: Mapping[int, Person],
    p: Palette,
    z: float,
    names: bool,
    picture: SnapshotPicture,
    u: float,
) -> None:
    # Larger than the window's 12.5 px where the row has room (a print is read from
    # further away than a screen), but never taller than the space under the soil.
    room = (NAME_HEIGHT + ROW_GAP * 0.8) * z * 0.8
    font = snapshot_font("sans", min(max(12.5 * z, 0.8 * u), max(12.5 * z, room)))
    metrics = QFontMetricsF(font)
    painter.setFont(font)
    painter.setPen(QColor(p.text))
    flags = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextDontClip
    for slot, ox, oy in slots:
        person = by_id[slot.person_id]
        rect = QRectF(
            ox + slot.name.x * z, oy + slot.name.y * z, slot.name.width * z, metrics.height()
        )
        forms = name_forms(person.name) if names else (initials(person.name),)
        # The longest form that fits (Giulia Rossi, Giulia R., Giulia), else cut short;
        # with a little air, so neighbours' names never run into one word.
        room = rect.width() - 0.4 * font.pixelSize()
        text = next(
            (form for form in forms if metrics.horizontalAdvance(form) <= room),
            metrics.elidedText(forms[-1], Qt.TextElideMode.ElideRight, room),
        )
        painter.drawText(rect, flags, text)
        picture.labels[slot.person_id] = (text, rect, font)


# --- the year in numbers and pictures ---------------------------------------------------


def _paint_footer(
    painter: QPainter, page: _Page, top: float, snapshot: Snapshot, p: Palette
) -> None:
    u = page.u
    left, width = page.side, page.width - 2 * page.side
    # A quiet rule between the garden and its year.
    painter.setPen(QPen(faded(p, "text_soft", 0.7), max(1.0, 0.12 * u)))
    painter.drawLine(QPointF(left, top), QPointF(left + width, top))
    y = top + 2.0 * u
    _paint_numbers(painter, QRectF(left, y, width, _NUMBERS_HEIGHT * u), snapshot.numbers, p, u)
    y += (_NUMBERS_HEIGHT + 1.0) * u
    gap = 6.0 * u
    half = (width - gap) / 2
    _paint_bands(painter, QRectF(left, y, half, _CHART_HEIGHT * u), snapshot, p, u)
    _paint_months(painter, QRectF(left + half + gap, y, half, _CHART_HEIGHT * u), snapshot, p, u)
    y += (_CHART_HEIGHT + 1.6) * u
    credit = snapshot_font("sans", 1.15 * u, spacing=112)
    _text(painter, QRectF(0, y, page.width, 2.0 * u), credit, p.text_soft, "RELATIONSHIP GARDEN")


def number_text(value: int) -> str:
    """`1234` → `1,234` / `1.234`: digits grouped as the picture's language writes them."""
    return QLocale().toString(value)


def _paint_numbers(
    painter: QPainter, rect: QRectF, numbers: Sequence[YearNumber], p: Palette, u: float
) -> None:
    if not numbers:
        quiet = snapshot_font("serif", 2.2 * u, italic=True)
        _text(painter, rect, quiet, p.text_soft, tr("A quiet year in the garden."))
        return
    column = min(rect.width() / len(numbers), 22 * u)
    left = rect.center().x() - column * len(numbers) / 2
    numeral = snapshot_font("serif", 4.0 * u)
    words = snapshot_font("sans", 1.45 * u)
    wrap = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
    for i, number in enumerate(numbers):
        x = left + i * column
        _text(
            painter,
            QRectF(x, rect.top(), column, 4.8 * u),
            numeral,
            p.text,
            number_text(number.value),
        )
        under = QRectF(x + 1.2 * u, rect.top() + 4.8 * u, column - 2.4 * u, 3.2 * u)
        _text(painter, under, words, p.text_soft, number.words, wrap)


def _chart_frame(
    painter: QPainter, rect: QRectF, title: str, p: Palette, u: float
) -> tuple[QRectF, QRectF]:
    """A small picture's title and months; returns its plot and legend rectangles."""
    font = snapshot_font("sans", 1.3 * u, weight=QFont.Weight.DemiBold, spacing=116)
    _text(
        painter,
        QRectF(rect.left(), rect.top(), rect.width(), 2.2 * u),
        font,
        p.text_soft,
        title.upper(),
        _LEFT,
    )
    plot = QRectF(rect.left(), rect.top() + 2.8 * u, rect.width(), 6.4 * u)
    months = snapshot_font("sans", 1.15 * u)
    step = plot.width() / 12
    for i, letter in enumerate(month_initials()):
        cell = QRectF(plot.left() + i * step, plot.bottom() + 0.3 * u, step, 1.8 * u)
        _text(painter, cell, months, p.text_soft, letter)
    legend = QRectF(rect.left(), plot.bottom() + 2.4 * u, rect.width(), 1.8 * u)
    return plot, legend


def _legend(
    painter: QPainter, rect: QRectF, items: Sequence[tuple[QColor, str]], p: Palette, u: float
) -> None:
    font = snapshot_font("sans", 1.15 * u)
    metrics = QFontMetricsF(font)
    x, dot = rect.left(), 0.55 * u
    for colour, words in items:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawEllipse(QPointF(x + dot, rect.center().y()), dot, dot)
        x += 2 * dot + 0.6 * u
        width = metrics.horizontalAdvance(words)
        _text(
            painter,
            QRectF(x, rect.top(), width + u, rect.height()),
            font,
            p.text_soft,
            words,
            _LEFT,
        )
        x += width + 1.8 * u


def _nothing(painter: QPainter, plot: QRectF, words: str, p: Palette, u: float) -> None:
    _text(painter, plot, snapshot_font("sans", 1.3 * u, italic=True), p.text_soft, words)


def _days_in_year(year: int) -> int:
    return 366 if year % 4 == 0 and (year % 100 != 0 or year % 400 == 0) else 365


def band_shares(bands: Mapping[Band, Sequence[int]]) -> list[dict[Band, float] | None]:
    """Each day's share of the tended plants in each band, averaged over a week (None
    on days without tended plants). Shares, not counts: the picture is about how the
    garden was doing, never how big it was."""
    order = list(Band)
    days = len(bands[order[0]])
    totals = [sum(bands[b][i] for b in order) for i in range(days)]
    out: list[dict[Band, float] | None] = []
    for i in range(days):
        if not totals[i]:
            out.append(None)
            continue
        near = [
            j for j in range(max(0, i - _SMOOTHING), min(days, i + _SMOOTHING + 1)) if totals[j]
        ]
        out.append({b: sum(bands[b][j] / totals[j] for j in near) / len(near) for b in order})
    return out


def _paint_bands(painter: QPainter, rect: QRectF, snapshot: Snapshot, p: Palette, u: float) -> None:
    """How the tended plants were doing through the year, as stacked shares."""
    plot, legend = _chart_frame(painter, rect, tr("How the plants were doing"), p, u)
    order = list(Band)
    colours = {b: QColor(getattr(p, _BAND_COLOUR[b])) for b in order}
    _legend(painter, legend, [(colours[b], b.words) for b in order], p, u)
    shares = band_shares(snapshot.bands)
    if not any(shares):
        _nothing(painter, plot, tr("Only the meadow, which never wilts"), p, u)
        return
    step = plot.width() / _days_in_year(snapshot.year)
    painter.setPen(Qt.PenStyle.NoPen)
    start = 0
    while start < len(shares):  # each stretch of days with plants
        if shares[start] is None:
            start += 1
            continue
        end = start
        while end < len(shares) and shares[end] is not None:
            end += 1
        stretch = [s for s in shares[start:end] if s is not None]
        xs = [plot.left() + (start + i) * step for i in range(len(stretch))]
        lower = [0.0] * len(stretch)
        for band in order:
            upper = [low + day[band] for low, day in zip(lower, stretch, strict=True)]
            path = QPainterPath()
            path.moveTo(xs[0], plot.bottom() - lower[0] * plot.height())
            for x, value in zip(xs, upper, strict=True):
                path.lineTo(x, plot.bottom() - value * plot.height())
            # Each day covers its whole column, so a stretch of one day still shows.
            path.lineTo(xs[-1] + step, plot.bottom() - upper[-1] * plot.height())
            path.lineTo(xs[-1] + step, plot.bottom() - lower[-1] * plot.height())
            for x, value in zip(reversed(xs), reversed(lower), strict=True):
                path.lineTo(x, plot.bottom() - value * plot.height())
            path.closeSubpath()
            painter.setBrush(colours[band])
            painter.drawPath(path)
            lower = upper
        start = end


def _paint_months(
    painter: QPainter, rect: QRectF, snapshot: Snapshot, p: Palette, u: float
) -> None:
    """The moments of each month by depth, as one stacked bar per month."""
    plot, legend = _chart_frame(painter, rect, tr("Moments each month"), p, u)
    colours = {
        Depth.DEEP: QColor(p.water),
        Depth.GOOD: faded(p, "water", 0.38),
        Depth.BRIEF: faded(p, "water", 0.68),
    }
    _legend(painter, legend, [(colours[d], tr(_DEPTH_WORDS[d])) for d in _DEPTHS], p, u)
    months = snapshot.months_by_depth
    most = max(sum(months[d][m] for d in Depth) for m in range(12))
    painter.setPen(QPen(faded(p, "text_soft", 0.6), max(1.0, 0.1 * u)))
    painter.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(), plot.bottom()))
    if not most:
        _nothing(painter, plot, tr("No moments logged this year"), p, u)
        return
    painter.setPen(Qt.PenStyle.NoPen)
    step = plot.width() / 12
    bar = step * 0.62
    for month in range(12):
        base = plot.bottom()
        x = plot.left() + month * step + (step - bar) / 2
        for depth in _DEPTHS:
            count = months[depth][month]
            if not count:
                continue
            h = plot.height() * count / most
            radius = min(bar / 2, 0.35 * u, h / 2)
            painter.setBrush(colours[depth])
            painter.drawRoundedRect(QRectF(x, base - h, bar, h), radius, radius)
            base -= h


# --- saving -----------------------------------------------------------------------------


def png_bytes(picture: SnapshotPicture, snapshot: Snapshot) -> bytes:
    """The picture as a PNG, with its title, year and the software in text chunks."""
    image = picture.image
    image.setText("Title", snapshot.title)
    image.setText("Description", snapshot.subtitle)
    image.setText("Year", str(snapshot.year))
    image.setText("Software", SOFTWARE)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QImageWriter(buffer, QByteArray(b"png"))
    if not writer.write(image):
        raise FileWriteError(
            tr("The picture could not be encoded: {reason}").format(reason=writer.errorString())
        )
    buffer.close()
    return bytes(data.data())


def save_snapshot(
    snapshot: Snapshot,
    path: str | Path,
    width: int = DEFAULT_WIDTH,
    height: int = DEFAULT_HEIGHT,
    *,
    names: bool = True,
    palette: Palette = LIGHT,
) -> Path:
    """Draw `snapshot` and write it to `path` in one step (a temporary file in the same
    folder, then a rename), readable by you only like every file the garden writes.

    Raises `FileWriteError`, whose message is meant for the user; nothing is left behind
    and an existing file is untouched.
    """
    target = Path(path)
    picture = render_snapshot(snapshot, width, height, names=names, palette=palette)
    write_atomically(target, png_bytes(picture, snapshot))
    return target
