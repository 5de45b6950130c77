"""The window keeps its actions, colours and animations in step with what is shown."""

from __future__ import annotations

from garden.domain.palette import DARK, LIGHT
from tests.gui.conftest import make_window

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from ui.theme import ERROR_TEXT
from ui.widgets.forms import ErrorLabel


def _ink(label: ErrorLabel) -> QColor:
    return label.palette().color(QPalette.ColorRole.WindowText)


def test_edit_person_follows_a_plant_chosen_with_the_keyboard(qtbot, window):
    canvas = window.canvas
    canvas.setFocus()
    qtbot.keyClick(canvas, Qt.Key.Key_Escape)  # nobody chosen
    assert canvas.selected() is None
    assert not window.edit_person_action.isEnabled()
    qtbot.keyClick(canvas, Qt.Key.Key_Right)
    assert canvas.selected() is not None
    assert window.edit_person_action.isEnabled()
    qtbot.keyClick(canvas, Qt.Key.Key_Escape)
    assert not window.edit_person_action.isEnabled()


def test_one_click_from_the_today_panel_waters_the_plant_once(
    qtbot, monkeypatch, demo_garden, settings
):
    window = make_window(qtbot, demo_garden, settings)
    qtbot.waitUntil(lambda: bool(window.today.rows))
    watered: list[int] = []
    monkeypatch.setattr(window.canvas, "water", watered.append)
    row = window.today.rows[0]
    qtbot.mouseClick(row.quick, Qt.MouseButton.LeftButton)
    assert watered == [row.person_id]


def test_charts_and_error_lines_take_the_dark_colours(qtbot, window):
    window.open_person(window.canvas.layout_.slots[0].person_id)
    page = window.person_page
    qtbot.waitUntil(lambda: page.chart is not None)
    window.show_year()
    assert window.year_page.view.focus_colour == QColor(LIGHT.accent)
    window.open_person(window.canvas.layout_.slots[0].person_id)
    shown, hidden = page.things.error, ErrorLabel()
    shown.say("something went wrong")
    window.on_theme_chosen("dark")
    QApplication.processEvents()  # Qt delivers palette changes from the event loop
    try:
        assert page.chart is not None
        assert page.chart.view.focus_colour == QColor(DARK.accent)
        assert window.year_page.view.focus_colour == QColor(DARK.accent)
        # An error on screen turns with the colours; a hidden one when it speaks.
        assert _ink(shown) == QColor(ERROR_TEXT["dark"])
        hidden.say("and this too")
        assert _ink(hidden) == QColor(ERROR_TEXT["dark"])
    finally:
        window.on_theme_chosen("light")
        QApplication.processEvents()
    assert _ink(shown) == QColor(ERROR_TEXT["light"])


def test_a_new_day_while_the_app_runs_makes_the_days_backup(qtbot, window, clock):
    garden = window.session.garden
    before = len(garden.backups())
    clock.advance(days=1)
    assert window.session.check_outside_changes()
    assert len(garden.backups()) == before + 1
    assert window.status.text() == ""  # nothing went wrong, nothing to say
