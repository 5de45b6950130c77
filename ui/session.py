"""One open garden in the window: the services, the undo stack and change notifications.

Every change a screen makes goes through `GardenSession.apply`: it runs the use case,
pushes an undo command and emits `changed` with the `Change` record, so each screen
refreshes only what it shows. Undo and redo replay the record through the services.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

if TYPE_CHECKING:
    from garden.services.changes import Change
    from garden.services.garden import Garden


class ChangeCommand(QUndoCommand):
    """An undo step for a change the services already made."""

    def __init__(self, session: GardenSession, change: Change) -> None:
        super().__init__(change.summary)
        self._session = session
        self._change = change
        self._applied = True  # the change happened before the command was pushed

    def redo(self) -> None:
        if self._applied:
            return
        self._session.replay(lambda: self._session.garden.redo(self._change), self)
        self._applied = True

    def undo(self) -> None:
        self._session.replay(lambda: self._session.garden.undo(self._change), self)
        self._applied = False


class GardenSession(QObject):
    """The garden the window shows, and the single path for changing it."""

    changed = Signal(object)  # Change: what moved (after a change, an undo or a redo)
    reloaded = Signal()  # anything may have changed (another program, a new day)
    failed = Signal(str)  # a message for the user: the change did not happen
    new_day = Signal()  # the date changed while the app ran (the day's backup is due)

    def __init__(
        self, garden: Garden, *, demo: bool = False, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.garden = garden
        self.demo = demo
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(200)
        self._day = garden.today()

    def today(self) -> dt.date:
        return self.garden.today()

    def apply(self, action: Callable[[], Change]) -> Change | None:
        """Run a use case. Input errors (ValidationError, lookup errors) propagate so the
        caller can show them next to the field; storage errors become `failed`."""
        from garden.store.db import StoreError

        try:
            change = action()
        except StoreError as exc:
            self.failed.emit(str(exc))
            return None
        if change.empty:
            return change
        self.undo_stack.push(ChangeCommand(self, change))
        self.changed.emit(change)
        return change

    def replay(self, action: Callable[[], Change], command: QUndoCommand) -> None:
        from garden.services.garden import NotFoundError
        from garden.store.db import StoreError

        try:
            change = action()
        except (StoreError, NotFoundError) as exc:
            command.setObsolete(True)
            self.failed.emit(str(exc))
            self.reloaded.emit()
            return
        self.changed.emit(change)

    def check_outside_changes(self) -> bool:
        """Reload if another program (a `garden log` in a terminal) wrote to the garden, or
        if the day changed; returns True when it did."""
        outside = self.garden.changed_elsewhere()
        new_day = self.garden.today() != self._day
        if outside or new_day:
            self._day = self.garden.today()
            if new_day:
                self.new_day.emit()  # the app may run for days in the tray
            if outside:
                self.forget_and_reload()
            else:
                self.reloaded.emit()
            return True
        return False

    def forget_and_reload(self) -> None:
        """The garden was replaced under the window (another program's change, a restored
        backup): undo steps may refer to records that are no longer there."""
        self.undo_stack.clear()
        self.reloaded.emit()

    def close(self) -> None:
        self.garden.close()
