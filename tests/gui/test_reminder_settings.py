"""The reminder settings dialog: it shows the settings, checks them as they are typed,
saves them as one undoable change, and turns start at login on and off."""

from __future__ import annotations

import datetime as dt
import stat
from pathlib import Path

import pytest

from garden.domain.reminders import QuietHours, ReminderSettings
from garden.services import autostart
from garden.services.garden import Garden
from garden.services.reminders import Reminders

from PySide6.QtCore import QTime

from ui.dialogs.reminder_settings import ReminderSettingsDialog, when_words
from ui.session import GardenSession


@pytest.fixture
def session(small_garden: Garden) -> GardenSession:
    return GardenSession(small_garden)


@pytest.fixture
def environ(tmp_path: Path) -> dict[str, str]:
    return {"XDG_CONFIG_HOME": str(tmp_path / "config"), "HOME": str(tmp_path / "home")}


def open_dialog(qtbot, session, environ) -> ReminderSettingsDialog:
    dialog = ReminderSettingsDialog(
        session, launch_command=["/opt/garden/bin/garden", "--in-tray"], environ=environ
    )
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_dialog_shows_the_current_settings(qtbot, session, environ):
    Reminders(session.garden).change_settings(
        ReminderSettings(
            count=5, time=dt.time(19, 30), quiet=QuietHours(dt.time(23), dt.time(7)),
            birthday_lead_days=7,
        )
    )  # fmt: skip
    dialog = open_dialog(qtbot, session, environ)
    assert dialog.count.value() == 5
    assert dialog.time.time() == QTime(19, 30)
    assert dialog.quiet.isChecked()
    assert (dialog.quiet_from.time(), dialog.quiet_to.time()) == (QTime(23, 0), QTime(7, 0))
    assert dialog.birthday_lead.value() == 7
    assert not dialog.start_at_login.isChecked()
    # At 10:00 with no note delivered yet, yesterday's is still due.
    assert dialog.next_note.text() == "The next note comes now."


def test_quiet_hours_that_end_when_they_start_are_refused_as_typed(qtbot, session, environ):
    dialog = open_dialog(qtbot, session, environ)
    assert dialog.save_button.isEnabled() and not dialog.quiet_error.isVisible()
    dialog.quiet_to.setTime(QTime(22, 0))  # same as the start
    assert dialog.quiet_error.isVisible()
    assert "end at another time" in dialog.quiet_error.text()
    assert not dialog.save_button.isEnabled()
    dialog.on_save()  # Enter cannot save it either
    assert Reminders(session.garden).settings().quiet == QuietHours(dt.time(22), dt.time(8))
    # Turning quiet hours off makes the fields irrelevant, and the dialog fine again.
    dialog.quiet.setChecked(False)
    assert not dialog.quiet_error.isVisible() and dialog.save_button.isEnabled()
    assert not dialog.quiet_from.isEnabled()


def test_a_time_inside_quiet_hours_is_explained(qtbot, session, environ):
    dialog = open_dialog(qtbot, session, environ)
    dialog.time.setTime(QTime(23, 0))
    assert "23:00 falls in your quiet hours" in dialog.next_note.text()
    assert "at 08:00" in dialog.next_note.text()


def test_saving_stores_the_settings_as_one_undoable_change(qtbot, session, environ):
    reminders = Reminders(session.garden)
    reminders.pause(days=2)  # set from the tray meanwhile: the dialog leaves it alone
    paused = reminders.settings().paused_until
    dialog = open_dialog(qtbot, session, environ)
    dialog.count.setValue(2)
    dialog.time.setTime(QTime(9, 15))
    dialog.quiet.setChecked(False)
    dialog.birthday_lead.setValue(10)
    dialog.on_save()
    assert dialog.result() == ReminderSettingsDialog.DialogCode.Accepted
    assert reminders.settings() == ReminderSettings(
        count=2, time=dt.time(9, 15), quiet=None, birthday_lead_days=10, paused_until=paused
    )
    session.undo_stack.undo()
    assert reminders.settings() == ReminderSettings(paused_until=paused)


def test_start_at_login_writes_and_removes_the_autostart_entry(qtbot, session, environ):
    entry = Path(environ["XDG_CONFIG_HOME"]) / "autostart" / "relationship-garden.desktop"
    dialog = open_dialog(qtbot, session, environ)
    dialog.start_at_login.setChecked(True)
    dialog.on_save()
    assert entry.is_file()
    assert stat.S_IMODE(entry.stat().st_mode) == 0o644
    assert "Exec=/opt/garden/bin/garden --in-tray\n" in entry.read_text()

    again = open_dialog(qtbot, session, environ)
    assert again.start_at_login.isChecked()
    again.start_at_login.setChecked(False)
    again.on_save()
    assert not entry.exists()


def test_start_at_login_that_cannot_be_written_says_why(qtbot, session, environ):
    config = Path(environ["XDG_CONFIG_HOME"])
    config.mkdir()
    (config / "autostart").write_text("a file where the folder should be")
    dialog = open_dialog(qtbot, session, environ)
    dialog.start_at_login.setChecked(True)
    dialog.on_save()
    assert dialog.error.isVisible() and "autostart" in dialog.error.text()
    assert dialog.result() != ReminderSettingsDialog.DialogCode.Accepted


def test_a_demo_garden_offers_no_start_at_login(qtbot, small_garden, environ):
    dialog = open_dialog(qtbot, GardenSession(small_garden, demo=True), environ)
    assert not dialog.start_at_login.isVisible()
    dialog.start_at_login.setChecked(True)
    dialog.on_save()
    assert not autostart.is_enabled(environ)


def test_the_default_launch_command_starts_this_garden_in_the_tray(session):
    dialog = ReminderSettingsDialog(session)
    assert dialog.launch_command[-1] == "--in-tray"
    folder = session.garden.path.parent
    assert dialog.launch_command[-3:-1] == ["--data-dir", str(folder)]
    assert Path(dialog.launch_command[0]).is_absolute()
    dialog.deleteLater()


def test_when_words():
    now = dt.datetime(2026, 11, 26, 10, 0)
    assert when_words(now, now) == "now"
    assert when_words(dt.datetime(2026, 11, 26, 18, 0), now) == "today at 18:00"
    assert when_words(dt.datetime(2026, 11, 27, 8, 0), now) == "tomorrow at 08:00"
    assert when_words(dt.datetime(2026, 12, 3, 18, 0), now) == "on Thursday 3 December at 18:00"
