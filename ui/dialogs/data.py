"""File → Import…, Export… and Backups…: moving the garden in and out, and keeping it safe.

The work is done by `garden.services.importing` / `exporting` and the backup functions of
`Garden`; these dialogs ask, preview, show progress and report in the garden's words.
Everything runs on the main thread (the garden's connection lives there); long steps keep
the window alive through the progress dialog.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from PySide6.QtCore import QStandardPaths, Qt, QUrl
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

from ui.session import GardenSession

if TYPE_CHECKING:
    from garden.services.importing import ImportPlan
    from garden.store.backup import Backup

#: How many names the import preview lists before "and N more".
PREVIEW_LIMIT = 300

IMPORT_FILTERS = (
    "Contacts and garden files (*.vcf *.vcard *.csv *.json);;"
    "vCard (*.vcf *.vcard);;CSV (*.csv);;Garden export (*.json);;All files (*)"
)
EXPORT_CHOICES = (
    ("json", "Everything (JSON) — a complete copy you can import again", "garden.json"),
    ("csv", "People as a spreadsheet (CSV)", "garden-people.csv"),
    ("vcf", "People as contacts (vCard)", "garden-people.vcf"),
    ("ics", "Birthdays as a calendar (ICS)", "garden-birthdays.ics"),
)


class CancelledError(Exception):
    """The user cancelled a long step."""


def _documents() -> str:
    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)


def _size(size: int) -> str:
    for unit in ("bytes", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size} {unit}" if unit == "bytes" else f"{size:.1f} {unit}"
        size /= 1024  # type: ignore[assignment]
    return f"{size} bytes"


class _Progress:
    """A progress dialog fed by the services' `progress(stage, done, total)` callbacks;
    Cancel makes the next callback raise, which the services treat as "change nothing"."""

    STAGES: ClassVar[dict[str, str]] = {"reading": "Reading the file…", "saving": "Planting…"}

    def __init__(self, parent: QWidget, title: str) -> None:
        self.dialog = QProgressDialog(title, "Cancel", 0, 0, parent)
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(400)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)

    def __call__(self, stage: str, done: int, total: int) -> None:
        if self.dialog.wasCanceled():
            raise CancelledError
        self.dialog.setLabelText(self.STAGES.get(stage, stage))
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
        self.setWindowTitle(f"Import {plan.path.name}")
        kind = {
            "vcard": "contacts (vCard)",
            "csv": "a spreadsheet (CSV)",
            "json": "a garden export",
        }.get(plan.kind, plan.kind)
        total = len(plan.new) + len(plan.existing)
        heading = QLabel(
            f"<b>{plan.path.name}</b> is {kind} with {total} "
            f"{'person' if total == 1 else 'people'}."
        )
        heading.setWordWrap(True)
        column = QVBoxLayout(self)
        column.addWidget(heading)
        self.new_list = self._names([c.name for c in plan.new])
        column.addWidget(
            QLabel(
                f"New to your garden ({len(plan.new)}), planted in the meadow "
                "unless the file says otherwise:"
            )
        )
        column.addWidget(self.new_list)
        self.add_existing = QCheckBox("Add them anyway, as separate people")
        if plan.existing:
            column.addWidget(QLabel(f"May already be in your garden ({len(plan.existing)}):"))
            self.existing_list = self._names(
                [f"{c.name} — like {p.name}" for c, p in plan.existing]
            )
            column.addWidget(self.existing_list)
            column.addWidget(self.add_existing)
        if plan.interactions:
            column.addWidget(QLabel(f"{plan.interactions} moments together come along."))
        if plan.left_out:
            notes = QLabel(
                "Left out: "
                + "; ".join(plan.left_out[:5])
                + (f"; and {len(plan.left_out) - 5} more" if len(plan.left_out) > 5 else "")
            )
            notes.setWordWrap(True)
            column.addWidget(notes)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = buttons.addButton("&Import", QDialogButtonBox.ButtonRole.AcceptRole)
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
            widget.addItem(f"… and {len(names) - len(shown)} more")
        return widget


def import_file(session: GardenSession, parent: QWidget, path: str | None = None) -> bool:
    """File → Import…: choose a file, preview it, import it (undoable). True if imported."""
    from garden.services.contacts import ImportFileError
    from garden.services.importing import apply_import, plan_import
    from garden.store.db import StoreError

    if path is None:
        path, _ = QFileDialog.getOpenFileName(parent, "Import people", _documents(), IMPORT_FILTERS)
        if not path:
            return False
    garden = session.garden
    progress = _Progress(parent, "Importing")
    try:
        plan = plan_import(garden, Path(path), progress)
    except CancelledError:
        progress.close()
        return False
    except (ImportFileError, OSError) as exc:
        progress.close()
        QMessageBox.warning(parent, "Import", str(exc))
        return False
    progress.close()
    preview = ImportPreview(plan, parent)
    if ImportPreview.exec(preview) != QDialog.DialogCode.Accepted:
        return False
    add_existing = preview.add_existing.isChecked()
    progress = _Progress(parent, "Importing")
    try:
        change = session.apply(
            lambda: apply_import(garden, plan, add_existing=add_existing, progress=progress).change
        )
    except CancelledError:
        return False
    except (ImportFileError, StoreError) as exc:
        QMessageBox.warning(parent, "Import", str(exc))
        return False
    finally:
        progress.close()
    return change is not None


class ExportDialog(QDialog):
    """What to export; Save… asks where."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Export")
        column = QVBoxLayout(self)
        column.addWidget(QLabel("What would you like to export?"))
        self.choices = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        for fmt, label, _name in EXPORT_CHOICES:
            button = QRadioButton(label)
            self.choices.addButton(button)
            self.buttons[fmt] = button
            column.addWidget(button)
        self.buttons["json"].setChecked(True)
        note = QLabel(
            "Exported files are readable by you only. A CSV is safe to open in a "
            "spreadsheet: cells that would run as formulas are escaped."
        )
        note.setWordWrap(True)
        column.addWidget(note)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        save = box.addButton("&Save…", QDialogButtonBox.ButtonRole.AcceptRole)
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
        path, _ = QFileDialog.getSaveFileName(parent, "Export", str(Path(_documents()) / default))
        if not path:
            return None
    try:
        result = export_garden(session.garden, fmt, Path(path))
    except (ExportError, StoreError, OSError) as exc:
        QMessageBox.warning(parent, "Export", str(exc))
        return None
    return str(result.path)


class BackupsDialog(QDialog):
    """The garden's backups: make one now, restore one, open the folder."""

    REASONS: ClassVar[dict[str, str]] = {
        "daily": "daily",
        "manual": "made by you",
        "before-upgrade": "before an upgrade",
        "before-import": "before an import",
        "before-restore": "before a restore",
    }

    def __init__(self, session: GardenSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.restored = False
        self.setWindowTitle("Backups")
        self.setAccessibleName("Backups")
        column = QVBoxLayout(self)
        intro = QLabel(
            "A backup is made every day you open the garden, and before an "
            "upgrade, an import or a restore. Each one is checked before it "
            "counts."
        )
        intro.setWordWrap(True)
        column.addWidget(intro)
        self.table = QTreeWidget()
        self.table.setAccessibleName("Backups, newest first")
        self.table.setHeaderLabels(["Taken", "Why", "Size"])
        self.table.setRootIsDecorated(False)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        column.addWidget(self.table, 1)
        self.message = QLabel()
        self.message.setWordWrap(True)
        column.addWidget(self.message)
        row = QHBoxLayout()
        self.now_button = QPushButton("&Back up now")
        self.now_button.clicked.connect(self.on_back_up_now)
        self.restore_button = QPushButton("&Restore…")
        self.restore_button.clicked.connect(self.on_restore)
        self.folder_button = QPushButton("Open &folder")
        self.folder_button.clicked.connect(self.on_open_folder)
        close = QPushButton("Close")
        close.clicked.connect(self.accept)
        for button in (self.now_button, self.restore_button, self.folder_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(close)
        column.addLayout(row)
        self.resize(560, 420)
        self.refresh()

    def refresh(self) -> None:
        self.table.clear()
        self._backups = self.session.garden.backups()
        for backup in self._backups:
            item = QTreeWidgetItem(
                [
                    f"{backup.taken:%A %d %B %Y, %H:%M}",
                    self.REASONS.get(backup.reason, backup.reason),
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
        self.message.setText(f"Backed up ({_size(backup.size)}).")
        self.refresh()

    def on_restore(self) -> None:

        backup = self._selected()
        if backup is None:
            return
        answer = QMessageBox.question(
            self,
            "Restore this backup?",
            f"Put the garden back as it was on {backup.taken:%d %B %Y at %H:%M}?\n\n"
            "The garden as it is now is backed up first, so you can come back to it.",
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
        self.restored = True
        # Undo steps refer to the garden before the restore.
        self.session.undo_stack.clear()
        self.session.reloaded.emit()
        kept = f" The garden as it was is kept as {result.safety.name}." if result.safety else ""
        self.message.setText(
            f"Restored the garden as it was on {result.restored.taken:%d %B %Y at %H:%M}.{kept}"
        )
        self.refresh()
        return True

    def on_open_folder(self) -> None:
        path = self.session.garden.path
        if path is not None:
            folder = path.parent / "backups"
            QDesktopServices.openUrl(
                QUrl.fromLocalFile(str(folder if folder.exists() else path.parent))
            )
