"""File → Import…, Export… and Backups…: moving the garden in and out, and keeping it safe.

The work is done by `garden.services.importing` / `exporting` and the backup functions of
`Garden`; these dialogs ask, preview, show progress and report in the garden's words.
Everything runs on the main thread (the garden's connection lives there); long steps keep
the window alive through the progress dialog.
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from PySide6.QtCore import QLocale, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QRadioButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import QT_TRANSLATE_NOOP, date_and_time, tr
from ui.session import GardenSession
from ui.widgets.keyboard import one_tab_stop

if TYPE_CHECKING:
    from garden.services.importing import ImportPlan
    from garden.store.backup import Backup

#: How many names the import preview lists before "and N more".
PREVIEW_LIMIT = 300

IMPORT_FILTERS = QT_TRANSLATE_NOOP(
    "",
    "Contacts and garden files (*.vcf *.vcard *.csv *.json);;"
    "vCard (*.vcf *.vcard);;CSV (*.csv);;Garden export (*.json);;All files (*)",
)
EXPORT_CHOICES = (
    (
        "json",
        QT_TRANSLATE_NOOP("", "Everything (JSON) — a complete copy you can import again"),
        "garden.json",
    ),
    ("csv", QT_TRANSLATE_NOOP("", "People as a spreadsheet (CSV)"), "garden-people.csv"),
    ("vcf", QT_TRANSLATE_NOOP("", "People as contacts (vCard)"), "garden-people.vcf"),
    ("ics", QT_TRANSLATE_NOOP("", "Birthdays as a calendar (ICS)"), "garden-birthdays.ics"),
)


class CancelledError(Exception):
    """The user cancelled a long step."""


def _documents() -> str:
    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)


def _size(size: int) -> str:
    """136.0 KB / 136,0 KB: a file's size in the window's language."""
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)


class _Progress:
    """A progress dialog fed by the services' `progress(stage, done, total)` callbacks;
    Cancel makes the next callback raise, which the services treat as "change nothing"."""

    STAGES: ClassVar[dict[str, str]] = {
        "reading": QT_TRANSLATE_NOOP("", "Reading the file…"),
        "saving": QT_TRANSLATE_NOOP("", "Planting…"),
    }

    def __init__(self, parent: QWidget, title: str) -> None:
        self.dialog = QProgressDialog(title, tr("Cancel"), 0, 0, parent)
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(400)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)

    def __call__(self, stage: str, done: int, total: int) -> None:
        if self.dialog.wasCanceled():
            raise CancelledError
        self.dialog.setLabelText(tr(self.STAGES.get(stage, stage)))
        self.dialog.setMaximum(max(total, 0))
        self.dialog.setValue(min(done, total) if total else 0)
        QApplication.processEvents()

    def close(self) -> None:
        self.dialog.close()
        self.dialog.deleteLater()


class ImportPreview(QDialog):
    """Who is new, who may already be in the garden, and what will be left out."""

    def __init__(self, plan: ImportPlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Import {name}").format(name=plan.path.name))
        total = len(plan.new) + len(plan.existing)
        if plan.kind == "vcard":
            words = tr("<b>{name}</b> holds the contacts of %n people (vCard).", "", total)
        elif plan.kind == "csv":
            words = tr("<b>{name}</b> is a spreadsheet of %n people (CSV).", "", total)
        else:
            words = tr("<b>{name}</b> is a garden export with %n people.", "", total)
        heading = QLabel(words.format(name=html.escape(plan.path.name)))
        heading.setWordWrap(True)
        column = QVBoxLayout(self)
        column.addWidget(heading)
        self.new_list = self._names([c.name for c in plan.new])
        new_words = tr(
            "New to your garden (%n), planted in the meadow unless the file says otherwise:",
            "",
            len(plan.new),
        )
        column.addWidget(QLabel(new_words))
        column.addWidget(self.new_list)
        self.add_existing = QCheckBox(tr("Add them anyway, as separate people"))
        if plan.existing:
            column.addWidget(
                QLabel(tr("May already be in your garden (%n):", "", len(plan.existing)))
            )
            self.existing_list = self._names(
                [
                    tr("{name} — like {match}").format(name=c.name, match=p.name)
                    for c, p in plan.existing
                ]
            )
            column.addWidget(self.existing_list)
            column.addWidget(self.add_existing)
        if plan.interactions:
            column.addWidget(QLabel(tr("%n moments together come along.", "", plan.interactions)))
        if plan.left_out:
            shown = "; ".join(plan.left_out[:5])
            if len(plan.left_out) > 5:
                shown = tr("{notes}; and %n more", "", len(plan.left_out) - 5).format(notes=shown)
            notes = QLabel(tr("Left out: {notes}").format(notes=shown))
            notes.setWordWrap(True)
            column.addWidget(notes)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = buttons.addButton(
            tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setDefault(True)
        self.import_button.setEnabled(bool(plan.new or plan.existing))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        column.addWidget(buttons)
        self.resize(520, 480)

    @staticmethod
    def _names(names: list[str]) -> QListWidget:
        widget = QListWidget()
        widget.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        shown = names[:PREVIEW_LIMIT]
        widget.addItems(shown)
        if len(names) > len(shown):
            widget.addItem(tr("… and %n more", "", len(names) - len(shown)))
        return widget


def import_file(session: GardenSession, parent: QWidget, path: str | None = None) -> bool:
    """File → Import…: choose a file, preview it, import it (undoable). True if imported."""
    from garden.services.contacts import ImportFileError
    from garden.services.importing import apply_import, plan_import
    from garden.store.db import StoreError

    if path is None:
        path, _ = QFileDialog.getOpenFileName(
            parent, tr("Import people"), _documents(), tr(IMPORT_FILTERS)
        )
        if not path:
            return False
    garden = session.garden
    progress = _Progress(parent, tr("Importing"))
    try:
        plan = plan_import(garden, Path(path), progress)
    except CancelledError:
        progress.close()
        return False
    except (ImportFileError, OSError) as exc:
        progress.close()
        QMessageBox.warning(parent, tr("Import"), str(exc))
        return False
    progress.close()
    preview = ImportPreview(plan, parent)
    if ImportPreview.exec(preview) != QDialog.DialogCode.Accepted:
        return False
    add_existing = preview.add_existing.isChecked()
    progress = _Progress(parent, tr("Importing"))
    try:
        change = session.apply(
            lambda: apply_import(garden, plan, add_existing=add_existing, progress=progress).change
        )
    except CancelledError:
        return False
    except (ImportFileError, StoreError) as exc:
        QMessageBox.warning(parent, tr("Import"), str(exc))
        return False
    finally:
        progress.close()
    return change is not None


class ExportDialog(QDialog):
    """What to export; Save… asks where."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Export"))
        column = QVBoxLayout(self)
        column.addWidget(QLabel(tr("What would you like to export?")))
        self.choices = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        for fmt, label, _name in EXPORT_CHOICES:
            button = QRadioButton(tr(label))
            self.choices.addButton(button)
            self.buttons[fmt] = button
            column.addWidget(button)
        self.buttons["json"].setChecked(True)
        one_tab_stop(self.choices)
        note = QLabel(
            tr(
                "Exported files are readable by you only. A CSV is safe to open in a "
                "spreadsheet: cells that would run as formulas are escaped."
            )
        )
        note.setWordWrap(True)
        column.addWidget(note)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        save = box.addButton(tr("&Save…"), QDialogButtonBox.ButtonRole.AcceptRole)
        save.setDefault(True)
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        column.addWidget(box)

    def chosen(self) -> str:
        return next(fmt for fmt, button in self.buttons.items() if button.isChecked())


def export_file(
    session: GardenSession, parent: QWidget, fmt: str | None = None, path: str | None = None
) -> str | None:
    """File → Export…: returns the path written, or None."""
    from garden.services.exporting import ExportError, export_garden
    from garden.store.db import StoreError

    if fmt is None:
        dialog = ExportDialog(parent)
        if ExportDialog.exec(dialog) != QDialog.DialogCode.Accepted:
            return None
        fmt = dialog.chosen()
    if path is None:
        default = next(name for f, _label, name in EXPORT_CHOICES if f == fmt)
        path, _ = QFileDialog.getSaveFileName(
            parent, tr("Export"), str(Path(_documents()) / default)
        )
        if not path:
            return None
    try:
        result = export_garden(session.garden, fmt, Path(path))
    except (ExportError, StoreError, OSError) as exc:
        QMessageBox.warning(parent, tr("Export"), str(exc))
        return None
    return str(result.path)


class BackupsDialog(QDialog):
    """The garden's backups: make one now, restore one, open the folder."""

    def __init__(self, session: GardenSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(tr("Backups"))
        self.setAccessibleName(tr("Backups"))
        column = QVBoxLayout(self)
        intro = QLabel(
            tr(
                "A backup is made every day you open the garden, and before an "
                "upgrade, an import or a restore. Each one is checked before it "
                "counts."
            )
        )
        intro.setWordWrap(True)
        column.addWidget(intro)
        self.table = QTreeWidget()
        self.table.setAccessibleName(tr("Backups, newest first"))
        self.table.setHeaderLabels([tr("Taken"), tr("Why"), tr("Size")])
        self.table.setRootIsDecorated(False)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        column.addWidget(self.table, 1)
        self.message = QLabel()
        self.message.setWordWrap(True)
        column.addWidget(self.message)
        row = QHBoxLayout()
        self.now_button = QPushButton(tr("&Back up now"))
        self.now_button.clicked.connect(self.on_back_up_now)
        self.restore_button = QPushButton(tr("&Restore…"))
        self.restore_button.clicked.connect(self.on_restore)
        self.folder_button = QPushButton(tr("Open &folder"))
        self.folder_button.clicked.connect(self.on_open_folder)
        close = QPushButton(tr("Close"))
        close.clicked.connect(self.accept)
        for button in (self.now_button, self.restore_button, self.folder_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(close)
        column.addLayout(row)
        self.resize(560, 420)
        self.refresh()

    def refresh(self) -> None:
        from garden.services.garden import backup_reason_words  # the command line's words

        self.table.clear()
        self._backups = self.session.garden.backups()
        for backup in self._backups:
            item = QTreeWidgetItem(
                [
                    date_and_time(backup.taken),
                    backup_reason_words(backup.reason),
                    _size(backup.size),
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, backup.name)
            self.table.addTopLevelItem(item)
        for column in range(3):
            self.table.resizeColumnToContents(column)
        first = self.table.topLevelItem(0)
        if first is not None:
            self.table.setCurrentItem(first)
        self._update_buttons()

    def _selected(self) -> Backup | None:
        item = self.table.currentItem()
        if item is None:
            return None
        name = item.data(0, Qt.ItemDataRole.UserRole)
        return next((b for b in self._backups if b.name == name), None)

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(self._selected() is not None)
        self.folder_button.setEnabled(self.session.garden.path is not None)

    def on_back_up_now(self) -> None:
        from garden.store.db import StoreError

        try:
            backup = self.session.garden.make_backup()
        except StoreError as exc:
            self.message.setText(str(exc))
            return
        self.message.setText(tr("Backed up ({size}).").format(size=_size(backup.size)))
        self.refresh()

    def on_restore(self) -> None:

        backup = self._selected()
        if backup is None:
            return
        answer = QMessageBox.question(
            self,
            tr("Restore this backup?"),
            tr(
                "Put the garden back as it was on {when}?\n\n"
                "The garden as it is now is backed up first, so you can come back to it."
            ).format(when=date_and_time(backup.taken)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.restore(backup)

    def restore(self, backup: Backup) -> bool:
        from garden.store.db import StoreError

        try:
            result = self.session.garden.restore_backup(backup)
        except StoreError as exc:
            self.message.setText(str(exc))
            return False
        self.session.forget_and_reload()
        text = tr("Restored the garden as it was on {when}.").format(
            when=date_and_time(result.restored.taken)
        )
        if result.safety:
            text += " " + tr("The garden as it was is kept as {name}.").format(
                name=result.safety.name
            )
        self.message.setText(text)
        self.refresh()
        return True

    def on_open_folder(self) -> None:
        path = self.session.garden.path
        if path is not None:
            folder = path.parent / "backups"
            QDesktopServices.openUrl(
                QUrl.fromLocalFile(str(folder if folder.exists() else path.parent))
            )
