"""`garden chart`: a person's growth chart, or the garden's year, saved as PNG or SVG.

matplotlib is imported inside the handler, so every other command starts without it.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from garden.charts.ranges import ChartRange
from garden.cli.base import UsageError, check_output_folder, day_argument, open_garden
from garden.i18n import _

IMAGE_SUFFIXES = (".png", ".svg")


def register(commands: Any) -> None:
    chart = commands.add_parser(
        "chart",
        help=_("save a growth chart as PNG or SVG"),
        description=_(
            "Save one person's growth chart, or with --garden the garden's year, "
            "as a PNG or SVG picture. Works without a display."
        ),
    )
    chart.add_argument("name", nargs="?", help=_("whose chart (leave out with --garden)"))
    chart.add_argument(
        "--garden", action="store_true", help=_("the whole garden through a year instead")
    )
    chart.add_argument(
        "--out", required=True, metavar="FILE", help=_("where to save it: FILE.png or FILE.svg")
    )
    chart.add_argument(
        "--range",
        dest="span",
        choices=[r.value for r in ChartRange],
        help=_("how far back a person's chart looks (default: 1y)"),
    )
    chart.add_argument(
        "--year", type=int, metavar="YYYY", help=_("with --garden (default: this year)")
    )
    chart.add_argument("--as-of", metavar="DATE", help=_("a person's chart ending on DATE"))
    chart.add_argument(
        "--theme", choices=("light", "dark"), default="light", help=_("(default: light)")
    )
    chart.set_defaults(handler=run_chart)


def _check_usage(args: argparse.Namespace) -> Path:
    """Every mistake in the command line, before anything is opened or written."""
    if args.garden and args.name:
        raise UsageError(_("give either a NAME or --garden, not both"))
    if not args.garden and not args.name:
        raise UsageError(_("whose chart? give a NAME, or --garden for the whole garden"))
    if args.garden and (args.span or args.as_of):
        raise UsageError(
            _("--range and --as-of are for a person's chart; use --year with --garden")
        )
    if not args.garden and args.year is not None:
        raise UsageError(_("--year goes with --garden; a person's chart takes --range"))
    out = Path(args.out)
    if out.suffix.lower() not in IMAGE_SUFFIXES:
        raise UsageError(
            _("--out {out}: the file name should end in .png or .svg").format(out=args.out)
        )
    check_output_folder(out)
    return out


def run_chart(args: argparse.Namespace) -> int:
    out = _check_usage(args)
    with open_garden(args) as garden:
        today = garden.today()
        if args.garden:
            year = today.year if args.year is None else args.year
            if year > today.year:
                raise UsageError(_("{year} has not happened yet").format(year=year))
            if year < 1900:
                raise UsageError(_("{year} is too long ago").format(year=year))
            person = None
            as_of = today
        else:
            person = garden.find(args.name, archived=None)
            as_of = day_argument(garden, args.as_of)
            if as_of > today:
                raise UsageError(_("{date} is in the future").format(date=as_of.isoformat()))
        model = garden.model()
        interactions = garden.interactions(None if person is None else person.id)

        # Only now: matplotlib takes a while to import, and only this command needs it.
        import matplotlib

        matplotlib.use("Agg")  # headless, whatever the environment asks for
        from garden.charts.export import save_figure
        from garden.charts.garden_overview import garden_overview_chart
        from garden.charts.look import ChartLook
        from garden.charts.person import person_chart

        look = ChartLook.named(args.theme)
        if person is None:
            figure = garden_overview_chart(model, interactions, year, as_of=as_of, look=look).figure
            saved = _("Saved the garden through {year} to {out}").format(year=year, out=out)
        else:
            span = ChartRange(args.span or ChartRange.YEAR)
            figure = person_chart(
                model, person.id, interactions, as_of=as_of, span=span, look=look
            ).figure
            saved = _("Saved {name}'s chart ({span}) to {out}").format(
                name=person.name, span=span.words, out=out
            )
        save_figure(figure, out)  # a FileWriteError says why, in one line (exit 1)
    print(saved)
    return 0
