"""When the garden file cannot be opened: offer a way forward, never overwrite it.

An empty, damaged, foreign or newer file is left exactly as it is. The window offers to
restore the newest good backup (the unreadable file is set aside, not replaced), to open
another folder, or to quit.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ui.i18n import date_and_time, tr

if TYPE_CHECKING:
    from garden.domain.clock import Clock
    from garden.services.garden import Garden
    from garden.store.backup import Backup


class Recovery:
    """Asks the user what to do about a garden that would not open (tests replace `ask`)."""

    RESTORE, OTHER_FOLDER, QUIT = "restore", "other", "quit"

    def __init__(self, parent: QWidget | None = None) -> None:
        self.parent = parent

    def ask(self, problem: str, backup: Backup | None) -> str:
        box = QMessageBox(self.parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(tr("Relationship Garden"))
        box.setText(tr("Your garden could not be opened."))
        if backup is not None:
            offer = tr(
                "The newest good backup is from {when}; restoring it keeps the unreadable "
                "file aside."
            ).format(when=date_and_time(backup.taken))
        else:
            offer = tr("There is no backup to restore.")
        box.setInformativeText("\n\n".join([problem, tr("The file has not been changed."), offer]))
        restore = (
            box.addButton(tr("&Restore the newest backup"), QMessageBox.ButtonRole.AcceptRole)
            if backup
            else None
        )
        other = box.addButton(tr("Open &another folder…"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(tr("&Quit"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        clicked = box.clickedButton()
        if restore is not None and clicked is restore:
            return self.RESTORE
        if clicked is other:
            return self.OTHER_FOLDER
        return self.QUIT

    def choose_folder(self) -> str | None:
        folder = QFileDialog.getExistingDirectory(self.parent, tr("Open a garden folder"))
        return folder or None

    def show_error(self, message: str) -> None:
        QMessageBox.warning(self.parent, tr("Relationship Garden"), message)

    def open(self, directory: str | Path | None, clock: Clock) -> Garden | None:
        """Open the garden in `directory`, talking the user through any problem; None
        when they chose to quit."""
        from garden.services.garden import Garden
        from garden.services.recovery import newest_good_backup, restore_and_open
        from garden.store.db import StoreError

        while True:
            try:
                return Garden.open(directory, clock, daily_backup=False)
            except StoreError as exc:
                problem = str(exc)
                print(f"garden: {problem}", file=sys.stderr)  # for logs and terminals
            backup = newest_good_backup(directory)
            choice = self.ask(problem, backup)
            if choice == self.RESTORE and backup is not None:
                try:
                    garden, _result = restore_and_open(directory, clock, backup)
                except StoreError as exc:
                    self.show_error(str(exc))
                    continue
                return garden
            if choice == self.OTHER_FOLDER:
                folder = self.choose_folder()
                if folder:
                    directory = folder
                continue
            return None
