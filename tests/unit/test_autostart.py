"""Start at login: the XDG autostart entry is written in one step, readable as a desktop
entry, found where desktops look for it, and removed again."""

from __future__ import annotations

import shutil
import stat
import subprocess
from pathlib import Path

import pytest

from garden.services import autostart
from garden.store.atomic import FileWriteError


@pytest.fixture
def environ(tmp_path: Path) -> dict[str, str]:
    return {"XDG_CONFIG_HOME": str(tmp_path / "config"), "HOME": str(tmp_path / "home")}


def unquote_exec(value: str) -> list[str]:
    """Read an Exec value back as the Desktop Entry specification says a desktop does:
    string escapes first (`\\\\` is one backslash), then arguments split at spaces,
    where a double-quoted one has `\\"`, `\\``, `\\$` and `\\\\` escaped; then `%%` is `%`."""
    text = value.replace("\\\\", "\\")
    args: list[str] = []
    current: str | None = None
    i = 0
    while i < len(text):
        ch = text[i]
        if ch == " ":
            if current is not None:
                args.append(current)
            current = None
        elif ch == '"':
            current = current or ""
            i += 1
            while text[i] != '"':
                if text[i] == "\\" and text[i + 1] in '"`$\\':
                    i += 1
                current += text[i]
                i += 1
        else:
            current = (current or "") + ch
        i += 1
    if current is not None:
        args.append(current)
    return [arg.replace("%%", "%") for arg in args]


def test_the_entry_goes_to_xdg_config_home_autostart(environ):
    path = autostart.enable(["/usr/bin/garden", "--in-tray"], environ)
    assert path == Path(environ["XDG_CONFIG_HOME"]) / "autostart" / "relationship-garden.desktop"
    assert autostart.is_enabled(environ)
    text = path.read_text(encoding="utf-8")
    assert text.startswith("[Desktop Entry]\n")
    assert "Type=Application\n" in text and "Exec=/usr/bin/garden --in-tray\n" in text
    assert "Name=Relationship Garden\n" in text


def test_without_xdg_config_home_it_goes_to_dot_config(tmp_path):
    home = tmp_path / "home"
    for value in ("", "relative/config"):  # a relative value is ignored, as the spec says
        env = {"HOME": str(home), "XDG_CONFIG_HOME": value}
        assert (
            autostart.autostart_file(env) == home / ".config/autostart/relationship-garden.desktop"
        )


def test_modes_new_folders_private_entry_readable(environ):
    path = autostart.enable(["/usr/bin/garden"], environ)
    assert stat.S_IMODE(path.stat().st_mode) == 0o644
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE(path.parent.parent.stat().st_mode) == 0o700
    # Nothing else is left behind in the folder (the write is one rename).
    assert [p.name for p in path.parent.iterdir()] == ["relationship-garden.desktop"]


def test_enabling_again_replaces_the_entry_and_disabling_removes_it(environ):
    autostart.enable(["/old/garden"], environ)
    path = autostart.enable(["/new/garden", "--in-tray"], environ)
    assert "Exec=/new/garden --in-tray\n" in path.read_text()
    assert autostart.disable(environ) is True
    assert not path.exists() and not autostart.is_enabled(environ)
    assert autostart.disable(environ) is False, "nothing to remove is fine"


@pytest.mark.parametrize("switch", ["Hidden=true", "X-GNOME-Autostart-enabled=false"])
def test_an_entry_switched_off_in_the_desktop_settings_counts_as_off(environ, switch):
    path = autostart.enable(["/usr/bin/garden"], environ)
    path.write_text(path.read_text().replace("X-GNOME-Autostart-enabled=true", switch))
    assert not autostart.is_enabled(environ)
    autostart.enable(["/usr/bin/garden"], environ)
    assert autostart.is_enabled(environ)


@pytest.mark.parametrize(
    "command",
    [
        ["/usr/bin/garden"],
        ["/home/zoë/My Apps/garden", "--data-dir", "/home/zoë/Garden files"],
        ['/opt/g"ar`d$en\\x/garden', "--data-dir", "100% mine; (really) #1 'ok'"],
    ],
)
def test_exec_quoting_reads_back_as_the_same_command(command):
    value = autostart.exec_line(command)
    assert "\n" not in value
    assert unquote_exec(value) == command


def test_exec_refuses_control_characters():
    with pytest.raises(ValueError):
        autostart.exec_line(["/usr/bin/garden", "--data-dir", "a\nb"])


def test_a_folder_that_cannot_be_made_is_a_clear_error(environ):
    config = Path(environ["XDG_CONFIG_HOME"])
    config.mkdir(parents=True)
    (config / "autostart").write_text("not a folder")
    with pytest.raises(FileWriteError, match="autostart"):
        autostart.enable(["/usr/bin/garden"], environ)
    assert not autostart.is_enabled(environ)


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="no desktop-file-utils")
def test_the_entry_is_a_valid_desktop_entry(environ):
    path = autostart.enable(
        ["/home/zoë/My Apps/garden", "--data-dir", "/a b/c", "--in-tray"], environ
    )
    result = subprocess.run(
        ["desktop-file-validate", str(path)], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_launch_command_finds_this_installation(tmp_path):
    script = tmp_path / "bin" / "garden"
    script.parent.mkdir()
    script.write_text("#!/bin/sh\n")
    python = tmp_path / "bin" / "python3"
    assert autostart.launch_command(argv0=str(script), executable="/x/python", frozen=False) == [
        str(script),
        "--in-tray",
    ]
    # Started some other way (python -m ui.launch): the script beside this Python.
    assert autostart.launch_command(argv0="-m", executable=str(python), frozen=False) == [
        str(script),
        "--in-tray",
    ]
    # A bundled app is its own program; another garden folder is passed on.
    assert autostart.launch_command(
        tmp_path / "g", argv0="x", executable="/Apps/Garden", frozen=True
    ) == ["/Apps/Garden", "--data-dir", str(tmp_path / "g"), "--in-tray"]


def test_launch_command_falls_back_to_python_running_the_launcher(tmp_path, monkeypatch):
    monkeypatch.setattr(autostart.shutil, "which", lambda name: None)
    python = str(tmp_path / "python3")
    assert autostart.launch_command(argv0="-c", executable=python, frozen=False) == [
        python,
        "-m",
        "ui.launch",
        "--in-tray",
    ]
