"""The window's language choice, the recovery offer at start-up, the person page's
things to share."""

from __future__ import annotations

import argparse
import shutil
import tempfile
from pathlib import Path
from types import SimpleNamespace
from typing import cast

from garden.services.garden import Garden
from garden.services.reminders import Reminders
from garden.store.paths import database_path

from PySide6.QtCore import QSettings

from ui.app import GardenApp, _open_garden, language_choice
from ui.i18n import LANGUAGE_KEY
from ui.instance import GardenInstance, server_name
from ui.recovery import Recovery

#: A shell that holds no one-app claim (the claim is tested below).
_NO_CLAIM = cast(GardenApp, SimpleNamespace(instance=None))


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
    garden = _open_garden(_args(data_dir=str(data_dir)), clock, _NO_CLAIM)
    assert not isinstance(garden, int) and offered
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
    assert _open_garden(_args(data_dir=str(data_dir)), clock, _NO_CLAIM) == 1
    assert database_path(data_dir).read_bytes() == b"\0" * 64


def test_opening_another_folder_moves_the_one_app_claim_there(
    qtbot, qapp, monkeypatch, tmp_path: Path, clock, settings
):
    runtime = Path(tempfile.mkdtemp(prefix="rg-run-"))  # short, for the socket path
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    broken, other = tmp_path / "broken", tmp_path / "other"
    broken.mkdir()
    database_path(broken).write_bytes(b"garbage" * 30)
    with Garden.open(other, clock) as garden:
        garden.add_person("Zoë")
    first = GardenInstance.claim(broken)
    assert isinstance(first, GardenInstance)
    shell = GardenApp(qapp, clock, settings, instance=first)
    monkeypatch.setattr(Recovery, "ask", lambda self, problem, backup: Recovery.OTHER_FOLDER)
    monkeypatch.setattr(Recovery, "choose_folder", lambda self: str(other))
    try:
        garden = _open_garden(_args(data_dir=str(broken)), clock, shell)
        assert not isinstance(garden, int)
        assert [p.name for p in garden.people()] == ["Zoë"]
        garden.close()
        assert shell.instance is not None and shell.instance.name == server_name(other)
        # The broken garden's folder is free again: another window may claim it.
        again = GardenInstance.claim(broken, starting_ms=200)
        assert isinstance(again, GardenInstance)
        again.close()
    finally:
        shell.shutdown()
        shutil.rmtree(runtime, ignore_errors=True)


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
