"""Things to share with one person, and whether reminders about them are snoozed.

A self-contained part of the person page: the things saved for them (a song, a recipe,
a link), each ticked off when shared; a field to save a new one; edit, delete, copy and
open a link; and the snooze (a day, a week, until a chosen date, or back now). Every
change goes through `GardenSession.apply`, so Ctrl+Z undoes it, and the widget follows
the session by itself (undo, another program's change).

    things = ThingsToShare(session)
    things.show_person(person_id)   # whenever the page shows someone else
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from garden.domain.model import Person, ThingToShare
from garden.domain.reminders import excerpt
from garden.services.changes import Change
from garden.services.garden import NotFoundError, ValidationError
from garden.services.reminders import Reminders

from PySide6.QtCore import QDate, QEvent, QObject, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QFont, QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QCalendarWidget,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import tr, weekday_and_date
from ui.session import GardenSession
from ui.widgets.forms import ErrorLabel
from ui.widgets.labels import WrappedLabel

ID_ROLE = Qt.ItemDataRole.UserRole
_LINK = re.compile(r"\b(?:https?://|www\.)[^\s<>\"]+", re.IGNORECASE)


def first_link(text: str) -> str | None:
    """The first web address in `text` (a trailing full stop or bracket left out)."""
    found = _LINK.search(text)
    if found is None:
        return None
    link = found.group(0).rstrip(".,;:!?)]}'")
    return link if "://" in link else "https://" + link


class ThingsToShare(QWidget):
    """A person's things to share and their snooze; changes are undoable."""

    def __init__(self, session: GardenSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.reminders = Reminders(session.garden)
        self.person_id: int | None = None
        self.person: Person | None = None
        self.things: dict[int, ThingToShare] = {}
        self.setAccessibleName(tr("Things to share"))

        title = QLabel(tr("<b>Things to share</b>"))
        self.show_shared = QCheckBox(tr("Show shared ones"))
        self.show_shared.setToolTip(tr("Also list what you already shared, to put one back"))
        self.show_shared.toggled.connect(lambda _on: self.refresh())
        self.list = QListWidget()
        self.list.setAccessibleName(tr("Things to share; tick one when you shared it"))
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.itemChanged.connect(self.on_item_changed)
        self.list.itemActivated.connect(lambda _item: self.on_edit())
        self.list.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.list.installEventFilter(self)
        self.empty = WrappedLabel(
            tr("Nothing saved yet. A song, a recipe or a link they would enjoy?")
        )
        self.new_thing = QLineEdit()
        self.new_thing.setPlaceholderText(tr("Save something to share (Enter saves)"))
        self.new_thing.setAccessibleName(tr("Something new to share"))
        self.new_thing.setClearButtonEnabled(True)
        self.new_thing.returnPressed.connect(self.on_add)
        self.add_button = QPushButton(tr("&Save"))
        self.add_button.setAccessibleName(tr("Save it to share"))
        self.add_button.clicked.connect(self.on_add)
        self.edit_button = QPushButton(tr("Edit…"))
        self.edit_button.clicked.connect(self.on_edit)
        self.delete_button = QPushButton(tr("Delete"))
        self.delete_button.clicked.connect(self.on_delete)
        self.copy_button = QPushButton(tr("Copy"))
        self.copy_button.setToolTip(tr("Copy it, to paste it into a message"))
        self.copy_button.clicked.connect(self.on_copy)
        self.open_button = QPushButton(tr("Open link"))
        self.open_button.clicked.connect(self.on_open_link)
        self.error = ErrorLabel()

        self.snooze_state = WrappedLabel()
        self.snooze_state.setAccessibleName(tr("Reminders about them"))
        self.snooze_button = QToolButton()
        self.snooze_button.setText(tr("Snooze reminders"))
        self.snooze_button.setToolTip(tr("No reminders about them for a while"))
        self.snooze_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        snooze_menu = QMenu(self.snooze_button)
        self.snooze_day = snooze_menu.addAction(tr("For a &day"))
        self.snooze_day.triggered.connect(lambda _c=False: self.on_snooze(days=1))
        self.snooze_week = snooze_menu.addAction(tr("For a &week"))
        self.snooze_week.triggered.connect(lambda _c=False: self.on_snooze(days=7))
        self.snooze_until = snooze_menu.addAction(tr("&Until a day…"))
        self.snooze_until.triggered.connect(lambda _c=False: self.on_snooze_until())
        self.snooze_button.setMenu(snooze_menu)
        self.unsnooze_button = QPushButton(tr("Back in reminders now"))
        self.unsnooze_button.clicked.connect(self.on_unsnooze)

        head = QHBoxLayout()
        head.addWidget(title)
        head.addStretch(1)
        head.addWidget(self.show_shared)
        adding = QHBoxLayout()
        adding.addWidget(self.new_thing, 1)
        adding.addWidget(self.add_button)
        # What can be done with the chosen thing: shown once there is something.
        self.actions_row = QWidget()
        buttons = QHBoxLayout(self.actions_row)
        buttons.setContentsMargins(0, 0, 0, 0)
        for button in (self.edit_button, self.delete_button, self.copy_button, self.open_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        snooze = QHBoxLayout()
        snooze.addWidget(self.snooze_state, 1)
        snooze.addWidget(self.snooze_button)
        snooze.addWidget(self.unsnooze_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 8, 0, 0)
        column.addLayout(head)
        # Either the list or the note that it is empty takes the room (the note at its top).
        column.addWidget(self.empty, 1, Qt.AlignmentFlag.AlignTop)
        column.addWidget(self.list, 1)
        column.addWidget(self.actions_row)
        column.addLayout(adding)
        column.addWidget(self.error)
        column.addLayout(snooze)

        session.changed.connect(self.on_session_changed)
        session.reloaded.connect(self.on_session_reloaded)
        self.refresh()

    # --- showing -----------------------------------------------------------------------

    def show_person(self, person_id: int | None) -> None:
        """Show `person_id`'s things (None: nobody)."""
        if person_id != self.person_id:
            self.new_thing.clear()
            self.error.hide()
        self.person_id = person_id
        self.refresh()

    def refresh(self) -> None:
        """Read the person's things and snooze again."""
        pid = self.person_id
        self.person = None
        if pid is not None:
            try:
                self.person = self.session.garden.person(pid)
            except NotFoundError:
                self.person_id = None
        person = self.person
        include_shared = self.show_shared.isChecked()
        things = (
            self.reminders.things_to_share(person.id, include_shared=include_shared)
            if person is not None
            else []
        )
        current = self._current_id()
        self.things = {t.id: t for t in things}
        self.list.blockSignals(True)
        self.list.clear()
        for thing in things:
            item = QListWidgetItem(excerpt(thing.text, 120))
            item.setData(ID_ROLE, thing.id)
            item.setToolTip(thing.text)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if thing.shared else Qt.CheckState.Unchecked)
            if thing.shared:
                font = QFont(item.font())
                font.setStrikeOut(True)
                item.setFont(font)
            self.list.addItem(item)
            if thing.id == current:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        self.list.setVisible(bool(things))
        self.actions_row.setVisible(bool(things))
        self.empty.setVisible(person is not None and not things)
        active = person is not None and not person.archived
        self.new_thing.setEnabled(active)
        self.add_button.setEnabled(active)
        self._show_snooze(person)
        self._update_buttons()

    def _show_snooze(self, person: Person | None) -> None:
        until = self.reminders.snoozed_until(person.id) if person is not None else None
        active = person is not None and not person.archived
        self.snooze_button.setVisible(active)
        self.unsnooze_button.setVisible(active and until is not None)
        if person is None or person.archived:
            self.snooze_state.setText("")
        elif until is not None:
            name = person.nickname or person.name
            self.snooze_state.setText(
                tr("No reminders about {name} until {day}: they are back that day.").format(
                    name=name, day=weekday_and_date(until)
                )
            )
        else:
            self.snooze_state.setText(tr("In your reminders."))

    def _current_id(self) -> int | None:
        item = self.list.currentItem()
        value = item.data(ID_ROLE) if item is not None else None
        return int(value) if value is not None else None

    def current_thing(self) -> ThingToShare | None:
        """The thing selected in the list, if any."""
        tid = self._current_id()
        return self.things.get(tid) if tid is not None else None

    def _update_buttons(self) -> None:
        thing = self.current_thing()
        for button in (self.edit_button, self.delete_button, self.copy_button):
            button.setEnabled(thing is not None)
        self.open_button.setEnabled(thing is not None and first_link(thing.text) is not None)

    def on_session_changed(self, change: Change) -> None:
        pid = self.person_id
        if pid is not None and (pid in change.reminded_people or pid in change.people):
            self.refresh()

    def on_session_reloaded(self) -> None:
        self.refresh()

    # --- changes -----------------------------------------------------------------------

    def _apply(self, run: Callable[[], Change]) -> Change | None:
        """Run a reminders change through the session; show a mistake under the list."""
        try:
            change = self.session.apply(run)
        except (ValidationError, NotFoundError) as exc:
            self.error.say(getattr(exc, "message", str(exc)))
            return None
        if change is not None:
            self.error.hide()
        return change

    def on_add(self) -> None:
        person = self.person
        if person is None:
            return
        text = self.new_thing.text()
        if not text.strip():
            self.error.say(tr("Write something to share first."))
            self.new_thing.setFocus()
            return
        reminders = self.reminders
        if self._apply(lambda: reminders.save_thing(person.id, text)) is not None:
            self.new_thing.clear()

    def on_item_changed(self, item: QListWidgetItem) -> None:
        tid = int(item.data(ID_ROLE))
        shared = item.checkState() == Qt.CheckState.Checked
        # Applied after the list has finished with the click: the change rebuilds it.
        QTimer.singleShot(0, lambda: self._set_shared(tid, shared))

    def _set_shared(self, thing_id: int, shared: bool) -> None:
        reminders = self.reminders
        if shared:
            self._apply(lambda: reminders.mark_shared([thing_id]))
        else:
            self._apply(lambda: reminders.mark_not_shared(thing_id))

    def ask_text(self, title: str, text: str) -> tuple[str, bool]:
        """Ask for the new text of a thing (tests replace this)."""
        return QInputDialog.getMultiLineText(self, title, tr("What to share:"), text)

    def on_edit(self) -> None:
        thing = self.current_thing()
        if thing is None:
            return
        text, ok = self.ask_text(tr("Edit a thing to share"), thing.text)
        if ok:
            reminders = self.reminders
            self._apply(lambda: reminders.edit_thing(thing.id, text))

    def on_delete(self) -> None:
        thing = self.current_thing()
        if thing is not None:
            reminders = self.reminders
            self._apply(lambda: reminders.delete_thing(thing.id))

    def on_copy(self) -> None:
        thing = self.current_thing()
        if thing is not None:
            QApplication.clipboard().setText(thing.text)

    def on_open_link(self) -> None:
        thing = self.current_thing()
        link = first_link(thing.text) if thing is not None else None
        if link is not None:
            QDesktopServices.openUrl(QUrl(link))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.list
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Delete
        ):
            self.on_delete()
            return True
        return super().eventFilter(watched, event)

    # --- snooze ------------------------------------------------------------------------

    def on_snooze(self, days: int) -> None:
        person = self.person
        if person is not None:
            reminders = self.reminders
            self._apply(lambda: reminders.snooze(person.id, days=days))

    def ask_day(self, person: Person) -> dt.date | None:
        """Ask for the day someone comes back into reminders (tests replace this)."""
        today = self.session.today()
        dialog = QDialog(self)
        dialog.setWindowTitle(
            tr("Snooze reminders about {name}").format(name=person.nickname or person.name)
        )
        calendar = QCalendarWidget()
        calendar.setAccessibleName(tr("Back in reminders on"))
        tomorrow = today + dt.timedelta(days=1)
        calendar.setMinimumDate(QDate(tomorrow.year, tomorrow.month, tomorrow.day))
        in_a_month = today + dt.timedelta(days=30)
        calendar.setSelectedDate(QDate(in_a_month.year, in_a_month.month, in_a_month.day))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        calendar.activated.connect(lambda _d: dialog.accept())
        column = QVBoxLayout(dialog)
        column.addWidget(QLabel(tr("They are back in your reminders on:")))
        column.addWidget(calendar)
        column.addWidget(buttons)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        chosen = calendar.selectedDate()
        return dt.date(chosen.year(), chosen.month(), chosen.day())

    def on_snooze_until(self) -> None:
        person = self.person
        if person is None:
            return
        day = self.ask_day(person)
        if day is not None:
            reminders = self.reminders
            self._apply(lambda: reminders.snooze(person.id, until=day))

    def on_unsnooze(self) -> None:
        person = self.person
        if person is not None:
            reminders = self.reminders
            self._apply(lambda: reminders.unsnooze(person.id))
