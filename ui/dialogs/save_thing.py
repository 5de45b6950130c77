"""Save something to share with someone ("Save clipboard for…" in the tray).

A song, a recipe, a link: the text comes prefilled (from the clipboard), the user picks
the person by name and saves. It then shows up on their page and in their reminders.
"""

from __future__ import annotations

from garden.domain.model import Person
from garden.services.changes import Change
from garden.services.garden import NotFoundError, ValidationError
from garden.services.reminders import MAX_THING, Reminders

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import tr
from ui.session import GardenSession
from ui.widgets.fields import PersonField
from ui.widgets.forms import ErrorLabel, label_buddies, save_cancel


class SaveThingDialog(QDialog):
    """Who to share it with, and what."""

    def __init__(
        self,
        session: GardenSession,
        text: str = "",
        person: Person | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.change: Change | None = None
        self.setWindowTitle(tr("Save something to share"))
        self.setAccessibleName(self.windowTitle())
        self.setModal(True)
        self.who = PersonField(session.garden.people())
        self.who.setPlaceholderText(tr("Who would enjoy it? A name or nickname"))
        self.who.setAccessibleName(tr("Save it for"))
        self.text = QPlainTextEdit()
        self.text.setAccessibleName(tr("What to share"))
        self.text.setPlaceholderText(tr("A song, a recipe, a link, a meme…"))
        self.text.setTabChangesFocus(True)
        # Only the start of a very long clipboard: this is for things to share, not files.
        self.text.setPlainText(text.strip()[:MAX_THING])
        self.text.setFixedHeight(self.text.fontMetrics().lineSpacing() * 5 + 12)
        self.error = ErrorLabel()
        form = QFormLayout()
        form.addRow(tr("&For"), self.who)
        form.addRow(tr("&What"), self.text)
        label_buddies(form, [(self.who, self.who), (self.text, self.text)])
        self.buttons, _save = save_cancel(self, self.on_save, tr("Save it for them"))
        column = QVBoxLayout(self)
        column.addLayout(form)
        column.addWidget(self.error)
        column.addWidget(self.buttons)
        self.resize(420, self.sizeHint().height())
        if person is not None:
            self.who.set_person(person)
            self.text.setFocus()
        else:
            self.who.setFocus()

    def on_save(self) -> None:
        person = self.who.person()
        if person is None:
            typed = self.who.text().strip()
            self.error.say(
                tr("No one matches “{name}”.").format(name=typed)
                if typed
                else tr("Who would you like to share it with?"),
                self.who,
            )
            return
        reminders = Reminders(self.session.garden)
        text = self.text.toPlainText()
        try:
            change = self.session.apply(lambda: reminders.save_thing(person.id, text))
        except ValidationError as exc:
            self.error.say(exc.message, self.text if exc.field == "text" else self.who)
            return
        except NotFoundError as exc:
            self.error.say(str(exc), self.who)
            return
        if change is None:
            self.error.say(tr("It could not be saved; see the message in the window."), self.text)
            return
        self.change = change
        self.accept()

    @classmethod
    def ask(
        cls,
        session: GardenSession,
        parent: QWidget | None = None,
        text: str = "",
        person: Person | None = None,
    ) -> Change | None:
        """Show the dialog with `text` prefilled; the change it made, or None."""
        dialog = cls(session, text, person, parent)
        dialog.exec()
        return dialog.change
