"""Start at login: an XDG autostart entry on Linux and the other free desktops.

Desktops that follow the XDG Autostart specification (GNOME, KDE Plasma, Xfce, Cinnamon,
MATE, LXQt...) start every `.desktop` file in `$XDG_CONFIG_HOME/autostart/` (by default
`~/.config/autostart/`) when the user logs in. Turning "Start at login" on writes
`relationship-garden.desktop` there, in one step; turning it off removes it. A file the
user switched off in their desktop's own settings (`Hidden=true`, or GNOME's
`X-GNOME-Autostart-enabled=false`) counts as off.

No Qt here: the settings dialog calls these functions, and tests call them directly.
"""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

from garden.i18n import _
from garden.store.atomic import FileWriteError, describe_os_error, write_atomically

#: The entry's file name in the autostart folder.
AUTOSTART_NAME = "relationship-garden.desktop"
#: A desktop entry holds a command line, nothing private, and desktop entries are
#: conventionally readable by all (0644). Folders the app creates are 0700, as the XDG
#: Base Directory specification asks.
ENTRY_MODE = 0o644
FOLDER_MODE = 0o700
#: The icon's name, as installed by packaging/ (the app id).
ICON_NAME = "io.github.relationship_garden.RelationshipGarden"
#: The option that starts the app in the tray, without opening its window.
IN_TRAY_OPTION = "--in-tray"

# Characters that make the Desktop Entry specification ask for an argument to be quoted.
_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")
# Inside double quotes these four are escaped with a backslash.
_ESCAPED_IN_QUOTES = set('"`$\\')


def config_home(environ: Mapping[str, str] | None = None) -> Path:
    """`$XDG_CONFIG_HOME`, or `~/.config` when it is unset, empty or relative (the
    specification says to ignore a relative one)."""
    env = os.environ if environ is None else environ
    value = env.get("XDG_CONFIG_HOME", "")
    if value and Path(value).is_absolute():
        return Path(value)
    home = env.get("HOME")
    return (Path(home) if home else Path.home()) / ".config"


def autostart_file(environ: Mapping[str, str] | None = None) -> Path:
    """Where the entry lives: `$XDG_CONFIG_HOME/autostart/relationship-garden.desktop`."""
    return config_home(environ) / "autostart" / AUTOSTART_NAME


def _quote(argument: str) -> str:
    if any(ord(ch) < 0x20 or ch == "\x7f" for ch in argument):
        raise ValueError(
            _("a command argument cannot hold control characters: {argument}").format(
                argument=repr(argument)
            )
        )
    if argument and not (set(argument) & _RESERVED):
        return argument
    inner = "".join("\\" + ch if ch in _ESCAPED_IN_QUOTES else ch for ch in argument)
    return f'"{inner}"'


def exec_line(command: Sequence[str]) -> str:
    """The value of `Exec=` that runs `command` (a program and its arguments).

    Quoting follows the Desktop Entry specification: an argument with a reserved
    character goes in double quotes with `"`, `` ` ``, `$` and `\\` escaped; `%` is
    doubled (it starts a field code); and then, because the value is a string, every
    backslash is escaped once more.
    """
    if not command:
        raise ValueError(_("no command to start"))
    quoted = " ".join(_quote(arg) for arg in command).replace("%", "%%")
    return quoted.replace("\\", "\\\\")


def desktop_entry(command: Sequence[str]) -> str:
    """The text of the autostart entry that runs `command` at login."""
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        "Name=Relationship Garden\n"
        "Comment=Tend the few relationships that matter\n"
        f"Exec={exec_line(command)}\n"
        f"Icon={ICON_NAME}\n"
        "Terminal=false\n"
        "X-GNOME-Autostart-enabled=true\n"
    )


def is_enabled(environ: Mapping[str, str] | None = None) -> bool:
    """True when the entry is there and not switched off in the desktop's settings."""
    path = autostart_file(environ)
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return False
    for line in text.splitlines():
        key, _equals, value = line.partition("=")
        key, value = key.strip(), value.strip().lower()
        if (key == "Hidden" and value == "true") or (
            key == "X-GNOME-Autostart-enabled" and value == "false"
        ):
            return False
    return True


def _make_folders(folder: Path) -> None:
    """Create `folder` and any missing parents, each 0700 (`mkdir(parents=True)` would
    give the parents the default mode)."""
    missing = []
    while not folder.is_dir():
        missing.append(folder)
        if folder.parent == folder:
            break
        folder = folder.parent
    for each in reversed(missing):
        each.mkdir(mode=FOLDER_MODE)


def enable(command: Sequence[str], environ: Mapping[str, str] | None = None) -> Path:
    """Write the entry that starts `command` at login (replacing any older one, in one
    step) and return its path. Raises `FileWriteError` with a message for the user."""
    path = autostart_file(environ)
    text = desktop_entry(command)
    try:
        _make_folders(path.parent)
    except OSError as exc:
        raise FileWriteError(
            _("Cannot create {folder}: {reason}; nothing was changed.").format(
                folder=path.parent, reason=describe_os_error(exc)
            )
        ) from exc
    write_atomically(path, text.encode("utf-8"), mode=ENTRY_MODE)
    return path


def disable(environ: Mapping[str, str] | None = None) -> bool:
    """Remove the entry; True when there was one. Raises `FileWriteError` if it stays."""
    path = autostart_file(environ)
    try:
        path.unlink()
    except FileNotFoundError:
        return False
    except OSError as exc:
        raise FileWriteError(
            _("Cannot remove {path}: {reason}.").format(path=path, reason=describe_os_error(exc))
        ) from exc
    return True


def launch_command(
    data_dir: str | os.PathLike[str] | None = None,
    *,
    argv0: str | None = None,
    executable: str | None = None,
    frozen: bool | None = None,
) -> list[str]:
    """The command that starts this installation of the app in the tray at login.

    A bundled app is its own executable; otherwise the `garden` script that started us,
    the one installed beside this Python, or the one on `PATH`, and as a last resort
    Python running the launcher module. `data_dir` (a garden other than the default
    one) is passed on with `--data-dir`.
    """
    argv0 = sys.argv[0] if argv0 is None else argv0
    executable = sys.executable if executable is None else executable
    frozen = bool(getattr(sys, "frozen", False)) if frozen is None else frozen
    if frozen:
        command = [executable]
    elif Path(argv0).name == "garden" and Path(argv0).is_file():
        command = [str(Path(argv0).absolute())]
    elif (beside := Path(executable).with_name("garden")).is_file():
        command = [str(beside)]
    elif found := shutil.which("garden"):
        command = [found]
    else:
        command = [executable, "-m", "ui.launch"]
    if data_dir is not None:
        command += ["--data-dir", str(Path(data_dir).absolute())]
    return [*command, IN_TRAY_OPTION]
