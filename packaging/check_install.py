"""Prove that an installed Relationship Garden runs outside the checkout.

    python packaging/check_install.py wheel            (make wheel-check, run by CI)
    python packaging/check_install.py bundle DIR       (make package)

`wheel` builds the wheel into dist/ the way pip does for a user (an isolated build with the
build backend named in pyproject.toml), installs it into a fresh virtual environment and
runs `garden` from there; `bundle` runs the PyInstaller folder's `garden`. Both run the
command line, the yearly snapshot and the window (offscreen) on a temporary garden, from a
temporary folder, so nothing in the checkout can stand in for a missing file.

Standard library only: it runs before anything is installed.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APP_ID = "io.github.relationship_garden.RelationshipGarden"
ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
# Any "today" works; a fixed one makes the demo garden and the snapshot the same each run.
TODAY = "2026-11-26"
SNAPSHOT_YEAR = "2026"


class CheckFailedError(Exception):
    """A check that failed, with what was seen."""


def say(message: str) -> None:
    print(f"check_install: {message}", flush=True)


def version() -> str:
    for line in (ROOT / "garden" / "__init__.py").read_text(encoding="utf-8").splitlines():
        if line.startswith("__version__"):
            return line.split("=", 1)[1].strip().strip("\"'")
    raise CheckFailedError("no __version__ in garden/__init__.py")


def run(
    argv: list[str], work: Path, *, timeout: float = 300, check: bool = True
) -> subprocess.CompletedProcess[str]:
    """Run a command from `work`, on the garden and settings in `work`, never the user's."""
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("GARDEN_", "PYTHON", "XDG_")) and k != "VIRTUAL_ENV"
    }
    env.update(
        GARDEN_DATA_DIR=str(work / "garden"),
        GARDEN_TODAY=TODAY,
        XDG_CONFIG_HOME=str(work / "config"),
        XDG_DATA_HOME=str(work / "data"),
        XDG_STATE_HOME=str(work / "state"),
        XDG_CACHE_HOME=str(work / "cache"),
        QT_QPA_PLATFORM="offscreen",
    )
    result = subprocess.run(
        argv,
        cwd=work,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        stdin=subprocess.DEVNULL,
    )
    if check and result.returncode != 0:
        raise CheckFailedError(
            f"{' '.join(argv)} exited {result.returncode}\n{result.stdout}{result.stderr}"
        )
    return result


def check_garden(garden: str, work: Path) -> None:
    """The command line, the snapshot and the window, as a user would start them."""
    out = run([garden, "--version"], work).stdout.strip()
    if out != f"garden {version()}":
        raise CheckFailedError(f"garden --version says {out!r}, expected 'garden {version()}'")
    say(f"ok: {out}")

    run([garden, "demo", "--people", "24", "--years", "3"], work)
    status = run([garden, "status"], work).stdout
    if "HEART" not in status:
        raise CheckFailedError(f"garden status shows no garden:\n{status}")
    chart = work / "chart.png"
    run([garden, "chart", "--garden", "--year", SNAPSHOT_YEAR, "--out", str(chart)], work)
    expect_png(chart)
    say("ok: garden demo, status and chart (matplotlib) on a demo garden")

    # Both catalogues travel with the app: the core's (gettext) and the window's (Qt).
    italian = run([garden, "--lang", "it", "status"], work).stdout
    if "CUORE" not in italian:
        raise CheckFailedError(f"garden --lang it status is not in Italian:\n{italian[:300]}")
    say("ok: the command line speaks Italian (garden --lang it status)")

    snapshot = work / "snapshot.png"
    has_snapshot = run([garden, "snapshot", "--help"], work, check=False).returncode == 0
    if has_snapshot:
        run([garden, "snapshot", "--year", SNAPSHOT_YEAR, "--out", str(snapshot)], work)
        expect_png(snapshot)
        say(f"ok: garden snapshot --year {SNAPSHOT_YEAR} wrote a PNG")
    else:
        say("SKIPPED: garden snapshot (there is no such command in this tree yet)")

    started = time.perf_counter()
    run([garden, "--exit-after-first-paint"], work, timeout=120)
    say(f"ok: the window starts and paints (offscreen, {time.perf_counter() - started:.1f} s)")


def expect_png(path: Path) -> None:
    if not path.is_file() or not path.read_bytes().startswith(b"\x89PNG\r\n\x1a\n"):
        raise CheckFailedError(f"{path.name} is not a PNG file")


def check_wheel(work: Path) -> None:
    dist = ROOT / "dist"
    dist.mkdir(exist_ok=True)
    for old in dist.glob("relationship_garden-*.whl"):
        old.unlink()
    started = time.perf_counter()
    pip_wheel = [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet"]
    run([*pip_wheel, "--wheel-dir", str(dist), str(ROOT)], work)
    (wheel,) = dist.glob("relationship_garden-*.whl")
    say(f"ok: built {wheel.relative_to(ROOT)} ({time.perf_counter() - started:.0f} s)")

    venv = work / "venv"
    started = time.perf_counter()
    # The same Python as this one; venv bases the new environment on the interpreter
    # itself, so nothing installed beside this script is visible there.
    run([sys.executable, "-m", "venv", str(venv)], work)
    python = venv / "bin" / "python"
    run([str(python), "-m", "pip", "install", "--quiet", str(wheel)], work, timeout=900)
    say(f"ok: installed into a fresh venv ({time.perf_counter() - started:.0f} s)")

    # The resources, found as the app finds them, from the installed package.
    probe = (
        "import ui.resources as r, pathlib, sys\n"
        "from ui.app import make_application\n"
        "assert str(pathlib.Path(r.__file__).resolve()).startswith(sys.prefix), r.__file__\n"
        "missing = [s for s in r.ICON_SIZES if not r.icon_png(s).is_file()]\n"
        "assert not missing, f'icons missing: {missing}'\n"
        "app = make_application()\n"
        "sizes = sorted(s.width() for s in app.windowIcon().availableSizes())\n"
        "assert sizes == sorted(r.WINDOW_ICON_SIZES), sizes\n"
        "assert app.desktopFileName() == r.APP_ID, app.desktopFileName()\n"
        "from ui.i18n import set_language, tr\n"
        "set_language('it')\n"
        "assert tr('&Edit') == '&Modifica', tr('&Edit')\n"
        "print(r.APP_ID)\n"
    )
    if run([str(python), "-c", probe], work).stdout.strip() != APP_ID:
        raise CheckFailedError(f"the installed app does not call itself {APP_ID}")
    say("ok: the installed package finds its icons and the window's Italian words")

    share = venv / "share"
    expected = [
        share / "applications" / f"{APP_ID}.desktop",
        share / "metainfo" / f"{APP_ID}.metainfo.xml",
        share / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg",
        *(share / "icons" / "hicolor" / f"{n}x{n}" / "apps" / f"{APP_ID}.png" for n in ICON_SIZES),
    ]
    missing = [str(path.relative_to(venv)) for path in expected if not path.is_file()]
    if missing:
        raise CheckFailedError(f"not installed: {', '.join(missing)}")
    say("ok: the menu entry, the metainfo and the icon theme files are in share/")

    check_garden(str(venv / "bin" / "garden"), work)


def check_bundle(folder: Path, work: Path) -> None:
    garden = folder / "garden"
    if not garden.is_file():
        raise CheckFailedError(f"no program at {garden} (run make package)")
    icons = next(folder.glob("*/ui/resources/icons"), None) or folder / "ui/resources/icons"
    missing = [n for n in ICON_SIZES if not (icons / f"app-{n}.png").is_file()]
    if missing:
        raise CheckFailedError(f"the bundle lacks the app icon at {missing} px")
    say("ok: the bundle carries the app icon")
    check_garden(str(garden), work)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("what", choices=("wheel", "bundle"))
    parser.add_argument("folder", nargs="?", type=Path, help="the bundle's folder")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    args = parser.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="garden-check-install-"))
    try:
        if args.what == "wheel":
            check_wheel(work)
        else:
            check_bundle((args.folder or ROOT / "dist" / "relationship-garden").resolve(), work)
    except CheckFailedError as exc:
        say(f"FAILED: {exc}")
        return 1
    finally:
        if args.keep:
            say(f"kept {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)
    say("all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
