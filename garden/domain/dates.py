"""Dates as a user types them: ISO dates, `today`, `yesterday`, `-3d`, `-2w`."""

from __future__ import annotations

import datetime as dt
import re

from garden.domain.model import Birthday
from garden.i18n import _

_RELATIVE = re.compile(r"^-(\d{1,5})([dw])$")


class DateError(ValueError):
    """Text that is not a date we understand, or a date that is not allowed."""


def parse_day(text: str, today: dt.date) -> dt.date:
    """`YYYY-MM-DD`, `today`, `yesterday`, `-Nd` (N days ago) or `-Nw` (N weeks ago)."""
    value = text.strip().lower()
    if value == "today":
        return today
    if value == "yesterday":
        return today - dt.timedelta(days=1)
    if match := _RELATIVE.match(value):
        amount = int(match.group(1)) * (7 if match.group(2) == "w" else 1)
        try:
            return today - dt.timedelta(days=amount)
        except OverflowError as exc:
            raise DateError(_("“{text}” goes back too far").format(text=text)) from exc
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise DateError(
            _("“{text}” is not a date; use YYYY-MM-DD, today, yesterday or -3d").format(text=text)
        ) from None


def parse_past_day(text: str, today: dt.date) -> dt.date:
    """Like `parse_day`, refusing dates after `today` (nothing is logged in advance)."""
    day = parse_day(text, today)
    if day > today:
        raise DateError(
            _("{date} is in the future; log things once they happened").format(date=day.isoformat())
        )
    return day


def parse_birthday(text: str) -> Birthday:
    """`YYYY-MM-DD`, or `--MM-DD` / `MM-DD` when the year is not known."""
    value = text.strip()
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            day = dt.date.fromisoformat(value)
            return Birthday(day.month, day.day, day.year)
        if match := re.fullmatch(r"(?:--)?(\d{1,2})-(\d{1,2})", value):
            return Birthday(int(match.group(1)), int(match.group(2)))
    except ValueError:
        pass
    raise DateError(
        _("“{text}” is not a birthday; use YYYY-MM-DD, or MM-DD without the year").format(text=text)
    )
