"""What the import readers produce: contacts read from a file, not yet in the garden.

The readers (`vcard`, `contacts_csv`, `garden_json`) turn a file into an `ImportFile`
or raise `ImportFileError` naming the file, the line and the reason. They apply the same
rules as typing a person in by hand, so an import never stops half-way on a value the
garden would refuse: every refusal happens while reading, before anything is written.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from garden.domain.model import (
    Birthday,
    Circle,
    Interaction,
    Rest,
    Snooze,
    Species,
    ThingToShare,
)
from garden.domain.reminders import DeliveredDigest
from garden.i18n import _
from garden.services.garden import (
    MAX_NAME,
    MAX_SHORT_TEXT,
    ValidationError,
    _clean_cadence,
    _clean_line,
    _clean_text,
    _clean_topics,
)

#: Called as reading and saving go on: `progress(stage, done, total)`, where `stage` is
#: "reading" (lines or records of the file) or "saving" (people written). Raising from
#: it cancels the import; nothing is changed.
Progress = Callable[[str, int, int], None]

#: The oldest birth year taken from a file; older ones are kept as day and month only.
EARLIEST_BIRTH_YEAR = 1900
#: Apple Contacts writes this year for a birthday whose year is not known.
APPLE_NO_YEAR = 1604


def no_progress(stage: str, done: int, total: int) -> None:
    """The progress callback that shows nothing."""


class ImportFileError(ValueError):
    """A file that cannot be imported; `str()` names the file, the line and the reason."""

    def __init__(self, source: str, line: int | None, reason: str) -> None:
        if line:
            message = _("{source}, line {line}: {reason}; nothing was imported.").format(
                source=source, line=line, reason=reason
            )
        else:
            message = _("{source}: {reason}; nothing was imported.").format(
                source=source, reason=reason
            )
        super().__init__(message)
        self.source = source
        self.line = line
        self.reason = reason


@dataclass(frozen=True, slots=True)
class Contact:
    """One person as a file describes them. `line` is where they start in the file;
    `source_id` is their id in one of our own JSON exports."""

    name: str
    line: int
    nickname: str = ""
    birthday: Birthday | None = None
    notes: str = ""
    circle: Circle | None = None
    how_met: str = ""
    topics: tuple[str, ...] = ()
    cadence: int | None = None
    species: Species | None = None
    created: dt.datetime | None = None
    archived_at: dt.datetime | None = None
    archive_note: str = ""
    source_id: int | None = None


@dataclass(frozen=True, slots=True)
class ImportFile:
    """Everything read from one file. Interactions, rests, snoozes, things to share and
    the log of reminder digests (our JSON only) point at people by their `source_id`;
    `left_out` says, line by line, what was skipped."""

    source: str
    kind: str
    contacts: tuple[Contact, ...]
    interactions: tuple[Interaction, ...] = ()
    rests: tuple[Rest, ...] = ()
    settings: Mapping[str, Any] = field(default_factory=dict)
    snoozes: tuple[Snooze, ...] = ()
    things: tuple[ThingToShare, ...] = ()
    digests: tuple[DeliveredDigest, ...] = ()
    left_out: tuple[str, ...] = ()


def checked_contact(contact: Contact, source: str) -> Contact:
    """`contact` with its text cleaned by the rules the garden applies to typed input,
    or `ImportFileError` at its line (a NUL character, too long, no name...)."""
    try:
        return Contact(
            name=_clean_line(contact.name, "name", MAX_NAME, required=True),
            line=contact.line,
            nickname=_clean_line(contact.nickname, "nickname", MAX_NAME),
            birthday=contact.birthday,
            notes=_clean_text(contact.notes, "notes"),
            circle=contact.circle,
            how_met=_clean_text(contact.how_met, "how you met", MAX_SHORT_TEXT),
            topics=_clean_topics(contact.topics),
            cadence=_clean_cadence(contact.cadence),
            species=contact.species,
            created=contact.created,
            archived_at=contact.archived_at,
            archive_note=_clean_text(contact.archive_note, "archive note"),
            source_id=contact.source_id,
        )
    except ValidationError as exc:
        raise ImportFileError(source, contact.line, exc.message) from None


_CIRCLE_WORDS = {c.value: c for c in Circle}


def circle_from_text(text: str, source: str, line: int) -> Circle | None:
    """A circle's name as a file spells it (any case); empty means "not said"."""
    key = text.strip().casefold()
    if not key:
        return None
    if key not in _CIRCLE_WORDS:
        raise ImportFileError(
            source,
            line,
            _("unknown circle “{circle}” (use heart, close, friends or meadow)").format(
                circle=text.strip()
            ),
        )
    return _CIRCLE_WORDS[key]


_ISO_DATE = re.compile(r"^(\d{4})-?(\d{2})-?(\d{2})$")
_NO_YEAR = re.compile(r"^(?:--|-)?(\d{2})-?(\d{2})$")
_DOTTED = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$")
_SLASHED = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})$")


def birthday_from_text(text: str, today: dt.date) -> tuple[Birthday | None, str | None]:
    """A birthday as contact files write it, and a note when part of it was left out.

    Understood: `1990-05-17`, `19900517`, `1990-05-17T00:00:00Z`, `--05-17`, `--0517`,
    `05-17` (no year), Apple's year 1604 (no year), `17.5.1990`, and `5/17/1990` or
    `17/5/1990` (month first unless the first number cannot be a month, as Outlook and
    Google write them in English). A year before 1900 or after today is left out.
    """
    value = text.strip()
    if not value or value in ("0/0/00", "0000-00-00"):
        return None, None
    if "T" in value and value[:1].isdigit():
        value = value.split("T", 1)[0]
    year: int | None
    if match := _ISO_DATE.match(value):
        year, month, day = (int(g) for g in match.groups())
    elif match := _NO_YEAR.match(value):
        year, month, day = None, int(match.group(1)), int(match.group(2))
    elif match := _DOTTED.match(value):
        day, month, year = (int(g) for g in match.groups())
    elif match := _SLASHED.match(value):
        first, second, year = (int(g) for g in match.groups())
        if year < 100:
            year += 1900 if year > today.year % 100 else 2000
        month, day = (second, first) if first > 12 else (first, second)
    else:
        return None, _("birthday “{text}” not understood; left out").format(text=text.strip())
    note = None
    if year == APPLE_NO_YEAR:
        year = None
    elif year is not None and not EARLIEST_BIRTH_YEAR <= year <= today.year:
        note = _("birth year {year} looks wrong; kept the day and month only").format(year=year)
        year = None
    try:
        return Birthday(month, day, year), note
    except ValueError:
        return None, _("birthday “{text}” is not a real date; left out").format(text=text.strip())


#: Cells a spreadsheet would run as a formula start with one of these.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
#: What a leading `'` says "this is text" before (an apostrophe too, so that our own text
#: that starts with `'` and one of these comes back whole).
_ESCAPED_STARTS = (*FORMULA_STARTS, "'")


def unescape_formula(cell: str) -> str:
    """Undo `escape_formula` (our CSV export), so an export imports back unchanged. A
    leading `'` is taken away only before what the export escapes; other cells (a
    contact file's "'quoted" text) are read as they are."""
    if cell.startswith("'") and cell[1:].startswith(_ESCAPED_STARTS):
        return cell[1:]
    return cell


def escape_formula(cell: str) -> str:
    """A cell a spreadsheet will show as text: a leading `'` before =, +, -, @, tab or CR
    (OWASP's advice against CSV formula injection), and before text that reading back
    would otherwise shorten (`'+1` becomes `''+1`)."""
    if cell.startswith(FORMULA_STARTS) or unescape_formula(cell) != cell:
        return "'" + cell
    return cell
