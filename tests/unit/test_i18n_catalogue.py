"""The core's words in Italian: the catalogue is complete, current and well formed."""

from __future__ import annotations

import datetime as dt
import gettext
import io
import re
from pathlib import Path

import pytest
from babel.messages.extract import extract_from_dir
from babel.messages.frontend import parse_mapping_cfg
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

from garden import i18n

ROOT = Path(__file__).resolve().parents[2]
PO = ROOT / "garden" / "locale" / "it" / "LC_MESSAGES" / "garden.po"
MO = PO.with_suffix(".mo")
PLACEHOLDER = re.compile(r"\{[a-z_]*\}|%\([a-z_]+\)[sdr]|%[sdr]")


def _catalogue():
    with PO.open("rb") as handle:
        return read_po(handle)


def _source_messages() -> set[str]:
    """What `make translations` gathers: the files babel.cfg names, with their markers."""
    with (ROOT / "babel.cfg").open() as config:
        method_map, options_map = parse_mapping_cfg(config)
    found = extract_from_dir(str(ROOT), method_map, options_map)
    return {message if isinstance(message, str) else message[0] for *_, message, _, _ in found}


@pytest.fixture(autouse=True)
def _back_to_english(monkeypatch):
    monkeypatch.setenv("LANGUAGE", "en")  # set_language writes it; monkeypatch puts it back
    yield
    i18n.set_language("en")


def test_every_marked_string_in_the_code_has_an_italian_translation():
    translated = {m.id if isinstance(m.id, str) else m.id[0] for m in _catalogue() if m.id}
    missing = sorted(_source_messages() - translated)
    assert not missing, f"run `make translations` and translate: {missing[:5]}"


def test_no_entry_is_fuzzy_or_empty_and_placeholders_survive():
    problems = []
    for message in _catalogue():
        if not message.id:
            continue
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        if message.fuzzy or not all(strings):
            problems.append(("untranslated", ids[0]))
            continue
        wanted = sorted(PLACEHOLDER.findall(ids[-1]))
        for string in strings:
            # A singular may say "one" in words instead of {count}; the plural may not.
            got = sorted(PLACEHOLDER.findall(string))
            if got != wanted and not (len(ids) > 1 and string is strings[0]):
                problems.append(("placeholders", ids[0]))
            if string.endswith("\n") != ids[0].endswith("\n"):
                problems.append(("newline", ids[0]))
    assert not problems, problems[:5]


def test_the_compiled_catalogue_matches_its_source():
    """The shipped .mo is the .po compiled (`make translations` after every edit)."""
    compiled = io.BytesIO()
    write_mo(compiled, _catalogue())
    compiled.seek(0)
    fresh = gettext.GNUTranslations(compiled)
    with MO.open("rb") as handle:
        shipped = gettext.GNUTranslations(handle)
    assert shipped._catalog == fresh._catalog  # type: ignore[attr-defined]


def test_italian_words_and_plurals_come_through():
    assert i18n.set_language("it") == "it"
    assert i18n.ngettext("person tended", "people tended", 1) == "persona curata"
    assert i18n.ngettext("person tended", "people tended", 3) == "persone curate"
    assert i18n.format_day(dt.date(2026, 11, 26)) == "26 novembre 2026"
    assert i18n.month_names("wide")[4] == "maggio"
    assert i18n.set_language("en") == "en"
    assert i18n.ngettext("person tended", "people tended", 3) == "people tended"


@pytest.mark.parametrize(
    ("environment", "expected"),
    [
        ({"GARDEN_LANG": "it"}, "it"),
        ({"LANG": "it_IT.UTF-8"}, "it"),
        ({"LANGUAGE": "it:en", "LANG": "en_GB.UTF-8"}, "it"),
        ({"LANGUAGE": "de:it"}, "en"),  # the first language named wins; German means English
        ({"LC_ALL": "C"}, "en"),
        ({}, "en"),
    ],
)
def test_the_system_language_is_read_from_the_environment(monkeypatch, environment, expected):
    for name in ("GARDEN_LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    assert i18n.system_language() == expected


def test_unknown_languages_fall_back_to_english():
    assert i18n.normalise("it-IT") == "it"
    assert i18n.normalise("fr") == "en"


def test_the_systems_language_is_not_mistaken_for_our_own_choice(monkeypatch):
    for name in ("GARDEN_LANG", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    monkeypatch.setenv("LANGUAGE", "")
    assert i18n.set_language(None) == "en"
    assert i18n.set_language("it") == "it"
    # Asking for the system's language again gives the system's, not the last choice.
    assert i18n.set_language(None) == "en"
    monkeypatch.setenv("LANG", "it_IT.UTF-8")
    assert i18n.set_language(None) == "it"
