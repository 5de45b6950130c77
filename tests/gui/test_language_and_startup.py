"""The window's language choice, the recovery offer at start-up, the person page's
things to share."""

from __future__ import annotations

import argparse
from pathlib import Path

from garden.services.garden import Garden
from garden.services.reminders import Reminders
from garden.store.paths import database_path

from PySide6.QtCore import QSettings

from ui.app import _open_garden, language_choice
from ui.i18n import LANGUAGE_KEY
from ui.recovery import Recovery


def _args(**values) -> argparse.Namespace:
    return argparse.Namespace(**{"lang": None, "data_dir": None, **values})


def test_the_language_comes_from_lang_then_the_environment_then_the_setting(
    monkeypatch, settings: QSettings
):
    monkeypatch.delenv("GARDEN_LANG", raising=False)
    assert language_choice(_args(), settings) is None  # the system's
    settings.setValue(LANGUAGE_KEY, "it")
    assert language_choice(_args(), settings) == "it"
    assert language_choice(_args(lang="en"), settings) == "en"
    monkeypatch.setenv("GARDEN_LANG", "en")
    assert language_choice(_args(), settings) is None  # garden.i18n reads GARDEN_LANG
    monkeypatch.delenv("GARDEN_LANG")
    settings.setValue(LANGUAGE_KEY, "klingon")  # an edited settings file
    assert language_choice(_args(), settings) is None


def test_view_language_remembers_the_choice_for_the_next_start(qtbot, window, settings):
    actions = window.language_actions
    assert actions[""].isChecked()  # nothing chosen: follow the system
    actions["it"].trigger()
    assert settings.value(LANGUAGE_KEY) == "it"
    assert "next time" in window.status.text()
    assert actions["it"].isChecked() and not actions["en"].isChecked()
    actions[""].trigger()
    assert settings.value(LANGUAGE_KEY) is None


def test_a_garden_that_will_not_open_at_start_up_offers_its_backup(
    qtbot, monkeypatch, data_dir: Path, clock
):
    with Garden.open(data_dir, clock) as garden:
        garden.add_person("Giulia Rossi")
        garden.make_backup()
    path = database_path(data_dir)
    for extra in ("-wal", "-shm"):
        Path(str(path) + extra).unlink(missing_ok=True)
    path.write_bytes(b"not a garden" * 10)
    offered: list[str] = []

    def ask(self, problem, backup):
        offered.append(problem)
        return Recovery.RESTORE if backup is not None else Recovery.QUIT

    monkeypatch.setattr(Recovery, "ask", ask)
    garden = _open_garden(_args(data_dir=str(data_dir)), clock)
    assert garden is not None and offered
    try:
        assert [p.name for p in garden.people()] == ["Giulia Rossi"]
    finally:
        garden.close()
    # The unreadable file was set aside, byte for byte, not overwritten.
    set_aside = [p for p in data_dir.iterdir() if "set-aside" in p.name]
    assert set_aside and set_aside[0].read_bytes() == b"not a garden" * 10


def test_quitting_the_recovery_offer_opens_nothing(qtbot, monkeypatch, data_dir: Path, clock):
    data_dir.mkdir(parents=True)
    database_path(data_dir).write_bytes(b"\0" * 64)
    monkeypatch.setattr(Recovery, "ask", lambda self, problem, backup: Recovery.QUIT)
    assert _open_garden(_args(data_dir=str(data_dir)), clock) is None
    assert database_path(data_dir).read_bytes() == b"\0" * 64


def test_the_person_page_lists_things_to_share_for_whoever_it_shows(qtbot, window):
    garden = window.session.garden
    people = {p.name: p.id for p in garden.people()}
    reminders = Reminders(garden)
    window.session.apply(
        lambda: reminders.save_thing(people["Giulia Rossi"], "the focaccia recipe")
    )
    window.open_person(people["Giulia Rossi"])
    things = window.person_page.things
    assert things.isVisible()
    assert [things.list.item(i).text() for i in range(things.list.count())] == [
        "the focaccia recipe"
    ]
    assert things.actions_row.isVisible()
    window.open_person(people["Marco Bianchi"])
    assert things.person_id == people["Marco Bianchi"]
    assert things.list.count() == 0 and things.empty.isVisible()
    assert not things.actions_row.isVisible()
