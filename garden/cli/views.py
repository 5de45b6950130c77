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
from garden.domain.model import Circle, Favour, ReachedOut
from garden.domain.words import circle_words, moment_words, species_words, stage_words, when
from garden.i18n import _, format_day, ngettext

CIRCLE_ORDER = {c: i for i, c in enumerate(Circle)}


def register(commands: Any) -> None:
    status = commands.add_parser(
        "status",
        help=_("how every plant is doing"),
        description=_(
            "Every person in the garden with their plant's stage and how they are doing."
        ),
    )
    status.add_argument("--as-of", metavar="DATE", help=_("the garden as it stood on DATE"))
    add_json_flag(status)
    status.set_defaults(handler=run_status)

    show = commands.add_parser(
        "show",
        help=_("one person and your story together"),
        description=_("One person, their plant and the timeline."),
    )
    show.add_argument("name")
    add_json_flag(show)
    show.set_defaults(handler=run_show)

    due = commands.add_parser(
        "due",
        help=_("who could use a message"),
        description=_(
            "Today's digest: the few people who might enjoy hearing from you, "
            "and birthdays coming up. It marks nothing as shown."
        ),
    )
    due.add_argument("--as-of", metavar="DATE")
    due.add_argument(
        "--all", action="store_true", help=_("everyone who could use a message, not only a few")
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
            print(_("Your garden is empty. Plant someone with: garden add NAME"))
            return 0
        print(_("Your garden on {date}").format(date=format_day(as_of)))
        for circle in Circle:
            members = [p for p in people if p.circle is circle]
            if not members:
                continue
            rows = []
            for p in members:
                s = states[p.id]
                due = "" if s.next_due is None else when(s.next_due, as_of)
                rows.append(
                    [
                        p.name,
                        stage_words(s.stage),
                        health_words(s),
                        when(s.last_interaction, as_of),
                        due,
                    ]
                )
            print()
            print(circle_words(circle).upper())
            headers = [_("Name"), _("Stage"), _("Doing"), _("Last together"), _("Next")]
            print(table(headers, rows))
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
        facts = [
            _("{circle} circle").format(circle=circle_words(person.circle)),
            species_words(person.species),
        ]
        if person.cadence:
            facts.append(
                ngettext("every {n} day", "every {n} days", person.cadence).format(n=person.cadence)
            )
        print("  " + " · ".join(facts))
        if person.archived and person.archived_at is not None:
            let_go = person.archived_at.date().isoformat()
            if person.archive_note:
                print(_("  let go on {date}: {note}").format(date=let_go, note=person.archive_note))
            else:
                print(_("  let go on {date}").format(date=let_go))
        if state is not None and not person.archived:
            print(
                _("  {doing} ({stage}); last together {when}").format(
                    doing=health_words(state),
                    stage=stage_words(state.stage),
                    when=when(state.last_interaction, today),
                )
            )
        if person.birthday:
            print(_("  birthday {date}").format(date=person.birthday.iso()))
        if person.how_met:
            print(_("  met: {how_met}").format(how_met=person.how_met))
        if person.topics:
            print(_("  shares: {topics}").format(topics=", ".join(person.topics)))
        if person.notes:
            print(_("  notes: {notes}").format(notes=person.notes.replace("\n", "\n         ")))
        print()
        if not timeline:
            print(_("No moments logged yet."))
        for item in timeline:
            extra = []
            if item.reached_out is ReachedOut.THEM:
                extra.append(_("they reached out"))
            elif item.reached_out is ReachedOut.BOTH:
                extra.append(_("you both reached out"))
            if item.favour is Favour.GIVEN:
                extra.append(_("you helped them"))
            elif item.favour is Favour.RECEIVED:
                extra.append(_("they helped you"))
            if item.topics:
                extra.append(", ".join(item.topics))
            line = f"{item.on.isoformat()}  {moment_words(item)}"
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
