"""Run the benchmarks: `python -m benchmarks` (all) or `python -m benchmarks core ...`."""

from __future__ import annotations

import importlib
import sys

SUITES = ("core", "charts", "data", "window", "snapshot")


def main(argv: list[str]) -> int:
    names = argv or list(SUITES)
    for name in names:
        if name not in SUITES:
            print(f"unknown suite {name!r}; choose from {', '.join(SUITES)}", file=sys.stderr)
            return 2
        importlib.import_module(f"benchmarks.{name}").run()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
