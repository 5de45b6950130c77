"""A Hypothesis state machine drives the services the way a user would — add, log, edit,
delete, archive, restore, reopen the garden, export then import into a new one — and
checks after every step that the garden holds exactly what a plain in-memory model says."""

from __future__ import annotations

import datetime as dt
import shutil
import tempfile
from dataclasses import dataclass, replace
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from garden.domain.clock import FixedClock
from garden.domain.model import Circle, Depth
from garden.services import importing
from garden.services.exporting import export_garden
from garden.services.garden import Garden
from tests.conftest import TODAY

names = st.text(st.characters(categories=["L"]), min_size=1, max_size=12)
texts = st.text(st.characters(categories=["L", "Zs"], include_characters="\n,;=\"'"), max_size=40)
circles = st.sampled_from(list(Circle))
depths = st.sampled_from(list(Depth))


@dataclass(frozen=True)
class PersonModel:
    name: str
    circle: Circle
    notes: str = ""
    archived: bool = False


@dataclass(frozen=True)
class MomentModel:
    person: int
    on: dt.date
    depth: Depth
    note: str


def clean(text: str) -> str:
    """What the garden keeps of a typed note."""
    return text.strip()


class GardenAgreesWithTheModel(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix="garden-model-"))
        self.clock = FixedClock(dt.datetime.combine(TODAY, dt.time(10)))
        self.generation = 0
        self.garden = Garden.open(self.folder / "g0", self.clock)
        self.people: dict[int, PersonModel] = {}
        self.moments: dict[int, MomentModel] = {}

    def teardown(self) -> None:
        self.garden.close()
        shutil.rmtree(self.folder, ignore_errors=True)

    def _active(self) -> list[int]:
        return sorted(pid for pid, p in self.people.items() if not p.archived)

    # --- people ---------------------------------------------------------------------------

    @rule(name=names, circle=circles, notes=texts)
    def add(self, name: str, circle: Circle, notes: str) -> None:
        change = self.garden.add_person(name, circle=circle, notes=notes)
        (pid,) = change.people
        self.people[pid] = PersonModel(name, circle, clean(notes))

    @precondition(lambda self: self.people)
    @rule(data=st.data(), circle=circles, notes=texts)
    def edit_person(self, data: st.DataObject, circle: Circle, notes: str) -> None:
        pid = data.draw(st.sampled_from(sorted(self.people)))
        self.garden.edit_person(pid, circle=circle, notes=notes)
        self.people[pid] = replace(self.people[pid], circle=circle, notes=clean(notes))

    @precondition(lambda self: self._active())
    @rule(data=st.data())
    def archive(self, data: st.DataObject) -> None:
        pid = data.draw(st.sampled_from(self._active()))
        self.garden.archive_person(pid, "we drifted")
        self.people[pid] = replace(self.people[pid], archived=True)

    @precondition(lambda self: any(p.archived for p in self.people.values()))
    @rule(data=st.data())
    def restore(self, data: st.DataObject) -> None:
        pid = data.draw(st.sampled_from(sorted(p for p, m in self.people.items() if m.archived)))
        self.garden.restore_person(pid)
        self.people[pid] = replace(self.people[pid], archived=False)

    @precondition(lambda self: self.people)
    @rule(data=st.data())
    def delete_person(self, data: st.DataObject) -> None:
        pid = data.draw(st.sampled_from(sorted(self.people)))
        self.garden.delete_person(pid)
        del self.people[pid]
        self.moments = {i: m for i, m in self.moments.items() if m.person != pid}

    # --- moments --------------------------------------------------------------------------

    @precondition(lambda self: self._active())
    @rule(data=st.data(), days_ago=st.integers(0, 2000), depth=depths, note=texts)
    def log(self, data: st.DataObject, days_ago: int, depth: Depth, note: str) -> None:
        pid = data.draw(st.sampled_from(self._active()))
        on = TODAY - dt.timedelta(days=days_ago)
        change = self.garden.log_interaction(pid, on=on, depth=depth, note=note)
        (iid,) = change.interactions
        self.moments[iid] = MomentModel(pid, on, depth, clean(note))

    @precondition(lambda self: self.moments)
    @rule(data=st.data(), depth=depths, note=texts)
    def edit_moment(self, data: st.DataObject, depth: Depth, note: str) -> None:
        iid = data.draw(st.sampled_from(sorted(self.moments)))
        self.garden.edit_interaction(iid, depth=depth, note=note)
        self.moments[iid] = replace(self.moments[iid], depth=depth, note=clean(note))

    @precondition(lambda self: self.moments)
    @rule(data=st.data())
    def delete_moment(self, data: st.DataObject) -> None:
        iid = data.draw(st.sampled_from(sorted(self.moments)))
        self.garden.delete_interaction(iid)
        del self.moments[iid]

    # --- the file ------------------------------------------------------------------------

    @rule()
    def reopen(self) -> None:
        path = self.garden.path
        assert path is not None
        self.garden.close()
        self.garden = Garden.open(path.parent, self.clock)

    @rule()
    def export_then_import_into_a_new_garden(self) -> None:
        self.generation += 1
        exported = self.folder / f"export-{self.generation}.json"
        export_garden(self.garden, "json", exported)
        fresh = Garden.open(self.folder / f"g{self.generation}", self.clock)
        plan = importing.plan_import(fresh, exported)
        importing.apply_import(fresh, plan)
        again = self.folder / f"again-{self.generation}.json"
        export_garden(fresh, "json", again)
        assert again.read_bytes() == exported.read_bytes()
        self.garden.close()
        self.garden = fresh  # go on with the imported garden: the model must still hold

    @invariant()
    def the_garden_holds_what_the_model_says(self) -> None:
        people = {
            p.id: PersonModel(p.name, p.circle, p.notes, p.archived)
            for p in self.garden.people(include_archived=True)
        }
        assert people == self.people
        moments = {
            i.id: MomentModel(i.person_id, i.on, i.depth, i.note)
            for i in self.garden.interactions()
        }
        assert moments == self.moments
        states = self.garden.states(TODAY)
        assert set(states) <= set(self.people)


GardenAgreesWithTheModel.TestCase.settings = settings(
    max_examples=25,
    stateful_step_count=20,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
test_the_garden_agrees_with_a_simple_model = GardenAgreesWithTheModel.TestCase
