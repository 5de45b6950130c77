"""vCard 2.1, 3.0 and 4.0: reading contacts from phone and address-book exports, and
writing the garden's people as vCard 3.0.

Each content line (`group.NAME;PARAM=value:value`, quoted parameters included) is taken
apart by vobject's parser. Around it we do what vobject's reader gets wrong or too slowly
on real exports: a byte-order mark; folded lines that split a UTF-8 character; vCard 2.1
quoted-printable soft line breaks (a line ending in `=` continues on the next line, with
no leading space); a CHARSET per line, or raw Latin-1 with none; line numbers for
errors; and 50,000 cards in a second or two rather than twenty (its component layer
builds an object per property). Unknown properties are skipped unread.
"""

from __future__ import annotations

import datetime as dt
import quopri
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field

from vobject.base import VObjectError, parseLine

from garden.domain.model import Person
from garden.i18n import _
from garden.services.contacts import (
    Contact,
    ImportFile,
    ImportFileError,
    Progress,
    birthday_from_text,
    checked_contact,
    circle_from_text,
    no_progress,
)

#: Our own extension property, so a vCard export imports back into the same circle.
CIRCLE_PROPERTY = "X-RELATIONSHIP-GARDEN-CIRCLE"

_LINE_BREAK = re.compile(rb"\r\n|\r|\n")
#: `[group.]NAME` followed by parameters or the value: enough to decide whether to read on.
_PROPERTY_NAME = re.compile(r"(?:[A-Za-z0-9_-]+\.)?([A-Za-z0-9_-]+)(?=[;:])[^:]*:")
_WANTED = frozenset({"FN", "N", "NICKNAME", "BDAY", "NOTE", "ORG", CIRCLE_PROPERTY})


def looks_like_vcard(data: bytes) -> bool:
    """True when the file starts like a vCard (after a byte-order mark and blank lines)."""
    head = _text_head(data)
    return head.lstrip().upper().startswith("BEGIN:VCARD")


def _text_head(data: bytes) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data[:400].decode("utf-16", errors="ignore")
    return data[:200].decode("utf-8", errors="ignore").lstrip("\ufeff")


def _physical_lines(data: bytes) -> list[bytes]:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            data = data.decode("utf-16").encode("utf-8")
        except UnicodeDecodeError:
            raise ImportFileError("", None, _("the file says UTF-16 but is not")) from None
    lines = _LINE_BREAK.split(data)
    if lines and lines[0].startswith(b"\xef\xbb\xbf"):
        lines[0] = lines[0][3:]
    return lines


def _params_part(line: bytes | bytearray) -> bytes:
    colon = line.find(b":")
    return bytes(line if colon < 0 else line[:colon])


def _is_quoted_printable(line: bytes | bytearray) -> bool:
    return b"QUOTED-PRINTABLE" in _params_part(line).upper()


def _logical_lines(lines: Sequence[bytes]) -> Iterator[tuple[int, bytes]]:
    """Unfold: (first line number, whole content line in bytes)."""
    current: bytearray | None = None
    start = 0
    soft_break = False
    for number, raw in enumerate(lines, 1):
        if soft_break and current is not None:
            current.extend(raw)  # quoted-printable continues, leading space and all
        elif raw[:1] in (b" ", b"\t") and current is not None:
            current.extend(raw[1:])  # a folded line
        elif not raw.strip():
            if current is not None:
                yield start, bytes(current)
            current = None
            continue
        else:
            if current is not None:
                yield start, bytes(current)
            current, start = bytearray(raw), number
        soft_break = current.endswith(b"=") and _is_quoted_printable(current)
        if soft_break:
            del current[-1]
    if current is not None:
        yield start, bytes(current)


_CHARSET = re.compile(rb"CHARSET=\"?([A-Za-z0-9_.:-]+)", re.IGNORECASE)


def _decode(raw: bytes, charset: str | None) -> str:
    """Text of `raw`: UTF-8 when it is, else the line's CHARSET, else Windows-1252."""
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    for encoding in (charset, "cp1252"):
        if encoding:
            try:
                return raw.decode(encoding)
            except (LookupError, ValueError):
                continue
    return raw.decode("latin-1")


def _line_charset(raw: bytes) -> str | None:
    match = _CHARSET.search(_params_part(raw))
    return match.group(1).decode("ascii") if match else None


_ESCAPE = re.compile(r"\\(.)", re.DOTALL)
_ESCAPED = {"n": "\n", "N": "\n", ",": ",", ";": ";", "\\": "\\", ":": ":"}


def _unescape(text: str) -> str:
    return _ESCAPE.sub(lambda m: _ESCAPED.get(m.group(1), "\\" + m.group(1)), text)


def _split(text: str, separator: str) -> list[str]:
    """Split on `separator` where it is not escaped with a backslash."""
    parts: list[str] = []
    current: list[str] = []
    escaped = False
    for ch in text:
        if escaped:
            current.append("\\" + ch)
            escaped = False
        elif ch == "\\":
            escaped = True
        elif ch == separator:
            parts.append("".join(current))
            current = []
        else:
            current.append(ch)
    if escaped:
        current.append("\\")
    parts.append("".join(current))
    return parts


@dataclass
class _Card:
    line: int
    values: dict[str, list[tuple[int, str]]] = field(default_factory=dict)
    depth: int = 1


def _value(params: list[list[str]], value: str) -> str:
    """The property's value decoded: quoted-printable and CHARSET, as vCard 2.1 uses."""
    if any(p.upper() == "QUOTED-PRINTABLE" for param in params for p in param):
        charset = next((p[1] for p in params if p[0].upper() == "CHARSET" and len(p) > 1), None)
        return _decode(quopri.decodestring(value.encode("utf-8")), charset)
    return value


def read_vcards(
    data: bytes, source: str, today: dt.date, progress: Progress = no_progress
) -> ImportFile:
    """The contacts in a vCard file (any of 2.1, 3.0 and 4.0, even mixed).

    Raises `ImportFileError` (file, line, reason) on a line that is not a vCard property,
    a property outside a card, or a card that never ends. A card with no name at all is
    left out and said so in `left_out`; so is a birthday we cannot read.
    """
    try:
        lines = _physical_lines(data)
    except ImportFileError as exc:
        raise ImportFileError(source, None, exc.reason) from None
    total = len(lines)
    contacts: list[Contact] = []
    left_out: list[str] = []
    card: _Card | None = None
    previous_base64 = False
    for count, (number, raw) in enumerate(_logical_lines(lines)):
        if count % 5000 == 0:
            progress("reading", number, total)
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            text = _decode(raw, _line_charset(raw))
        text = text.lstrip("\ufeff")
        # Most lines (phones, e-mails, photos) are not wanted: a cheap look at the name
        # skips them, and vobject's full parser runs only on the lines we read.
        head = _PROPERTY_NAME.match(text)
        if head is None:
            if previous_base64 and ":" not in text:
                continue  # vCard 2.1 base64 (a photo) spilling onto unindented lines
            raise ImportFileError(
                source, number, _("this line is not a vCard property (NAME:value)")
            )
        quick_name = head.group(1).upper().replace("_", "-")
        if quick_name not in _WANTED and quick_name not in ("BEGIN", "END"):
            previous_base64 = (
                "BASE64" in text[: head.end()].upper() or "ENCODING=B" in text[: head.end()].upper()
            )
            if card is None:
                raise ImportFileError(source, number, _("this line is outside any BEGIN:VCARD"))
            continue
        try:
            name, params, value, _group = parseLine(text, number)
        except VObjectError:
            raise ImportFileError(
                source, number, _("this line is not a vCard property (NAME:value)")
            ) from None
        name = name.upper()
        previous_base64 = any(
            "BASE64" in p.upper() or p.upper() == "B" for param in params for p in param[1:]
        ) or any(param[0].upper() == "BASE64" for param in params)
        if name == "BEGIN":
            if value.strip().upper() != "VCARD":
                if card is None:
                    raise ImportFileError(
                        source, number, _("BEGIN:{value} is not a vCard").format(value=value)
                    )
                card.depth += 1
            elif card is None:
                card = _Card(number)
            else:
                card.depth += 1  # vCard 2.1 AGENT: a card inside a card, not a contact
            continue
        if card is None:
            raise ImportFileError(source, number, _("this line is outside any BEGIN:VCARD"))
        if name == "END":
            card.depth -= 1
            if card.depth == 0:
                contact = _contact(card, source, today, left_out)
                if contact is not None:
                    contacts.append(contact)
                card = None
            continue
        if card.depth == 1 and name in _WANTED:
            card.values.setdefault(name, []).append((number, _value(params, value)))
    if card is not None:
        raise ImportFileError(source, card.line, _("this card has no END:VCARD"))
    if not contacts and not left_out:
        raise ImportFileError(
            source, None, _("no vCards found (nothing between BEGIN:VCARD and END:VCARD)")
        )
    progress("reading", total, total)
    return ImportFile(source, "vcard", tuple(contacts), left_out=tuple(left_out))


def _first(card: _Card, name: str) -> tuple[int, str] | None:
    values = card.values.get(name)
    return values[0] if values else None


def _name_from_n(value: str) -> str:
    parts = [_unescape(p).replace(",", " ").strip() for p in _split(value, ";")]
    parts += [""] * (5 - len(parts))
    family, given, additional, prefix, suffix = parts[:5]
    return " ".join(p for p in (prefix, given, additional, family, suffix) if p)


def _contact(card: _Card, source: str, today: dt.date, left_out: list[str]) -> Contact | None:
    name = ""
    if found := _first(card, "FN"):
        name = _unescape(found[1])
    if not name.strip() and (found := _first(card, "N")):
        name = _name_from_n(found[1])
    nickname = ""
    if found := _first(card, "NICKNAME"):
        nickname = _unescape(_split(found[1], ",")[0])
    if not name.strip() and nickname.strip():
        name = nickname
    if not name.strip() and (found := _first(card, "ORG")):
        name = _unescape(_split(found[1], ";")[0])
    if not name.strip():
        left_out.append(_("line {line}: a card without a name was left out").format(line=card.line))
        return None
    birthday = None
    if found := _first(card, "BDAY"):
        birthday, note = birthday_from_text(found[1], today)
        if note:
            left_out.append(_("line {line}: {note}").format(line=found[0], note=note))
    notes = "\n\n".join(
        _unescape(v).strip() for _line, v in card.values.get("NOTE", []) if v.strip()
    )
    circle = None
    if found := _first(card, CIRCLE_PROPERTY):
        circle = circle_from_text(_unescape(found[1]), source, found[0])
    contact = Contact(
        name=name, line=card.line, nickname=nickname, birthday=birthday, notes=notes, circle=circle
    )
    return checked_contact(contact, source)


# --- writing ----------------------------------------------------------------------------


def _escape(text: str) -> str:
    return (
        text.replace("\\", "\\\\")
        .replace("\r\n", "\n")
        .replace("\n", "\\n")
        .replace(",", "\\,")
        .replace(";", "\\;")
    )


def _fold(line: str) -> Iterable[str]:
    """Lines of at most 75 octets, never splitting a character (RFC 6350 §3.2)."""
    encoded = line.encode("utf-8")
    if len(encoded) <= 75:
        yield line
        return
    limit = 75
    chunk: list[str] = []
    size = 0
    for ch in line:
        width = len(ch.encode("utf-8"))
        if size + width > limit:
            yield "".join(chunk)
            chunk, size, limit = [" "], 1, 75
        chunk.append(ch)
        size += width
    if chunk:
        yield "".join(chunk)


def _n_value(name: str) -> str:
    # Splitting a name into family and given names is guesswork across cultures; the
    # last word as family name is what address books expect from a Western "First Last",
    # and a one-word name (or "王芳") stays whole as the given name.
    words = name.split()
    if len(words) < 2:
        return f";{_escape(name)};;;"
    return f"{_escape(words[-1])};{_escape(' '.join(words[:-1]))};;;"


def write_vcards(people: Iterable[Person]) -> bytes:
    """The people as vCard 3.0 (UTF-8, CRLF, folded), with their circle as an extension."""
    out: list[str] = []
    for person in people:
        lines = [
            "BEGIN:VCARD",
            "VERSION:3.0",
            f"FN:{_escape(person.name)}",
            f"N:{_n_value(person.name)}",
        ]
        if person.nickname:
            lines.append(f"NICKNAME:{_escape(person.nickname)}")
        if person.birthday:
            lines.append(f"BDAY:{person.birthday.iso()}")
        if person.notes:
            lines.append(f"NOTE:{_escape(person.notes)}")
        lines.append(f"{CIRCLE_PROPERTY}:{person.circle.value}")
        lines.append("END:VCARD")
        for line in lines:
            out.extend(_fold(line))
    return ("\r\n".join(out) + "\r\n").encode("utf-8") if out else b""
