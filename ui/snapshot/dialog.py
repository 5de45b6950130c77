"""File → Export yearly snapshot…: choose a year, see the picture, save it as a PNG.

The preview is the snapshot itself drawn small (every size on the page is a share of
the page, so the preview is the print in miniature) and follows every choice at once.
Saving draws it again at full size and writes it in one step; a problem is said in the
dialog, under the preview, and nothing is left behind.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from garden.domain.palette import PALETTES
from garden.domain.shape import Look, PlantShape
from garden.services.garden import Garden
from garden.services.snapshot import NoGardenYetError, Snapshot, snapshot_years, year_snapshot
from garden.store.db import StoreError

from PySide6.QtCore import QSize, QStandardPaths, Qt, Signal
from PySide6.QtGui import QGuiApplication, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import tr
from ui.snapshot.render import render_snapshot, save_snapshot
from ui.snapshot.size import DEFAULT_HEIGHT, DEFAULT_WIDTH

#: The preview's size on screen, in the page's 4:5 shape.
PREVIEW = QSize(384, 480)


def ask_save_path(parent: QWidget, suggested: Path) -> Path | None:
    """Where to save, from the system's save dialog; None if the user cancelled."""
    chosen, _filter = QFileDialog.getSaveFileName(
        parent, tr("Save yearly snapshot"), str(suggested), tr("PNG image (*.png)")
    )
    if not chosen:
        return None
    path = Path(chosen)
    # Some desktops' dialogs return the name as typed, without the extension.
    return path if path.suffix.lower() == ".png" else path.with_name(path.name + ".png")


def _pictures_folder() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation)
    folder = Path(found) if found else Path.home()
    return folder if folder.is_dir() else Path.home()


class SnapshotDialog(QDialog):
    """The yearly snapshot of one garden: year, names or initials, colours, preview."""

    saved = Signal(object)  # the Path written

    #: Asks where to save (tests replace it): (parent, suggested path) → path or None.
    choose_path: Callable[[QWidget, Path], Path | None] = staticmethod(ask_save_path)

    def __init__(self, garden: Garden, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.garden = garden
        self.setWindowTitle(tr("Export yearly snapshot"))
        self._snapshots: dict[int, Snapshot] = {}
        self._shapes: dict[Look, PlantShape] = {}
        self._folder = _pictures_folder()

        self.year = QComboBox()
        self.year.setAccessibleName(tr("Year"))
        for year in snapshot_years(garden):
            self.year.addItem(str(year), year)
        self.initials = QCheckBox(tr("&Initials instead of names, for sharing"))
        self.colours = QComboBox()
        self.colours.setAccessibleName(tr("Colours"))
        self.colours.addItem(tr("Light paper"), "light")
        self.colours.addItem(tr("Dark"), "dark")
        form = QFormLayout()
        form.addRow(tr("&Year:"), self.year)
        form.addRow(tr("&Colours:"), self.colours)
        form.addRow("", self.initials)
        size = QLabel(
            tr(
                "Saved at {width} × {height} pixels: 8 × 10 inches at 300 dpi, "
                "for a screen or for print."
            ).format(width=DEFAULT_WIDTH, height=DEFAULT_HEIGHT)
        )
        size.setWordWrap(True)
        form.addRow("", size)

        self.preview = QLabel()
        self.preview.setAccessibleName(tr("Preview of the snapshot"))
        self.preview.setFixedSize(PREVIEW)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message = QLabel()
        self.message.setAccessibleName(tr("Snapshot message"))
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.save_button = QPushButton(tr("&Save…"))
        self.save_button.setDefault(True)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.save_button.clicked.connect(self.on_save)

        side = QVBoxLayout()
        side.addLayout(form)
        side.addStretch(1)
        side.addWidget(self.message)
        row = QHBoxLayout()
        row.addWidget(self.preview)
        row.addLayout(side, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(buttons)

        self.year.currentIndexChanged.connect(self.on_choice_changed)
        self.initials.toggled.connect(self.on_choice_changed)
        self.colours.currentIndexChanged.connect(self.on_choice_changed)
        self.on_choice_changed()

    @classmethod
    def ask(cls, garden: Garden, parent: QWidget | None = None) -> int:
        """Show the dialog for `garden` until it is closed."""
        return cls(garden, parent).exec()

    # --- state --------------------------------------------------------------------------

    def chosen_year(self) -> int | None:
        year = self.year.currentData()
        return int(year) if year is not None else None

    def snapshot(self) -> Snapshot | None:
        """The chosen year's snapshot (worked out once per year), or None."""
        year = self.chosen_year()
        if year is None:
            return None
        if year not in self._snapshots:
            self._snapshots[year] = year_snapshot(self.garden, year)
        return self._snapshots[year]

    def _say(self, text: str) -> None:
        self.message.setText(text)

    # --- slots --------------------------------------------------------------------------

    def on_choice_changed(self, *_args: object) -> None:
        """Draw the preview again for the current choices."""
        try:
            snapshot = self.snapshot()
        except NoGardenYetError as exc:
            snapshot = None
            self._say(str(exc))
        if snapshot is None:
            if self.chosen_year() is None:
                self._say(tr("Your garden has no plants yet. Plant someone, and come back."))
            self.preview.clear()
            self.save_button.setEnabled(False)
            return
        self._say("")
        self.save_button.setEnabled(True)
        ratio = self.devicePixelRatioF()
        picture = render_snapshot(
            snapshot,
            round(PREVIEW.width() * ratio),
            round(PREVIEW.height() * ratio),
            names=not self.initials.isChecked(),
            palette=PALETTES[str(self.colours.currentData())],
            shapes=self._shapes,
        )
        pixmap = QPixmap.fromImage(picture.image)
        pixmap.setDevicePixelRatio(ratio)
        self.preview.setPixmap(pixmap)

    def on_save(self) -> None:
        """Ask where, then draw the snapshot at full size and write it."""
        snapshot = self.snapshot()
        if snapshot is None:
            return
        suggested = self._folder / f"garden-{snapshot.year}.png"
        path = type(self).choose_path(self, suggested)
        if path is None:
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            save_snapshot(
                snapshot,
                path,
                DEFAULT_WIDTH,
                DEFAULT_HEIGHT,
                names=not self.initials.isChecked(),
                palette=PALETTES[str(self.colours.currentData())],
            )
        except StoreError as exc:  # FileWriteError: its message is meant for the user
            self._say(str(exc))
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self._folder = path.parent
        self._say(tr("Saved to {path}").format(path=path))
        self.saved.emit(path)
