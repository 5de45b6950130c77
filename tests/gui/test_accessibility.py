"""Screen readers see the garden: a list of plants named after people, with their state."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible


def test_the_canvas_is_a_list_of_plants_with_names_and_states(qtbot, window):
    canvas = window.canvas
    qtbot.waitUntil(lambda: canvas.state(canvas.layout_.slots[0].person_id) is not None)
    iface = QAccessible.queryAccessibleInterface(canvas)
    assert iface.role() == QAccessible.Role.List
    assert iface.childCount() == len(canvas.layout_.slots) == 3
    names = [iface.child(i).text(QAccessible.Text.Name) for i in range(iface.childCount())]
    assert names == [window.session.garden.person(s.person_id).name for s in canvas.layout_.slots]
    first = iface.child(0)
    assert first.role() == QAccessible.Role.ListItem
    description = first.text(QAccessible.Text.Description)
    assert names[0] in description and (
        "Doing well" in description or "thirsty" in description.lower() or "Thriving" in description
    )
    assert first.rect().width() > 0
    assert iface.indexOfChild(iface.child(2)) == 2


def test_focus_follows_the_selected_plant(qtbot, window):
    canvas = window.canvas
    canvas.setFocus()
    qtbot.keyClick(canvas, Qt.Key.Key_Right)
    iface = QAccessible.queryAccessibleInterface(canvas)
    focused = iface.focusChild()
    assert focused is not None
    assert (
        focused.text(QAccessible.Text.Name) == window.session.garden.person(canvas.selected()).name
    )
    assert focused.state().selected


def test_every_window_control_has_a_name_or_text(qtbot, window):
    from PySide6.QtWidgets import QAbstractButton, QLineEdit

    unnamed = []
    for widget in window.findChildren(QAbstractButton) + window.findChildren(QLineEdit):
        if not widget.isVisibleTo(window):
            continue
        text = widget.accessibleName() or getattr(widget, "text", lambda: "")()
        if not text.strip():
            unnamed.append(widget)
    assert unnamed == []
