"""Growth charts in the window: the person chart on a person's page and the garden's year.

The figures come from `garden.charts` (matplotlib `Figure`s, no pyplot); this module wraps
them in `FigureCanvasQTAgg`. matplotlib is imported only when the first chart is shown
(or, a few seconds after start-up, in the background so that first chart is quick),
never on the start-up path.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from garden.charts.ranges import ChartRange
from garden.domain.palette import LIGHT, Palette

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QCursor,
    QFocusEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import QT_TRANSLATE_NOOP, tr
from ui.session import GardenSession
from ui.widgets.keyboard import one_tab_stop

if TYPE_CHECKING:
    from matplotlib.backend_bases import MouseEvent
    from matplotlib.figure import Figure

    from garden.charts.look import ChartLook

RANGE_LABELS = {
    ChartRange.THREE_MONTHS: QT_TRANSLATE_NOOP("", "3 months"),
    ChartRange.YEAR: QT_TRANSLATE_NOOP("", "1 year"),
    ChartRange.ALL: QT_TRANSLATE_NOOP("", "All"),
}

_preload: threading.Thread | None = None


def preload_in_background() -> None:
    """Import matplotlib and the chart builders on a worker thread (once), so the first
    chart a user opens does not wait for them. Only plain Python modules are loaded
    there; the Qt canvas is imported on the main thread when a chart is shown."""
    global _preload
    if _preload is not None:
        return

    def load() -> None:
        import garden.charts.garden_overview
        import garden.charts.person  # noqa: F401

    _preload = threading.Thread(target=load, name="preload-charts", daemon=True)
    _preload.start()


def chart_look(palette: Palette, widget: QWidget) -> ChartLook:
    from garden.charts.look import ChartLook

    font = widget.font()
    size = font.pointSizeF() if font.pointSizeF() > 0 else 9.0
    return ChartLook(palette, font.family(), size)


class ChartView(QWidget):
    """A matplotlib figure on screen, with "Save chart as PNG/SVG…" in its context menu.

    The chart is a tab stop: with the keyboard, the Menu key (or Shift+F10) opens that
    menu, and a thin frame shows where the focus is.
    """

    #: Room for the focus frame around the figure.
    FRAME = 2

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self._name = name
        self._canvas: Any = None
        self.focus_colour = QColor(LIGHT.accent)
        self._layout = QVBoxLayout(self)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleDescription(
            tr("Press the Menu key to save the chart as a PNG or SVG picture.")
        )
        margin = self.FRAME
        self._layout.setContentsMargins(margin, margin, margin, margin)
        self.message = QLabel()
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._layout.addWidget(self.message)
        self.hover: Callable[[MouseEvent], str | None] | None = None
        self.suggested_file = "chart"

    @property
    def figure(self) -> Figure | None:
        return self._canvas.figure if self._canvas is not None else None

    def show_figure(self, figure: Figure) -> None:
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

        if self._canvas is not None:
            self._layout.removeWidget(self._canvas)
            self._canvas.setParent(None)
            self._canvas.deleteLater()
        canvas = FigureCanvasQTAgg(figure)  # type: ignore[no-untyped-call]
        canvas.setAccessibleName(self._name)
        canvas.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the view is the tab stop
        canvas.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        canvas.customContextMenuRequested.connect(self.on_context_menu)
        canvas.mpl_connect("motion_notify_event", self.on_motion)
        self._canvas = canvas
        self.message.hide()
        self._layout.addWidget(canvas, 1)
        canvas.draw_idle()  # type: ignore[no-untyped-call]

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        """The Menu key or Shift+F10 on the focused chart: the same menu, at its middle."""
        if self._canvas is not None:
            self.on_context_menu(self._canvas.rect().center())

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.hasFocus():
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(QPen(self.focus_colour, self.FRAME))
        half = self.FRAME / 2
        painter.drawRoundedRect(self.rect().toRectF().adjusted(half, half, -half, -half), 3, 3)
        painter.end()

    def on_motion(self, event: MouseEvent) -> None:
        if self.hover is None:
            return
        text = self.hover(event)
        if text:
            QToolTip.showText(QCursor.pos(), text, self._canvas)
        else:
            QToolTip.hideText()

    def on_context_menu(self, pos: QPoint) -> None:
        if self._canvas is None:
            return
        menu = QMenu(self)
        menu.addAction(tr("Save chart as &PNG…"), lambda: self.save_as("png"))
        menu.addAction(tr("Save chart as &SVG…"), lambda: self.save_as("svg"))
        menu.exec(self._canvas.mapToGlobal(pos))

    def save_as(self, kind: str, path: str | None = None) -> str | None:
        """Export the chart (asking where, unless `path` is given); returns the path."""
        from garden.charts.export import save_figure
        from garden.store.atomic import FileWriteError

        figure = self.figure
        if figure is None:
            return None
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self,
                tr("Save chart"),
                f"{self.suggested_file}.{kind}",
                tr("PNG image (*.png)") if kind == "png" else tr("SVG image (*.svg)"),
            )
            if not path:
                return None
            if not path.lower().endswith(f".{kind}"):
                path += f".{kind}"
        try:
            save_figure(figure, path)
        except (FileWriteError, ValueError) as exc:
            QMessageBox.warning(self, tr("Save chart"), str(exc))
            return None
        return path


class PersonChartPanel(QWidget):
    """Health and growth over 3 months, a year or all time, on the person page."""

    def __init__(self, session: GardenSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.person_id: int | None = None
        self.palette_: Palette = LIGHT
        self.span = ChartRange.YEAR
        self.chart: Any = None
        self.setAccessibleName(tr("Growth chart"))
        self.view = ChartView(tr("Health and growth over time"))
        self.view.hover = self._hover
        self.view.setMinimumHeight(260)
        row = QHBoxLayout()
        row.addWidget(QLabel(tr("<b>How your plant grew</b>")))
        row.addStretch(1)
        self.ranges: dict[ChartRange, QRadioButton] = {}
        group = QButtonGroup(self)
        for span, label in RANGE_LABELS.items():
            button = QRadioButton(tr(label))
            button.setAccessibleName(tr("Show {label}").format(label=tr(label)))
            button.toggled.connect(lambda on, s=span: self.on_range_toggled(s, on))
            group.addButton(button)
            row.addWidget(button)
            self.ranges[span] = button
        self.ranges[self.span].setChecked(True)
        one_tab_stop(group)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(row)
        column.addWidget(self.view, 1)

    def on_range_toggled(self, span: ChartRange, on: bool) -> None:
        if on:
            self.set_span(span)

    def set_span(self, span: ChartRange) -> None:
        if span != self.span:
            self.span = span
            self.refresh()

    def show_person(self, person_id: int) -> None:
        self.person_id = person_id
        self.refresh()

    def set_palette(self, palette: Palette) -> None:
        self.palette_ = palette
        self.view.focus_colour = QColor(palette.accent)
        self.refresh()

    def refresh(self) -> None:
        if self.person_id is None:
            return
        from garden.charts.person import person_chart

        garden = self.session.garden
        pid = self.person_id
        model = garden.model()
        if pid not in model.people:
            return
        self.chart = person_chart(
            model,
            pid,
            garden.interactions(pid),
            as_of=self.session.today(),
            span=self.span,
            look=chart_look(self.palette_, self),
            title=False,
            size=(8.0, 3.6),
        )
        person = model.people[pid]
        self.view.suggested_file = f"{person.name} {self.span.value}".replace("/", "-")
        self.view.show_figure(self.chart.figure)

    def _hover(self, event: MouseEvent) -> str | None:
        from garden.charts.person import describe_moment

        if self.chart is None or event.x is None or event.y is None:
            return None
        found = self.chart.moments_at(event.x, event.y)
        return "\n\n".join(describe_moment(m) for m in found[:3]) or None


class GardenYearPage(QWidget):
    """The whole garden through a chosen year: who was thriving, when you talked, about
    what, and who reached out (shown gently, never as a score)."""

    back_requested = Signal()

    def __init__(self, session: GardenSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.palette_: Palette = LIGHT
        self.chart: Any = None
        self.setAccessibleName(tr("The garden through the year"))
        back = QPushButton(tr("← Garden"))
        back.setAccessibleName(tr("Back to the garden"))
        back.clicked.connect(self.back_requested)
        title = QLabel(tr("<b>Your garden through the year</b>"))
        self.year = QComboBox()
        self.year.setAccessibleName(tr("Year"))
        self.year.currentIndexChanged.connect(lambda _i: self.refresh())
        self.view = ChartView(tr("The garden through the year"))
        row = QHBoxLayout()
        row.addWidget(back)
        row.addSpacing(12)
        row.addWidget(title)
        row.addStretch(1)
        year_label = QLabel(tr("&Year"))
        year_label.setBuddy(self.year)
        row.addWidget(year_label)
        row.addWidget(self.year)
        column = QVBoxLayout(self)
        column.addLayout(row)
        column.addWidget(self.view, 1)

    def fill_years(self) -> None:
        """The years the garden has existed, newest first."""
        garden = self.session.garden
        today = self.session.today()
        model = garden.model()
        first = min((h.planted.year for h in model.histories.values()), default=today.year)
        chosen = self.year.currentData()
        self.year.blockSignals(True)
        self.year.clear()
        for year in range(today.year, first - 1, -1):
            self.year.addItem(str(year), year)
        index = self.year.findData(chosen) if chosen is not None else 0
        self.year.setCurrentIndex(max(0, index))
        self.year.blockSignals(False)

    def set_palette(self, palette: Palette) -> None:
        self.palette_ = palette
        self.view.focus_colour = QColor(palette.accent)
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        from garden.charts.garden_overview import garden_overview_chart

        if self.year.count() == 0:
            self.fill_years()
        year = self.year.currentData()
        if year is None:
            return
        garden = self.session.garden
        self.chart = garden_overview_chart(
            garden.model(),
            garden.interactions(),
            int(year),
            as_of=self.session.today(),
            look=chart_look(self.palette_, self),
        )
        self.view.suggested_file = f"garden-{year}"
        self.view.show_figure(self.chart.figure)
