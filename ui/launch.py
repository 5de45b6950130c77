"""The `garden` console script: subcommands run headless; a bare `garden` opens the window.

Qt is imported only on the way to the window, so `garden status` starts as fast as the
core allows.
"""

from __future__ import annotations

import argparse
import sys

from garden.cli import main as cli_main
from garden.i18n import _


def _open_window(args: argparse.Namespace) -> int:
    try:
        from ui.app import run
    except ImportError as exc:  # the window is not there yet, or Qt is missing
        print(
            _(
                "garden: cannot open the window ({problem}); subcommands still work (garden --help)"
            ).format(problem=exc),
            file=sys.stderr,
        )
        return 1
    return int(run(args))


#: Modules with subcommands that need Qt; each offers `register(subparsers)`, imported
#: only when a subcommand is given (a bare `garden` never loads them).
UI_COMMAND_MODULES: tuple[str, ...] = ("ui.snapshot.cli",)


def _register_ui_commands(commands: object) -> None:
    import importlib

    for name in UI_COMMAND_MODULES:
        importlib.import_module(name).register(commands)


def main() -> int:
    return cli_main(sys.argv[1:], open_window=_open_window, more_commands=[_register_ui_commands])


if __name__ == "__main__":
    sys.exit(main())
