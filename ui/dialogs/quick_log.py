"""Quick log (Ctrl+L): record a moment in a few keystrokes. Enter saves.

The same dialog edits an existing moment from a person's timeline. When the person has
things saved to share, each has a box to tick off as shared with this moment (logged in
the same change, so one undo takes back both).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from garden.domain.model import Channel, Depth, Favour, Interaction, Person, ReachedOut
from garden.domain.names import PersonLookupError
from garden.domain.reminders import excerpt
from garden.domain.words import circle_words
from garden.services.changes import Change
from garden.services.garden import NotFoundError, ValidationError

from PySide6.QtCore import QDate, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import QT_TRANSLATE_NOOP, tr
from ui.session import GardenSession
from ui.widgets.fields import PersonField, TopicsField
from ui.widgets.forms import ErrorLabel, label_buddies, save_cancel
from ui.widgets.keyboard import one_tab_stop

CHANNEL_LABELS = {
    Channel.MESSAGE: QT_TRANSLATE_NOOP("", "&Message"),
    Channel.CALL: QT_TRANSLATE_NOOP("", "&Call"),
    Channel.VIDEO: QT_TRANSLATE_NOOP("", "&Video"),
    Channel.IN_PERSON: QT_TRANSLATE_NOOP("", "In &person"),
    Channel.LETTER: QT_TRANSLATE_NOOP("", "&Letter or gift"),
    Channel.ACTIVITY: QT_TRANSLATE_NOOP("", "&Activity"),
}
DEPTH_LABELS = {
    Depth.BRIEF: QT_TRANSLATE_NOOP("", "&Brief"),
    Depth.GOOD: QT_TRANSLATE_NOOP("", "&Good talk"),
    Depth.DEEP: QT_TRANSLATE_NOOP("", "&Deep"),
}
# Mnemonics: channels and depths have their own letters; the other rows are reached by
# their label (Alt+R, Alt+F) and arrow keys. Every letter in the dialog is used once.
REACHED_LABELS = {
    ReachedOut.ME: QT_TRANSLATE_NOOP("", "Me"),
    ReachedOut.THEM: QT_TRANSLATE_NOOP("", "They did"),
    ReachedOut.BOTH: QT_TRANSLATE_NOOP("", "Both"),
}
FAVOUR_LABELS = {
    None: QT_TRANSLATE_NOOP("", "None"),
    Favour.GIVEN: QT_TRANSLATE_NOOP("", "I helped them"),
    Favour.RECEIVED: QT_TRANSLATE_NOOP("", "They helped me"),
}


def _choice_row(
    labels: dict[Any, str], accessible: str
) -> tuple[QWidget, QButtonGroup, dict[Any, QRadioButton]]:
    row = QWidget()
    row.setAccessibleName(accessible)
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    group = QButtonGroup(row)
    buttons: dict[Any, QRadioButton] = {}
    for value, label in labels.items():
        button = QRadioButton(tr(label))
        button.setAccessibleName(
            tr("{group}: {choice}").format(group=accessible, choice=tr(label).replace("&", ""))
        )
        group.addButton(button)
        layout.addWidget(button)
        buttons[value] = button
    layout.addStretch(1)
    one_tab_stop(group)
    return row, group, buttons


def _checked(buttons: dict[Any, QRadioButton]) -> Any:
    for value, button in buttons.items():
        if button.isChecked():
            return value
    raise LookupError("no choice")


class QuickLogDialog(QDialog):
    """Who, when, how, how deep, who reached out, topics, a favour, a note."""

    def __init__(
        self,
        session: GardenSession,
        person: Person | None = None,
        moment: Interaction | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.moment = moment
        self.change: Change | None = None
        garden = session.garden
        self.setWindowTitle(tr("Edit moment") if moment else tr("Log a moment"))
        self.setAccessibleName(self.windowTitle())
        self.setModal(True)

        self.who = PersonField(garden.people())
        self.who_hint = QLabel()
        self.who_hint.setAccessibleName(tr("Who this moment is with"))
        self.when = QDateEdit()
        self.when.setCalendarPopup(True)
        self.when.setAccessibleName(tr("Date"))
        today = session.today()
        self.when.setMaximumDate(QDate(today.year, today.month, today.day))
        self.when.setMinimumDate(QDate(1900, 1, 1))
        self.when.setDate(QDate(today.year, today.month, today.day))
        channel_row, self.channel_group, self.channels = _choice_row(CHANNEL_LABELS, tr("How"))
        depth_row, self.depth_group, self.depths = _choice_row(DEPTH_LABELS, tr("How deep"))
        reached_row, self.reached_group, self.reached = _choice_row(
            REACHED_LABELS, tr("Who reached out")
        )
        favour_row, self.favour_group, self.favours = _choice_row(FAVOUR_LABELS, tr("A favour"))
        self.topics = TopicsField(garden.topics())
        self.note = QPlainTextEdit()
        self.note.setAccessibleName(tr("Note"))
        self.note.setPlaceholderText(tr("Anything to remember? (Shift+Enter for a new line)"))
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(self.note.fontMetrics().lineSpacing() * 4 + 12)
        self.note.installEventFilter(self)
        # Things saved to share with the chosen person (filled in when they are chosen).
        self.shared = QWidget()
        self.shared.setAccessibleName(tr("Things you shared this time"))
        self.shared_layout = QVBoxLayout(self.shared)
        self.shared_layout.setContentsMargins(0, 0, 0, 0)
        self.shared_boxes: dict[int, QCheckBox] = {}
        self.error = ErrorLabel()

        form = QFormLayout()
        self.form = form
        form.addRow(tr("&Who"), self.who)
        form.addRow("", self.who_hint)
        form.addRow(tr("W&hen"), self.when)
        form.addRow(tr("How"), channel_row)
        form.addRow(tr("Depth"), depth_row)
        form.addRow(tr("&Reached out"), reached_row)
        form.addRow(tr("Top&ics"), self.topics)
        form.addRow(tr("&Favour"), favour_row)
        form.addRow(tr("N&ote"), self.note)
        form.addRow(tr("&Shared"), self.shared)
        buddies: tuple[tuple[QWidget, QWidget], ...] = (
            (self.who, self.who),
            (self.when, self.when),
            (reached_row, self.reached[ReachedOut.ME]),
            (self.topics, self.topics),
            (favour_row, self.favours[None]),
            (self.note, self.note),
        )
        label_buddies(form, buddies)
        self.buttons, _save = save_cancel(self, self.on_save, tr("Save this moment"))
        column = QVBoxLayout(self)
        column.addLayout(form)
        column.addWidget(self.error)
        column.addWidget(self.buttons)

        self.who.person_changed.connect(self.on_person_changed)
        self.channels[Channel.MESSAGE].setChecked(True)
        self.depths[Depth.GOOD].setChecked(True)
        self.reached[ReachedOut.ME].setChecked(True)
        self.favours[None].setChecked(True)
        if moment is not None:
            self._fill(moment)
        elif person is not None:
            self.who.set_person(person)
        self.on_person_changed(self.who.person())
        if person is None and moment is None:
            self.who.setFocus()
        else:
            self.channels[_checked(self.channels)].setFocus()

    def _fill(self, moment: Interaction) -> None:
        self.who.set_person(self.session.garden.person(moment.person_id))
        self.who.setEnabled(False)
        self.when.setDate(QDate(moment.on.year, moment.on.month, moment.on.day))
        self.channels[moment.channel].setChecked(True)
        self.depths[moment.depth].setChecked(True)
        self.reached[moment.reached_out].setChecked(True)
        self.favours[moment.favour].setChecked(True)
        self.topics.set_topic_list(moment.topics)
        self.note.setPlainText(moment.note)

    def on_person_changed(self, person: object) -> None:
        if isinstance(person, Person):
            self.who_hint.setText(f"{person.name} · {circle_words(person.circle)}")
        elif self.who.text().strip():
            self.who_hint.setText(tr("Keep typing, or pick from the list"))
        else:
            self.who_hint.setText("")
        self._fill_shared(person if isinstance(person, Person) else None)

    def _fill_shared(self, person: Person | None) -> None:
        """A box for each thing saved for `person` and not shared yet (new moments only:
        an edited moment keeps what it ticked off)."""
        from garden.services.reminders import Reminders

        if (
            person is not None
            and self.shared_boxes
            and all(box.property("person_id") == person.id for box in self.shared_boxes.values())
        ):
            return  # the same person again: keep what was ticked
        for box in self.shared_boxes.values():
            box.setParent(None)
            box.deleteLater()
        self.shared_boxes = {}
        things = []
        if person is not None and self.moment is None and not person.archived:
            things = Reminders(self.session.garden).things_to_share(person.id)
        for thing in things:
            box = QCheckBox(excerpt(thing.text, 70))
            box.setToolTip(thing.text)
            box.setProperty("person_id", person.id if person else None)
            box.setAccessibleName(tr("Shared: {thing}").format(thing=excerpt(thing.text, 70)))
            self.shared_layout.addWidget(box)
            self.shared_boxes[thing.id] = box
        self.form.setRowVisible(self.shared, bool(things))

    def shared_things(self) -> list[int]:
        """Ids of the things ticked off as shared with this moment."""
        return [tid for tid, box in self.shared_boxes.items() if box.isChecked()]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.note and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
                event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            ):
                self.on_save()
                return True
        return super().eventFilter(watched, event)

    def on_save(self) -> None:
        person = self.who.person()
        if person is None:
            text = self.who.text().strip()
            self.error.say(
                tr("No one matches “{text}”.").format(text=text)
                if text
                else tr("Who was this moment with?"),
                self.who,
            )
            return
        q = self.when.date()
        on = dt.date(q.year(), q.month(), q.day())
        fields: dict[str, Any] = {
            "on": on,
            "channel": _checked(self.channels),
            "depth": _checked(self.depths),
            "reached_out": _checked(self.reached),
            "favour": _checked(self.favours),
            "note": self.note.toPlainText(),
            "topics": self.topics.topics(),
        }
        garden = self.session.garden
        try:
            if self.moment is None:
                shared = self.shared_things()
                change = self.session.apply(
                    lambda: garden.log_interaction(person.id, shared_things=shared, **fields)
                )
            else:
                moment_id = self.moment.id
                change = self.session.apply(lambda: garden.edit_interaction(moment_id, **fields))
        except ValidationError as exc:
            target = {
                "date": self.when,
                "topic": self.topics,
                "topics": self.topics,
                "note": self.note,
                "shared_things": self.shared,
            }.get(exc.field, self.who)
            self.error.say(exc.message, target)
            return
        except (NotFoundError, PersonLookupError) as exc:
            self.error.say(str(exc), self.who)
            return
        if change is None:
            self.error.say(tr("The moment could not be saved; see the message in the window."))
            return
        self.change = change
        self.accept()

    @classmethod
    def ask(
        cls,
        session: GardenSession,
        parent: QWidget | None = None,
        person: Person | None = None,
        moment: Interaction | None = None,
    ) -> Change | None:
        """Show the dialog; returns the change it made, or None if cancelled."""
        dialog = cls(session, person, moment, parent)
        dialog.exec()
        return dialog.change
