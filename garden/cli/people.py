"""`garden add`, `garden archive`, `garden restore`."""

from __future__ import annotations

import argparse
from typing import Any

from garden.cli.base import add_json_flag, choices_text, open_garden
from garden.cli.text import person_json, print_json
from garden.domain.dates import parse_birthday
from garden.domain.model import Circle, Species
from garden.domain.words import circle_words, species_words
from garden.i18n import _


def register(commands: Any) -> None:
    add = commands.add_parser(
        "add", help=_("plant someone new"), description=_("Plant someone new.")
    )
    add.add_argument("name", help=_("their name, as you say it"))
    add.add_argument(
        "--circle",
        choices=[c.value for c in Circle],
        default="friends",
        help=_("heart (~5), close (~15), friends (~50) or meadow (default: friends)"),
    )
    add.add_argument(
        "--cadence",
        type=_days,
        metavar="DAYS",
        help=_("days you would like between contacts (default: by circle)"),
    )
    add.add_argument(
        "--birthday", metavar="DATE", help=_("YYYY-MM-DD, or MM-DD when you do not know the year")
    )
    add.add_argument(
        "--species",
        choices=[s.value for s in Species],
        metavar=choices_text(Species),
        help=_("the plant (default: chosen for variety)"),
    )
    add.add_argument("--nickname", default="")
    add.add_argument("--how-met", default="", metavar="TEXT")
    add.add_argument("--notes", default="", metavar="TEXT")
    add.add_argument(
        "--topic",
        action="append",
        default=[],
        metavar="T",
        help=_("something you share (repeatable)"),
    )
    add_json_flag(add)
    add.set_defaults(handler=run_add)

    archive = commands.add_parser(
        "archive",
        help=_("let a relationship go, with a note"),
        description=_(
            "Move someone out of the garden, keeping their story; restore brings them back."
        ),
    )
    archive.add_argument("name")
    archive.add_argument("--note", default="", metavar="TEXT")
    archive.set_defaults(handler=run_archive)

    restore = commands.add_parser(
        "restore",
        help=_("bring an archived person back"),
        description=_("Bring an archived person back into the garden."),
    )
    restore.add_argument("name")
    restore.set_defaults(handler=run_restore)


def _days(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            _("“{text}” is not a number of days").format(text=text)
        ) from None
    return value


def run_add(args: argparse.Namespace) -> int:
    with open_garden(args) as garden:
        change = garden.add_person(
            args.name,
            circle=Circle(args.circle),
            cadence=args.cadence,
            birthday=parse_birthday(args.birthday) if args.birthday else None,
            species=Species(args.species) if args.species else None,
            nickname=args.nickname,
            how_met=args.how_met,
            notes=args.notes,
            topics=args.topic,
        )
        person = change.after.people[next(iter(change.after.people))]
        assert person is not None
        if args.json:
            print_json(person_json(person))
        else:
            print(
                _("Planted {name} ({species}, {circle}).").format(
                    name=person.name,
                    species=species_words(person.species),
                    circle=circle_words(person.circle),
                )
            )
    return 0


def run_archive(args: argparse.Namespace) -> int:
    with open_garden(args) as garden:
        person = garden.find(args.name)
        garden.archive_person(person.id, args.note)
        print(_("{name} is archived; “garden restore” brings them back.").format(name=person.name))
    return 0


def run_restore(args: argparse.Namespace) -> int:
    with open_garden(args) as garden:
        person = garden.find(args.name, archived=True)
        garden.restore_person(person.id)
        print(_("{name} is back in the garden.").format(name=person.name))
    return 0
