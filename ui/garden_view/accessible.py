"""The garden canvas for screen readers: a list of plants, each with its name and state.

The canvas paints its plants itself, so Qt cannot see them as widgets. These accessibility
interfaces present the canvas as a list whose items are the plants, in reading order,
named after the person and described by how they are doing; moving between plants with
the arrow keys moves the screen reader's focus with them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRect
from PySide6.QtGui import QAccessible, QAccessibleEvent, QAccessibleInterface, QWindow
from PySide6.QtWidgets import QAccessibleWidget

from ui.i18n import tr

if TYPE_CHECKING:
    from ui.garden_view.canvas import GardenCanvas


class PlantAccessible(QAccessibleInterface):
    """One plant, as a list item."""

    def __init__(self, canvas: GardenCanvas, person_id: int) -> None:
        super().__init__()
        self.canvas = canvas
        self.person_id = person_id

    def isValid(self) -> bool:
        return self.person_id in self.canvas.people()

    def object(self) -> QObject | None:  # type: ignore[override]
        return None

    def window(self) -> QWindow | None:  # type: ignore[override]
        return self.canvas.window().windowHandle()

    def relations(
        self, match: QAccessible.RelationFlag = QAccessible.RelationFlag.AllRelations
    ) -> list[tuple[QAccessibleInterface, QAccessible.RelationFlag]]:
        return []

    def focusChild(self) -> QAccessibleInterface | None:  # type: ignore[override]
        return None

    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:  # type: ignore[override]
        return None

    def parent(self) -> QAccessibleInterface:
        return QAccessible.queryAccessibleInterface(self.canvas)

    def child(self, index: int) -> QAccessibleInterface | None:  # type: ignore[override]
        return None

    def childCount(self) -> int:
        return 0

    def indexOfChild(self, child: QAccessibleInterface) -> int:
        return -1

    def text(self, kind: QAccessible.Text) -> str:
        person = self.canvas.people().get(self.person_id)
        if person is None:
            return ""
        if kind == QAccessible.Text.Name:
            return person.name
        if kind == QAccessible.Text.Description:
            return self.canvas.summary_for(self.person_id).replace("\n", ". ")
        return ""

    def setText(self, kind: QAccessible.Text, text: str) -> None:
        pass

    def rect(self) -> QRect:
        local = self.canvas.slot_rect(self.person_id)
        if local is None:
            return QRect()
        return QRect(self.canvas.mapToGlobal(local.topLeft()), local.size())

    def role(self) -> QAccessible.Role:
        return QAccessible.Role.ListItem

    def state(self) -> QAccessible.State:
        state = QAccessible.State()
        state.focusable = True
        state.selectable = True
        selected = self.canvas.selected() == self.person_id
        state.selected = selected
        state.focused = selected and self.canvas.hasFocus()
        return state


class GardenAccessible(QAccessibleWidget):
    """The canvas as a list of plants."""

    def __init__(self, canvas: GardenCanvas) -> None:
        super().__init__(canvas, QAccessible.Role.List, tr("Garden"))
        self.canvas = canvas
        self._children: dict[int, PlantAccessible] = {}

    def _order(self) -> list[int]:
        return [slot.person_id for slot in self.canvas.layout_.slots]

    def childCount(self) -> int:
        return len(self.canvas.layout_.slots)

    def child(self, index: int) -> QAccessibleInterface | None:  # type: ignore[override]
        order = self._order()
        if not 0 <= index < len(order):
            return None
        pid = order[index]
        found = self._children.get(pid)
        if found is None:
            found = self._children[pid] = PlantAccessible(self.canvas, pid)
        return found

    def indexOfChild(self, child: QAccessibleInterface) -> int:
        if isinstance(child, PlantAccessible):
            try:
                return self._order().index(child.person_id)
            except ValueError:
                return -1
        return -1

    def focusChild(self) -> QAccessibleInterface | None:  # type: ignore[override]
        pid = self.canvas.selected()
        if pid is None:
            return None
        order = self._order()
        return self.child(order.index(pid)) if pid in order else None


def accessible_for(key: str, obj: QObject) -> QAccessibleInterface | None:
    from ui.garden_view.canvas import GardenCanvas

    if isinstance(obj, GardenCanvas):
        return GardenAccessible(obj)
    return None


def announce_selection(canvas: GardenCanvas) -> None:
    """Tell a running screen reader that focus moved to the selected plant."""
    if not QAccessible.isActive():
        return
    pid = canvas.selected()
    order = [slot.person_id for slot in canvas.layout_.slots]
    if pid is None or pid not in order:
        return
    event = QAccessibleEvent(canvas, QAccessible.Event.Focus)
    event.setChild(order.index(pid))
    QAccessible.updateAccessibility(event)


QAccessible.installFactory(accessible_for)
