"""Issue 5 targets: `garden snapshot` start to finish, process start included, headless.

* the 150-person ten-year demo garden: under 2 s;
* a 500-person ten-year demo garden: under 4 s.

Both run the installed command with no display (no DISPLAY, WAYLAND_DISPLAY or
QT_QPA_PLATFORM), as a script or an SSH session would, at the default size
(2400 × 3000). `garden status` on the same garden is the baseline: the price of
starting the command line and reading the garden at all. In-process times of each step
(the year's data, drawing, PNG encoding) follow, without targets, to show where the time
goes.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from benchmarks.common import (
    Result,
    garden_command,
    measure,
    measure_process,
    png_size,
    report,
    verdict,
)

TODAY = "2026-11-26"


def _headless_env() -> dict[str, str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    env["GARDEN_TODAY"] = TODAY
    return env


def _demo(data: Path, people: int) -> None:
    fill = ["demo", "--people", str(people), "--years", "10"]
    subprocess.run(
        [garden_command(), "--data-dir", str(data), *fill],
        check=True,
        stdout=subprocess.DEVNULL,
        env=_headless_env(),
    )
    # The first command of the day makes the daily backup; do it now, not in a timed run.
    subprocess.run(
        [garden_command(), "--data-dir", str(data), "backup"],
        check=True,
        stdout=subprocess.DEVNULL,
        env=_headless_env(),
    )


def commands(folder: Path) -> list[Result]:
    results = []
    for people, target in ((150, 2000.0), (500, 4000.0)):
        data = folder / f"g{people}"
        _demo(data, people)
        out = folder / f"snapshot-{people}.png"
        base = [garden_command(), "--data-dir", str(data)]
        status_ms, _ = measure_process([*base, "status"], runs=5, env=_headless_env())
        for year, wanted in ((2026, target), (2021, None)):
            med, best = measure_process(
                [*base, "snapshot", "--year", str(year), "--out", str(out)],
                runs=5,
                env=_headless_env(),
            )
            width, height = png_size(out)  # what the command saved, at its default size
            results.append(
                Result(
                    f"garden snapshot --year {year}, {people} people × 10 years",
                    med,
                    best,
                    5,
                    target_ms=wanted,
                    baseline="garden status, same garden" if wanted else None,
                    baseline_ms=status_ms if wanted else None,
                    note=f"{out.stat().st_size // 1024} KB, {width}×{height}, no display",
                )
            )
    return results


def steps(folder: Path) -> list[Result]:
    """The steps inside one snapshot, in this process (no targets)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from garden.domain.clock import FixedClock
    from garden.services.changes import Change, Records
    from garden.services.garden import Garden
    from garden.services.snapshot import year_snapshot

    from PySide6.QtGui import QGuiApplication

    from ui.snapshot.render import png_bytes, render_snapshot

    app = QGuiApplication.instance() or QGuiApplication(["bench"])
    results = []
    for people in (150, 500):
        garden = Garden.open(folder / f"g{people}", FixedClock(dt.date.fromisoformat(TODAY)))

        def data(garden: Garden = garden) -> object:
            # As a fresh command would: the growth model is built again from the file.
            garden.bulk_changed(Change("benchmark", Records(), Records()))
            return year_snapshot(garden, 2026)

        snapshot = year_snapshot(garden, 2026)
        picture = render_snapshot(snapshot)
        for name, fn in (
            ("the year's data (model built from the file)", data),
            (
                f"drawing {picture.image.width()}×{picture.image.height()} (shapes, painter, text)",
                lambda s=snapshot: render_snapshot(s),
            ),
            ("PNG encoding", lambda p=picture, s=snapshot: png_bytes(p, s)),
        ):
            med, best = measure(fn, runs=5)
            results.append(Result(f"{people} people: {name}", med, best, 5))
        garden.close()
    del app
    return results


def run() -> dict[str, object]:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        results = commands(folder)
        results.extend(steps(folder))
    return report("snapshot (issue 5)", results)


if __name__ == "__main__":
    sys.exit(verdict([run()]))
