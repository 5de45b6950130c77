"""`garden status`, `garden show`, `garden due`: reading the garden."""

from __future__ import annotations

import argparse
from typing import Any

from garden.cli.base import add_json_flag, day_argument, open_garden
from garden.cli.reminders import show_digest
from garden.cli.text import (
    interaction_json,
    person_json,
    print_json,
    state_json,
    table,
)
from garden.domain.growth import health_words
from garden.domain.model import Circle
from garden.domain.words import when

CIRCLE_ORDER = {c: i for i, c in enumerate(Circle)}


def register(commands: Any) -> None:
    status = commands.add_parser(
        "status",
        help="how every plant is doing",
        description="Every person in the garden with their plant's stage and how they are doing.",
    )
    status.add_argument("--as-of", metavar="DATE", help="the garden as it stood on DATE")
    add_json_flag(status)
    status.set_defaults(handler=run_status)

    show = commands.add_parser(
        "show",
        help="one person and your story together",
        description="One person, their plant and the timeline.",
    )
    show.add_argument("name")
    add_json_flag(show)
    show.set_defaults(handler=run_show)

    due = commands.add_parser(
        "due",
        help="who could use a message",
        description="Today's digest: the few people who might enjoy hearing from you, "
        "and birthdays coming up. It marks nothing as shown.",
    )
    due.add_argument("--as-of", metavar="DATE")
    due.add_argument(
        "--all", action="store_true", help="everyone who could use a message, not only a few"
    )
    add_json_flag(due)
    due.set_defaults(handler=run_due)


def run_status(args: argparse.Namespace) -> int:
    with open_garden(args) as garden:
        as_of = day_argument(garden, getattr(args, "as_of", None))
        states = garden.states(as_of)
        people = sorted(
            (garden.model().people[pid] for pid in states),
            key=lambda p: (CIRCLE_ORDER[p.circle], p.name.casefold(), p.id),
        )
        if getattr(args, "json", False):
            print_json(
                {
                    "as_of": as_of.isoformat(),
                    "people": [
                        {**person_json(p), "state": state_json(states[p.id])} for p in people
                    ],
                }
            )
            return 0
        if not people:
            print("Your garden is empty. Plant someone with: garden add NAME")
            return 0
        print(f"Your garden on {as_of.isoformat()}")
        for circle in Circle:
            members = [p for p in people if p.circle is circle]
            if not members:
                continue
            rows = []
            for p in members:
                s = states[p.id]
                due = "" if s.next_due is None else when(s.next_due, as_of)
                rows.append(
                    [p.name, s.stage.value, health_words(s), when(s.last_interaction, as_of), due]
                )
            print()
            print(circle.value.upper())
            print(table(["Name", "Stage", "Doing", "Last together", "Next"], rows))
    return 0


def run_show(args: argparse.Namespace) -> int:
    with open_garden(args) as garden:
        person = garden.find(args.name, archived=None)
        state = garden.state(person.id)
        timeline = list(reversed(garden.interactions(person.id)))
        if args.json:
            print_json(
                {
                    **person_json(person),
                    "state": state_json(state),
                    "timeline": [interaction_json(i) for i in timeline],
                }
            )
            return 0
        today = garden.today()
        print(person.name + (f" “{person.nickname}”" if person.nickname else ""))
        facts = [f"{person.circle.value} circle", person.species.value]
        if person.cadence:
            facts.append(f"every {person.cadence} days")
        print("  " + " · ".join(facts))
        if person.archived:
            print(
                f"  archived {person.archived_at:%Y-%m-%d}"
                + (f": {person.archive_note}" if person.archive_note else "")
            )
        if state is not None and not person.archived:
            print(
                f"  {health_words(state)} ({state.stage.value}); last together "
                f"{when(state.last_interaction, today)}"
            )
        if person.birthday:
            print(f"  birthday {person.birthday.iso()}")
        if person.how_met:
            print(f"  met: {person.how_met}")
        if person.topics:
            print(f"  shares: {', '.join(person.topics)}")
        if person.notes:
            print("  notes: " + person.notes.replace("\n", "\n         "))
        print()
        if not timeline:
            print("No moments logged yet.")
        for item in timeline:
            extra = []
            if item.reached_out.value != "me":
                extra.append(f"{item.reached_out.value} reached out")
            if item.favour:
                extra.append(f"favour {item.favour.value}")
            if item.topics:
                extra.append(", ".join(item.topics))
            line = f"{item.on.isoformat()}  {item.depth.value} {item.channel.value}"
            if extra:
                line += "  (" + "; ".join(extra) + ")"
            print(line)
            if item.note:
                print("            " + item.note.replace("\n", "\n            "))
    return 0


def run_due(args: argparse.Namespace) -> int:
    with open_garden(args) as garden:
        as_of = day_argument(garden, args.as_of)
        return show_digest(garden, as_of, everyone=args.all, as_json=args.json)
