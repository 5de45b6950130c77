"""Small factories for domain objects and Hypothesis strategies over them."""

from __future__ import annotations

import datetime as dt
import itertools

from hypothesis import strategies as st

from garden.domain.model import (
    Channel,
    Circle,
    Depth,
    Favour,
    Interaction,
    Person,
    ReachedOut,
    Rest,
    Species,
)

START = dt.date(2024, 1, 1)
_ids = itertools.count(1)


def day(offset: int) -> dt.date:
    return START + dt.timedelta(days=offset)


def person(
    pid: int = 1,
    circle: Circle = Circle.CLOSE,
    cadence: int | None = None,
    planted: dt.date = START,
    name: str = "Giulia Rossi",
) -> Person:
    return Person(
        id=pid,
        name=name,
        circle=circle,
        species=Species.ROSE,
        created=dt.datetime.combine(planted, dt.time(9, 0)),
        cadence_override=cadence,
    )


def moment(
    offset: int,
    channel: Channel = Channel.IN_PERSON,
    depth: Depth = Depth.DEEP,
    pid: int = 1,
    favour: Favour | None = None,
) -> Interaction:
    return Interaction(
        id=next(_ids),
        person_id=pid,
        on=day(offset),
        channel=channel,
        depth=depth,
        reached_out=ReachedOut.ME,
        favour=favour,
    )


channels = st.sampled_from(list(Channel))
depths = st.sampled_from(list(Depth))
favours = st.one_of(st.none(), st.sampled_from(list(Favour)))
cadences = st.sampled_from([7, 30, 90]) | st.integers(min_value=1, max_value=400)


@st.composite
def moments(draw: st.DrawFn, max_offset: int = 900, pid: int = 1) -> Interaction:
    return moment(
        draw(st.integers(0, max_offset)),
        draw(channels),
        draw(depths),
        pid=pid,
        favour=draw(favours),
    )


def logs(max_size: int = 40, max_offset: int = 900) -> st.SearchStrategy[list[Interaction]]:
    return st.lists(moments(max_offset=max_offset), max_size=max_size)


@st.composite
def rests(draw: st.DrawFn, max_offset: int = 900, pid: int = 1) -> Rest:
    start = draw(st.integers(0, max_offset))
    length = draw(st.integers(0, 60))
    whole = draw(st.booleans())
    return Rest(
        id=next(_ids), start=day(start), end=day(start + length), person_id=None if whole else pid
    )
