"""File → Import…, Export…, Backups…, and what the window does with a garden that will
not open."""

from __future__ import annotations

import stat
from pathlib import Path

from garden.domain.model import Circle
from garden.services.garden import Garden
from garden.store.paths import database_path

from PySide6.QtWidgets import QDialog, QMessageBox

from ui.dialogs.data import BackupsDialog, ImportPreview, export_file, import_file
from ui.recovery import Recovery

VCARD = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Léa Dubois\r\nBDAY:--0517\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Giulia Rossi\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ravi Sharma\r\nNOTE:met in Pune\r\nEND:VCARD\r\n"
)


def test_import_previews_then_plants_and_can_be_undone(qtbot, window, tmp_path, monkeypatch):
    file = tmp_path / "contacts.vcf"
    file.write_text(VCARD, encoding="utf-8")
    seen: dict[str, object] = {}

    def accept(dialog: ImportPreview) -> int:
        seen["new"] = [dialog.new_list.item(i).text() for i in range(dialog.new_list.count())]
        seen["existing"] = dialog.existing_list.item(0).text()
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(ImportPreview, "exec", accept)
    garden = window.session.garden
    before = len(garden.people())
    assert import_file(window.session, window, str(file))
    assert seen["new"] == ["Léa Dubois", "Ravi Sharma"]
    assert "Giulia Rossi" in str(seen["existing"])  # already in the garden: skipped
    people = {p.name: p for p in garden.people()}
    assert len(people) == before + 2 and people["Léa Dubois"].circle is Circle.MEADOW
    assert "Ravi Sharma" in {p.name for p in window.canvas.people().values()}
    window.undo_action.trigger()
    assert len(garden.people()) == before


def test_a_broken_file_imports_nothing_and_says_why(qtbot, window, tmp_path, monkeypatch):
    file = tmp_path / "broken.csv"
    file.write_bytes(b"\xff\xfe\x00garbage\x00\x00")
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warnings.append(text))
    before = window.session.garden.people()
    assert not import_file(window.session, window, str(file))
    assert warnings and "broken.csv" in warnings[0]
    assert window.session.garden.people() == before


def test_export_writes_a_private_file(qtbot, window, tmp_path):
    out = tmp_path / "garden.json"
    written = export_file(window.session, window, "json", str(out))
    assert written == str(out)
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert "Giulia Rossi" in out.read_text(encoding="utf-8")


def test_backups_dialog_backs_up_and_restores(qtbot, window):
    garden = window.session.garden
    dialog = BackupsDialog(window.session, window)
    qtbot.addWidget(dialog)
    count = dialog.table.topLevelItemCount()
    dialog.on_back_up_now()
    assert dialog.table.topLevelItemCount() == count + 1
    backup = garden.backups()[0]
    added = garden.add_person("Someone New")
    window.session.apply(lambda: added)
    assert "Someone New" in {p.name for p in window.canvas.people().values()}
    assert dialog.restore(backup)
    assert "Someone New" not in {p.name for p in garden.people()}
    assert "Someone New" not in {p.name for p in window.canvas.people().values()}
    assert not window.session.undo_stack.canUndo()


def test_a_garden_that_will_not_open_is_restored_from_a_backup(qtbot, data_dir, clock):
    with Garden.open(data_dir, clock) as garden:
        garden.add_person("Giulia Rossi")
        garden.make_backup()
    path = database_path(data_dir)
    for extra in ("-wal", "-shm"):
        Path(str(path) + extra).unlink(missing_ok=True)
    path.write_bytes(b"")  # truncated to nothing by a crash
    recovery = Recovery()
    asked: list[str] = []
    recovery.ask = lambda problem, backup: asked.append(problem) or Recovery.RESTORE
    garden = recovery.open(data_dir, clock)
    assert garden is not None
    assert "empty (0 bytes)" in asked[0]
    assert [p.name for p in garden.people()] == ["Giulia Rossi"]
    set_aside = [p for p in data_dir.iterdir() if "set-aside" in p.name]
    assert set_aside and set_aside[0].read_bytes() == b""
    garden.close()


def test_quitting_from_the_recovery_offer_leaves_the_file_alone(qtbot, data_dir, clock):
    data_dir.mkdir(parents=True)
    path = database_path(data_dir)
    path.write_bytes(b"garbage" * 30)
    recovery = Recovery()
    recovery.ask = lambda problem, backup: Recovery.QUIT
    assert recovery.open(data_dir, clock) is None
    assert path.read_bytes() == b"garbage" * 30


def test_another_folder_can_be_opened_instead(qtbot, data_dir, tmp_path, clock):
    data_dir.mkdir(parents=True)
    database_path(data_dir).write_bytes(b"garbage" * 30)
    other = tmp_path / "other"
    with Garden.open(other, clock) as garden:
        garden.add_person("Zoë")
    recovery = Recovery()
    recovery.ask = lambda problem, backup: Recovery.OTHER_FOLDER
    recovery.choose_folder = lambda: str(other)
    garden = recovery.open(data_dir, clock)
    assert garden is not None and [p.name for p in garden.people()] == ["Zoë"]
    garden.close()
