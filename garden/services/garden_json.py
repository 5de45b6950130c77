"""The garden's own full export: every person (archived ones too), interaction, rest,
setting, snooze, thing to share and reminder digest shown, as versioned JSON.

The document is deterministic (records by id, keys in a fixed order, no time of export),
so exporting, importing into an empty garden and exporting again gives the same bytes.
`format_version` goes up when the shape changes in a way an older reader would misread;
fields may be added without a new version, and readers ignore fields they do not know.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from garden.domain.dates import parse_birthday
from garden.domain.model import (
    Channel,
    Circle,
    Depth,
    Favour,
    Interaction,
    Person,
    ReachedOut,
    Rest,
    Snooze,
    Species,
    ThingToShare,
)
from garden.domain.reminders import (
    DEFAULT_BIRTHDAY_LEAD,
    DEFAULT_COUNT,
    DEFAULT_TIME,
    MAX_BIRTHDAY_LEAD,
    MAX_COUNT,
    DeliveredDigest,
    Reason,
)
from garden.i18n import _
from garden.services.contacts import (
    Contact,
    ImportFile,
    ImportFileError,
    Progress,
    checked_contact,
    no_progress,
)
from garden.services.garden import (
    EARLIEST_DAY,
    Garden,
    ValidationError,
    _clean_text,
    _clean_topics,
    clean_birthday,
    clean_rest,
)
from garden.services.reminders import (
    BIRTHDAY_LEAD_KEY,
    COUNT_KEY,
    PAUSED_KEY,
    QUIET_KEY,
    TIME_KEY,
    _clock_text,
    _int_setting,
    _paused_setting,
    _quiet_json,
    _quiet_setting,
    _time_setting,
    paused_json,
)
from garden.services.reminders import _clean_thing as clean_thing

FORMAT_NAME = "relationship-garden"
FORMAT_VERSION = 1
#: The tables a full export covers (topics travel inside people and interactions). A test
#: fails when the schema gains a table that is not listed here, so a new kind of data
#: cannot silently stay out of the export.
EXPORTED_TABLES = frozenset(
    {
        "person",
        "interaction",
        "topic",
        "interaction_topic",
        "person_topic",
        "rest",
        "setting",
        "snooze",
        "thing_to_share",
        "digest",
        "digest_person",
    }
)


def _seconds(value: dt.datetime) -> str:
    return value.replace(microsecond=0).isoformat()


def person_record(person: Person) -> dict[str, Any]:
    return {
        "id": person.id,
        "name": person.name,
        "nickname": person.nickname,
        "circle": person.circle.value,
        "cadence_override": person.cadence_override,
        "species": person.species.value,
        "birthday": person.birthday.iso() if person.birthday else None,
        "how_met": person.how_met,
        "notes": person.notes,
        "topics": list(person.topics),
        "created": _seconds(person.created),
        "archived": _seconds(person.archived_at) if person.archived_at else None,
        "archive_note": person.archive_note,
    }


def interaction_record(item: Interaction) -> dict[str, Any]:
    return {
        "id": item.id,
        "person": item.person_id,
        "date": item.on.isoformat(),
        "time": item.at.isoformat(timespec="minutes") if item.at else None,
        "channel": item.channel.value,
        "depth": item.depth.value,
        "reached_out": item.reached_out.value,
        "favour": item.favour.value if item.favour else None,
        "topics": list(item.topics),
        "note": item.note,
        "created": _seconds(item.created),
    }


def rest_record(rest: Rest) -> dict[str, Any]:
    return {
        "id": rest.id,
        "person": rest.person_id,
        "from": rest.start.isoformat(),
        "to": rest.end.isoformat(),
        "note": rest.note,
    }


def snooze_record(snooze: Snooze) -> dict[str, Any]:
    return {"person": snooze.person_id, "until": snooze.until.isoformat()}


def thing_record(thing: ThingToShare) -> dict[str, Any]:
    return {
        "id": thing.id,
        "person": thing.person_id,
        "text": thing.text,
        "created": _seconds(thing.created),
        "shared": _seconds(thing.shared_at) if thing.shared_at else None,
    }


def digest_record(digest: DeliveredDigest) -> dict[str, Any]:
    return {
        "slot": digest.slot.isoformat(),
        "through": digest.through.isoformat(),
        "shown_at": _seconds(digest.at),
        "people": [{"person": pid, "reason": reason.value} for pid, reason in digest.shown],
    }


def garden_document(garden: Garden) -> dict[str, Any]:
    """The whole garden as plain data (see the README for the format)."""
    settings = garden.repo.all_settings()
    things = garden.repo.things_to_share(include_shared=True)
    return {
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        "people": [person_record(p) for p in garden.people(include_archived=True)],
        "interactions": [
            interaction_record(i) for i in sorted(garden.interactions(), key=lambda i: i.id)
        ],
        "rests": [rest_record(r) for r in sorted(garden.rests(), key=lambda r: r.id)],
        "settings": {key: settings[key] for key in sorted(settings)},
        "snoozes": [snooze_record(s) for s in garden.repo.snoozes()],
        "things_to_share": [thing_record(t) for t in sorted(things, key=lambda t: t.id)],
        "digests": [digest_record(d) for d in garden.repo.all_digests()],
    }


def write_garden_json(garden: Garden) -> bytes:
    """The full export as UTF-8 JSON text."""
    text = json.dumps(garden_document(garden), ensure_ascii=False, indent=2)
    return (text + "\n").encode("utf-8")


# --- reading ----------------------------------------------------------------------------

_T = TypeVar("_T")


class _RecordError(Exception):
    pass


def _not_among(person: int) -> str:
    return _("“{key}” {person} is not among the people in the file").format(
        key="person", person=person
    )


def _field(record: Mapping[str, Any], key: str, kind: type[_T], *, optional: bool = False) -> Any:
    value = record.get(key)
    if value is None:
        if optional:
            return None
        raise _RecordError(_("“{key}” is missing").format(key=key))
    if kind is int and isinstance(value, bool):
        raise _RecordError(_("“{key}” should be a number").format(key=key))
    if not isinstance(value, kind):
        if kind is int:
            raise _RecordError(_("“{key}” should be a number").format(key=key))
        raise _RecordError(_("“{key}” should be text").format(key=key))
    return value


def _parse(key: str, text: str, parse: Callable[[str], _T]) -> _T:
    try:
        return parse(text)
    except ValueError:
        raise _RecordError(
            _("“{key}” has an unexpected value “{value}”").format(key=key, value=text[:40])
        ) from None


def _text_list(record: Mapping[str, Any], key: str) -> tuple[str, ...]:
    value = record.get(key) or []
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise _RecordError(_("“{key}” should be a list of text").format(key=key))
    return tuple(value)


def _checked(check: Callable[[], _T]) -> _T:
    """What `check` (one of the services' rules for typed input) returns, its refusal
    becoming the record's problem."""
    try:
        return check()
    except ValidationError as exc:
        raise _RecordError(exc.message) from None


def _contact(record: Mapping[str, Any], today: dt.date) -> Contact:
    archived = _field(record, "archived", str, optional=True)
    text = _field(record, "birthday", str, optional=True)
    birthday = _parse("birthday", text, parse_birthday) if text else None
    return Contact(
        name=_field(record, "name", str),
        line=0,
        nickname=_field(record, "nickname", str, optional=True) or "",
        birthday=_checked(lambda: clean_birthday(birthday, today)),
        notes=_field(record, "notes", str, optional=True) or "",
        circle=_parse("circle", _field(record, "circle", str), Circle),
        how_met=_field(record, "how_met", str, optional=True) or "",
        topics=_text_list(record, "topics"),
        cadence=_field(record, "cadence_override", int, optional=True),
        species=_parse("species", _field(record, "species", str), Species),
        created=_parse("created", _field(record, "created", str), dt.datetime.fromisoformat),
        archived_at=_parse("archived", archived, dt.datetime.fromisoformat) if archived else None,
        archive_note=_field(record, "archive_note", str, optional=True) or "",
        source_id=_field(record, "id", int),
    )


def _interaction(record: Mapping[str, Any], people: set[int], today: dt.date) -> Interaction:
    person = _field(record, "person", int)
    if person not in people:
        raise _RecordError(_not_among(person))
    on = _parse("date", _field(record, "date", str), dt.date.fromisoformat)
    if not EARLIEST_DAY <= on <= today + dt.timedelta(days=1):
        raise _RecordError(_("the date {date} is out of range").format(date=on.isoformat()))
    at = _field(record, "time", str, optional=True)
    favour = _field(record, "favour", str, optional=True)
    note = _checked(lambda: _clean_text(_field(record, "note", str, optional=True) or "", "note"))
    topics = _checked(lambda: _clean_topics(_text_list(record, "topics")))
    return Interaction(
        id=_field(record, "id", int),
        person_id=person,
        on=on,
        at=_parse("time", at, dt.time.fromisoformat) if at else None,
        channel=_parse("channel", _field(record, "channel", str), Channel),
        depth=_parse("depth", _field(record, "depth", str), Depth),
        reached_out=_parse("reached_out", _field(record, "reached_out", str), ReachedOut),
        favour=_parse("favour", favour, Favour) if favour else None,
        note=note,
        topics=topics,
        created=_parse("created", _field(record, "created", str), dt.datetime.fromisoformat),
    )


def _rest(record: Mapping[str, Any], people: set[int]) -> Rest:
    person = _field(record, "person", int, optional=True)
    if person is not None and person not in people:
        raise _RecordError(_not_among(person))
    start = _parse("from", _field(record, "from", str), dt.date.fromisoformat)
    end = _parse("to", _field(record, "to", str), dt.date.fromisoformat)
    note = _field(record, "note", str, optional=True) or ""
    return Rest(
        id=_field(record, "id", int),
        start=start,
        end=end,
        person_id=person,
        note=_checked(lambda: clean_rest(start, end, note)),
    )


def _snooze(record: Mapping[str, Any], people: set[int]) -> Snooze:
    person = _field(record, "person", int)
    if person not in people:
        raise _RecordError(_not_among(person))
    return Snooze(person, _parse("until", _field(record, "until", str), dt.date.fromisoformat))


def _thing(record: Mapping[str, Any], people: set[int]) -> ThingToShare:
    person = _field(record, "person", int)
    if person not in people:
        raise _RecordError(_not_among(person))
    shared = _field(record, "shared", str, optional=True)
    text = _field(record, "text", str)
    if not text.strip():
        raise _RecordError(_("“{key}” is empty").format(key="text"))
    return ThingToShare(
        id=_field(record, "id", int),
        person_id=person,
        text=_checked(lambda: clean_thing(text)),
        created=_parse("created", _field(record, "created", str), dt.datetime.fromisoformat),
        shared_at=_parse("shared", shared, dt.datetime.fromisoformat) if shared else None,
    )


def _digest(record: Mapping[str, Any], people: set[int]) -> DeliveredDigest:
    shown: list[tuple[int, Reason]] = []
    entries = record.get("people") or []
    if not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
        raise _RecordError(_("“{key}” should be a list of records").format(key="people"))
    for entry in entries:
        person = _field(entry, "person", int)
        if person not in people or person in {p for p, _reason in shown}:
            raise _RecordError(
                _("“{key}” {person} is unknown or listed twice").format(key="person", person=person)
            )
        shown.append((person, _parse("reason", _field(entry, "reason", str), Reason)))
    slot = _parse("slot", _field(record, "slot", str), dt.date.fromisoformat)
    through = _parse("through", _field(record, "through", str), dt.date.fromisoformat)
    if through < slot:
        raise _RecordError(
            _("“{later}” is before “{earlier}”").format(later="through", earlier="slot")
        )
    return DeliveredDigest(
        slot=slot,
        through=through,
        at=_parse("shown_at", _field(record, "shown_at", str), dt.datetime.fromisoformat),
        shown=tuple(shown),
    )


#: Each setting the garden keeps, read and written back as the reminders do: a value that
#: does not come back the same is not one the garden would have written.
_SETTINGS: dict[str, Callable[[Any], Any]] = {
    COUNT_KEY: lambda v: _int_setting(v, DEFAULT_COUNT, 1, MAX_COUNT),
    TIME_KEY: lambda v: _clock_text(_time_setting(v, DEFAULT_TIME)),
    QUIET_KEY: lambda v: _quiet_json(_quiet_setting(v)),
    BIRTHDAY_LEAD_KEY: lambda v: _int_setting(v, DEFAULT_BIRTHDAY_LEAD, 0, MAX_BIRTHDAY_LEAD),
    PAUSED_KEY: lambda v: paused_json(_paused_setting(v)),
}


def _settings(settings: Mapping[str, Any], source: str, left_out: list[str]) -> dict[str, Any]:
    """The settings of the file that this garden keeps, each checked; others left out."""
    out: dict[str, Any] = {}
    for key, value in settings.items():
        again = _SETTINGS.get(key)
        if again is None:
            left_out.append(
                _("setting “{key}”, which this version does not know").format(
                    key=" ".join(key.split())[:40]
                )
            )
            continue
        if json.dumps(again(value)) != json.dumps(value):
            problem = _("“{key}” has an unexpected value “{value}”").format(
                key=key, value=json.dumps(value, ensure_ascii=False).strip('"')[:40]
            )
            raise ImportFileError(
                source, None, _("{where}: {problem}").format(where="settings", problem=problem)
            )
        out[key] = value
    return out


def looks_like_garden_json(data: bytes) -> bool:
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    return head.startswith(b"{") and FORMAT_NAME.encode() in head


def read_garden_json(
    data: bytes, source: str, today: dt.date, progress: Progress = no_progress
) -> ImportFile:
    """A full export read back; `ImportFileError` names the record and what is wrong with
    it (or the line and column of a JSON syntax error)."""
    try:
        document = json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise ImportFileError(source, None, _("not UTF-8 text")) from None
    except json.JSONDecodeError as exc:
        raise ImportFileError(
            source,
            exc.lineno,
            _("not valid JSON ({problem}, column {column})").format(
                problem=exc.msg, column=exc.colno
            ),
        ) from None
    except RecursionError:
        raise ImportFileError(source, None, _("not a garden export (nested too deeply)")) from None
    if not isinstance(document, dict) or document.get("format") != FORMAT_NAME:
        raise ImportFileError(source, None, _("not a Relationship Garden export"))
    version = document.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise ImportFileError(
            source, None, _("the export has no valid {key}").format(key="format_version")
        )
    if version > FORMAT_VERSION:
        raise ImportFileError(
            source,
            None,
            _(
                "the export was made by a newer version of the app (format {version};"
                " this version reads up to {known}); please update the app"
            ).format(version=version, known=FORMAT_VERSION),
        )
    sections: dict[str, list[Any]] = {}
    for key in ("people", "interactions", "rests", "snoozes", "things_to_share", "digests"):
        value = document.get(key, [])
        if not isinstance(value, list) or not all(isinstance(r, dict) for r in value):
            raise ImportFileError(
                source, None, _("“{key}” should be a list of records").format(key=key)
            )
        sections[key] = value
    settings = document.get("settings", {})
    if not isinstance(settings, dict):
        raise ImportFileError(source, None, _("“{key}” should be an object").format(key="settings"))
    total = sum(len(v) for v in sections.values())
    done = 0
    contacts: list[Contact] = []
    interactions: list[Interaction] = []
    rests: list[Rest] = []
    snoozes: list[Snooze] = []
    things: list[ThingToShare] = []
    digests: list[DeliveredDigest] = []
    seen: dict[str, set[int]] = {key: set() for key in sections}
    for key, records in sections.items():
        for index, record in enumerate(records):
            where = f"{key}[{index}]"
            try:
                if key == "people":
                    contact = _contact(record, today)
                    contact = checked_contact(contact, f"{source}, {where}")
                    identity = contact.source_id or 0
                    contacts.append(contact)
                elif key == "interactions":
                    item = _interaction(record, seen["people"], today)
                    identity = item.id
                    interactions.append(item)
                elif key == "rests":
                    rest = _rest(record, seen["people"])
                    identity = rest.id
                    rests.append(rest)
                elif key == "snoozes":
                    snooze = _snooze(record, seen["people"])
                    identity = snooze.person_id
                    snoozes.append(snooze)
                elif key == "things_to_share":
                    thing = _thing(record, seen["people"])
                    identity = thing.id
                    things.append(thing)
                else:
                    digests.append(_digest(record, seen["people"]))
                    identity = len(digests)  # digests have no id of their own
            except ImportFileError:
                raise
            except _RecordError as exc:
                raise ImportFileError(
                    source, None, _("{where}: {problem}").format(where=where, problem=exc)
                ) from None
            except ValueError as exc:  # a Birthday that is not a real date
                raise ImportFileError(
                    source, None, _("{where}: {problem}").format(where=where, problem=exc)
                ) from None
            if identity <= 0 or identity in seen[key]:
                raise ImportFileError(
                    source,
                    None,
                    _("{where}: the id {id} is not unique").format(where=where, id=identity),
                )
            seen[key].add(identity)
            done += 1
            if done % 5000 == 0:
                progress("reading", done, total)
    left_out: list[str] = []
    kept = _settings(settings, source, left_out)
    progress("reading", total, total)
    return ImportFile(
        source,
        "json",
        tuple(contacts),
        interactions=tuple(interactions),
        rests=tuple(rests),
        settings=kept,
        snoozes=tuple(snoozes),
        things=tuple(things),
        digests=tuple(digests),
        left_out=tuple(left_out),
    )
