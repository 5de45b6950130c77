"""Charts speak the garden's language: month names and notes follow `--lang`."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from matplotlib.figure import Figure
from matplotlib.text import Text

from garden import i18n
from garden.charts.export import render
from garden.charts.garden_overview import garden_overview_chart
from garden.charts.look import NOTHING_YET
from garden.charts.person import person_chart
from garden.domain.growth import GardenModel
from garden.domain.model import Channel, Circle, Depth, Interaction
from tests.helpers.builders import person

YEAR = 2025
AS_OF = dt.date(2025, 12, 31)
ITALIAN_MONTHS = [
    "gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic",
]  # fmt: skip


@pytest.fixture
def italian(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("LANGUAGE", "en")  # set_language writes it; monkeypatch puts it back
    i18n.set_language("it")
    yield
    i18n.set_language("en")


def _model() -> tuple[GardenModel, list[Interaction]]:
    log = [
        Interaction(
            id=n,
            person_id=1,
            on=dt.date(2024, 11, 1) + dt.timedelta(days=20 * n),
            channel=Channel.CALL,
            depth=Depth.GOOD,
        )
        for n in range(1, 20)
    ]
    return GardenModel([person(1, Circle.CLOSE)], log), log


def _texts(figure: Figure) -> list[str]:
    return [t.get_text() for t in figure.findobj(Text) if t.get_visible()]


def test_the_year_panel_names_the_months_in_the_gardens_language(italian):
    model, log = _model()
    chart = garden_overview_chart(model, log, YEAR, as_of=AS_OF)
    render(chart.figure)
    assert chart.bands_axes is not None and chart.reach_axes is not None
    year = [t.get_text() for t in chart.bands_axes.get_xticklabels() if t.get_text()]
    below = [t.get_text() for t in chart.reach_axes.get_xticklabels() if t.get_text()]
    assert [name.casefold() for name in below] == ITALIAN_MONTHS
    assert year == below  # both panels name the months alike: no "Jan" beside "gen"


def test_the_note_a_chart_keeps_is_the_words_it_shows(italian):
    model, log = _model()
    italian_note = i18n._(NOTHING_YET)
    assert italian_note != NOTHING_YET  # the catalogue translates it
    empty_year = garden_overview_chart(model, log, 2019, as_of=AS_OF)
    assert empty_year.note == italian_note and italian_note in _texts(empty_year.figure)
    before_planting = person_chart(model, 1, log, as_of=dt.date(2023, 6, 1))
    assert before_planting.note == italian_note
    assert italian_note in _texts(before_planting.figure)
    quiet = person_chart(model, 1, [], as_of=AS_OF)
    assert quiet.note == italian_note and italian_note in _texts(quiet.figure)
