"""Which days are rest days, counted fast.

A rest pauses wilting. The growth model only ever asks two questions of the rests
that apply to one plant: "is this day a rest day?" and "how many rest days lie in
this stretch?". Overlapping periods are merged once, then both answers come from a
binary search over the merged periods and their running lengths.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from collections.abc import Iterable

from garden.domain.model import Rest


class RestCalendar:
    """The merged rest days of one plant (its own rests and the whole garden's)."""

    __slots__ = ("_before", "_ends", "_starts")

    def __init__(self, periods: Iterable[tuple[dt.date, dt.date]] = ()) -> None:
        spans = sorted((a.toordinal(), b.toordinal()) for a, b in periods if a <= b)
        starts: list[int] = []
        ends: list[int] = []
        for start, end in spans:
            if ends and start <= ends[-1] + 1:
                ends[-1] = max(ends[-1], end)
            else:
                starts.append(start)
                ends.append(end)
        before = [0]
        for start, end in zip(starts, ends, strict=True):
            before.append(before[-1] + end - start + 1)
        self._starts = starts
        self._ends = ends
        self._before = before  # rest days in all periods before index i

    @classmethod
    def for_person(cls, person_id: int, rests: Iterable[Rest]) -> RestCalendar:
        return cls((r.start, r.end) for r in rests if r.person_id in (None, person_id))

    def __bool__(self) -> bool:
        return bool(self._starts)

    def rest_days_through(self, day: int) -> int:
        """Rest days on or before ordinal `day`."""
        i = bisect_right(self._starts, day) - 1
        if i < 0:
            return 0
        return self._before[i] + min(day, self._ends[i]) - self._starts[i] + 1

    def rest_days_between(self, after: int, through: int) -> int:
        """Rest days in the ordinal range (after, through]."""
        if not self._starts or through <= after:
            return 0
        return self.rest_days_through(through) - self.rest_days_through(after)

    def is_rest(self, day: int) -> bool:
        i = bisect_right(self._starts, day) - 1
        return i >= 0 and day <= self._ends[i]

    def active_days_between(self, after: int, through: int) -> int:
        """Days in (after, through] that are not rest days: the days a plant can wilt on."""
        if through <= after:
            return 0
        return through - after - self.rest_days_between(after, through)

    def add_active_days(self, start: int, days: int) -> int:
        """The first ordinal `d` with `days` active days in (start, d]."""
        end = start + days
        while (short := days - self.active_days_between(start, end)) > 0:
            end += short
        return end
