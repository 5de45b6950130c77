"""The composition root: the Qt application, the garden, its window, its tray, and a
demo garden.

Start-up is kept lean. Whether the garden is open already is settled first, before any
window or store is loaded (`ui.instance`): a second launch brings the running window
forward and exits. Then the first frame shows the beds and names from a quick read-only
look at the garden file; the store and the services load and the growth model is worked
out right after it, the plants appear a frame or two later, and the tray comes last.
Nothing here imports matplotlib.

The app lives in the tray: closing the garden's window hides it (the first time, a note
says so), and only Quit ends the app. Where the desktop has no tray, closing quits.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from garden import APP_NAME
from garden.cli.options import clock_from_env
from garden.i18n import LANGUAGE_ENV, LANGUAGES

from PySide6.QtCore import QEvent, QObject, QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from ui.i18n import LANGUAGE_KEY, set_language, tr
from ui.resources import APP_ID, app_icon

if TYPE_CHECKING:
    from garden.domain.clock import Clock
    from garden.services.garden import Garden

    from ui.instance import GardenInstance
    from ui.main_window import MainWindow
    from ui.session import GardenSession
    from ui.tray import GardenTray, TrayIcon

# The window, the session and the tray are imported once this launch knows it is the
# garden's one app: a second launch answers in a blink.

#: QSettings key: the note about closing to the tray was shown once.
CLOSE_NOTE_KEY = "tray/close_note_shown"
#: After the first paint, how long the tray waits before asking for a digest that is
#: due: the window settles first.
FIRST_CHECK_MS = 2000


class GardenApplication(QApplication):
    """The QApplication, knowing when the app is asked to quit.

    In Qt 6 a request to quit (Quit in a menu, the desktop ending the session, Cmd+Q)
    first asks every window to close, and a window that refuses cancels it. The garden's
    window refuses while it can live in the tray, so it needs to know a quit is on.
    """

    def __init__(self, argv: list[str]) -> None:
        super().__init__(argv)
        self.quitting = False

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Quit:
            self.quitting = True
        return super().event(event)


def make_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication, created once, with the names settings and desktops use."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = GardenApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationDisplayName("Relationship Garden")
    # The desktop matches the window to packaging/APP_ID.desktop by this name (the
    # Wayland app id), and takes its icon and name from there.
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(app_icon())
    app.setStyle("Fusion")
    return app


def _system_tray_icon(parent: QObject) -> TrayIcon:
    from ui.tray import make_tray_icon

    return make_tray_icon(parent)


class GardenApp(QObject):
    """Owns the windows (the user's garden and any demo gardens opened from it), the tray
    and the one-app-per-garden instance."""

    def __init__(
        self,
        app: QApplication,
        clock: Clock,
        settings: QSettings,
        *,
        instance: GardenInstance | None = None,
        make_tray_icon: Callable[[QObject], TrayIcon] = _system_tray_icon,
    ) -> None:
        """`make_tray_icon` makes the tray's icon (tests give a fake one); `instance`
        is this app's claim on the garden, whose later launches show the window."""
        super().__init__()
        from ui.theme import Theme

        self.app = app
        self.clock = clock
        self.settings = settings
        self.theme = Theme(str(settings.value("theme", "system")))
        self.theme.apply()
        self.windows: list[MainWindow] = []
        #: The window on the user's own garden (demo windows come and go beside it).
        self.main_window: MainWindow | None = None
        self.tray: GardenTray | None = None
        self.instance = instance
        self.quitting = False
        self._make_tray_icon = make_tray_icon
        self._demo_dirs: dict[MainWindow, Path] = {}
        app.applicationStateChanged.connect(self.on_application_state_changed)
        if instance is not None:
            instance.show_requested.connect(self.show_garden)

    # --- windows ---------------------------------------------------------------------------

    def open_window(
        self, garden: Garden | None, *, demo: bool = False, show: bool = True
    ) -> MainWindow:
        """A window on `garden`, or (None) an empty window to `attach` a garden to. The
        first one that is not a demo is the user's garden, which the tray follows."""
        from ui.main_window import MainWindow
        from ui.session import GardenSession

        session = GardenSession(garden, demo=demo) if garden is not None else None
        window = MainWindow(session, self.theme, self.settings, demo=demo)
        window.demo_requested.connect(self.open_demo)
        window.destroyed.connect(lambda _obj=None, w=window: self._forget(w))
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        # Quit in the window's File menu quits the app, tray and all (the window's own
        # handler closes the window first, which would only hide it in the tray).
        window.quit_action.triggered.disconnect()
        window.quit_action.triggered.connect(self.quit)
        window.reminders_action.triggered.connect(lambda _c=False, w=window: self.on_settings(w))
        if not demo and self.main_window is None:
            self.main_window = window
            window.installEventFilter(self)
        self.windows.append(window)
        if show:
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

            QMessageBox.warning(
                None,
                tr("Demo garden"),
                tr("Could not make a demo garden: {problem}").format(problem=exc),
            )
            return None
        window = self.open_window(garden, demo=True)
        self._demo_dirs[window] = folder
        return window

    def _forget(self, window: MainWindow) -> None:
        if window is self.main_window:
            self.stop_tray()
            self.main_window = None
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

    def _session(self) -> GardenSession | None:
        window = self.main_window
        return window.session if window is not None and window.attached else None

    # --- the tray --------------------------------------------------------------------------

    def start_tray(self, first_check_ms: int = FIRST_CHECK_MS) -> GardenTray | None:
        """Put the garden in the tray once its window has a garden (after the first
        paint, so the tray never slows the first frame)."""
        session = self._session()
        if self.tray is not None or session is None or self.quitting:
            return self.tray
        from ui.tray import GardenTray

        icon = self._make_tray_icon(self)
        self.tray = GardenTray(session, icon, self, self)
        # Dialogs opened from the tray while the window is hidden must not end the app
        # when they close; closing the window decides (`eventFilter`).
        self.app.setQuitOnLastWindowClosed(not icon.available())
        self.tray.start(first_check_ms)
        return self.tray

    def stop_tray(self) -> None:
        if self.tray is not None:
            self.tray.stop()
            self.tray.deleteLater()
            self.tray = None

    def lives_in_tray(self) -> bool:
        """True when closing the window should leave the app in the tray."""
        return self.tray is not None and self.tray.icon.available()

    def _is_quitting(self) -> bool:
        return self.quitting or bool(getattr(self.app, "quitting", False))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Close
            and watched is self.main_window
            and not self._is_quitting()
        ):
            if self.lives_in_tray():
                event.ignore()
                self.hide_to_tray()
                return True
            # No tray to live in: closing the window ends the app, as everywhere else.
            self.app.setQuitOnLastWindowClosed(True)
        return super().eventFilter(watched, event)

    def hide_to_tray(self) -> None:
        """Hide the garden's window; the first time ever, say where it went."""
        window, tray = self.main_window, self.tray
        if window is None or tray is None:
            return
        window.save_settings()
        window.hide()
        if not self.settings.value(CLOSE_NOTE_KEY, False, type=bool) and tray.show_close_note():
            self.settings.setValue(CLOSE_NOTE_KEY, True)
            self.settings.sync()

    # --- what the tray asks for (ui.tray.TrayActions) --------------------------------------

    def show_garden(self) -> None:
        """Bring the garden's window forward (from the tray, or a second launch)."""
        window = self.main_window
        if window is None:
            return
        if window.isMinimized():
            window.showNormal()
        else:
            window.show()
        window.raise_()
        window.activateWindow()

    def show_person(self, person_id: int) -> None:
        self.show_garden()
        window = self.main_window
        if window is not None and window.attached:
            try:
                window.open_person(person_id)
            except LookupError:
                window.show_garden()  # deleted meanwhile: the garden is the next best

    def show_today(self) -> None:
        """The window with the today panel in view: the digest, and a log button each."""
        self.show_garden()
        window = self.main_window
        if window is not None and window.attached:
            window.show_garden()
            window.today.refresh()
            window.today_dock.show()
            window.today_dock.raise_()

    def _dialog_parent(self) -> MainWindow | None:
        window = self.main_window
        return window if window is not None and window.isVisible() else None

    def quick_log(self) -> None:
        session = self._session()
        if session is not None:
            from ui.dialogs.quick_log import QuickLogDialog

            QuickLogDialog.ask(session, self._dialog_parent())

    def save_clipboard(self) -> None:
        session = self._session()
        if session is not None:
            from ui.dialogs.save_thing import SaveThingDialog

            SaveThingDialog.ask(session, self._dialog_parent(), QApplication.clipboard().text())

    def reminder_settings(self) -> None:
        session = self._session()
        if session is not None:
            from ui.dialogs.reminder_settings import ReminderSettingsDialog

            ReminderSettingsDialog.ask(session, self._dialog_parent())

    def on_settings(self, window: MainWindow) -> None:
        """The window's Garden → Reminders and start at login…"""
        if window.attached:
            from ui.dialogs.reminder_settings import ReminderSettingsDialog

            ReminderSettingsDialog.ask(window.session, window)

    def quit(self) -> None:
        """Quit for real: the tray goes, every window closes, the app ends."""
        self.quitting = True
        self.stop_tray()
        self.close_all()
        self.app.quit()

    def close_all(self) -> None:
        self.quitting = True
        for window in list(self.windows):
            window.close()

    def set_instance(self, instance: GardenInstance) -> None:
        """Become the one app of another garden folder (chosen when the first would not
        open): the first folder's claim is let go."""
        if self.instance is not None:
            self.instance.show_requested.disconnect(self.show_garden)
            self.instance.close()
        self.instance = instance
        instance.show_requested.connect(self.show_garden)

    def listen(self) -> None:
        """Answer later launches of this garden from now on."""
        if self.instance is not None:
            self.instance.listen()

    def shutdown(self) -> None:
        """Let the garden go: after the event loop (or a test) is over."""
        self.close_all()
        self.stop_tray()
        if self.main_window is not None:
            self.main_window.removeEventFilter(self)
        if self.instance is not None:
            self.instance.close()


def _open_garden(
    args: argparse.Namespace, clock: Clock, shell: GardenApp, parent: QWidget | None = None
) -> Garden | int:
    """The user's garden, or the exit status when there is none to show.

    A garden that will not open (damaged, empty, newer) is explained, left untouched,
    and the user may restore the newest good backup, open another folder instead (this
    app then becomes that garden's one app), or quit (status 1).
    """
    from ui.instance import server_name
    from ui.recovery import Recovery

    garden = Recovery(parent).open(args.data_dir, clock)
    if garden is None:
        return 1
    folder = garden.path.parent if garden.path is not None else None
    claimed = shell.instance
    if folder is not None and claimed is not None and server_name(folder) != claimed.name:
        claim = _claim(folder)
        if isinstance(claim, int):  # that garden is open in another window already
            garden.close()
            return claim
        shell.set_instance(claim)
    return garden


def language_choice(args: argparse.Namespace, settings: QSettings) -> str | None:
    """The window's language: `--lang`, else GARDEN_LANG, else the one chosen in the
    window (View → Language), else None for the system's."""
    asked = getattr(args, "lang", None)
    if asked:
        return str(asked)
    if os.environ.get(LANGUAGE_ENV):
        return None  # garden.i18n reads it as the system's choice
    chosen = settings.value(LANGUAGE_KEY, "")
    return str(chosen) if chosen in LANGUAGES else None


def _claim(folder: Path) -> GardenInstance | int:
    """This launch's claim on the garden in `folder`, or the exit status when another
    app already has it open (0 once it came forward)."""
    from ui.instance import GardenInstance, Knock

    claim = GardenInstance.claim(folder)
    if claim is Knock.ANSWERED:
        return 0
    if isinstance(claim, Knock):
        print(
            tr(
                "garden: this garden is open in another window that does not answer; "
                "close it or end it, then try again"
            ),
            file=sys.stderr,
        )
        return 1
    return claim


def run(args: argparse.Namespace) -> int:
    """Open the garden window (a bare `garden`), or bring the open one forward."""
    from garden.store.paths import data_dir, database_path

    app = make_application()
    settings = QSettings()
    set_language(language_choice(args, settings))
    folder = data_dir(args.data_dir)
    claim = _claim(folder)
    if isinstance(claim, int):
        return claim

    from garden.store.peek import peek_people

    from ui.session import GardenSession

    clock = clock_from_env()
    shell = GardenApp(app, clock, settings, instance=claim)
    in_tray = bool(getattr(args, "in_tray", False)) and _tray_available()
    people = None if in_tray else peek_people(database_path(folder))
    if people is None:
        # No garden yet, or one that needs care (a migration, a damaged or newer file):
        # open it properly first, so any problem is explained before a window appears.
        # Started in the tray (at login), there is no first frame to hurry either.
        garden = _open_garden(args, clock, shell)
        if isinstance(garden, int):
            shell.shutdown()
            return garden
        window = shell.open_window(garden, show=not in_tray)
        if in_tray:
            shell.start_tray()
            # Without a first paint, the day's backup would wait until the window opens.
            QTimer.singleShot(1500, window.on_daily_backup)
        else:
            window.first_painted.connect(lambda: QTimer.singleShot(0, shell.start_tray))
    else:
        window = shell.open_window(None)
        window.show_preview(people)

        def on_painted() -> None:
            garden = _open_garden(args, clock, shell, window)
            if isinstance(garden, int):
                app.exit(garden)
                return
            window.attach(GardenSession(garden))
            QTimer.singleShot(0, shell.start_tray)

        # With the window as context: a window closed in that instant cancels it.
        window.first_painted.connect(lambda: QTimer.singleShot(0, window, on_painted))
    # Later launches are answered once the first frame is on screen (or at once in the
    # tray); until then they wait a moment for it.
    if in_tray:
        claim.listen()
    else:
        window.first_painted.connect(lambda: QTimer.singleShot(0, shell.listen))
    # For smoke tests and the start-up benchmark: quit as soon as the frame is painted,
    # before the work the window queues after it.
    if getattr(args, "exit_after_first_paint", False):
        window.first_painted.connect(app.quit)
    if getattr(args, "exit_after_plants_drawn", False):
        window.canvas.plants_drawn.connect(app.quit)
    status = app.exec()
    shell.shutdown()
    return int(status)


def _tray_available() -> bool:
    from PySide6.QtWidgets import QSystemTrayIcon

    return QSystemTrayIcon.isSystemTrayAvailable()
