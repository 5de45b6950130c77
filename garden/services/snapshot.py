"""What the yearly snapshot shows: the garden at the end of a year, and that year in words.

Plain Python, so it is tested without a display; `ui/snapshot` draws it with the
window's plant painter. Everything here comes from the interaction log and the growth
model "as of" a date, so the same garden always gives the same snapshot.

* **The garden** as it stood at the end of 31 December (or today, for the year in
  progress): the people planted by then and not let go before, each with their plant's
  state on that day (`GardenModel.states`).
* **The year in numbers** that reward depth rather than count (PRODUCT.md: quality over
  quantity): the people of your beds you were in touch with, deep conversations,
  reconnections after a plant had fallen asleep, new plants, and favours given and
  received counted together (never a balance). A number that is zero is left out: the
  picture celebrates what happened and never points at what did not.
* **The year's rhythm** for the small picture: how the tended plants were doing each
  day (the bands of the garden overview chart) and the moments each month by depth.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from garden.charts.garden_year import Band, garden_year, year_span
from garden.domain.growth import DORMANT, GardenModel, Moment, PlantState
from garden.domain.model import Circle, Depth, Favour, Person
from garden.i18n import _, format_day, month_names, ngettext
from garden.services.garden import Garden

#: The earliest year a snapshot can show (the garden's earliest possible day).
FIRST_YEAR = 1900


class NoGardenYetError(LookupError):
    """There is nothing to draw for that year; the message says why, for the user."""


@dataclass(frozen=True, slots=True)
class YearNumber:
    """One of the year's numbers, with the words that go under it."""

    key: str  # stable: "tended", "deep", "reconnections", "new", "favours"
    value: int
    words: str


@dataclass(frozen=True, slots=True)
class Snapshot:
    """Everything the yearly picture shows, ready to draw."""

    year: int
    as_of: dt.date  # 31 December, or today for the year in progress
    in_progress: bool  # the current year, shown as it is today
    title: str
    subtitle: str
    #: Everyone in the garden on `as_of` with their plant that day, by person id.
    plants: tuple[tuple[Person, PlantState], ...]
    #: The year's numbers worth telling, in a fixed order; zeros are left out.
    numbers: tuple[YearNumber, ...]
    #: Tended plants (not the meadow) in each band, each day from 1 January to `as_of`.
    bands: Mapping[Band, tuple[int, ...]]
    #: Moments each month (index 0 is January) by depth, through `as_of`.
    months_by_depth: Mapping[Depth, tuple[int, ...]]

    @property
    def people(self) -> list[Person]:
        return [person for person, _state in self.plants]

    @property
    def states(self) -> dict[int, PlantState]:
        return {person.id: state for person, state in self.plants}


def day_words(day: dt.date) -> str:
    """`31 December 2026` (`31 dicembre 2026`): in the garden's language, never the
    locale the process happens to run in, so a picture depends only on its options."""
    return format_day(day, "long")


def month_initials() -> tuple[str, ...]:
    """J F M A … for the small charts, in the garden's language."""
    return tuple(month_names("narrow"))


def initials(name: str) -> str:
    """`Giulia Rossi` → `G. R.`: the first letters of the first and last words.

    For sharing a picture without the names in it. A name written without spaces (as
    Chinese names often are) keeps its first character.
    """
    words = [w for w in name.replace("-", " ").split() if any(c.isalnum() for c in w)]
    if not words:
        return "·"
    chosen = words if len(words) < 3 else [words[0], words[-1]]
    letters = []
    for word in chosen:
        first = next(c for c in word if c.isalnum())
        upper = first.upper()
        # "ß".upper() is "SS": one letter stands for one letter.
        letters.append(upper if len(upper) == 1 else first)
    return " ".join(f"{letter}." for letter in letters)


def name_forms(name: str) -> tuple[str, ...]:
    """The ways to write `name` under a plant, longest first: `Giulia Rossi`, then
    `Giulia R.`, then `Giulia` (the snapshot uses the first that fits its space)."""
    words = name.split()
    if len(words) < 2:
        return (name,)
    short = f"{words[0]} {words[-1][0]}."
    return (name, short, words[0]) if short != name else (name, words[0])


def first_planted(model: GardenModel) -> dt.date | None:
    """The day the garden's first plant went in (archived people included)."""
    days = [history.planted for history in model.histories.values()]
    return min(days) if days else None


def snapshot_years(garden: Garden) -> list[int]:
    """The years with plants in the garden at their end (or today), newest first."""
    model = garden.model()
    start = first_planted(model)
    today = garden.today()
    if start is None:
        return []
    return [
        year
        for year in range(today.year, start.year - 1, -1)
        if model.states(min(dt.date(year, 12, 31), today))
    ]


def year_snapshot(garden: Garden, year: int) -> Snapshot:
    """The snapshot of `year` in `garden`; `NoGardenYetError` when there is nothing to
    draw, `ValueError` for a year that has not happened yet."""
    return snapshot_of(garden.model(), garden.repo.moments(), year, garden.today())


def snapshot_of(
    model: GardenModel, moments: Iterable[tuple[int, Moment]], year: int, today: dt.date
) -> Snapshot:
    """The snapshot of `year` from the growth model and the log's moments."""
    if year > today.year:
        raise ValueError(_("{year} has not happened yet").format(year=year))
    _start, as_of = year_span(year, today)
    states = model.states(as_of)
    if not states:
        raise NoGardenYetError(_nothing_to_draw(model, year, as_of))
    # By id: the order of the people never depends on how the database returned them.
    plants = tuple((model.people[pid], states[pid]) for pid in sorted(states))
    in_year = [
        (pid, m)
        for pid, m in moments
        if dt.date(year, 1, 1).toordinal() <= m.day <= as_of.toordinal()
    ]
    in_progress = as_of == today
    return Snapshot(
        year=year,
        as_of=as_of,
        in_progress=in_progress,
        title=_("My garden in {year}").format(year=year),
        subtitle=(
            _("As it is today, {date}").format(date=day_words(as_of))
            if in_progress
            else _("As it stood on {date}").format(date=day_words(as_of))
        ),
        plants=plants,
        numbers=_numbers(model, in_year, plants, year),
        bands=garden_year(model, (), year, as_of).bands,
        months_by_depth=_months_by_depth(in_year),
    )


def _nothing_to_draw(model: GardenModel, year: int, as_of: dt.date) -> str:
    start = first_planted(model)
    if start is None:
        return _("Your garden has no plants yet: add someone first (garden add NAME)")
    if start > as_of:
        return _("There was no garden yet in {year}: your first plant went in on {date}").format(
            year=year, date=day_words(start)
        )
    return _("No plants were in your garden at the end of {year}").format(year=year)


def _numbers(
    model: GardenModel,
    in_year: Sequence[tuple[int, Moment]],
    plants: Sequence[tuple[Person, PlantState]],
    year: int,
) -> tuple[YearNumber, ...]:
    tended = {
        pid
        for pid, _moment in in_year
        if pid in model.people and model.people[pid].circle is not Circle.MEADOW
    }
    deep = sum(1 for _pid, m in in_year if m.depth is Depth.DEEP)
    favours = sum(1 for _pid, m in in_year if m.favour in (Favour.GIVEN, Favour.RECEIVED))
    new = sum(1 for _person, state in plants if state.planted.year == year)
    reconnections = _reconnections(model, in_year)
    # Whole plural pairs at each call, so the catalogue can give each language its own forms.
    counted = (
        ("tended", len(tended), ngettext("person tended", "people tended", len(tended))),
        ("deep", deep, ngettext("deep conversation", "deep conversations", deep)),
        (
            "reconnections",
            reconnections,
            ngettext("reconnection", "reconnections", reconnections),
        ),
        ("new", new, ngettext("new plant", "new plants", new)),
        (
            "favours",
            favours,
            ngettext("favour given or received", "favours given and received", favours),
        ),
    )
    return tuple(YearNumber(key, value, words) for key, value, words in counted if value)


def _reconnections(model: GardenModel, in_year: Sequence[tuple[int, Moment]]) -> int:
    """Days in the year when a moment found a plant asleep: the growth model's own test
    for the new shoot (health below the dormant line just before the watering)."""
    days: dict[int, set[int]] = {}
    for pid, moment in in_year:
        days.setdefault(pid, set()).add(moment.day)
    count = 0
    for pid, watered in days.items():
        history = model.histories.get(pid)
        if history is None or not history.wilts:
            continue
        for day in watered:
            before = history.state(dt.date.fromordinal(day - 1))
            if before is None:
                continue  # the planting day: nothing to wake from
            # The plant also wilts on the day itself until the moment waters it.
            active = history.rests.active_days_between(day - 1, day)
            if before.health * 2.0 ** (-active / history.cadence) < DORMANT:
                count += 1
    return count


def _months_by_depth(in_year: Iterable[tuple[int, Moment]]) -> dict[Depth, tuple[int, ...]]:
    months = {depth: [0] * 12 for depth in Depth}
    for _pid, moment in in_year:
        months[moment.depth][dt.date.fromordinal(moment.day).month - 1] += 1
    return {depth: tuple(counts) for depth, counts in months.items()}
