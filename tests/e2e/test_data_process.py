"""Data that lasts, under real conditions: processes killed mid-write, two programs writing
at once, broken files at start, a full disk, and the data commands as users run them."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from garden.domain.clock import FixedClock
from garden.services import importing
from garden.services.garden import Garden
from garden.store.schema import APPLICATION_ID, SCHEMA_VERSION
from tests.conftest import TODAY
from tests.helpers.files import file_size_limit
from tests.helpers.read_only import make_read_only, make_writable


def integrity(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return str(conn.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        conn.close()


def interaction_ids(path: Path) -> set[int]:
    conn = sqlite3.connect(path)
    try:
        return {row[0] for row in conn.execute("SELECT id FROM interaction")}
    finally:
        conn.close()


def _log_until_killed(folder: Path, write_end: int) -> None:
    """The child: log moments as fast as it can, reporting each once it is committed."""
    # No daily backup here: a child killed while backing up would spend its whole short
    # life on it, and this test is about the moments it logs.
    garden = Garden.open(
        folder, FixedClock(dt.datetime.combine(TODAY, dt.time(10))), daily_backup=False
    )
    person = garden.people()[0].id
    n = 0
    while True:
        n += 1
        change = garden.log_interaction(person, note=f"moment {n}", topics=[f"t{n % 7}"])
        (iid,) = change.interactions
        os.write(write_end, f"{iid}\n".encode())


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")
def test_kill_9_at_random_moments_never_loses_a_committed_moment(tmp_path: Path):
    folder = tmp_path / "garden"
    with Garden.open(folder, FixedClock(dt.datetime.combine(TODAY, dt.time(10)))) as garden:
        garden.add_person("Giulia")
    db = folder / "garden.sqlite3"
    rng = random.Random(7)
    reported: set[int] = set()
    kills = 0
    for _ in range(60):
        read_end, write_end = os.pipe()
        pid = os.fork()
        if pid == 0:  # the child never returns into pytest
            try:
                os.close(read_end)
                _log_until_killed(folder, write_end)
            finally:
                os._exit(1)
        os.close(write_end)
        time.sleep(rng.uniform(0.0, 0.06))
        os.kill(pid, signal.SIGKILL)
        _, status = os.waitpid(pid, 0)
        kills += os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL
        with os.fdopen(read_end, "rb") as pipe:
            lines = pipe.read().split(b"\n")
        reported.update(int(line) for line in lines[:-1])  # the last may be cut short
        assert integrity(db) == "ok"
        missing = reported - interaction_ids(db)
        assert not missing, f"committed moments lost after kill -9: {sorted(missing)[:5]}"
    assert kills >= 50
    assert len(reported) > 50  # the children did get work done between kills
    with Garden.open(folder) as garden:
        assert garden.check() == []


WRITER = textwrap.dedent(
    """
    import sys
    from garden.services.garden import Garden
    folder, name, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
    with Garden.open(folder) as garden:
        person = garden.find(name).id
        for n in range(count):
            (iid,) = garden.log_interaction(person, note=f"{name} {n}").interactions
            print(iid, flush=True)
            garden.changed_elsewhere()  # as the window does, then redraws
            garden.states()
    """
)


def test_the_window_and_the_command_line_writing_at_once_lose_nothing(tmp_path, garden_cmd):
    folder = garden_cmd.data_dir
    for name in ("Giulia", "Marco"):
        assert garden_cmd("add", name).returncode == 0
    env = {k: v for k, v in os.environ.items() if not k.startswith("GARDEN_")}
    env["GARDEN_TODAY"] = TODAY.isoformat()
    writers = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, str(folder), name, "80"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        for name in ("Giulia", "Marco")
    ]
    cli = [garden_cmd("log", "Giulia", "--note", f"from the command line {n}") for n in range(8)]
    outputs = [w.communicate(timeout=120) for w in writers]
    for writer, (_out, err) in zip(writers, outputs, strict=True):
        assert writer.returncode == 0 and err == "", err
    for result in cli:
        assert result.returncode == 0 and result.stderr == "", result.stderr
        assert "locked" not in result.stdout
    ids = {int(line) for out, _ in outputs for line in out.split()}
    assert len(ids) == 160
    db = folder / "garden.sqlite3"
    assert ids <= interaction_ids(db) and len(interaction_ids(db)) == 168
    assert integrity(db) == "ok"


# --- broken files at start ----------------------------------------------------------------


def _garden_file(tmp_path: Path) -> bytes:
    folder = tmp_path / "source"
    contacts = tmp_path / "contacts.csv"
    contacts.write_text("name,notes\n" + "".join(f"Person {n},{'x' * 300}\n" for n in range(200)))
    with Garden.open(folder) as garden:
        importing.apply_import(garden, importing.plan_import(garden, contacts))
    conn = sqlite3.connect(folder / "garden.sqlite3")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()
    return (folder / "garden.sqlite3").read_bytes()


def _sqlite_file(tmp_path: Path, sql: str, user_version: int = 0, app_id: int = 0) -> bytes:
    path = tmp_path / f"made-{user_version}-{app_id}.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute(sql)
    conn.execute(f"PRAGMA user_version = {user_version}")
    conn.execute(f"PRAGMA application_id = {app_id}")
    conn.commit()
    conn.close()
    return path.read_bytes()


def _broken(kind: str, tmp_path: Path) -> bytes:
    if kind == "empty":
        return b""
    if kind == "truncated":
        whole = _garden_file(tmp_path)
        return whole[: len(whole) // 3]
    if kind == "garbage":
        return bytes(random.Random(3).getrandbits(8) for _ in range(8192))
    if kind == "not-sqlite":
        return b"BEGIN:VCARD\r\nFN:Giulia\r\nEND:VCARD\r\n"
    if kind == "another-programs-sqlite":
        return _sqlite_file(tmp_path, "CREATE TABLE songs (title TEXT)")
    if kind == "newer":
        return _sqlite_file(tmp_path, "CREATE TABLE person (x)", SCHEMA_VERSION + 1, APPLICATION_ID)
    raise AssertionError(kind)


BROKEN_KINDS = ["empty", "truncated", "garbage", "not-sqlite", "another-programs-sqlite", "newer"]


@pytest.mark.parametrize("kind", BROKEN_KINDS)
def test_a_broken_garden_file_stays_byte_for_byte_unchanged(tmp_path, garden_cmd, kind):
    content = _broken(kind, tmp_path)
    folder = garden_cmd.data_dir
    folder.mkdir()
    db = folder / "garden.sqlite3"
    db.write_bytes(content)
    before = hashlib.sha256(content).hexdigest()
    for args in (["status"], ["add", "Anna"], ["backup"]):
        result = garden_cmd(*args)
        assert result.returncode in (1, 2), (args, result)
        assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before
    assert sorted(p.name for p in folder.iterdir()) == ["garden.sqlite3"]


def test_restore_backup_recovers_a_damaged_garden_from_the_command_line(garden_cmd):
    assert garden_cmd("add", "Giulia").returncode == 0
    assert garden_cmd("backup").returncode == 0
    db = garden_cmd.data_dir / "garden.sqlite3"
    db.write_bytes(b"\x00" * 100)
    result = garden_cmd("status")
    assert result.returncode == 1 and "left as it is" in result.stderr
    result = garden_cmd("backups")
    assert result.returncode == 0 and "manual" in result.stdout
    result = garden_cmd("restore-backup")
    assert result.returncode == 0, result.stderr
    assert "set aside as garden.sqlite3.set-aside-" in result.stdout
    assert "Giulia" in garden_cmd("status").stdout
    aside = next(garden_cmd.data_dir.glob("garden.sqlite3.set-aside-*"))
    assert aside.read_bytes() == b"\x00" * 100


# --- a full disk and a read-only folder -----------------------------------------------------


def test_a_full_disk_during_an_import_changes_nothing(tmp_path, garden_cmd):
    assert garden_cmd("add", "Giulia").returncode == 0
    assert garden_cmd("log", "Giulia", "--note", "before the disk filled up").returncode == 0
    rows = "name,notes\n" + "".join(f"Person {n},{'note ' * 20}\n" for n in range(20_000))
    contacts = tmp_path / "contacts.csv"
    contacts.write_text(rows)
    result = garden_cmd("import", str(contacts), preexec_fn=file_size_limit(1_000_000))
    assert result.returncode == 1, result
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert "disk is full" in result.stderr
    assert garden_cmd("check").stdout == "ok\n"
    people = json.loads(garden_cmd("status", "--json").stdout)["people"]
    assert [p["name"] for p in people] == ["Giulia"]
    assert "before the disk filled up" in garden_cmd("show", "Giulia").stdout


def test_a_full_disk_during_an_export_keeps_the_old_file(tmp_path, garden_cmd):
    assert garden_cmd("demo", "--people", "60", "--years", "2").returncode == 0
    out = tmp_path / "garden.json"
    out.write_text("last year's export")
    result = garden_cmd("export", "--out", str(out), preexec_fn=file_size_limit(100_000))
    assert result.returncode == 1, result
    assert "the disk is full; nothing was changed" in result.stderr
    assert result.stderr.count("\n") == 1
    assert out.read_text() == "last year's export"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".tmp")] == []


@pytest.mark.skipif(not hasattr(os, "getuid"), reason="POSIX permissions")
def test_a_read_only_garden_folder_refuses_backups_and_imports_clearly(tmp_path, garden_cmd):
    assert garden_cmd("add", "Giulia").returncode == 0
    folder = garden_cmd.data_dir
    db = folder / "garden.sqlite3"
    contacts = tmp_path / "c.csv"
    contacts.write_text("name\nAnna\n")
    before = db.read_bytes()
    paths = [db, folder]
    make_read_only(paths)
    try:
        for args in (["backup"], ["import", str(contacts)], ["restore-backup"]):
            result = garden_cmd(*args)
            assert result.returncode == 1, (args, result)
            assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
            assert "read-only" in result.stderr or "no good backup" in result.stderr
        assert db.read_bytes() == before
    finally:
        make_writable(paths)


# --- the data commands as users run them --------------------------------------------------


def test_backup_export_import_and_restore_from_the_command_line(tmp_path, garden_cmd):
    assert (
        garden_cmd("add", "Zoë Lefèvre", "--circle", "heart", "--birthday", "05-17").returncode == 0
    )
    assert garden_cmd("log", "zoe", "--depth", "deep", "--note", "=1+2 a formula").returncode == 0
    result = garden_cmd("backup")
    assert result.returncode == 0 and "Backed up the garden to" in result.stdout
    listing = garden_cmd("backups")
    assert listing.returncode == 0 and "2026-11-26" in listing.stdout and " kB " in listing.stdout
    data = json.loads(garden_cmd("backups", "--json").stdout)
    assert data["backups"] and all(b["size"] > 0 for b in data["backups"])

    exported = tmp_path / "garden.json"
    result = garden_cmd("export", "--format", "json", "--out", str(exported))
    assert result.returncode == 0 and "Exported 1 person" in result.stdout
    other = tmp_path / "other"
    preview = garden_cmd("import", str(exported), "--dry-run", data_dir=other)
    assert preview.returncode == 0 and "new (1): Zoë Lefèvre" in preview.stdout
    assert "Nothing was imported" in preview.stdout
    assert "Zoë" not in garden_cmd("status", data_dir=other).stdout
    result = garden_cmd("import", str(exported), data_dir=other)
    assert result.returncode == 0 and "Imported 1 person." in result.stdout
    again = tmp_path / "again.json"
    assert garden_cmd("export", "--out", str(again), data_dir=other).returncode == 0
    assert again.read_bytes() == exported.read_bytes()

    for fmt in ("csv", "vcf", "ics"):
        out = tmp_path / f"people.{fmt}"
        assert garden_cmd("export", "--out", str(out)).returncode == 0
        assert out.stat().st_mode & 0o777 == 0o600

    assert garden_cmd("add", "Marco").returncode == 0
    result = garden_cmd("restore-backup", data["backups"][0]["name"])
    assert result.returncode == 0 and "before-restore" in result.stdout
    assert "Marco" not in garden_cmd("status").stdout
    assert garden_cmd("restore", "--help").returncode == 0  # archived people, as before


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["import", "/no/such/file.vcf"], 2, "No file /no/such/file.vcf"),
        (["export", "--out", "x.xls"], 2, "--format"),
        (["export", "--format", "pdf", "--out", "x"], 2, "invalid choice"),
        (["export", "--format", "json", "--out", "/no/such/dir/x.json"], 1, "does not exist"),
        (["restore-backup", "garden-nothing.sqlite3"], 1, "No backup called"),
    ],
)
def test_data_command_mistakes_are_one_line(garden_cmd, args, code, message):
    assert garden_cmd("add", "Giulia").returncode == 0
    result = garden_cmd(*args)
    assert result.returncode == code, result
    assert result.stderr.count("\n") == 1 and message in result.stderr
    assert "Traceback" not in result.stderr


def test_a_broken_contact_file_names_the_line_and_imports_nothing(tmp_path, garden_cmd):
    assert garden_cmd("add", "Giulia").returncode == 0
    contacts = tmp_path / "phone.vcf"
    contacts.write_bytes(b"BEGIN:VCARD\r\nFN:Anna\r\nEND:VCARD\r\nBEGIN:VCARD\r\nFN:Marco\r\n")
    result = garden_cmd("import", str(contacts))
    assert result.returncode == 1
    assert result.stderr == (
        "garden: phone.vcf, line 4: this card has no END:VCARD; nothing was imported.\n"
    )
    names = [p["name"] for p in json.loads(garden_cmd("status", "--json").stdout)["people"]]
    assert names == ["Giulia"]
