"""The database schema as an ordered list of migrations.

Each migration is frozen once released: a database made by any released version is
upgraded by running the migrations it has not seen, in order, each in one transaction
together with the new `PRAGMA user_version`. Never edit a released migration; append a
new one (and update the Peewee models in `models.py`, which a test compares with the
schema these migrations build).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass

#: Written to `PRAGMA application_id` so we can tell our files from other SQLite files.
APPLICATION_ID = 0x52474431  # "RGD1"


@dataclass(frozen=True, slots=True)
class Migration:
    version: int
    description: str
    apply: Callable[[sqlite3.Connection], None]


def _script(sql: str) -> Callable[[sqlite3.Connection], None]:
    statements = [s.strip() for s in sql.split(";") if s.strip()]

    def run(conn: sqlite3.Connection) -> None:
        # Statement by statement: executescript() would commit our open transaction.
        for statement in statements:
            conn.execute(statement)

    return run


V1 = """
CREATE TABLE person (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    nickname TEXT NOT NULL DEFAULT '',
    how_met TEXT NOT NULL DEFAULT '',
    birthday_month INTEGER CHECK (birthday_month BETWEEN 1 AND 12),
    birthday_day INTEGER CHECK (birthday_day BETWEEN 1 AND 31),
    birthday_year INTEGER,
    notes TEXT NOT NULL DEFAULT '',
    circle TEXT NOT NULL CHECK (circle IN ('heart', 'close', 'friends', 'meadow')),
    cadence_days INTEGER CHECK (cadence_days IS NULL OR cadence_days > 0),
    species TEXT NOT NULL,
    created TEXT NOT NULL,
    archived_at TEXT,
    archive_note TEXT NOT NULL DEFAULT ''
);
CREATE TABLE interaction (
    id INTEGER PRIMARY KEY,
    person_id INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    day TEXT NOT NULL,
    at TEXT,
    channel TEXT NOT NULL
        CHECK (channel IN ('message', 'letter', 'call', 'video', 'activity', 'in-person')),
    depth TEXT NOT NULL CHECK (depth IN ('brief', 'good', 'deep')),
    reached_out TEXT NOT NULL CHECK (reached_out IN ('me', 'them', 'both')),
    favour TEXT CHECK (favour IS NULL OR favour IN ('given', 'received')),
    note TEXT NOT NULL DEFAULT '',
    created TEXT NOT NULL
);
CREATE INDEX interaction_person_day ON interaction (person_id, day);
CREATE INDEX interaction_day ON interaction (day);
CREATE TABLE topic (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    key TEXT NOT NULL UNIQUE
);
CREATE TABLE interaction_topic (
    interaction_id INTEGER NOT NULL REFERENCES interaction (id) ON DELETE CASCADE,
    topic_id INTEGER NOT NULL REFERENCES topic (id) ON DELETE CASCADE,
    PRIMARY KEY (interaction_id, topic_id)
) WITHOUT ROWID;
CREATE INDEX interaction_topic_topic ON interaction_topic (topic_id);
CREATE TABLE person_topic (
    person_id INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    topic_id INTEGER NOT NULL REFERENCES topic (id) ON DELETE CASCADE,
    PRIMARY KEY (person_id, topic_id)
) WITHOUT ROWID;
CREATE INDEX person_topic_topic ON person_topic (topic_id);
CREATE TABLE rest (
    id INTEGER PRIMARY KEY,
    person_id INTEGER REFERENCES person (id) ON DELETE CASCADE,
    start_day TEXT NOT NULL,
    end_day TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    CHECK (start_day <= end_day)
);
CREATE TABLE setting (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
"""


V2 = """
CREATE TABLE snooze (
    person_id INTEGER PRIMARY KEY REFERENCES person (id) ON DELETE CASCADE,
    until_day TEXT NOT NULL
);
CREATE TABLE thing_to_share (
    id INTEGER PRIMARY KEY,
    person_id INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    text TEXT NOT NULL CHECK (length(trim(text)) > 0),
    created TEXT NOT NULL,
    shared_at TEXT
);
CREATE INDEX thing_to_share_person ON thing_to_share (person_id, shared_at);
CREATE TABLE digest (
    id INTEGER PRIMARY KEY,
    slot_day TEXT NOT NULL,
    through_day TEXT NOT NULL,
    shown_on TEXT NOT NULL,
    delivered_at TEXT NOT NULL,
    CHECK (slot_day <= through_day)
);
CREATE INDEX digest_shown_on ON digest (shown_on);
CREATE TABLE digest_person (
    digest_id INTEGER NOT NULL REFERENCES digest (id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    reason TEXT NOT NULL CHECK (reason IN ('thirst', 'birthday')),
    PRIMARY KEY (digest_id, person_id)
) WITHOUT ROWID;
CREATE INDEX digest_person_person ON digest_person (person_id)
"""


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "people, interactions, topics, rests and settings", _script(V1)),
    Migration(2, "reminders: snoozes, things to share and the digests shown", _script(V2)),
)

SCHEMA_VERSION = MIGRATIONS[-1].version
