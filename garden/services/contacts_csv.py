"""CSV: reading Google Contacts (and Outlook) exports and simple `name,birthday,circle,notes`
files; writing the garden's people safely for spreadsheets.

The file's encoding is found from its byte-order mark (UTF-8, UTF-16), else by trying
UTF-8 and falling back to Windows-1252, which is what spreadsheets on Windows save.
Columns are recognised by their header, in any order and any case; a file whose first
row is not a header is read as name, birthday, circle, notes.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Iterable, Sequence

from garden.domain.model import Person, Species
from garden.i18n import _
from garden.services.contacts import (
    Contact,
    ImportFile,
    ImportFileError,
    Progress,
    birthday_from_text,
    checked_contact,
    circle_from_text,
    escape_formula,
    no_progress,
    unescape_formula,
)

#: Header spellings we understand, by what the column holds.
_COLUMNS: dict[str, tuple[str, ...]] = {
    "name": ("name", "full name", "display name", "fn"),
    "prefix": ("name prefix", "prefix", "title"),
    "first": ("first name", "given name"),
    "middle": ("middle name", "additional name"),
    "last": ("last name", "family name", "surname"),
    "suffix": ("name suffix", "suffix"),
    "nickname": ("nickname",),
    "birthday": ("birthday", "bday", "date of birth", "birth date"),
    "notes": ("notes", "note"),
    "circle": ("circle",),
    "how_met": ("how_met", "how met", "how we met"),
    "topics": ("topics",),
    "cadence": ("cadence_days", "cadence"),
    "species": ("species",),
    "organization": ("organization name", "organization 1 - name", "company"),
}
_HEADER_WORDS = {spelling: key for key, spellings in _COLUMNS.items() for spelling in spellings}
#: The headerless layout.
_SIMPLE = ("name", "birthday", "circle", "notes")
#: The columns of our export, in order (import reads them all back).
EXPORT_COLUMNS = (
    "name",
    "birthday",
    "circle",
    "notes",
    "nickname",
    "how_met",
    "topics",
    "cadence_days",
    "species",
)


def decode_text(data: bytes) -> str:
    """The text of a CSV file: UTF-8 (with or without BOM), UTF-16 (BOM, or the telltale
    zero bytes of ASCII text without one), else Windows-1252."""
    if data.startswith(b"\xef\xbb\xbf"):
        encodings: Sequence[str] = ("utf-8-sig",)
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        encodings = ("utf-16",)
    elif len(data) >= 4 and data[1:4:2] == b"\x00\x00" and data[0:4:2] != b"\x00\x00":
        encodings = ("utf-16-le",)
    elif len(data) >= 4 and data[0:4:2] == b"\x00\x00" and data[1:4:2] != b"\x00\x00":
        encodings = ("utf-16-be",)
    else:
        encodings = ("utf-8", "cp1252")
    for encoding in encodings:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")


def _delimiter(first_line: str) -> str:
    """Comma, or the semicolon or tab that European spreadsheets use, by the header."""
    counts = {d: first_line.count(d) for d in (",", ";", "\t")}
    best = max(counts, key=lambda d: (counts[d], d == ","))
    return best if counts[best] else ","


def _header_map(row: Sequence[str]) -> dict[str, int] | None:
    found: dict[str, int] = {}
    for index, cell in enumerate(row):
        key = _HEADER_WORDS.get(" ".join(cell.strip().lstrip("\ufeff").casefold().split()))
        if key and key not in found:
            found[key] = index
    names = {"name", "first", "last", "middle", "nickname", "organization"}
    return found if names & set(found) else None


def read_contacts_csv(
    data: bytes, source: str, today: dt.date, progress: Progress = no_progress
) -> ImportFile:
    """The contacts in a CSV file; `ImportFileError` (file, line, reason) on bad quoting,
    a NUL byte or an unknown circle. Rows without any name are left out, and said so."""
    text = decode_text(data)
    first_line = text.split("\n", 1)[0]
    reader = csv.reader(
        io.StringIO(text, newline=""), delimiter=_delimiter(first_line), strict=True
    )
    total = text.count("\n") + 1
    contacts: list[Contact] = []
    left_out: list[str] = []
    columns: dict[str, int] | None = None
    row_start = 1
    try:
        for row in reader:
            line = row_start
            row_start = reader.line_num + 1
            if line % 5000 == 0:
                progress("reading", line, total)
            if not any(cell.strip() for cell in row):
                continue
            if columns is None:
                columns = _header_map(row)
                if columns is not None:
                    continue
                columns = {key: index for index, key in enumerate(_SIMPLE)}
            contact = _contact(row, columns, line, source, today, left_out)
            if contact is not None:
                contacts.append(contact)
    except csv.Error as exc:
        raise ImportFileError(
            source, reader.line_num or 1, _("not valid CSV ({problem})").format(problem=exc)
        ) from None
    if not contacts and not left_out:
        raise ImportFileError(source, None, _("no contacts found"))
    progress("reading", total, total)
    return ImportFile(source, "csv", tuple(contacts), left_out=tuple(left_out))


def _contact(
    row: Sequence[str],
    columns: dict[str, int],
    line: int,
    source: str,
    today: dt.date,
    left_out: list[str],
) -> Contact | None:
    def cell(key: str) -> str:
        index = columns.get(key)
        if index is None or index >= len(row):
            return ""
        return unescape_formula(row[index]).strip()

    name = cell("name")
    if not name:
        parts = (cell("prefix"), cell("first"), cell("middle"), cell("last"), cell("suffix"))
        name = " ".join(p for p in parts if p)
    name = name or cell("nickname") or cell("organization")
    if not name:
        left_out.append(_("line {line}: a row without a name was left out").format(line=line))
        return None
    birthday, note = birthday_from_text(cell("birthday"), today)
    if note:
        left_out.append(_("line {line}: {note}").format(line=line, note=note))
    cadence_text = cell("cadence")
    try:
        cadence = int(cadence_text) if cadence_text else None
    except ValueError:
        raise ImportFileError(
            source, line, _("cadence “{text}” is not a number").format(text=cadence_text)
        ) from None
    species = None
    if species_text := cell("species").casefold():
        try:
            species = Species(species_text)
        except ValueError:
            left_out.append(
                _("line {line}: unknown species “{species}”; one was chosen").format(
                    line=line, species=species_text
                )
            )
    topics = topics_from_cell(cell("topics"))
    contact = Contact(
        name=name,
        line=line,
        nickname=cell("nickname"),
        birthday=birthday,
        notes=cell("notes"),
        circle=circle_from_text(cell("circle"), source, line),
        how_met=cell("how_met"),
        topics=topics,
        cadence=cadence,
        species=species,
    )
    return checked_contact(contact, source)


def topics_cell(topics: Iterable[str]) -> str:
    """Topics in one cell, "; " between them. A `;` inside a topic is written `\\;`, and a
    backslash that reading would take for an escape (before `;` or `\\`, or last) `\\\\`;
    any other backslash stays as it is, so "C:\\photos" reads the same in a spreadsheet."""
    cells = []
    for topic in topics:
        out = []
        for index, ch in enumerate(topic):
            if ch == ";" or (ch == "\\" and topic[index + 1 : index + 2] in ("", ";", "\\")):
                out.append("\\")
            out.append(ch)
        cells.append("".join(out))
    return "; ".join(cells)


def topics_from_cell(text: str) -> tuple[str, ...]:
    """The topics of a cell: split at each `;` that is not written `\\;` (see `topics_cell`),
    so a file typed by hand ("music; walks") reads as expected too."""
    topics: list[str] = []
    current: list[str] = []
    chars = iter(text)
    for ch in chars:
        if ch == "\\":
            following = next(chars, "")
            current.append(following if following in (";", "\\") else ch + following)
        elif ch == ";":
            topics.append("".join(current))
            current = []
        else:
            current.append(ch)
    topics.append("".join(current))
    return tuple(t.strip() for t in topics if t.strip())


def _birthday_cell(person: Person) -> str:
    # No leading "--" for a birthday without a year: spreadsheets read "--05-17" as a
    # formula (minus minus five minus seventeen). "05-17" is what `garden add` takes.
    if person.birthday is None:
        return ""
    if person.birthday.year is None:
        return f"{person.birthday.month:02d}-{person.birthday.day:02d}"
    return person.birthday.iso()


def write_contacts_csv(people: Iterable[Person]) -> bytes:
    """The people as CSV (UTF-8 with a BOM so spreadsheets detect it, CRLF), every text
    cell that a spreadsheet would run as a formula escaped with a leading `'`."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    writer.writerow(EXPORT_COLUMNS)
    for person in people:
        cells = [
            person.name,
            _birthday_cell(person),
            person.circle.value,
            person.notes,
            person.nickname,
            person.how_met,
            topics_cell(person.topics),
            str(person.cadence_override) if person.cadence_override else "",
            person.species.value,
        ]
        writer.writerow([escape_formula(c) for c in cells])
    return buffer.getvalue().encode("utf-8-sig")
