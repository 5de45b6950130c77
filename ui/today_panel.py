"""The "today" panel: who could use a message, each with a one-click log."""

from __future__ import annotations

from dataclasses import dataclass

from garden.domain.model import Channel, Depth, Person
from garden.services.due import who_could_use_a_message

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ui.session import GardenSession


@dataclass(frozen=True, slots=True)
class TodayEntry:
    person: Person
    sentence: str


def today_entries(session: GardenSession) -> list[TodayEntry]:
    garden = session.garden
    return [
        TodayEntry(d.person, d.sentence) for d in who_could_use_a_message(garden, session.today())
    ]


class _Row(QFrame):
    def __init__(self, entry: TodayEntry, panel: TodayPanel) -> None:
        super().__init__()
        self.entry = entry
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAccessibleName(entry.person.name)
        self.setAccessibleDescription(entry.sentence)
        name = QPushButton(entry.person.name)
        name.setFlat(True)
        name.setStyleSheet("text-align: left; font-weight: 600; padding: 0;")
        name.setToolTip(f"Open {entry.person.name}'s page")
        name.setAccessibleName(f"Open {entry.person.name}'s page")
        name.clicked.connect(lambda: panel.person_opened.emit(entry.person.id))
        sentence = QLabel(entry.sentence)
        sentence.setWordWrap(True)
        self.quick = QPushButton("Sent a message")
        self.quick.setToolTip("Log a good message today, in one click (Ctrl+Z undoes it)")
        self.quick.setAccessibleName(f"Log a message with {entry.person.name} today")
        self.quick.clicked.connect(lambda: panel.on_quick_log(entry.person))
        self.more = QPushButton("Log…")
        self.more.setToolTip("Log a call, a meeting, a deep talk…")
        self.more.setAccessibleName(f"Log a moment with {entry.person.name}")
        self.more.clicked.connect(lambda: panel.log_requested.emit(entry.person.id))
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.quick)
        buttons.addWidget(self.more)
        buttons.addStretch(1)
        column = QVBoxLayout(self)
        column.setContentsMargins(4, 6, 4, 6)
        column.addWidget(name)
        column.addWidget(sentence)
        column.addLayout(buttons)


class TodayPanel(QWidget):
    person_opened = Signal(int)
    log_requested = Signal(int)
    logged = Signal(int)  # a one-click log happened for this person

    def __init__(self, session: GardenSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setAccessibleName("Today")
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.rows: list[_Row] = []
        self._list = QVBoxLayout()
        self._list.setContentsMargins(0, 0, 0, 0)
        inner = QWidget()
        inner_layout = QVBoxLayout(inner)
        inner_layout.setContentsMargins(0, 0, 0, 0)
        inner_layout.addLayout(self._list)
        inner_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(inner)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        column = QVBoxLayout(self)
        column.addWidget(self.heading)
        column.addWidget(scroll, 1)
        self.setMinimumWidth(240)
        self.refresh()

    def refresh(self) -> None:
        for row in self.rows:
            row.setParent(None)
            row.deleteLater()
        self.rows = []
        entries = today_entries(self.session)
        if not entries:
            self.heading.setText("Everyone is doing fine. Enjoy your day.")
        elif len(entries) == 1:
            self.heading.setText("<b>1 person could use a message</b>")
        else:
            self.heading.setText(f"<b>{len(entries)} people could use a message</b>")
        for entry in entries:
            row = _Row(entry, self)
            self._list.addWidget(row)
            self.rows.append(row)

    def on_quick_log(self, person: Person) -> None:
        pid = person.id
        change = self.session.apply(
            lambda: self.session.garden.log_interaction(
                pid, channel=Channel.MESSAGE, depth=Depth.GOOD
            )
        )
        if change is not None:
            self.logged.emit(pid)
