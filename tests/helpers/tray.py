"""A fake system tray icon: it records what the tray shows, and tests click it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QMenu


class FakeTrayIcon:
    """Stands in for `ui.tray.SystemTrayIcon` offscreen, where no desktop has a tray."""

    def __init__(self, available: bool = True, messages: bool = True) -> None:
        self.is_available = available
        self.messages_supported = messages
        self.icon = QIcon()
        self.tooltip = ""
        self.menu: QMenu | None = None
        self.visible = False
        self.messages: list[tuple[str, str]] = []
        self._on_message: Callable[[], None] | None = None
        self._on_activated: Callable[[], None] | None = None

    # --- the TrayIcon protocol ---------------------------------------------------------

    def available(self) -> bool:
        return self.is_available

    def supports_messages(self) -> bool:
        return self.messages_supported

    def set_look(self, icon: QIcon, tooltip: str) -> None:
        self.icon, self.tooltip = icon, tooltip

    def set_menu(self, menu: QMenu) -> None:
        self.menu = menu

    def set_visible(self, visible: bool) -> None:
        self.visible = visible

    def show_message(self, title: str, body: str, icon: QIcon) -> None:
        self.messages.append((title, body))

    def connect(
        self, on_message_clicked: Callable[[], None], on_activated: Callable[[], None]
    ) -> None:
        self._on_message, self._on_activated = on_message_clicked, on_activated

    # --- what a user does --------------------------------------------------------------

    def click_message(self) -> None:
        assert self._on_message is not None
        self._on_message()

    def click_icon(self) -> None:
        assert self._on_activated is not None
        self._on_activated()

    def open_menu(self, submenu: str | None = None) -> list[QAction]:
        """The menu's entries as a user sees them when it opens (or a submenu's)."""
        assert self.menu is not None
        self.menu.aboutToShow.emit()
        menu = self.menu
        if submenu is not None:
            found = menu_entry(menu.actions(), submenu).menu()
            assert isinstance(found, QMenu), f"{submenu} is not a submenu"
            found.aboutToShow.emit()
            menu = found
        return [a for a in menu.actions() if not a.isSeparator()]

    def menu_texts(self, submenu: str | None = None) -> list[str]:
        return [plain(a.text()) for a in self.open_menu(submenu)]

    def choose(self, *path: str) -> None:
        """Click a menu entry: `choose("Pause reminders", "For a week")`."""
        actions = self.open_menu(path[0] if len(path) > 1 else None)
        action = menu_entry(actions, path[-1])
        assert action.isEnabled(), f"{path[-1]} is disabled"
        action.trigger()


def plain(text: str) -> str:
    """Menu text without mnemonics ("&Quick log…" → "Quick log…", "&&" → "&")."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def menu_entry(actions: list[QAction], text: str) -> QAction:
    for action in actions:
        if plain(action.text()) == text:
            return action
    raise AssertionError(f"no menu entry {text!r} in {[plain(a.text()) for a in actions]}")
