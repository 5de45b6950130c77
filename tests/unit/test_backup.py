"""Backups: made whole or not at all, kept in tiers, restored without losing the present."""

from __future__ import annotations

import datetime as dt
import hashlib
import sqlite3
import stat
from pathlib import Path

import pytest

from garden.domain.clock import FixedClock
from garden.services import recovery
from garden.services.garden import Garden
from garden.store import backup as store_backup
from garden.store import db as store_db
from garden.store import schema
from garden.store.backup import Backup, BackupReason, Retention, backups_to_keep
from garden.store.db import StoreError
from garden.store.paths import database_path


def names(garden: Garden) -> list[str]:
    return sorted(p.name for p in garden.people(include_archived=True))


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def people_in(path: Path) -> list[str]:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        return sorted(row[0] for row in conn.execute("SELECT name FROM person"))
    finally:
        conn.close()


def test_a_backup_is_a_whole_private_standalone_copy(garden: Garden):
    garden.add_person("Giulia", notes="her trip to Lisbon")
    backup = garden.make_backup()
    assert backup.path.parent == garden.path.parent / "backups"
    assert stat.S_IMODE(backup.path.stat().st_mode) == 0o600
    assert stat.S_IMODE(backup.path.parent.stat().st_mode) == 0o700
    assert store_backup.backup_problem(backup.path) is None
    assert people_in(backup.path) == ["Giulia"]
    # One file on its own: no -wal or -shm, no temporary file left behind.
    assert sorted(p.name for p in backup.path.parent.iterdir()) == [backup.name]
    assert backup.size == backup.path.stat().st_size > 0
    assert garden.backups() == [backup]


def test_backups_are_listed_newest_first_with_dates_and_why(garden: Garden, clock: FixedClock):
    garden.add_person("Giulia")
    first = garden.make_backup()
    clock.advance(hours=2)
    second = garden.make_backup(BackupReason.BEFORE_IMPORT)
    listed = garden.backups()
    assert listed == [second, first]
    assert listed[0].reason == "before-import" and listed[1].reason == "manual"
    assert listed[0].taken == clock.now()


def test_two_backups_in_the_same_second_both_stay(garden: Garden):
    garden.add_person("Giulia")
    a, b = garden.make_backup(), garden.make_backup()
    assert a.path != b.path and garden.backups() == [b, a]  # the second is the newest


def test_opening_backs_up_once_a_day_and_only_after_changes(data_dir: Path, clock: FixedClock):
    with Garden.open(data_dir, clock) as garden:
        assert garden.backups() == []  # an empty garden has nothing to lose
        garden.add_person("Giulia")
    with Garden.open(data_dir, clock) as garden:
        (first,) = garden.backups()  # there was none yet, and now there is data
        assert first.reason == "daily"
    clock.advance(hours=23)
    with Garden.open(data_dir, clock) as garden:
        garden.add_person("Marco")
    with Garden.open(data_dir, clock) as garden:
        assert len(garden.backups()) == 1  # less than a day old
    clock.advance(hours=2)
    with Garden.open(data_dir, clock) as garden:
        newest = garden.backups()[0]
        assert newest != first and people_in(newest.path) == ["Giulia", "Marco"]
    clock.advance(days=3)
    with Garden.open(data_dir, clock) as garden:
        assert garden.backups()[0] == newest  # nothing changed since


def test_a_backup_that_cannot_be_made_never_stops_the_garden_from_opening(
    data_dir: Path, clock: FixedClock
):
    with Garden.open(data_dir, clock) as garden:
        garden.add_person("Giulia")
    (data_dir / "backups").write_text("a file where the folder should be")
    with Garden.open(data_dir, clock) as garden:
        assert names(garden) == ["Giulia"]
        assert garden.backup_problem is not None and "backups" in garden.backup_problem
        garden.add_person("Marco")  # still works


def _backups_every_day(days: int, start: dt.datetime) -> list[Backup]:
    found = [
        Backup(Path(f"b{n}"), start + dt.timedelta(days=n, hours=n % 5), "daily", 1)
        for n in range(days)
    ]
    return sorted(found, key=lambda b: b.taken, reverse=True)


def test_the_tiers_keep_seven_days_eight_weeks_and_twelve_months():
    backups = _backups_every_day(800, dt.datetime(2024, 1, 1, 9))
    kept = [b for b in backups if b.path in backups_to_keep(backups, Retention())]
    newest = backups[0].taken
    assert backups[0] in kept
    days = {b.taken.date() for b in kept}
    assert all((newest - dt.timedelta(days=n)).date() in days for n in range(7))
    weeks = {tuple(b.taken.isocalendar())[:2] for b in kept}
    assert len(weeks) >= 8
    months = {(b.taken.year, b.taken.month) for b in kept}
    assert len(months) == 12
    assert len(kept) <= 7 + 8 + 12
    oldest_kept = min(b.taken for b in kept)
    assert (newest - oldest_kept).days < 366


def test_the_tiers_count_days_that_have_backups_not_calendar_days():
    # Away for three months: the backups from before still fill the daily tier.
    start = dt.datetime(2025, 1, 1, 9)
    older = _backups_every_day(10, start)
    back = Backup(Path("new"), start + dt.timedelta(days=100), "daily", 1)
    kept = backups_to_keep([back, *older], Retention())
    assert back.path in kept and len([b for b in older if b.path in kept]) >= 6


def test_pruning_keeps_recent_backups_and_the_newest_good_one(garden: Garden, clock: FixedClock):
    garden.add_person("Giulia")
    for _ in range(10):
        garden.make_backup(BackupReason.DAILY)
        clock.advance(days=1)
    kept = garden.backups()
    assert len(kept) == 7
    # Damage the newest: the newest good one must survive any amount of pruning.
    newest, good = kept[0], kept[1]
    newest.path.write_bytes(b"SQLite format 3\x00" + b"\x00" * 500)
    removed = store_backup.prune_backups(
        garden.path.parent, Retention(recent=dt.timedelta(0), daily=1, weekly=0, monthly=0)
    )
    assert good.path.exists() and newest.path.exists()
    assert removed and all(b.path not in (good.path, newest.path) for b in removed)
    assert recovery.newest_good_backup(garden.path.parent) == good


def test_a_backup_made_by_hand_is_not_thinned_by_the_next_automatic_one(
    garden: Garden, clock: FixedClock
):
    garden.add_person("Giulia")
    by_hand = garden.make_backup()
    clock.advance(hours=1)
    garden.make_backup(BackupReason.BEFORE_IMPORT)
    assert by_hand.path.exists()


def test_files_we_did_not_name_are_never_touched(garden: Garden, clock: FixedClock):
    garden.add_person("Giulia")
    garden.make_backup()
    mine = garden.path.parent / "backups" / "my-own-copy.sqlite3"
    mine.write_bytes(b"precious")
    for _ in range(40):
        clock.advance(days=3)
        garden.make_backup()
    assert mine.read_bytes() == b"precious"


# --- restoring --------------------------------------------------------------------------


def test_restoring_brings_back_the_past_and_keeps_the_present(data_dir: Path, clock: FixedClock):
    with Garden.open(data_dir, clock) as garden, Garden.open(data_dir, clock) as window:
        garden.add_person("Giulia")
        old = garden.make_backup()
        clock.advance(hours=1)
        garden.add_person("Marco")
        assert names(window) == ["Giulia", "Marco"]
        result = garden.restore_backup(old.name)
        assert names(garden) == ["Giulia"]
        assert result.safety is not None and people_in(result.safety.path) == ["Giulia", "Marco"]
        # Another program with the garden open (the window) sees the restored garden.
        assert window.changed_elsewhere() and names(window) == ["Giulia"]
        assert garden.check() == []
    with Garden.open(data_dir, clock) as garden:
        assert names(garden) == ["Giulia"]
        assert garden.repo.db.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_a_damaged_backup_is_never_restored(garden: Garden):
    garden.add_person("Giulia")
    backup = garden.make_backup()
    data = bytearray(backup.path.read_bytes())
    data[4096:8192] = b"\xff" * 4096
    backup.path.write_bytes(bytes(data))
    before = digest(garden.path)
    with pytest.raises(StoreError, match="Cannot restore"):
        garden.restore_backup(backup)
    assert names(garden) == ["Giulia"] and digest(garden.path) == before


BROKEN = {
    "empty": b"",
    "garbage": b"\x00\x13garbage\xff" * 300,
    "not-sqlite": b"name,birthday\nGiulia,05-17\n",
    "truncated-header": b"SQLite format 3\x00\x10\x00",
}


@pytest.mark.parametrize("kind", sorted(BROKEN))
def test_an_unreadable_garden_is_set_aside_byte_for_byte_and_the_backup_restored(
    data_dir: Path, clock: FixedClock, kind: str
):
    with Garden.open(data_dir, clock) as garden:
        garden.add_person("Giulia")
        garden.make_backup()
    path = database_path(data_dir)
    path.write_bytes(BROKEN[kind])
    with pytest.raises(StoreError):
        Garden.open(data_dir, clock)
    assert path.read_bytes() == BROKEN[kind]
    offered = recovery.newest_good_backup(data_dir)
    assert offered is not None
    garden, result = recovery.restore_and_open(data_dir, clock, offered)
    with garden:
        assert names(garden) == ["Giulia"]
    (aside,) = result.set_aside
    assert aside.read_bytes() == BROKEN[kind]  # every byte kept, under a new name
    assert aside.name.startswith("garden.sqlite3.set-aside-")


def test_without_a_good_backup_nothing_is_touched(data_dir: Path, clock: FixedClock):
    data_dir.mkdir()
    path = database_path(data_dir)
    path.write_bytes(b"")
    with pytest.raises(StoreError, match="no good backup"):
        recovery.restore_and_open(data_dir, clock)
    assert path.read_bytes() == b"" and sorted(p.name for p in data_dir.iterdir()) == [
        "garden.sqlite3"
    ]


# --- before an upgrade ------------------------------------------------------------------


@pytest.fixture
def newer_schema(monkeypatch: pytest.MonkeyPatch) -> int:
    """Pretend this version of the app adds one more migration."""
    version = schema.SCHEMA_VERSION + 1
    extra = schema.Migration(version, "a test table", schema._script("CREATE TABLE extra (x)"))
    migrations = (*schema.MIGRATIONS, extra)
    for module in (store_db, store_backup):
        monkeypatch.setattr(module, "SCHEMA_VERSION", version)
    monkeypatch.setattr(store_db, "MIGRATIONS", migrations)
    return version


def _user_version(path: Path) -> int:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        return int(conn.execute("PRAGMA user_version").fetchone()[0])
    finally:
        conn.close()


def test_an_upgrade_is_preceded_by_a_backup(data_dir: Path, clock: FixedClock, request):
    with Garden.open(data_dir, clock) as garden:
        garden.add_person("Giulia")
        garden.make_backup()
    old_version = _user_version(database_path(data_dir))
    version = request.getfixturevalue("newer_schema")
    clock.advance(minutes=5)
    with Garden.open(data_dir, clock) as garden:
        upgraded = [b for b in garden.backups() if b.reason == "before-upgrade"]
        assert len(upgraded) == 1
        assert _user_version(upgraded[0].path) == old_version
        assert people_in(upgraded[0].path) == ["Giulia"]
        assert garden.repo.db.execute_sql("PRAGMA user_version").fetchone()[0] == version


def test_no_upgrade_without_a_backup(data_dir: Path, clock: FixedClock, request):
    with Garden.open(data_dir, clock) as garden:
        garden.add_person("Giulia")
    path = database_path(data_dir)
    old_version = _user_version(path)
    request.getfixturevalue("newer_schema")
    (data_dir / "backups").write_text("not a folder")
    with pytest.raises(StoreError):
        Garden.open(data_dir, clock)
    assert _user_version(path) == old_version


def _old_wal_with_many_people(data_dir: Path, clock: FixedClock) -> tuple[Backup, bytes]:
    """A backup holding one person, and the -wal of a later garden holding 200 more."""
    with Garden.open(data_dir, clock) as garden:
        garden.add_person("Giulia")
        backup = garden.make_backup()
        wal = database_path(data_dir).with_name("garden.sqlite3-wal")
        with garden.repo.transaction():
            for n in range(200):
                garden.repo.db.execute_sql(
                    "INSERT INTO person (name, circle, species, created) VALUES (?, ?, ?, ?)",
                    (f"P{n}", "friends", "fern", "2026-11-26 10:00:00"),
                )
        old_wal = wal.read_bytes()
        assert len(old_wal) > 0
    return backup, old_wal


def test_a_leftover_wal_without_its_garden_is_set_aside_not_replayed(
    data_dir: Path, clock: FixedClock
):
    backup, old_wal = _old_wal_with_many_people(data_dir, clock)
    path = database_path(data_dir)
    path.unlink()
    wal = path.with_name("garden.sqlite3-wal")
    wal.write_bytes(old_wal)
    garden, result = recovery.restore_and_open(data_dir, clock, backup)
    with garden:
        assert names(garden) == ["Giulia"]
    (aside,) = result.set_aside
    assert aside.read_bytes() == old_wal
    assert aside.name.startswith("garden.sqlite3.set-aside-") and aside.name.endswith("-wal")


def test_a_set_aside_garden_keeps_its_wal_under_the_name_sqlite_looks_for(
    data_dir: Path, clock: FixedClock
):
    with Garden.open(data_dir, clock) as garden:
        garden.add_person("Giulia")
    path = database_path(data_dir)
    main = sqlite3.connect(path)
    main.execute("PRAGMA journal_mode = WAL")
    main.execute("PRAGMA wal_autocheckpoint = 0")
    main.execute(
        "INSERT INTO person (name, circle, species, created) "
        "VALUES ('Marco', 'friends', 'fern', '2026-11-26 10:00:00')"
    )
    main.commit()
    # Copy the file and its WAL as they are while open (as after a crash).
    saved = {p.name: p.read_bytes() for p in data_dir.iterdir() if p.name.startswith("garden")}
    main.close()
    for name, data in saved.items():
        (data_dir / name).write_bytes(data)
    moved = store_backup.set_aside(path, clock.now())
    assert {p.name for p in moved} == {
        f"garden.sqlite3.set-aside-20261126-100000{suffix}"
        for suffix in ("", *(s for s in ("-wal", "-shm") if f"garden.sqlite3{s}" in saved))
    }
    assert not path.exists() and not path.with_name("garden.sqlite3-wal").exists()
    # Opened under its new name, the set-aside file finds its WAL: Marco is there.
    assert "Marco" in people_in_with_wal(data_dir / "garden.sqlite3.set-aside-20261126-100000")


def people_in_with_wal(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return sorted(row[0] for row in conn.execute("SELECT name FROM person"))
    finally:
        conn.close()


def test_a_companion_that_cannot_be_moved_puts_the_garden_back(
    data_dir: Path, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
):
    data_dir.mkdir()
    path = database_path(data_dir)
    path.write_bytes(b"damaged")
    wal = path.with_name("garden.sqlite3-wal")
    wal.write_bytes(b"its wal")
    real_rename = Path.rename

    def rename(self: Path, target):
        if self.name.endswith("-wal"):
            raise PermissionError(13, "Permission denied")
        return real_rename(self, target)

    monkeypatch.setattr(Path, "rename", rename)
    with pytest.raises(StoreError, match="nothing was changed"):
        store_backup.set_aside(path, clock.now())
    assert path.read_bytes() == b"damaged" and wal.read_bytes() == b"its wal"
    assert sorted(p.name for p in data_dir.iterdir()) == ["garden.sqlite3", "garden.sqlite3-wal"]


def test_a_backup_dated_in_the_future_does_not_stop_daily_backups(
    data_dir: Path, clock: FixedClock
):
    with Garden.open(data_dir, clock) as garden:
        garden.add_person("Giulia")
    ahead = FixedClock(clock.now() + dt.timedelta(days=300))
    with Garden.open(data_dir, ahead) as garden:
        (future,) = garden.backups()  # made while the clock ran ahead
    clock.advance(days=2)
    with Garden.open(data_dir, clock) as garden:
        garden.add_person("Marco")
    with Garden.open(data_dir, clock) as garden:
        assert store_backup.backup_due(garden.path, clock.now()) is False
        newest_now = [b for b in garden.backups() if b.taken <= clock.now()]
        assert newest_now and people_in(newest_now[0].path) == ["Giulia", "Marco"]
        assert future.path.exists()


def test_when_a_moved_file_cannot_be_put_back_the_error_says_so(
    data_dir: Path, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
):
    data_dir.mkdir()
    path = database_path(data_dir)
    path.write_bytes(b"damaged")
    path.with_name("garden.sqlite3-wal").write_bytes(b"its wal")
    real_rename = Path.rename

    def rename(self: Path, target):
        if self.name.endswith("-wal") or Path(target).name == "garden.sqlite3":
            raise PermissionError(13, "Permission denied")
        return real_rename(self, target)

    monkeypatch.setattr(Path, "rename", rename)
    with pytest.raises(StoreError) as raised:
        store_backup.set_aside(path, clock.now())
    message = str(raised.value)
    assert "nothing was changed" not in message
    assert "garden.sqlite3.set-aside-20261126-100000 → garden.sqlite3" in message
    assert (data_dir / "garden.sqlite3.set-aside-20261126-100000").read_bytes() == b"damaged"


def test_a_backup_is_checked_once(garden: Garden, monkeypatch: pytest.MonkeyPatch):
    garden.add_person("Giulia")
    garden.make_backup()
    checked: list[Path] = []
    real_problem = store_backup.backup_problem

    def backup_problem(path: Path) -> str | None:
        checked.append(path)
        return real_problem(path)

    monkeypatch.setattr(store_backup, "backup_problem", backup_problem)
    garden.make_backup()
    assert len(checked) == 1 and checked[0].name.startswith(".tmp-")


def test_pruning_after_a_backup_still_checks_backups_dated_after_it(
    garden: Garden, clock: FixedClock
):
    garden.add_person("Giulia")
    clock.advance(days=30)
    ahead = garden.make_backup()  # the clock ran ahead...
    ahead.path.write_bytes(b"SQLite format 3\x00" + b"\x00" * 500)  # ...and that one broke
    clock.advance(days=-30)
    older = [garden.make_backup(BackupReason.DAILY)]
    for _ in range(3):
        clock.advance(days=1)
        older.append(garden.make_backup(BackupReason.DAILY))
    store_backup.prune_backups(
        garden.path.parent,
        Retention(recent=dt.timedelta(0), daily=1, weekly=0, monthly=0),
        known_good=older[0].path,
    )
    # The damaged one is not good, so the newest good one (not the one named) survives.
    assert older[-1].path.exists()
