"""Keyboard users reach every control in reading order; a larger system font is honoured."""

from __future__ import annotations

from tests.gui.conftest import make_window

from PySide6.QtCore import QPoint, QTimer
from PySide6.QtGui import QContextMenuEvent, QFont
from PySide6.QtWidgets import QApplication, QMenu, QWidget


def _tab_stops(window, start: QWidget, count: int) -> list[QWidget]:
    """The widgets Tab visits from `start`, as a user pressing Tab sees them."""
    start.setFocus()
    stops = []
    for _ in range(count):
        stops.append(QApplication.focusWidget())
        window.focusNextChild()
    return stops


def _label(widget: QWidget) -> str:
    text = getattr(widget, "text", None)
    return widget.accessibleName() or (text() if callable(text) else "")


def test_tab_goes_from_the_garden_to_the_today_list_and_round(qtbot, demo_garden, settings):
    window = make_window(qtbot, demo_garden, settings)
    stops = _tab_stops(window, window.canvas, 40)
    assert stops[0] is window.canvas
    loop = stops[: stops.index(window.canvas, 1)]  # one full round
    today = window.today_dock
    rows = loop[1:]
    assert rows and all(today.isAncestorOf(w) for w in rows), [_label(w) for w in rows]
    # Every stop is something a person can see and a screen reader can name.
    for widget in loop:
        assert widget.isVisible() and _label(widget).strip(), widget


def test_the_person_page_reads_top_to_bottom(qtbot, window):
    person = window.canvas.layout_.slots[0].person_id
    window.open_person(person)
    page = window.person_page
    qtbot.waitUntil(lambda: page.chart is not None and page.chart.view.figure is not None)
    stops = _tab_stops(window, page.back, 9)
    chart = page.chart
    checked = next(b for b in chart.ranges.values() if b.isChecked())
    assert stops[:8] == [
        page.back,
        page.log_button,
        page.edit_button,
        page.archive_button,
        page.delete_button,
        checked,
        chart.view,
        page.timeline,
    ]
    # Moment buttons come after the timeline once a moment is chosen there.
    page.timeline.selectRow(0)
    stops = _tab_stops(window, page.timeline, 3)
    assert stops[1:] == [page.edit_moment, page.delete_moment]


def test_a_focused_chart_opens_its_save_menu_from_the_keyboard(qtbot, window):
    window.open_person(window.canvas.layout_.slots[0].person_id)
    view = window.person_page.chart.view
    qtbot.waitUntil(lambda: view.figure is not None)
    view.setFocus()
    assert view.hasFocus()
    shown: list[list[str]] = []

    def close_menu() -> None:
        menu = QApplication.activePopupWidget()
        if isinstance(menu, QMenu):
            shown.append([a.text() for a in menu.actions()])
            menu.close()

    QTimer.singleShot(50, close_menu)
    # The Menu key (or Shift+F10) arrives as a keyboard context-menu event.
    QApplication.sendEvent(
        view,
        QContextMenuEvent(
            QContextMenuEvent.Reason.Keyboard, QPoint(5, 5), view.mapToGlobal(QPoint(5, 5))
        ),
    )
    assert shown and any("PNG" in text for text in shown[0])


def test_a_larger_system_font_makes_the_garden_larger_not_crowded(qtbot, demo_garden, settings):
    window = make_window(qtbot, demo_garden, settings)
    canvas = window.canvas
    width = canvas.width()
    normal = canvas.height_at_zoom(1.0, width)
    assert canvas.text_scale() == 1.0 and canvas.zoom() == 1.0
    big = QFont(canvas.font())
    big.setPixelSize(26)  # twice the layout's own text size
    canvas.setFont(big)
    assert canvas.text_scale() == 2.0
    assert canvas.zoom() == 1.0  # the user's zoom is kept; the drawing grows with the text
    assert canvas.height_at_zoom(1.0, width) > 1.8 * normal
    assert canvas.sizeHint().height() > 1.8 * normal
    canvas.setFont(QFont(QApplication.font()))
    assert canvas.text_scale() == 1.0
