"""The composition root: the Qt application, the garden, its window, and a demo garden.

Start-up is kept lean: nothing here imports matplotlib, and the garden is loaded once.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

from garden import APP_NAME
from garden.cli.base import clock_from_env
from garden.domain.clock import Clock
from garden.services.demo import fill_demo
from garden.services.garden import Garden
from garden.store.db import StoreError

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from ui.main_window import MainWindow
from ui.session import GardenSession
from ui.theme import Theme


def make_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication, created once, with the names settings and desktops use."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationDisplayName("Relationship Garden")
    app.setDesktopFileName(APP_NAME)
    app.setStyle("Fusion")
    return app


class GardenApp:
    """Owns the windows: the user's garden and any demo gardens opened from it."""

    def __init__(self, app: QApplication, clock: Clock, settings: QSettings) -> None:
        self.app = app
        self.clock = clock
        self.settings = settings
        self.theme = Theme(str(settings.value("theme", "system")))
        self.theme.apply()
        self.windows: list[MainWindow] = []
        self._demo_dirs: dict[MainWindow, Path] = {}
        app.applicationStateChanged.connect(self.on_application_state_changed)

    def open_window(self, garden: Garden, *, demo: bool = False) -> MainWindow:
        session = GardenSession(garden, demo=demo)
        window = MainWindow(session, self.theme, self.settings)
        window.demo_requested.connect(self.open_demo)
        window.destroyed.connect(lambda _obj=None, w=window: self._forget(w))
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.windows.append(window)
        window.show()
        return window

    def open_demo(self) -> MainWindow | None:
        """A separate temporary garden, filled with a demo; deleted when its window closes."""
        folder = Path(tempfile.mkdtemp(prefix="relationship-garden-demo-"))
        try:
            garden = Garden.open(folder, self.clock)
            fill_demo(garden, people=40, years=4, seed=7)
        except (StoreError, OSError) as exc:
            shutil.rmtree(folder, ignore_errors=True)
            QMessageBox.warning(None, "Demo garden", f"Could not make a demo garden: {exc}")
            return None
        window = self.open_window(garden, demo=True)
        self._demo_dirs[window] = folder
        return window

    def _forget(self, window: MainWindow) -> None:
        if window in self.windows:
            self.windows.remove(window)
        window.session.close()
        folder = self._demo_dirs.pop(window, None)
        if folder is not None:
            shutil.rmtree(folder, ignore_errors=True)

    def on_application_state_changed(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationActive:
            for window in list(self.windows):
                window.session.check_outside_changes()

    def close_all(self) -> None:
        for window in list(self.windows):
            window.close()


def run(args: argparse.Namespace) -> int:
    """Open the garden window (a bare `garden`)."""
    app = make_application()
    settings = QSettings()
    clock = clock_from_env()
    try:
        garden = Garden.open(args.data_dir, clock)
    except StoreError as exc:
        QMessageBox.critical(None, "Relationship Garden", str(exc))
        print(f"garden: {exc}", file=sys.stderr)
        return 1
    shell = GardenApp(app, clock, settings)
    window = shell.open_window(garden)
    if getattr(args, "exit_after_first_paint", False):
        window.first_painted.connect(lambda: QTimer.singleShot(0, app.quit))
    status = app.exec()
    shell.close_all()
    return int(status)
