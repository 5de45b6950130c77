"""Shared fixtures. Qt always runs offscreen here (set before anything imports Qt)."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from hypothesis import HealthCheck, settings

from garden.domain.clock import FixedClock
from garden.services.garden import Garden

# Shared, noisy machines: never fail a property on timing alone.
settings.register_profile("default", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile(
    "ci", deadline=None, suppress_health_check=[HealthCheck.too_slow], derandomize=True
)
settings.load_profile("ci" if os.environ.get("CI") else "default")

TODAY = dt.date(2026, 11, 26)


@pytest.fixture(autouse=True)
def _isolated_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test ever touches the real user's garden or settings."""
    monkeypatch.setenv("GARDEN_DATA_DIR", str(tmp_path / "default-garden"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "xdg-state"))
    monkeypatch.delenv("GARDEN_TODAY", raising=False)
    monkeypatch.setenv("GARDEN_LANG", "en")  # tests read English unless they ask otherwise


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(dt.datetime.combine(TODAY, dt.time(10, 0)))


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "garden"


@pytest.fixture
def garden(data_dir: Path, clock: FixedClock) -> Iterator[Garden]:
    with Garden.open(data_dir, clock) as opened:
        yield opened
