"""Importing people from vCard, CSV or our own JSON export: a preview, then all or nothing.

`plan_import` reads and checks the whole file and says who is new and who may already be
in the garden (same name, ignoring case and accents). `apply_import` backs the garden up
and writes the plan in one transaction: any error, or a cancel from the progress
callback, leaves the garden exactly as it was.

People from a contact file go to the meadow unless the file names a circle. A full JSON
export brings everything back: into an empty garden with the same ids (so exporting
again gives the same file), otherwise as new people next to the ones already there, with
their moments, rests, snoozes and things to share (not the log of reminders shown).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from garden.domain.model import Circle, Interaction, Person, Rest, Snooze, Species, ThingToShare
from garden.domain.names import name_key
from garden.i18n import _, ngettext
from garden.services.changes import Change, Records
from garden.services.contacts import Contact, ImportFile, ImportFileError, Progress, no_progress
from garden.services.contacts_csv import read_contacts_csv
from garden.services.garden import Garden, choose_species
from garden.services.garden_json import looks_like_garden_json, read_garden_json
from garden.services.vcard import looks_like_vcard, read_vcards
from garden.store.backup import Backup, BackupReason

#: Bigger files are refused before reading: no contact export comes near this.
MAX_FILE_BYTES = 512 * 1024 * 1024
#: Circle for people whose file does not say.
DEFAULT_CIRCLE = Circle.MEADOW


@dataclass(frozen=True, slots=True)
class ImportPlan:
    """What importing a file would do: who is new, who may already be in the garden (with
    the person they match), how many moments and rests come along, and what the file has
    that will be left out."""

    path: Path
    file: ImportFile
    new: tuple[Contact, ...]
    existing: tuple[tuple[Contact, Person], ...]

    @property
    def kind(self) -> str:
        return self.file.kind

    @property
    def left_out(self) -> tuple[str, ...]:
        return self.file.left_out

    @property
    def interactions(self) -> int:
        return len(self.file.interactions)


@dataclass(frozen=True, slots=True)
class ImportResult:
    """What an import did: the change (everything it added) and the backup made before."""

    change: Change
    backup: Backup | None
    people: int
    interactions: int
    skipped_existing: int


def detect_format(path: Path, data: bytes) -> str:
    """vcard, csv or json, from the content first and the file's extension second."""
    if looks_like_vcard(data):
        return "vcard"
    if looks_like_garden_json(data):
        return "json"
    suffix = path.suffix.casefold()
    if suffix in (".vcf", ".vcard"):
        return "vcard"
    if suffix == ".json":
        return "json"
    return "csv"


def read_import_file(
    path: Path, garden: Garden, progress: Progress = no_progress, kind: str | None = None
) -> ImportFile:
    """Read and check the whole file; `ImportFileError` (file, line, reason) if it cannot
    be imported, `FileNotFoundError` if it is not there."""
    source = path.name
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ImportFileError(source, None, _("the file is too big to be a contact export"))
        data = path.read_bytes()
    except (FileNotFoundError, IsADirectoryError):
        raise
    except OSError as exc:
        raise ImportFileError(
            source, None, _("cannot read it ({reason})").format(reason=exc.strerror)
        ) from exc
    kind = kind or detect_format(path, data)
    today = garden.today()
    if kind == "vcard":
        return read_vcards(data, source, today, progress)
    if kind == "json":
        return read_garden_json(data, source, today, progress)
    return read_contacts_csv(data, source, today, progress)


def _existing_by_key(garden: Garden) -> dict[str, Person]:
    found: dict[str, Person] = {}
    for person in garden.repo.people(include_archived=True):
        found.setdefault(name_key(person.name), person)
    return found


def plan_import(
    garden: Garden, path: Path, progress: Progress = no_progress, kind: str | None = None
) -> ImportPlan:
    """Read `path` and compare it with the garden; changes nothing."""
    imported = read_import_file(path, garden, progress, kind)
    existing = _existing_by_key(garden)
    new: list[Contact] = []
    matches: list[tuple[Contact, Person]] = []
    for contact in imported.contacts:
        match = existing.get(name_key(contact.name))
        if match is None:
            new.append(contact)
        else:
            matches.append((contact, match))
    return ImportPlan(path, imported, tuple(new), tuple(matches))


def apply_import(
    garden: Garden,
    plan: ImportPlan,
    *,
    add_existing: bool = False,
    progress: Progress = no_progress,
) -> ImportResult:
    """Back the garden up, then add the plan's people (and, from a JSON export, their
    interactions, rests, snoozes and things to share, the garden-wide rests, and settings
    the garden does not have yet) in one transaction. People who may already exist are
    skipped unless `add_existing`. Nothing already in the garden is replaced.

    All or nothing: on any error, or when `progress` raises, nothing is changed. The
    change lists everything added, so undo takes all of it away and redo brings it back.
    """
    backup = garden.make_backup(BackupReason.BEFORE_IMPORT) if garden.path else None
    imported = plan.file
    now = garden.clock.now()
    repo = garden.repo
    with repo.transaction():
        # Look again under the write lock: someone may have been added since the preview.
        existing = _existing_by_key(garden)
        present_rests = repo.rests()
        # Into an empty garden a JSON export keeps its ids (exporting again gives the same
        # file); a kind of record keeps them only where the garden has none of that kind,
        # so nothing already there is ever overwritten.
        json_ids = imported.kind == "json"
        keep_ids = json_ids and not existing and repo.count_interactions() == 0
        keep_rest_ids = json_ids and not present_rests
        chosen = [c for c in imported.contacts if add_existing or name_key(c.name) not in existing]
        skipped = len(imported.contacts) - len(chosen)
        species = Counter(repo.species_counts())
        people = [_person(c, now, species, keep_ids) for c in chosen]
        total = len(people)
        ids: list[int] = []
        for start in range(0, total, 2000):
            ids.extend(repo.insert_people(people[start : start + 2000]))
            progress("saving", len(ids), total)
        mapping = {c.source_id: pid for c, pid in zip(chosen, ids, strict=True) if c.source_id}
        items = _interactions(imported.interactions, mapping, keep_ids)
        repo.insert_interactions(items)
        rests: dict[int, Rest | None] = {}
        for rest in _rests(imported.rests, mapping, keep_rest_ids, present_rests):
            rid = repo.put_rest(rest)
            rests[rid] = dataclasses.replace(rest, id=rid)
        snoozes: dict[int, Snooze | None] = {}
        for snooze in imported.snoozes:
            if snooze.person_id in mapping:
                snoozes[mapping[snooze.person_id]] = moved = dataclasses.replace(
                    snooze, person_id=mapping[snooze.person_id]
                )
                repo.put_snooze(moved)
        things: dict[int, ThingToShare | None] = {}
        for thing in imported.things:
            if thing.person_id in mapping:
                thing = dataclasses.replace(
                    thing,
                    id=thing.id if keep_ids else 0,  # no people: no things
                    person_id=mapping[thing.person_id],
                )
                tid = repo.put_thing_to_share(thing)
                things[tid] = dataclasses.replace(thing, id=tid)
        if keep_ids:
            # The log of digests shown is the reminders' memory of this garden; it means
            # nothing next to another garden's log, so it only comes back into an empty one.
            for digest in imported.digests:
                repo.put_digest(digest)
        present = repo.all_settings()
        settings = {k: v for k, v in imported.settings.items() if k not in present}
        for key, value in settings.items():
            repo.put_setting(key, value)
        # Read back as stored (topics take the spelling the garden already had).
        wanted = set(ids)
        added = {p.id: p for p in repo.people(include_archived=True) if p.id in wanted}
        moments = {i.id: i for i in repo.interactions() if i.person_id in wanted}
    change = Change(
        _summary(len(ids), plan.path.name),
        Records(
            people=dict.fromkeys(added),
            interactions=dict.fromkeys(moments),
            rests=dict.fromkeys(rests),
            snoozes=dict.fromkeys(snoozes),
            things=dict.fromkeys(things),
            settings=dict.fromkeys(settings),
        ),
        Records(
            people=added,
            interactions=moments,
            rests=rests,
            snoozes=snoozes,
            things=things,
            settings=settings,
        ),
        frozenset(settings),
    )
    return ImportResult(garden.bulk_changed(change), backup, len(ids), len(items), skipped)


def _summary(count: int, name: str) -> str:
    return ngettext(
        "Imported {count} person from {name}", "Imported {count} people from {name}", count
    ).format(count=count, name=name)


def _person(
    contact: Contact, now: dt.datetime, species: Counter[Species], keep_ids: bool
) -> Person:
    return Person(
        id=contact.source_id if keep_ids and contact.source_id else 0,
        name=contact.name,
        circle=contact.circle or DEFAULT_CIRCLE,
        species=contact.species or choose_species(species),
        created=contact.created or now,
        nickname=contact.nickname,
        how_met=contact.how_met,
        birthday=contact.birthday,
        notes=contact.notes,
        cadence_override=contact.cadence,
        archived_at=contact.archived_at,
        archive_note=contact.archive_note,
        topics=contact.topics,
    )


def _interactions(
    items: Sequence[Interaction], mapping: dict[int, int], keep_ids: bool
) -> list[Interaction]:
    return [
        dataclasses.replace(i, id=i.id if keep_ids else 0, person_id=mapping[i.person_id])
        for i in items
        if i.person_id in mapping
    ]


def _rests(
    rests: Sequence[Rest], mapping: dict[int, int], keep_ids: bool, present: Sequence[Rest]
) -> list[Rest]:
    already = {(r.person_id, r.start, r.end, r.note) for r in present}
    out: list[Rest] = []
    for rest in rests:
        if rest.person_id is not None and rest.person_id not in mapping:
            continue  # that person was skipped
        person = None if rest.person_id is None else mapping[rest.person_id]
        if (person, rest.start, rest.end, rest.note) in already:
            continue
        out.append(dataclasses.replace(rest, id=rest.id if keep_ids else 0, person_id=person))
    return out


__all__ = [
    "ImportFileError",
    "ImportPlan",
    "ImportResult",
    "apply_import",
    "plan_import",
    "read_import_file",
]
