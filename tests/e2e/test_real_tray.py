"""The real system tray, under Xvfb with a tray host (`trayer`): the sprout shows in the
tray, amber while someone could use a message and green after a call; the digest comes
up as a notification by the icon and clicking it opens the person's page; closing the
window leaves the app in the tray and Quit there ends it.

Started at login (`garden --in-tray`), the garden waits in the tray without its window,
and a second `garden` brings the window up.

Skipped, with the reason, where no virtual desktop can run (no Xvfb or trayer, or Qt's
xcb platform cannot load); `.ci/run` installs all it needs.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import IO

import pytest

from tests.e2e.conftest import garden_executable
from tests.helpers.desktop import NoDesktopError, virtual_desktop

ROOT = Path(__file__).resolve().parents[2]


def test_the_real_tray_shows_the_sprout_and_the_digest(garden_cmd, tmp_path):
    for args, day in (
        (("add", "Giulia Rossi", "--circle", "heart", "--nickname", "Giuli"), "2026-11-06"),
        (("log", "giulia", "--channel", "call", "--depth", "deep", "--topic", "Lisbon"), None),
    ):
        result = garden_cmd(*args, today=day or "2026-11-06")
        assert result.returncode == 0, result.stderr
    result_path = tmp_path / "seen.json"
    try:
        with virtual_desktop() as env:
            env["GARDEN_TODAY"] = "2026-11-26"
            env["XDG_CONFIG_HOME"] = str(tmp_path / "config")
            probe = subprocess.run(
                [sys.executable, "-m", "tests.e2e.tray_probe", str(garden_cmd.data_dir),
                 str(result_path)],
                cwd=ROOT,
                env=env,
                capture_output=True,
                text=True,
                timeout=180,
                stdin=subprocess.DEVNULL,
            )  # fmt: skip
    except NoDesktopError as exc:
        pytest.skip(f"no virtual desktop: {exc}")
    if 'platform plugin "xcb"' in probe.stderr:
        pytest.skip("Qt's xcb platform cannot load here (missing libxcb-* libraries)")
    assert result_path.exists(), probe.stderr
    seen = json.loads(result_path.read_text())
    if not seen["tray_available"]:
        pytest.skip("trayer started but never took the tray")
    assert probe.returncode == 0, probe.stderr
    assert seen["platform"] == "xcb"

    assert seen["icon_visible"], "the sprout is in the tray"
    x, y, width, height = seen["icon_geometry"]
    assert width >= 16 and height >= 16 and y < 40, "at the top, where trayer sits"
    assert seen["tooltip"] == "Relationship Garden\n1 person could use a message: Giuli"
    assert seen["amber_on_screen"] > 0.01, "the leaf on screen is amber"

    assert seen["notification_shown"]
    assert "1 person could use a message" in seen["notification_text"]
    assert (
        "Giuli might enjoy hearing from you — last time you talked about Lisbon."
        in seen["notification_text"]
    )
    assert seen["window_visible_after_click"] and seen["page_person"] == 1

    assert seen["amber_after_logging"] == 0.0, "green again after the call"
    assert seen["hidden_in_tray"]
    assert seen["quit_status"] == 0


def _line_with(stream: IO[str], text: str, most: int = 50) -> str:
    """The next line of `stream` holding `text` (Qt may say other things first), or the
    last line read when it never comes."""
    line = ""
    for _ in range(most):
        line = stream.readline()
        if not line or text in line:
            break
    return line


def _garden_windows(env: dict[str, str]) -> list[tuple[int, int, bool]]:
    """The app's X windows: (width, height, inside the tray panel) for each."""
    tree = subprocess.run(
        ["xwininfo", "-root", "-tree"], env=env, capture_output=True, text=True, timeout=30
    ).stdout
    found = []
    inside_panel = False
    for line in tree.splitlines():
        if '"panel"' in line:
            inside_panel = True
            panel_indent = len(line) - len(line.lstrip())
            continue
        indent = len(line) - len(line.lstrip())
        if inside_panel and indent <= panel_indent:
            inside_panel = False
        match = re.search(r'"Relationship Garden": \(.*?\)\s+(\d+)x(\d+)', line)
        if match:
            found.append((int(match.group(1)), int(match.group(2)), inside_panel))
    return found


@pytest.mark.skipif(shutil.which("xwininfo") is None, reason="xwininfo (x11-utils) not installed")
def test_started_at_login_the_garden_waits_in_the_tray(garden_cmd, tmp_path):
    assert garden_cmd("add", "Giulia Rossi", "--circle", "heart").returncode == 0
    command = [garden_executable(), "--data-dir", str(garden_cmd.data_dir)]
    runtime = tempfile.mkdtemp(prefix="rg-run-")
    try:
        with virtual_desktop() as env:
            env.update(
                GARDEN_TODAY="2026-11-26",
                GARDEN_TRACE_INSTANCE="1",
                XDG_CONFIG_HOME=str(tmp_path / "config"),
                # Short, so the socket fits there; removed with what the killed app left.
                XDG_RUNTIME_DIR=runtime,
            )
            first = subprocess.Popen(
                [*command, "--in-tray"],
                env=env,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
                text=True,
            )
            try:
                assert first.stderr is not None
                line = _line_with(first.stderr, "listening on")
                if "listening on" not in line:
                    first.kill()
                    rest = first.communicate(timeout=30)[1]
                    if 'platform plugin "xcb"' in line + rest:
                        pytest.skip("Qt's xcb platform cannot load here")
                    raise AssertionError(line + rest)
                windows = _garden_windows(env)
                assert any(inside for _, _, inside in windows), "the sprout is in the tray"
                assert not any(w >= 500 for w, _, _ in windows), "and no garden window yet"

                second = subprocess.run(
                    command, env=env, capture_output=True, text=True, timeout=60
                )
                assert second.returncode == 0, second.stderr
                assert "asked to show" in _line_with(first.stderr, "asked to show")
                deadline = time.monotonic() + 10
                while not any(w >= 500 for w, _, _ in _garden_windows(env)):
                    assert time.monotonic() < deadline, "the window came forward"
                    time.sleep(0.1)
            finally:
                first.kill()
                first.communicate(timeout=30)
    except NoDesktopError as exc:
        pytest.skip(f"no virtual desktop: {exc}")
    finally:
        shutil.rmtree(runtime, ignore_errors=True)
