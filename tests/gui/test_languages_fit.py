"""The window in Italian and in English, at the usual and at a large font size: every
word is translated, and no label or button is cut short.

Italian runs longer than English and a large system font makes everything wider; a
control drawn smaller than its own size hint, or cut by a parent that does not scroll
sideways, is a clipped word (`tests.helpers.clipping`).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from garden.services.reminders import Reminders
from tests.gui.conftest import make_window
from tests.helpers.clipping import clipped_widgets

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from ui import i18n
from ui.dialogs.data import ExportDialog
from ui.dialogs.person_dialog import PersonDialog
from ui.dialogs.quick_log import QuickLogDialog
from ui.dialogs.reminder_settings import ReminderSettingsDialog
from ui.dialogs.save_thing import SaveThingDialog
from ui.snapshot.dialog import SnapshotDialog

LANGUAGES = ("en", "it")
#: The usual 10 pt, and a large 15 pt (a setting people with low vision choose).
FONT_POINTS = (None, 15.0)


@pytest.fixture(params=LANGUAGES)
def language(request, qapp, monkeypatch) -> Iterator[str]:
    monkeypatch.setenv("LANGUAGE", "en")  # set_language writes it; put it back after
    code = i18n.set_language(request.param)
    yield code
    i18n.set_language("en")


@pytest.fixture(params=FONT_POINTS, ids=["usual-font", "large-font"])
def font_size(request, qapp) -> Iterator[float | None]:
    usual = QFont(QApplication.font())
    if request.param is not None:
        large = QFont(usual)
        large.setPointSizeF(request.param)
        QApplication.setFont(large)
    yield request.param
    QApplication.setFont(usual)


def _assert_fits(widget: QWidget, where: str) -> None:
    clipped = clipped_widgets(widget)
    assert clipped == [], f"{where}: {clipped}"


def test_the_window_fits_its_words(qtbot, language, font_size, demo_garden, settings):
    window = make_window(qtbot, demo_garden, settings, size=(1280, 820))
    _assert_fits(window, "garden")
    window.open_person(window.canvas.layout_.slots[0].person_id)
    page = window.person_page
    qtbot.waitUntil(lambda: page.chart is not None and page.chart.view.figure is not None)
    _assert_fits(window, "person page")
    window.show_year()
    _assert_fits(window, "year page")


def _show(qtbot, dialog: QDialog) -> QDialog:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_the_dialogs_fit_their_words(qtbot, language, font_size, window):
    session = window.session
    garden = session.garden
    person = next(iter(garden.people()))
    Reminders(garden).save_thing(person.id, "the focaccia recipe")
    dialogs = {
        "quick log": QuickLogDialog(session, person),
        "new person": PersonDialog(session),
        "edit person": PersonDialog(session, person),
        "reminders": ReminderSettingsDialog(session, environ={"XDG_CONFIG_HOME": "/nowhere"}),
        "save a thing": SaveThingDialog(session, "a book", person),
        "export": ExportDialog(),
        "snapshot": SnapshotDialog(garden),
    }
    for name, dialog in dialogs.items():
        _show(qtbot, dialog)
        _assert_fits(dialog, name)
        dialog.close()


def test_the_italian_window_speaks_italian(qtbot, qapp, monkeypatch, small_garden, settings):
    monkeypatch.setenv("LANGUAGE", "en")
    i18n.set_language("it")
    try:
        window = make_window(qtbot, small_garden, settings)
        menus = [action.text() for action in window.menuBar().actions()]
        assert "&Modifica" in menus and "&Visualizza" in menus, menus
        assert window.undo_action.text() == "&Annulla"
        assert window.today_dock.windowTitle() == "Oggi"
        window.open_person(window.canvas.layout_.slots[0].person_id)
        assert window.person_page.log_button.text() != "&Log a moment…"
        assert window.person_page.things.show_shared.text() != "Show shared ones"
    finally:
        i18n.set_language("en")
