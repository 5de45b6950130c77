"""Backups of the garden file: made with SQLite's backup API, checked, kept in tiers.

A backup is a complete, standalone copy of the garden (rollback-journal mode, no -wal
beside it) in `backups/` inside the data folder, named after the moment it was taken and
why: `garden-20261126-100000-daily.sqlite3`. It is written to a temporary file, checked
with `PRAGMA integrity_check`, synced and only then renamed into place, so a listed backup
is always a whole one. Old backups are thinned in tiers (the newest of each of the last
7 days, 8 weeks and 12 months by default) and the newest good one is never deleted.

Restoring copies a backup into the live file through the same API, so a window or a
command that has the garden open simply sees the restored data at its next read. A file
that cannot be opened (damaged, empty, foreign, newer) is never overwritten: it is set
aside under a new name and the backup is put in its place.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
import sqlite3
import time
from collections.abc import Callable, Hashable, Iterator, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from garden.i18n import _
from garden.store.atomic import (
    PRIVATE_FILE_MODE,
    describe_os_error,
    replace_with,
    sync_file,
    sync_folder,
)
from garden.store.atomic import temporary_sibling as _temporary_sibling
from garden.store.db import (
    BUSY_TIMEOUT_MS,
    SQLITE_HEADER,
    GardenBusyError,
    NewerSchemaError,
    StoreError,
    ensure_private_dir,
    inspect_file,
    translate_error,
)
from garden.store.schema import APPLICATION_ID, SCHEMA_VERSION

BACKUP_FOLDER = "backups"
#: How old the newest backup may be before opening the garden makes a new one.
DAILY = dt.timedelta(days=1)
#: A temporary file older than this was left by a process that died mid-backup.
STALE_TEMPORARY_SECONDS = 3600

_TEMP_PREFIX = ".tmp-"
_NAME = re.compile(r"^garden-(\d{8})-(\d{6})(?:-(\d+))?-([a-z][a-z-]*)\.sqlite3$")
#: Files next to an SQLite database that belong to it.
_COMPANIONS = ("-wal", "-shm", "-journal")


class BackupReason(StrEnum):
    """Why a backup was made (part of its file name)."""

    DAILY = "daily"
    MANUAL = "manual"
    BEFORE_MIGRATION = "before-upgrade"
    BEFORE_IMPORT = "before-import"
    BEFORE_RESTORE = "before-restore"


@dataclass(frozen=True, slots=True)
class Backup:
    """One backup file: where it is, when it was taken (by the app's clock), why, how big."""

    path: Path
    taken: dt.datetime
    reason: str
    size: int

    @property
    def name(self) -> str:
        return self.path.name


@dataclass(frozen=True, slots=True)
class Retention:
    """How many backups each tier keeps: the newest of each of the last N days, weeks and
    months that have a backup (so a month away from the app does not empty the tiers).

    Every backup from the last `recent` before the newest one is kept too, so a backup
    made by hand is not thinned away by the automatic one that follows it.
    """

    recent: dt.timedelta = dt.timedelta(days=1)
    daily: int = 7
    weekly: int = 8
    monthly: int = 12


@dataclass(frozen=True, slots=True)
class RestoreResult:
    """What a restore did: the backup of the garden as it was just before (None when the
    file could not be read and was set aside instead) and the files set aside."""

    restored: Backup
    safety: Backup | None
    set_aside: tuple[Path, ...]


def backup_folder(data_dir: Path) -> Path:
    return data_dir / BACKUP_FOLDER


def _parse_name(path: Path) -> tuple[dt.datetime, str] | None:
    match = _NAME.match(path.name)
    if not match:
        return None
    try:
        taken = dt.datetime.strptime(match.group(1) + match.group(2), "%Y%m%d%H%M%S")
    except ValueError:
        return None
    return taken, match.group(4)


def list_backups(data_dir: Path) -> list[Backup]:
    """The backups in the data folder, newest first. Files we did not name are ignored."""
    folder = backup_folder(data_dir)
    try:
        entries = list(folder.iterdir())
    except FileNotFoundError:
        return []
    except OSError as exc:
        raise StoreError(
            _("Cannot read {folder}: {reason}").format(folder=folder, reason=describe_os_error(exc))
        ) from exc
    found: list[Backup] = []
    for path in entries:
        parsed = _parse_name(path)
        if parsed is None:
            continue
        try:
            size = path.stat().st_size
        except OSError:
            continue  # deleted meanwhile by another process's pruning
        found.append(Backup(path, parsed[0], parsed[1], size))
    found.sort(key=_newness, reverse=True)
    return found


def _newness(backup: Backup) -> tuple[dt.datetime, int, str]:
    """Sort key: when it was taken, then, within one second, the order the counter in
    its name gives (`…-100000-manual` before `…-100000-2-manual`)."""
    match = _NAME.match(backup.name)
    counter = int(match.group(3)) if match and match.group(3) else 1
    return backup.taken, counter, backup.name


def backup_problem(path: Path) -> str | None:
    """Why the file at `path` is not a usable backup, or None when it is a good one:
    whole (`PRAGMA integrity_check`), a garden, and not from a newer version."""
    if not path.is_file():
        return _("{path} does not exist").format(path=path)
    try:
        with path.open("rb") as handle:
            header = handle.read(16)
    except OSError as exc:
        return _("cannot read {path}: {reason}").format(path=path, reason=describe_os_error(exc))
    if header != SQLITE_HEADER:
        return _("{name} is not a garden backup").format(name=path.name)
    try:
        # immutable: the checker never writes, locks or leaves a -shm beside the file.
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    except sqlite3.Error as exc:
        return _("cannot open {name}: {problem}").format(name=path.name, problem=exc)
    try:
        app_id = int(conn.execute("PRAGMA application_id").fetchone()[0])
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        if app_id != APPLICATION_ID or version < 1:
            return _("{name} is not a garden backup").format(name=path.name)
        if version > SCHEMA_VERSION:
            return _("{name} was made by a newer version of the app").format(name=path.name)
        problems = [str(row[0]) for row in conn.execute("PRAGMA integrity_check")]
        if problems != ["ok"]:
            return _("{name} is damaged ({problem})").format(name=path.name, problem=problems[0])
    except sqlite3.Error as exc:
        return _("{name} is damaged ({problem})").format(name=path.name, problem=exc)
    finally:
        conn.close()
    return None


@contextlib.contextmanager
def _reading(db_path: Path, mode: str = "rw") -> Iterator[sqlite3.Connection]:
    """A connection to an existing garden file that never creates one."""
    try:
        conn = sqlite3.connect(
            f"{db_path.resolve().as_uri()}?mode={mode}", uri=True, timeout=BUSY_TIMEOUT_MS / 1000
        )
    except sqlite3.Error as exc:
        raise StoreError(_("Cannot open {path}: {exc}").format(path=db_path, exc=exc)) from exc
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        yield conn
    finally:
        conn.close()


def _copy_database(source: sqlite3.Connection, target: Path) -> None:
    """Copy `source` into the (empty) file `target` as a standalone rollback-journal file."""
    dest = sqlite3.connect(target)
    try:
        # One step (pages=-1) copies a consistent snapshot even while others write.
        source.backup(dest)
        # The copy inherits WAL mode from the garden; a backup must be one file alone.
        dest.execute("PRAGMA journal_mode = DELETE")
    finally:
        dest.close()


def _free_name(folder: Path, taken: dt.datetime, reason: str) -> Path:
    stamp = taken.strftime("%Y%m%d-%H%M%S")
    path = folder / f"garden-{stamp}-{reason}.sqlite3"
    counter = 2
    while path.exists():
        path = folder / f"garden-{stamp}-{counter}-{reason}.sqlite3"
        counter += 1
    return path


def _remove_stale_temporaries(folder: Path) -> None:
    # File age on the real clock, not the app's: this is about crashed processes, not days
    # in the garden.
    limit = time.time() - STALE_TEMPORARY_SECONDS
    for path in folder.glob(_TEMP_PREFIX + "*"):
        with contextlib.suppress(OSError):
            if path.stat().st_mtime < limit:
                path.unlink()


def make_backup(
    db_path: Path,
    now: dt.datetime,
    reason: BackupReason | str = BackupReason.MANUAL,
    retention: Retention | None = None,
) -> Backup:
    """Back up the garden file at `db_path` into its `backups/` folder and thin old ones.

    The copy counts only once it passed `PRAGMA integrity_check` and was synced and
    renamed into place. Raises `StoreError` (with nothing changed) when it cannot.
    """
    folder = backup_folder(db_path.parent)
    ensure_private_dir(folder)
    _remove_stale_temporaries(folder)
    target = _free_name(folder, now.replace(microsecond=0), BackupReason(reason).value)
    what = _("Could not make a backup")
    try:
        with _temporary_sibling(target, _TEMP_PREFIX) as temp:
            with _reading(db_path) as source:
                _copy_database(source, temp)
            problem = backup_problem(temp)
            if problem is not None:
                raise StoreError(
                    _("{what}: the copy did not check out ({problem}).").format(
                        what=what, problem=problem
                    )
                )
            sync_file(temp)
            temp.chmod(PRIVATE_FILE_MODE)
            replace_with(temp, target)
    except sqlite3.Error as exc:
        raise translate_error(exc, what) from exc
    except OSError as exc:
        raise StoreError(
            _("{what} in {folder}: {reason}.").format(
                what=what, folder=folder, reason=describe_os_error(exc)
            )
        ) from exc
    backup = Backup(
        target, now.replace(microsecond=0), BackupReason(reason).value, target.stat().st_size
    )
    prune_backups(db_path.parent, retention or Retention(), known_good=target)
    return backup


def backups_to_keep(backups: Sequence[Backup], retention: Retention) -> set[Path]:
    """The backups the tiers keep: for each tier, the newest backup of each of its most
    recent periods that have one. `backups` must be newest first."""
    tiers: list[tuple[int, Callable[[Backup], Hashable]]] = [
        (retention.daily, lambda b: b.taken.date()),
        (retention.weekly, lambda b: tuple(b.taken.isocalendar())[:2]),
        (retention.monthly, lambda b: (b.taken.year, b.taken.month)),
    ]
    kept: set[Path] = set()
    if backups:
        newest = backups[0].taken
        kept.update(b.path for b in backups if newest - b.taken < retention.recent)
    for count, period in tiers:
        seen: set[Hashable] = set()
        for backup in backups:
            key = period(backup)
            if key in seen:
                continue
            if len(seen) >= count:
                break
            seen.add(key)
            kept.add(backup.path)
    return kept


def newest_good_backup(data_dir: Path) -> Backup | None:
    """The most recent backup that passes the integrity check, or None."""
    return _first_good(list_backups(data_dir))


def _first_good(backups: Sequence[Backup], known_good: Path | None = None) -> Backup | None:
    """The first of `backups` that passes the integrity check; `known_good` (a backup that
    was just checked before it was renamed into place) is taken as good without a second
    check. Backups listed before it are still checked."""
    for backup in backups:
        if backup.path == known_good or backup_problem(backup.path) is None:
            return backup
    return None


def prune_backups(
    data_dir: Path, retention: Retention | None = None, *, known_good: Path | None = None
) -> list[Backup]:
    """Delete backups no tier keeps (never the newest good one); returns those deleted.

    `known_good` is a backup this process has just checked and renamed into place.
    """
    backups = list_backups(data_dir)
    keep = backups_to_keep(backups, retention or Retention())
    newest_good = _first_good(backups, known_good)
    if newest_good is not None:
        keep.add(newest_good.path)
    removed: list[Backup] = []
    for backup in backups:
        if backup.path in keep:
            continue
        with contextlib.suppress(FileNotFoundError):
            backup.path.unlink()
            removed.append(backup)
    if removed:
        sync_folder(backup_folder(data_dir))
    return removed


def changed_since(db_path: Path, backup: Backup) -> bool:
    """Whether the garden may have changed after `backup` was made.

    Compares file modification times: in WAL mode every commit appends to the -wal file
    and a checkpoint rewrites the main file, while opening and reading touch neither
    (an empty -wal is created on open, so it only counts when it holds something).
    A checkpoint of data the backup already had makes this say yes once more than
    needed, which costs one redundant backup; it never says no after a real change.
    """
    try:
        newest = db_path.stat().st_mtime
        wal = db_path.with_name(db_path.name + "-wal")
        with contextlib.suppress(FileNotFoundError):
            info = wal.stat()
            if info.st_size > 0:
                newest = max(newest, info.st_mtime)
        return newest >= backup.path.stat().st_mtime
    except OSError:
        return True


def backup_due(db_path: Path, now: dt.datetime) -> bool:
    """True when the newest backup is older than a day and the garden changed since,
    or when there is no backup yet.

    A backup dated after `now` was made while the clock ran ahead: it is never recent
    (it would hold off daily backups until that date), so the newest backup up to `now`
    decides, or, when every backup is dated ahead, whether the garden changed since the
    newest of them.
    """
    backups = list_backups(db_path.parent)
    if not backups:
        return True
    up_to_now = [b for b in backups if b.taken <= now]
    newest = up_to_now[0] if up_to_now else backups[0]
    if newest.taken <= now and now - newest.taken < DAILY:
        return False
    return changed_since(db_path, newest)


def _with_companions(db_path: Path) -> list[tuple[Path, str]]:
    """The garden file and the files SQLite keeps beside it, each with its name's suffix."""
    return [(db_path, ""), *((db_path.with_name(db_path.name + s), s) for s in _COMPANIONS)]


def set_aside(db_path: Path, now: dt.datetime) -> tuple[Path, ...]:
    """Rename an unreadable garden file and its -wal/-shm/-journal out of the way, keeping
    every byte: `garden.sqlite3` → `garden.sqlite3.set-aside-20261126-100000`, and its
    -wal → `garden.sqlite3.set-aside-20261126-100000-wal`, the name SQLite looks for, so
    the set-aside file still opens with what its WAL holds.

    A companion left without its garden file is set aside too: SQLite would otherwise
    replay an old WAL into the file put in its place. When one file cannot be moved, those
    already moved are put back. Returns the new names (empty when there was nothing).
    """
    present = [(path, suffix) for path, suffix in _with_companions(db_path) if path.exists()]
    if not present:
        return ()
    stamp = now.strftime("%Y%m%d-%H%M%S")
    base = f"{db_path.name}.set-aside-{stamp}"
    counter = 2
    while any(db_path.with_name(base + suffix).exists() for _p, suffix in present):
        base = f"{db_path.name}.set-aside-{stamp}-{counter}"
        counter += 1
    moved: list[tuple[Path, Path]] = []
    for path, suffix in present:
        target = db_path.with_name(base + suffix)
        try:
            path.rename(target)
        except OSError as exc:
            raise _undo_set_aside(moved, path, exc) from exc
        moved.append((path, target))
    sync_folder(db_path.parent)
    return tuple(target for _path, target in moved)


def _undo_set_aside(moved: list[tuple[Path, Path]], failed: Path, exc: OSError) -> StoreError:
    """Put back the files already set aside after `failed` could not be; the error to raise
    says whether that worked."""
    stuck: list[tuple[Path, Path]] = []
    for original, target in reversed(moved):
        try:
            target.rename(original)
        except OSError:
            stuck.append((original, target))
    if moved:
        sync_folder(failed.parent)
    reason = describe_os_error(exc)
    if not stuck:
        return StoreError(
            _("Cannot set {path} aside: {reason}; nothing was changed.").format(
                path=failed, reason=reason
            )
        )
    renames = ", ".join(f"{target.name} → {original.name}" for original, target in stuck)
    return StoreError(
        _(
            "Cannot set {path} aside: {reason}. Some files were already renamed and could"
            " not be put back; rename them back by hand before opening the garden: {renames}."
        ).format(path=failed, reason=reason, renames=renames)
    )


def _resolve(data_dir: Path, backup: Backup | Path | str) -> Backup:
    if isinstance(backup, Backup):
        return backup
    candidate = Path(backup)
    for known in list_backups(data_dir):
        if known.path == candidate or known.name == str(backup):
            return known
    if candidate.is_file():
        # A backup kept elsewhere (copied to a USB stick, say): take its file time.
        taken = dt.datetime.fromtimestamp(candidate.stat().st_mtime).replace(microsecond=0)
        return Backup(candidate, taken, "file", candidate.stat().st_size)
    raise StoreError(_("No backup called {backup} (see “garden backups”)").format(backup=backup))


def restore_backup(db_path: Path, backup: Backup | Path | str, now: dt.datetime) -> RestoreResult:
    """Put the garden back as it was in `backup`.

    A readable garden is backed up first and then overwritten page by page through the
    backup API, in one transaction, so programs that have it open see the restored data
    at their next read. An unreadable file is set aside (renamed, never overwritten) and
    the backup is copied in its place. The result may have an older schema: open it with
    `connect`, which migrates it.
    """
    data_dir = db_path.parent
    chosen = _resolve(data_dir, backup)
    problem = backup_problem(chosen.path)
    if problem is not None:
        raise StoreError(
            _("Cannot restore: {problem}. Nothing was changed.").format(problem=problem)
        )
    readable = False
    if db_path.exists():
        try:
            inspect_file(db_path)
            readable = True
        except GardenBusyError:
            raise
        except (NewerSchemaError, StoreError):
            readable = False
    what = _("Could not restore the backup")
    if readable:
        safety = make_backup(db_path, now, BackupReason.BEFORE_RESTORE)
        try:
            with _reading(chosen.path, "ro") as source, _reading(db_path) as live:
                source.backup(live)
        except sqlite3.Error as exc:
            raise translate_error(exc, what) from exc
        return RestoreResult(chosen, safety, ())
    ensure_private_dir(data_dir)
    # Also when only a -wal is left: SQLite would replay it into the restored file.
    moved = set_aside(db_path, now)
    try:
        with _temporary_sibling(db_path, _TEMP_PREFIX) as temp:
            with _reading(chosen.path, "ro") as source:
                _copy_database(source, temp)
            sync_file(temp)
            temp.chmod(PRIVATE_FILE_MODE)
            replace_with(temp, db_path)
    except sqlite3.Error as exc:
        raise translate_error(exc, what) from exc
    except OSError as exc:
        raise StoreError(
            _("{what}: {reason}.").format(what=what, reason=describe_os_error(exc))
        ) from exc
    return RestoreResult(chosen, None, moved)
