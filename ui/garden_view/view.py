"""The scrolling, zooming frame around the garden canvas."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget

from ui.garden_view.canvas import GardenCanvas
from ui.i18n import tr

ZOOM_STEPS = (0.35, 0.45, 0.55, 0.65, 0.75, 0.85, 1.0, 1.15, 1.3, 1.5, 1.75, 2.0, 2.5, 3.0)


class GardenView(QScrollArea):
    """Scrolls the canvas vertically; Ctrl+wheel and the View menu zoom it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.canvas = GardenCanvas()
        self.setWidget(self.canvas)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusProxy(self.canvas)
        self.setAccessibleName(tr("Garden view"))
        self.canvas.visible_rect_wanted.connect(self.on_visible_rect_wanted)

    def on_visible_rect_wanted(self, rect: QRect) -> None:
        self.ensureVisible(
            rect.center().x(), rect.center().y(), rect.width() // 2 + 10, rect.height() // 2 + 10
        )

    def zoom(self) -> float:
        return self.canvas.zoom()

    def set_zoom(self, zoom: float) -> None:
        anchor = self.verticalScrollBar().value() / max(1, self.canvas.height())
        self.canvas.set_zoom(zoom)
        self.verticalScrollBar().setValue(int(anchor * self.canvas.minimumHeight()))

    def zoom_in(self) -> None:
        current = self.canvas.zoom()
        self.set_zoom(next((z for z in ZOOM_STEPS if z > current + 1e-3), ZOOM_STEPS[-1]))

    def zoom_out(self) -> None:
        current = self.canvas.zoom()
        self.set_zoom(next((z for z in reversed(ZOOM_STEPS) if z < current - 1e-3), ZOOM_STEPS[0]))

    def reset_zoom(self) -> None:
        self.set_zoom(1.0)

    def fit_to_window(self) -> None:
        """The largest zoom at which the whole garden fits without scrolling."""
        width = self.viewport().width()
        height = self.viewport().height()
        lo, hi = ZOOM_STEPS[0], 1.5
        if self.canvas.height_at_zoom(hi, width) <= height:
            self.set_zoom(hi)
            return
        for _ in range(18):
            mid = (lo + hi) / 2
            if self.canvas.height_at_zoom(mid, width) <= height:
                lo = mid
            else:
                hi = mid
        self.set_zoom(lo)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            if event.angleDelta().y() > 0:
                self.zoom_in()
            elif event.angleDelta().y() < 0:
                self.zoom_out()
            event.accept()
            return
        super().wheelEvent(event)
