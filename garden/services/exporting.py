"""Exporting the garden: the full JSON export, people as CSV or vCard, birthdays as a
calendar. Every file is written atomically and readable by the user only (0600).

JSON holds everything, archived people included. CSV, vCard and the calendar hold the
people in the garden now (archived ones are left out: you let them go).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from garden.domain.model import Person
from garden.i18n import _
from garden.services.contacts_csv import write_contacts_csv
from garden.services.formats import EXPORT_FORMATS
from garden.services.garden import Garden
from garden.services.garden_json import write_garden_json
from garden.services.vcard import write_vcards
from garden.store.atomic import write_atomically


class ExportError(ValueError):
    """An export that cannot be made as asked (a message for the user)."""


@dataclass(frozen=True, slots=True)
class ExportResult:
    path: Path
    format: str
    people: int
    size: int


def _birthday_events(people: Iterable[Person], now: dt.datetime) -> bytes:
    from icalendar import Calendar, Event  # only needed here; keeps the CLI start quick

    calendar = Calendar()
    calendar.add("prodid", "-//Relationship Garden//Birthdays//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", _("Birthdays"))
    stamp = now.astimezone(dt.UTC)
    for person in people:
        if person.birthday is None:
            continue
        birthday = person.birthday
        # Without a year, start in 2000: a leap year, so 29 February exists too.
        first = dt.date(birthday.year or 2000, birthday.month, birthday.day)
        event = Event()
        event.add("uid", f"birthday-{person.id}-{person.created:%Y%m%d%H%M%S}@relationship-garden")
        event.add("dtstamp", stamp)
        event.add("summary", _("{name}’s birthday").format(name=person.name))
        event.add("dtstart", first)
        event.add("dtend", first + dt.timedelta(days=1))
        if (birthday.month, birthday.day) == (2, 29):
            # Celebrated on the last day of February in common years, as the garden does;
            # a plain yearly rule would skip three years out of four.
            event.add("rrule", {"freq": "yearly", "bymonth": 2, "bymonthday": -1})
        else:
            event.add("rrule", {"freq": "yearly"})
        event.add("transp", "TRANSPARENT")
        calendar.add_component(event)
    return bytes(calendar.to_ical())


def export_bytes(garden: Garden, fmt: str) -> tuple[bytes, int]:
    """The export in `fmt` (json, csv, vcf or ics) and how many people it holds."""
    if fmt == "json":
        return write_garden_json(garden), len(garden.people(include_archived=True))
    people = garden.people()
    if fmt == "csv":
        return write_contacts_csv(people), len(people)
    if fmt == "vcf":
        return write_vcards(people), len(people)
    if fmt == "ics":
        with_birthday = [p for p in people if p.birthday]
        return _birthday_events(with_birthday, garden.clock.now()), len(with_birthday)
    raise ExportError(
        _("Unknown export format “{fmt}” (use {formats})").format(
            fmt=fmt, formats=", ".join(EXPORT_FORMATS)
        )
    )


def export_garden(garden: Garden, fmt: str, path: Path) -> ExportResult:
    """Write the export to `path` atomically (0600); `StoreError` if it cannot be written,
    leaving any file already there as it was."""
    if path.is_dir():
        raise ExportError(_("{path} is a folder; give a file name").format(path=path))
    if not path.parent.is_dir():
        raise ExportError(
            _("Cannot write {out}: the folder {parent} does not exist").format(
                out=path, parent=path.parent
            )
        )
    data, count = export_bytes(garden, fmt)
    write_atomically(path, data)
    return ExportResult(path, fmt, count, len(data))
