"""The window's words in Italian: the Qt catalogue is complete, current and compiled.

`make translations` gathers every tr() of ui/ into resources/translations/garden_it.ts
(pyside6-lupdate) and compiles it into ui/resources/translations/garden_it.qm
(pyside6-lrelease); both tools come with PySide6-Essentials.
"""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "garden_it.ts"
QM = ROOT / "ui" / "resources" / "translations" / "garden_it.qm"
FIELD = re.compile(r"\{[a-z_]*\}")
TAG = re.compile(r"</?[a-z]+[^>]*>")


def _tool(name: str) -> str:
    tool = Path(sys.executable).with_name(name)
    if not tool.exists():
        pytest.fail(f"{name} is missing (it comes with PySide6-Essentials)")
    return str(tool)


def _messages(path: Path) -> list[ET.Element]:
    return list(ET.parse(path).getroot().iter("message"))


def _key(message: ET.Element) -> tuple[str, str]:
    return (message.findtext("source") or "", message.findtext("comment") or "")


def _forms(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.iter("numerusform")]
    return [translation.text or ""]


def _mnemonics(text: str) -> int:
    return text.replace("&&", "").count("&")


def test_every_window_word_has_a_finished_italian_translation():
    problems = []
    messages = _messages(TS)
    assert len(messages) > 300
    for message in messages:
        source, _comment = _key(message)
        translation = message.find("translation")
        assert translation is not None
        if translation.get("type") in ("unfinished", "vanished", "obsolete"):
            problems.append(("unfinished", source))
            continue
        forms = _forms(message)
        if message.get("numerus") == "yes" and len(forms) != 2:
            problems.append(("plural forms", source))
        for text in forms:
            if not text.strip():
                problems.append(("empty", source))
            elif sorted(FIELD.findall(text)) != sorted(FIELD.findall(source)):
                problems.append(("fields", source))
            elif text.count("%n") != source.count("%n"):
                problems.append(("%n", source))
            elif sorted(TAG.findall(text)) != sorted(TAG.findall(source)):
                problems.append(("tags", source))
            elif _mnemonics(text) != _mnemonics(source):
                problems.append(("mnemonic", source))
            elif text[:1].isspace() != source[:1].isspace() or (
                text[-1:].isspace() != source[-1:].isspace()
            ):
                problems.append(("spaces", source))
    assert problems == []


def test_the_catalogue_holds_every_tr_of_the_window_and_nothing_else(tmp_path):
    """Run `make translations` after adding or changing a tr() string."""
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (ROOT / "ui").rglob("*.py"))
    subprocess.run(
        [_tool("pyside6-lupdate"), "-extensions", "py", *sources, "-ts", str(fresh)],
        check=True,
        capture_output=True,
    )
    wanted = {_key(m) for m in _messages(fresh)}
    have = {_key(m) for m in _messages(TS)}
    assert sorted(wanted - have) == [], "new words to translate"
    assert sorted(have - wanted) == [], "words no longer in the code"


def test_the_shipped_qm_is_the_catalogue_compiled(tmp_path):
    compiled = tmp_path / "garden_it.qm"
    subprocess.run(
        [_tool("pyside6-lrelease"), "-silent", str(TS), "-qm", str(compiled)],
        check=True,
        capture_output=True,
    )
    assert QM.read_bytes() == compiled.read_bytes(), "run `make translations`"
