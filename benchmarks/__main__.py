"""Run the benchmarks: `python -m benchmarks` (all) or `python -m benchmarks core ...`.

Each suite prints a table and JSON; the run exits with status 1 when any target it
measured was missed, and says which."""

from __future__ import annotations

import compileall
import importlib
import os
import sys
from pathlib import Path

from benchmarks.common import verdict

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
    unknown = [name for name in names if name not in SUITES]
    if unknown:
        print(f"unknown suite {unknown[0]!r}; choose from {', '.join(SUITES)}", file=sys.stderr)
        return 2
    reports = [importlib.import_module(f"benchmarks.{name}").run() for name in names]
    # Exits 1 when any measured target is missed (`make bench` fails), naming which.
    return verdict(reports)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
