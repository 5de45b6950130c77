"""A small real desktop for tests of the system tray: an Xvfb X server with `trayer`, a
tray host, on it. Qt runs there with its xcb platform, as on a Linux desktop."""

from __future__ import annotations

import contextlib
import os
import select
import shutil
import subprocess
from collections.abc import Iterator


class NoDesktopError(Exception):
    """No virtual desktop can run here; the message says why (for a skip)."""


def _display_number(read_fd: int, timeout: float) -> str:
    """What Xvfb writes on `-displayfd` once it accepts connections."""
    data = b""
    while not data.endswith(b"\n"):
        ready, _, _ = select.select([read_fd], [], [], timeout)
        if not ready:
            raise NoDesktopError(f"Xvfb did not start within {timeout:.0f} s")
        chunk = os.read(read_fd, 64)
        if not chunk:
            raise NoDesktopError("Xvfb exited at start")
        data += chunk
    return data.decode().strip()


@contextlib.contextmanager
def virtual_desktop(
    width: int = 800, height: int = 480, panel: str = "0x3B3F3A", full_bar: bool = False
) -> Iterator[dict[str, str]]:
    """Start Xvfb and trayer (a tray at the top right, `panel` coloured, as wide as its
    icons or, with `full_bar`, as the screen); yield the environment that runs a Qt
    program on that desktop. Raises `NoDesktopError`."""
    missing = [tool for tool in ("Xvfb", "trayer") if shutil.which(tool) is None]
    if missing:
        raise NoDesktopError(
            f"{' and '.join(missing)} not installed (Debian: apt-get install xvfb trayer)"
        )
    read_fd, write_fd = os.pipe()
    xvfb = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", f"{width}x{height}x24",
         "-nolisten", "tcp"],
        pass_fds=(write_fd,),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )  # fmt: skip
    os.close(write_fd)
    started: list[subprocess.Popen[bytes]] = [xvfb]
    try:
        try:
            display = _display_number(read_fd, 30)
        finally:
            os.close(read_fd)
        env = {
            key: value
            for key, value in os.environ.items()
            # A session bus would send Qt to a StatusNotifier tray instead of the X one.
            if key not in ("DBUS_SESSION_BUS_ADDRESS", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
        }
        env.update(DISPLAY=f":{display}", QT_QPA_PLATFORM="xcb")
        size = (
            ["--widthtype", "percent", "--width", "100"] if full_bar else ["--widthtype", "request"]
        )
        trayer = ["trayer", "--edge", "top", "--align", "right", *size, "--height", "32",
                  "--SetDockType", "true", "--transparent", "true", "--alpha", "0",
                  "--tint", panel]  # fmt: skip
        started.append(
            subprocess.Popen(
                trayer,
                env=env,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
        )
        yield env
    finally:
        for process in reversed(started):
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=10)
