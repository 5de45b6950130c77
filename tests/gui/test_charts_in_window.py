"""Growth charts inside the window: the person page chart and the garden's year."""

from __future__ import annotations

from pathlib import Path

from garden.charts.ranges import ChartRange
from garden.domain.palette import DARK
from tests.gui.conftest import make_window

from PySide6.QtCore import QPoint, QTimer
from PySide6.QtWidgets import QApplication


def test_the_person_page_charts_health_from_the_model(qtbot, demo_garden, settings, tmp_path):
    window = make_window(qtbot, demo_garden, settings)
    pid = window.canvas.layout_.slots[0].person_id
    window.open_person(pid)
    panel = window.person_page.chart
    assert panel is not None and panel.chart is not None
    chart = panel.chart
    series = chart.series
    assert series is not None
    ys = list(chart.health_line.get_ydata())
    expected = [h * 100 for h in series.health if h is not None]
    assert len(ys) == len(expected) and all(
        abs(a - b) < 1e-6 for a, b in zip(ys, expected, strict=True)
    )
    year_days = (chart.end - chart.start).days
    panel.ranges[ChartRange.THREE_MONTHS].click()
    assert panel.chart.span is ChartRange.THREE_MONTHS
    assert (panel.chart.end - panel.chart.start).days < year_days

    # Hovering a mark names the moment.
    panel.chart.figure.canvas.draw()
    moment = panel.chart.moments[-1]
    for marks in panel.chart.marks:
        if moment in marks.moments:
            i = marks.moments.index(moment)
            x, y = marks.artist.get_offset_transform().transform(marks.artist.get_offsets()[i])
            found = panel.chart.moments_at(x, y)
            assert moment in found
            break
    else:
        raise AssertionError("the last moment has no mark")

    png = panel.view.save_as("png", str(tmp_path / "chart.png"))
    svg = panel.view.save_as("svg", str(tmp_path / "chart.svg"))
    assert Path(png).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert b"<svg" in Path(svg).read_bytes()[:2000]


def test_the_garden_year_page_and_theme_switch(qtbot, demo_garden, settings):
    window = make_window(qtbot, demo_garden, settings)
    window.year_action.trigger()
    page = window.year_page
    assert window.pages.currentWidget() is page
    assert page.year.count() >= 4 and page.year.currentData() == window.session.today().year
    chart = page.chart
    assert chart is not None and chart.months_axes is not None
    page.year.setCurrentIndex(1)
    assert page.chart is not chart and page.chart.data.year == page.year.currentData()
    window.on_theme_chosen("dark")
    assert page.chart.figure.get_facecolor()[:3] != chart.figure.get_facecolor()[:3]
    assert window.canvas.palette_ is DARK
    window.show_garden()
    assert window.pages.currentIndex() == 0


def test_a_chart_offers_png_and_svg_in_its_context_menu(qtbot, demo_garden, settings):
    window = make_window(qtbot, demo_garden, settings)
    window.open_person(window.canvas.layout_.slots[0].person_id)
    view = window.person_page.chart.view
    seen: list[str] = []

    def look_and_close() -> None:
        menu = QApplication.activePopupWidget()
        if menu is None:
            QTimer.singleShot(10, look_and_close)
            return
        seen.extend(a.text() for a in menu.actions())
        menu.close()

    QTimer.singleShot(0, look_and_close)
    view.on_context_menu(QPoint(20, 20))
    assert seen == ["Save chart as &PNG…", "Save chart as &SVG…"]
