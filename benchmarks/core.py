"""Issue 2 targets: the growth model over a big garden and `garden status` start to finish.

* whole-garden state as of a date, 300 people and 100,000 interactions: < 100 ms after loading
* a one-year daily series for every person of that garden: < 1 s
* `garden status` on a 150-person ten-year demo garden: < 0.5 s wall, process start included,
  compared with `python -c pass` measured in the same run.

"After loading" is read as: the people and their moments are in memory, read from the
garden file (that read is timed too, for the record). The growth model is then built from
them, on first use, before any state can be answered, so the first state as of a date is
timed with that build; later dates reuse the built model and are timed on their own.
"""

from __future__ import annotations

import datetime as dt
import random
import subprocess
import sys
import tempfile
from pathlib import Path

from benchmarks.common import (
    Result,
    garden_command,
    measure,
    measure_process,
    python,
    report,
    verdict,
)
from garden.domain.clock import FixedClock
from garden.domain.growth import GardenModel, Moment
from garden.domain.model import Channel, Circle, Depth, Interaction, Person, ReachedOut, Species
from garden.services.garden import Garden

TODAY = dt.date(2026, 11, 26)


def big_garden(people: int = 300, interactions: int = 100_000, seed: int = 5):
    rng = random.Random(seed)
    circles = [Circle.HEART] * 5 + [Circle.CLOSE] * 15 + [Circle.FRIENDS] * 80
    circles += [Circle.MEADOW] * (people - len(circles))
    start = TODAY - dt.timedelta(days=3650)
    folks = [
        Person(
            id=i + 1,
            name=f"Person {i}",
            circle=circles[i],
            species=list(Species)[i % 8],
            created=dt.datetime.combine(start, dt.time(9)),
        )
        for i in range(people)
    ]
    weights = [
        {Circle.HEART: 40, Circle.CLOSE: 12, Circle.FRIENDS: 4, Circle.MEADOW: 1}[c]
        for c in circles
    ]
    owners = rng.choices(range(1, people + 1), weights=weights, k=interactions)
    channels, depths = list(Channel), list(Depth)
    log = [
        Interaction(
            id=n + 1,
            person_id=pid,
            on=start + dt.timedelta(days=rng.randint(0, 3649)),
            channel=rng.choice(channels),
            depth=rng.choice(depths),
            reached_out=ReachedOut.ME,
        )
        for n, pid in enumerate(owners)
    ]
    return folks, log


def _moments(log: list[Interaction]) -> list[tuple[int, Moment]]:
    """What the store hands the model (`Repository.moments`): only what it reads."""
    return [
        (item.person_id, Moment(item.on.toordinal(), item.channel, item.depth, item.favour))
        for item in log
    ]


def load_from_file(folks: list[Person], log: list[Interaction], folder: Path) -> Result:
    """Reading those people and moments back from a garden file, as `Garden.model` does."""
    with Garden.open(folder / "big", FixedClock(TODAY)) as garden:
        with garden.repo.transaction():
            garden.repo.insert_people(folks)
            garden.repo.insert_interactions(log)
        assert garden.repo.count_interactions() == len(log)
        med, best = measure(
            lambda: (garden.repo.people(include_archived=True), garden.repo.moments()), runs=5
        )
    return Result(
        f"reading {len(folks)} people and {len(log) // 1000}k moments from the file",
        med,
        best,
        5,
        note="loading, before the target's clock starts (no target; for the record)",
    )


def run() -> dict[str, object]:
    folks, log = big_garden()
    moments = _moments(log)
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        results.append(load_from_file(folks, log, Path(tmp)))

    def first_state() -> object:
        return GardenModel.from_moments(folks, moments).states(TODAY)

    med, best = measure(first_state, runs=5)
    results.append(
        Result(
            "garden state as of a date, building the model first",
            med,
            best,
            5,
            target_ms=100,
            note="300 people, 100k moments: the first state after loading builds the model",
        )
    )
    model = GardenModel.from_moments(folks, moments)
    med, best = measure(lambda: model.states(TODAY - dt.timedelta(days=200)), runs=15)
    results.append(
        Result(
            "garden state as of another date, the model already built",
            med,
            best,
            15,
            target_ms=100,
        )
    )
    year_start = TODAY - dt.timedelta(days=364)
    med, best = measure(
        lambda: [model.series(pid, year_start, TODAY) for pid in model.histories], runs=5
    )
    results.append(Result("one-year daily series for all 300 people", med, best, 5, target_ms=1000))

    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "garden"
        env = {"GARDEN_TODAY": TODAY.isoformat()}
        subprocess.run(
            [garden_command(), "--data-dir", str(data), "demo", "--people", "150", "--years", "10"],
            check=True,
            stdout=subprocess.DEVNULL,
            env={**__import__("os").environ, **env},
        )
        base_med, _ = measure_process([python(), "-c", "pass"], runs=9)
        med, best = measure_process(
            [garden_command(), "--data-dir", str(data), "status"], runs=9, env=env
        )
        results.append(
            Result(
                "`garden status`, 150 people × 10 years, wall",
                med,
                best,
                9,
                target_ms=500,
                baseline="python -c pass",
                baseline_ms=base_med,
            )
        )
    return report("core (issue 2)", results)


if __name__ == "__main__":
    sys.exit(verdict([run()]))
