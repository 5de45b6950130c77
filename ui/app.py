"""The composition root: the Qt application, the garden, its window, and a demo garden.

Start-up is kept lean. The first frame shows the beds and names from a quick read-only
look at the garden file; the store, the services and the growth model load right after
it, and the plants appear a frame or two later. Nothing here imports matplotlib.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from garden import APP_NAME
from garden.cli.options import clock_from_env
from garden.domain.clock import Clock

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication

from ui.main_window import MainWindow
from ui.resources import APP_ID, app_icon
from ui.session import GardenSession
from ui.theme import Theme

if TYPE_CHECKING:
    from garden.services.garden import Garden


def make_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication, created once, with the names settings and desktops use."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationDisplayName("Relationship Garden")
    # The desktop matches the window to packaging/APP_ID.desktop by this name (the
    # Wayland app id), and takes its icon and name from there.
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(app_icon())
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

    def open_window(self, garden: Garden | None, *, demo: bool = False) -> MainWindow:
        """A window on `garden`, or (None) an empty window to `attach` a garden to."""
        session = GardenSession(garden, demo=demo) if garden is not None else None
        window = MainWindow(session, self.theme, self.settings, demo=demo)
        window.demo_requested.connect(self.open_demo)
        window.destroyed.connect(lambda _obj=None, w=window: self._forget(w))
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.windows.append(window)
        window.show()
        return window

    def open_demo(self) -> MainWindow | None:
        """A separate temporary garden, filled with a demo; deleted when its window closes."""
        import tempfile

        from garden.services.demo import fill_demo
        from garden.services.garden import Garden
        from garden.store.db import StoreError

        folder = Path(tempfile.mkdtemp(prefix="relationship-garden-demo-"))
        try:
            garden = Garden.open(folder, self.clock)
            fill_demo(garden, people=40, years=4, seed=7)
        except (StoreError, OSError) as exc:
            import shutil

            shutil.rmtree(folder, ignore_errors=True)
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.warning(None, "Demo garden", f"Could not make a demo garden: {exc}")
            return None
        window = self.open_window(garden, demo=True)
        self._demo_dirs[window] = folder
        return window

    def _forget(self, window: MainWindow) -> None:
        if window in self.windows:
            self.windows.remove(window)
        if window.attached:
            window.session.close()
        folder = self._demo_dirs.pop(window, None)
        if folder is not None:
            import shutil

            shutil.rmtree(folder, ignore_errors=True)

    def on_application_state_changed(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationActive:
            for window in list(self.windows):
                if window.attached:
                    window.session.check_outside_changes()

    def close_all(self) -> None:
        for window in list(self.windows):
            window.close()


def _open_garden(args: argparse.Namespace, clock: Clock) -> Garden | None:
    """The user's garden, or None after telling them why it cannot be opened."""
    from garden.services.garden import Garden
    from garden.store.db import StoreError

    try:
        return Garden.open(args.data_dir, clock, daily_backup=False)
    except StoreError as exc:
        from PySide6.QtWidgets import QMessageBox

        print(f"garden: {exc}", file=sys.stderr)
        QMessageBox.critical(None, "Relationship Garden", str(exc))
        return None


def run(args: argparse.Namespace) -> int:
    """Open the garden window (a bare `garden`)."""
    from garden.store.paths import data_dir, database_path
    from garden.store.peek import peek_people

    app = make_application()
    settings = QSettings()
    clock = clock_from_env()
    shell = GardenApp(app, clock, settings)
    people = peek_people(database_path(data_dir(args.data_dir)))
    if people is None:
        # No garden yet, or one that needs care (a migration, a damaged or newer file):
        # open it properly first, so any problem is explained before a window appears.
        garden = _open_garden(args, clock)
        if garden is None:
            return 1
        window = shell.open_window(garden)
    else:
        window = shell.open_window(None)
        window.show_preview(people)

        def on_painted() -> None:
            garden = _open_garden(args, clock)
            if garden is None:
                app.exit(1)
                return
            window.attach(GardenSession(garden))

        window.first_painted.connect(lambda: QTimer.singleShot(0, on_painted))
    # For smoke tests and the start-up benchmark: quit as soon as the frame is painted,
    # before the work the window queues after it.
    if getattr(args, "exit_after_first_paint", False):
        window.first_painted.connect(app.quit)
    if getattr(args, "exit_after_plants_drawn", False):
        window.canvas.plants_drawn.connect(app.quit)
    status = app.exec()
    shell.close_all()
    return int(status)
