"""Finding words the layout cuts off: a control smaller than its own size hint.

Longer words (Italian) and larger fonts are where a fixed width or a crowded row cuts a
label or a button short. Qt draws such a control anyway, clipped, without a warning;
this compares each visible control's size with what it says it needs.
"""

from __future__ import annotations

import math

from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QCheckBox,
    QComboBox,
    QLabel,
    QPushButton,
    QRadioButton,
    QWidget,
)

#: Controls whose text must be shown whole (a line edit or a table may scroll instead).
CHECKED = (QLabel, QPushButton, QCheckBox, QRadioButton, QComboBox)
#: Rounding between the hint and the geometry, in pixels.
SLACK = 1


def _visible_text(widget: QWidget) -> str:
    if isinstance(widget, QLabel | QAbstractButton):
        return widget.text().strip()
    if isinstance(widget, QComboBox):
        return widget.currentText().strip()
    return ""


def _wrapped_height(label: QLabel) -> int:
    """How tall a word-wrapped label's text is at the label's width (QLabel's own
    heightForWidth answers for a "balanced" width instead, and overstates it)."""
    margins = label.contentsMargins()
    width = label.contentsRect().width() - 2 * label.margin()
    text = label.text()
    rich = label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(text)
    )
    if rich:
        document = QTextDocument()
        document.setDefaultFont(label.font())
        document.setDocumentMargin(0)
        document.setHtml(text)
        document.setTextWidth(width)
        height = math.ceil(document.size().height())
    else:
        flags = int(Qt.TextFlag.TextWordWrap.value)
        height = label.fontMetrics().boundingRect(0, 0, width, 100_000, flags, text).height()
    return height + margins.top() + margins.bottom() + 2 * label.margin()


def _scrolls_sideways(widget: QWidget) -> bool:
    """Whether `widget` sits in a scroll area that shows a horizontal scroll bar: what is
    out of sight there is a scroll away, not cut off."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea) and parent.horizontalScrollBar().isVisible():
            return True
        parent = parent.parentWidget()
    return False


def clipped_widgets(root: QWidget) -> list[str]:
    """Every visible control under `root` (and `root` itself) too small for its text,
    described as "Class 'text': 80x20 < 120x24"."""
    found = []
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if not isinstance(widget, CHECKED) or not widget.isVisible():
            continue
        text = _visible_text(widget)
        if not text or (isinstance(widget, QLabel) and widget.pixmap() and not text):
            continue
        size = widget.size()
        if isinstance(widget, QLabel) and widget.wordWrap():
            needed_width = widget.minimumSizeHint().width()
            needed_height = _wrapped_height(widget)
        elif isinstance(widget, QLabel):
            hint = widget.minimumSizeHint()  # a label may not be elided or clipped
            needed_width, needed_height = hint.width(), hint.height()
        else:
            hint = widget.sizeHint()  # buttons and boxes never elide: their full text
            needed_width, needed_height = hint.width(), widget.minimumSizeHint().height()
        if size.width() + SLACK < needed_width or size.height() + SLACK < needed_height:
            found.append(
                f"{type(widget).__name__} {text[:40]!r}: {size.width()}x{size.height()} < "
                f"{needed_width}x{needed_height}"
            )
            continue
        # Big enough, but cut by a parent narrower than it (a list that does not scroll
        # sideways, a dock): what shows of it is narrower than the widget. Scrolled out of
        # sight vertically is fine, so only the width counts, and only when partly seen.
        shown = widget.visibleRegion().boundingRect()
        if (
            not shown.isEmpty()
            and shown.width() + SLACK < size.width()
            and not _scrolls_sideways(widget)
        ):
            found.append(
                f"{type(widget).__name__} {text[:40]!r}: {shown.width()} of its "
                f"{size.width()} pixels wide are seen"
            )
    return found
