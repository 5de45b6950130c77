"""Put Relationship Garden in the desktop's menus: the .desktop file, the AppStream metainfo
and the icon, for the current user (`make install-desktop`, `make uninstall-desktop`).

They go under $XDG_DATA_HOME (~/.local/share when unset): applications/, metainfo/ and
icons/hicolor/. A `pip install --user` of the wheel puts the same files in the same places
by itself; this is for a checkout, or a virtual environment whose `garden` is not on PATH:
`--exec PATH` writes that program into the menu entry.

Standard library only.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APP_ID = "io.github.relationship_garden.RelationshipGarden"
ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)

# Characters that make the Desktop Entry spec require an Exec argument to be quoted.
_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")


def data_home() -> Path:
    value = os.environ.get("XDG_DATA_HOME", "")
    # The XDG spec says a relative value is invalid and must be ignored.
    return Path(value) if Path(value).is_absolute() else Path.home() / ".local" / "share"


def files(data: Path) -> dict[Path, Path]:
    """Where each file goes → where it comes from."""
    hicolor = data / "icons" / "hicolor"
    packaging = ROOT / "packaging"
    placed = {
        data / "applications" / f"{APP_ID}.desktop": packaging / f"{APP_ID}.desktop",
        data / "metainfo" / f"{APP_ID}.metainfo.xml": packaging / f"{APP_ID}.metainfo.xml",
        hicolor / "scalable" / "apps" / f"{APP_ID}.svg": packaging / "icons" / f"{APP_ID}.svg",
    }
    for n in ICON_SIZES:
        placed[hicolor / f"{n}x{n}" / "apps" / f"{APP_ID}.png"] = (
            ROOT / "ui" / "resources" / "icons" / f"app-{n}.png"
        )
    return placed


def exec_argument(program: str) -> str:
    """`program` as one argument of an Exec key: quoted when it must be, with the spec's
    two layers of escaping (inside quotes, then the string value's own backslashes)."""
    program = program.replace("%", "%%")
    if not any(c in _RESERVED for c in program):
        return program
    quoted = "".join("\\" + c if c in '"`$\\' else c for c in program)
    return '"' + quoted.replace("\\", "\\\\") + '"'


def desktop_entry(program: str | None) -> str:
    text = (ROOT / "packaging" / f"{APP_ID}.desktop").read_text(encoding="utf-8")
    if program is None:
        return text
    argument = exec_argument(program)
    lines = []
    for line in text.splitlines():
        if line.startswith("Exec="):
            line = f"Exec={argument}"
        elif line.startswith("TryExec="):
            # TryExec is not an Exec line: a plain path, only string-escaped.
            line = "TryExec=" + program.replace("\\", "\\\\")
        lines.append(line)
    return "\n".join(lines) + "\n"


def install(data: Path, program: str | None) -> list[Path]:
    written = []
    for target, source in files(data).items():
        target.parent.mkdir(parents=True, exist_ok=True)
        if target.suffix == ".desktop":
            target.write_text(desktop_entry(program), encoding="utf-8")
        else:
            shutil.copyfile(source, target)
        written.append(target)
    # Icon themes notice new icons by their folder's time; some only look at the top.
    (data / "icons" / "hicolor").touch()
    return written


def uninstall(data: Path) -> list[Path]:
    removed = []
    for target in files(data):
        if target.exists():
            target.unlink()
            removed.append(target)
    return removed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--uninstall", action="store_true", help="remove the files instead")
    parser.add_argument(
        "--exec",
        dest="program",
        metavar="PATH",
        help="the garden program the menu entry starts (default: `garden` from PATH)",
    )
    args = parser.parse_args(argv)
    data = data_home()
    if args.program is not None and os.sep in args.program:
        # Not resolve(): a symlink someone put on purpose (a stable name) stays as it is.
        args.program = str(Path.cwd() / args.program)
    if args.uninstall:
        removed = uninstall(data)
        print(f"Removed {len(removed)} files from {data}.")
        return 0
    if args.program is None and shutil.which("garden") is None:
        print(
            "install_desktop: `garden` is not on PATH, so the menu entry could not start it; "
            "give the program with --exec PATH",
            file=sys.stderr,
        )
        return 2
    written = install(data, args.program)
    print(f"Installed {len(written)} files under {data}: the menu entry, metainfo and icons.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
