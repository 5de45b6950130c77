"""The wheel carries every file the app needs, inside its packages and for the desktop.

The wheel is built here with the build backend from the test environment (offline, a few
seconds); `make wheel-check` goes further and installs it into a fresh venv and runs it.
"""

from __future__ import annotations

import subprocess
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

import garden

ROOT = Path(__file__).resolve().parents[2]
APP_ID = "io.github.relationship_garden.RelationshipGarden"
ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Iterator[zipfile.ZipFile]:
    try:
        import hatchling  # noqa: F401
    except ImportError:
        pytest.skip(
            "hatchling is not in this environment (pip install -e '.[test]'); building "
            "the wheel in an isolated environment would need the network"
        )
    out = tmp_path_factory.mktemp("wheel")
    result = subprocess.run(
        [
            *(sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation"),
            *("--quiet", "--wheel-dir", str(out), str(ROOT)),
        ],
        capture_output=True,
        text=True,
        timeout=300,
        stdin=subprocess.DEVNULL,
    )
    assert result.returncode == 0, result.stderr
    (built,) = out.glob("relationship_garden-*.whl")
    with zipfile.ZipFile(built) as archive:
        yield archive


def _package_files() -> list[str]:
    found = []
    for package in ("garden", "ui"):
        for path in sorted((ROOT / package).rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc":
                found.append(path.relative_to(ROOT).as_posix())
    return found


def test_every_file_of_the_packages_is_in_the_wheel(wheel):
    names = set(wheel.namelist())
    files = _package_files()
    assert "ui/resources/__init__.py" in files
    assert [name for name in files if name not in names] == []


def test_the_app_icon_is_inside_the_package_at_every_size(wheel):
    names = set(wheel.namelist())
    for size in ICON_SIZES:
        name = f"ui/resources/icons/app-{size}.png"
        assert name in names
        data = wheel.read(name)
        assert data[:8] == b"\x89PNG\r\n\x1a\n"
        assert int.from_bytes(data[16:20]) == int.from_bytes(data[20:24]) == size


def test_the_desktop_files_install_under_share(wheel):
    data = f"relationship_garden-{garden.__version__}.data/data/share"
    expected = {
        f"{data}/applications/{APP_ID}.desktop": ROOT / "packaging" / f"{APP_ID}.desktop",
        f"{data}/metainfo/{APP_ID}.metainfo.xml": ROOT / "packaging" / f"{APP_ID}.metainfo.xml",
        f"{data}/icons/hicolor/scalable/apps/{APP_ID}.svg": ROOT
        / "packaging"
        / "icons"
        / f"{APP_ID}.svg",
    }
    for size in ICON_SIZES:
        expected[f"{data}/icons/hicolor/{size}x{size}/apps/{APP_ID}.png"] = (
            ROOT / "ui" / "resources" / "icons" / f"app-{size}.png"
        )
    for name, source in expected.items():
        assert wheel.read(name) == source.read_bytes(), name


def test_the_wheel_installs_the_garden_command(wheel):
    (entry_points,) = [n for n in wheel.namelist() if n.endswith(".dist-info/entry_points.txt")]
    text = wheel.read(entry_points).decode()
    assert "[console_scripts]" in text
    assert "garden = ui.launch:main" in text
