"""The `garden` command line: argparse subcommands over the services, all headless.

Each subcommand lives in a module of this package that offers `register(subparsers)`;
`COMMAND_MODULES` lists them in the order `garden --help` shows them.
"""

from __future__ import annotations

import argparse
import importlib
import os
import re
import sys
from collections.abc import Callable, Sequence
from typing import Any

from garden import __version__
from garden.cli.options import CliError, GardenArgumentParser, UsageError
from garden.i18n import LANGUAGES, _, set_language

COMMAND_MODULES = (
    "garden.cli.people",
    "garden.cli.log",
    "garden.cli.views",
    "garden.cli.reminders",
    "garden.cli.charts",
    "garden.cli.rest",
    "garden.cli.demo",
    "garden.cli.check",
    "garden.cli.data",
)

#: Opens the window for a bare `garden`; given by `ui.launch`, which may import Qt.
WindowOpener = Callable[[argparse.Namespace], int]
#: Adds subcommands that need Qt (the yearly snapshot): given by `ui.launch`, so that
#: `garden/` itself never imports Qt. Called with argparse's subparsers object.
CommandRegistrar = Callable[[Any], None]


def build_parser(
    with_commands: bool = True, more_commands: Sequence[CommandRegistrar] = ()
) -> GardenArgumentParser:
    """The parser; without commands it knows only the global options, which is all a
    bare `garden` needs (the window then starts without loading every subcommand)."""
    parser = GardenArgumentParser(
        prog="garden",
        description=_("Relationship Garden: tend the few relationships that matter."),
        epilog=_(
            "Run a command with --help for its options. Without a command, garden opens the window."
        ),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"garden {__version__}",
        # Python 3.11's argparse gives this help in English whatever the language.
        help=_("show program's version number and exit"),
    )
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help=_(
            "the folder of the garden to use (default: $GARDEN_DATA_DIR, or the user data folder)"
        ),
    )
    parser.add_argument(
        "--lang",
        choices=LANGUAGES,
        help=_("the language to use (default: the system's)"),
    )
    parser.add_argument(
        "--exit-after-first-paint",
        action="store_true",
        help=argparse.SUPPRESS,  # smoke tests and the start-up benchmark
    )
    parser.add_argument(
        "--exit-after-plants-drawn",
        action="store_true",
        help=argparse.SUPPRESS,  # the start-up benchmark: every plant in view drawn
    )
    parser.add_argument(
        "--in-tray",
        action="store_true",
        help=_("without a command: start in the system tray, without opening the window"),
    )
    if not with_commands:
        parser.set_defaults(command=None)
        return parser
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", title=_("commands"))
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(commands)
    for register in more_commands:
        register(commands)
    return parser


def _language_asked(argv: Sequence[str]) -> str | None:
    """The value of `--lang` in `argv`, if any (read before the parser exists)."""
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
    return None


def _names_a_command(argv: Sequence[str]) -> bool:
    """True unless `argv` holds only global options (so a full parser is needed)."""
    takes_value = {"--data-dir", "--lang"}
    skip = False
    for arg in argv:
        if skip:
            skip = False
            continue
        if arg in takes_value:
            skip = True
        elif arg in ("-h", "--help") or not arg.startswith("-"):
            return True
    return False


#: Options whose value may be a relative date such as `-3d`, which argparse would
#: otherwise take for an option of its own.
DATE_OPTIONS = frozenset({"--on", "--from", "--to", "--as-of", "--until"})
_RELATIVE_DATE = re.compile(r"^-\d+[dw]$")


def _join_relative_dates(argv: Sequence[str]) -> list[str]:
    """`--on -3d` → `--on=-3d`."""
    out: list[str] = []
    skip = False
    for i, arg in enumerate(argv):
        if skip:
            skip = False
            continue
        following = argv[i + 1] if i + 1 < len(argv) else ""
        if arg in DATE_OPTIONS and _RELATIVE_DATE.match(following):
            out.append(f"{arg}={following}")
            skip = True
        else:
            out.append(arg)
    return out


def main(
    argv: Sequence[str] | None = None,
    open_window: WindowOpener | None = None,
    more_commands: Sequence[CommandRegistrar] = (),
) -> int:
    """Run the command line; returns the exit status (0 ok, 1 failure, 2 usage)."""
    args_list = _join_relative_dates(sys.argv[1:] if argv is None else argv)
    # The language first: the parser's help and errors are already in it.
    set_language(_language_asked(args_list))
    try:
        parser = build_parser(_names_a_command(args_list), more_commands)
        args = parser.parse_args(args_list)
    except UsageError as exc:
        _error(str(exc))
        return 2
    if args.command is None and open_window is not None:
        # The window reports its own problems; it loads the store after its first frame.
        return open_window(args)
    return _run_command(args)


def _run_command(args: argparse.Namespace) -> int:
    """A subcommand (or the status a bare `garden` prints without a window)."""
    from garden.domain.dates import DateError
    from garden.domain.names import PersonLookupError
    from garden.services.garden import NotFoundError, ValidationError
    from garden.store.db import StoreError

    try:
        if args.command is None:
            from garden.cli.views import run_status

            return run_status(args)
        handler: Callable[[argparse.Namespace], int] = args.handler
        return handler(args)
    except UsageError as exc:
        _error(str(exc))
        return 2
    except (ValidationError, DateError, PersonLookupError, NotFoundError) as exc:
        _error(exc.args[0] if exc.args else str(exc))
        return 2
    except (CliError, StoreError) as exc:
        _error(str(exc))
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # Output piped into `head` and closed: not an error worth a traceback.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0


def _error(message: str) -> None:
    print(_("garden: {message}").format(message=message), file=sys.stderr)


__all__ = ["build_parser", "main"]
