"""How the garden talks about people and time: warm, brief, never a score."""

from __future__ import annotations

import datetime as dt

from garden.domain.growth import PlantState, health_words
from garden.domain.model import Channel, Depth, Interaction, Person

CHANNEL_WORDS = {
    Channel.MESSAGE: "message",
    Channel.CALL: "call",
    Channel.VIDEO: "video call",
    Channel.IN_PERSON: "time together",
    Channel.LETTER: "letter or gift",
    Channel.ACTIVITY: "something done together",
}
DEPTH_WORDS = {Depth.BRIEF: "a quick", Depth.GOOD: "a good", Depth.DEEP: "a deep"}


def when(day: dt.date | None, today: dt.date) -> str:
    """A date as a person would say it relative to today."""
    if day is None:
        return "never"
    delta = (today - day).days
    if delta == 0:
        return "today"
    if delta == 1:
        return "yesterday"
    if delta == -1:
        return "tomorrow"
    if 1 < delta < 14:
        return f"{delta} days ago"
    if -14 < delta < -1:
        return f"in {-delta} days"
    if 14 <= delta < 60:
        return f"{delta // 7} weeks ago"
    if -60 < delta <= -14:
        return f"in {-delta // 7} weeks"
    if 60 <= delta < 730:
        return f"{round(delta / 30.44)} months ago"
    return day.isoformat()


def moment_words(item: Interaction) -> str:
    """'a deep call', 'a quick message', 'a good time together'."""
    return f"{DEPTH_WORDS[item.depth]} {CHANNEL_WORDS[item.channel]}"


def summary(
    person: Person, state: PlantState | None, last: Interaction | None, today: dt.date
) -> str:
    """A short hover summary: how they are doing and the last moment together."""
    lines = [person.name]
    if person.archived:
        lines.append("Archived" + (f": {person.archive_note}" if person.archive_note else ""))
    elif state is not None:
        lines.append(health_words(state))
    if last is None:
        lines.append("No moments logged yet")
    else:
        lines.append(f"Last: {moment_words(last)}, {when(last.on, today)}")
        if last.topics:
            lines.append("You talked about " + ", ".join(last.topics[:3]))
    return "\n".join(lines)
