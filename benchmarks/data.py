"""Issue 7 targets: importing 50,000 contacts (< 10 s), from CSV, vCard and a full JSON
export, each into a fresh garden file, preview and all-or-nothing write included; and the
backup made at start of a ten-year garden, for scale.
"""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.common import Result, report, verdict
from garden.domain.clock import FixedClock
from garden.services import importing
from garden.services.demo import fill_demo
from garden.services.exporting import export_garden
from garden.services.garden import Garden

TODAY = dt.date(2026, 11, 26)
CONTACTS = 50_000
RUNS = 3


def _clock() -> FixedClock:
    return FixedClock(dt.datetime.combine(TODAY, dt.time(10)))


def contacts_csv(path: Path, count: int = CONTACTS) -> None:
    header = "First Name,Last Name,Nickname,Birthday,Notes,E-mail 1 - Value,Phone 1 - Value\n"
    rows = (
        f"Given{n},Family{n % 977},N{n},{1950 + n % 60}-{1 + n % 12:02d}-{1 + n % 28:02d},"
        f'"Met at event {n % 300}, likes music",p{n}@example.org,+39 333 {n:07d}\n'
        for n in range(count)
    )
    path.write_text(header + "".join(rows), encoding="utf-8")


def contacts_vcf(path: Path, count: int = CONTACTS) -> None:
    cards = (
        "BEGIN:VCARD\r\nVERSION:3.0\r\n"
        f"FN:Given{n} Family{n % 977}\r\nN:Family{n % 977};Given{n};;;\r\n"
        f"NICKNAME:N{n}\r\nBDAY:--{1 + n % 12:02d}{1 + n % 28:02d}\r\n"
        f"NOTE:Met at event {n % 300}\\, likes music\r\n"
        f"EMAIL;TYPE=INTERNET:p{n}@example.org\r\nTEL;TYPE=CELL:+39 333 {n:07d}\r\n"
        "END:VCARD\r\n"
        for n in range(count)
    )
    path.write_text("".join(cards), encoding="utf-8")


def contacts_json(path: Path, folder: Path) -> None:
    with Garden.open(folder, _clock()) as garden:
        source = folder.parent / "source.csv"
        contacts_csv(source)
        importing.apply_import(garden, importing.plan_import(garden, source))
        export_garden(garden, "json", path)


def time_import(path: Path, folder: Path) -> tuple[float, int]:
    start = time.perf_counter()
    with Garden.open(folder, _clock()) as garden:
        plan = importing.plan_import(garden, path)
        result = importing.apply_import(garden, plan)
    return (time.perf_counter() - start) * 1000, result.people


def run() -> dict[str, object]:
    results: list[Result] = []
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        files = {
            "CSV (Google Contacts columns)": root / "contacts.csv",
            "vCard 3.0": root / "contacts.vcf",
            "garden JSON export": root / "garden.json",
        }
        contacts_csv(files["CSV (Google Contacts columns)"])
        contacts_vcf(files["vCard 3.0"])
        contacts_json(files["garden JSON export"], root / "json-source")
        for label, path in files.items():
            times = []
            for run_number in range(RUNS):
                elapsed, people = time_import(path, root / f"{path.suffix[1:]}-{run_number}")
                assert people == CONTACTS, (label, people)
                times.append(elapsed)
            times.sort()
            size = path.stat().st_size / 1024 / 1024
            results.append(
                Result(
                    f"import {CONTACTS:,} contacts, {label}",
                    times[len(times) // 2],
                    times[0],
                    RUNS,
                    target_ms=10_000,
                    note=f"{size:.1f} MB file, into a new garden file, backup before included",
                )
            )
        folder = root / "demo"
        with Garden.open(folder, _clock()) as garden:
            fill_demo(garden, 150, 10, 1)
        times = []
        for _ in range(5):
            with Garden.open(folder, _clock()) as garden:
                start = time.perf_counter()
                garden.make_backup()
                times.append((time.perf_counter() - start) * 1000)
        times.sort()
        results.append(
            Result(
                "backup of a 150-person ten-year garden",
                times[2],
                times[0],
                5,
                note="checked, synced, tiers applied",
            )
        )
    return report("data (issue 7)", results)


if __name__ == "__main__":
    sys.exit(verdict([run()]))
