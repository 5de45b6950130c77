"""The real tray on a real X server: run by test_real_tray.py under Xvfb with a tray host.

`python -m tests.e2e.tray_probe DATA_DIR RESULT.json [SCREENSHOT.png]` opens the garden
in DATA_DIR as `garden` would (window, tray, the digest's timer), then plays a user's
part: looks at the icon on screen, lets the digest arrive as a notification, clicks it,
logs a moment, closes the window and quits from the tray. What it saw goes to
RESULT.json; with SCREENSHOT.png, the screen is captured while the notification is up
(ImageMagick's `import -window root`).
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path


def main(data_dir: Path, result_path: Path, shot: Path | None) -> int:
    from garden.cli.options import clock_from_env
    from garden.domain.model import Channel
    from garden.services.garden import Garden

    from PySide6.QtCore import QPoint, QSettings, Qt
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QLabel, QSystemTrayIcon, QWidget

    from ui.app import GardenApp, make_application
    from ui.tray import SystemTrayIcon
    from ui.tray_icon import amber_share

    app = make_application(["garden-tray-probe"])
    seen: dict[str, object] = {"platform": QGuiApplication.platformName()}

    def wait_until(check: Callable[[], object], seconds: float) -> bool:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            app.processEvents()
            if check():
                return True
            time.sleep(0.02)
        return bool(check())

    def save() -> None:
        result_path.write_text(json.dumps(seen, indent=1), encoding="utf-8")

    # The tray host may still be starting.
    seen["tray_available"] = wait_until(QSystemTrayIcon.isSystemTrayAvailable, 10)
    save()
    if not seen["tray_available"]:
        return 3

    # The day `garden` itself would see: GARDEN_TODAY when the test sets it.
    clock = clock_from_env()
    garden = Garden.open(data_dir, clock)
    settings = QSettings(str(result_path.with_suffix(".ini")), QSettings.Format.IniFormat)
    shell = GardenApp(app, clock, settings)
    window = shell.open_window(garden)
    window.resize(700, 420)
    wait_until(lambda: window.today_dock.widget() is not None, 10)
    tray = shell.start_tray(first_check_ms=3_600_000)
    assert tray is not None
    icon = tray.icon
    assert isinstance(icon, SystemTrayIcon), "the real QSystemTrayIcon"
    seen["icon_visible"] = wait_until(lambda: not icon.icon.geometry().isEmpty(), 10)
    geometry = icon.icon.geometry()
    seen["icon_geometry"] = [geometry.x(), geometry.y(), geometry.width(), geometry.height()]
    seen["tooltip"] = icon.icon.toolTip()

    def icon_on_screen() -> float:
        app.processEvents()
        screen = QGuiApplication.primaryScreen()
        grab = screen.grabWindow(0, geometry.x(), geometry.y(), geometry.width(), geometry.height())
        return amber_share(grab.toImage())

    wait_until(lambda: icon_on_screen() > 0.02, 5)
    seen["amber_on_screen"] = icon_on_screen()

    # The digest's timer fires: the notification comes up by the icon.
    window.hide()
    tray.on_reminder_timer()

    def balloon() -> QWidget | None:
        for widget in QApplication.topLevelWidgets():
            if widget.metaObject().className() == "QBalloonTip" and widget.isVisible():
                return widget
        return None

    seen["notification_shown"] = wait_until(lambda: balloon() is not None, 5)
    tip = balloon()
    seen["notification_text"] = (
        [label.text() for label in tip.findChildren(QLabel)] if tip is not None else []
    )
    if shot is not None and tip is not None:
        wait_until(lambda: False, 0.6)  # let the balloon finish drawing
        subprocess.run(["import", "-window", "root", str(shot)], check=True, timeout=60)
    save()

    # Clicking the notification opens the page of the one person it names.
    if tip is not None:
        QTest.mouseClick(
            tip, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(20, 20)
        )
    wait_until(window.isVisible, 5)
    seen["window_visible_after_click"] = window.isVisible()
    seen["page_person"] = (
        window.person_page.person_id if window.pages.currentWidget() is window.person_page else None
    )

    # A call later, nobody needs a message: the leaf on screen is green again.
    giulia = garden.find("Giulia").id
    window.session.apply(lambda: garden.log_interaction(giulia, channel=Channel.CALL))
    window.hide()  # without a window manager, the window may sit over the tray
    wait_until(lambda: icon_on_screen() == 0.0, 5)
    seen["amber_after_logging"] = icon_on_screen()

    # Closing the window leaves the app in the tray; Quit in the tray ends it.
    window.show()
    wait_until(window.isVisible, 5)
    closed = window.close()
    app.processEvents()
    seen["hidden_in_tray"] = not closed and not window.isVisible() and shell.main_window is window
    save()
    from PySide6.QtCore import QTimer

    QTimer.singleShot(0, shell.quit)
    QTimer.singleShot(10_000, lambda: app.exit(99))
    seen["quit_status"] = app.exec()
    save()
    return 0


if __name__ == "__main__":
    sys.exit(
        main(Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3]) if len(sys.argv) > 3 else None)
    )
