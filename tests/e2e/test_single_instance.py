"""One garden, one app, with real processes: a second `garden` on the same garden brings
the running one forward and exits 0; subcommands still work beside it; another garden
opens side by side; and the lock and socket left by a killed app are taken over."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import TODAY as CONFTEST_TODAY
from tests.e2e.conftest import garden_executable

TODAY = CONFTEST_TODAY.isoformat()


class RunningGarden:
    """A bare `garden` (the window, offscreen) whose stderr is read as it comes."""

    def __init__(self, data: Path, env: dict[str, str]) -> None:
        self.process = subprocess.Popen(
            [garden_executable(), "--data-dir", str(data)],
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        self.lines: list[str] = []
        self._changed = threading.Condition()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.process.stderr is not None
        for line in self.process.stderr:
            with self._changed:
                self.lines.append(line.rstrip("\n"))
                self._changed.notify_all()

    def wait_for(self, text: str, timeout: float = 60) -> str:
        """The first stderr line holding `text`, waiting for it if need be."""
        deadline = time.monotonic() + timeout
        with self._changed:
            while True:
                for line in self.lines:
                    if text in line:
                        return line
                left = deadline - time.monotonic()
                if left <= 0 or self.process.poll() is not None:
                    raise AssertionError(f"no {text!r} from garden; it said: {self.lines}")
                self._changed.wait(min(left, 0.2))

    def kill(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait(timeout=30)
        self._reader.join(timeout=30)
        if self.process.stderr is not None:
            self.process.stderr.close()


@pytest.fixture
def env(tmp_path: Path) -> Iterator[dict[str, str]]:
    # Short, like /run/user/1000, so the socket lands there too (pytest's folders are
    # too deep for a socket path), and removed afterwards with what killed apps left.
    runtime = Path(tempfile.mkdtemp(prefix="rg-run-"))
    values = {k: v for k, v in os.environ.items() if not k.startswith("GARDEN_")}
    values.update(
        QT_QPA_PLATFORM="offscreen",
        GARDEN_TODAY=TODAY,
        GARDEN_TRACE_INSTANCE="1",
        XDG_RUNTIME_DIR=str(runtime),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
    )
    yield values
    shutil.rmtree(runtime, ignore_errors=True)


@pytest.fixture
def start(env):
    started: list[RunningGarden] = []

    def start(data: Path) -> RunningGarden:
        running = RunningGarden(data, env)
        started.append(running)
        return running

    yield start
    for running in started:
        running.kill()


def garden(env: dict[str, str], data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [garden_executable(), "--data-dir", str(data), *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        stdin=subprocess.DEVNULL,
    )


def test_a_second_launch_brings_the_first_forward_and_exits_0(start, env, tmp_path):
    data = tmp_path / "garden"
    assert garden(env, data, "add", "Giulia Rossi", "--circle", "heart").returncode == 0
    first = start(data)
    socket = first.wait_for("listening on").split("listening on ", 1)[1]
    assert Path(socket).parent == Path(env["XDG_RUNTIME_DIR"])

    second = garden(env, data)  # how long it takes: benchmarks/window.py
    assert second.returncode == 0, second.stderr
    assert "listening" not in second.stderr, "the second launch never opened a window"
    first.wait_for("asked to show the window", timeout=10)
    assert first.process.poll() is None, "the first one is still running"

    # Subcommands never talk to the running app: they just work beside it.
    logged = garden(env, data, "log", "giulia", "--channel", "call", "--note", "Lisbon")
    assert logged.returncode == 0, logged.stderr
    assert "Lisbon" in garden(env, data, "show", "giulia").stdout

    # Another garden opens side by side, on its own socket.
    other = start(tmp_path / "other-garden")
    other_socket = other.wait_for("listening on").split("listening on ", 1)[1]
    assert other_socket != socket
    assert first.process.poll() is None and other.process.poll() is None


def test_the_lock_and_socket_of_a_killed_app_are_taken_over(start, env, tmp_path):
    data = tmp_path / "garden"
    crashed = start(data)
    socket = crashed.wait_for("listening on").split("listening on ", 1)[1]
    crashed.kill()  # SIGKILL: nothing is cleaned up
    assert Path(socket).exists(), "a crash leaves the socket file behind"
    assert any(p.suffix == ".lock" for p in Path(env["XDG_RUNTIME_DIR"]).iterdir())

    again = start(data)
    assert again.wait_for("listening on").endswith(socket)

    second = garden(env, data)
    assert second.returncode == 0, second.stderr
    again.wait_for("asked to show the window", timeout=10)


def test_a_stale_socket_file_without_a_lock_is_removed(start, env, tmp_path):
    import socket as sockets

    data = tmp_path / "garden"
    first = start(data)
    path = first.wait_for("listening on").split("listening on ", 1)[1]
    first.kill()
    for lock in Path(env["XDG_RUNTIME_DIR"]).glob("*.lock"):
        lock.unlink()
    # Something left a socket file there that nobody listens on.
    Path(path).unlink(missing_ok=True)
    leftover = sockets.socket(sockets.AF_UNIX, sockets.SOCK_STREAM)
    leftover.bind(path)
    leftover.close()
    assert Path(path).exists()

    again = start(data)
    assert again.wait_for("listening on").endswith(path)
    assert garden(env, data).returncode == 0
    again.wait_for("asked to show the window", timeout=10)
