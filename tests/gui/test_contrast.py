"""WCAG AA contrast (4.5:1 for text) in the light and the dark garden."""

from __future__ import annotations

import pytest

from garden.domain.palette import PALETTES, contrast_ratio

from PySide6.QtGui import QPalette

from ui.theme import ERROR_TEXT, qt_palette

AA_TEXT = 4.5
Role = QPalette.ColorRole

#: Every pair of the window's palette that carries text: (text, background).
TEXT_PAIRS = [
    (Role.WindowText, Role.Window),
    (Role.Text, Role.Base),
    (Role.Text, Role.AlternateBase),
    (Role.ButtonText, Role.Button),
    (Role.ToolTipText, Role.ToolTipBase),
    (Role.PlaceholderText, Role.Base),
    (Role.HighlightedText, Role.Highlight),
    (Role.Link, Role.Base),
    (Role.Link, Role.Window),
    (Role.Link, Role.AlternateBase),
]


def test_known_ratios_are_computed_as_wcag_defines_them():
    assert contrast_ratio("#000000", "#FFFFFF") == pytest.approx(21.0)
    assert contrast_ratio("#FFFFFF", "#FFFFFF") == pytest.approx(1.0)
    assert contrast_ratio("#767676", "#FFFFFF") == pytest.approx(4.54, abs=0.01)


@pytest.mark.parametrize("name", sorted(PALETTES))
def test_the_gardens_own_text_colours_read_on_its_papers(name):
    p = PALETTES[name]
    for text in (p.text, p.text_soft):
        for paper in (p.paper, p.paper_shade):
            assert contrast_ratio(text, paper) >= AA_TEXT, (name, text, paper)


@pytest.mark.parametrize("name", sorted(PALETTES))
def test_every_text_role_of_the_window_palette_meets_aa(name):
    palette = qt_palette(PALETTES[name])
    failing = []
    for text_role, background_role in TEXT_PAIRS:
        text = palette.color(QPalette.ColorGroup.Active, text_role).name()
        background = palette.color(QPalette.ColorGroup.Active, background_role).name()
        ratio = contrast_ratio(text, background)
        if ratio < AA_TEXT:
            failing.append((text_role.name, background_role.name, round(ratio, 2)))
    assert failing == []


@pytest.mark.parametrize("name", sorted(PALETTES))
def test_error_text_reads_on_its_papers(name):
    p = PALETTES[name]
    for paper in (p.paper, p.paper_shade):
        assert contrast_ratio(ERROR_TEXT[name], paper) >= AA_TEXT


def test_error_text_follows_the_colours_on_screen(qapp):
    from ui.theme import apply_to_application, error_colour

    try:
        apply_to_application(PALETTES["dark"])
        assert error_colour() == ERROR_TEXT["dark"]
        apply_to_application(PALETTES["light"])
        assert error_colour() == ERROR_TEXT["light"]
    finally:
        apply_to_application(PALETTES["light"])
