"""Rows to domain objects and back. Every read and write of the garden goes through here.

Bulk reads (the whole log, for the growth model) use plain SQL and `fromisoformat`: the
Peewee field converters are correct but about ten times slower on 100,000 rows. Writes go
through the Peewee models, except the bulk insert of people (`insert_people`), which runs
one prepared statement over every row.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import json
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

import peewee

from garden.domain.digest_log import DeliveredDigest, Reason
from garden.domain.growth import Moment
from garden.domain.model import (
    Channel,
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
from garden.domain.names import name_key
from garden.i18n import _
from garden.store.db import translate_error
from garden.store.models import (
    MODELS,
    DigestPersonRow,
    DigestRow,
    InteractionRow,
    InteractionTopicRow,
    PersonRow,
    PersonTopicRow,
    RestRow,
    SettingRow,
    SnoozeRow,
    ThingToShareRow,
    TopicRow,
)
from garden.store.rows import PERSON_COLUMNS, SPECIES, optional_datetime, person_from_row

_CHANNELS = {c.value: c for c in Channel}
_DEPTHS = {d.value: d for d in Depth}
_REACHED = {r.value: r for r in ReachedOut}
_FAVOURS = {f.value: f for f in Favour}
_REASONS = {r.value: r for r in Reason}

_INTERACTION_COLUMNS = "id, person_id, day, at, channel, depth, reached_out, favour, note, created"


@functools.lru_cache(maxsize=8192)
def _day_ordinal(text: str) -> int:
    """Date text to ordinal; cached, since a garden logs on a few thousand distinct days."""
    return dt.date.fromisoformat(text).toordinal()


def _save_row(model: Any, data: dict[Any, Any], row_id: int | None) -> int:
    """Write a row: with its id, in place (insert or replace its fields); without one, as a
    new row. Returns the row's id."""
    if row_id:
        data[model.id] = row_id
        model.insert(data).on_conflict(conflict_target=[model.id], preserve=list(data)).execute()
        return row_id
    return int(model.insert(data).execute())


def _iso_seconds(value: dt.datetime) -> str:
    return value.replace(microsecond=0).isoformat(sep=" ")


class Repository:
    """The garden's tables, read as domain objects and written from them."""

    def __init__(self, db: peewee.SqliteDatabase) -> None:
        self.db = db

    # --- plumbing ---------------------------------------------------------------------

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """One write transaction (BEGIN IMMEDIATE: it waits for, never fails on, a reader).

        SQLite failures (busy beyond the timeout, read-only file, full disk) come out as
        `StoreError` with a message for the user; the transaction is rolled back.
        """
        try:
            with self.db.bind_ctx(MODELS), self.db.atomic("IMMEDIATE"):
                yield
        except (peewee.OperationalError, sqlite3.OperationalError) as exc:
            raise translate_error(exc, _("Could not save")) from exc

    @contextlib.contextmanager
    def _bound(self) -> Iterator[None]:
        with self.db.bind_ctx(MODELS):
            yield

    def close(self) -> None:
        self.db.close()

    def data_version(self) -> int:
        """Changes whenever another connection commits (`PRAGMA data_version`)."""
        return int(self.db.execute_sql("PRAGMA data_version").fetchone()[0])

    def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        try:
            return list(self.db.execute_sql(sql, params).fetchall())
        except (peewee.OperationalError, sqlite3.OperationalError) as exc:
            if self.db.in_transaction():
                raise  # the enclosing transaction() translates it once, after rolling back
            raise translate_error(exc, _("Could not read the garden")) from exc

    # --- people -----------------------------------------------------------------------

    def people(self, include_archived: bool = True) -> list[Person]:
        where = "" if include_archived else " WHERE archived_at IS NULL"
        rows = self._rows(f"SELECT {PERSON_COLUMNS} FROM person{where} ORDER BY id")
        topics = self._topics_by_owner("person_topic", "person_id")
        return [person_from_row(row, topics.get(row[0], ())) for row in rows]

    def person(self, person_id: int) -> Person | None:
        rows = self._rows(f"SELECT {PERSON_COLUMNS} FROM person WHERE id = ?", (person_id,))
        if not rows:
            return None
        topics = self._topics_by_owner("person_topic", "person_id", person_id)
        return person_from_row(rows[0], topics.get(person_id, ()))

    def put_person(self, person: Person) -> int:
        """Insert `person` (id 0 means a new id) or update the row with its id."""
        data = {
            PersonRow.name: person.name,
            PersonRow.nickname: person.nickname,
            PersonRow.how_met: person.how_met,
            PersonRow.birthday_month: person.birthday.month if person.birthday else None,
            PersonRow.birthday_day: person.birthday.day if person.birthday else None,
            PersonRow.birthday_year: person.birthday.year if person.birthday else None,
            PersonRow.notes: person.notes,
            PersonRow.circle: person.circle.value,
            PersonRow.cadence_days: person.cadence_override,
            PersonRow.species: person.species.value,
            PersonRow.created: _iso_seconds(person.created),
            PersonRow.archived_at: (
                _iso_seconds(person.archived_at) if person.archived_at else None
            ),
            PersonRow.archive_note: person.archive_note,
        }
        with self._bound():
            pid = _save_row(PersonRow, data, person.id)
            self._set_topics(
                PersonTopicRow, PersonTopicRow.person, PersonTopicRow.topic, pid, person.topics
            )
        return pid

    def delete_person(self, person_id: int) -> None:
        """Delete a person; their interactions and rests go with them (ON DELETE CASCADE)."""
        with self._bound():
            PersonRow.delete().where(PersonRow.id == person_id).execute()

    def species_counts(self) -> dict[Species, int]:
        rows = self._rows(
            "SELECT species, count(*) FROM person WHERE archived_at IS NULL GROUP BY species"
        )
        return {SPECIES[s]: n for s, n in rows if s in SPECIES}

    def count_people(self) -> int:
        return int(self._rows("SELECT count(*) FROM person")[0][0])

    # --- interactions -----------------------------------------------------------------

    def interactions(self, person_id: int | None = None) -> list[Interaction]:
        """Interactions in date order (oldest first), for one person or everyone."""
        if person_id is None:
            rows = self._rows(
                f"SELECT {_INTERACTION_COLUMNS} FROM interaction ORDER BY day, at, id"
            )
            topics = self._topics_by_owner("interaction_topic", "interaction_id")
        else:
            rows = self._rows(
                f"SELECT {_INTERACTION_COLUMNS} FROM interaction WHERE person_id = ? "
                "ORDER BY day, at, id",
                (person_id,),
            )
            topics = self._topics_by_owner(
                "interaction_topic",
                "interaction_id",
                owner_sql="interaction_id IN (SELECT id FROM interaction WHERE person_id = ?)",
                params=(person_id,),
            )
        return [self._interaction(row, topics.get(row[0], ())) for row in rows]

    def moments(self) -> list[tuple[int, Moment]]:
        """(person id, moment) for every interaction: only what the growth model reads,
        several times faster to load than whole interactions."""
        rows = self._rows("SELECT person_id, day, channel, depth, favour FROM interaction")
        channels, depths, favours = _CHANNELS, _DEPTHS, _FAVOURS
        ordinal = _day_ordinal
        return [
            (
                pid,
                Moment(
                    ordinal(day),
                    channels[channel],
                    depths[depth],
                    favours[favour] if favour else None,
                ),
            )
            for pid, day, channel, depth, favour in rows
        ]

    def interaction(self, interaction_id: int) -> Interaction | None:
        rows = self._rows(
            f"SELECT {_INTERACTION_COLUMNS} FROM interaction WHERE id = ?", (interaction_id,)
        )
        if not rows:
            return None
        topics = self._topics_by_owner("interaction_topic", "interaction_id", interaction_id)
        return self._interaction(rows[0], topics.get(interaction_id, ()))

    @staticmethod
    def _interaction(row: tuple[Any, ...], topics: Sequence[str]) -> Interaction:
        iid, pid, day, at, channel, depth, reached, favour, note, created = row
        return Interaction(
            id=iid,
            person_id=pid,
            on=dt.date.fromisoformat(day),
            at=dt.time.fromisoformat(at) if at else None,
            channel=_CHANNELS[channel],
            depth=_DEPTHS[depth],
            reached_out=_REACHED[reached],
            favour=_FAVOURS[favour] if favour else None,
            note=note,
            topics=tuple(topics),
            created=dt.datetime.fromisoformat(created),
        )

    def put_interaction(self, item: Interaction) -> int:
        """Insert `item` (id 0 means a new id) or update the row with its id."""
        data = {
            InteractionRow.person: item.person_id,
            InteractionRow.day: item.on.isoformat(),
            InteractionRow.at: item.at.isoformat(timespec="minutes") if item.at else None,
            InteractionRow.channel: item.channel.value,
            InteractionRow.depth: item.depth.value,
            InteractionRow.reached_out: item.reached_out.value,
            InteractionRow.favour: item.favour.value if item.favour else None,
            InteractionRow.note: item.note,
            InteractionRow.created: _iso_seconds(item.created),
        }
        with self._bound():
            iid = _save_row(InteractionRow, data, item.id)
            self._set_topics(
                InteractionTopicRow,
                InteractionTopicRow.interaction,
                InteractionTopicRow.topic,
                iid,
                item.topics,
            )
        return iid

    def insert_interactions(self, items: Iterable[Interaction]) -> int:
        """Insert many new interactions in a few statements (demo gardens, imports).

        Ids are given here, after the largest in use; call inside `transaction()`.
        """
        rows: list[tuple[Any, ...]] = []
        links: list[tuple[int, int]] = []
        topic_ids: dict[str, int] = {}
        with self._bound():
            next_id = int(self._rows("SELECT coalesce(max(id), 0) + 1 FROM interaction")[0][0])
            for offset, item in enumerate(items):
                iid = item.id or next_id + offset
                rows.append((
                    iid, item.person_id, item.on.isoformat(),
                    item.at.isoformat(timespec="minutes") if item.at else None,
                    item.channel.value, item.depth.value, item.reached_out.value,
                    item.favour.value if item.favour else None, item.note,
                    _iso_seconds(item.created),
                ))  # fmt: skip
                for topic in item.topics:
                    if topic not in topic_ids:
                        found = self._topic_ids([topic])
                        if not found:
                            continue
                        topic_ids[topic] = found[0]
                    link = (iid, topic_ids[topic])
                    if link not in links[-len(item.topics) :]:
                        links.append(link)
            fields = [
                InteractionRow.id, InteractionRow.person, InteractionRow.day, InteractionRow.at,
                InteractionRow.channel, InteractionRow.depth, InteractionRow.reached_out,
                InteractionRow.favour, InteractionRow.note, InteractionRow.created,
            ]  # fmt: skip
            for start in range(0, len(rows), 500):
                InteractionRow.insert_many(rows[start : start + 500], fields=fields).execute()
            link_fields = [InteractionTopicRow.interaction, InteractionTopicRow.topic]
            for start in range(0, len(links), 500):
                InteractionTopicRow.insert_many(
                    links[start : start + 500], fields=link_fields
                ).on_conflict_ignore().execute()
        return len(rows)

    def delete_interaction(self, interaction_id: int) -> None:
        with self._bound():
            InteractionRow.delete().where(InteractionRow.id == interaction_id).execute()

    def count_interactions(self) -> int:
        return int(self._rows("SELECT count(*) FROM interaction")[0][0])

    # --- topics -----------------------------------------------------------------------

    def _topics_by_owner(
        self,
        link_table: str,
        owner_column: str,
        owner_id: int | None = None,
        *,
        owner_sql: str | None = None,
        params: Sequence[Any] = (),
    ) -> dict[int, list[str]]:
        where = ""
        if owner_id is not None:
            where, params = f"WHERE l.{owner_column} = ?", (owner_id,)
        elif owner_sql is not None:
            where = f"WHERE l.{owner_sql}"
        rows = self._rows(
            f"SELECT l.{owner_column}, t.name FROM {link_table} l "
            f"JOIN topic t ON t.id = l.topic_id {where} ORDER BY t.key",
            params,
        )
        out: dict[int, list[str]] = {}
        for owner, name in rows:
            out.setdefault(owner, []).append(name)
        return out

    def _set_topics(
        self,
        link: type[peewee.Model],
        owner_field: peewee.ForeignKeyField,
        topic_field: peewee.ForeignKeyField,
        owner_id: int,
        names: Iterable[str],
    ) -> None:
        link.delete().where(owner_field == owner_id).execute()
        ids = self._topic_ids(names)
        if ids:
            link.insert_many(
                [(owner_id, tid) for tid in ids], fields=[owner_field, topic_field]
            ).execute()

    def _topic_ids(self, names: Iterable[str]) -> list[int]:
        """Ids of the topics with these names, creating missing ones (matched ignoring case
        and accents; the first spelling used is kept)."""
        ids: list[int] = []
        for name in names:
            clean = " ".join(name.split())
            key = name_key(clean)
            if not key:
                continue
            TopicRow.insert(name=clean, key=key).on_conflict_ignore().execute()
            tid = TopicRow.get(TopicRow.key == key).id
            if tid not in ids:
                ids.append(tid)
        return ids

    def topics(self) -> list[tuple[str, int]]:
        """Topics in use, with how many interactions and people mention each."""
        rows = self._rows(
            "SELECT t.name, "
            " (SELECT count(*) FROM interaction_topic i WHERE i.topic_id = t.id)"
            " + (SELECT count(*) FROM person_topic p WHERE p.topic_id = t.id) AS uses "
            "FROM topic t WHERE uses > 0 ORDER BY uses DESC, t.key"
        )
        return [(name, int(uses)) for name, uses in rows]

    # --- rests ------------------------------------------------------------------------

    def rests(self) -> list[Rest]:
        rows = self._rows(
            "SELECT id, person_id, start_day, end_day, note FROM rest ORDER BY start_day, id"
        )
        return [
            Rest(
                id=rid,
                person_id=pid,
                start=dt.date.fromisoformat(start),
                end=dt.date.fromisoformat(end),
                note=note,
            )
            for rid, pid, start, end, note in rows
        ]

    def put_rest(self, rest: Rest) -> int:
        data = {
            RestRow.person: rest.person_id,
            RestRow.start_day: rest.start.isoformat(),
            RestRow.end_day: rest.end.isoformat(),
            RestRow.note: rest.note,
        }
        with self._bound():
            return _save_row(RestRow, data, rest.id)

    def delete_rest(self, rest_id: int) -> None:
        with self._bound():
            RestRow.delete().where(RestRow.id == rest_id).execute()

    # --- settings ---------------------------------------------------------------------

    def setting(self, key: str, default: Any = None) -> Any:
        rows = self._rows("SELECT value FROM setting WHERE key = ?", (key,))
        return json.loads(rows[0][0]) if rows else default

    def put_setting(self, key: str, value: Any) -> None:
        with self._bound():
            SettingRow.insert(key=key, value=json.dumps(value)).on_conflict(
                conflict_target=[SettingRow.key], preserve=[SettingRow.value]
            ).execute()

    def delete_setting(self, key: str) -> None:
        with self._bound():
            SettingRow.delete().where(SettingRow.key == key).execute()

    # --- snoozes ----------------------------------------------------------------------

    def snoozes(self) -> list[Snooze]:
        """Every snooze on record (including ones that have run out), by person id."""
        rows = self._rows("SELECT person_id, until_day FROM snooze ORDER BY person_id")
        return [Snooze(pid, dt.date.fromisoformat(until)) for pid, until in rows]

    def snooze(self, person_id: int) -> Snooze | None:
        rows = self._rows("SELECT until_day FROM snooze WHERE person_id = ?", (person_id,))
        return Snooze(person_id, dt.date.fromisoformat(rows[0][0])) if rows else None

    def put_snooze(self, snooze: Snooze) -> None:
        with self._bound():
            SnoozeRow.insert(
                person=snooze.person_id, until_day=snooze.until.isoformat()
            ).on_conflict(
                conflict_target=[SnoozeRow.person], preserve=[SnoozeRow.until_day]
            ).execute()

    def delete_snooze(self, person_id: int) -> None:
        with self._bound():
            SnoozeRow.delete().where(SnoozeRow.person == person_id).execute()

    # --- things to share --------------------------------------------------------------

    _THING_COLUMNS = "id, person_id, text, created, shared_at"

    @staticmethod
    def _thing(row: tuple[Any, ...]) -> ThingToShare:
        tid, pid, text, created, shared_at = row
        created_at = optional_datetime(created)
        assert created_at is not None
        return ThingToShare(tid, pid, text, created_at, optional_datetime(shared_at))

    def things_to_share(
        self, person_id: int | None = None, *, include_shared: bool = False
    ) -> list[ThingToShare]:
        """Things saved to share, for one person or everyone, oldest first; only those not
        shared yet unless `include_shared`."""
        where: list[str] = []
        params: list[Any] = []
        if person_id is not None:
            where.append("person_id = ?")
            params.append(person_id)
        if not include_shared:
            where.append("shared_at IS NULL")
        clause = f" WHERE {' AND '.join(where)}" if where else ""
        rows = self._rows(
            f"SELECT {self._THING_COLUMNS} FROM thing_to_share{clause} ORDER BY created, id",
            params,
        )
        return [self._thing(row) for row in rows]

    def thing_to_share(self, thing_id: int) -> ThingToShare | None:
        rows = self._rows(
            f"SELECT {self._THING_COLUMNS} FROM thing_to_share WHERE id = ?", (thing_id,)
        )
        return self._thing(rows[0]) if rows else None

    def put_thing_to_share(self, thing: ThingToShare) -> int:
        """Insert `thing` (id 0 means a new id) or update the row with its id."""
        data = {
            ThingToShareRow.person: thing.person_id,
            ThingToShareRow.text: thing.text,
            ThingToShareRow.created: _iso_seconds(thing.created),
            ThingToShareRow.shared_at: _iso_seconds(thing.shared_at) if thing.shared_at else None,
        }
        with self._bound():
            return _save_row(ThingToShareRow, data, thing.id)

    def delete_thing_to_share(self, thing_id: int) -> None:
        with self._bound():
            ThingToShareRow.delete().where(ThingToShareRow.id == thing_id).execute()

    # --- digests shown ----------------------------------------------------------------

    def _digests(self, where: str, params: Sequence[Any] = ()) -> list[DeliveredDigest]:
        rows = self._rows(
            "SELECT id, slot_day, through_day, delivered_at FROM digest "
            f"{where} ORDER BY id DESC LIMIT 1",
            params,
        )
        out = []
        for did, slot, through, at in rows:
            people = self._rows(
                "SELECT person_id, reason FROM digest_person WHERE digest_id = ? ORDER BY position",
                (did,),
            )
            delivered_at = optional_datetime(at)
            assert delivered_at is not None
            out.append(
                DeliveredDigest(
                    slot=dt.date.fromisoformat(slot),
                    through=dt.date.fromisoformat(through),
                    at=delivered_at,
                    shown=tuple((pid, _REASONS[reason]) for pid, reason in people),
                )
            )
        return out

    def last_digest(self) -> DeliveredDigest | None:
        """The digest delivered most recently (by the order of delivery, not by date)."""
        found = self._digests("")
        return found[0] if found else None

    def digest_shown_on(self, day: dt.date) -> DeliveredDigest | None:
        """The last digest shown on `day` (by the wall clock), if any."""
        found = self._digests("WHERE shown_on = ?", (day.isoformat(),))
        return found[0] if found else None

    def last_shown_before(self, day: dt.date) -> dict[int, dt.date]:
        """The last day before `day` each person was in a digest."""
        rows = self._rows(
            "SELECT dp.person_id, max(d.shown_on) FROM digest_person dp "
            "JOIN digest d ON d.id = dp.digest_id WHERE d.shown_on < ? GROUP BY dp.person_id",
            (day.isoformat(),),
        )
        return {pid: dt.date.fromisoformat(shown) for pid, shown in rows}

    def put_digest(self, digest: DeliveredDigest) -> int:
        """Record a digest that was shown; call inside `transaction()`."""
        with self._bound():
            did = int(
                DigestRow.insert(
                    slot_day=digest.slot.isoformat(),
                    through_day=digest.through.isoformat(),
                    shown_on=digest.shown_on.isoformat(),
                    delivered_at=_iso_seconds(digest.at),
                ).execute()
            )
            if digest.shown:
                DigestPersonRow.insert_many(
                    [
                        (did, pid, position, reason.value)
                        for position, (pid, reason) in enumerate(digest.shown)
                    ],
                    fields=[
                        DigestPersonRow.digest,
                        DigestPersonRow.person,
                        DigestPersonRow.position,
                        DigestPersonRow.reason,
                    ],
                ).execute()
        return did

    def latest_interactions(
        self, person_ids: Iterable[int], as_of: dt.date, *, with_note: bool = False
    ) -> dict[int, Interaction]:
        """Each person's last interaction on or before `as_of` (the last with a note, if
        `with_note`), for a few people at a time."""
        out: dict[int, Interaction] = {}
        note = " AND note != ''" if with_note else ""
        for pid in person_ids:
            rows = self._rows(
                f"SELECT {_INTERACTION_COLUMNS} FROM interaction "
                f"WHERE person_id = ? AND day <= ?{note} "
                "ORDER BY day DESC, at DESC, id DESC LIMIT 1",
                (pid, as_of.isoformat()),
            )
            if rows:
                iid = rows[0][0]
                topics = self._topics_by_owner("interaction_topic", "interaction_id", iid)
                out[pid] = self._interaction(rows[0], topics.get(iid, ()))
        return out

    # --- integrity --------------------------------------------------------------------

    def integrity_problems(self) -> list[str]:
        """What `PRAGMA integrity_check` and `foreign_key_check` find; empty when healthy."""
        problems = [str(row[0]) for row in self._rows("PRAGMA integrity_check") if row[0] != "ok"]
        for table, rowid, parent, _fk in self._rows("PRAGMA foreign_key_check"):
            problems.append(
                _("{table} row {row} points to a missing {parent}").format(
                    table=table, row=rowid, parent=parent
                )
            )
        return problems

    # --- bulk writes and whole-garden reads (import and export) ----------------------

    def all_settings(self) -> dict[str, Any]:
        """Every setting, by key."""
        return {
            key: json.loads(value) for key, value in self._rows("SELECT key, value FROM setting")
        }

    def insert_people(self, people: Sequence[Person]) -> list[int]:
        """Insert many people in a few statements (imports); returns their ids in order.

        A person with id 0 gets the next free id; others keep theirs (a full export
        imported into an empty garden). Call inside `transaction()`.
        """
        ids: list[int] = []
        rows: list[tuple[Any, ...]] = []
        links: list[tuple[int, int]] = []
        topic_ids: dict[str, int] = {}
        with self._bound():
            next_id = int(self._rows("SELECT coalesce(max(id), 0) + 1 FROM person")[0][0])
            for person in people:
                if person.id:
                    pid = person.id
                else:
                    pid, next_id = next_id, next_id + 1
                ids.append(pid)
                birthday = person.birthday
                rows.append((
                    pid, person.name, person.nickname, person.how_met,
                    birthday.month if birthday else None, birthday.day if birthday else None,
                    birthday.year if birthday else None, person.notes, person.circle.value,
                    person.cadence_override, person.species.value, _iso_seconds(person.created),
                    _iso_seconds(person.archived_at) if person.archived_at else None,
                    person.archive_note,
                ))  # fmt: skip
                for topic in person.topics:
                    if topic not in topic_ids:
                        found = self._topic_ids([topic])
                        if not found:
                            continue
                        topic_ids[topic] = found[0]
                    links.append((pid, topic_ids[topic]))
            # One prepared statement run for every row: Peewee's insert_many spends more
            # time building SQL text than SQLite spends inserting (50,000 people).
            self.db.connection().executemany(
                f"INSERT INTO person ({PERSON_COLUMNS}) VALUES ({', '.join('?' * 14)})", rows
            )
            link_fields = [PersonTopicRow.person, PersonTopicRow.topic]
            for start in range(0, len(links), 500):
                PersonTopicRow.insert_many(
                    links[start : start + 500], fields=link_fields
                ).on_conflict_ignore().execute()
        return ids

    def all_digests(self) -> list[DeliveredDigest]:
        """Every digest shown, in the order they were shown (for the full export)."""
        rows = self._rows("SELECT id, slot_day, through_day, delivered_at FROM digest ORDER BY id")
        people: dict[int, list[tuple[int, Reason]]] = {}
        for did, pid, reason in self._rows(
            "SELECT digest_id, person_id, reason FROM digest_person ORDER BY digest_id, position"
        ):
            people.setdefault(did, []).append((pid, _REASONS[reason]))
        out: list[DeliveredDigest] = []
        for did, slot, through, at in rows:
            delivered_at = optional_datetime(at)
            assert delivered_at is not None
            out.append(
                DeliveredDigest(
                    slot=dt.date.fromisoformat(slot),
                    through=dt.date.fromisoformat(through),
                    at=delivered_at,
                    shown=tuple(people.get(did, ())),
                )
            )
        return out
