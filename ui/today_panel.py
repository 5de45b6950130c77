"""The "today" panel: who could use a message, each with a one-click log.

It shows today's digest (the same few people the tray's reminder names, birthdays first)
and, on request, everyone else who could use a message.
"""

from __future__ import annotations

from garden.domain.model import Channel, Depth, Person
from garden.domain.reminders import Reminder
from garden.services.reminders import Reminders

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import keys, tr
from ui.session import GardenSession


class _Row(QFrame):
    def __init__(self, reminder: Reminder, panel: TodayPanel) -> None:
        super().__init__()
        person = reminder.person
        self.person_id = person.id
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAccessibleName(person.name)
        self.setAccessibleDescription(reminder.sentence)
        name = QPushButton(person.name)
        name.setFlat(True)
        name.setStyleSheet("text-align: left; font-weight: 600; padding: 0;")
        name.setToolTip(tr("Open {name}'s page").format(name=person.name))
        name.setAccessibleName(tr("Open {name}'s page").format(name=person.name))
        name.clicked.connect(lambda: panel.person_opened.emit(person.id))
        sentence = QLabel(reminder.sentence)
        sentence.setWordWrap(True)
        self.quick = QPushButton(tr("Sent a message"))
        self.quick.setToolTip(
            tr("Log a good message today, in one click ({keys} undoes it)").format(
                keys=keys(QKeySequence.StandardKey.Undo)
            )
        )
        self.quick.setAccessibleName(tr("Log a message with {name} today").format(name=person.name))
        self.quick.clicked.connect(lambda: panel.on_quick_log(person))
        self.more = QPushButton(tr("Log…"))
        self.more.setToolTip(tr("Log a call, a meeting, a deep talk…"))
        self.more.setAccessibleName(tr("Log a moment with {name}").format(name=person.name))
        self.more.clicked.connect(lambda: panel.log_requested.emit(person.id))
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

    def __init__(self, session: GardenSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.show_everyone = False
        self.setAccessibleName(tr("Today"))
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.rows: list[_Row] = []
        self.more = QPushButton()
        self.more.setFlat(True)
        self.more.setStyleSheet("text-align: left;")
        self.more.clicked.connect(self.on_toggle_everyone)
        self._list = QVBoxLayout()
        self._list.setContentsMargins(0, 0, 0, 0)
        inner = QWidget()
        inner_layout = QVBoxLayout(inner)
        inner_layout.setContentsMargins(0, 0, 0, 0)
        inner_layout.addLayout(self._list)
        inner_layout.addWidget(self.more)
        inner_layout.addStretch(1)
        scroll = QScrollArea()
        self._inner, self._scroll = inner, scroll
        scroll.setWidget(inner)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Not a tab stop of its own: Tab goes from button to button, and the area
        # scrolls to show the one with focus.
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        column = QVBoxLayout(self)
        column.addWidget(self.heading)
        column.addWidget(scroll, 1)
        self.setMinimumWidth(240)

    def refresh(self) -> None:
        for row in self.rows:
            row.setParent(None)
            row.deleteLater()
        self.rows = []
        reminders = Reminders(self.session.garden)
        today = self.session.today()
        digest = reminders.today(today)
        everyone = reminders.everyone_due(today)
        shown = list(digest.reminders)
        listed = {r.person.id for r in shown}
        others = [r for r in everyone if r.person.id not in listed]
        if self.show_everyone:
            shown += others
        self.heading.setText(
            digest.title
            if digest.reminders
            else (
                tr("Everyone is doing fine. Enjoy your day.")
                if not others
                else tr("No one in today's note; a few could still use a message.")
            )
        )
        for reminder in shown:
            row = _Row(reminder, self)
            self._list.addWidget(row)
            row.show()  # now, not at the next event: the width below counts it
            self.rows.append(row)
        self.more.setVisible(bool(others))
        if self.show_everyone:
            self.more.setText(tr("Show only today's few"))
        else:
            self.more.setText(tr("%n more could use a message…", "", len(others)))
        self._fit_width()

    def _fit_width(self) -> None:
        """Wide enough for the widest row's buttons, in any language and font size: the
        list never scrolls sideways, so anything narrower would cut words off."""
        bar = self._scroll.verticalScrollBar().sizeHint().width()
        self._scroll.setMinimumWidth(self._inner.minimumSizeHint().width() + bar)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_width()

    def on_toggle_everyone(self) -> None:
        self.show_everyone = not self.show_everyone
        self.refresh()

    def on_quick_log(self, person: Person) -> None:
        pid = person.id
        # The window waters the plant when the change arrives (`GardenSession.changed`).
        self.session.apply(
            lambda: self.session.garden.log_interaction(
                pid, channel=Channel.MESSAGE, depth=Depth.GOOD
            )
        )
