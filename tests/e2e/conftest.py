"""Fixtures for running the installed `garden` command as a separate process."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest


def garden_executable() -> str:
    beside = Path(sys.executable).with_name("garden")
    found = str(beside) if beside.exists() else shutil.which("garden")
    if not found:
        pytest.fail("the garden command is not installed (run make test)")
    return found


@pytest.fixture
def garden_cmd(tmp_path: Path):
    """Run `garden ARGS...` on a temporary garden; returns the CompletedProcess."""
    data = tmp_path / "e2e-garden"

    def run(
        *args: str,
        today: str | None = "2026-11-26",
        timeout: float = 120,
        data_dir: Path | None = None,
        **kwargs,
    ) -> subprocess.CompletedProcess[str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith("GARDEN_")}
        if today:
            env["GARDEN_TODAY"] = today
        env.update(kwargs.pop("env", {}))
        return subprocess.run(
            [garden_executable(), "--data-dir", str(data_dir or data), *args],
            capture_output=True,
            text=True,
            timeout=timeout,
            env=env,
            stdin=subprocess.DEVNULL,
            **kwargs,
        )

    run.data_dir = data  # type: ignore[attr-defined]
    return run
