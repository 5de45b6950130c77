"""The span of time a person's chart shows: three months, a year, or all of it.

Plain Python (no matplotlib), so the command line can offer the choices without
paying for matplotlib at start-up.
"""

from __future__ import annotations

import calendar
import datetime as dt
from enum import StrEnum

from garden.i18n import N_, _


class ChartRange(StrEnum):
    """How far back a person's chart looks, ending on the chart's day."""

    THREE_MONTHS = "3m"
    YEAR = "1y"
    ALL = "all"

    @property
    def words(self) -> str:
        """The range as the chart's title says it."""
        return _(_WORDS[self])


_WORDS = {
    ChartRange.THREE_MONTHS: N_("the last three months"),
    ChartRange.YEAR: N_("the last year"),
    ChartRange.ALL: N_("all your time together"),
}


def months_before(day: dt.date, months: int) -> dt.date:
    """The same day `months` calendar months earlier (31 May - 3 months = 28/29 February)."""
    index = day.year * 12 + (day.month - 1) - months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return dt.date(year, month + 1, min(day.day, last))


def range_start(span: ChartRange, end: dt.date, planted: dt.date) -> dt.date:
    """The first day a chart of `span` ending on `end` shows.

    Three months and a year end on `end` and start the day after the same date three
    months or a year earlier; "all" starts on the day the plant was planted.
    """
    if span is ChartRange.ALL:
        return planted
    months = 3 if span is ChartRange.THREE_MONTHS else 12
    return months_before(end, months) + dt.timedelta(days=1)
