"""Issue 6 targets: growth charts drawn headless with Agg, after matplotlib is loaded.

* a person's chart over ten years of moments (figure built + canvas drawn): < 300 ms
* the garden overview of a 150-person year (figure built + canvas drawn): < 500 ms

Also shown, without targets: the shorter person ranges, how long importing matplotlib
takes (paid once, by the first chart), and `garden chart` start to finish.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.common import Result, garden_command, measure, measure_process, report, verdict
from garden.domain.clock import FixedClock
from garden.domain.growth import GardenModel
from garden.domain.model import (
    Birthday,
    Channel,
    Circle,
    Depth,
    Interaction,
    Person,
    ReachedOut,
    Rest,
    Species,
)
from garden.services.demo import fill_demo
from garden.services.garden import Garden

TODAY = dt.date(2026, 11, 26)


def ten_years_with_one_person(seed: int = 7) -> tuple[GardenModel, list[Interaction]]:
    """A heart friend seen every few days for ten years (about 1,300 moments)."""
    rng = random.Random(seed)
    start = TODAY - dt.timedelta(days=3652)
    giulia = Person(
        id=1,
        name="Giulia Rossi",
        circle=Circle.HEART,
        species=Species.ROSE,
        created=dt.datetime.combine(start, dt.time(9)),
        birthday=Birthday(5, 17),
    )
    log: list[Interaction] = []
    day = start
    while day <= TODAY:
        log.append(
            Interaction(
                id=len(log) + 1,
                person_id=1,
                on=day,
                channel=rng.choice(list(Channel)),
                depth=rng.choice(list(Depth)),
                reached_out=rng.choice(list(ReachedOut)),
            )
        )
        day += dt.timedelta(days=rng.randint(1, 5))
    rests = [
        Rest(year, dt.date(year, 8, 5), dt.date(year, 8, 18), None, "summer holiday")
        for year in range(start.year + 1, TODAY.year + 1)
    ]
    return GardenModel([giulia], log, rests), log


def run() -> dict[str, object]:
    results: list[Result] = []
    started = time.perf_counter()
    import matplotlib

    matplotlib.use("Agg")
    from garden.charts.export import render
    from garden.charts.garden_overview import garden_overview_chart
    from garden.charts.person import person_chart
    from garden.charts.ranges import ChartRange

    import_ms = (time.perf_counter() - started) * 1000

    model, log = ten_years_with_one_person()
    for span, target in (
        (ChartRange.ALL, 300.0),
        (ChartRange.YEAR, None),
        (ChartRange.THREE_MONTHS, None),
    ):

        def person(span: ChartRange = span) -> None:
            render(person_chart(model, 1, log, as_of=TODAY, span=span).figure)

        med, best = measure(person, runs=9, warmup=2)
        label = "ten years" if span is ChartRange.ALL else span.words.removeprefix("the ")
        results.append(
            Result(
                f"person chart, {label}, built + drawn with Agg",
                med,
                best,
                9,
                target_ms=target,
                note=(
                    f"{len(log)} moments; importing matplotlib and the chart modules "
                    f"took {import_ms:.0f} ms once"
                    if span is ChartRange.ALL
                    else ""
                ),
            )
        )

    with Garden.in_memory(FixedClock(TODAY)) as garden:
        summary = fill_demo(garden, people=150, years=10, seed=1)
        t0 = time.perf_counter()
        demo_model = garden.model()
        interactions = garden.interactions()
        load_ms = (time.perf_counter() - t0) * 1000

        def overview() -> None:
            render(garden_overview_chart(demo_model, interactions, 2025, as_of=TODAY).figure)

        med, best = measure(overview, runs=9, warmup=2)
        results.append(
            Result(
                f"garden overview of a year, {summary.people} people, built + drawn",
                med,
                best,
                9,
                target_ms=500,
                note=f"loading the log and building the model once took {load_ms:.0f} ms "
                f"({summary.interactions} moments in ten years)",
            )
        )

    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "garden"
        env = {"GARDEN_TODAY": TODAY.isoformat()}
        subprocess.run(
            [garden_command(), "--data-dir", str(data), "demo", "--people", "150", "--years", "10"],
            check=True,
            stdout=subprocess.DEVNULL,
            env={**os.environ, **env},
        )
        out = Path(tmp) / "garden.png"
        med, best = measure_process(
            [garden_command(), "--data-dir", str(data), "chart", "--garden", "--out", str(out)],
            runs=3,
            env=env,
        )
        results.append(
            Result(
                "`garden chart --garden`, 150 people × 10 years, wall",
                med,
                best,
                3,
                note="process start, matplotlib import, the model, drawing and a 150 dpi PNG",
            )
        )
    return report("charts (issue 6)", results)


if __name__ == "__main__":
    sys.exit(verdict([run()]))
