"""How the garden talks about people and time: warm, brief, never a score."""

from __future__ import annotations

import datetime as dt

from garden.domain.growth import PlantState, health_words
from garden.domain.model import Channel, Depth, Interaction, Person

CHANNEL_WORDS = {
    Channel.MESSAGE: "Message",
    Channel.CALL: "Call",
    Channel.VIDEO: "Video call",
    Channel.IN_PERSON: "Met in person",
    Channel.LETTER: "Letter or gift",
    Channel.ACTIVITY: "Did something together",
}
DEPTH_WORDS = {Depth.BRIEF: "brief", Depth.GOOD: "good talk", Depth.DEEP: "deep talk"}


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
    """'Call · deep talk', 'Message · brief', 'Met in person · good talk'."""
    return f"{CHANNEL_WORDS[item.channel]} · {DEPTH_WORDS[item.depth]}"


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
        lines.append(f"Last time: {moment_words(last)}, {when(last.on, today)}")
        if last.topics:
            lines.append("You talked about " + ", ".join(last.topics[:3]))
    return "\n".join(lines)
