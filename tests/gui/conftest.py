"""Fixtures for the window tests: a garden on disk, a session, and a main window."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from garden.domain.clock import FixedClock
from garden.domain.model import Channel, Circle, Depth
from garden.services.demo import fill_demo
from garden.services.garden import Garden
from tests.conftest import TODAY

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from ui.app import make_application
from ui.main_window import MainWindow
from ui.session import GardenSession
from ui.theme import Theme


@pytest.fixture(scope="session")
def qapp():
    """pytest-qt's application, set up as the real app sets it up (names, style)."""
    return make_application(["garden-tests"])


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def small_garden(data_dir: Path, clock: FixedClock) -> Iterator[Garden]:
    """Three people with a little history, in three circles."""
    with Garden.open(data_dir, clock) as garden:
        giulia = next(
            iter(
                garden.add_person(
                    "Giulia Rossi", circle=Circle.HEART, nickname="Giuli", topics=["cooking"]
                ).people
            )
        )
        marco = next(iter(garden.add_person("Marco Bianchi", circle=Circle.CLOSE).people))
        garden.add_person("Zoë Lefèvre", circle=Circle.FRIENDS, topics=["climbing"])
        garden.log_interaction(
            giulia,
            on=TODAY - dt.timedelta(days=20),
            channel=Channel.CALL,
            depth=Depth.DEEP,
            topics=["Lisbon"],
        )
        garden.log_interaction(marco, on=TODAY - dt.timedelta(days=3))
        yield garden


@pytest.fixture
def demo_garden(tmp_path: Path, clock: FixedClock) -> Iterator[Garden]:
    with Garden.open(tmp_path / "demo", clock) as garden:
        fill_demo(garden, people=60, years=4, seed=2)
        yield garden


def make_window(
    qtbot,
    garden: Garden,
    settings: QSettings,
    theme: str = "light",
    size: tuple[int, int] | None = (1200, 800),
) -> MainWindow:
    session = GardenSession(garden)
    window = MainWindow(session, Theme(theme), settings)
    qtbot.addWidget(window)
    if size is not None:
        window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    # The growth model runs just after the first frame; tests start once it has.
    qtbot.waitUntil(lambda: _loaded(window), timeout=5000)
    return window


def _loaded(window: MainWindow) -> bool:
    people = window.canvas.people()
    return not people or all(window.canvas.state(pid) is not None for pid in people)


@pytest.fixture
def window(qtbot, small_garden: Garden, settings: QSettings) -> MainWindow:
    return make_window(qtbot, small_garden, settings)
