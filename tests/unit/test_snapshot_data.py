"""The yearly snapshot's contents, without Qt: who is in the picture, the year's numbers,
the words, and where the beds go on the page."""

from __future__ import annotations

import dataclasses
import datetime as dt
import random

import pytest

from garden.charts.garden_year import Band
from garden.domain.beds import layout_garden
from garden.domain.clock import FixedClock
from garden.domain.model import Channel, Circle, Depth, Favour, Species
from garden.domain.page_beds import fit_beds
from garden.services.garden import Garden
from garden.services.snapshot import (
    NoGardenYetError,
    initials,
    name_forms,
    snapshot_years,
    year_snapshot,
)
from tests.conftest import TODAY
from tests.helpers.builders import person


def _on(year: int, month: int, day: int) -> dt.datetime:
    return dt.datetime(year, month, day, 9, 0)


def _add(garden: Garden, name: str, circle: Circle, created: dt.datetime) -> int:
    (pid,) = garden.add_person(name, circle=circle, species=Species.FERN, created=created).people
    return pid


@pytest.fixture
def year_garden(garden: Garden, clock: FixedClock) -> dict[str, int]:
    """A garden with a known 2025 (see each line) and some moments around it."""
    ids = {
        "luca": _add(garden, "Luca Bruno", Circle.CLOSE, _on(2023, 1, 1)),
        "marco": _add(garden, "Marco Bianchi", Circle.MEADOW, _on(2024, 1, 1)),
        "anna": _add(garden, "Anna Costa", Circle.FRIENDS, _on(2024, 1, 1)),
        "zoe": _add(garden, "Zoë Lefèvre", Circle.FRIENDS, _on(2025, 2, 1)),  # new in 2025
        "giulia": _add(garden, "Giulia Rossi", Circle.HEART, _on(2025, 2, 25)),  # new in 2025
        "wang": _add(garden, "王芳", Circle.CLOSE, _on(2026, 3, 1)),  # only from 2026
    }
    log = garden.log_interaction
    log(ids["luca"], on=dt.date(2023, 1, 5))
    log(ids["marco"], on=dt.date(2024, 5, 1), depth=Depth.BRIEF)
    log(ids["giulia"], on=dt.date(2025, 3, 1), channel=Channel.IN_PERSON, depth=Depth.DEEP)
    log(ids["giulia"], on=dt.date(2025, 3, 2), depth=Depth.BRIEF, favour=Favour.GIVEN)
    log(ids["giulia"], on=dt.date(2025, 3, 20), channel=Channel.CALL, favour=Favour.RECEIVED)
    log(ids["marco"], on=dt.date(2025, 4, 1), depth=Depth.DEEP)  # the meadow: not "tended"
    # Luca's plant has slept since early 2023: this call wakes it (a reconnection).
    log(ids["luca"], on=dt.date(2025, 6, 1), channel=Channel.CALL, depth=Depth.DEEP)
    log(ids["giulia"], on=dt.date(2026, 1, 10), depth=Depth.DEEP, favour=Favour.GIVEN)
    log(ids["wang"], on=dt.date(2026, 3, 2), depth=Depth.DEEP)
    # Anna was let go in June 2025.
    clock.set(_on(2025, 6, 10))
    garden.archive_person(ids["anna"], note="moved away")
    clock.set(dt.datetime.combine(TODAY, dt.time(10, 0)))
    return ids


def test_the_year_in_numbers_rewards_depth_and_leaves_out_zeros(garden, year_garden):
    snapshot = year_snapshot(garden, 2025)
    assert [(n.key, n.value, n.words) for n in snapshot.numbers] == [
        ("tended", 2, "people tended"),  # Giulia and Luca; Marco is in the meadow
        ("deep", 3, "deep conversations"),
        ("reconnections", 1, "reconnection"),
        ("new", 2, "new plants"),
        ("favours", 2, "favours given and received"),  # one number: never a balance
    ]
    quiet = year_snapshot(garden, 2024)  # Marco's brief message, in the meadow
    assert [(n.key, n.value, n.words) for n in quiet.numbers] == [("new", 2, "new plants")]
    first = year_snapshot(garden, 2023)
    assert [(n.key, n.value, n.words) for n in first.numbers] == [
        ("tended", 1, "person tended"),
        ("new", 1, "new plant"),
    ]


def test_the_picture_holds_who_was_in_the_garden_then(garden, year_garden):
    ids = year_garden
    in_2025 = {p.id for p in year_snapshot(garden, 2025).people}
    assert in_2025 == {ids["luca"], ids["marco"], ids["zoe"], ids["giulia"]}  # not Anna, not 王芳
    in_2024 = {p.id for p in year_snapshot(garden, 2024).people}
    assert in_2024 == {ids["luca"], ids["marco"], ids["anna"]}
    assert ids["wang"] in {p.id for p in year_snapshot(garden, 2026).people}


def test_plants_are_drawn_as_they_stood_at_the_end_of_the_year(garden, year_garden):
    luca = year_garden["luca"]
    snapshot = year_snapshot(garden, 2024)
    assert snapshot.as_of == dt.date(2024, 12, 31)
    assert snapshot.states[luca].dormant  # asleep then; the 2025 call came later
    assert snapshot.states[luca] == garden.state(luca, dt.date(2024, 12, 31))


def test_title_and_day_in_words(garden, year_garden):
    past = year_snapshot(garden, 2025)
    assert (past.title, past.subtitle, past.in_progress) == (
        "My garden in 2025",
        "As it stood on 31 December 2025",
        False,
    )
    now = year_snapshot(garden, 2026)
    assert now.as_of == TODAY and now.in_progress
    assert now.subtitle == "As it is today, 26 November 2026"


def test_the_year_s_rhythm(garden, year_garden):
    snapshot = year_snapshot(garden, 2025)
    months = snapshot.months_by_depth
    assert (months[Depth.DEEP][2], months[Depth.BRIEF][2], months[Depth.GOOD][2]) == (1, 1, 1)
    assert months[Depth.DEEP][3] == 1 and months[Depth.DEEP][5] == 1
    assert sum(sum(v) for v in months.values()) == 5
    assert len(snapshot.bands[Band.FLOURISHING]) == 365
    # Tended plants only (Luca, Anna on 1 January; Luca, Zoë, Giulia at the end).
    assert sum(snapshot.bands[b][0] for b in Band) == 2
    assert sum(snapshot.bands[b][-1] for b in Band) == 3


def test_years_with_a_garden_and_clear_refusals(garden, year_garden):
    assert snapshot_years(garden) == [2026, 2025, 2024, 2023]
    with pytest.raises(NoGardenYetError, match="no garden yet in 2022: .* 1 January 2023"):
        year_snapshot(garden, 2022)
    with pytest.raises(ValueError, match="2027 has not happened yet"):
        year_snapshot(garden, 2027)


def test_an_empty_garden_has_nothing_to_draw(garden):
    assert snapshot_years(garden) == []
    with pytest.raises(NoGardenYetError, match="no plants yet"):
        year_snapshot(garden, 2026)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Giulia Rossi", "G. R."),
        ("Zoë Lefèvre", "Z. L."),
        ("Maria de la Cruz", "M. C."),
        ("Jean-Luc Picard", "J. P."),
        ("王芳", "王."),
        ("Αλέξανδρος Παππάς", "Α. Π."),
        ("Cher", "C."),
        ("ßabine Ölz", "ß. Ö."),
    ],
)
def test_initials(name, expected):
    assert initials(name) == expected


def test_name_forms_shorten_a_name_step_by_step():
    assert name_forms("Giulia Rossi") == ("Giulia Rossi", "Giulia R.", "Giulia")
    assert name_forms("Maria de la Cruz") == ("Maria de la Cruz", "Maria C.", "Maria")
    assert name_forms("王芳") == ("王芳",)


# --- the beds on the page -----------------------------------------------------------------


def _people(counts: dict[Circle, int]) -> list:
    out = []
    for circle, count in counts.items():
        for _ in range(count):
            pid = len(out) + 1
            out.append(person(pid, circle, name=f"Person {pid:03d}"))
    return out


def _placed_ids(page) -> list[int]:
    return [slot.person_id for bed in page.beds for slot in bed.layout.slots]


def test_a_small_garden_stands_side_by_side_and_larger_than_a_stack():
    people = _people({Circle.HEART: 1, Circle.CLOSE: 1, Circle.FRIENDS: 1, Circle.MEADOW: 2})
    page = fit_beds(people, 2100, 1700, most_zoom=10)
    assert sorted(_placed_ids(page)) == [p.id for p in people]
    # Fewer shelves than beds: some beds share one soil line.
    assert len({bed.y + bed.layout.height for bed in page.beds}) < len(page.beds)
    stacked = layout_garden(people, 400)
    assert page.zoom > min(2100 / stacked.width, 1700 / stacked.height) * 1.2
    assert page.width * page.zoom <= 2100 + 1e-6 and page.height * page.zoom <= 1700 + 1e-6


def test_a_big_garden_keeps_the_window_s_stack_of_beds():
    people = _people({Circle.HEART: 5, Circle.CLOSE: 12, Circle.FRIENDS: 45, Circle.MEADOW: 90})
    page = fit_beds(people, 2100, 1700, most_zoom=10)
    tops = [bed.y for bed in page.beds]
    assert tops == sorted(tops) and len(set(tops)) == len(page.beds)  # one bed per shelf
    assert [bed.layout.beds[0].circle for bed in page.beds] == list(Circle)
    assert sorted(_placed_ids(page)) == [p.id for p in people]
    assert page.width * page.zoom <= 2100 + 1e-6 and page.height * page.zoom <= 1700 + 1e-6


def test_the_page_never_zooms_past_the_limit_and_ignores_the_order_of_people():
    people = _people({Circle.HEART: 2, Circle.FRIENDS: 3})
    page = fit_beds(people, 2100, 1700, most_zoom=2.5)
    assert page.zoom == 2.5
    shuffled = people[:]
    random.Random(4).shuffle(shuffled)
    assert fit_beds(shuffled, 2100, 1700, most_zoom=2.5) == page
    renamed = [dataclasses.replace(p, name=p.name.upper()) for p in people]
    assert fit_beds(renamed, 2100, 1700, most_zoom=2.5).zoom == page.zoom
