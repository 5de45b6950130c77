"""Saving a chart: a valid PNG or SVG, atomically, and the same data gives the same file."""

from __future__ import annotations

import datetime as dt
import errno
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from matplotlib.figure import Figure
from matplotlib.image import imread

from garden.charts.export import image_format, save_figure
from garden.charts.look import ChartLook
from garden.charts.person import person_chart
from garden.domain.growth import GardenModel
from garden.domain.model import Channel, Circle, Depth, Interaction
from garden.domain.palette import DARK, LIGHT, hex_to_rgb
from garden.store.atomic import FileWriteError
from tests.helpers.builders import person
from tests.helpers.files import PNG_SIGNATURE, png_size

AS_OF = dt.date(2025, 12, 31)


def _figure(look: ChartLook | None = None) -> Figure:
    log = [
        Interaction(
            id=i + 1,
            person_id=1,
            on=dt.date(2025, 1, 5) + dt.timedelta(days=17 * i),
            channel=list(Channel)[i % 6],
            depth=list(Depth)[i % 3],
        )
        for i in range(20)
    ]
    model = GardenModel([person(1, Circle.CLOSE, name="王芳")], log)
    return person_chart(model, 1, log, as_of=AS_OF, look=look, size=(6.0, 4.0)).figure


def test_a_png_is_a_real_png_of_the_figures_size_on_the_gardens_paper(tmp_path):
    target = save_figure(_figure(), tmp_path / "giulia.png", dpi=100)
    data = target.read_bytes()
    assert png_size(data) == (600, 400)
    pixels = imread(str(target))
    assert pixels.shape[:2] == (400, 600)
    corner = tuple(round(float(c) * 255) for c in pixels[0, 0, :3])
    assert corner == hex_to_rgb(LIGHT.paper)


def test_a_dark_png_is_on_the_night_paper(tmp_path):
    target = save_figure(_figure(ChartLook(DARK)), tmp_path / "night.png", dpi=50)
    corner = tuple(round(float(c) * 255) for c in imread(str(target))[0, 0, :3])
    assert corner == hex_to_rgb(DARK.paper)


def test_an_svg_parses_and_carries_no_date(tmp_path):
    target = save_figure(_figure(), tmp_path / "giulia.svg")
    root = ET.parse(target).getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert root.get("width") == "432pt" and root.get("height") == "288pt"
    text = target.read_text(encoding="utf-8")
    assert "<dc:date>" not in text and "Relationship Garden" in text
    assert len(root.findall(".//{http://www.w3.org/2000/svg}path")) > 50


@pytest.mark.parametrize("suffix", ["png", "svg"])
def test_the_same_chart_gives_the_same_file(tmp_path, suffix):
    first = save_figure(_figure(), tmp_path / f"a.{suffix}").read_bytes()
    second = save_figure(_figure(), tmp_path / f"b.{suffix}").read_bytes()
    assert first == second


def test_a_failed_save_leaves_nothing_behind_and_the_old_file_untouched(tmp_path, monkeypatch):
    old = tmp_path / "chart.png"
    old.write_bytes(b"the picture from last year")
    figure = _figure()

    def broken_savefig(out, **kwargs):
        out.write(b"half a pict")
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(figure, "savefig", broken_savefig)
    with pytest.raises(FileWriteError, match="the disk is full; nothing was changed"):
        save_figure(figure, old)
    with pytest.raises(FileWriteError):
        save_figure(figure, tmp_path / "new.svg")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["chart.png"]
    assert old.read_bytes() == b"the picture from last year"


def test_saving_over_a_file_replaces_it_whole_and_keeps_it_private(tmp_path):
    old = tmp_path / "chart.png"
    old.write_bytes(b"old")
    old.chmod(0o644)
    save_figure(_figure(), old, dpi=40)
    assert old.read_bytes()[:8] == PNG_SIGNATURE
    fresh = save_figure(_figure(), tmp_path / "fresh.svg")
    # A chart shows names and how relationships went: readable by you only, like exports.
    assert old.stat().st_mode & 0o777 == 0o600 == fresh.stat().st_mode & 0o777
    assert sorted(p.name for p in tmp_path.iterdir()) == ["chart.png", "fresh.svg"]


def test_only_png_and_svg_are_offered(tmp_path):
    assert image_format("a.PNG").value == "png" and image_format(Path("b.svg")).value == "svg"
    with pytest.raises(ValueError, match=r"\.png or \.svg"):
        save_figure(_figure(), tmp_path / "chart.jpg")
    assert list(tmp_path.iterdir()) == []


def test_names_in_any_script_save_without_warnings(tmp_path, recwarn):
    save_figure(_figure(), tmp_path / "wang.png", dpi=40)
    assert [str(w.message) for w in recwarn] == []
