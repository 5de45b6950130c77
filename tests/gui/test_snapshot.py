"""The yearly snapshot as a picture: its size and file, what it shows of a past year, names
or initials, real glyphs, the command in-process, and the dialog in the window."""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import struct
import zlib
from pathlib import Path

import pytest

from garden.cli import main as cli_main
from garden.domain.clock import FixedClock
from garden.domain.model import Channel, Circle, Depth, Interaction, Species
from garden.domain.palette import LIGHT
from garden.services.changes import Change, Records
from garden.services.garden import Garden
from garden.services.snapshot import initials, name_forms, year_snapshot
from tests.conftest import TODAY
from tests.helpers.files import PNG_SIGNATURE
from tests.helpers.qt import drive_modal
from tests.helpers.read_only import read_only

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QFontDatabase, QFontInfo, QImage
from PySide6.QtWidgets import QApplication

from .conftest import make_window
from ui.snapshot import cli as snapshot_cli
from ui.snapshot.dialog import SnapshotDialog
from ui.snapshot.render import SANS, png_bytes, render_snapshot, save_snapshot

SMALL = (600, 750)  # the page in miniature: quick, and the same design


def _add(garden: Garden, name: str, circle: Circle, created: dt.date, species=Species.FERN):
    (pid,) = garden.add_person(
        name, circle=circle, species=species, created=dt.datetime.combine(created, dt.time(9))
    ).people
    return pid


def _weekly(garden: Garden, pid: int, start: dt.date, end: dt.date, depth=Depth.GOOD) -> None:
    """A moment in person every week, written in one go (the model is rebuilt after)."""
    days = [start + dt.timedelta(days=7 * k) for k in range((end - start).days // 7 + 1)]
    moments = [Interaction(0, pid, day, channel=Channel.IN_PERSON, depth=depth) for day in days]
    with garden.repo.transaction():
        garden.repo.insert_interactions(moments)
    garden.bulk_changed(Change("weekly moments", Records(), Records()))


def _chunks(data: bytes) -> list[tuple[bytes, bytes]]:
    out, at = [], len(PNG_SIGNATURE)
    while at < len(data):
        (length,) = struct.unpack(">I", data[at : at + 4])
        kind = data[at + 4 : at + 8]
        out.append((kind, data[at + 8 : at + 8 + length]))
        at += 12 + length
    return out


def _ink(image: QImage, rect: QRectF, paper: str = LIGHT.paper) -> list[QColor]:
    """The pixels in `rect` that are not bare paper."""
    bg = QColor(paper).rgb()
    box = rect.toAlignedRect().intersected(image.rect())
    pixels = []
    for y in range(box.top(), box.bottom() + 1):
        for x in range(box.left(), box.right() + 1):
            colour = image.pixelColor(x, y)
            if colour.rgb() != bg:
                pixels.append(colour)
    return pixels


def _redness(pixels: list[QColor]) -> float:
    """Mean red minus green: straw and brown are near zero or above, leaves well below."""
    return sum(c.red() - c.green() for c in pixels) / max(1, len(pixels))


def _ink_width(image: QImage, rect: QRectF) -> int:
    bg = QColor(LIGHT.paper).rgb()
    box = rect.toAlignedRect().intersected(image.rect())
    columns = [
        x
        for x in range(box.left(), box.right() + 1)
        if any(image.pixelColor(x, y).rgb() != bg for y in range(box.top(), box.bottom() + 1))
    ]
    return (columns[-1] - columns[0] + 1) if columns else 0


@pytest.fixture
def story(data_dir: Path, clock: FixedClock):
    """Two friends since 2024: Giulia, seen every week; Marco, neglected from June 2025
    and seen again every week since September 2026. Zoë arrives in March 2026."""
    with Garden.open(data_dir, clock) as garden:
        giulia = _add(garden, "Giulia Rossi", Circle.FRIENDS, dt.date(2024, 1, 1))
        marco = _add(garden, "Marco Bianchi", Circle.FRIENDS, dt.date(2024, 1, 1))
        _weekly(garden, giulia, dt.date(2024, 1, 1), TODAY)
        _weekly(garden, marco, dt.date(2024, 1, 1), dt.date(2025, 6, 15))
        _weekly(garden, marco, dt.date(2026, 9, 1), TODAY)
        zoe = _add(garden, "Zoë Lefèvre", Circle.HEART, dt.date(2026, 3, 1), Species.TULIP)
        _weekly(garden, zoe, dt.date(2026, 3, 1), TODAY, Depth.DEEP)
        yield garden, {"giulia": giulia, "marco": marco, "zoe": zoe}


@pytest.fixture
def planted(data_dir: Path, clock: FixedClock) -> Path:
    """A garden of one friend since 2024 (for the command line: it opens the file)."""
    with Garden.open(data_dir, clock) as garden:
        pid = _add(garden, "Giulia Rossi", Circle.FRIENDS, dt.date(2024, 1, 1))
        garden.log_interaction(pid, on=dt.date(2025, 5, 1), depth=Depth.DEEP)
    return data_dir


# --- the picture and its file -----------------------------------------------------------


def test_the_file_is_an_rgb_png_of_the_asked_size_with_its_metadata(qapp, story, tmp_path):
    garden, _ = story
    out = save_snapshot(year_snapshot(garden, 2025), tmp_path / "garden-2025.png")
    data = out.read_bytes()
    assert data[:8] == PNG_SIGNATURE
    chunks = _chunks(data)
    width, height, depth, colour_type = struct.unpack(">IIBB", chunks[0][1][:10])
    assert (width, height, depth, colour_type) == (2400, 3000, 8, 2)  # 8-bit RGB, no alpha
    texts = {}
    for kind, body in chunks:
        if kind == b"tEXt":
            key, value = body.split(b"\0", 1)
            texts[key.decode()] = value.decode("latin-1")
        elif kind == b"zTXt":
            key, rest = body.split(b"\0", 1)
            texts[key.decode()] = zlib.decompress(rest[1:]).decode("latin-1")
    assert texts["Title"] == "My garden in 2025"
    assert texts["Year"] == "2025"
    assert texts["Software"].startswith("Relationship Garden")
    assert b"tIME" not in [kind for kind, _ in chunks]  # no time stamp: same data, same file
    # 300 dpi, so a printing program makes it 8 × 10 inches.
    (phys,) = [body for kind, body in chunks if kind == b"pHYs"]
    assert struct.unpack(">IIB", phys) == (11811, 11811, 1)
    assert oct(out.stat().st_mode & 0o777) == "0o600"


def test_other_sizes_keep_the_design(qapp, story):
    garden, _ = story
    snapshot = year_snapshot(garden, 2025)
    for size in ((1600, 900), (400, 400), SMALL):
        picture = render_snapshot(snapshot, *size)
        assert (picture.image.width(), picture.image.height()) == size
        assert not picture.image.hasAlphaChannel()
        for pid, rect in picture.plants.items():  # every plant and name on the page
            assert picture.image.rect().contains(rect.toAlignedRect()), pid
            label_rect = picture.labels[pid][1]
            assert picture.image.rect().contains(label_rect.toAlignedRect()), pid


def test_the_same_garden_gives_the_same_pixels(qapp, story, data_dir):
    garden, _ = story
    first = png_bytes(
        render_snapshot(year_snapshot(garden, 2025), *SMALL), year_snapshot(garden, 2025)
    )
    # A fresh look at the same file, as another run of the command would have.
    with Garden.open(data_dir, FixedClock(TODAY)) as again:
        snapshot = year_snapshot(again, 2025)
        second = png_bytes(render_snapshot(snapshot, *SMALL), snapshot)
    assert first == second


def test_a_past_year_leaves_out_people_planted_later(qapp, story, tmp_path):
    garden, ids = story
    assert ids["zoe"] not in year_snapshot(garden, 2025).states
    # The same garden without Zoë at all draws exactly the same 2025.
    with Garden.open(tmp_path / "without-zoe", FixedClock(TODAY)) as other:
        giulia = _add(other, "Giulia Rossi", Circle.FRIENDS, dt.date(2024, 1, 1))
        marco = _add(other, "Marco Bianchi", Circle.FRIENDS, dt.date(2024, 1, 1))
        assert (giulia, marco) == (ids["giulia"], ids["marco"])
        _weekly(other, giulia, dt.date(2024, 1, 1), TODAY)
        _weekly(other, marco, dt.date(2024, 1, 1), dt.date(2025, 6, 15))
        _weekly(other, marco, dt.date(2026, 9, 1), TODAY)
        without = render_snapshot(year_snapshot(other, 2025), *SMALL).image
    with_zoe = render_snapshot(year_snapshot(garden, 2025), *SMALL).image
    assert with_zoe == without
    # ... while this year's picture has her.
    assert ids["zoe"] in render_snapshot(year_snapshot(garden, 2026), *SMALL).plants


def test_a_friend_neglected_since_june_looks_wilted_in_that_year_even_if_watered_since(qapp, story):
    garden, ids = story
    then = render_snapshot(year_snapshot(garden, 2025), 1200, 1500)
    now = render_snapshot(year_snapshot(garden, 2026), 1200, 1500)
    marco_then = _redness(_ink(then.image, then.plants[ids["marco"]]))
    marco_now = _redness(_ink(now.image, now.plants[ids["marco"]]))
    giulia_then = _redness(_ink(then.image, then.plants[ids["giulia"]]))
    assert marco_then > marco_now + 15  # straw and brown then, green again now
    assert marco_then > giulia_then + 15  # and it is Marco, not the year, that was dry


# --- names, initials and glyphs ---------------------------------------------------------


def test_no_names_writes_initials_only(qapp, story):
    garden, ids = story
    snapshot = year_snapshot(garden, 2026)
    named = render_snapshot(snapshot, 1200, 1500)
    private = render_snapshot(snapshot, 1200, 1500, names=False)
    by_id = {p.id: p for p in snapshot.people}
    for pid in ids.values():
        assert named.labels[pid][0] == by_id[pid].name
        assert private.labels[pid][0] == initials(by_id[pid].name)
        rect = named.labels[pid][1]
        assert _ink_width(private.image, rect) < _ink_width(named.image, rect) * 0.6
    # Only the names changed: the garden above them is the same.
    for pid, rect in named.plants.items():
        assert named.image.copy(rect.toAlignedRect()) == private.image.copy(rect.toAlignedRect()), (
            pid
        )


def test_names_in_any_script_are_drawn_with_real_glyphs(qapp, data_dir, clock):
    names = ["王芳", "Αλέξανδρος Παππάς", "Zoë Lefèvre", "Ølaf Ærø"]
    circles = [Circle.HEART, Circle.CLOSE, Circle.FRIENDS, Circle.MEADOW]
    with Garden.open(data_dir, clock) as garden:
        for name, circle in zip(names, circles, strict=True):
            _add(garden, name, circle, dt.date(2026, 1, 1))
        snapshot = year_snapshot(garden, 2026)

    # The same page with every letter replaced by a character no font has: boxes.
    def boxes_for(name: str) -> str:
        return "".join(c if c.isspace() else "\U000effff" for c in name)

    missing = dataclasses.replace(
        snapshot,
        plants=tuple(
            (dataclasses.replace(p, name=boxes_for(p.name)), st) for p, st in snapshot.plants
        ),
    )
    real = render_snapshot(snapshot, 1200, 1500)
    boxes = render_snapshot(missing, 1200, 1500)
    for person, _ in snapshot.plants:
        text, rect, font = real.labels[person.id]
        assert text in name_forms(person.name)
        crop = rect.toAlignedRect()
        assert _ink(real.image, rect), f"{person.name!r} draws nothing"
        assert real.image.copy(crop) != boxes.image.copy(crop), f"{person.name!r} draws boxes"
        family = QFontInfo(font).family()
        assert family in QFontDatabase.families() and family in SANS, family


# --- the command, in this process -------------------------------------------------------


def _run(capsys, *args: str) -> tuple[int, str, str]:
    status = cli_main(list(args), more_commands=[snapshot_cli.register])
    out, err = capsys.readouterr()
    return status, out, err


def test_the_command_saves_the_default_file_here(
    qapp, planted, data_dir, tmp_path, capsys, monkeypatch
):
    monkeypatch.setenv("GARDEN_TODAY", TODAY.isoformat())
    monkeypatch.chdir(tmp_path)
    argv = ["--data-dir", str(data_dir), "snapshot", "--year", "2025", "--width", "600"]
    status, out, err = _run(capsys, *argv, "--no-names")
    assert (status, err) == (0, "")
    assert out == "Saved your garden in 2025 to garden-2025.png\n"
    image = QImage(str(tmp_path / "garden-2025.png"))
    assert (image.width(), image.height()) == (600, 750)  # the height keeps the 4:5 page
    assert image.text("Title") == "My garden in 2025"


@pytest.mark.parametrize(
    ("args", "status", "words"),
    [
        (["--year", "2031"], 2, "2031 has not happened yet"),
        (["--year", "2019"], 1, "There was no garden yet in 2019"),
        (["--width", "12"], 2, "the width must be 400 to 12000 pixels"),
        (["--width", "9000", "--height", "9000"], 2, "too large"),
        (["--width", "wide"], 2, "invalid int value"),
        (["--out", "picture.jpg"], 2, "should end in .png"),
        (["--out", "missing/garden.png"], 1, "does not exist"),
        (["--out", "a-folder.png"], 1, "it is a folder"),
    ],
)
def test_command_mistakes_are_one_line_and_leave_nothing(
    qapp, planted, data_dir, tmp_path, capsys, monkeypatch, args, status, words
):
    monkeypatch.setenv("GARDEN_TODAY", TODAY.isoformat())
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a-folder.png").mkdir()
    before = sorted(p.name for p in tmp_path.iterdir())
    got, out, err = _run(capsys, "--data-dir", str(data_dir), "snapshot", *args)
    assert got == status
    assert out == "" and err.startswith("garden: ") and err.count("\n") == 1
    assert words in err and "Traceback" not in err
    assert sorted(p.name for p in tmp_path.iterdir()) == before


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_a_read_only_folder_is_refused_clearly(qapp, planted, data_dir, tmp_path, capsys):
    folder = tmp_path / "locked"
    folder.mkdir()
    with read_only(folder):  # as root too: the folder is made immutable
        argv = ["--data-dir", str(data_dir), "snapshot", "--year", "2025"]
        status, _, err = _run(capsys, *argv, "--out", str(folder / "g.png"))
    assert status == 1 and "read-only" in err and list(folder.iterdir()) == []


def test_offscreen_is_chosen_when_nobody_said(monkeypatch):
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.setattr("sys.platform", "linux")
    snapshot_cli.use_offscreen_unless_told()
    assert os.environ["QT_QPA_PLATFORM"] == "offscreen"
    monkeypatch.setenv("QT_QPA_PLATFORM", "minimal")
    snapshot_cli.use_offscreen_unless_told()
    assert os.environ["QT_QPA_PLATFORM"] == "minimal"  # what the user asked for wins


# --- the dialog -------------------------------------------------------------------------


def _preview(dialog: SnapshotDialog) -> QImage:
    return dialog.preview.pixmap().toImage()


def test_the_dialog_previews_each_choice_and_saves(qtbot, qapp, story, tmp_path, monkeypatch):
    garden, _ = story
    dialog = SnapshotDialog(garden)
    qtbot.addWidget(dialog)
    assert [dialog.year.itemText(i) for i in range(dialog.year.count())] == [
        "2026",
        "2025",
        "2024",
    ]
    first = _preview(dialog)
    assert not first.isNull()
    dialog.year.setCurrentIndex(1)
    last_year = _preview(dialog)
    assert last_year != first
    dialog.initials.setChecked(True)
    assert _preview(dialog) != last_year
    dialog.colours.setCurrentIndex(1)
    dark = _preview(dialog)
    assert dark.pixelColor(2, 2) != last_year.pixelColor(2, 2)

    target = tmp_path / "kept" / "my-2025.png"
    target.parent.mkdir()
    asked: list[Path] = []

    def choose(_parent, suggested: Path) -> Path:
        asked.append(suggested)
        return target

    monkeypatch.setattr(SnapshotDialog, "choose_path", staticmethod(choose))
    with qtbot.waitSignal(dialog.saved, timeout=10_000) as saved:
        dialog.save_button.click()
    assert saved.args == [target]
    assert asked[0].name == "garden-2025.png"
    image = QImage(str(target))
    assert (image.width(), image.height()) == (2400, 3000)
    assert image.pixelColor(2, 2) == QColor("#1E2421")  # the dark paper, as previewed
    assert "Saved to" in dialog.message.text()


def test_the_dialog_says_why_a_file_cannot_be_saved(qtbot, qapp, story, tmp_path, monkeypatch):
    garden, _ = story
    dialog = SnapshotDialog(garden)
    qtbot.addWidget(dialog)
    nowhere = tmp_path / "gone" / "garden.png"
    monkeypatch.setattr(SnapshotDialog, "choose_path", staticmethod(lambda _p, _s: nowhere))
    dialog.save_button.click()
    assert dialog.message.text().startswith(f"Cannot write {nowhere}")
    assert "nothing was changed" in dialog.message.text()
    assert dialog.save_button.isEnabled()  # ready for another try
    assert not nowhere.parent.exists()


def test_an_empty_garden_has_nothing_to_save(qtbot, qapp, garden):
    dialog = SnapshotDialog(garden)
    qtbot.addWidget(dialog)
    assert not dialog.save_button.isEnabled()
    assert "no plants yet" in dialog.message.text()


def test_file_menu_opens_the_snapshot_dialog(qtbot, small_garden, settings):
    window = make_window(qtbot, small_garden, settings)
    qtbot.waitUntil(lambda: bool(window.canvas.layout_.slots), timeout=5000)
    file_menu = window.menuBar().actions()[0].menu()
    (action,) = [a for a in file_menu.actions() if a.text() == "Export yearly &snapshot…"]
    seen: list[object] = []

    def drive(dialog) -> None:
        seen.append(dialog)
        assert dialog.year.currentText() == str(TODAY.year)
        dialog.reject()

    drive_modal(action.trigger, drive)
    assert len(seen) == 1 and isinstance(seen[0], SnapshotDialog)
    assert QApplication.activeModalWidget() is None
