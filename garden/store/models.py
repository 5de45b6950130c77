"""Peewee models for the tables `schema.py` creates.

The models are not bound to a database at import time: the repository binds them to its
own connection for each call (`Database.bind_ctx`), so two gardens can be open in one
process (a test, or the window next to a demo) without ever mixing.
"""

from __future__ import annotations

import peewee


class _Row(peewee.Model):
    class Meta:
        legacy_table_names = False


class PersonRow(_Row):
    id = peewee.AutoField()
    name = peewee.TextField()
    nickname = peewee.TextField(default="")
    how_met = peewee.TextField(default="")
    birthday_month = peewee.IntegerField(null=True)
    birthday_day = peewee.IntegerField(null=True)
    birthday_year = peewee.IntegerField(null=True)
    notes = peewee.TextField(default="")
    circle = peewee.TextField()
    cadence_days = peewee.IntegerField(null=True)
    species = peewee.TextField()
    created = peewee.DateTimeField()
    archived_at = peewee.DateTimeField(null=True)
    archive_note = peewee.TextField(default="")

    class Meta:
        table_name = "person"


class InteractionRow(_Row):
    id = peewee.AutoField()
    person = peewee.ForeignKeyField(PersonRow, on_delete="CASCADE", column_name="person_id")
    day = peewee.DateField()
    at = peewee.TimeField(null=True)
    channel = peewee.TextField()
    depth = peewee.TextField()
    reached_out = peewee.TextField()
    favour = peewee.TextField(null=True)
    note = peewee.TextField(default="")
    created = peewee.DateTimeField()

    class Meta:
        table_name = "interaction"


class TopicRow(_Row):
    id = peewee.AutoField()
    name = peewee.TextField()
    key = peewee.TextField(unique=True)

    class Meta:
        table_name = "topic"


class InteractionTopicRow(_Row):
    interaction = peewee.ForeignKeyField(
        InteractionRow, on_delete="CASCADE", column_name="interaction_id"
    )
    topic = peewee.ForeignKeyField(TopicRow, on_delete="CASCADE", column_name="topic_id")

    class Meta:
        table_name = "interaction_topic"
        primary_key = peewee.CompositeKey("interaction", "topic")


class PersonTopicRow(_Row):
    person = peewee.ForeignKeyField(PersonRow, on_delete="CASCADE", column_name="person_id")
    topic = peewee.ForeignKeyField(TopicRow, on_delete="CASCADE", column_name="topic_id")

    class Meta:
        table_name = "person_topic"
        primary_key = peewee.CompositeKey("person", "topic")


class RestRow(_Row):
    id = peewee.AutoField()
    person = peewee.ForeignKeyField(
        PersonRow, null=True, on_delete="CASCADE", column_name="person_id"
    )
    start_day = peewee.DateField()
    end_day = peewee.DateField()
    note = peewee.TextField(default="")

    class Meta:
        table_name = "rest"


class SettingRow(_Row):
    key = peewee.TextField(primary_key=True)
    value = peewee.TextField()

    class Meta:
        table_name = "setting"


class SnoozeRow(_Row):
    person = peewee.ForeignKeyField(
        PersonRow, primary_key=True, on_delete="CASCADE", column_name="person_id"
    )
    until_day = peewee.DateField()

    class Meta:
        table_name = "snooze"


class ThingToShareRow(_Row):
    id = peewee.AutoField()
    person = peewee.ForeignKeyField(PersonRow, on_delete="CASCADE", column_name="person_id")
    text = peewee.TextField()
    created = peewee.DateTimeField()
    shared_at = peewee.DateTimeField(null=True)

    class Meta:
        table_name = "thing_to_share"


class DigestRow(_Row):
    """One digest of reminders as it was shown (the engine's memory; see reminders.py)."""

    id = peewee.AutoField()
    slot_day = peewee.DateField()
    through_day = peewee.DateField()
    shown_on = peewee.DateField()
    delivered_at = peewee.DateTimeField()

    class Meta:
        table_name = "digest"


class DigestPersonRow(_Row):
    digest = peewee.ForeignKeyField(DigestRow, on_delete="CASCADE", column_name="digest_id")
    person = peewee.ForeignKeyField(PersonRow, on_delete="CASCADE", column_name="person_id")
    position = peewee.IntegerField()
    reason = peewee.TextField()

    class Meta:
        table_name = "digest_person"
        primary_key = peewee.CompositeKey("digest", "person")


MODELS: tuple[type[peewee.Model], ...] = (
    PersonRow,
    InteractionRow,
    TopicRow,
    InteractionTopicRow,
    PersonTopicRow,
    RestRow,
    SettingRow,
    SnoozeRow,
    ThingToShareRow,
    DigestRow,
    DigestPersonRow,
)
