"""`garden snapshot`: the yearly garden snapshot as a PNG, from the command line.

Registered by `ui.launch` (`UI_COMMAND_MODULES`), because drawing the plants needs Qt
and `garden/` never imports it. This module itself imports nothing of Qt: every
subcommand loads it to build the parser, and only `garden snapshot` pays for Qt.

Errors follow the command line's conventions (`garden.cli`): a usage mistake raises
`UsageError` (exit 2), a snapshot that cannot be made raises `CliError` (exit 1), and
`garden.cli.main` prints either as one line, before anything is written.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

from garden.cli.base import (
    CliError,
    UsageError,
    check_output_folder,
    clock_from_env,
    open_garden,
)
from garden.i18n import _, language
from garden.services.snapshot import FIRST_YEAR

SUFFIX = ".png"


def register(commands: Any) -> None:
    """Add `garden snapshot` to the command line's subcommands."""
    snapshot = commands.add_parser(
        "snapshot",
        help=_("save the yearly garden snapshot as a PNG"),
        description=_(
            "Save a picture of your garden as it stood at the end of a year (as it "
            "is today, for this year): every plant in its bed with its name, the year in a "
            "few numbers and a small picture of the year. Works without a display."
        ),
    )
    snapshot.add_argument(
        "--year", type=int, metavar="YYYY", help=_("which year (default: this year)")
    )
    snapshot.add_argument(
        "--out", metavar="FILE.png", help=_("where to save it (default: garden-YYYY.png here)")
    )
    snapshot.add_argument(
        "--width", type=int, metavar="W", help=_("in pixels (default: 2400, 8 in at 300 dpi)")
    )
    snapshot.add_argument(
        "--height", type=int, metavar="H", help=_("in pixels (default: 3000, 10 in at 300 dpi)")
    )
    snapshot.add_argument(
        "--no-names",
        dest="names",
        action="store_false",
        help=_("initials instead of names, for sharing"),
    )
    snapshot.add_argument(
        "--theme", choices=("light", "dark"), default="light", help=_("(default: light)")
    )
    snapshot.set_defaults(handler=run_snapshot)


def _check_usage(args: argparse.Namespace, this_year: int) -> tuple[int, Path]:
    """The year and the file, checked before the garden is opened or anything drawn."""
    year = this_year if args.year is None else args.year
    if year > this_year:
        raise UsageError(_("{year} has not happened yet").format(year=year))
    if year < FIRST_YEAR:
        raise UsageError(_("{year} is too long ago").format(year=year))
    out = Path(args.out) if args.out else Path(f"garden-{year}{SUFFIX}")
    if out.suffix.lower() != SUFFIX:
        raise UsageError(
            _("--out {out}: the file name should end in {suffix}").format(
                out=args.out, suffix=SUFFIX
            )
        )
    check_output_folder(out)
    folder = out.parent
    if out.is_dir():
        raise CliError(_("Cannot write {out}: it is a folder").format(out=out))
    if not os.access(folder, os.W_OK | os.X_OK):
        # Said now rather than after drawing; the write itself would say the same.
        raise CliError(
            _("Cannot write {out}: the folder is read-only; nothing was changed.").format(out=out)
        )
    return year, out


def use_offscreen_unless_told() -> None:
    """Draw without a display: the offscreen platform, unless QT_QPA_PLATFORM says
    otherwise. Set before the application object exists, which is when Qt reads it.

    On Linux and the BSDs this is chosen even when a display is there: a picture needs
    no window, a stale DISPLAY over SSH would otherwise abort the process, and the
    picture then never depends on the desktop's theme. macOS and Windows draw
    headless with their own platform.
    """
    if os.environ.get("QT_QPA_PLATFORM") or sys.platform in ("darwin", "win32"):
        return
    os.environ["QT_QPA_PLATFORM"] = "offscreen"


def _application() -> Any:
    """The Qt application the painter needs: a QGuiApplication, as no widget is made
    (or the one already running, when the window exports)."""
    use_offscreen_unless_told()
    from PySide6.QtGui import QGuiApplication

    existing = QGuiApplication.instance()
    if isinstance(existing, QGuiApplication):
        return existing
    return QGuiApplication([sys.argv[0] if sys.argv else "garden"])


def run_snapshot(args: argparse.Namespace) -> int:
    """Make the snapshot and save it; returns the exit status."""
    from garden.domain.palette import PALETTES
    from garden.services.snapshot import NoGardenYetError, year_snapshot

    from ui.snapshot.size import SizeError, picture_size

    year, out = _check_usage(args, clock_from_env().today().year)
    try:
        width, height = picture_size(args.width, args.height)
    except SizeError as exc:
        raise UsageError(str(exc)) from None
    with open_garden(args) as garden:
        try:
            snapshot = year_snapshot(garden, year)
        except NoGardenYetError as exc:
            raise CliError(str(exc)) from None
    _app = _application()  # alive until the picture is written
    from ui.i18n import set_language

    set_language(language())  # the picture's own words (tr) in the command line's language
    # Qt only now, and only for this command: the others start without it.
    from ui.snapshot.render import save_snapshot

    save_snapshot(snapshot, out, width, height, names=args.names, palette=PALETTES[args.theme])
    print(_("Saved your garden in {year} to {out}").format(year=year, out=out))
    return 0
