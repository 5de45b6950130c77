"""The garden file: where it lives, how it is opened, migrated and refused."""

from __future__ import annotations

import datetime as dt
import hashlib
import sqlite3
import stat
from pathlib import Path

import pytest

from garden.domain.model import Birthday, Circle
from garden.services.garden import Garden
from garden.services.reminders import Reminders
from garden.store import db as store_db
from garden.store import paths
from garden.store.models import MODELS
from garden.store.repository import Repository
from garden.store.schema import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_new_garden_is_private_and_has_the_promised_pragmas(data_dir: Path):
    db = store_db.connect(paths.database_path(data_dir))
    try:
        pragma = lambda name: db.execute_sql(f"PRAGMA {name}").fetchone()[0]  # noqa: E731
        assert pragma("journal_mode") == "wal"
        assert pragma("foreign_keys") == 1
        assert pragma("synchronous") == 2  # FULL
        assert pragma("busy_timeout") == store_db.BUSY_TIMEOUT_MS
        assert pragma("user_version") == SCHEMA_VERSION
        assert pragma("application_id") == APPLICATION_ID
    finally:
        db.close()
    assert stat.S_IMODE(data_dir.stat().st_mode) == 0o700
    assert stat.S_IMODE((data_dir / "garden.sqlite3").stat().st_mode) == 0o600


def test_the_data_folder_comes_from_the_option_then_the_environment_then_the_platform(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    assert paths.data_dir(tmp_path / "opt") == tmp_path / "opt"
    monkeypatch.setenv("GARDEN_DATA_DIR", str(tmp_path / "env"))
    assert paths.data_dir(None) == tmp_path / "env"
    assert paths.data_dir(tmp_path / "opt") == tmp_path / "opt"
    monkeypatch.delenv("GARDEN_DATA_DIR")
    default = paths.data_dir(None)
    assert default.name == "relationship-garden"
    assert str(default).startswith(str(tmp_path / "xdg-data"))  # XDG_DATA_HOME from conftest


def test_the_models_match_the_schema_the_migrations_build(garden: Garden):
    for model in MODELS:
        table = model._meta.table_name
        columns = {row[1] for row in garden.repo.db.execute_sql(f"PRAGMA table_info({table})")}
        fields = {f.column_name for f in model._meta.sorted_fields}
        assert columns == fields, table


def _make_first_schema_garden(path: Path) -> None:
    """A garden as version 1 of the app wrote it, with a person and an interaction."""
    conn = sqlite3.connect(path)
    MIGRATIONS[0].apply(conn)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute("PRAGMA user_version = 1")
    conn.execute(
        "INSERT INTO person (id, name, circle, species, created, birthday_month, birthday_day)"
        " VALUES (1, 'Zoë', 'heart', 'rose', '2024-03-01 10:00:00', 2, 29)"
    )
    conn.execute(
        "INSERT INTO interaction (id, person_id, day, channel, depth, reached_out, created)"
        " VALUES (1, 1, '2024-03-02', 'call', 'deep', 'them', '2024-03-02 21:00:00')"
    )
    conn.execute("INSERT INTO topic (id, name, key) VALUES (1, 'Music', 'music')")
    conn.execute("INSERT INTO interaction_topic VALUES (1, 1)")
    conn.commit()
    conn.close()


def test_a_garden_made_with_the_first_schema_is_upgraded_with_its_data(data_dir: Path, clock):
    data_dir.mkdir()
    path = paths.database_path(data_dir)
    _make_first_schema_garden(path)
    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO setting (key, value) VALUES ('theme', '\"dark\"')")
    conn.commit()
    conn.close()
    with Garden.open(data_dir, clock) as garden:
        version = garden.repo.db.execute_sql("PRAGMA user_version").fetchone()[0]
        assert version == SCHEMA_VERSION >= 2
        (zoe,) = garden.people()
        assert zoe.name == "Zoë" and zoe.birthday == Birthday(2, 29)
        (call,) = garden.interactions(zoe.id)
        assert call.topics == ("Music",) and call.on == dt.date(2024, 3, 2)
        assert garden.setting("theme") == "dark"
        assert garden.check() == []
        # What version 2 added works on the upgraded file: reminders about Zoë.
        reminders = Reminders(garden)
        reminders.save_thing(zoe.id, "that jazz record")
        reminders.snooze(zoe.id, days=3)
        assert [t.text for t in reminders.things_to_share(zoe.id)] == ["that jazz record"]
        assert reminders.snoozed_until(zoe.id) == clock.today() + dt.timedelta(days=3)
    with Garden.open(data_dir, clock) as again:
        assert [t.text for t in Reminders(again).things_to_share(zoe.id)] == ["that jazz record"]


def test_version_two_adds_the_reminder_tables_and_keeps_version_one_as_it_was(tmp_path: Path):
    conn = sqlite3.connect(tmp_path / "g.sqlite3")
    MIGRATIONS[0].apply(conn)
    first = set(_tables(conn))
    MIGRATIONS[1].apply(conn)
    assert set(_tables(conn)) - first == {"snooze", "thing_to_share", "digest", "digest_person"}
    conn.close()


def _tables(conn: sqlite3.Connection) -> list[str]:
    return [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]


def test_migrations_are_numbered_in_order():
    assert [m.version for m in MIGRATIONS] == list(range(1, len(MIGRATIONS) + 1))


def test_a_garden_from_a_newer_version_is_refused_and_left_untouched(data_dir: Path):
    data_dir.mkdir()
    path = paths.database_path(data_dir)
    _make_first_schema_garden(path)
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    before = digest(path)
    with pytest.raises(store_db.NewerSchemaError, match="newer version"):
        Garden.open(data_dir)
    assert digest(path) == before
    assert sorted(p.name for p in data_dir.iterdir()) == ["garden.sqlite3"]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty"),
        (b"this is not a database at all\n" * 10, "not a garden"),
        (b"SQLite format 3\x00" + b"\xff" * 4000, "damaged|cannot be read|not a garden"),
    ],
    ids=["empty", "text", "garbage-after-header"],
)
def test_broken_files_are_refused_and_left_byte_for_byte(data_dir: Path, content, message):
    data_dir.mkdir()
    path = paths.database_path(data_dir)
    path.write_bytes(content)
    with pytest.raises(store_db.StoreError, match=message):
        Garden.open(data_dir)
    assert path.read_bytes() == content


def test_another_programs_sqlite_file_is_refused(data_dir: Path):
    data_dir.mkdir()
    path = paths.database_path(data_dir)
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE songs (title TEXT)")
    conn.commit()
    conn.close()
    before = digest(path)
    with pytest.raises(store_db.NotAGardenError, match="not a garden"):
        Garden.open(data_dir)
    assert digest(path) == before


def test_a_truncated_garden_is_refused_and_left_as_is(data_dir: Path, clock):
    with Garden.open(data_dir, clock) as garden:
        for i in range(300):
            garden.add_person(f"Person {i}", notes="x" * 500)
    path = paths.database_path(data_dir)
    # Fold the WAL into the file, then cut the file in half.
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute("PRAGMA journal_mode=delete")
    conn.close()
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(store_db.StoreError):
        Garden.open(data_dir)
    assert path.read_bytes() == data[: len(data) // 2]


@pytest.mark.parametrize(
    "name", ["Zoë Lefèvre", "王芳", "Sam 🌻 Rivera", "Ølaf Ågren", "ﬀ ligature"]
)
def test_any_unicode_name_round_trips(garden: Garden, name: str):
    change = garden.add_person(name, circle=Circle.CLOSE)
    (pid,) = change.people
    assert garden.person(pid).name == name
    assert garden.find(name).id == pid


def test_topics_are_unique_ignoring_case_and_accents(garden: Garden):
    pid = next(iter(garden.add_person("A", topics=["Café", "music"]).people))
    garden.log_interaction(pid, topics=["CAFE", "Music", "books"])
    assert sorted(garden.topics(), key=str.casefold) == ["books", "Café", "music"]
    rows = garden.repo.db.execute_sql("SELECT count(*) FROM topic").fetchone()[0]
    assert rows == 3


def test_two_connections_see_each_others_commits(data_dir: Path, clock):
    with Garden.open(data_dir, clock) as window, Garden.open(data_dir, clock) as cli:
        assert window.states() == {}
        assert not window.changed_elsewhere()
        cli.add_person("Giulia")
        assert window.changed_elsewhere()
        assert not window.changed_elsewhere()
        assert [p.name for p in window.people()] == ["Giulia"]
        assert len(window.states()) == 1


def test_repository_reads_back_what_it_wrote(garden: Garden):
    repo: Repository = garden.repo
    pid = next(
        iter(
            garden.add_person(
                "Anna", birthday=Birthday(12, 31, 1990), topics=["hiking"], nickname="Annie"
            ).people
        )
    )
    person = repo.person(pid)
    assert person is not None
    assert (person.birthday, person.topics, person.nickname) == (
        Birthday(12, 31, 1990),
        ("hiking",),
        "Annie",
    )
    assert repo.person(pid + 100) is None


def test_files_are_synced_through_a_handle_windows_accepts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    import errno
    import os

    from garden.store import atomic

    fcntl = pytest.importorskip("fcntl")  # POSIX: reads a handle's access mode

    real_fsync = os.fsync
    synced: list[int] = []

    def fsync_like_windows(fd: int) -> None:
        # Windows' _commit refuses a handle opened for reading only (EBADF).
        if fcntl.fcntl(fd, fcntl.F_GETFL) & os.O_ACCMODE == os.O_RDONLY:
            raise OSError(errno.EBADF, "Bad file descriptor")
        synced.append(fd)
        real_fsync(fd)

    monkeypatch.setattr(atomic.os, "fsync", fsync_like_windows)
    target = tmp_path / "export.json"
    atomic.write_atomically(target, lambda temp: temp.write_text("{}"))
    assert target.read_text() == "{}" and synced
