"""How the garden talks about people and time: warm, brief, never a score."""

from __future__ import annotations

import datetime as dt

from garden.domain.growth import PlantState, Stage, health_words
from garden.domain.model import Channel, Circle, Depth, Interaction, Person, Species
from garden.i18n import N_, _, ngettext

CHANNEL_WORDS = {
    Channel.MESSAGE: N_("Message"),
    Channel.CALL: N_("Call"),
    Channel.VIDEO: N_("Video call"),
    Channel.IN_PERSON: N_("Met in person"),
    Channel.LETTER: N_("Letter or gift"),
    Channel.ACTIVITY: N_("Did something together"),
}
DEPTH_WORDS = {Depth.BRIEF: N_("brief"), Depth.GOOD: N_("good talk"), Depth.DEEP: N_("deep talk")}


def channel_words(channel: Channel) -> str:
    return _(CHANNEL_WORDS[channel])


def depth_words(depth: Depth) -> str:
    return _(DEPTH_WORDS[depth])


def when(day: dt.date | None, today: dt.date) -> str:
    """A date as a person would say it relative to today."""
    if day is None:
        return _("never")
    delta = (today - day).days
    if delta == 0:
        return _("today")
    if delta == 1:
        return _("yesterday")
    if delta == -1:
        return _("tomorrow")
    if 1 < delta < 14:
        return ngettext("{n} day ago", "{n} days ago", delta).format(n=delta)
    if -14 < delta < -1:
        return ngettext("in {n} day", "in {n} days", -delta).format(n=-delta)
    if 14 <= delta < 60:
        weeks = delta // 7
        return ngettext("{n} week ago", "{n} weeks ago", weeks).format(n=weeks)
    if -60 < delta <= -14:
        weeks = -delta // 7
        return ngettext("in {n} week", "in {n} weeks", weeks).format(n=weeks)
    if 60 <= delta < 730:
        months = round(delta / 30.44)
        return ngettext("{n} month ago", "{n} months ago", months).format(n=months)
    return day.isoformat()


def moment_words(item: Interaction) -> str:
    """'Call · deep talk', 'Message · brief', 'Met in person · good talk'."""
    return f"{channel_words(item.channel)} · {depth_words(item.depth)}"


def summary(
    person: Person, state: PlantState | None, last: Interaction | None, today: dt.date
) -> str:
    """A short hover summary: how they are doing and the last moment together."""
    lines = [person.name]
    if person.archived:
        if person.archive_note:
            lines.append(_("Let go: {note}").format(note=person.archive_note))
        else:
            lines.append(_("Let go"))
    elif state is not None:
        lines.append(health_words(state))
    if last is None:
        lines.append(_("No moments logged yet"))
    else:
        lines.append(
            _("Last time: {moment}, {when}").format(
                moment=moment_words(last), when=when(last.on, today)
            )
        )
        if last.topics:
            lines.append(_("You talked about {topics}").format(topics=", ".join(last.topics[:3])))
    return "\n".join(lines)


CIRCLE_WORDS = {
    Circle.HEART: N_("heart"),
    Circle.CLOSE: N_("close"),
    Circle.FRIENDS: N_("friends"),
    Circle.MEADOW: N_("meadow"),
}
SPECIES_WORDS = {
    Species.FERN: N_("fern"),
    Species.SUNFLOWER: N_("sunflower"),
    Species.ROSE: N_("rose"),
    Species.TULIP: N_("tulip"),
    Species.LAVENDER: N_("lavender"),
    Species.CACTUS: N_("cactus"),
    Species.IVY: N_("ivy"),
    Species.TREE: N_("tree"),
}
STAGE_WORDS = {
    Stage.SEED: N_("seed"),
    Stage.SPROUT: N_("sprout"),
    Stage.YOUNG: N_("young"),
    Stage.MATURE: N_("mature"),
    Stage.FLOURISHING: N_("flourishing"),
    Stage.DORMANT: N_("asleep"),
}


def circle_words(circle: Circle) -> str:
    return _(CIRCLE_WORDS[circle])


def species_words(species: Species) -> str:
    return _(SPECIES_WORDS[species])


def stage_words(stage: Stage) -> str:
    return _(STAGE_WORDS[stage])
