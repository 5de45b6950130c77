"""Opening the garden's SQLite file safely.

Before anything writes to an existing file we look at it read-only: an empty, foreign,
damaged or newer file is refused with a clear message and left byte-for-byte as it was.
Only then is it opened for writing, with the pragmas below, and migrated.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import peewee

from garden.domain.clock import SystemClock
from garden.i18n import _
from garden.store.schema import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION

SQLITE_HEADER = b"SQLite format 3\x00"
#: How long a write waits for another process (the window, a `garden log`) to finish.
BUSY_TIMEOUT_MS = 10_000


def pragmas() -> tuple[tuple[str, object], ...]:
    return (
        ("journal_mode", "wal"),  # readers never block the writer; survives crashes
        ("foreign_keys", 1),
        ("busy_timeout", BUSY_TIMEOUT_MS),
        # FULL: in WAL mode every commit is fsynced, so a logged conversation survives a
        # power cut, not only a crash of the app. NORMAL would save that fsync, but this
        # app commits a few times a day, where it costs milliseconds nobody notices.
        ("synchronous", "full"),
        ("cache_size", -8000),  # 8 MB: a ten-year garden fits in memory
        ("temp_store", "memory"),
    )


class StoreError(Exception):
    """A problem with the garden file, with a message meant for the user."""


class NotAGardenError(StoreError):
    """The file exists but is empty, damaged or not ours."""


class NewerSchemaError(StoreError):
    """The file was written by a newer version of the app."""


class GardenBusyError(StoreError):
    """Another program held the garden for longer than the busy timeout."""


def _is_busy(exc: BaseException) -> bool:
    text = str(exc)
    return "locked" in text or "busy" in text


def _busy_error() -> GardenBusyError:
    return GardenBusyError(
        _("The garden is busy in another program; please try again in a moment.")
    )


@contextlib.contextmanager
def _private_files() -> Iterator[None]:
    """New files (the database, its -wal and -shm) readable by the user only."""
    old = os.umask(0o077)
    try:
        yield
    finally:
        os.umask(old)


def ensure_private_dir(directory: Path) -> None:
    """Create the data folder (0700) and any missing parents; complain clearly otherwise."""
    try:
        with _private_files():
            directory.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(
            _("Cannot create the garden folder {directory}: {reason}").format(
                directory=directory, reason=exc.strerror
            )
        ) from exc
    if not directory.is_dir():
        raise StoreError(_("{directory} is not a folder").format(directory=directory))


def inspect_file(path: Path) -> int:
    """The schema version of an existing garden file, read without changing a byte.

    Raises `NotAGardenError` for an empty, foreign or damaged file and `NewerSchemaError`
    for a file from a newer version of the app.
    """
    try:
        with path.open("rb") as handle:
            header = handle.read(100)
    except OSError as exc:
        raise StoreError(
            _("Cannot read {path}: {reason}").format(path=path, reason=exc.strerror)
        ) from exc
    if not header:
        raise NotAGardenError(
            _(
                "{path} is empty (0 bytes); it was left as it is. Restore a backup or move it away."
            ).format(path=path)
        )
    if not header.startswith(SQLITE_HEADER) or len(header) < 100:
        raise NotAGardenError(
            _("{path} is not a garden database; it was left as it is.").format(path=path)
        )
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise StoreError(_("Cannot open {path}: {exc}").format(path=path, exc=exc)) from exc
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        app_id = int(conn.execute("PRAGMA application_id").fetchone()[0])
        tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise NewerSchemaError(
                _(
                    "{path} was saved by a newer version of Relationship Garden (schema {version};"
                    " this version knows up to {known}). Please update the app;"
                    " the file was left untouched."
                ).format(path=path, version=version, known=SCHEMA_VERSION)
            )
        if (version or tables) and app_id != APPLICATION_ID:
            raise NotAGardenError(
                _(
                    "{path} is an SQLite file but not a garden database; it was left as it is."
                ).format(path=path)
            )
        check = conn.execute("PRAGMA quick_check").fetchone()[0]
        if check != "ok":
            raise NotAGardenError(
                _("{path} is damaged ({check}); it was left as it is.").format(
                    path=path, check=check
                )
            )
    except sqlite3.OperationalError as exc:
        if _is_busy(exc):
            raise _busy_error() from exc
        raise NotAGardenError(
            _("{path} cannot be read as a garden ({exc}); it was left as it is.").format(
                path=path, exc=exc
            )
        ) from exc
    except sqlite3.DatabaseError as exc:
        raise NotAGardenError(
            _("{path} is damaged ({exc}); it was left as it is.").format(path=path, exc=exc)
        ) from exc
    finally:
        conn.close()
    return version


def connect(path: Path, now: dt.datetime | None = None) -> peewee.SqliteDatabase:
    """Open (creating if needed) and migrate the garden at `path`.

    An existing garden that needs migrating is backed up first (named after `now`,
    the app's clock); if that backup cannot be made, nothing is migrated.
    """
    ensure_private_dir(path.parent)
    existed = path.exists()
    if not os.access(path.parent, os.W_OK | os.X_OK) or (existed and not os.access(path, os.W_OK)):
        what = path if existed else path.parent
        raise StoreError(
            _(
                "{what} is read-only; the garden needs to write there"
                " (check its permissions). Nothing was changed."
            ).format(what=what)
        )
    if existed and 0 < inspect_file(path) < SCHEMA_VERSION:
        from garden.store.backup import BackupReason, make_backup  # backup imports this module

        make_backup(path, now or SystemClock().now(), BackupReason.BEFORE_MIGRATION)
    db = peewee.SqliteDatabase(
        str(path), pragmas=pragmas(), timeout=BUSY_TIMEOUT_MS / 1000, autoconnect=True
    )
    try:
        with _private_files():
            db.connect()
        migrate(db)
    except (peewee.OperationalError, sqlite3.OperationalError) as exc:
        db.close()
        raise translate_error(exc, _("Cannot open {path}").format(path=path)) from exc
    except BaseException:
        db.close()
        raise
    return db


def translate_error(exc: BaseException, context: str | None = None) -> StoreError:
    """A user-facing error for an SQLite failure (busy, read-only, disk full...)."""
    context = context or _("The garden")
    text = str(exc)
    if "no transaction is active" in text and exc.__context__ is not None:
        # SQLite rolls back by itself after a full disk or an I/O error, so the ROLLBACK
        # that follows fails too; the first error is the one that says what happened.
        return translate_error(exc.__context__, context)
    if _is_busy(exc):
        return _busy_error()
    if "readonly" in text or "read-only" in text:
        return StoreError(
            _("{context}: the garden file or its folder is read-only; nothing was changed.").format(
                context=context
            )
        )
    if "disk is full" in text or "disk I/O" in text:
        return StoreError(
            _(
                "{context}: the disk is full or failing ({text}); what was saved before is safe."
            ).format(context=context, text=text)
        )
    if "malformed" in text or "not a database" in text:
        return StoreError(
            _(
                "{context}: the garden file is damaged ({text});"
                " a backup can bring it back (garden restore-backup)."
            ).format(context=context, text=text)
        )
    if "unable to open" in text:
        return StoreError(
            _(
                "{context}: the garden file cannot be opened ({text});"
                " check the folder's permissions. Nothing was changed."
            ).format(context=context, text=text)
        )
    return StoreError(_("{context}: {text}").format(context=context, text=text))


def migrate(db: peewee.SqliteDatabase) -> list[int]:
    """Bring the schema up to date; returns the versions applied (empty when current)."""
    conn = db.connection()
    applied: list[int] = []
    current = int(conn.execute("PRAGMA user_version").fetchone()[0])
    for migration in MIGRATIONS:
        if migration.version <= current:
            continue
        with db.atomic("IMMEDIATE"):
            # Re-read under the write lock: another process may have migrated meanwhile.
            current = int(conn.execute("PRAGMA user_version").fetchone()[0])
            if migration.version <= current:
                continue
            migration.apply(conn)
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            conn.execute(f"PRAGMA user_version = {migration.version}")
        applied.append(migration.version)
    return applied


def open_memory() -> peewee.SqliteDatabase:
    """A fresh in-memory garden (tests, benchmarks)."""
    db = peewee.SqliteDatabase(":memory:", pragmas=(("foreign_keys", 1),))
    db.connect()
    migrate(db)
    return db
