"""The parts every form of the window shares: an error line, labels that focus their
field, and Save / Cancel."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QEvent
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QPushButton, QWidget

from ui.i18n import tr
from ui.theme import error_colour


class ErrorLabel(QLabel):
    """What went wrong, in the error colour; hidden until there is something to say.

    The colour is the label's palette, not a style sheet, so it turns with the light and
    dark colours (Qt sends no palette changes to a widget with a style sheet)."""

    def __init__(self, name: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name or tr("Problem"))
        self.setWordWrap(True)
        self._recolour()
        self.hide()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._recolour()

    def _recolour(self) -> None:
        # Light and dark need different reds to stay readable (WCAG AA).
        colour = QColor(error_colour())
        palette = self.palette()
        if palette.color(QPalette.ColorRole.WindowText) != colour:
            palette.setColor(QPalette.ColorRole.WindowText, colour)
            self.setPalette(palette)

    def say(self, message: str, field: QWidget | None = None) -> None:
        """Show `message`, and put the focus on the field it is about."""
        self.setText(message)
        self.show()
        if field is not None:
            field.setFocus()


def label_buddies(form: QFormLayout, pairs: Iterable[tuple[QWidget, QWidget]]) -> None:
    """Let each row's label (and its Alt+letter) focus `buddy`, for the row of `field`."""
    for field, buddy in pairs:
        label = form.labelForField(field)
        if isinstance(label, QLabel):
            label.setBuddy(buddy)


def save_cancel(
    dialog: QDialog, on_save: Callable[[], object], save_name: str | None = None
) -> tuple[QDialogButtonBox, QPushButton]:
    """Save (the default button, running `on_save`) and Cancel; returns the box and Save."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
    )
    save = buttons.button(QDialogButtonBox.StandardButton.Save)
    save.setDefault(True)
    if save_name:
        save.setAccessibleName(save_name)
    buttons.accepted.connect(on_save)
    buttons.rejected.connect(dialog.reject)
    return buttons, save
