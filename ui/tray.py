"""The tray: a sprout that says at a glance whether someone could use a message, a menu
built from the garden as it is when it opens, and the daily digest as a notification.

`GardenTray` holds the logic and talks to the panel through `TrayIcon`, a narrow face
of `QSystemTrayIcon` (`SystemTrayIcon`), so tests drive the same logic with a fake icon
offscreen. It never opens windows itself: it asks the app (`TrayActions`), which knows
the garden's window.

The digest follows docs/reminders.md: one single-shot timer asks the reminders service
whether a digest is due (`deliver_due_digest`, which records it as delivered), shows it,
and sleeps as long as `wait_before_next_check` says (five minutes at most: timers may not
count the time the computer slept). Each tick also looks for changes another process
made (`garden log …` in a terminal), so the window and the icon follow them.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import enum
from collections.abc import Callable
from functools import partial
from typing import Protocol

from garden.domain.reminders import UNTIL_RESUMED, Digest, Reason, Reminder
from garden.services.changes import Change
from garden.services.reminders import Reminders
from garden.store.db import StoreError

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction, QGuiApplication, QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from ui.i18n import QT_TRANSLATE_NOOP, clock_time, tr, weekday_and_date
from ui.session import GardenSession
from ui.tray_icon import TrayLook, sprout_icon

#: How long a notification stays up (the desktop may keep it longer, in its history).
MESSAGE_MS = 15_000
#: The shortest sleep between two ticks: a digest that is due but was just delivered by
#: another process must not make the timer spin.
MIN_WAIT_MS = 1_000
#: After a storage error (the file busy or gone), try again a little later.
RETRY_MS = 60_000

CLOSE_NOTE_TITLE = QT_TRANSLATE_NOOP("", "Your garden is still here")
CLOSE_NOTE_BODY = QT_TRANSLATE_NOOP(
    "",
    "It keeps growing quietly in the tray. Click the sprout to open it again; "
    "Quit in its menu closes it completely.",
)


class TrayIcon(Protocol):
    """What `GardenTray` needs from a system tray icon (tests pass a fake one)."""

    def available(self) -> bool:
        """True when the desktop has a tray to show the icon in."""
        ...

    def supports_messages(self) -> bool: ...

    def set_look(self, icon: QIcon, tooltip: str) -> None: ...

    def set_menu(self, menu: QMenu) -> None: ...

    def set_visible(self, visible: bool) -> None: ...

    def show_message(self, title: str, body: str, icon: QIcon) -> None: ...

    def connect(
        self, on_message_clicked: Callable[[], None], on_activated: Callable[[], None]
    ) -> None:
        """Call `on_message_clicked` when a notification is clicked and `on_activated`
        when the icon itself is clicked."""
        ...


class SystemTrayIcon:
    """The real icon in the desktop's tray (`QSystemTrayIcon`)."""

    def __init__(self, parent: QObject | None = None) -> None:
        self.icon = QSystemTrayIcon(parent)

    def available(self) -> bool:
        return QSystemTrayIcon.isSystemTrayAvailable()

    def supports_messages(self) -> bool:
        return QSystemTrayIcon.supportsMessages()

    def set_look(self, icon: QIcon, tooltip: str) -> None:
        self.icon.setIcon(icon)
        self.icon.setToolTip(tooltip)

    def set_menu(self, menu: QMenu) -> None:
        self.icon.setContextMenu(menu)

    def set_visible(self, visible: bool) -> None:
        self.icon.setVisible(visible)

    def show_message(self, title: str, body: str, icon: QIcon) -> None:
        self.icon.showMessage(title, body, icon, MESSAGE_MS)

    def connect(
        self, on_message_clicked: Callable[[], None], on_activated: Callable[[], None]
    ) -> None:
        def on_icon_activated(reason: QSystemTrayIcon.ActivationReason) -> None:
            # A plain click; the context menu opens by itself on a right click.
            if reason == QSystemTrayIcon.ActivationReason.Trigger:
                on_activated()

        self.icon.messageClicked.connect(on_message_clicked)
        self.icon.activated.connect(on_icon_activated)


class NoTrayIcon:
    """A desktop without any tray at all (the offscreen platform, where Qt's tray code
    only complains): nothing shows, and closing the window quits."""

    def available(self) -> bool:
        return False

    def supports_messages(self) -> bool:
        return False

    def set_look(self, icon: QIcon, tooltip: str) -> None:
        pass

    def set_menu(self, menu: QMenu) -> None:
        pass

    def set_visible(self, visible: bool) -> None:
        pass

    def show_message(self, title: str, body: str, icon: QIcon) -> None:
        pass

    def connect(
        self, on_message_clicked: Callable[[], None], on_activated: Callable[[], None]
    ) -> None:
        pass


def make_tray_icon(parent: QObject | None = None) -> TrayIcon:
    """The desktop's tray icon, or `NoTrayIcon` on platforms that never have a tray."""
    if QGuiApplication.platformName() in ("offscreen", "minimal"):
        return NoTrayIcon()
    return SystemTrayIcon(parent)


class TrayActions(Protocol):
    """What the tray asks of the app: windows and dialogs live there."""

    def show_garden(self) -> None: ...

    def show_person(self, person_id: int) -> None: ...

    def show_today(self) -> None: ...

    def quick_log(self) -> None: ...

    def save_clipboard(self) -> None: ...

    def reminder_settings(self) -> None: ...

    def quit(self) -> None: ...


class Notice(enum.Enum):
    """What the last notification was about, for when it is clicked."""

    DIGEST = "digest"
    CLOSE_NOTE = "close-note"


def _names(reminders: tuple[Reminder, ...]) -> str:
    names = [r.first_name for r in reminders]
    if len(names) <= 1:
        return "".join(names)
    return tr("{names} and {last}").format(names=", ".join(names[:-1]), last=names[-1])


def until_words(moment: dt.datetime, now: dt.datetime) -> str:
    """When a pause ends, as the menu says it: "until 18:30", "until tomorrow, 10:00",
    "until Thursday 3 December", or "until you resume them"."""
    if moment == UNTIL_RESUMED:
        return tr("until you resume them")
    days = (moment.date() - now.date()).days
    clock = clock_time(moment)
    if days <= 0:
        return tr("until {time}").format(time=clock)
    if days == 1:
        if clock == "00:00":
            return tr("until tomorrow")
        return tr("until tomorrow, {time}").format(time=clock)
    return tr("until {day}").format(day=weekday_and_date(moment.date()))


def _menu_text(text: str) -> str:
    """Menu text shows `&` as a mnemonic; a name like "Tom & Jerry" keeps its `&`."""
    return text.replace("&", "&&")


def _person_label(reminder: Reminder) -> str:
    name = _menu_text(reminder.person.name)
    if reminder.reason is Reason.BIRTHDAY and reminder.birthday_on is not None:
        days = (reminder.birthday_on - reminder.state.as_of).days
        if days == 0:
            when = tr("birthday today")
        elif days == 1:
            when = tr("birthday tomorrow")
        else:
            when = tr("birthday in %n days", "", days)
        return f"{name} · {when}"
    return name


class GardenTray(QObject):
    """The tray of one garden: icon, tooltip, menu and the daily notification."""

    def __init__(
        self,
        session: GardenSession,
        icon: TrayIcon,
        actions: TrayActions,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.icon = icon
        self.actions = actions
        self.reminders = Reminders(session.garden)
        self.look = TrayLook.WELL
        self.tooltip = ""
        self.digest: Digest | None = None
        self.paused_until: dt.datetime | None = None
        #: What the last notification showed: a digest's people, or the close note.
        self.last_notice: Notice | None = None
        self.notice_people: tuple[int, ...] = ()
        self._icons: dict[TrayLook, QIcon] = {}
        self._stopped = False
        # The menu is rebuilt from the garden as it is each time it opens.
        self.menu = QMenu()
        self.menu.setToolTipsVisible(True)
        self.menu.aboutToShow.connect(self.on_menu_about_to_show)
        # Made once: `QMenu.clear` drops a submenu's entry but would leak the submenu.
        self.today_menu = QMenu(tr("&Today"), self.menu)
        self.today_menu.setToolTipsVisible(True)
        self.pause_menu = QMenu(tr("&Pause reminders"), self.menu)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.on_reminder_timer)
        session.changed.connect(self.on_session_changed)
        session.reloaded.connect(self.on_session_reloaded)
        icon.set_menu(self.menu)
        icon.connect(self.on_message_clicked, self.on_icon_activated)

    # --- starting and stopping ---------------------------------------------------------

    def start(self, first_check_ms: int = 0) -> None:
        """Show the icon and ask for a due digest after `first_check_ms` (a digest missed
        while the app was not running comes now, once)."""
        self.refresh()
        self.icon.set_visible(True)
        self.timer.start(max(0, first_check_ms))

    def stop(self) -> None:
        """Hide the icon and stop the reminders (at quit)."""
        self._stopped = True
        self.timer.stop()
        self.icon.set_visible(False)
        # The session may be gone already (the window closed with it at exit).
        with contextlib.suppress(RuntimeError, TypeError):
            self.session.changed.disconnect(self.on_session_changed)
            self.session.reloaded.disconnect(self.on_session_reloaded)
        self.menu.deleteLater()

    # --- the state at a glance ---------------------------------------------------------

    def _icon(self, look: TrayLook) -> QIcon:
        if look not in self._icons:
            self._icons[look] = sprout_icon(look)
        return self._icons[look]

    def refresh(self) -> None:
        """Read today's digest and the pause again; update the icon, tooltip and menu."""
        if self._stopped:
            return
        try:
            digest = self.reminders.today()
            settings = self.reminders.settings()
        except StoreError:
            return  # the file is busy or gone for a moment: keep showing what we had
        now = self.session.garden.clock.now()
        self.digest = digest
        self.paused_until = settings.paused_until if settings.paused_at(now) else None
        if self.paused_until is not None:
            self.look = TrayLook.PAUSED
            self.tooltip = tr("Relationship Garden\nReminders are paused {until}").format(
                until=until_words(self.paused_until, now)
            )
        elif digest.empty:
            self.look = TrayLook.WELL
            self.tooltip = tr("Relationship Garden\nEveryone is doing fine")
        else:
            self.look = TrayLook.SOMEONE
            self.tooltip = tr("Relationship Garden\n{title}: {names}").format(
                title=digest.title, names=_names(digest.reminders)
            )
        self.icon.set_look(self._icon(self.look), self.tooltip)
        self.rebuild_menu()

    # --- the menu ------------------------------------------------------------------------

    def on_menu_about_to_show(self) -> None:
        self.refresh()

    def _add(self, menu: QMenu, text: str, slot: Callable[[], object], tip: str = "") -> QAction:
        action = menu.addAction(text)
        action.triggered.connect(lambda _checked=False: slot())
        if tip:
            action.setToolTip(tip)
        return action

    def rebuild_menu(self) -> None:
        """Fill the menu from the state `refresh` read."""
        menu = self.menu
        menu.clear()
        has_people = bool(self.session.garden.people())
        opener = self._add(menu, tr("&Open garden"), self.actions.show_garden)
        menu.setDefaultAction(opener)
        self._add(menu, tr("&Quick log…"), self.actions.quick_log).setEnabled(has_people)
        self.today_menu.clear()
        self._today_menu(self.today_menu)
        menu.addMenu(self.today_menu)
        self._add(
            menu,
            tr("&Save clipboard for…"),
            self.actions.save_clipboard,
            tr("Keep what you copied (a link, a song, a recipe) to share with someone"),
        ).setEnabled(has_people)
        self.pause_menu.clear()
        self._pause_menu(self.pause_menu)
        menu.addMenu(self.pause_menu)
        self._add(menu, tr("Sett&ings…"), self.actions.reminder_settings)
        menu.addSeparator()
        self._add(menu, tr("Q&uit"), self.actions.quit)

    def _today_menu(self, today: QMenu) -> None:
        digest = self.digest
        if digest is None or digest.empty:
            today.addAction(tr("Everyone is doing fine")).setEnabled(False)
        else:
            today.addAction(digest.title).setEnabled(False)
            for reminder in digest.reminders:
                self._add(
                    today,
                    _person_label(reminder),
                    partial(self.actions.show_person, reminder.person.id),
                    reminder.sentence,
                )
        today.addSeparator()
        self._add(today, tr("Show today's &list"), self.actions.show_today)

    def _pause_menu(self, pause: QMenu) -> None:
        if self.paused_until is not None:
            now = self.session.garden.clock.now()
            paused = tr("Paused {until}").format(until=until_words(self.paused_until, now))
            pause.addAction(paused).setEnabled(False)
            self._add(pause, tr("&Resume reminders"), self.on_resume)
            return
        self._add(pause, tr("For a &day"), lambda: self.on_pause(days=1))
        self._add(pause, tr("For a &week"), lambda: self.on_pause(days=7))
        self._add(pause, tr("&Until I resume them"), lambda: self.on_pause(days=None))

    # --- pausing -------------------------------------------------------------------------

    def on_pause(self, days: int | None) -> None:
        reminders = self.reminders
        self.session.apply(lambda: reminders.pause(days=days))

    def on_resume(self) -> None:
        self.session.apply(self.reminders.resume)

    # --- the digest ----------------------------------------------------------------------

    def on_reminder_timer(self) -> None:
        """One tick: follow outside changes, show a digest that is due, sleep until the
        next check."""
        try:
            # Another process (a `garden log` in a terminal) may have written: the window
            # reloads on this too.
            self.session.check_outside_changes()
            # Without a tray nobody would see the digest; it waits (the slot stays open).
            if self.icon.available():
                digest = self.reminders.deliver_due_digest()
                if digest is not None and not digest.empty:
                    self.notify(digest)
            wait_ms = int(self.reminders.wait_before_next_check().total_seconds() * 1000)
        except StoreError:
            wait_ms = RETRY_MS
        self.refresh()
        self.timer.start(max(MIN_WAIT_MS, wait_ms))

    def notify(self, digest: Digest) -> None:
        """Show `digest` as a notification; clicking it opens the digest or the person."""
        sentences = [r.sentence for r in digest.reminders]
        # One line each; a bullet tells them apart when a long one wraps.
        body = "\n".join(f"• {s}" for s in sentences) if len(sentences) > 1 else sentences[0]
        self.icon.show_message(digest.title, body, self._icon(TrayLook.SOMEONE))
        self.last_notice = Notice.DIGEST
        self.notice_people = digest.people

    def show_close_note(self) -> bool:
        """Say once that closing the window leaves the garden in the tray; False when
        the tray cannot show notes."""
        if not self.icon.supports_messages():
            return False
        self.icon.show_message(tr(CLOSE_NOTE_TITLE), tr(CLOSE_NOTE_BODY), self._icon(self.look))
        self.last_notice = Notice.CLOSE_NOTE
        self.notice_people = ()
        return True

    def on_message_clicked(self) -> None:
        if self.last_notice is Notice.DIGEST and len(self.notice_people) == 1:
            self.actions.show_person(self.notice_people[0])
        elif self.last_notice is Notice.DIGEST:
            self.actions.show_today()
        else:
            self.actions.show_garden()

    def on_icon_activated(self) -> None:
        self.actions.show_garden()

    # --- following the garden --------------------------------------------------------------

    def on_session_changed(self, change: Change) -> None:
        if change.settings:
            # A pause, a resume or new settings move the next digest: ask again soon.
            self.timer.start(0)
        self.refresh()

    def on_session_reloaded(self) -> None:
        self.refresh()
