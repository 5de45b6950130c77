"""`garden backup`, `garden backups`, `garden restore-backup`, `garden import`,
`garden export`: keeping the garden safe and moving it in and out.

(`garden restore NAME` brings back an archived person; restoring a backup is
`restore-backup`, so the two can never be confused.)
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from garden.cli.base import (
    CliError,
    UsageError,
    add_json_flag,
    check_output_folder,
    clock_from_env,
    open_garden,
)
from garden.cli.text import print_json
from garden.i18n import _, file_size, ngettext
from garden.services.formats import EXPORT_FORMATS, IMPORT_FORMATS
from garden.store.paths import data_dir, database_path

if TYPE_CHECKING:
    from garden.services.importing import ImportPlan
    from garden.store.backup import Backup

# The readers, writers and backup code are imported by the commands that use them, so
# that every other command (and the window) starts without loading them.

#: How many names a preview lists before saying "and N more".
PREVIEW_NAMES = 15


def register(commands: Any) -> None:
    backup = commands.add_parser(
        "backup",
        help=_("back up the garden now"),
        description=_(
            "Make a checked backup of the garden in the backups folder of its data "
            "folder. Backups are also made automatically once a day, and before an upgrade, an "
            "import or a restore."
        ),
    )
    backup.set_defaults(handler=run_backup)

    listing = commands.add_parser(
        "backups",
        help=_("list the backups, newest first"),
        description=_("List the garden's backups with their dates and sizes, newest first."),
    )
    add_json_flag(listing)
    listing.set_defaults(handler=run_backups)

    restore = commands.add_parser(
        "restore-backup",
        help=_("put the garden back as it was in a backup"),
        description=_(
            "Put the whole garden back as it was in BACKUP (a name from "
            "“garden backups”, or a file); without BACKUP, the newest good one. The garden as "
            "it is now is backed up first; a garden file that cannot be read is set aside "
            "under a new name, never overwritten."
        ),
    )
    restore.add_argument("backup", nargs="?", metavar="BACKUP")
    restore.set_defaults(handler=run_restore_backup)

    importing = commands.add_parser(
        "import",
        help=_("add people from a vCard, CSV or garden JSON file"),
        description=_(
            "Add people from a vCard (.vcf), a CSV (Google Contacts, Outlook, or "
            "name,birthday,circle,notes) or a garden JSON export. Shows who is new and who may "
            "already be in your garden; people who may already be there are skipped unless "
            "--add-existing. All or nothing: on any problem nothing is imported. New people go "
            "to the meadow unless the file names a circle."
        ),
    )
    importing.add_argument("file", metavar="FILE")
    importing.add_argument(
        "--dry-run", action="store_true", help=_("show what would be imported; change nothing")
    )
    importing.add_argument(
        "--add-existing",
        action="store_true",
        help=_("also add people whose name is already in the garden"),
    )
    importing.add_argument(
        "--format",
        choices=IMPORT_FORMATS,
        help=_("the file's format (default: found from the file)"),
    )
    importing.set_defaults(handler=run_import)

    export = commands.add_parser(
        "export",
        help=_("write the garden to a JSON, CSV, vCard or calendar file"),
        description=_(
            "Export the garden: json (everything, to import again), csv and vcf "
            "(the people in your garden), ics (their birthdays as yearly events). The file is "
            "written in one step and readable by you only."
        ),
    )
    export.add_argument(
        "--format",
        choices=EXPORT_FORMATS,
        help=_("default: from the --out file's extension"),
    )
    export.add_argument("--out", required=True, metavar="FILE")
    export.set_defaults(handler=run_export)


def _backup_line(backup: Backup) -> str:
    from garden.services.garden import backup_reason_words

    size = file_size(backup.size)
    reason = backup_reason_words(backup.reason)
    return f"{backup.taken:%Y-%m-%d %H:%M}  {size:>8}  {reason:<18} {backup.name}"


def run_backup(args: argparse.Namespace) -> int:
    with open_garden(args) as garden:
        backup = garden.make_backup()
    print(
        _("Backed up the garden to {path} ({size}).").format(
            path=backup.path, size=file_size(backup.size)
        )
    )
    return 0


def run_backups(args: argparse.Namespace) -> int:
    from garden.services.recovery import backups
    from garden.store.backup import backup_folder

    folder = backup_folder(data_dir(args.data_dir))
    # Listing does not open the garden, so it works when the garden file is damaged.
    found = backups(args.data_dir)
    if args.json:
        print_json(
            {
                "folder": str(folder),
                "backups": [
                    {
                        "name": b.name,
                        "taken": b.taken.isoformat(),
                        "size": b.size,
                        "reason": b.reason,
                    }
                    for b in found
                ],
            }
        )
        return 0
    if not found:
        print(_("No backups yet in {folder}; “garden backup” makes one.").format(folder=folder))
        return 0
    print(_("Backups in {folder}, newest first:").format(folder=folder))
    for backup in found:
        print(_backup_line(backup))
    return 0


def run_restore_backup(args: argparse.Namespace) -> int:
    from garden.services.recovery import newest_good_backup, restore_and_open
    from garden.store.db import StoreError, inspect_file

    path = database_path(data_dir(args.data_dir))
    readable = False
    if path.exists():
        try:
            inspect_file(path)
            readable = True
        except StoreError:
            readable = False
    if readable:
        with open_garden(args) as garden:
            chosen = args.backup
            if chosen is None:
                chosen = newest_good_backup(args.data_dir)
                if chosen is None:
                    raise CliError(_("There is no good backup to restore (see “garden backups”)"))
            result = garden.restore_backup(chosen)
    else:
        garden, result = restore_and_open(args.data_dir, clock_from_env(), args.backup)
        garden.close()
    print(
        _("Restored the garden as it was on {taken:%Y-%m-%d %H:%M}.").format(
            taken=result.restored.taken
        )
    )
    if result.safety is not None:
        print(
            _("The garden as it was just before is kept as {name}.").format(name=result.safety.name)
        )
    for moved in result.set_aside:
        print(_("The unreadable file was set aside as {name}.").format(name=moved.name))
    return 0


def _names(items: list[str]) -> str:
    shown = ", ".join(items[:PREVIEW_NAMES])
    if len(items) > PREVIEW_NAMES:
        shown = _("{names} and {count} more").format(names=shown, count=len(items) - PREVIEW_NAMES)
    return shown


def _print_preview(plan: ImportPlan, add_existing: bool) -> None:
    kind = {"vcard": "vCard", "csv": "CSV", "json": _("garden export")}[plan.kind]
    total = len(plan.new) + len(plan.existing)
    print(
        ngettext(
            "{name} ({kind}): {total} person", "{name} ({kind}): {total} people", total
        ).format(name=plan.path.name, kind=kind, total=total)
    )
    if plan.new:
        print(
            _("  new ({count}): {names}").format(
                count=len(plan.new), names=_names([c.name for c in plan.new])
            )
        )
    if plan.existing:
        names = [
            _("{name} (like #{id} {other})").format(name=c.name, id=p.id, other=p.name)
            for c, p in plan.existing
        ]
        line = (
            _("  may already be in your garden ({count}, will be added too): {names}")
            if add_existing
            else _("  may already be in your garden ({count}, will be skipped): {names}")
        )
        print(line.format(count=len(plan.existing), names=_names(names)))
    if plan.interactions:
        print(_("  moments together: {interactions}").format(interactions=plan.interactions))
    for note in plan.left_out[:PREVIEW_NAMES]:
        print(_("  left out: {note}").format(note=note))
    if len(plan.left_out) > PREVIEW_NAMES:
        print(_("  left out: {count} more").format(count=len(plan.left_out) - PREVIEW_NAMES))


def run_import(args: argparse.Namespace) -> int:
    from garden.services.contacts import ImportFileError
    from garden.services.importing import apply_import, plan_import

    path = Path(args.file).expanduser()
    if not path.is_file():
        raise UsageError(_("No file {file}").format(file=args.file))
    with open_garden(args) as garden:
        try:
            plan = plan_import(garden, path, kind=args.format)
        except ImportFileError as exc:
            raise CliError(str(exc)) from exc
        _print_preview(plan, args.add_existing)
        if args.dry_run:
            print(_("Nothing was imported (dry run)."))
            return 0
        result = apply_import(garden, plan, add_existing=args.add_existing)
    count, skipped = result.people, result.skipped_existing
    said = [
        ngettext("Imported {count} person.", "Imported {count} people.", count).format(count=count)
    ]
    if skipped:
        said.append(
            ngettext(
                "Skipped {count} person who may already be in your garden"
                " (--add-existing adds them too).",
                "Skipped {count} people who may already be in your garden"
                " (--add-existing adds them too).",
                skipped,
            ).format(count=skipped)
        )
    print(" ".join(said))
    if result.backup is not None:
        print(_("The garden as it was before is kept as {name}.").format(name=result.backup.name))
    return 0


def run_export(args: argparse.Namespace) -> int:
    from garden.services.exporting import ExportError, export_garden

    out = Path(args.out).expanduser()
    fmt = args.format or {".json": "json", ".csv": "csv", ".vcf": "vcf", ".ics": "ics"}.get(
        out.suffix.casefold()
    )
    if fmt is None:
        raise UsageError(
            _("Give --format json|csv|vcf|ics (the --out file's extension is not one)")
        )
    check_output_folder(out)
    with open_garden(args) as garden:
        try:
            result = export_garden(garden, fmt, out)
        except ExportError as exc:
            raise CliError(str(exc)) from exc
    count = result.people
    if fmt == "ics":
        line = ngettext(
            "Exported {count} birthday to {path} ({size}).",
            "Exported {count} birthdays to {path} ({size}).",
            count,
        )
    else:
        line = ngettext(
            "Exported {count} person to {path} ({size}).",
            "Exported {count} people to {path} ({size}).",
            count,
        )
    print(line.format(count=count, path=result.path, size=file_size(result.size)))
    return 0
