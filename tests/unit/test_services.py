"""Use cases: every change is one transaction, returns what changed, and can be undone."""

from __future__ import annotations

import datetime as dt
import gettext

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from garden import i18n
from garden.domain.growth import GardenModel
from garden.domain.model import Birthday, Channel, Circle, Depth, Favour, ReachedOut, Species
from garden.services.garden import Garden, NotFoundError, ValidationError, choose_species
from tests.conftest import TODAY


def dump(garden: Garden) -> tuple:
    """Everything stored, for before/after comparisons."""
    return (
        garden.people(include_archived=True),
        garden.interactions(),
        garden.rests(),
        sorted(garden.topics()),
    )


def only(ids):
    (value,) = ids
    return value


def test_adding_a_person_records_the_change_and_picks_varied_species(garden: Garden):
    changes = [garden.add_person(f"P{i}", circle=Circle.CLOSE) for i in range(len(Species))]
    species = {garden.person(only(c.people)).species for c in changes}
    assert species == set(Species)  # the first eight plants are all different
    first = changes[0]
    pid = only(first.people)
    assert first.before.people == {pid: None}
    assert first.after.people[pid].name == "P0"
    assert first.summary == "Planted P0"


def test_bad_input_is_refused_and_changes_nothing(garden: Garden):
    pid = only(garden.add_person("Giulia").people)
    before = dump(garden)
    bad_calls = [
        lambda: garden.add_person("   "),
        lambda: garden.add_person("x" * 201),
        lambda: garden.add_person("Ok", cadence=0),
        lambda: garden.add_person("Ok", birthday=Birthday(1, 1, 1850)),
        lambda: garden.log_interaction(pid, on=TODAY + dt.timedelta(days=1)),
        lambda: garden.log_interaction(pid, topics=["t" * 61]),
        lambda: garden.log_interaction(pid, note="a\x00b"),
        lambda: garden.edit_person(pid, name=""),
        lambda: garden.add_person("Ok\x00"),
        lambda: garden.edit_person(pid, nickname="a\x00"),
        lambda: garden.add_rest(TODAY, TODAY - dt.timedelta(days=1)),
        lambda: garden.restore_person(pid),
    ]
    for call in bad_calls:
        with pytest.raises(ValidationError):
            call()
    with pytest.raises(NotFoundError):
        garden.log_interaction(pid + 1)
    with pytest.raises(NotFoundError):
        garden.delete_interaction(12345)
    assert dump(garden) == before


def test_logging_for_an_archived_person_asks_to_bring_them_back(garden: Garden):
    pid = only(garden.add_person("Marco").people)
    garden.archive_person(pid, "moved away")
    with pytest.raises(ValidationError, match="archived"):
        garden.log_interaction(pid)


def test_every_change_can_be_undone_and_redone(garden: Garden, clock):
    pid = only(garden.add_person("Zoë", circle=Circle.HEART, topics=["music"]).people)
    garden.log_interaction(pid, on=TODAY - dt.timedelta(days=3), topics=["jazz"])
    steps = [
        lambda: garden.add_person("Léa"),
        lambda: garden.edit_person(
            pid,
            name="Zoë L.",
            circle=Circle.CLOSE,
            topics=["art"],
            cadence_override=12,
            birthday=Birthday(3, 4),
        ),
        lambda: garden.archive_person(pid, "a pause"),
        lambda: garden.log_interaction(
            pid,
            channel=Channel.CALL,
            depth=Depth.DEEP,
            favour=Favour.GIVEN,
            topics=["Lisbon"],
            note="trip",
        ),
        lambda: garden.edit_interaction(
            garden.interactions(pid)[0].id,
            depth=Depth.BRIEF,
            topics=["x"],
            on=TODAY - dt.timedelta(days=9),
        ),
        lambda: garden.delete_interaction(garden.interactions(pid)[0].id),
        lambda: garden.add_rest(TODAY - dt.timedelta(days=5), TODAY, person_id=pid),
        lambda: garden.add_rest(TODAY - dt.timedelta(days=5), TODAY, note="holiday"),
        lambda: garden.delete_person(pid),
    ]
    for step in steps:
        if garden.person(pid).archived and step is not steps[2]:
            garden.restore_person(pid)
        before = dump(garden)
        states_before = garden.states()
        change = step()
        after = dump(garden)
        assert after != before
        garden.undo(change)
        assert dump(garden) == before
        assert garden.states() == states_before
        garden.redo(change)
        assert dump(garden) == after
        if step is steps[-1]:
            break
        garden.undo(change)


def test_deleting_a_person_takes_their_timeline_and_undo_brings_it_all_back(garden: Garden):
    pid = only(garden.add_person("Anna").people)
    for i in range(5):
        garden.log_interaction(pid, on=TODAY - dt.timedelta(days=10 * i), topics=[f"t{i}"])
    garden.add_rest(TODAY - dt.timedelta(days=3), TODAY, person_id=pid)
    ids = [i.id for i in garden.interactions(pid)]
    change = garden.delete_person(pid)
    assert garden.interactions() == [] and garden.rests() == []
    assert len(change.before.interactions) == 5 and len(change.before.rests) == 1
    garden.undo(change)
    assert [i.id for i in garden.interactions(pid)] == ids
    assert len(garden.rests()) == 1


def test_the_cached_model_always_equals_a_fresh_one(garden: Garden, clock):
    a = only(garden.add_person("A", circle=Circle.HEART).people)
    b = only(garden.add_person("B", circle=Circle.FRIENDS).people)
    garden.states()  # build the cache, then change things under it
    garden.log_interaction(a, on=TODAY - dt.timedelta(days=2), depth=Depth.DEEP)
    garden.add_rest(TODAY - dt.timedelta(days=20), TODAY - dt.timedelta(days=10), person_id=b)
    garden.add_rest(TODAY - dt.timedelta(days=40), TODAY - dt.timedelta(days=35))
    garden.edit_person(b, circle=Circle.CLOSE)
    c = garden.log_interaction(b, on=TODAY - dt.timedelta(days=1))
    garden.undo(c)
    garden.archive_person(a)
    fresh = GardenModel(garden.people(include_archived=True), garden.interactions(), garden.rests())
    for day in (TODAY, TODAY - dt.timedelta(days=15), TODAY - dt.timedelta(days=37)):
        assert garden.states(day) == fresh.states(day)


@settings(max_examples=30)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(list(Channel)),
            st.sampled_from(list(Depth)),
            st.integers(0, 400),
            st.sampled_from(list(ReachedOut)),
        ),
        max_size=15,
    )
)
def test_logged_interactions_read_back_exactly(moments):
    with Garden.in_memory() as garden:
        pid = only(garden.add_person("Person").people)
        today = garden.today()
        for channel, depth, ago, by in moments:
            garden.log_interaction(
                pid, on=today - dt.timedelta(days=ago), channel=channel, depth=depth, reached_out=by
            )
        stored = [
            (i.channel, i.depth, (today - i.on).days, i.reached_out)
            for i in garden.interactions(pid)
        ]
        assert sorted(stored, key=repr) == sorted(moments, key=repr)


def test_find_looks_among_active_or_archived_people(garden: Garden):
    a = only(garden.add_person("Giulia Rossi").people)
    b = only(garden.add_person("Giulia Bianchi").people)
    garden.archive_person(b)
    assert garden.find("giulia").id == a
    assert garden.find("giulia", archived=True).id == b


def test_check_reports_a_healthy_garden(garden: Garden):
    garden.add_person("A")
    assert garden.check() == []


class _Recording(gettext.NullTranslations):
    """A catalogue that notes every message asked of it."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: list[str] = []

    def gettext(self, message: str) -> str:
        self.asked.append(message)
        return message


def test_a_rest_is_summed_up_in_one_whole_sentence_for_translators(garden: Garden, monkeypatch):
    luca = only(garden.add_person("Luca").people)
    recording = _Recording()
    monkeypatch.setattr(i18n, "_translation", recording)
    everyone = garden.add_rest(dt.date(2026, 8, 1), dt.date(2026, 8, 14))
    one = garden.add_rest(dt.date(2026, 3, 1), dt.date(2026, 3, 9), person_id=luca)
    assert everyone.summary == "Rest for the whole garden from 2026-08-01 to 2026-08-14"
    assert one.summary == "Rest for Luca from 2026-03-01 to 2026-03-09"
    assert "Rest for the whole garden from {start} to {end}" in recording.asked
    assert "Rest for {name} from {start} to {end}" in recording.asked
    assert "the whole garden" not in recording.asked  # no phrase spliced into a sentence


def test_one_species_chooser_keeps_plants_varied_by_hand_and_in_bulk():
    counts = {Species.ROSE: 2, Species.FERN: 1}
    chosen = [choose_species(counts) for _ in range(len(Species) * 2)]
    assert Species.ROSE not in chosen[: len(Species) - 2]
    assert all(counts[s] >= 2 for s in Species)
    assert chosen[0] == next(s for s in Species if s not in (Species.ROSE, Species.FERN))
