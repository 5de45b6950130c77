"""The timeline of moments with one person, newest first, as a Qt table model."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from garden.domain.model import Favour, Interaction, ReachedOut
from garden.domain.words import moment_words, when

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from ui.i18n import QT_TRANSLATE_NOOP, clock_time, full_date, short_date, tr

ID_ROLE = Qt.ItemDataRole.UserRole + 1
COLUMNS = (
    QT_TRANSLATE_NOOP("", "When"),
    QT_TRANSLATE_NOOP("", "Moment"),
    QT_TRANSLATE_NOOP("", "Reached out"),
    QT_TRANSLATE_NOOP("", "Topics"),
    QT_TRANSLATE_NOOP("", "Note"),
)
REACHED_WORDS = {
    ReachedOut.ME: QT_TRANSLATE_NOOP("", "you"),
    ReachedOut.THEM: QT_TRANSLATE_NOOP("", "they"),
    ReachedOut.BOTH: QT_TRANSLATE_NOOP("", "both"),
}
FAVOUR_WORDS = {
    Favour.GIVEN: QT_TRANSLATE_NOOP("", "you helped them"),
    Favour.RECEIVED: QT_TRANSLATE_NOOP("", "they helped you"),
}

Index = QModelIndex | QPersistentModelIndex


class TimelineModel(QAbstractTableModel):
    def __init__(self, today: dt.date, parent: Any = None) -> None:
        super().__init__(parent)
        self._items: list[Interaction] = []
        self._today = today

    def set_moments(self, moments: Sequence[Interaction], today: dt.date) -> None:
        self.beginResetModel()
        self._items = sorted(moments, key=lambda i: (i.on, i.at or dt.time(0), i.id), reverse=True)
        self._today = today
        self.endResetModel()

    def moment(self, row: int) -> Interaction:
        return self._items[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(COLUMNS):
            return tr(COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        column = index.column()
        if role == ID_ROLE:
            return item.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(item, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == 0:
                return full_date(item.on) + (f", {clock_time(item.at)}" if item.at else "")
            if column == 4 and item.note:
                return item.note
        return None

    def _text(self, item: Interaction, column: int) -> str:
        if column == 0:
            relative = when(item.on, self._today)
            day = short_date(item.on)
            return day if relative == item.on.isoformat() else f"{day} ({relative})"
        if column == 1:
            text = moment_words(item)
            if item.favour:
                text += f"; {tr(FAVOUR_WORDS[item.favour])}"
            return text
        if column == 2:
            return tr(REACHED_WORDS[item.reached_out])
        if column == 3:
            return ", ".join(item.topics)
        return item.note.replace("\n", " ")

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
