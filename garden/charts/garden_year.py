"""The garden through one year, in numbers for the overview charts.

Plain Python (no matplotlib): the overview figure draws these numbers, the tests check
them against the model, and the yearly snapshot may reuse them.

How plants are counted each day (`Band`) follows the words the garden uses for a plant
(`garden.domain.growth.health_words`), so a chart never disagrees with the window:

| band        | legend       | health_words                    | rule                          |
|-------------|--------------|---------------------------------|-------------------------------|
| flourishing | thriving     | Thriving                        | health ≥ 0.8                  |
| healthy     | doing well   | Doing well                      | ½ ≤ health < 0.8              |
| thirsty     | thirsty      | A little thirsty, Thirsty       | ⅛ ≤ health < ½                |
| dormant     | asleep       | Asleep                          | health < ⅛ (the dormant line) |

A resting plant is counted where its health stands (a rest only pauses wilting), and the
meadow is left out: wildflowers never wilt, and counting them would only count contacts.
Archived people are counted until the day they were let go.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum

from garden.domain.growth import DORMANT, THIRSTY, THRIVING, GardenModel
from garden.domain.model import Circle, Depth, Interaction, ReachedOut
from garden.domain.names import name_key
from garden.i18n import N_, _

#: The overview shows this many topics at most, the most talked about first.
TOP_TOPICS = 10


class Band(StrEnum):
    """How a plant is doing on a day, for the stacked "through the year" chart."""

    FLOURISHING = "flourishing"
    HEALTHY = "healthy"
    THIRSTY = "thirsty"
    DORMANT = "dormant"

    @property
    def words(self) -> str:
        """The legend's word: the garden's own word for it, in lower case."""
        return _(_BAND_WORDS[self])


_BAND_WORDS = {
    Band.FLOURISHING: N_("thriving"),
    Band.HEALTHY: N_("doing well"),
    Band.THIRSTY: N_("thirsty"),
    Band.DORMANT: N_("asleep"),
}


def band_for(health: float) -> Band:
    """The band of a plant that wilts, from its health (see the module's table)."""
    if health < DORMANT:
        return Band.DORMANT
    if health < THIRSTY:
        return Band.THIRSTY
    if health >= THRIVING:
        return Band.FLOURISHING
    return Band.HEALTHY


@dataclass(frozen=True, slots=True)
class GardenYear:
    """What the overview shows for one calendar year, up to `end`."""

    year: int
    start: dt.date  # 1 January
    end: dt.date  # 31 December, or the chart's day in the current year
    #: Tended plants in each band on each day from `start` to `end`.
    bands: Mapping[Band, tuple[int, ...]]
    #: Moments logged in each month (index 0 is January), by depth.
    months_by_depth: Mapping[Depth, tuple[int, ...]]
    #: Moments in each month by who reached out.
    months_by_reach: Mapping[ReachedOut, tuple[int, ...]]
    #: The year's topics with the moments that touched them, most talked about first.
    topics: tuple[tuple[str, int], ...]
    #: Every moment logged in the year (through `end`).
    moments: int

    @property
    def days(self) -> list[dt.date]:
        first = self.start.toordinal()
        return [dt.date.fromordinal(first + i) for i in range((self.end - self.start).days + 1)]

    @property
    def has_plants(self) -> bool:
        """True when at least one tended plant grew on some day of the year."""
        return any(any(counts) for counts in self.bands.values())

    @property
    def empty(self) -> bool:
        """Nothing to draw: no tended plant and no moment in the year."""
        return not self.has_plants and self.moments == 0


def year_span(year: int, as_of: dt.date) -> tuple[dt.date, dt.date]:
    """1 January to 31 December of `year`, cut at `as_of` for the year in progress.

    A year after `as_of` ends before it starts (an empty span).
    """
    start = dt.date(year, 1, 1)
    return start, min(dt.date(year, 12, 31), as_of)


def garden_year(
    model: GardenModel, interactions: Iterable[Interaction], year: int, as_of: dt.date
) -> GardenYear:
    """The garden through `year` as the model and the log tell it, up to `as_of`."""
    start, end = year_span(year, as_of)
    days = (end - start).days + 1
    bands = _bands(model, start, end) if days > 0 else dict.fromkeys(Band, ())
    by_depth = {d: [0] * 12 for d in Depth}
    by_reach = {r: [0] * 12 for r in ReachedOut}
    topic_counts: dict[str, int] = {}
    spellings: dict[str, dict[str, int]] = {}
    moments = 0
    for item in interactions:
        if not start <= item.on <= end:
            continue
        moments += 1
        month = item.on.month - 1
        by_depth[item.depth][month] += 1
        by_reach[item.reached_out][month] += 1
        for topic in item.topics:
            key = name_key(topic)
            topic_counts[key] = topic_counts.get(key, 0) + 1
            seen = spellings.setdefault(key, {})
            seen[topic] = seen.get(topic, 0) + 1
    # "Music" and "music" are one topic, shown as it was written most often.
    named = [
        (min(spellings[key].items(), key=lambda kv: (-kv[1], kv[0]))[0], count)
        for key, count in topic_counts.items()
    ]
    named.sort(key=lambda pair: (-pair[1], name_key(pair[0]), pair[0]))
    return GardenYear(
        year=year,
        start=start,
        end=end,
        bands=bands,
        months_by_depth={d: tuple(v) for d, v in by_depth.items()},
        months_by_reach={r: tuple(v) for r, v in by_reach.items()},
        topics=tuple(named[:TOP_TOPICS]),
        moments=moments,
    )


def _bands(model: GardenModel, start: dt.date, end: dt.date) -> dict[Band, tuple[int, ...]]:
    """Tended plants per band per day, from each plant's daily series (one pass each)."""
    days = (end - start).days + 1
    counts = {b: [0] * days for b in Band}
    for pid, person in model.people.items():
        if person.circle is Circle.MEADOW:
            continue
        stop = days
        if person.archived_at is not None:
            # `GardenModel.states` leaves a person out from the day they were archived.
            stop = min(days, max(0, (person.archived_at.date() - start).days))
        if stop <= 0:
            continue
        series = model.series(pid, start, start + dt.timedelta(days=stop - 1))
        for i, h in enumerate(series.health):
            if h is not None:
                counts[band_for(h)][i] += 1
    return {b: tuple(v) for b, v in counts.items()}
