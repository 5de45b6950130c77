"""Line edits that complete: a person by name (fuzzy, accents ignored) and topic lists."""

from __future__ import annotations

from collections.abc import Sequence

from garden.domain.model import Person
from garden.domain.names import name_key, rank
from garden.domain.words import circle_words

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from ui.i18n import tr


class PersonField(QLineEdit):
    """Type a name, nickname or a few letters; the best matches pop up as you type."""

    person_changed = Signal(object)  # Person | None

    def __init__(self, people: Sequence[Person] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(tr("Who? A name or nickname"))
        self.setAccessibleName(tr("Person"))
        self.setClearButtonEnabled(True)
        self._people: list[Person] = list(people)
        self._shown: dict[str, Person] = {}
        self._person: Person | None = None
        self._model = QStringListModel(self)
        self._completer = QCompleter(self._model, self)
        self._completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._completer.setMaxVisibleItems(8)
        self._completer.setWidget(self)
        self._completer.activated.connect(self.on_completion_activated)
        self.textEdited.connect(self.on_text_edited)

    def person(self) -> Person | None:
        """The chosen person: picked from the list, or the single best match of the text."""
        if self._person is not None and self.text() == self._label(self._person):
            return self._person
        matches = rank(self.text(), self._people, limit=2)
        if not matches:
            return None
        top = matches[0]
        key = name_key(self.text())
        exact = key in (name_key(top.name), name_key(top.nickname))
        if exact or len(matches) == 1:
            return top
        return None

    def set_person(self, person: Person | None) -> None:
        self._person = person
        self.setText(self._label(person) if person else "")
        self.person_changed.emit(person)

    @staticmethod
    def _label(person: Person) -> str:
        return person.name

    def on_text_edited(self, text: str) -> None:
        self._person = None
        found = rank(text, self._people, limit=8) if text.strip() else []
        self._shown = {self._choice(p): p for p in found}
        labels = list(self._shown)
        self._model.setStringList(labels)
        popup = self._completer.popup()
        if labels:
            self._completer.complete()
            if popup is not None:
                popup.setCurrentIndex(self._model.index(0, 0))
        elif popup is not None:
            popup.hide()
        self.person_changed.emit(self.person())

    @staticmethod
    def _choice(person: Person) -> str:
        nickname = f" ({person.nickname})" if person.nickname else ""
        return f"{person.name}{nickname} · {circle_words(person.circle)} #{person.id}"

    def on_completion_activated(self, label: str) -> None:
        person = self._shown.get(label)
        if person is not None:
            self.set_person(person)


class TopicsField(QLineEdit):
    """Comma-separated topics; the topic being typed completes from those already used."""

    def __init__(self, topics: Sequence[str] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(tr("Topics, separated by commas"))
        self.setAccessibleName(tr("Topics"))
        self._model = QStringListModel(list(topics), self)
        self._completer = QCompleter(self._model, self)
        self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self._completer.setWidget(self)
        self._completer.activated.connect(self.on_completion_activated)
        self.textEdited.connect(self.on_text_edited)

    def set_topics(self, topics: Sequence[str]) -> None:
        self._model.setStringList(list(topics))

    def topics(self) -> list[str]:
        return [t.strip() for t in self.text().split(",") if t.strip()]

    def set_topic_list(self, topics: Sequence[str]) -> None:
        self.setText(", ".join(topics))

    def _current_token(self) -> str:
        return self.text()[: self.cursorPosition()].split(",")[-1].strip()

    def on_text_edited(self, _text: str) -> None:
        token = self._current_token()
        popup = self._completer.popup()
        if token:
            self._completer.setCompletionPrefix(token)
        if token and self._completer.completionCount():
            self._completer.complete()
        elif popup is not None:
            popup.hide()

    def on_completion_activated(self, topic: str) -> None:
        before = self.text()[: self.cursorPosition()]
        after = self.text()[self.cursorPosition() :]
        head = before.rsplit(",", 1)[0] + ", " if "," in before else ""
        self.setText(f"{head}{topic}, {after.lstrip(', ')}".rstrip())
        self.setCursorPosition(len(head) + len(topic) + 2)
