"""Render the app icon's PNG sizes from its hand-drawn SVGs (`make icons`).

The PNGs are committed: the window loads them as they are (nothing is rendered at start-up,
and Qt's SVG plugin is never loaded), and the wheel and `make install-desktop` put them in
the desktop's icon theme. Run this after editing an SVG in packaging/icons/; with --check
it only compares, and `tests/e2e/test_packaging_icons.py` runs that check.

Small sizes come from drawings made on their own pixel grid, because the big drawing scaled
down to 16 px blurs its stem and leaves into a smudge.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "packaging" / "icons"
OUTPUT = ROOT / "ui" / "resources" / "icons"
APP_SVG = "io.github.relationship_garden.RelationshipGarden.svg"

#: size → (drawing, the size it is drawn at, shift in pixels). 22 px is the 24 px
#: drawing without its one-pixel margin, so its edges stay on whole pixels.
RENDERS: dict[int, tuple[str, int, int]] = {
    16: ("sprout-16.svg", 16, 0),
    22: ("sprout-24.svg", 24, -1),
    24: ("sprout-24.svg", 24, 0),
    **{size: (APP_SVG, size, 0) for size in (32, 48, 64, 128, 256, 512)},
}

# Rendering the same SVG with another Qt release may move antialiased edges a little;
# an edited drawing changes far more than this.
MAX_CHANNEL_DIFFERENCE = 40
MAX_MEAN_DIFFERENCE = 1.0


def png_path(size: int) -> Path:
    return OUTPUT / f"app-{size}.png"


def render(size: int):  # -> QImage (Qt is imported only when rendering)
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    name, drawn_at, shift = RENDERS[size]
    renderer = QSvgRenderer(str(SOURCES / name))
    if not renderer.isValid():
        raise SystemExit(f"make_icons: cannot read {SOURCES / name}")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(shift, shift, drawn_at, drawn_at))
    painter.end()
    return image.convertToFormat(QImage.Format.Format_ARGB32)


def difference(a, b) -> tuple[int, float]:  # QImage, QImage -> (largest, mean)
    """The largest and the mean difference of any colour or alpha channel, 0–255."""
    if a.size() != b.size():
        return 255, 255.0
    a = a.convertToFormat(b.format())
    width, height = a.width(), a.height()
    bytes_a, bytes_b = bytes(a.constBits())[: width * height * 4], bytes(b.constBits())
    diffs = [abs(x - y) for x, y in zip(bytes_a, bytes_b[: width * height * 4], strict=True)]
    return max(diffs), sum(diffs) / len(diffs)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--check", action="store_true", help="only compare the PNGs with their drawings"
    )
    args = parser.parse_args(argv)

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication, QImage

    _app = QGuiApplication.instance() or QGuiApplication([])
    stale: list[str] = []
    for size in RENDERS:
        image, path = render(size), png_path(size)
        if args.check:
            saved = QImage(str(path))
            if saved.isNull():
                stale.append(f"{path.relative_to(ROOT)} is missing")
                continue
            largest, mean = difference(saved.convertToFormat(image.format()), image)
            if largest > MAX_CHANNEL_DIFFERENCE or mean > MAX_MEAN_DIFFERENCE:
                stale.append(
                    f"{path.relative_to(ROOT)} differs from its drawing "
                    f"(largest {largest}, mean {mean:.2f})"
                )
        else:
            OUTPUT.mkdir(parents=True, exist_ok=True)
            if not image.save(str(path), "PNG"):
                raise SystemExit(f"make_icons: cannot write {path}")
    for line in stale:
        print(f"make_icons: {line}; run make icons", file=sys.stderr)
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main())
