"""Looking at the files the app writes, and making writing them fail, from tests."""

from __future__ import annotations

import resource
import signal
import struct
from collections.abc import Callable
from pathlib import Path

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def png_size(png: bytes | Path) -> tuple[int, int]:
    """A PNG's width and height, from its header (asserting it is a PNG)."""
    data = png.read_bytes() if isinstance(png, Path) else png
    assert data[:8] == PNG_SIGNATURE, "not a PNG"
    assert data[12:16] == b"IHDR"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def file_size_limit(limit: int) -> Callable[[], None]:
    """For a child process (`preexec_fn`): as if the disk filled up after `limit` bytes in
    any one file."""

    def apply() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # EFBIG instead of being killed
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return apply
