"""The first-run garden: an invitation to plant a seed, or to try a demo garden."""

from __future__ import annotations

from garden.domain.model import Species
from garden.domain.palette import LIGHT, Palette
from garden.domain.shape import look_for, plant_shape

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ui.i18n import tr
from ui.painting.plant_painter import paint_plant


class _Sprout(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.palette_ = LIGHT
        self.setFixedSize(220, 170)
        self.setAccessibleName(tr("A seedling in fresh soil"))

    def paintEvent(self, event: QPaintEvent) -> None:
        p = self.palette_
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(p.soil_top))
        painter.drawRoundedRect(QRectF(20, 140, 180, 16), 8, 8)
        painter.setBrush(QColor(p.soil_bottom))
        painter.drawRoundedRect(QRectF(40, 149, 140, 7), 3.5, 3.5)
        shape = plant_shape(look_for(Species.TULIP, 1, 12.0, 1.0, p))
        paint_plant(painter, shape, QPointF(110, 146), 3.4)
        painter.end()


class EmptyGarden(QWidget):
    """Shown while the garden has no one in it."""

    plant_requested = Signal()
    demo_requested = Signal()
    first_painted = Signal()

    def __init__(self, parent: QWidget | None = None, *, demo_offered: bool = True) -> None:
        super().__init__(parent)
        self.setAccessibleName(tr("An empty garden"))
        self._sprout = _Sprout()
        title = QLabel(tr("Your garden is waiting for its first seed"))
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        title.setFont(font)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text = QLabel(
            tr(
                "Add someone you would like to stay close to. Each person grows as a plant "
                "with the moments you share.\nA few people tended well are worth more than a "
                "long list."
            )
        )
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text.setMaximumWidth(520)
        plant = QPushButton(tr("Plant your first seed…"))
        plant.setDefault(True)
        plant.setAccessibleName(tr("Plant your first seed: add a person"))
        plant.clicked.connect(self.plant_requested)
        demo = QPushButton(tr("Try a demo garden"))
        demo.setAccessibleName(
            tr("Try a demo garden in a separate window; your garden stays empty")
        )
        demo.clicked.connect(self.demo_requested)
        demo.setVisible(demo_offered)
        self.plant_button, self.demo_button = plant, demo
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(plant)
        buttons.addWidget(demo)
        buttons.addStretch(1)
        column = QVBoxLayout(self)
        column.addStretch(2)
        column.addWidget(self._sprout, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addSpacing(12)
        column.addWidget(title)
        column.addWidget(text, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addSpacing(16)
        column.addLayout(buttons)
        column.addStretch(3)
        self._painted = False

    def set_palette(self, palette: Palette) -> None:
        self._sprout.palette_ = palette
        self._sprout.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.first_painted.emit()
