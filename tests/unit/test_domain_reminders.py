"""When a day's reminder slot begins (garden.domain.reminders)."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from garden.domain.reminders import QuietHours, ReminderSettings, _latest_slot, delivery_moment

ONE_DAY = dt.timedelta(days=1)


@st.composite
def settings(draw: st.DrawFn) -> ReminderSettings:
    start, end = draw(st.times()), draw(st.times())
    quiet = QuietHours(start, end) if start != end else None
    return ReminderSettings(time=draw(st.times()), quiet=quiet)


@given(st.dates(dt.date(2000, 1, 1), dt.date(2100, 1, 1)), settings())
def test_a_slot_begins_on_its_day_or_before_the_next_midnight_but_one(day, chosen):
    begins = delivery_moment(day, chosen)
    assert dt.datetime.combine(day, dt.time()) <= begins
    assert begins < dt.datetime.combine(day + 2 * ONE_DAY, dt.time())


@given(st.datetimes(dt.datetime(2000, 1, 3), dt.datetime(2100, 1, 1)), settings(), st.booleans())
def test_the_latest_slot_is_the_last_one_that_has_begun(moment, chosen, strictly):
    day = _latest_slot(moment, chosen, strictly=strictly)
    begun = delivery_moment(day, chosen)
    assert begun < moment or (begun == moment and not strictly)
    following = delivery_moment(day + ONE_DAY, chosen)
    assert following > moment or (following == moment and strictly)
