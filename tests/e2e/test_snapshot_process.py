"""`garden snapshot` as users run it: the installed command, with no display at all."""

from __future__ import annotations

import os
import struct
import subprocess
from pathlib import Path

import pytest

from tests.e2e.conftest import garden_executable
from tests.helpers.files import PNG_SIGNATURE, file_size_limit


def _headless(data: Path, *args: str, cwd: Path, **kwargs) -> subprocess.CompletedProcess[str]:
    """Run `garden` as over SSH without X: no DISPLAY, no WAYLAND_DISPLAY and no Qt
    platform chosen for it."""
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
        and not k.startswith("GARDEN_")
    }
    env["GARDEN_TODAY"] = "2026-11-26"
    return subprocess.run(
        [garden_executable(), "--data-dir", str(data), *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        cwd=cwd,
        stdin=subprocess.DEVNULL,
        **kwargs,
    )


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    data = tmp_path / "garden"
    result = _headless(data, "demo", "--people", "25", "--years", "3", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    return data


def test_a_snapshot_is_saved_without_a_display(demo, tmp_path):
    result = _headless(demo, "snapshot", "--year", "2025", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert result.stdout == "Saved your garden in 2025 to garden-2025.png\n"
    data = (tmp_path / "garden-2025.png").read_bytes()
    assert data[:8] == PNG_SIGNATURE
    assert struct.unpack(">II", data[16:24]) == (2400, 3000)
    assert b"My garden in 2025" in data  # the title, in a text chunk
    # The same garden, run again: the same file, byte for byte.
    again = _headless(demo, "snapshot", "--year", "2025", "--out", "again.png", cwd=tmp_path)
    assert again.returncode == 0, again.stderr
    assert (tmp_path / "again.png").read_bytes() == data


def test_help_lists_the_snapshot(demo, tmp_path):
    result = _headless(demo, "--help", cwd=tmp_path)
    assert result.returncode == 0
    assert "snapshot" in result.stdout and "yearly garden snapshot" in result.stdout


def test_a_year_before_the_garden_is_one_line_and_no_file(demo, tmp_path):
    result = _headless(demo, "snapshot", "--year", "2001", cwd=tmp_path)
    assert result.returncode == 1
    assert result.stderr.startswith("garden: There was no garden yet in 2001")
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert not list(tmp_path.glob("*.png"))


def test_a_full_disk_keeps_last_year_s_picture(demo, tmp_path):
    out = tmp_path / "garden-2025.png"
    out.write_bytes(b"last year's picture")
    result = _headless(
        demo, "snapshot", "--year", "2025", cwd=tmp_path, preexec_fn=file_size_limit(50_000)
    )
    assert result.returncode == 1
    assert "disk is full; nothing was changed" in result.stderr
    assert result.stderr.count("\n") == 1
    assert out.read_bytes() == b"last year's picture"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".tmp")] == []
