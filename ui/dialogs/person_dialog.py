"""Add or edit a person, with inline validation: nothing is saved until it is right."""

from __future__ import annotations

from typing import Any

from garden.domain.dates import DateError, parse_birthday
from garden.domain.model import Birthday, Circle, Person, Species
from garden.domain.words import species_words
from garden.services.changes import Change
from garden.services.garden import MAX_CADENCE, ValidationError

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import QT_TRANSLATE_NOOP, tr
from ui.session import GardenSession
from ui.widgets.fields import TopicsField
from ui.widgets.forms import ErrorLabel, label_buddies, save_cancel

CIRCLE_CHOICES = (
    (Circle.HEART, QT_TRANSLATE_NOOP("", "Heart — the few closest, about weekly")),
    (Circle.CLOSE, QT_TRANSLATE_NOOP("", "Close — good friends, about monthly")),
    (Circle.FRIENDS, QT_TRANSLATE_NOOP("", "Friends — every few months")),
    (Circle.MEADOW, QT_TRANSLATE_NOOP("", "Meadow — wider circle, never a reminder")),
)


class PersonDialog(QDialog):
    def __init__(
        self, session: GardenSession, person: Person | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.person = person
        self.change: Change | None = None
        self.setWindowTitle(
            tr("Edit {name}").format(name=person.name) if person else tr("Plant someone new")
        )
        self.setAccessibleName(self.windowTitle())

        self.name = QLineEdit()
        self.name.setAccessibleName(tr("Name"))
        self.name.setPlaceholderText(tr("Their name, as you say it"))
        self.name_error = ErrorLabel(tr("Name problem"))
        self.nickname = QLineEdit()
        self.nickname.setAccessibleName(tr("Nickname"))
        self.circle = QComboBox()
        self.circle.setAccessibleName(tr("Circle"))
        for circle, label in CIRCLE_CHOICES:
            self.circle.addItem(tr(label), circle.value)
        self.circle.setCurrentIndex(2)
        self.cadence = QSpinBox()
        self.cadence.setAccessibleName(tr("Rhythm in days"))
        self.cadence.setRange(0, MAX_CADENCE)
        self.cadence.setSpecialValueText(tr("As the circle suggests"))
        self.cadence.setSuffix(tr(" days"))
        self.birthday = QLineEdit()
        self.birthday.setAccessibleName(tr("Birthday"))
        self.birthday.setPlaceholderText(tr("YYYY-MM-DD, or MM-DD without the year"))
        self.birthday_error = ErrorLabel(tr("Birthday problem"))
        self.species = QComboBox()
        self.species.setAccessibleName(tr("Plant"))
        if person is None:
            self.species.addItem(tr("Chosen for variety"), "")
        for species in Species:
            self.species.addItem(species_words(species).capitalize(), species.value)
        self.how_met = QLineEdit()
        self.how_met.setAccessibleName(tr("How you met"))
        self.topics = TopicsField(session.garden.topics())
        self.notes = QPlainTextEdit()
        self.notes.setAccessibleName(tr("Notes"))
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.notes.fontMetrics().lineSpacing() * 5 + 12)
        self.error = ErrorLabel()

        form = QFormLayout()
        form.addRow(tr("&Name"), self.name)
        form.addRow("", self.name_error)
        form.addRow(tr("Nic&kname"), self.nickname)
        form.addRow(tr("&Circle"), self.circle)
        form.addRow(tr("&Rhythm"), self.cadence)
        form.addRow(tr("&Birthday"), self.birthday)
        form.addRow("", self.birthday_error)
        form.addRow(tr("&Plant"), self.species)
        form.addRow(tr("How you &met"), self.how_met)
        form.addRow(tr("&Topics you share"), self.topics)
        form.addRow(tr("N&otes"), self.notes)
        fields = (
            self.name,
            self.nickname,
            self.circle,
            self.cadence,
            self.birthday,
            self.species,
            self.how_met,
            self.topics,
            self.notes,
        )
        label_buddies(form, [(field, field) for field in fields])
        self.buttons, self.save_button = save_cancel(self, self.on_save)
        column = QVBoxLayout(self)
        column.addLayout(form)
        column.addWidget(self.error)
        column.addWidget(self.buttons)

        if person is not None:
            self._fill(person)
        self.name.textChanged.connect(self.on_validate)
        self.birthday.textChanged.connect(self.on_validate)
        self.on_validate()
        self.name.setFocus()

    def _fill(self, person: Person) -> None:
        self.name.setText(person.name)
        self.nickname.setText(person.nickname)
        self.circle.setCurrentIndex(self.circle.findData(person.circle.value))
        self.cadence.setValue(person.cadence_override or 0)
        if person.birthday is not None:
            # Shown as typed: MM-DD when the year is not known.
            self.birthday.setText(person.birthday.iso().removeprefix("--"))
        self.species.setCurrentIndex(self.species.findData(person.species.value))
        self.how_met.setText(person.how_met)
        self.topics.set_topic_list(person.topics)
        self.notes.setPlainText(person.notes)

    def _birthday(self) -> Birthday | None:
        text = self.birthday.text().strip()
        return parse_birthday(text) if text else None

    def on_validate(self) -> bool:
        ok = True
        if not self.name.text().strip():
            self.name_error.setText(tr("A name, please: it goes under their plant."))
            self.name_error.setVisible(self.name.isModified() or self.person is not None)
            ok = False
        else:
            self.name_error.hide()
        try:
            self._birthday()
            self.birthday_error.hide()
        except DateError as exc:
            self.birthday_error.setText(str(exc))
            self.birthday_error.show()
            ok = False
        self.save_button.setEnabled(ok)
        return ok

    def values(self) -> dict[str, Any]:
        return {
            "name": self.name.text(),
            "nickname": self.nickname.text(),
            "circle": Circle(self.circle.currentData()),
            "birthday": self._birthday(),
            "how_met": self.how_met.text(),
            "notes": self.notes.toPlainText(),
            "topics": self.topics.topics(),
        }

    def on_save(self) -> None:
        if not self.on_validate():
            self.name_error.setVisible(not self.name.text().strip())
            return
        values = self.values()
        cadence = self.cadence.value() or None
        species = self.species.currentData()
        garden = self.session.garden
        try:
            if self.person is None:
                change = self.session.apply(
                    lambda: garden.add_person(
                        cadence=cadence, species=Species(species) if species else None, **values
                    )
                )
            else:
                pid = self.person.id
                change = self.session.apply(
                    lambda: garden.edit_person(
                        pid, cadence_override=cadence, species=Species(species), **values
                    )
                )
        except ValidationError as exc:
            self.error.say(exc.message)
            return
        if change is None:
            return
        self.change = change
        self.accept()

    @classmethod
    def ask(
        cls, session: GardenSession, parent: QWidget | None = None, person: Person | None = None
    ) -> Change | None:
        dialog = cls(session, person, parent)
        dialog.exec()
        return dialog.change
