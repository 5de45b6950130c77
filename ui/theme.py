"""Light and dark: follow the system, or the user's choice, and tell everyone who draws.

The garden's palette (`garden.domain.palette`) drives both the canvas and the Qt widget
palette, so dialogs and panels sit on the same warm paper as the plants.
"""

from __future__ import annotations

from garden.domain.palette import DARK, LIGHT, Palette

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

CHOICES = ("system", "light", "dark")


class Theme(QObject):
    """The current palette; `palette_changed` fires when it changes."""

    palette_changed = Signal(object)  # Palette

    def __init__(self, choice: str = "system", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._choice = choice if choice in CHOICES else "system"
        self._current = self._resolve()
        hints = QGuiApplication.styleHints()
        hints.colorSchemeChanged.connect(self.on_color_scheme_changed)

    @property
    def choice(self) -> str:
        return self._choice

    @property
    def palette(self) -> Palette:
        return self._current

    def set_choice(self, choice: str) -> None:
        if choice not in CHOICES:
            raise ValueError(choice)
        self._choice = choice
        self._update()

    def on_color_scheme_changed(self, _scheme: Qt.ColorScheme) -> None:
        if self._choice == "system":
            self._update()

    def _resolve(self) -> Palette:
        if self._choice == "light":
            return LIGHT
        if self._choice == "dark":
            return DARK
        scheme = QGuiApplication.styleHints().colorScheme()
        return DARK if scheme == Qt.ColorScheme.Dark else LIGHT

    def _update(self) -> None:
        palette = self._resolve()
        if palette is not self._current:
            self._current = palette
            apply_to_application(palette)
            self.palette_changed.emit(palette)

    def apply(self) -> None:
        apply_to_application(self._current)


def qt_palette(p: Palette) -> QPalette:
    """A widget palette on the garden's paper, with its text and accent colours."""
    qp = QPalette()
    paper, shade, text = QColor(p.paper), QColor(p.paper_shade), QColor(p.text)
    base = QColor(p.paper).lighter(104) if p.name == "light" else QColor(p.paper).lighter(118)
    accent = QColor(p.accent)
    roles = {
        QPalette.ColorRole.Window: paper,
        QPalette.ColorRole.WindowText: text,
        QPalette.ColorRole.Base: base,
        QPalette.ColorRole.AlternateBase: shade,
        QPalette.ColorRole.Text: text,
        QPalette.ColorRole.Button: shade,
        QPalette.ColorRole.ButtonText: text,
        QPalette.ColorRole.ToolTipBase: QColor(p.paper_shade),
        QPalette.ColorRole.ToolTipText: text,
        QPalette.ColorRole.PlaceholderText: QColor(p.text_soft),
        QPalette.ColorRole.Highlight: accent,
        # Dark text on the amber accent reads well in both themes (white would not).
        QPalette.ColorRole.HighlightedText: QColor("#2A1F14"),
        # The stem's green, a shade deeper on light paper so links pass WCAG AA (5.3:1).
        QPalette.ColorRole.Link: QColor(p.leaf if p.name == "dark" else "#3F6E35"),
        QPalette.ColorRole.BrightText: QColor(p.accent),
        QPalette.ColorRole.Mid: QColor(p.text_soft),
        QPalette.ColorRole.Midlight: shade,
        QPalette.ColorRole.Dark: QColor(p.text_soft),
        QPalette.ColorRole.Light: base,
        QPalette.ColorRole.Shadow: QColor("#000000"),
    }
    for role, color in roles.items():
        qp.setColor(role, color)
    disabled = QColor(p.text_soft)
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        qp.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return qp


def apply_to_application(p: Palette) -> None:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        app.setPalette(qt_palette(p))


#: Error text: a deep red on light paper, a soft one on dark (both WCAG AA on the papers).
ERROR_TEXT = {"light": "#B3261E", "dark": "#F2B8B5"}


def error_colour() -> str:
    """The error text colour for the colours the application shows now."""
    window = QGuiApplication.palette().color(QPalette.ColorRole.Window)
    return ERROR_TEXT["dark" if window.lightness() < 128 else "light"]
