"""The growth model: the state of a plant as of any date, from the interaction log alone.

`docs/growth-model.md` explains the model in prose with its formulas; this module is
the reference. In short, counted in whole days:

* Health h in [0, 1] halves every `cadence` active days without contact
  (h <- h * r, r = 2 ** (-1 / cadence)); a day's watering W in [0, 1] refills a share of
  what is missing (h <- h + W * (1 - h)). Rest days do not wilt.
* Growth is the water the plant has taken up, in days of care: each watering adds
  cadence * (h_after - h_before). A thirsty plant takes up more than a full one, so care
  spread over months grows more than a burst in one week, and a reconnection after a
  long gap is a growth spurt. Growth never decreases.

Both steps are increasing functions of h, so adding an interaction can only raise health
on every later day; and the water taken up so far equals (health now - health at
planting + everything lost to wilting), which rises with health: so it can only raise
growth too. Contacting someone "early" is never penalised.

`PlantHistory` runs the model once over a plant's log, keeping the state after every
watering day; the state as of any date is then a binary search plus a closed form for
the days since, and a daily series is one pass.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from itertools import accumulate
from typing import NamedTuple

from garden.domain.model import Channel, Depth, Favour, Interaction, Person, Rest
from garden.domain.rests import RestCalendar
from garden.i18n import _

# --- Parameters (documented in docs/growth-model.md) -------------------------------------

#: How much one interaction waters, by depth; multiplied by the channel's weight.
DEPTH_WEIGHT: Mapping[Depth, float] = {Depth.BRIEF: 0.3, Depth.GOOD: 0.6, Depth.DEEP: 1.0}
#: How personal a channel is. Being in the same room is the full measure.
CHANNEL_WEIGHT: Mapping[Channel, float] = {
    Channel.MESSAGE: 0.6,
    Channel.LETTER: 0.8,
    Channel.CALL: 0.85,
    Channel.VIDEO: 0.85,
    Channel.ACTIVITY: 0.95,
    Channel.IN_PERSON: 1.0,
}
#: Health of a plant on the day it is planted, before any watering.
INITIAL_HEALTH = 0.7
#: At or above this a plant is thriving (in its words, the search and the charts).
THRIVING = 0.8
#: Below this a plant is thirsty; one cadence after a full watering it is exactly here.
THIRSTY = 0.5
#: Below this (three cadences after a full watering) a plant is dormant: asleep, never dead.
DORMANT = 0.125
#: The meadow never wilts; for its growth only, health fades over this many days.
MEADOW_GROWTH_CADENCE = 90
#: Cues look back this many days (inclusive of the day itself).
BLOOM_DAYS = 21
FAVOUR_DAYS = 180
NEW_SHOOT_DAYS = 28
#: Most blooms, pollinators or fruits a plant shows at once.
MAX_CUE_COUNT = 5


class Stage(StrEnum):
    SEED = "seed"
    SPROUT = "sprout"
    YOUNG = "young"
    MATURE = "mature"
    FLOURISHING = "flourishing"
    DORMANT = "dormant"


class Cue(StrEnum):
    BLOOM = "bloom"  # a deep moment lately
    POLLINATORS = "pollinators"  # a favour you gave lately
    FRUIT = "fruit"  # a favour you received lately
    NEW_SHOOT = "new-shoot"  # you reconnected after the plant had gone dormant
    RESTING = "resting"  # inside a rest period
    DORMANT = "dormant"


#: Growth (in days at full health) where each stage begins.
STAGE_THRESHOLDS: tuple[tuple[float, Stage], ...] = (
    (360.0, Stage.FLOURISHING),
    (120.0, Stage.MATURE),
    (30.0, Stage.YOUNG),
    (5.0, Stage.SPROUT),
)

GROWTH_STAGES: tuple[Stage, ...] = (
    Stage.SEED,
    Stage.SPROUT,
    Stage.YOUNG,
    Stage.MATURE,
    Stage.FLOURISHING,
)


def stage_for_growth(growth: float) -> Stage:
    for threshold, stage in STAGE_THRESHOLDS:
        if growth >= threshold:
            return stage
    return Stage.SEED


_WATER: dict[tuple[Channel, Depth], float] = {
    (c, d): DEPTH_WEIGHT[d] * CHANNEL_WEIGHT[c] for c in Channel for d in Depth
}


def day_water(waters: Iterable[float]) -> float:
    """Combine one day's interactions: the best counts fully, each further one half as much
    as the one before, starting at a quarter.

    W = w1 + w2/4 + w3/8 + ...  (sorted largest first), capped at 1.
    The extras together add at most half of w1, so ten quick pings are never worth one
    deep conversation.
    """
    ordered = sorted(waters, reverse=True)
    if not ordered:
        return 0.0
    total = ordered[0]
    scale = 0.25
    for w in ordered[1:]:
        total += w * scale
        scale /= 2
    return min(1.0, total)


class Moment(NamedTuple):
    """What the model needs of one interaction (the store can read just this, fast)."""

    day: int  # date ordinal
    channel: Channel
    depth: Depth
    favour: Favour | None

    @classmethod
    def of(cls, item: Interaction) -> Moment:
        """The moment of a logged interaction."""
        return cls(item.on.toordinal(), item.channel, item.depth, item.favour)


@dataclass(frozen=True, slots=True)
class DayLog:
    """Everything the model needs from one day's interactions with one person."""

    day: int  # date ordinal
    water: float
    deep: int = 0
    favours_given: int = 0
    favours_received: int = 0

    @classmethod
    def group(cls, interactions: Iterable[Interaction]) -> list[DayLog]:
        """One `DayLog` per day with interactions, in date order."""
        return cls.group_moments(map(Moment.of, interactions))

    @classmethod
    def group_moments(cls, moments: Iterable[Moment]) -> list[DayLog]:
        """One `DayLog` per day, from the few fields of each moment the model reads."""
        days = _Days.of(moments)
        return [
            cls(day, water, deep, given, received)
            for day, water, deep, given, received in zip(
                days.days, days.water, days.deep, days.given, days.received, strict=True
            )
        ]


class _Days:
    """A plant's log by day, as parallel lists (what the model runs over: no object per
    day, so a garden of 100,000 moments is modelled in a few tens of milliseconds)."""

    __slots__ = ("days", "deep", "given", "received", "water")

    def __init__(self) -> None:
        self.days: list[int] = []
        self.water: list[float] = []
        self.deep: list[int] = []
        self.given: list[int] = []
        self.received: list[int] = []

    @classmethod
    def of(cls, moments: Iterable[Moment]) -> _Days:
        out = cls()
        days, water, deep, given, received = (
            out.days,
            out.water,
            out.deep,
            out.given,
            out.received,
        )
        water_of = _WATER
        deep_kind, given_kind, received_kind = Depth.DEEP, Favour.GIVEN, Favour.RECEIVED
        today: list[float] = []
        previous = None
        for day, channel, depth, favour in sorted(moments, key=_by_day):
            if day != previous:
                if today:
                    water.append(today[0] if len(today) == 1 else day_water(today))
                today = []
                days.append(day)
                deep.append(0)
                given.append(0)
                received.append(0)
                previous = day
            today.append(water_of[channel, depth])
            if depth is deep_kind:
                deep[-1] += 1
            if favour is given_kind:
                given[-1] += 1
            elif favour is received_kind:
                received[-1] += 1
        if today:
            water.append(today[0] if len(today) == 1 else day_water(today))
        return out


def _by_day(moment: Moment) -> int:
    return moment.day


@dataclass(frozen=True, slots=True)
class PlantState:
    """A plant as it stands at the end of `as_of`."""

    person_id: int
    as_of: dt.date
    health: float
    growth: float
    stage: Stage  # the growth stage, or DORMANT
    growth_stage: Stage  # never DORMANT: how big the plant is, asleep or awake
    planted: dt.date
    last_interaction: dt.date | None
    days_since_last: int | None
    next_due: dt.date | None
    cues: frozenset[Cue]
    blooms: int = 0
    pollinators: int = 0
    fruit: int = 0

    @property
    def dormant(self) -> bool:
        return self.stage is Stage.DORMANT

    @property
    def resting(self) -> bool:
        return Cue.RESTING in self.cues


@dataclass(frozen=True, slots=True)
class DailySeries:
    """Health and growth at the end of each day from `start` to `end` inclusive.

    Days before the plant was planted hold None.
    """

    person_id: int
    start: dt.date
    end: dt.date
    health: tuple[float | None, ...]
    growth: tuple[float | None, ...]


def _cumulative(values: list[int]) -> list[int]:
    return list(accumulate(values))


def _decay_factor(cadence: int) -> float:
    return float(2.0 ** (-1.0 / cadence))


class PlantHistory:
    """The model run once over one plant's log; answers "as of" questions quickly."""

    __slots__ = (
        "_cum_deep",
        "_cum_given",
        "_cum_received",
        "_days",
        "_growth",
        "_health",
        "_last_real",
        "_reconnections",
        "cadence",
        "person_id",
        "planted",
        "rests",
        "wilts",
    )

    def __init__(
        self,
        person_id: int,
        planted: dt.date,
        cadence: int | None,
        days: _Days,
        rests: RestCalendar | None = None,
    ) -> None:
        """`planted` is when the person entered the garden; `cadence` None means meadow."""
        self.person_id = person_id
        self.wilts = cadence is not None
        self.cadence = cadence if cadence is not None else MEADOW_GROWTH_CADENCE
        self.rests = rests if rests is not None else RestCalendar()
        start = planted.toordinal()
        if days.days and days.days[0] < start:
            start = days.days[0]  # a contact logged from before the person was added
        self.planted = dt.date.fromordinal(start)
        self._run(start, days)

    @classmethod
    def for_person(
        cls, person: Person, interactions: Iterable[Interaction], rests: Iterable[Rest] = ()
    ) -> PlantHistory:
        return cls.from_moments(person, map(Moment.of, interactions), rests)

    @classmethod
    def from_moments(
        cls, person: Person, moments: Iterable[Moment], rests: Iterable[Rest] = ()
    ) -> PlantHistory:
        return cls(
            person.id,
            person.created.date(),
            person.cadence,
            _Days.of(moments),
            RestCalendar.for_person(person.id, rests),
        )

    def _run(self, start: int, log: _Days) -> None:
        r = _decay_factor(self.cadence)
        scale = float(self.cadence)
        rests = self.rests
        wilts = self.wilts
        days, waters = log.days, log.water
        # Event 0 is the planting day, merged with that day's log if there is one.
        merged = bool(days) and days[0] == start
        h = INITIAL_HEALTH
        g = 0.0
        last_real = -1
        if merged:
            watered = h + waters[0] * (1.0 - h)
            g = scale * (watered - h)
            h = watered
            last_real = start
        day_list = [start]
        health_list = [h]
        growth_list = [g]
        last_real_list = [last_real]
        reconnections: list[int] = []
        prev = start
        first = 1 if merged else 0
        for k in range(first, len(days)):
            day = days[k]
            active = rests.active_days_between(prev, day) if rests else day - prev
            h *= r**active
            if wilts and h < DORMANT:
                reconnections.append(day)
            watered = h + waters[k] * (1.0 - h)
            g += scale * (watered - h)
            h = watered
            day_list.append(day)
            health_list.append(h)
            growth_list.append(g)
            last_real_list.append(day)
            prev = day
        # Deep talks and favours, counted up to each event (the planting day holds its own
        # day's if it had a log, else nothing).
        lead = [] if merged else [0]
        deep_list = _cumulative(lead + log.deep)
        given_list = _cumulative(lead + log.given)
        received_list = _cumulative(lead + log.received)
        self._days = day_list
        self._health = health_list
        self._growth = growth_list
        self._cum_deep = deep_list
        self._cum_given = given_list
        self._cum_received = received_list
        self._last_real = last_real_list
        self._reconnections = reconnections

    # --- Queries --------------------------------------------------------------------

    def _raw(self, day: int) -> tuple[int, float, float]:
        """(event index, health, growth) at the end of ordinal `day` (>= planting day)."""
        i = bisect_right(self._days, day) - 1
        span = self.rests.active_days_between(self._days[i], day)
        h = self._health[i] * _decay_factor(self.cadence) ** span
        return i, h, self._growth[i]

    def _count_since(self, cumulative: list[int], index: int, since: int) -> int:
        """Items of `cumulative` on event days in (since, day-of-index]."""
        j = bisect_right(self._days, since) - 1
        return cumulative[index] - (cumulative[j] if j >= 0 else 0)

    def state(self, as_of: dt.date) -> PlantState | None:
        """The plant at the end of `as_of`, or None if it was not planted yet."""
        day = as_of.toordinal()
        if day < self._days[0]:
            return None
        i, h, g = self._raw(day)
        last = self._last_real[i]
        resting = self.rests.is_rest(day)
        cues: set[Cue] = set()
        dormant = self.wilts and h < DORMANT
        if dormant:
            cues.add(Cue.DORMANT)
        if resting:
            cues.add(Cue.RESTING)
        blooms = min(MAX_CUE_COUNT, self._count_since(self._cum_deep, i, day - BLOOM_DAYS))
        pollinators = min(MAX_CUE_COUNT, self._count_since(self._cum_given, i, day - FAVOUR_DAYS))
        fruit = min(MAX_CUE_COUNT, self._count_since(self._cum_received, i, day - FAVOUR_DAYS))
        k = bisect_left(self._reconnections, day - NEW_SHOOT_DAYS + 1)
        shoot = k < len(self._reconnections) and self._reconnections[k] <= day and not dormant
        if shoot:
            cues.add(Cue.NEW_SHOOT)
            blooms = max(blooms, 1)  # the spring bloom that greets a reconnection
        if blooms:
            cues.add(Cue.BLOOM)
        if pollinators:
            cues.add(Cue.POLLINATORS)
        if fruit:
            cues.add(Cue.FRUIT)
        growth_stage = stage_for_growth(g)
        next_due = None
        if self.wilts:
            base = last if last >= 0 else self._days[0]
            next_due = dt.date.fromordinal(self.rests.add_active_days(base, self.cadence))
        return PlantState(
            person_id=self.person_id,
            as_of=as_of,
            health=h if self.wilts else 1.0,
            growth=g,
            stage=Stage.DORMANT if dormant else growth_stage,
            growth_stage=growth_stage,
            planted=self.planted,
            last_interaction=dt.date.fromordinal(last) if last >= 0 else None,
            days_since_last=day - last if last >= 0 else None,
            next_due=next_due,
            cues=frozenset(cues),
            blooms=blooms,
            pollinators=pollinators,
            fruit=fruit,
        )

    def series(self, start: dt.date, end: dt.date) -> DailySeries:
        """Health and growth for each day from `start` to `end`, in one pass."""
        first, last = start.toordinal(), end.toordinal()
        if last < first:
            raise ValueError("the series ends before it starts")
        health: list[float | None] = []
        growth: list[float | None] = []
        planted = self._days[0]
        pre = min(max(planted - first, 0), last - first + 1)
        health.extend([None] * pre)
        growth.extend([None] * pre)
        begin = first + pre
        if begin <= last:
            i, h, g = self._raw(begin)
            r = _decay_factor(self.cadence)
            rests = self.rests
            days = self._days
            n_events = len(days)
            i += 1  # the next event not yet applied
            flat = not self.wilts
            health.append(1.0 if flat else h)
            growth.append(g)
            for day in range(begin + 1, last + 1):
                resting_today = bool(rests) and rests.is_rest(day)
                if not resting_today:
                    h *= r
                if i < n_events and days[i] == day:
                    # Take the stored values: identical to `state()` on watering days.
                    h = self._health[i]
                    g = self._growth[i]
                    i += 1
                health.append(1.0 if flat else h)
                growth.append(g)
        return DailySeries(self.person_id, start, end, tuple(health), tuple(growth))


class GardenModel:
    """Every plant's history, built once from the log; the whole garden as of any date."""

    rests: list[Rest]
    people: dict[int, Person]
    histories: dict[int, PlantHistory]

    def __init__(
        self,
        people: Iterable[Person],
        interactions: Iterable[Interaction],
        rests: Iterable[Rest] = (),
    ) -> None:
        self._plant(people, ((i.person_id, Moment.of(i)) for i in interactions), rests)

    @classmethod
    def from_moments(
        cls,
        people: Iterable[Person],
        moments: Iterable[tuple[int, Moment]],
        rests: Iterable[Rest] = (),
    ) -> GardenModel:
        """The model from (person id, moment) pairs: the fast way to load a big garden."""
        model = cls.__new__(cls)
        model._plant(people, moments, rests)
        return model

    def _plant(
        self,
        people: Iterable[Person],
        moments: Iterable[tuple[int, Moment]],
        rests: Iterable[Rest],
    ) -> None:
        by_person: dict[int, list[Moment]] = {}
        for pid, moment in moments:
            found = by_person.get(pid)
            if found is None:
                by_person[pid] = [moment]
            else:
                found.append(moment)
        self.rests = list(rests)
        self.people = {p.id: p for p in people}
        self.histories = {
            p.id: PlantHistory.from_moments(p, by_person.get(p.id, ()), self.rests)
            for p in self.people.values()
        }

    def update_person(self, person: Person, interactions: Iterable[Interaction]) -> None:
        """Re-run the model for one person (after their details or log changed)."""
        self.people[person.id] = person
        self.histories[person.id] = PlantHistory.for_person(person, interactions, self.rests)

    def remove_person(self, person_id: int) -> None:
        self.people.pop(person_id, None)
        self.histories.pop(person_id, None)

    def state(self, person_id: int, as_of: dt.date) -> PlantState | None:
        return self.histories[person_id].state(as_of)

    def states(self, as_of: dt.date, include_archived: bool = False) -> dict[int, PlantState]:
        """Every plant in the garden at the end of `as_of`, by person id.

        Leaves out people not planted yet and, unless asked, people archived on or before
        `as_of` (archiving is a date, so past gardens still show who was there).
        """
        out: dict[int, PlantState] = {}
        for pid, history in self.histories.items():
            person = self.people[pid]
            if (
                not include_archived
                and person.archived_at is not None
                and person.archived_at.date() <= as_of
            ):
                continue
            state = history.state(as_of)
            if state is not None:
                out[pid] = state
        return out

    def series(self, person_id: int, start: dt.date, end: dt.date) -> DailySeries:
        return self.histories[person_id].series(start, end)


def health_words(state: PlantState) -> str:
    """How a plant is doing, in the garden's words (never a percentage)."""
    if Cue.RESTING in state.cues:
        return _("Resting")
    if state.dormant:
        return _("Asleep")
    if state.health >= THRIVING:
        return _("Thriving")
    if state.health >= THIRSTY:
        return _("Doing well")
    if state.health >= 0.25:
        return _("A little thirsty")
    return _("Thirsty")
