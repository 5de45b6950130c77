"""Finding people by what a user types, and reading dates."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from garden.domain.dates import DateError, parse_birthday, parse_day, parse_past_day
from garden.domain.model import Birthday
from garden.domain.names import (
    AmbiguousPersonError,
    UnknownPersonError,
    name_key,
    resolve,
)
from tests.conftest import TODAY
from tests.helpers.builders import person

PEOPLE = [
    person(1, name="Giulia Rossi"),
    person(2, name="Giulia Bianchi"),
    person(3, name="Zoë Lefèvre"),
    person(4, name="王芳"),
    person(5, name="Marco Rossi"),
    person(6, name="Sam 🌻 Rivera"),
    person(7, name="Anna"),
    person(8, name="Anna"),
]
PEOPLE[4] = dataclasses.replace(PEOPLE[4], nickname="Teo")


@pytest.mark.parametrize(
    ("query", "pid"),
    [
        ("Giulia Rossi", 1),
        ("giulia rossi", 1),
        ("  GIULIA   rossi ", 1),
        ("zoe", 3),
        ("ZOË LEFEVRE", 3),
        ("lefe", 3),
        ("王芳", 4),
        ("王", 4),
        ("teo", 5),
        ("marco", 5),
        ("sam", 6),
        ("Sam 🌻 Rivera", 6),
        ("#7", 7),
        ("bian", 2),
    ],
)
def test_names_resolve_by_name_nickname_prefix_or_id(query: str, pid: int):
    assert resolve(query, PEOPLE).id == pid


@pytest.mark.parametrize("query", ["#²", "#٣", "#99", "#"])
def test_an_id_that_is_not_one_is_an_unknown_name_not_a_crash(query: str):
    with pytest.raises(UnknownPersonError):
        resolve(query, PEOPLE)


def test_ambiguous_names_say_who_they_could_be():
    with pytest.raises(AmbiguousPersonError) as err:
        resolve("giulia", PEOPLE)
    assert "Giulia Bianchi (#2)" in str(err.value) and "Giulia Rossi (#1)" in str(err.value)
    with pytest.raises(AmbiguousPersonError, match="#7.*#8"):
        resolve("Anna", PEOPLE)
    with pytest.raises(AmbiguousPersonError):
        resolve("rossi", PEOPLE)


def test_unknown_names_suggest_close_ones():
    with pytest.raises(UnknownPersonError, match="Did you mean “Giulia Rossi”"):
        resolve("Guilia Rosi", PEOPLE)
    with pytest.raises(UnknownPersonError, match="No one called “Nobody”"):
        resolve("Nobody", PEOPLE)
    with pytest.raises(UnknownPersonError):
        resolve("#99", PEOPLE)
    with pytest.raises(UnknownPersonError):
        resolve("   ", PEOPLE)


@given(st.text(min_size=1, max_size=30))
def test_any_name_is_found_by_itself_when_unique(name):
    other = person(2, name="Someone Else Entirely 1234")
    assume(name_key(name) and name_key(name) != name_key(other.name))
    text = name.strip()
    assume(not (text.startswith("#") and text[1:].isdigit()))  # "#2" asks for an id
    who = person(1, name=name)
    assert resolve(name, [who, other]) == who
    assert resolve(name, [other, who]) == who
    assert resolve(name, [who]) == who


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("today", TODAY),
        ("Yesterday", TODAY - dt.timedelta(days=1)),
        ("-3d", TODAY - dt.timedelta(days=3)),
        ("-2w", TODAY - dt.timedelta(days=14)),
        ("2026-01-31", dt.date(2026, 1, 31)),
    ],
)
def test_dates_are_read_as_people_type_them(text, expected):
    assert parse_day(text, TODAY) == expected


@pytest.mark.parametrize(
    "text", ["tomorrow-ish", "2026-02-30", "31/01/2026", "-d", "", "-99999999d"]
)
def test_bad_dates_are_refused_with_a_clear_message(text):
    with pytest.raises(DateError, match="not a date|too far"):
        parse_day(text, TODAY)


def test_future_dates_are_refused_for_logging():
    with pytest.raises(DateError, match="in the future"):
        parse_past_day("2026-12-01", TODAY)
    assert parse_past_day("today", TODAY) == TODAY


def test_birthdays_with_and_without_year():
    assert parse_birthday("1990-05-17") == Birthday(5, 17, 1990)
    assert parse_birthday("--02-29") == Birthday(2, 29)
    assert parse_birthday("12-31") == Birthday(12, 31)
    with pytest.raises(DateError):
        parse_birthday("--02-30")
    with pytest.raises(DateError):
        parse_birthday("May 17")
    assert Birthday(2, 29).next_on_or_after(dt.date(2027, 1, 1)) == dt.date(2027, 2, 28)
    assert Birthday(12, 31).next_on_or_after(dt.date(2026, 12, 31)) == dt.date(2026, 12, 31)
    assert Birthday(1, 1).next_on_or_after(dt.date(2026, 12, 31)) == dt.date(2027, 1, 1)
