"""Things to share and snoozes on a person's page, things ticked off in the quick log, and
"Save clipboard for…": every change undoable, mistakes shown where they were made."""

from __future__ import annotations

import datetime as dt

import pytest

from garden.domain.model import Circle
from garden.services.garden import Garden
from garden.services.reminders import Reminders
from tests.conftest import TODAY

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from ui.dialogs.quick_log import QuickLogDialog
from ui.dialogs.save_thing import SaveThingDialog
from ui.person.things import ThingsToShare, first_link
from ui.session import GardenSession


@pytest.fixture
def session(small_garden: Garden) -> GardenSession:
    return GardenSession(small_garden)


@pytest.fixture
def things(qtbot, session: GardenSession) -> ThingsToShare:
    widget = ThingsToShare(session)
    qtbot.addWidget(widget)
    widget.show_person(session.garden.find("Giulia").id)
    widget.show()
    return widget


def listed(widget: ThingsToShare) -> list[str]:
    return [widget.list.item(i).text() for i in range(widget.list.count())]


def giulia(session: GardenSession) -> int:
    return session.garden.find("Giulia").id


def test_saving_a_thing_by_typing_and_enter_and_undoing_it(qtbot, things, session):
    assert things.empty.isVisible() and not things.list.isVisible()
    qtbot.keyClicks(things.new_thing, "the focaccia recipe")
    qtbot.keyClick(things.new_thing, Qt.Key.Key_Return)
    assert listed(things) == ["the focaccia recipe"]
    assert things.new_thing.text() == ""
    (saved,) = Reminders(session.garden).things_to_share(giulia(session))
    assert saved.text == "the focaccia recipe"
    # It shows in the reminder about her at once.
    (reminder,) = Reminders(session.garden).today().reminders
    assert "you saved “the focaccia recipe” to share" in reminder.sentence
    session.undo_stack.undo()
    assert listed(things) == []
    assert Reminders(session.garden).things_to_share(giulia(session)) == []


def test_an_empty_thing_is_refused_next_to_the_field(qtbot, things, session):
    qtbot.keyClicks(things.new_thing, "   ")
    things.on_add()
    assert things.error.isVisible() and "Write something" in things.error.text()
    assert Reminders(session.garden).things_to_share(giulia(session)) == []


def test_ticking_a_thing_as_shared_takes_it_off_the_list_until_shown(qtbot, things, session):
    reminders = Reminders(session.garden)
    for text in ("a fado song", "the focaccia recipe"):
        session.apply(lambda text=text: reminders.save_thing(giulia(session), text))
    assert listed(things) == ["a fado song", "the focaccia recipe"]
    item = things.list.item(0)
    item.setCheckState(Qt.CheckState.Checked)  # what a click on the box does
    qtbot.waitUntil(lambda: listed(things) == ["the focaccia recipe"], timeout=2000)
    shared = reminders.things_to_share(giulia(session), include_shared=True)
    assert [t.shared for t in shared] == [True, False]

    things.show_shared.setChecked(True)
    assert listed(things) == ["a fado song", "the focaccia recipe"]
    assert things.list.item(0).checkState() == Qt.CheckState.Checked
    assert things.list.item(0).font().strikeOut()
    # Ticked by mistake: untick it, and it is waiting again.
    things.list.item(0).setCheckState(Qt.CheckState.Unchecked)
    qtbot.waitUntil(
        lambda: not reminders.things_to_share(giulia(session), include_shared=True)[0].shared,
        timeout=2000,
    )
    session.undo_stack.undo()  # undo the untick
    assert reminders.things_to_share(giulia(session), include_shared=True)[0].shared


def test_editing_deleting_copying_and_opening_a_link(qtbot, things, session, monkeypatch):
    reminders = Reminders(session.garden)
    session.apply(lambda: reminders.save_thing(giulia(session), "that song"))
    things.list.setCurrentRow(0)
    assert not things.open_button.isEnabled(), "no link in it"
    monkeypatch.setattr(
        things, "ask_text", lambda title, text: (text + " https://example.org/fado.", True)
    )
    things.edit_button.click()
    assert listed(things) == ["that song https://example.org/fado."]
    things.list.setCurrentRow(0)
    assert things.open_button.isEnabled()
    opened: list[str] = []
    monkeypatch.setattr(
        "ui.person.things.QDesktopServices.openUrl", lambda url: opened.append(url.toString())
    )
    things.open_button.click()
    assert opened == ["https://example.org/fado"]
    things.copy_button.click()
    assert QApplication.clipboard().text() == "that song https://example.org/fado."

    things.list.setFocus()
    qtbot.keyClick(things.list, Qt.Key.Key_Delete)
    assert listed(things) == []
    session.undo_stack.undo()
    assert listed(things) == ["that song https://example.org/fado."]


def test_first_link_finds_web_addresses():
    assert first_link("listen: https://example.org/a?b=1, really") == "https://example.org/a?b=1"
    assert first_link("see www.example.org.") == "https://www.example.org"
    assert first_link("no link here") is None


def test_snoozing_for_a_week_and_bringing_back(qtbot, things, session):
    reminders = Reminders(session.garden)
    assert things.snooze_state.text() == "In your reminders."
    assert not things.unsnooze_button.isVisible()
    things.snooze_week.trigger()
    assert reminders.snoozed_until(giulia(session)) == TODAY + dt.timedelta(days=7)
    assert things.snooze_state.text() == (
        "No reminders about Giuli until Thursday 3 December: they are back that day."
    )
    assert things.unsnooze_button.isVisible()
    assert reminders.today().empty, "nobody else needs a message today"
    things.unsnooze_button.click()
    assert reminders.snoozed_until(giulia(session)) is None
    assert not reminders.today().empty
    session.undo_stack.undo()  # the unsnooze
    assert reminders.snoozed_until(giulia(session)) == TODAY + dt.timedelta(days=7)
    assert "until Thursday 3 December" in things.snooze_state.text()


def test_snoozing_until_a_chosen_day_or_for_a_day(things, session, monkeypatch):
    reminders = Reminders(session.garden)
    monkeypatch.setattr(things, "ask_day", lambda person: dt.date(2027, 1, 6))
    things.snooze_until.trigger()
    assert reminders.snoozed_until(giulia(session)) == dt.date(2027, 1, 6)
    assert "Wednesday 6 January" in things.snooze_state.text()
    monkeypatch.setattr(things, "ask_day", lambda person: None)  # cancelled
    things.snooze_until.trigger()
    assert reminders.snoozed_until(giulia(session)) == dt.date(2027, 1, 6)
    things.snooze_day.trigger()
    assert reminders.snoozed_until(giulia(session)) == TODAY + dt.timedelta(days=1)


def test_an_archived_person_keeps_their_things_but_takes_no_new_ones(things, session):
    reminders = Reminders(session.garden)
    session.apply(lambda: reminders.save_thing(giulia(session), "a postcard"))
    session.apply(lambda: session.garden.archive_person(giulia(session)))
    assert listed(things) == ["a postcard"]
    assert not things.new_thing.isEnabled() and not things.add_button.isEnabled()
    assert not things.snooze_button.isVisible()


def test_a_deleted_person_empties_the_widget(things, session):
    session.apply(lambda: session.garden.delete_person(giulia(session)))
    assert things.person_id is None and listed(things) == []


# --- the quick log --------------------------------------------------------------------------


def test_quick_log_ticks_off_things_shared_in_the_same_undoable_step(qtbot, session):
    reminders = Reminders(session.garden)
    for text in ("a fado song", "the focaccia recipe"):
        session.apply(lambda text=text: reminders.save_thing(giulia(session), text))
    person = session.garden.person(giulia(session))
    dialog = QuickLogDialog(session, person)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.shared.isVisible()
    assert [b.text() for b in dialog.shared_boxes.values()] == [
        "a fado song",
        "the focaccia recipe",
    ]
    next(iter(dialog.shared_boxes.values())).setChecked(True)
    dialog.on_save()
    assert dialog.result() == QuickLogDialog.DialogCode.Accepted
    waiting = reminders.things_to_share(giulia(session))
    assert [t.text for t in waiting] == ["the focaccia recipe"]
    (moment,) = [m for m in session.garden.interactions(giulia(session)) if m.on == TODAY]
    shared = reminders.things_to_share(giulia(session), include_shared=True)[0]
    assert shared.shared_at == moment.created
    session.undo_stack.undo()
    assert len(reminders.things_to_share(giulia(session))) == 2
    assert all(m.on != TODAY for m in session.garden.interactions(giulia(session)))


def test_quick_log_shows_the_boxes_of_whoever_is_chosen(qtbot, session):
    reminders = Reminders(session.garden)
    session.apply(lambda: reminders.save_thing(giulia(session), "a fado song"))
    dialog = QuickLogDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.shared.isVisible(), "nobody chosen yet"
    qtbot.keyClicks(dialog.who, "marco")
    assert not dialog.shared.isVisible(), "nothing saved for Marco"
    dialog.who.set_person(session.garden.person(giulia(session)))
    assert dialog.shared.isVisible() and len(dialog.shared_boxes) == 1
    # Editing an old moment never ticks things off.
    (old,) = session.garden.interactions(giulia(session))
    editing = QuickLogDialog(session, moment=old)
    qtbot.addWidget(editing)
    editing.show()
    assert not editing.shared.isVisible()


# --- save clipboard for… -------------------------------------------------------------------


def test_save_thing_dialog_asks_who_and_refuses_nobody(qtbot, session):
    dialog = SaveThingDialog(session, "  https://example.org/recipe \n")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.text.toPlainText() == "https://example.org/recipe"
    dialog.on_save()
    assert dialog.error.isVisible() and "Who would you like" in dialog.error.text()
    qtbot.keyClicks(dialog.who, "Nobody Atall")
    dialog.on_save()
    assert "No one matches “Nobody Atall”" in dialog.error.text()
    dialog.who.set_person(session.garden.find("Zoë"))
    dialog.text.setPlainText("")
    dialog.on_save()
    assert "Write something to share" in dialog.error.text()
    assert dialog.change is None
    dialog.text.setPlainText("https://example.org/recipe")
    dialog.on_save()
    assert dialog.change is not None
    zoe = session.garden.find("Zoë").id
    assert [t.text for t in Reminders(session.garden).things_to_share(zoe)] == [
        "https://example.org/recipe"
    ]


def test_save_thing_dialog_leaves_out_archived_people(qtbot, session, small_garden: Garden):
    marco = small_garden.find("Marco").id
    small_garden.archive_person(marco)
    small_garden.add_person("Marta Neri", circle=Circle.FRIENDS)
    dialog = SaveThingDialog(session, "a book")
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.who, "mar")
    person = dialog.who.person()
    assert person is not None and person.name == "Marta Neri"
