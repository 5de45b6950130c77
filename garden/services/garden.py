"""The use cases the window and the command line share.

`Garden` is the one door to a garden: it opens the store, validates what users type,
runs every change in one transaction, returns a `Change` describing it (for refreshes
and undo) and keeps the growth model current without recomputing plants that did not
move.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable, Mapping, MutableMapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

import peewee

from garden.domain.clock import Clock, SystemClock
from garden.domain.growth import GardenModel, PlantState
from garden.domain.model import (
    Birthday,
    Channel,
    Circle,
    Depth,
    Favour,
    Interaction,
    Person,
    ReachedOut,
    Rest,
    Species,
    ThingToShare,
)
from garden.domain.names import name_key, resolve
from garden.domain.reminders import excerpt
from garden.domain.words import moment_words
from garden.i18n import N_, _
from garden.services.changes import Change, Records
from garden.store import db as store_db
from garden.store.paths import data_dir, database_path
from garden.store.repository import Repository

if TYPE_CHECKING:
    from garden.store.backup import Backup, BackupReason, RestoreResult

# Backups load when first needed: the window opens without them and backs up after its
# first paint.

MAX_NAME = 200
MAX_SHORT_TEXT = 500
MAX_NOTE = 100_000
MAX_TOPIC = 60
MAX_TOPICS = 30
MAX_CADENCE = 3650
EARLIEST_DAY = dt.date(1900, 1, 1)
#: Longest rest, in days (ten years).
MAX_REST_DAYS = 3660
#: A change to more people than this rebuilds the growth model rather than updating it.
BULK_PEOPLE = 200


class ValidationError(ValueError):
    """Input a user can fix; `field` names what to fix."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.message = message


class NotFoundError(LookupError):
    """A record that is not (or no longer) in the garden."""


#: What each field is called in messages; the keys are the `field` that code matches on.
FIELD_WORDS = {
    "name": N_("name"),
    "nickname": N_("nickname"),
    "how you met": N_("how you met"),
    "notes": N_("notes"),
    "note": N_("note"),
    "archive note": N_("archive note"),
    "topic": N_("topic"),
    "text": N_("text"),
}


#: Why a backup was made (`Backup.reason`, the last word of its file name), in words.
BACKUP_REASON_WORDS = {
    "daily": N_("daily"),
    "manual": N_("made by you"),
    "before-upgrade": N_("before an upgrade"),
    "before-import": N_("before an import"),
    "before-restore": N_("before a restore"),
}


def backup_reason_words(reason: str) -> str:
    """Why a backup was made, in the current language (an unknown reason as it is)."""
    words = BACKUP_REASON_WORDS.get(reason)
    return _(words) if words is not None else reason


def field_words(field: str) -> str:
    """`field` as messages name it, in the current language."""
    words = FIELD_WORDS.get(field)
    return _(words) if words is not None else field


def _clean_line(value: str, field: str, limit: int, *, required: bool = False) -> str:
    text = " ".join(str(value).split())
    if "\x00" in text:  # SQLite and the JSON export would read the text as ending there
        raise ValidationError(
            field, _("The {field} contains a NUL character").format(field=field_words(field))
        )
    if required and not text:
        raise ValidationError(
            field, _("The {field} cannot be empty").format(field=field_words(field))
        )
    if len(text) > limit:
        raise ValidationError(
            field,
            _("The {field} is too long (at most {limit} characters)").format(
                field=field_words(field), limit=limit
            ),
        )
    return text


def _clean_text(value: str, field: str, limit: int = MAX_NOTE) -> str:
    text = str(value).replace("\r\n", "\n").replace("\r", "\n").strip()
    if "\x00" in text:
        raise ValidationError(
            field, _("The {field} contains a NUL character").format(field=field_words(field))
        )
    if len(text) > limit:
        raise ValidationError(
            field,
            _("The {field} is too long (at most {limit} characters)").format(
                field=field_words(field), limit=limit
            ),
        )
    return text


def _clean_topics(topics: Iterable[str]) -> tuple[str, ...]:
    seen: dict[str, str] = {}
    for topic in topics:
        text = _clean_line(topic, "topic", MAX_TOPIC)
        if text and name_key(text) not in seen:
            seen[name_key(text)] = text
    if len(seen) > MAX_TOPICS:
        raise ValidationError(
            "topics", _("At most {limit} topics, please").format(limit=MAX_TOPICS)
        )
    return tuple(seen.values())


def clean_birthday(birthday: Birthday | None, today: dt.date) -> Birthday | None:
    """`birthday`, unless its year is before 1900 or after `today`'s."""
    if (
        birthday is not None
        and birthday.year is not None
        and not (EARLIEST_DAY.year <= birthday.year <= today.year)
    ):
        raise ValidationError("birthday", _("The birthday's year looks wrong"))
    return birthday


def clean_rest(start: dt.date, end: dt.date, note: str) -> str:
    """The note of a rest from `start` to `end`, cleaned; `ValidationError` if the rest
    cannot be (ends before it starts, lasts more than ten years, starts before 1900)."""
    if end < start:
        raise ValidationError("end", _("A rest must end on or after the day it starts"))
    if (end - start).days > MAX_REST_DAYS:
        raise ValidationError("end", _("A rest can last at most ten years"))
    if start < EARLIEST_DAY:
        raise ValidationError("start", _("{date} is too long ago").format(date=start.isoformat()))
    return _clean_text(note, "note", MAX_SHORT_TEXT)


def _clean_cadence(value: int | None) -> int | None:
    if value is None:
        return None
    if not 1 <= int(value) <= MAX_CADENCE:
        raise ValidationError(
            "cadence",
            _("The cadence must be 1 to {limit} days").format(limit=MAX_CADENCE),
        )
    return int(value)


def choose_species(counts: MutableMapping[Species, int]) -> Species:
    """The species least present in `counts` (plants in the garden by species), so plants
    stay varied; ties go in a fixed order that puts the most distinct shapes first. The
    choice is counted in, so choosing for many new people at once keeps them varied."""
    order = list(Species)
    chosen = min(order, key=lambda s: (counts.get(s, 0), order.index(s)))
    counts[chosen] = counts.get(chosen, 0) + 1
    return chosen


class Garden:
    """One open garden: its store, its clock and its growth model."""

    def __init__(self, repository: Repository, clock: Clock, path: Path | None = None) -> None:
        self.repo = repository
        self.clock = clock
        self.path = path
        self._model: GardenModel | None = None
        self._seen_version = repository.data_version()
        #: Why today's automatic backup could not be made (for the window to show), or None.
        self.backup_problem: str | None = None

    # --- opening ----------------------------------------------------------------------

    @classmethod
    def open(
        cls,
        directory: str | Path | None = None,
        clock: Clock | None = None,
        *,
        daily_backup: bool = True,
    ) -> Garden:
        """Open (creating if needed) the garden in `directory` or the default data folder.

        With `daily_backup` (the default) the day's automatic backup is made now if due;
        the window passes False and calls `backup_if_due` once it is on screen.
        """
        path = database_path(data_dir(directory))
        clock = clock or SystemClock()
        garden = cls(Repository(store_db.connect(path, clock.now())), clock, path)
        if daily_backup:
            garden.backup_if_due()
        return garden

    @classmethod
    def in_memory(cls, clock: Clock | None = None) -> Garden:
        return cls(Repository(store_db.open_memory()), clock or SystemClock())

    def close(self) -> None:
        self.repo.close()

    def __enter__(self) -> Garden:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- reading ----------------------------------------------------------------------

    def today(self) -> dt.date:
        return self.clock.today()

    def people(self, include_archived: bool = False) -> list[Person]:
        return self.repo.people(include_archived)

    def person(self, person_id: int) -> Person:
        person = self.repo.person(person_id)
        if person is None:
            raise NotFoundError(
                _("No person #{person_id} in this garden").format(person_id=person_id)
            )
        return person

    def find(self, query: str, *, archived: bool | None = False) -> Person:
        """The person `query` names; `archived` False looks among active people only,
        True among archived ones, None among everyone."""
        people = self.repo.people(include_archived=True)
        if archived is not None:
            people = [p for p in people if p.archived == archived]
        return resolve(query, people)

    def interactions(self, person_id: int | None = None) -> list[Interaction]:
        return self.repo.interactions(person_id)

    def interaction(self, interaction_id: int) -> Interaction:
        item = self.repo.interaction(interaction_id)
        if item is None:
            raise NotFoundError(
                _("No interaction #{interaction_id} in this garden").format(
                    interaction_id=interaction_id
                )
            )
        return item

    def rests(self) -> list[Rest]:
        return self.repo.rests()

    def topics(self) -> list[str]:
        return [name for name, _count in self.repo.topics()]

    def is_empty(self) -> bool:
        return self.repo.count_people() == 0 and self.repo.count_interactions() == 0

    def model(self) -> GardenModel:
        """The growth model over everyone, archived people included (built on first use)."""
        if self._model is None:
            self._model = GardenModel.from_moments(
                self.repo.people(include_archived=True),
                self.repo.moments(),
                self.repo.rests(),
            )
        return self._model

    def state(self, person_id: int, as_of: dt.date | None = None) -> PlantState | None:
        return self.model().state(person_id, as_of or self.today())

    def states(self, as_of: dt.date | None = None) -> dict[int, PlantState]:
        """Every plant in the garden at the end of `as_of` (default today)."""
        return self.model().states(as_of or self.today())

    def changed_elsewhere(self) -> bool:
        """True (once) when another process has written to the garden since we last
        looked; the model is then rebuilt on next use."""
        version = self.repo.data_version()
        if version == self._seen_version:
            return False
        self._seen_version = version
        self._model = None
        return True

    # --- people -----------------------------------------------------------------------

    def add_person(
        self,
        name: str,
        *,
        circle: Circle = Circle.FRIENDS,
        cadence: int | None = None,
        birthday: Birthday | None = None,
        species: Species | None = None,
        nickname: str = "",
        how_met: str = "",
        notes: str = "",
        topics: Iterable[str] = (),
        created: dt.datetime | None = None,
    ) -> Change:
        person = Person(
            id=0,
            name=_clean_line(name, "name", MAX_NAME, required=True),
            nickname=_clean_line(nickname, "nickname", MAX_NAME),
            how_met=_clean_text(how_met, "how you met", MAX_SHORT_TEXT),
            birthday=self._check_birthday(birthday),
            notes=_clean_text(notes, "notes"),
            circle=Circle(circle),
            cadence_override=_clean_cadence(cadence),
            species=Species(species) if species else choose_species(self.repo.species_counts()),
            created=created or self.clock.now(),
            topics=_clean_topics(topics),
        )
        with self.repo.transaction():
            pid = self.repo.put_person(person)
            saved = self.person(pid)
        change = Change(
            _("Planted {name}").format(name=saved.name),
            Records(people={pid: None}),
            Records(people={pid: saved}),
        )
        return self._after(change)

    def _check_birthday(self, birthday: Birthday | None) -> Birthday | None:
        return clean_birthday(birthday, self.today())

    _PERSON_FIELDS = frozenset(
        {"name", "nickname", "how_met", "birthday", "notes", "circle", "cadence_override",
         "species", "topics"}
    )  # fmt: skip

    def edit_person(self, person_id: int, **fields: Any) -> Change:
        """Change some of a person's details (keyword arguments named as in `Person`)."""
        unknown = set(fields) - self._PERSON_FIELDS
        if unknown:
            raise TypeError(f"cannot edit {', '.join(sorted(unknown))}")
        before = self.person(person_id)
        clean: dict[str, Any] = {}
        for key, value in fields.items():
            if key == "name":
                clean[key] = _clean_line(value, "name", MAX_NAME, required=True)
            elif key == "nickname":
                clean[key] = _clean_line(value, "nickname", MAX_NAME)
            elif key == "how_met":
                clean[key] = _clean_text(value, "how you met", MAX_SHORT_TEXT)
            elif key == "notes":
                clean[key] = _clean_text(value, "notes")
            elif key == "circle":
                clean[key] = Circle(value)
            elif key == "cadence_override":
                clean[key] = _clean_cadence(value)
            elif key == "species":
                clean[key] = Species(value)
            elif key == "topics":
                clean[key] = _clean_topics(value)
            elif key == "birthday":
                clean[key] = self._check_birthday(value)
        after = dataclasses.replace(before, **clean)
        if after == before:
            return Change(_("Nothing to change"), Records(), Records())
        with self.repo.transaction():
            self.repo.put_person(after)
            saved = self.person(person_id)
        return self._after(
            Change(
                _("Edited {name}").format(name=saved.name),
                Records(people={person_id: before}),
                Records(people={person_id: saved}),
            )
        )

    def archive_person(self, person_id: int, note: str = "") -> Change:
        before = self.person(person_id)
        if before.archived:
            raise ValidationError(
                "person", _("{name} is already archived").format(name=before.name)
            )
        after = dataclasses.replace(
            before, archived_at=self.clock.now(), archive_note=_clean_text(note, "note")
        )
        with self.repo.transaction():
            self.repo.put_person(after)
        return self._after(
            Change(
                _("Archived {name}").format(name=before.name),
                Records(people={person_id: before}),
                Records(people={person_id: after}),
            )
        )

    def restore_person(self, person_id: int) -> Change:
        before = self.person(person_id)
        if not before.archived:
            raise ValidationError("person", _("{name} is not archived").format(name=before.name))
        after = dataclasses.replace(before, archived_at=None, archive_note="")
        with self.repo.transaction():
            self.repo.put_person(after)
        return self._after(
            Change(
                _("Brought back {name}").format(name=before.name),
                Records(people={person_id: before}),
                Records(people={person_id: after}),
            )
        )

    def delete_person(self, person_id: int) -> Change:
        """Delete a person with their timeline and rests (undo brings all of it back)."""
        with self.repo.transaction():
            person = self.person(person_id)
            items = self.repo.interactions(person_id)
            rests = [r for r in self.repo.rests() if r.person_id == person_id]
            snooze = self.repo.snooze(person_id)
            things = self.repo.things_to_share(person_id, include_shared=True)
            self.repo.delete_person(person_id)
        before = Records(
            people={person_id: person},
            interactions={i.id: i for i in items},
            rests={r.id: r for r in rests},
            snoozes={person_id: snooze} if snooze else {},
            things={t.id: t for t in things},
        )
        after = Records(
            people={person_id: None},
            interactions=dict.fromkeys(before.interactions),
            rests=dict.fromkeys(before.rests),
            snoozes=dict.fromkeys(before.snoozes),
            things=dict.fromkeys(before.things),
        )
        return self._after(Change(_("Deleted {name}").format(name=person.name), before, after))

    # --- interactions -----------------------------------------------------------------

    def _check_day(self, on: dt.date) -> dt.date:
        if on > self.today():
            raise ValidationError(
                "date",
                _("{date} is in the future; log things once they happened").format(
                    date=on.isoformat()
                ),
            )
        if on < EARLIEST_DAY:
            raise ValidationError("date", _("{date} is too long ago").format(date=on.isoformat()))
        return on

    def log_interaction(
        self,
        person_id: int,
        *,
        on: dt.date | None = None,
        channel: Channel = Channel.MESSAGE,
        depth: Depth = Depth.GOOD,
        reached_out: ReachedOut = ReachedOut.ME,
        at: dt.time | None = None,
        favour: Favour | None = None,
        note: str = "",
        topics: Iterable[str] = (),
        shared_things: Iterable[int] = (),
    ) -> Change:
        """Log a moment with someone. `shared_things` are ids of their things to share
        that this moment ticks off as shared (in the same change, undone together)."""
        person = self.person(person_id)
        if person.archived:
            raise ValidationError(
                "person",
                _("{name} is archived; bring them back before logging").format(name=person.name),
            )
        sharing = self._things_of(person, shared_things)
        item = Interaction(
            id=0,
            person_id=person_id,
            on=self._check_day(on or self.today()),
            at=at,
            channel=Channel(channel),
            depth=Depth(depth),
            reached_out=ReachedOut(reached_out),
            favour=Favour(favour) if favour else None,
            note=_clean_text(note, "note"),
            topics=_clean_topics(topics),
            created=self.clock.now(),
        )
        shared = {t.id: dataclasses.replace(t, shared_at=item.created) for t in sharing}
        with self.repo.transaction():
            iid = self.repo.put_interaction(item)
            saved = self.interaction(iid)
            for thing in shared.values():
                self.repo.put_thing_to_share(thing)
        return self._after(
            Change(
                _("Logged {moment} with {name}").format(
                    moment=moment_words(saved), name=person.name
                ),
                Records(interactions={iid: None}, things={t.id: t for t in sharing}),
                Records(interactions={iid: saved}, things=shared),
            )
        )

    def _things_of(self, person: Person, thing_ids: Iterable[int]) -> list[ThingToShare]:
        """The things to share with these ids, checked to be `person`'s and not shared yet
        (ones already shared are left as they are)."""
        found: list[ThingToShare] = []
        for tid in dict.fromkeys(thing_ids):
            thing = self.repo.thing_to_share(tid)
            if thing is None:
                raise NotFoundError(_("No thing to share #{tid} in this garden").format(tid=tid))
            if thing.person_id != person.id:
                raise ValidationError(
                    "shared_things",
                    _("“{excerpt}” was saved for someone else").format(excerpt=excerpt(thing.text)),
                )
            if not thing.shared:
                found.append(thing)
        return found

    _INTERACTION_FIELDS = frozenset(
        {"on", "at", "channel", "depth", "reached_out", "favour", "note", "topics"}
    )

    def edit_interaction(self, interaction_id: int, **fields: Any) -> Change:
        unknown = set(fields) - self._INTERACTION_FIELDS
        if unknown:
            raise TypeError(f"cannot edit {', '.join(sorted(unknown))}")
        before = self.interaction(interaction_id)
        clean: dict[str, Any] = {}
        for key, value in fields.items():
            if key == "on":
                clean[key] = self._check_day(value)
            elif key == "channel":
                clean[key] = Channel(value)
            elif key == "depth":
                clean[key] = Depth(value)
            elif key == "reached_out":
                clean[key] = ReachedOut(value)
            elif key == "favour":
                clean[key] = Favour(value) if value else None
            elif key == "note":
                clean[key] = _clean_text(value, "note")
            elif key == "topics":
                clean[key] = _clean_topics(value)
            else:
                clean[key] = value
        after = dataclasses.replace(before, **clean)
        if after == before:
            return Change(_("Nothing to change"), Records(), Records())
        with self.repo.transaction():
            self.repo.put_interaction(after)
            saved = self.interaction(interaction_id)
        return self._after(
            Change(
                _("Edited an interaction"),
                Records(interactions={interaction_id: before}),
                Records(interactions={interaction_id: saved}),
            )
        )

    def delete_interaction(self, interaction_id: int) -> Change:
        with self.repo.transaction():
            before = self.interaction(interaction_id)
            self.repo.delete_interaction(interaction_id)
        return self._after(
            Change(
                _("Deleted an interaction"),
                Records(interactions={interaction_id: before}),
                Records(interactions={interaction_id: None}),
            )
        )

    # --- rests ------------------------------------------------------------------------

    def add_rest(
        self, start: dt.date, end: dt.date, *, person_id: int | None = None, note: str = ""
    ) -> Change:
        clean_note = clean_rest(start, end, note)
        days = {"start": start.isoformat(), "end": end.isoformat()}
        if person_id is None:
            summary = _("Rest for the whole garden from {start} to {end}").format(**days)
        else:
            name = self.person(person_id).name
            summary = _("Rest for {name} from {start} to {end}").format(name=name, **days)
        rest = Rest(id=0, start=start, end=end, person_id=person_id, note=clean_note)
        with self.repo.transaction():
            rid = self.repo.put_rest(rest)
        saved = dataclasses.replace(rest, id=rid)
        return self._after(
            Change(
                summary,
                Records(rests={rid: None}),
                Records(rests={rid: saved}),
            )
        )

    def delete_rest(self, rest_id: int) -> Change:
        with self.repo.transaction():
            found = [r for r in self.repo.rests() if r.id == rest_id]
            if not found:
                raise NotFoundError(_("No rest #{rest_id} in this garden").format(rest_id=rest_id))
            self.repo.delete_rest(rest_id)
        return self._after(
            Change(
                _("Removed a rest"),
                Records(rests={rest_id: found[0]}),
                Records(rests={rest_id: None}),
            )
        )

    # --- undo -------------------------------------------------------------------------

    def undo(self, change: Change) -> Change:
        """Put back what `change` replaced; returns the change that undoing made."""
        self._write_records(change.before, change.after)
        return self._after(change.inverted(_("Undo: {summary}").format(summary=change.summary)))

    def redo(self, change: Change) -> Change:
        """Apply `change` again after it was undone."""
        self._write_records(change.after, change.before)
        return self._after(change)

    def _write_records(self, records: Records, replaced: Records) -> None:
        """Write `records` over `replaced` (the same records as they stand now)."""
        gone = {pid for pid, person in records.people.items() if person is None}

        def owned_by_gone(record: Interaction | Rest | ThingToShare | None) -> bool:
            # Deleting a person deletes what is theirs (ON DELETE CASCADE).
            return record is not None and record.person_id in gone

        try:
            with self.repo.transaction():
                for tid, thing in records.things.items():
                    if thing is None and not owned_by_gone(replaced.things.get(tid)):
                        self.repo.delete_thing_to_share(tid)
                for pid, snooze in records.snoozes.items():
                    if snooze is None and pid not in gone:
                        self.repo.delete_snooze(pid)
                for rid, rest in records.rests.items():
                    if rest is None and not owned_by_gone(replaced.rests.get(rid)):
                        self.repo.delete_rest(rid)
                for iid, item in records.interactions.items():
                    if item is None and not owned_by_gone(replaced.interactions.get(iid)):
                        self.repo.delete_interaction(iid)
                for pid in gone:
                    self.repo.delete_person(pid)
                back = self._put_people([p for p in records.people.values() if p is not None])
                # A person just brought back has no moments yet: theirs go in all at once.
                items = [i for i in records.interactions.values() if i is not None]
                if returning := [i for i in items if i.person_id in back]:
                    self.repo.insert_interactions(returning)
                for item in items:
                    if item.person_id not in back:
                        self.repo.put_interaction(item)
                for rest in records.rests.values():
                    if rest is not None:
                        self.repo.put_rest(rest)
                for snooze in records.snoozes.values():
                    if snooze is not None:
                        self.repo.put_snooze(snooze)
                for thing in records.things.values():
                    if thing is not None:
                        self.repo.put_thing_to_share(thing)
                for key, value in records.settings.items():
                    if value is None:
                        self.repo.delete_setting(key)
                    else:
                        self.repo.put_setting(key, value)
        except peewee.IntegrityError as exc:
            raise NotFoundError(
                _("That change can no longer be undone: the garden changed elsewhere")
            ) from exc

    def _put_people(self, people: list[Person]) -> set[int]:
        """Write `people` with their ids; returns the ids of those who were not in the
        garden (written in a few statements when they are many, as undoing an import
        brings them all back)."""
        if len(people) <= BULK_PEOPLE:
            back = {p.id for p in people if self.repo.person(p.id) is None}
            for person in people:
                self.repo.put_person(person)
            return back
        present = {p.id for p in self.repo.people(include_archived=True)}
        new = [p for p in people if p.id not in present]
        for person in people:
            if person.id in present:
                self.repo.put_person(person)
        for start in range(0, len(new), 2000):
            self.repo.insert_people(new[start : start + 2000])
        return {p.id for p in new}

    # --- keeping the model current ----------------------------------------------------

    def after_change(self, change: Change) -> Change:
        """For the other services: bring the cached model up to date with `change`, which
        they wrote in one `repo.transaction()`, and return it."""
        return self._after(change)

    def _after(self, change: Change) -> Change:
        """Bring the cached model up to date with `change`, and return it."""
        self._seen_version = self.repo.data_version()
        if self._model is None:
            return change
        if len(change.people) > BULK_PEOPLE:
            # Undoing or redoing an import: one rebuild on next use beats a plant at a time.
            self._model = None
            return change
        if change.before.rests or change.after.rests:
            if change.garden_wide:
                self._model = None
                return change
            self._model.rests = self.repo.rests()
        for pid in change.people | self._rest_people(change):
            person = self.repo.person(pid)
            if person is None:
                self._model.remove_person(pid)
            else:
                self._model.update_person(person, self.repo.interactions(pid))
        return change

    @staticmethod
    def _rest_people(change: Change) -> set[int]:
        return {
            r.person_id
            for side in (change.before, change.after)
            for r in side.rests.values()
            if r is not None and r.person_id is not None
        }

    # --- settings ---------------------------------------------------------------------

    def setting(self, key: str, default: Any = None) -> Any:
        return self.repo.setting(key, default)

    def set_settings(self, values: Mapping[str, Any], summary: str) -> Change:
        """Store several settings in one undoable change (None removes a setting)."""
        with self.repo.transaction():
            before = {key: self.repo.setting(key) for key in values}
            for key, value in values.items():
                if value is None:
                    self.repo.delete_setting(key)
                else:
                    self.repo.put_setting(key, value)
        self._seen_version = self.repo.data_version()
        return Change(
            summary, Records(settings=before), Records(settings=dict(values)), frozenset(values)
        )

    def check(self) -> list[str]:
        """Integrity problems of the file and of the data; empty when all is well."""
        problems = self.repo.integrity_problems()
        today = self.today()
        for item in self.repo.interactions():
            if item.on > today + dt.timedelta(days=1):
                problems.append(
                    _("interaction #{id} is dated in the future ({date})").format(
                        id=item.id, date=item.on
                    )
                )
        return problems

    # --- backups ----------------------------------------------------------------------

    def _file(self) -> Path:
        if self.path is None:
            raise store_db.StoreError(_("This garden lives in memory and has no backups"))
        return self.path

    def backups(self) -> list[Backup]:
        """The backups of this garden, newest first (empty for a garden in memory)."""
        from garden.store.backup import list_backups

        return [] if self.path is None else list_backups(self.path.parent)

    def make_backup(self, reason: BackupReason | None = None) -> Backup:
        """Back the garden up now (checked, then thinned in tiers); `StoreError` if not."""
        from garden.store.backup import BackupReason, make_backup

        return make_backup(self._file(), self.clock.now(), reason or BackupReason.MANUAL)

    def backup_if_due(self) -> Backup | None:
        """The automatic backup at start: made when the newest one is older than a day and
        the garden changed since (or there is none yet and the garden has something in it).

        A failure never stops the garden from opening: it is kept in `backup_problem`.
        """
        if self.path is None:
            return None
        try:
            from garden.store.backup import BackupReason, backup_due

            if not backup_due(self.path, self.clock.now()) or self.is_empty():
                return None
            backup = self.make_backup(BackupReason.DAILY)
        except store_db.StoreError as exc:
            self.backup_problem = str(exc)
            return None
        self.backup_problem = None
        return backup

    def restore_backup(self, backup: Backup | Path | str) -> RestoreResult:
        """Put the whole garden back as it was in `backup`, after backing up the garden as
        it is now. Everything may have changed: screens should reload all they show."""
        from garden.store.backup import restore_backup

        result = restore_backup(self._file(), backup, self.clock.now())
        # The backup may predate a migration; bring it up to this version's schema.
        store_db.migrate(self.repo.db)
        self._model = None
        self._seen_version = self.repo.data_version()
        return result

    def bulk_changed(self, change: Change) -> Change:
        """Take note of a change to many records at once (an import): the growth model is
        rebuilt on next use rather than plant by plant."""
        self._model = None
        self._seen_version = self.repo.data_version()
        return change
