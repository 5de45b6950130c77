"""Fixtures for the unit tests of the command line."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from garden.cli import main
from tests.conftest import TODAY


@pytest.fixture
def run(
    data_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> Callable[..., tuple[int, str, str]]:
    """`garden ARGS...` in this process, on the test's garden, on TODAY: returns
    (exit status, standard output, standard error)."""
    monkeypatch.setenv("GARDEN_TODAY", TODAY.isoformat())

    def invoke(*argv: str) -> tuple[int, str, str]:
        status = main(["--data-dir", str(data_dir), *argv])
        out, err = capsys.readouterr()
        return status, out, err

    return invoke
