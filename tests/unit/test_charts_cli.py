"""`garden chart`, run in-process, and what its presence costs the other commands."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET

import pytest

from garden.cli import main
from tests.helpers.files import PNG_SIGNATURE, png_size


@pytest.fixture
def garden_with_giulia(run):
    assert run("add", "Giulia Rossi", "--circle", "close", "--birthday", "05-17")[0] == 0
    assert run("add", "Marco", "--circle", "friends")[0] == 0
    for on, depth, topic in (
        ("2026-02-10", "deep", "travel"),
        ("2026-06-01", "good", "music"),
        ("2026-10-20", "brief", "music"),
        ("2026-11-20", "deep", "cooking"),
    ):
        status, _, err = run(
            "log", "giulia", "--on", on, "--depth", depth, "--channel", "call", "--topic", topic
        )
        assert status == 0, err
    return run


def test_a_persons_chart_is_saved_as_png_and_svg(garden_with_giulia, tmp_path):
    run = garden_with_giulia
    status, out, err = run("chart", "giulia", "--out", str(tmp_path / "giulia.png"))
    assert (status, err) == (0, "")
    assert out == f"Saved Giulia Rossi's chart (the last year) to {tmp_path / 'giulia.png'}\n"
    width, height = png_size(tmp_path / "giulia.png")
    assert width > 1000 and height > 600
    status, out, _ = run(
        "chart", "giulia", "--range", "3m", "--theme", "dark", "--out", str(tmp_path / "g.svg")
    )
    assert status == 0 and "the last three months" in out
    root = ET.parse(tmp_path / "g.svg").getroot()
    assert root.tag.endswith("svg")


def test_the_garden_through_a_year_is_saved(garden_with_giulia, tmp_path):
    run = garden_with_giulia
    status, out, err = run("chart", "--garden", "--year", "2026", "--out", str(tmp_path / "y.svg"))
    assert (status, err) == (0, "")
    assert "the garden through 2026" in out
    assert ET.parse(tmp_path / "y.svg").getroot().tag.endswith("svg")
    # The year defaults to this one.
    assert run("chart", "--garden", "--out", str(tmp_path / "now.png"))[0] == 0
    assert png_size(tmp_path / "now.png")[0] > 1000


def test_the_same_garden_gives_the_same_file(garden_with_giulia, tmp_path):
    run = garden_with_giulia
    for name in ("a.svg", "b.svg"):
        assert run("chart", "giulia", "--range", "all", "--out", str(tmp_path / name))[0] == 0
    assert (tmp_path / "a.svg").read_bytes() == (tmp_path / "b.svg").read_bytes()


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["nobody", "--out", "{dir}/x.png"], 2, "No one called “nobody”"),
        (["giulia", "--out", "{dir}/x.jpg"], 2, "should end in .png or .svg"),
        (["--out", "{dir}/x.png"], 2, "whose chart?"),
        (["giulia", "--garden", "--out", "{dir}/x.png"], 2, "not both"),
        (["--garden", "--year", "2031", "--out", "{dir}/x.png"], 2, "has not happened yet"),
        (["--garden", "--range", "3m", "--out", "{dir}/x.png"], 2, "--range and --as-of"),
        (["giulia", "--year", "2025", "--out", "{dir}/x.png"], 2, "--year goes with --garden"),
        (["giulia", "--range", "5y", "--out", "{dir}/x.png"], 2, "invalid choice"),
        (["giulia", "--as-of", "2027-01-01", "--out", "{dir}/x.png"], 2, "in the future"),
        (["giulia", "--out", "{dir}/no/such/folder/x.png"], 1, "does not exist"),
        (["giulia", "--out", "{dir}/taken.png"], 1, "nothing was changed"),
    ],
)
def test_mistakes_are_one_line_and_leave_no_file(garden_with_giulia, tmp_path, args, code, message):
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    (out_dir / "taken.png").mkdir()  # a folder where the picture should go
    before = sorted(p.name for p in out_dir.iterdir())
    status, out, err = garden_with_giulia("chart", *(a.format(dir=out_dir) for a in args))
    assert status == code
    assert err.count("\n") == 1 and message in err and "Traceback" not in err
    assert out == ""
    assert sorted(p.name for p in out_dir.iterdir()) == before


def test_an_archived_persons_chart_can_still_be_saved(garden_with_giulia, tmp_path):
    run = garden_with_giulia
    assert run("archive", "giulia", "--note", "moved away")[0] == 0
    status, _, err = run("chart", "giulia", "--out", str(tmp_path / "then.png"))
    assert (status, err) == (0, "")


def _fresh_python(code: str) -> str:
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True
    )
    return result.stdout.strip()


def test_other_commands_start_without_matplotlib(tmp_path):
    code = (
        "import sys\n"
        "from garden.cli import main\n"
        f"status = main(['--data-dir', {str(tmp_path / 'g')!r}, 'status'])\n"
        "print(status, sorted(m for m in sys.modules if m.split('.')[0] == 'matplotlib'))\n"
    )
    assert _fresh_python(code).splitlines()[-1] == "0 []"


def test_help_lists_the_chart_command(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["--help"])
    assert exit_info.value.code == 0
    assert "save a growth chart as PNG or SVG" in capsys.readouterr().out


def test_the_chart_command_loads_matplotlib_only_when_it_runs(tmp_path):
    out = tmp_path / "garden.png"
    code = (
        "import sys\n"
        "from garden.cli import main\n"
        f"status = main(['--data-dir', {str(tmp_path / 'g')!r}, 'chart', '--garden',"
        f" '--out', {str(out)!r}])\n"
        "print(status, 'matplotlib' in sys.modules, 'matplotlib.pyplot' in sys.modules,"
        " any('backend_qt' in m for m in sys.modules))\n"
    )
    assert _fresh_python(code).splitlines()[-1] == "0 True False False"
    assert out.read_bytes()[:8] == PNG_SIGNATURE
