"""Run the benchmarks: `python -m benchmarks` (all) or `python -m benchmarks core ...`."""

from __future__ import annotations

import compileall
import importlib
import os
import sys
from pathlib import Path

SUITES = ("core", "charts", "data", "window", "snapshot")


def as_installed() -> None:
    """Time the app as users run it: with its compiled bytecode cached, as Python keeps it
    after the first start (pip does it at install). A shell with PYTHONDONTWRITEBYTECODE
    set would otherwise have every measured start compile the app's modules again, timing
    the compiler (about 40 ms of start-up here) instead of the app."""
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    root = Path(__file__).resolve().parent.parent
    for package in ("garden", "ui"):
        compileall.compile_dir(root / package, quiet=1)


def main(argv: list[str]) -> int:
    as_installed()
    names = argv or list(SUITES)
    for name in names:
        if name not in SUITES:
            print(f"unknown suite {name!r}; choose from {', '.join(SUITES)}", file=sys.stderr)
            return 2
        importlib.import_module(f"benchmarks.{name}").run()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
