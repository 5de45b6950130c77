"""Driving modal dialogs from tests without ever hanging the suite."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget


def drive_modal(open_it: Callable[[], object], drive: Callable[[QWidget], None]) -> None:
    """Call `open_it` (which runs a modal dialog) and, once the dialog is up, `drive` it.

    If `drive` fails, the dialog is closed so the test fails instead of hanging, and the
    error is raised after `open_it` returns.
    """
    errors: list[BaseException] = []

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, run)
            return
        try:
            drive(dialog)
        except BaseException as exc:
            errors.append(exc)
            if isinstance(dialog, QDialog):
                dialog.reject()
            else:
                dialog.close()

    QTimer.singleShot(0, run)
    open_it()
    if errors:
        raise errors[0]
