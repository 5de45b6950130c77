"""One garden, one app, within one process: names, the lock, and a garden that is held
but does not answer. (Two real processes: tests/e2e/test_single_instance.py.)"""

from __future__ import annotations

import shutil
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from ui.instance import GardenInstance, Knock, garden_key, lock_path, server_name


@pytest.fixture(autouse=True)
def runtime(monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    # Short, like /run/user/1000: pytest's own folders are too deep for a socket path.
    folder = Path(tempfile.mkdtemp(prefix="rg-run-"))
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(folder))
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


def test_the_same_garden_has_one_name_and_two_gardens_two(tmp_path: Path):
    garden = tmp_path / "garden"
    garden.mkdir()
    (tmp_path / "link").symlink_to(garden)
    assert garden_key(tmp_path / "link") == garden_key(garden)
    assert garden_key(tmp_path / "garden" / ".." / "garden") == garden_key(garden)
    assert garden_key(tmp_path / "other") != garden_key(garden)
    assert server_name(garden) != server_name(tmp_path / "other")


def test_the_socket_and_lock_live_in_the_private_runtime_folder(tmp_path: Path, runtime: Path):
    garden = tmp_path / "garden"
    assert Path(server_name(garden)).parent == runtime
    assert lock_path(garden).parent == runtime


def test_a_long_runtime_path_falls_back_to_the_temporary_folder(tmp_path, monkeypatch):
    deep = tmp_path / ("x" * 90)
    deep.mkdir()
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(deep))
    name = server_name(tmp_path / "garden")
    assert len(name.encode()) <= 100, "a Unix socket path must fit in 108 bytes"


def test_the_first_claim_holds_the_garden_and_a_second_finds_it_held(tmp_path: Path, qapp):
    garden = tmp_path / "garden"
    first = GardenInstance.claim(garden)
    assert isinstance(first, GardenInstance)
    assert lock_path(garden).exists()
    # Held, but not answering (this process never listened): the second gives up.
    assert GardenInstance.claim(garden, starting_ms=200) is Knock.NO_ANSWER
    assert first.listen() and first.listening
    mode = stat.S_IMODE(Path(server_name(garden)).stat().st_mode)
    assert mode & 0o077 == 0, "only this user may connect"
    first.close()
    assert not lock_path(garden).exists() and not Path(server_name(garden)).exists()
    again = GardenInstance.claim(garden)
    assert isinstance(again, GardenInstance), "once let go, the garden can be claimed again"
    again.close()
