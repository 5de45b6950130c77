"""Keyboard habits shared by the window's controls."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QButtonGroup


def one_tab_stop(group: QButtonGroup) -> None:
    """A set of radio buttons is one Tab stop, on the chosen button, as on every desktop:
    Tab lands on the checked one and leaves the group; the arrow keys choose within it.
    (Qt alone makes every radio button a stop of its own.) Kept true as the choice changes.
    """

    def sync(*_args: object) -> None:
        buttons = group.buttons()
        chosen = group.checkedButton() or (buttons[0] if buttons else None)
        for button in buttons:
            button.setFocusPolicy(
                Qt.FocusPolicy.StrongFocus if button is chosen else Qt.FocusPolicy.ClickFocus
            )

    def toggled(_button: QAbstractButton, _on: bool) -> None:
        sync()

    group.buttonToggled.connect(toggled)
    sync()
