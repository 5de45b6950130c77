"""Making files and folders read-only for a test, as root too.

A normal user gets the modes (0o555 folders, 0o444 files). Root ignores modes, so it gets
the immutable attribute (`chattr +i`, from e2fsprogs, which `.ci/run` installs): then
not even root may write, rename or delete there. Where chattr is missing or the file
system has no such attribute (tmpfs), the test is skipped, saying why.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest


def make_read_only(paths: Sequence[Path]) -> None:
    if os.getuid() != 0:
        for path in paths:
            path.chmod(0o555 if path.is_dir() else 0o444)
        return
    if shutil.which("chattr") is None:
        pytest.skip("root ignores file modes and chattr is not installed (Debian: e2fsprogs)")
    result = subprocess.run(["chattr", "+i", *map(str, paths)], capture_output=True, text=True)
    if result.returncode != 0:
        # Whatever did get the attribute must lose it, or pytest cannot clean up.
        make_writable(paths)
        pytest.skip(f"cannot make files read-only as root here: {result.stderr.strip()!r}")


def make_writable(paths: Sequence[Path]) -> None:
    if os.getuid() == 0 and shutil.which("chattr") is not None:
        subprocess.run(["chattr", "-i", *map(str, paths)], capture_output=True)
    for path in paths:
        path.chmod(0o700 if path.is_dir() else 0o600)


@contextlib.contextmanager
def read_only(*paths: Path) -> Iterator[None]:
    """`paths` read-only inside the block, writable again after it."""
    make_read_only(paths)
    try:
        yield
    finally:
        make_writable(paths)
