"""Getting back to a good garden when the file cannot be opened.

At start, `Garden.open` refuses an empty, damaged, foreign or newer file (`StoreError`)
and leaves it untouched. The window then offers: restore the newest good backup
(`newest_good_backup`, then `restore_and_open`), open another folder, or quit. The command
line does the same with `garden restore-backup`.
"""

from __future__ import annotations

from pathlib import Path

from garden.domain.clock import Clock, SystemClock
from garden.i18n import _
from garden.services.garden import Garden
from garden.store import backup as store_backup
from garden.store.backup import Backup, RestoreResult
from garden.store.db import StoreError
from garden.store.paths import data_dir, database_path


def newest_good_backup(directory: str | Path | None = None) -> Backup | None:
    """The most recent backup of the garden in `directory` that passes the integrity
    check (None when there is none): what the start-up offer restores."""
    return store_backup.newest_good_backup(data_dir(directory))


def backups(directory: str | Path | None = None) -> list[Backup]:
    """Every backup of the garden in `directory`, newest first, without opening it."""
    return store_backup.list_backups(data_dir(directory))


def restore_and_open(
    directory: str | Path | None = None,
    clock: Clock | None = None,
    backup: Backup | Path | str | None = None,
) -> tuple[Garden, RestoreResult]:
    """Restore `backup` (default: the newest good one) and open the garden.

    A garden file that can be read is backed up first; one that cannot is renamed aside
    (`garden.sqlite3.set-aside-…`), never overwritten. Raises `StoreError` when there is
    no good backup or it cannot be restored; nothing is changed then.
    """
    clock = clock or SystemClock()
    path = database_path(data_dir(directory))
    chosen = backup if backup is not None else store_backup.newest_good_backup(path.parent)
    if chosen is None:
        raise StoreError(
            _("There is no good backup in {backup_folder}").format(
                backup_folder=store_backup.backup_folder(path.parent)
            )
        )
    result = store_backup.restore_backup(path, chosen, clock.now())
    return Garden.open(path.parent, clock), result
