"""Reminders and start at login: how many people a day, when, quiet hours, birthdays.

The reminder settings are read and written through the reminders service (one undoable
change; a pause set from the tray is left alone). "Start at login" writes or removes the
desktop's autostart entry (`garden.services.autostart`). Mistakes are shown next to the
fields as they are made, and the dialog says when the next note would come.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from pathlib import Path

from garden.domain.reminders import (
    MAX_BIRTHDAY_LEAD,
    MAX_COUNT,
    QuietHours,
    ReminderSettings,
    next_delivery,
)
from garden.services import autostart
from garden.services.changes import Change
from garden.services.garden import Garden, ValidationError
from garden.services.reminders import Reminders
from garden.store.db import StoreError

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import clock_time, tr, weekday_and_date
from ui.session import GardenSession
from ui.widgets.forms import ErrorLabel, label_buddies, save_cancel


def _qtime(value: dt.time) -> QTime:
    return QTime(value.hour, value.minute)


def _time(value: QTime) -> dt.time:
    return dt.time(value.hour(), value.minute())


def _clock_edit(value: dt.time, name: str) -> QTimeEdit:
    edit = QTimeEdit(_qtime(value))
    edit.setDisplayFormat("HH:mm")
    edit.setAccessibleName(name)
    return edit


def when_words(moment: dt.datetime, now: dt.datetime) -> str:
    """ "today at 18:00", "tomorrow at 08:00", "on Thursday 3 December at 18:00"."""
    days = (moment.date() - now.date()).days
    clock = clock_time(moment)
    if days <= 0:
        return tr("now") if moment <= now else tr("today at {time}").format(time=clock)
    if days == 1:
        return tr("tomorrow at {time}").format(time=clock)
    return tr("on {day} at {time}").format(day=weekday_and_date(moment.date()), time=clock)


def _other_folder(garden: Garden) -> Path | None:
    """The garden's folder when it is not the default one (start at login opens it)."""
    from garden.store.paths import default_data_dir

    if garden.path is None:
        return None
    folder = garden.path.parent
    return None if folder.resolve() == default_data_dir().resolve() else folder


class ReminderSettingsDialog(QDialog):
    """Count, delivery time, quiet hours, birthday lead, and start at login."""

    def __init__(
        self,
        session: GardenSession,
        parent: QWidget | None = None,
        *,
        launch_command: Sequence[str] | None = None,
        environ: Mapping[str, str] | None = None,
    ) -> None:
        """`launch_command` is what the autostart entry runs (default: this app, in the
        tray); `environ` where it goes (default: the process environment)."""
        super().__init__(parent)
        self.session = session
        self.reminders = Reminders(session.garden)
        self.environ = environ
        self.change: Change | None = None
        garden = session.garden
        self.launch_command = list(
            launch_command or autostart.launch_command(_other_folder(garden))
        )
        self.setWindowTitle(tr("Reminders and start at login"))
        self.setAccessibleName(self.windowTitle())
        self.setModal(True)
        current = self.reminders.settings()
        self.paused_until = current.paused_until

        self.count = QSpinBox()
        self.count.setRange(1, MAX_COUNT)
        self.count.setValue(current.count)
        self.count.setAccessibleName(tr("People in a day's note"))
        self.count.setToolTip(tr("Birthdays coming up are always mentioned, even beyond this"))
        self.time = _clock_edit(current.time, tr("When the note comes"))
        quiet = current.quiet
        self.quiet = QCheckBox(tr("&Quiet hours, from"))
        self.quiet.setChecked(quiet is not None)
        self.quiet_from = _clock_edit(quiet.start if quiet else dt.time(22), tr("Quiet from"))
        self.quiet_to = _clock_edit(quiet.end if quiet else dt.time(8), tr("Quiet until"))
        quiet_row = QWidget()
        quiet_layout = QHBoxLayout(quiet_row)
        quiet_layout.setContentsMargins(0, 0, 0, 0)
        quiet_layout.addWidget(self.quiet)
        quiet_layout.addWidget(self.quiet_from)
        quiet_layout.addWidget(QLabel(tr("to")))
        quiet_layout.addWidget(self.quiet_to)
        quiet_layout.addStretch(1)
        self.quiet_error = ErrorLabel(tr("Problem with the quiet hours"))
        self.birthday_lead = QSpinBox()
        self.birthday_lead.setRange(0, MAX_BIRTHDAY_LEAD)
        self.birthday_lead.setValue(current.birthday_lead_days)
        self.birthday_lead.setSuffix(tr(" days ahead"))
        self.birthday_lead.setAccessibleName(tr("Mention birthdays this many days ahead"))
        self.start_at_login = QCheckBox(tr("Start at &login, quietly in the tray"))
        self.start_at_login.setChecked(autostart.is_enabled(environ))
        self.start_at_login.setToolTip(str(autostart.autostart_file(environ)))
        # A demo garden is for trying things out, not for starting every day.
        self.start_at_login.setVisible(not session.demo)
        self.next_note = QLabel()
        self.next_note.setAccessibleName(tr("When the next note comes"))
        self.next_note.setWordWrap(True)
        self.error = ErrorLabel()

        form = QFormLayout()
        form.addRow(tr("&People a day"), self.count)
        form.addRow(tr("&Note comes at"), self.time)
        form.addRow("", quiet_row)
        form.addRow("", self.quiet_error)
        form.addRow(tr("&Birthdays"), self.birthday_lead)
        label_buddies(form, [(f, f) for f in (self.count, self.time, self.birthday_lead)])
        self.buttons, self.save_button = save_cancel(self, self.on_save)
        column = QVBoxLayout(self)
        intro = QLabel(
            tr("One gentle note a day, with a few people who might enjoy hearing from you.")
        )
        intro.setWordWrap(True)
        column.addWidget(intro)
        column.addLayout(form)
        column.addWidget(self.next_note)
        column.addWidget(self.start_at_login)
        column.addWidget(self.error)
        column.addWidget(self.buttons)

        self.count.valueChanged.connect(self.on_field_changed)
        self.birthday_lead.valueChanged.connect(self.on_field_changed)
        for edit in (self.time, self.quiet_from, self.quiet_to):
            edit.timeChanged.connect(self.on_field_changed)
        self.quiet.toggled.connect(self.on_field_changed)
        self.on_field_changed()

    # --- reading the fields --------------------------------------------------------------

    def quiet_hours(self) -> QuietHours | None:
        """The quiet hours as set; raises ValidationError when they are not hours."""
        if not self.quiet.isChecked():
            return None
        start, end = _time(self.quiet_from.time()), _time(self.quiet_to.time())
        if start == end:
            raise ValidationError(
                "quiet", tr("Quiet hours need to end at another time than they start.")
            )
        return QuietHours(start, end)

    def chosen(self) -> ReminderSettings:
        """The settings as the fields say (the pause as it was); ValidationError if not."""
        return ReminderSettings(
            count=self.count.value(),
            time=_time(self.time.time()),
            quiet=self.quiet_hours(),
            birthday_lead_days=self.birthday_lead.value(),
            paused_until=self.paused_until,
        )

    def on_field_changed(self) -> None:
        """Check the fields as they change, and say when the next note would come."""
        quiet_on = self.quiet.isChecked()
        self.quiet_from.setEnabled(quiet_on)
        self.quiet_to.setEnabled(quiet_on)
        try:
            settings = self.chosen()
        except ValidationError as exc:
            self.quiet_error.setText(exc.message)
            self.quiet_error.show()
            self.save_button.setEnabled(False)
            self.next_note.setText("")
            return
        self.quiet_error.hide()
        self.save_button.setEnabled(True)
        self.next_note.setText(self._next_note_text(settings))

    def _next_note_text(self, settings: ReminderSettings) -> str:
        now = self.session.garden.clock.now()
        try:
            last = self.reminders.last_delivered()
        except StoreError:
            last = None
        parts = []
        if settings.quiet is not None and settings.quiet.covers(settings.time):
            parts.append(
                tr(
                    "{time} falls in your quiet hours, so the note comes when they end, at {end}."
                ).format(time=clock_time(settings.time), end=clock_time(settings.quiet.end))
            )
        moment = next_delivery(now, settings, last)
        if moment is None:
            parts.append(tr("Reminders are paused until you resume them."))
        else:
            parts.append(tr("The next note comes {when}.").format(when=when_words(moment, now)))
        return " ".join(parts)

    # --- saving --------------------------------------------------------------------------

    def on_save(self) -> None:
        try:
            settings = self.chosen()
        except ValidationError as exc:
            self.error.say(exc.message, self.quiet_from)
            return
        reminders = self.reminders
        try:
            change = self.session.apply(lambda: reminders.change_settings(settings))
        except ValidationError as exc:
            field = {"count": self.count, "birthday_lead_days": self.birthday_lead}.get(
                exc.field, self.time
            )
            self.error.say(exc.message, field)
            return
        if change is None:
            self.error.say(tr("The settings could not be saved; see the message in the window."))
            return
        self.change = change
        if not self._apply_start_at_login():
            return
        self.accept()

    def _apply_start_at_login(self) -> bool:
        if self.session.demo:
            return True
        wanted = self.start_at_login.isChecked()
        if wanted == autostart.is_enabled(self.environ):
            return True
        try:
            if wanted:
                autostart.enable(self.launch_command, self.environ)
            else:
                autostart.disable(self.environ)
        except StoreError as exc:
            self.error.say(str(exc), self.start_at_login)
            return False
        return True

    @classmethod
    def ask(cls, session: GardenSession, parent: QWidget | None = None) -> Change | None:
        """Show the dialog; the change to the reminder settings, or None if cancelled."""
        dialog = cls(session, parent)
        dialog.exec()
        return dialog.change if dialog.result() == QDialog.DialogCode.Accepted else None
