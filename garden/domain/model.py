"""The nouns of the garden: people, interactions, circles, rests.

Plain frozen dataclasses: the store maps rows to these, the growth model and the
services compute with them, and nothing here knows about SQL or Qt.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum


class Circle(StrEnum):
    """Dunbar's layers, innermost first."""

    HEART = "heart"
    CLOSE = "close"
    FRIENDS = "friends"
    MEADOW = "meadow"

    @property
    def default_cadence(self) -> int | None:
        """Days you would like between contacts; None for the meadow, which never wilts."""
        return _DEFAULT_CADENCE[self]

    @property
    def suggested_size(self) -> int:
        """About how many people the layer holds (Dunbar: 5, 15, 50, 150)."""
        return _SUGGESTED_SIZE[self]


_DEFAULT_CADENCE: dict[Circle, int | None] = {
    Circle.HEART: 7,
    Circle.CLOSE: 30,
    Circle.FRIENDS: 90,
    Circle.MEADOW: None,
}

_SUGGESTED_SIZE: dict[Circle, int] = {
    Circle.HEART: 5,
    Circle.CLOSE: 15,
    Circle.FRIENDS: 50,
    Circle.MEADOW: 150,
}


class Channel(StrEnum):
    """How you were in touch, from the least to the most personal."""

    MESSAGE = "message"
    LETTER = "letter"  # a letter or a gift
    CALL = "call"
    VIDEO = "video"
    ACTIVITY = "activity"  # something done together
    IN_PERSON = "in-person"


class Depth(StrEnum):
    BRIEF = "brief"
    GOOD = "good"  # a good conversation
    DEEP = "deep"


class ReachedOut(StrEnum):
    ME = "me"
    THEM = "them"
    BOTH = "both"


class Favour(StrEnum):
    GIVEN = "given"
    RECEIVED = "received"


class Species(StrEnum):
    """Plant species; each is a different generator in `shape.py`."""

    FERN = "fern"
    SUNFLOWER = "sunflower"
    ROSE = "rose"
    TULIP = "tulip"
    LAVENDER = "lavender"
    CACTUS = "cactus"
    IVY = "ivy"
    TREE = "tree"


@dataclass(frozen=True, slots=True)
class Birthday:
    """A birthday, with the year when it is known."""

    month: int
    day: int
    year: int | None = None

    def __post_init__(self) -> None:
        # 2000 is a leap year, so 29 February is accepted when the year is unknown.
        dt.date(self.year if self.year is not None else 2000, self.month, self.day)

    def iso(self) -> str:
        """`YYYY-MM-DD`, or `--MM-DD` (the vCard form) when the year is unknown."""
        if self.year is None:
            return f"--{self.month:02d}-{self.day:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    def next_on_or_after(self, day: dt.date) -> dt.date:
        """The next date this birthday falls on, `day` included.

        29 February falls on 28 February in common years.
        """
        for year in (day.year, day.year + 1):
            candidate = self._in_year(year)
            if candidate >= day:
                return candidate
        raise AssertionError("unreachable: a birthday comes round within a year")

    def _in_year(self, year: int) -> dt.date:
        try:
            return dt.date(year, self.month, self.day)
        except ValueError:  # 29 February in a common year
            return dt.date(year, 2, 28)


@dataclass(frozen=True, slots=True)
class Person:
    id: int
    name: str
    circle: Circle
    species: Species
    created: dt.datetime
    nickname: str = ""
    how_met: str = ""
    birthday: Birthday | None = None
    notes: str = ""
    cadence_override: int | None = None
    archived_at: dt.datetime | None = None
    archive_note: str = ""
    topics: tuple[str, ...] = ()

    @property
    def cadence(self) -> int | None:
        """Days between contacts that keep this plant happy; None means it never wilts."""
        if self.circle is Circle.MEADOW:
            return None
        return self.cadence_override or self.circle.default_cadence

    @property
    def archived(self) -> bool:
        return self.archived_at is not None


@dataclass(frozen=True, slots=True)
class Interaction:
    id: int
    person_id: int
    on: dt.date
    channel: Channel = Channel.MESSAGE
    depth: Depth = Depth.GOOD
    reached_out: ReachedOut = ReachedOut.ME
    at: dt.time | None = None
    favour: Favour | None = None
    note: str = ""
    topics: tuple[str, ...] = ()
    created: dt.datetime = field(default_factory=lambda: dt.datetime(1970, 1, 1))


@dataclass(frozen=True, slots=True)
class Rest:
    """A pause in wilting (a holiday, hard times), `start` to `end` inclusive.

    `person_id` None means the whole garden rests.
    """

    id: int
    start: dt.date
    end: dt.date
    person_id: int | None = None
    note: str = ""


@dataclass(frozen=True, slots=True)
class Snooze:
    """No reminders about one person until `until` (they are back in reminders that day)."""

    person_id: int
    until: dt.date

    def covers(self, day: dt.date) -> bool:
        return day < self.until


@dataclass(frozen=True, slots=True)
class ThingToShare:
    """Something saved for one person: a song, a recipe, a link, a meme.

    `shared_at` is when it was ticked off as shared; None while it is still waiting.
    """

    id: int
    person_id: int
    text: str
    created: dt.datetime
    shared_at: dt.datetime | None = None

    @property
    def shared(self) -> bool:
        return self.shared_at is not None
