"""The tray, driven through a fake tray icon offscreen: the icon and menu follow the
garden, the digest arrives once as a notification, clicks open the right view, closing
the window leaves the app in the tray, and Quit really quits."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from garden.domain.model import Channel, Circle, Depth
from garden.domain.reminders import ReminderSettings
from garden.services.garden import Garden
from garden.services.reminders import Reminders
from tests.conftest import TODAY
from tests.helpers.qt import drive_modal
from tests.helpers.tray import FakeTrayIcon

from PySide6.QtCore import QEvent, QSettings, QTimer
from PySide6.QtWidgets import QApplication

from ui.app import CLOSE_NOTE_KEY, GardenApp
from ui.dialogs.quick_log import QuickLogDialog
from ui.dialogs.reminder_settings import ReminderSettingsDialog
from ui.dialogs.save_thing import SaveThingDialog
from ui.main_window import MainWindow
from ui.tray import CLOSE_NOTE_TITLE, GardenTray
from ui.tray_icon import TrayLook, amber_share


class Shell:
    """The app as `run` assembles it, on a fake tray."""

    def __init__(self, qtbot, garden: Garden, settings: QSettings, icon: FakeTrayIcon) -> None:
        self.app = QApplication.instance()
        assert isinstance(self.app, QApplication)
        self.icon = icon
        self.app_shell = GardenApp(
            self.app, garden.clock, settings, make_tray_icon=lambda _parent: icon
        )
        self.window: MainWindow = self.app_shell.open_window(garden)
        self.window.resize(1000, 700)
        qtbot.waitExposed(self.window)
        # The plants come in just after the first paint; the today panel is filled then.
        qtbot.waitUntil(lambda: self.window.today_dock.widget() is not None, timeout=5000)
        tray = self.app_shell.start_tray(first_check_ms=60_000)
        assert isinstance(tray, GardenTray)
        self.tray: GardenTray = tray
        self.garden = garden


@pytest.fixture
def make_shell(qtbot, settings: QSettings) -> Iterator:
    made: list[Shell] = []
    app = QApplication.instance()

    def make(garden: Garden, icon: FakeTrayIcon | None = None) -> Shell:
        shell = Shell(qtbot, garden, settings, icon or FakeTrayIcon())
        made.append(shell)
        return shell

    yield make
    for shell in made:
        shell.app_shell.shutdown()
        shell.app_shell.deleteLater()
    # The application outlives the test: put back what the shell changed on it.
    assert isinstance(app, QApplication)
    app.setQuitOnLastWindowClosed(True)
    if hasattr(app, "quitting"):
        app.quitting = False


@pytest.fixture
def shell(make_shell, small_garden: Garden) -> Shell:
    return make_shell(small_garden)


def pid(garden: Garden, name: str) -> int:
    return garden.find(name).id


def amber(icon: FakeTrayIcon) -> float:
    return amber_share(icon.icon.pixmap(22, 22).toImage())


def add_thirsty(garden: Garden, name: str, circle: Circle, days_ago: int) -> int:
    person = next(iter(garden.add_person(name, circle=circle).people))
    garden.log_interaction(person, on=TODAY - dt.timedelta(days=days_ago))
    return person


def run_event_loop(app: QApplication, start) -> int:
    """Run the application's own event loop (as `garden` does) until it quits; a test
    that would otherwise hang ends after five seconds with status 99."""
    QTimer.singleShot(0, start)
    # A QTimer we can stop: a stray app.exit() later would end every event loop that
    # the next tests run (Qt keeps "quit now" set until the next app.exec()).
    safety = QTimer()
    safety.setSingleShot(True)
    safety.timeout.connect(lambda: app.exit(99))
    safety.start(5000)
    try:
        return app.exec()
    finally:
        safety.stop()


# --- the state at a glance ---------------------------------------------------------------


def test_the_sprout_turns_amber_when_someone_could_use_a_message(shell: Shell):
    icon, garden = shell.icon, shell.garden
    assert icon.visible
    assert shell.tray.look is TrayLook.SOMEONE
    assert amber(icon) > 0.05, "the big leaf is amber"
    assert "1 person could use a message: Giuli" in icon.tooltip

    # After a call with Giulia, nobody needs a message: a green sprout.
    shell.window.session.apply(
        lambda: garden.log_interaction(pid(garden, "Giulia"), channel=Channel.CALL)
    )
    assert shell.tray.look is TrayLook.WELL
    assert amber(icon) == 0.0
    assert "Everyone is doing fine" in icon.tooltip


def test_the_menu_is_built_from_the_garden_each_time_it_opens(shell: Shell):
    icon, garden = shell.icon, shell.garden
    assert icon.menu_texts() == [
        "Open garden",
        "Quick log…",
        "Today",
        "Save clipboard for…",
        "Pause reminders",
        "Settings…",
        "Quit",
    ]
    assert icon.menu_texts("Today") == [
        "1 person could use a message",
        "Giulia Rossi",
        "Show today's list",
    ]
    giulia_entry = icon.open_menu("Today")[1]
    assert giulia_entry.toolTip().startswith("Giuli might enjoy hearing from you")

    # Someone else becomes thirsty outside the window; the next opening shows them.
    ada = add_thirsty(garden, "Ada & Co", Circle.CLOSE, days_ago=60)
    assert "Ada & Co" in icon.menu_texts("Today")
    assert "2 people could use a message" in icon.menu_texts("Today")
    icon.choose("Today", "Ada & Co")
    assert shell.window.isVisible()
    assert shell.window.pages.currentWidget() is shell.window.person_page
    assert shell.window.person_page.person_id == ada


def test_pausing_from_the_menu_quiets_the_sprout_until_resumed(shell: Shell):
    icon = shell.icon
    assert icon.menu_texts("Pause reminders") == [
        "For a day",
        "For a week",
        "Until I resume them",
    ]
    icon.choose("Pause reminders", "For a week")
    assert shell.tray.look is TrayLook.PAUSED and amber(icon) == 0.0
    assert "paused until Thursday 3 December" in icon.tooltip
    assert icon.menu_texts("Pause reminders") == [
        "Paused until Thursday 3 December",
        "Resume reminders",
    ]
    # The pause is one undoable step, like every change.
    shell.window.session.undo_stack.undo()
    assert shell.tray.look is TrayLook.SOMEONE
    icon.choose("Pause reminders", "Until I resume them")
    assert icon.menu_texts("Pause reminders") == [
        "Paused until you resume them",
        "Resume reminders",
    ]
    icon.choose("Pause reminders", "Resume reminders")
    assert shell.tray.look is TrayLook.SOMEONE
    assert "For a week" in icon.menu_texts("Pause reminders")


def test_quick_log_is_offered_only_when_there_is_someone_to_log(make_shell, garden: Garden):
    shell = make_shell(garden)  # an empty garden
    entries = {a.text().replace("&", ""): a for a in shell.icon.open_menu()}
    assert not entries["Quick log…"].isEnabled()
    assert not entries["Save clipboard for…"].isEnabled()
    assert entries["Open garden"].isEnabled()
    assert shell.tray.look is TrayLook.WELL


# --- the digest ---------------------------------------------------------------------------


def test_a_due_digest_arrives_once_as_a_notification(shell: Shell):
    icon = shell.icon
    shell.tray.on_reminder_timer()
    assert icon.messages == [
        (
            "1 person could use a message",
            "Giuli might enjoy hearing from you — last time you talked about Lisbon.",
        )
    ]
    # The timer sleeps (five minutes at most), and the next tick shows nothing again.
    assert shell.tray.timer.isActive()
    assert 1_000 <= shell.tray.timer.interval() <= 5 * 60_000
    shell.tray.on_reminder_timer()
    assert len(icon.messages) == 1


def test_no_notification_while_paused_or_without_a_tray(
    make_shell, small_garden: Garden, data_dir, clock
):
    Reminders(small_garden).pause(days=1)
    paused = make_shell(small_garden)
    paused.tray.on_reminder_timer()
    assert paused.icon.messages == []
    paused.app_shell.shutdown()

    # Each app owns its garden and closes it with its window: the next one opens its own.
    hidden = make_shell(Garden.open(data_dir, clock), FakeTrayIcon(available=False))
    Reminders(hidden.garden).resume()
    hidden.tray.on_reminder_timer()
    assert hidden.icon.messages == []
    # Nobody saw it, so it is still due when a tray appears.
    assert Reminders(hidden.garden).due_digest() is not None


def test_clicking_a_one_person_notification_opens_their_page(shell: Shell):
    shell.window.hide()
    shell.tray.on_reminder_timer()
    shell.icon.click_message()
    assert shell.window.isVisible()
    assert shell.window.pages.currentWidget() is shell.window.person_page
    assert shell.window.person_page.person_id == pid(shell.garden, "Giulia")


def test_clicking_a_digest_of_several_opens_the_today_list(make_shell, small_garden: Garden):
    add_thirsty(small_garden, "Ada Lovelace", Circle.CLOSE, days_ago=60)
    shell = make_shell(small_garden)
    shell.window.hide()
    shell.window.today_dock.hide()
    shell.tray.on_reminder_timer()
    ((title, body),) = shell.icon.messages
    assert title == "2 people could use a message"
    assert "Giuli might enjoy" in body and "Ada Lovelace might enjoy" in body
    shell.icon.click_message()
    window = shell.window
    assert window.isVisible() and window.today_dock.isVisible()
    assert window.pages.currentIndex() == 0, "the garden, with the today panel beside it"
    shown = [row.accessibleName() for row in window.today.rows]
    assert shown == ["Giulia Rossi", "Ada Lovelace"]


def test_the_timer_brings_in_changes_made_by_another_process(shell: Shell, data_dir, clock):
    giulia = pid(shell.garden, "Giulia")
    before = shell.window.canvas.state(giulia)
    assert before is not None
    # `garden log giulia` in a terminal: another connection to the same file.
    with Garden.open(data_dir, clock) as elsewhere:
        elsewhere.log_interaction(giulia, channel=Channel.IN_PERSON, depth=Depth.DEEP)
    shell.tray.on_reminder_timer()
    after = shell.window.canvas.state(giulia)
    assert after is not None and after.health > before.health
    assert shell.tray.look is TrayLook.WELL
    assert shell.icon.messages == [], "the digest is empty now: nothing to say"


# --- dialogs from the tray ---------------------------------------------------------------


def test_save_clipboard_for_someone_from_the_tray(shell: Shell, qtbot):
    QApplication.clipboard().setText("https://example.org/fado-song")
    shell.window.hide()

    def save_it(dialog) -> None:
        assert isinstance(dialog, SaveThingDialog)
        assert dialog.text.toPlainText() == "https://example.org/fado-song"
        qtbot.keyClicks(dialog.who, "giuli")
        dialog.on_save()

    drive_modal(lambda: shell.icon.choose("Save clipboard for…"), save_it)
    (thing,) = Reminders(shell.garden).things_to_share(pid(shell.garden, "Giulia"))
    assert thing.text == "https://example.org/fado-song"
    entry = shell.icon.open_menu("Today")[1]
    assert "you saved “https://example.org/fado-song” to share" in entry.toolTip()
    assert not shell.app_shell.quitting, "a dialog closing over a hidden window never quits"


def test_quick_log_and_settings_open_from_the_tray(shell: Shell):
    shell.window.hide()
    seen: list[type] = []

    def cancel(dialog) -> None:
        seen.append(type(dialog))
        dialog.reject()

    drive_modal(lambda: shell.icon.choose("Quick log…"), cancel)
    drive_modal(lambda: shell.icon.choose("Settings…"), cancel)
    assert seen == [QuickLogDialog, ReminderSettingsDialog]


def test_the_window_menu_opens_the_reminder_settings(shell: Shell):
    seen: list[object] = []

    def cancel(dialog) -> None:
        seen.append(dialog)
        dialog.reject()

    drive_modal(shell.window.reminders_action.trigger, cancel)
    assert isinstance(seen[0], ReminderSettingsDialog)
    assert seen[0].parent() is shell.window


def test_clicking_the_icon_brings_the_window_back(shell: Shell):
    shell.window.hide()
    shell.icon.click_icon()
    assert shell.window.isVisible()
    shell.window.hide()
    shell.icon.choose("Open garden")
    assert shell.window.isVisible()


# --- closing and quitting ----------------------------------------------------------------


def test_closing_the_window_keeps_the_garden_in_the_tray_with_a_note_once(
    make_shell, small_garden: Garden, settings: QSettings, data_dir, clock
):
    shell = make_shell(small_garden)
    window = shell.window
    assert not window.close(), "the close is turned into a hide"
    assert not window.isVisible() and window in shell.app_shell.windows
    assert shell.icon.messages[-1][0] == CLOSE_NOTE_TITLE
    assert settings.value(CLOSE_NOTE_KEY, False, type=bool)
    shell.icon.click_message()  # the note leads back to the garden
    assert window.isVisible()
    window.close()
    assert [m for m in shell.icon.messages if m[0] == CLOSE_NOTE_TITLE] == [
        shell.icon.messages[0]
    ], "only the first time"
    shell.app_shell.shutdown()

    # Remembered across launches.
    again = make_shell(Garden.open(data_dir, clock))
    again.window.close()
    assert not again.window.isVisible()
    assert again.icon.messages == []


def test_without_a_tray_closing_the_window_quits(make_shell, small_garden: Garden):
    shell = make_shell(small_garden, FakeTrayIcon(available=False))
    app = shell.app
    status = run_event_loop(app, shell.window.close)
    assert status == 0, "the app ended with its window"
    assert shell.icon.messages == []


def test_quit_in_the_tray_menu_really_quits(shell: Shell):
    shell.window.close()  # in the tray now
    assert not shell.window.isVisible()
    closed: list[bool] = []
    shell.window.destroyed.connect(lambda: closed.append(True))
    status = run_event_loop(shell.app, lambda: shell.icon.choose("Quit"))
    assert status == 0
    assert not shell.icon.visible, "the sprout left the tray"
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert closed, "the window was closed for good"


def test_quit_in_the_window_menu_quits_without_a_tray_note(shell: Shell):
    status = run_event_loop(shell.app, shell.window.quit_action.trigger)
    assert status == 0
    assert shell.icon.messages == []


def test_a_quit_asked_by_the_desktop_is_not_refused(shell: Shell):
    # Logging out, or Cmd+Q: Qt asks every window to close first.
    status = run_event_loop(shell.app, QApplication.quit)
    assert status == 0
    assert shell.icon.messages == []


def test_a_second_launch_brings_the_hidden_window_forward(shell: Shell):
    shell.window.close()
    shell.app_shell.show_garden()  # what `instance.show_requested` is connected to
    assert shell.window.isVisible()


def test_new_settings_make_the_tray_ask_again_at_once(shell: Shell):
    shell.tray.timer.stop()
    reminders = Reminders(shell.garden)
    shell.window.session.apply(
        lambda: reminders.change_settings(ReminderSettings(time=dt.time(9, 0)))
    )
    assert shell.tray.timer.isActive() and shell.tray.timer.interval() == 0
