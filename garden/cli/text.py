"""Plain-text and JSON renderings shared by the subcommands."""

from __future__ import annotations

import datetime as dt
import json
import sys
import unicodedata
from collections.abc import Sequence
from typing import Any

from garden.domain.growth import PlantState, health_words
from garden.domain.model import Interaction, Person


def display_width(text: str) -> int:
    """Terminal columns `text` takes (wide East Asian characters and emoji take two)."""
    width = 0
    for ch in text:
        if unicodedata.combining(ch):
            continue
        width += 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
    return width


def clip(text: str, width: int) -> str:
    if display_width(text) <= width:
        return text
    out = ""
    for ch in text:
        if display_width(out + ch) > width - 1:
            break
        out += ch
    return out + "…"


def table(headers: Sequence[str], rows: Sequence[Sequence[str]], max_width: int = 28) -> str:
    cells = [[clip(c, max_width) for c in row] for row in rows]
    widths = [display_width(h) for h in headers]
    for row in cells:
        for i, cell in enumerate(row):
            widths[i] = max(widths[i], display_width(cell))

    def line(values: Sequence[str]) -> str:
        parts = [v + " " * (widths[i] - display_width(v)) for i, v in enumerate(values)]
        return "  ".join(parts).rstrip()

    return "\n".join([line(headers), *(line(r) for r in cells)])


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def person_json(person: Person) -> dict[str, Any]:
    return {
        "id": person.id,
        "name": person.name,
        "nickname": person.nickname or None,
        "circle": person.circle.value,
        "cadence_days": person.cadence,
        "species": person.species.value,
        "birthday": person.birthday.iso() if person.birthday else None,
        "how_met": person.how_met or None,
        "notes": person.notes or None,
        "topics": list(person.topics),
        "created": person.created.isoformat(),
        "archived": person.archived_at.isoformat() if person.archived_at else None,
        "archive_note": person.archive_note or None,
    }


def state_json(state: PlantState | None) -> dict[str, Any] | None:
    if state is None:
        return None
    return {
        "stage": state.stage.value,
        "growth_stage": state.growth_stage.value,
        "health": round(state.health, 3),
        "growth": round(state.growth, 1),
        "words": health_words(state),
        "planted": state.planted.isoformat(),
        "last_interaction": _iso(state.last_interaction),
        "days_since_last": state.days_since_last,
        "next_due": _iso(state.next_due),
        "cues": sorted(c.value for c in state.cues),
    }


def interaction_json(item: Interaction) -> dict[str, Any]:
    return {
        "id": item.id,
        "date": item.on.isoformat(),
        "time": item.at.isoformat(timespec="minutes") if item.at else None,
        "channel": item.channel.value,
        "depth": item.depth.value,
        "reached_out": item.reached_out.value,
        "favour": item.favour.value if item.favour else None,
        "topics": list(item.topics),
        "note": item.note or None,
    }
