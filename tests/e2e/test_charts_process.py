"""`garden chart` as users run it: the installed command, headless, on a demo garden."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

from tests.helpers.files import PNG_SIGNATURE, png_size


def test_charts_of_a_demo_garden_are_saved_quietly(garden_cmd, tmp_path):
    assert garden_cmd("demo", "--people", "20", "--years", "2").returncode == 0
    people = json.loads(garden_cmd("status", "--json").stdout)["people"]
    first = f"#{people[0]['id']}"

    picture = tmp_path / "person.png"
    result = garden_cmd("chart", first, "--range", "all", "--out", str(picture))
    assert result.returncode == 0 and result.stderr == ""
    data = picture.read_bytes()
    assert data[:8] == PNG_SIGNATURE
    assert png_size(data) == (1200, 690)  # 8 × 4.6 in at 150 dpi

    year = tmp_path / "year.svg"
    result = garden_cmd(
        "chart", "--garden", "--year", "2026", "--theme", "dark", "--out", str(year)
    )
    assert result.returncode == 0 and result.stderr == ""
    assert ET.parse(year).getroot().tag == "{http://www.w3.org/2000/svg}svg"
    assert result.stdout == f"Saved the garden through 2026 to {year}\n"
