"""The desktop files in packaging/: valid, naming the app the same way everywhere, with icons
rendered from their drawings, and installable for a user."""

from __future__ import annotations

import configparser
import runpy
import shutil
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import garden

from ui.resources import APP_ID, ICON_SIZES

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
DESKTOP = PACKAGING / f"{APP_ID}.desktop"
METAINFO = PACKAGING / f"{APP_ID}.metainfo.xml"


def _tool(name: str, package: str) -> str:
    found = shutil.which(name)
    if found is None:
        pytest.skip(f"{name} is not installed (Debian package {package}; .ci/run installs it)")
    return found


def _run(*argv: str, **kwargs) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        argv, capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL, **kwargs
    )


def _desktop_entry(path: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


def test_the_desktop_file_passes_desktop_file_validate():
    result = _run(_tool("desktop-file-validate", "desktop-file-utils"), str(DESKTOP))
    # It prints hints as well as errors; a clean file gets neither.
    assert (result.returncode, result.stdout + result.stderr) == (0, "")


def test_the_metainfo_passes_appstreamcli_validate():
    result = _run(_tool("appstreamcli", "appstream"), "validate", "--no-net", str(METAINFO))
    assert result.returncode == 0, result.stdout + result.stderr
    # Pedantic notes (the capital letters of the id) are fine; warnings are not.
    assert "W:" not in result.stdout and "E:" not in result.stdout, result.stdout


def test_the_app_id_is_the_same_everywhere():
    entry = _desktop_entry(DESKTOP)
    component = ET.parse(METAINFO).getroot()
    assert component.findtext("id") == APP_ID
    assert component.findtext("launchable[@type='desktop-id']") == f"{APP_ID}.desktop"
    assert component.findtext("icon[@type='stock']") == APP_ID
    assert entry["Icon"] == APP_ID
    assert (PACKAGING / "icons" / f"{APP_ID}.svg").is_file()
    # The scripts in packaging/ need only the standard library, so they repeat the id.
    for script in ("check_install.py", "install_desktop.py"):
        constants = runpy.run_path(str(PACKAGING / script))
        assert constants["APP_ID"] == APP_ID, script
        assert tuple(constants["ICON_SIZES"]) == ICON_SIZES, script
    assert runpy.run_path(str(PACKAGING / "make_icons.py"))["APP_SVG"] == f"{APP_ID}.svg"


def test_the_menu_entry_starts_the_installed_command():
    entry = _desktop_entry(DESKTOP)
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"][
        "scripts"
    ]
    assert entry["Exec"] == entry["TryExec"] == "garden"
    assert scripts["garden"] == "ui.launch:main"
    # Docks group the window with its launcher by this (Qt's WM_CLASS is the app name).
    assert entry["StartupWMClass"] == garden.APP_NAME


def test_the_newest_release_in_the_metainfo_is_this_version():
    releases = ET.parse(METAINFO).getroot().findall("releases/release")
    assert releases, "the metainfo names no release"
    assert releases[0].get("version") == garden.__version__


def test_the_icon_pngs_match_their_drawings():
    result = _run(sys.executable, str(PACKAGING / "make_icons.py"), "--check")
    assert result.returncode == 0, result.stderr


def test_install_desktop_puts_the_files_in_xdg_data_home_and_takes_them_away(tmp_path):
    data = tmp_path / "share"
    program = tmp_path / "my apps" / "garden"  # a space: the Exec key must quote it
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "XDG_DATA_HOME": str(data)}
    script = str(PACKAGING / "install_desktop.py")

    result = _run(sys.executable, script, "--exec", str(program), env=env)
    assert result.returncode == 0, result.stderr
    installed = data / "applications" / f"{APP_ID}.desktop"
    entry = _desktop_entry(installed)
    assert entry["Exec"] == f'"{program}"'
    assert entry["TryExec"] == str(program)
    assert (data / "metainfo" / f"{APP_ID}.metainfo.xml").read_bytes() == METAINFO.read_bytes()
    for size in ICON_SIZES:
        icon = data / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        assert icon.read_bytes() == (ROOT / "ui/resources/icons" / f"app-{size}.png").read_bytes()
    assert (data / "icons/hicolor/scalable/apps" / f"{APP_ID}.svg").is_file()
    if shutil.which("desktop-file-validate"):
        check = _run("desktop-file-validate", str(installed))
        assert (check.returncode, check.stdout) == (0, "")

    result = _run(sys.executable, script, "--uninstall", env=env)
    assert result.returncode == 0, result.stderr
    assert [p for p in data.rglob("*") if p.is_file()] == []


def test_install_desktop_refuses_a_menu_entry_that_could_not_start(tmp_path):
    env = {"PATH": str(tmp_path), "HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path / "s")}
    result = _run(sys.executable, str(PACKAGING / "install_desktop.py"), env=env)
    assert result.returncode == 2
    assert "--exec" in result.stderr
    assert not (tmp_path / "s").exists()
