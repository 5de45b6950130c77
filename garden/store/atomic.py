"""Writing a file so that it is either wholly there or not changed at all.

Exports and backups go to a temporary file in the destination's own folder (a rename is
only atomic within one file system), are flushed to the disk, and then renamed over the
destination; the folder is synced too so that the rename itself survives a power cut.
A failure at any point leaves the old file as it was and removes the temporary one.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

from garden.i18n import _
from garden.store.db import StoreError

#: Files the app writes are readable by the user only: they hold private notes.
PRIVATE_FILE_MODE = 0o600


class FileWriteError(StoreError):
    """A file could not be written; the message is meant for the user."""


def sync_folder(folder: Path) -> None:
    """Make a rename or a new file in `folder` durable (a no-op where folders cannot be
    opened, as on Windows)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # some file systems refuse fsync on folders; the data itself was synced
    finally:
        os.close(fd)


def sync_file(path: Path) -> None:
    """Flush what was written to `path` down to the disk."""
    # Opened for writing: Windows refuses to flush a read-only handle (EBADF).
    fd = os.open(path, os.O_RDWR)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def describe_os_error(exc: OSError) -> str:
    """A short reason for the user: "the disk is full", "permission denied"..."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        return _("the disk is full")
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return _("the folder or file is read-only")
    return exc.strerror or str(exc)


@contextlib.contextmanager
def temporary_sibling(path: Path, prefix: str = ".tmp-") -> Iterator[Path]:
    """A fresh private file next to `path`, removed again unless it was renamed away."""
    fd, name = tempfile.mkstemp(prefix=prefix + path.name + "-", dir=path.parent)
    os.close(fd)
    temp = Path(name)
    try:
        temp.chmod(PRIVATE_FILE_MODE)  # mkstemp already uses 0600; be explicit
        yield temp
    finally:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()


def replace_with(temp: Path, path: Path) -> None:
    """Move the finished `temp` over `path` and make the move durable."""
    temp.replace(path)
    sync_folder(path.parent)


def write_atomically(
    path: Path, write: Callable[[Path], None] | bytes, mode: int = PRIVATE_FILE_MODE
) -> None:
    """Write `path` in one step: all of it, or nothing changed.

    `write` is the content, or a function that fills the temporary file it is given
    (for writers that want a file name, such as SQLite's backup).
    Raises `FileWriteError` with a message for the user.
    """
    try:
        with temporary_sibling(path) as temp:
            if isinstance(write, bytes):
                with temp.open("wb") as handle:
                    handle.write(write)
                    handle.flush()
                    os.fsync(handle.fileno())
            else:
                write(temp)
                sync_file(temp)
            temp.chmod(mode)
            replace_with(temp, path)
    except FileWriteError:
        raise
    except OSError as exc:
        raise FileWriteError(
            _("Cannot write {path}: {reason}; nothing was changed.").format(
                path=path, reason=describe_os_error(exc)
            )
        ) from exc
