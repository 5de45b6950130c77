"""What a change did, so screens refresh only what moved and every change can be undone.

A `Change` carries the touched records as they were before and after (None meaning
"did not exist"). Undoing writes `before` back; redoing writes `after`. Because records
keep their ids, undoing a deletion brings back the very same person with their whole
timeline.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from garden.domain.model import Interaction, Person, Rest, Snooze, ThingToShare


@dataclass(frozen=True, slots=True)
class Records:
    """Some records as they stood at one moment (None = absent).

    Snoozes are keyed by person id (one each); settings by key, holding JSON values.
    """

    people: Mapping[int, Person | None] = field(default_factory=dict)
    interactions: Mapping[int, Interaction | None] = field(default_factory=dict)
    rests: Mapping[int, Rest | None] = field(default_factory=dict)
    snoozes: Mapping[int, Snooze | None] = field(default_factory=dict)
    things: Mapping[int, ThingToShare | None] = field(default_factory=dict)
    settings: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Change:
    """The result of one use case: a summary for the user and what moved."""

    summary: str
    before: Records
    after: Records
    settings: frozenset[str] = frozenset()

    @property
    def people(self) -> frozenset[int]:
        """Ids of people whose details or plant may look different now."""
        ids = set(self.before.people) | set(self.after.people)
        for side in (self.before, self.after):
            ids.update(i.person_id for i in side.interactions.values() if i is not None)
        return frozenset(ids)

    @property
    def reminded_people(self) -> frozenset[int]:
        """Ids of people whose snooze or things to share changed (their page, the digest)."""
        ids = set(self.before.snoozes) | set(self.after.snoozes)
        for side in (self.before, self.after):
            ids.update(t.person_id for t in side.things.values() if t is not None)
        return frozenset(ids)

    @property
    def things(self) -> frozenset[int]:
        """Ids of things to share that were added, changed or removed."""
        return frozenset(self.before.things) | frozenset(self.after.things)

    @property
    def garden_wide(self) -> bool:
        """True when every plant may have changed (a rest for the whole garden)."""
        return any(
            r is not None and r.person_id is None
            for side in (self.before, self.after)
            for r in side.rests.values()
        )

    @property
    def interactions(self) -> frozenset[int]:
        return frozenset(self.before.interactions) | frozenset(self.after.interactions)

    def inverted(self, summary: str | None = None) -> Change:
        return Change(summary or self.summary, self.after, self.before, self.settings)

    @property
    def empty(self) -> bool:
        return self.before == self.after and not self.settings
