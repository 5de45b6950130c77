"""A believable synthetic garden, for trying the app and for benchmarks.

Deterministic for a given seed and "today": circles in Dunbar's proportions, each person
with their own rhythm of contact, channels and depths that fit the circle, shared topics,
a few favours, summer rests, some relationships that went quiet for a year or two and
came back, a few that are quiet right now, and a couple let go with a note.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
import random
from dataclasses import dataclass

from garden.domain.model import (
    Birthday,
    Channel,
    Circle,
    Depth,
    Favour,
    Interaction,
    Person,
    ReachedOut,
    Rest,
    Species,
)
from garden.i18n import N_, _, ngettext
from garden.services.changes import Change, Records
from garden.services.garden import Garden

GIVEN = (
    "Giulia", "Marco", "Chiara", "Luca", "Francesca", "Matteo", "Sara", "Davide", "Elena",
    "Alessandro", "Martina", "Lorenzo", "Valentina", "Andrea", "Silvia", "Paolo", "Anna",
    "Tommaso", "Federica", "Simone", "Zoë", "Noah", "Amara", "Kenji", "Priya", "Mateo",
    "Ingrid", "Olu", "Léa", "Jonas", "Aisha", "Mikael", "Sofía", "Tariq", "Hannah",
    "Emeka", "Yuki", "Niamh", "Ravi", "Camille", "Dario", "Bianca", "Pietro", "Irene",
    "Stefano", "Beatrice", "Nicolò", "Greta", "Emma", "Leo", "Maya", "Omar", "Clara",
    "Finn", "Ines", "Hugo", "Nora", "Rosa", "Ettore", "Agnese",
)  # fmt: skip
FAMILY = (
    "Rossi", "Bianchi", "Esposito", "Ferrari", "Romano", "Colombo", "Ricci", "Marino",
    "Greco", "Bruno", "Gallo", "Conti", "De Luca", "Costa", "Giordano", "Mancini",
    "Rizzo", "Lombardi", "Moretti", "Barbieri", "Fontana", "Santoro", "Mariani", "Rinaldi",
    "Caruso", "Ferrara", "Galli", "Martin", "Okafor", "Tanaka", "Sharma", "García",
    "Lindqvist", "Adeyemi", "Dubois", "Weber", "Haddad", "Nieminen", "O'Brien", "Patel",
    "Novak", "Kowalski", "Silva", "Nakamura", "Müller", "Jensen", "Popescu", "Horvat",
)  # fmt: skip
#: A few names from other scripts, so every demo shows that any name works.
SPECIAL_NAMES = ("王芳", "Zoë Lefèvre", "Αλέξανδρος Παππάς", "Nilufar Rahimova")
SPECIAL_AT = (1, 3, 8, 20)  # where they appear, so even a five-person demo has two
TOPICS = (
    N_("music"), N_("cooking"), N_("travel"), N_("university memories"), N_("memes"),
    N_("books"), N_("football"), N_("hiking"), N_("photography"), N_("gardening"), N_("films"),
    N_("career"), N_("kids"), N_("cycling"), N_("coffee"), N_("board games"), N_("languages"),
    N_("running"), N_("art"), N_("recipes"), N_("climbing"), N_("podcasts"), N_("video games"),
    N_("theatre"), N_("dogs"), N_("sailing"),
)  # fmt: skip
NOTES = (
    N_("Talked about her trip to Lisbon."),
    N_("He is starting a new job in Turin; sounded excited and a bit nervous."),
    N_("Sent me the focaccia recipe from that dinner."),
    N_("We laughed about the exam we nearly failed together."),
    N_("Long walk by the river; talked about his dad's health."),
    N_("Shared a playlist for the summer."),
    N_("Helped me move flat; I owe them a dinner."),
    N_("Lent me the climbing shoes."),
    N_("Their daughter started school."),
    N_("Planning a weekend in the mountains in spring."),
    N_("Sent a meme about our old flat."),
    N_("Asked for advice on the job offer."),
    N_("Coffee after work, talked about books we are reading."),
    N_("Birthday call."),
    N_("Watched the match together."),
    N_("They are learning Japanese."),
    N_("Recommended a podcast about architecture."),
    N_("Dinner at their place: the best risotto."),
    N_("Quick check-in after the move."),
    N_("Talked for hours, like the old days."),
)
HOW_MET = (
    N_("university, first year"),
    N_("school"),
    N_("a climbing gym"),
    N_("work, the Milan office"),
    N_("a friend's wedding"),
    N_("the choir"),
    N_("neighbours in Bologna"),
    N_("a language exchange"),
    N_("Erasmus in Lyon"),
    N_("the running club"),
    N_("family"),
    N_("an online forum about synths"),
)
ARCHIVE_NOTES = (
    N_("Moved to Australia; we drifted apart, and that's okay."),
    N_("Our lives went different ways. Grateful for the years in Bologna."),
)
#: The notes of the demo's rests: a close friend's hard months, the whole garden's summer.
HARD_MONTHS_NOTE = N_("a hard few months; giving them space")
SUMMER_NOTE = N_("summer holiday")

#: Channel and depth mixes by circle (weights).
CHANNELS = {
    Circle.HEART: {Channel.IN_PERSON: 40, Channel.MESSAGE: 30, Channel.CALL: 15,
                   Channel.VIDEO: 5, Channel.ACTIVITY: 10},
    Circle.CLOSE: {Channel.MESSAGE: 35, Channel.CALL: 20, Channel.IN_PERSON: 25,
                   Channel.ACTIVITY: 10, Channel.VIDEO: 5, Channel.LETTER: 5},
    Circle.FRIENDS: {Channel.MESSAGE: 45, Channel.CALL: 15, Channel.IN_PERSON: 20,
                     Channel.VIDEO: 5, Channel.ACTIVITY: 10, Channel.LETTER: 5},
    Circle.MEADOW: {Channel.MESSAGE: 70, Channel.IN_PERSON: 20, Channel.LETTER: 10},
}  # fmt: skip


#: The largest demo garden, in people and in years.
MAX_PEOPLE = 5000
MAX_YEARS = 50


@dataclass(frozen=True, slots=True)
class DemoSummary:
    people: int
    interactions: int
    rests: int
    archived: int
    change: Change  # the people and rests planted (their moments go with them on undo)


def circle_sizes(people: int) -> dict[Circle, int]:
    """Dunbar's layers (5, 15, 50, 150 cumulative) scaled to `people`."""
    heart = max(1, round(people * 5 / 150))
    close = max(1 if people >= 3 else 0, round(people * 10 / 150))
    friends = max(1 if people >= 4 else 0, round(people * 35 / 150))
    heart = min(heart, people)
    close = min(close, people - heart)
    friends = min(friends, people - heart - close)
    return {
        Circle.HEART: heart,
        Circle.CLOSE: close,
        Circle.FRIENDS: friends,
        Circle.MEADOW: people - heart - close - friends,
    }


def _pick(rng: random.Random, weights: dict[Channel, int]) -> Channel:
    return rng.choices(list(weights), weights=list(weights.values()))[0]


#: Nicknames people actually use for some of the given names above.
NICKNAMES = {
    "Francesca": "Fra", "Alessandro": "Ale", "Valentina": "Vale", "Matteo": "Teo",
    "Federica": "Fede", "Lorenzo": "Lollo", "Tommaso": "Tommi", "Beatrice": "Bea",
    "Giulia": "Giuli", "Simone": "Simo", "Stefano": "Ste", "Alexander": "Alex",
    "Αλέξανδρος": "Alex", "Nicolò": "Nico", "Valeria": "Vale", "Hannah": "Hanni",
}  # fmt: skip


def _nickname(rng: random.Random, name: str) -> str:
    given = name.split()[0]
    return NICKNAMES[given] if given in NICKNAMES and rng.random() < 0.6 else ""


class _Builder:
    def __init__(self, rng: random.Random, today: dt.date, years: float) -> None:
        self.rng = rng
        self.today = today
        self.start = today - dt.timedelta(days=max(1, round(years * 365.25)))
        self.names: set[str] = set()
        self.last_name = ""

    def name(self, index: int) -> str:
        if index in SPECIAL_AT:
            special = SPECIAL_NAMES[SPECIAL_AT.index(index)]
            self.names.add(special)
            self.last_name = special
            return special
        for _attempt in range(1000):
            candidate = f"{self.rng.choice(GIVEN)} {self.rng.choice(FAMILY)}"
            if candidate not in self.names:
                self.names.add(candidate)
                self.last_name = candidate
                return candidate
        return _("Friend {number}").format(number=index + 1)

    def joined(self, circle: Circle) -> dt.date:
        """When someone entered the garden: the inner circles mostly from the start."""
        span = (self.today - self.start).days
        early = {Circle.HEART: 0.85, Circle.CLOSE: 0.65, Circle.FRIENDS: 0.45}.get(circle, 0.3)
        if self.rng.random() < early:
            offset = self.rng.randint(0, max(0, span // 20))
        else:
            offset = self.rng.randint(0, max(0, span - 14))
        return self.start + dt.timedelta(days=offset)

    def moments(
        self, person: Person, joined: dt.date, topics: list[str], quiet_now: bool = False
    ) -> list[Interaction]:
        rng = self.rng
        cadence = person.cadence or 300
        # Most people are in touch a little more often than their rhythm asks; some less.
        mean_gap = cadence * math.exp(rng.gauss(-0.4, 0.35))
        # Quiet spells: a year or two of silence, then a reconnection.
        quiet: tuple[dt.date, dt.date] | None = None
        span = (self.today - joined).days
        if person.circle is not Circle.MEADOW and span > 700 and rng.random() < 0.18:
            q_start = joined + dt.timedelta(days=rng.randint(120, span - 500))
            quiet = (q_start, q_start + dt.timedelta(days=rng.randint(300, 700)))
        # Some relationships are quiet right now: the last contact was a while ago.
        ends = self.today
        if quiet_now:
            # Long enough ago that the plant has fallen asleep: every demo shows one.
            ends = self.today - dt.timedelta(days=int(cadence * rng.uniform(4, 6)))
        elif person.circle is not Circle.MEADOW and rng.random() < 0.1:
            ends = self.today - dt.timedelta(days=int(cadence * rng.uniform(1.5, 5)))
        out: list[Interaction] = []
        day = joined
        reconnecting = False
        while True:
            gap = max(1.0, rng.gammavariate(2.0, mean_gap / 2.0))
            day += dt.timedelta(days=round(gap))
            if quiet and quiet[0] <= day < quiet[1]:
                day = quiet[1] + dt.timedelta(days=rng.randint(0, 20))
                reconnecting = True
                quiet = None
            if day > ends:
                break
            out.append(self.moment(person, day, topics, reconnecting, len(out)))
            reconnecting = False
        return out

    def moment(
        self, person: Person, day: dt.date, topics: list[str], reconnecting: bool, n: int
    ) -> Interaction:
        rng = self.rng
        if reconnecting:
            channel, depth = rng.choice((Channel.IN_PERSON, Channel.CALL)), Depth.DEEP
        else:
            channel = _pick(rng, CHANNELS[person.circle])
            deep_chance = 0.35 if channel in (Channel.IN_PERSON, Channel.ACTIVITY) else 0.15
            roll = rng.random()
            depth = (
                Depth.DEEP
                if roll < deep_chance
                else (Depth.GOOD if roll < deep_chance + 0.5 else Depth.BRIEF)
            )
        talked = [t for t in topics if rng.random() < 0.35][:2]
        if rng.random() < 0.05:
            talked.append(_(rng.choice(TOPICS)))
        favour_roll = rng.random()
        favour = (
            Favour.GIVEN
            if favour_roll < 0.03
            else (Favour.RECEIVED if favour_roll < 0.06 else None)
        )
        at = None
        if rng.random() < 0.3:
            at = dt.time(rng.randint(8, 22), rng.choice((0, 15, 30, 45)))
        note = _(rng.choice(NOTES)) if (depth is not Depth.BRIEF and rng.random() < 0.3) else ""
        return Interaction(
            id=0,
            person_id=person.id,
            on=day,
            at=at,
            channel=channel,
            depth=depth,
            reached_out=rng.choices(
                (ReachedOut.ME, ReachedOut.THEM, ReachedOut.BOTH), weights=(45, 40, 15)
            )[0],
            favour=favour,
            note=note,
            topics=tuple(dict.fromkeys(talked)),
            created=dt.datetime.combine(day, at or dt.time(20, 0)),
        )


class GardenNotEmptyError(Exception):
    """The demo only ever fills an empty garden."""


def check_size(people: int, years: float) -> None:
    """Refuse a demo garden of a size it cannot have (`ValueError`, one line to show)."""
    if not 1 <= people <= MAX_PEOPLE:
        raise ValueError(_("a demo garden holds 1 to {limit} people").format(limit=MAX_PEOPLE))
    if not 0 < years <= MAX_YEARS:
        raise ValueError(
            _("a demo garden covers more than 0 and at most {limit} years").format(limit=MAX_YEARS)
        )


def fill_demo(garden: Garden, people: int = 150, years: float = 10, seed: int = 1) -> DemoSummary:
    """Fill an empty garden with a synthetic one (one transaction).

    `ValueError` (see `check_size`) or `GardenNotEmptyError` change nothing.
    """
    check_size(people, years)
    if not garden.is_empty():
        raise GardenNotEmptyError(
            _(
                "This garden already has people in it; the demo only fills an empty garden "
                "(use --data-dir to make one elsewhere)."
            )
        )
    rng = random.Random(seed)
    today = garden.today()
    build = _Builder(rng, today, years)
    sizes = circle_sizes(people)
    species = list(Species)
    total = archived = 0
    planted: dict[int, Person | None] = {}
    rested: dict[int, Rest | None] = {}
    with garden.repo.transaction():
        index = 0
        friends_seen = 0
        for circle, count in sizes.items():
            for _seat in range(count):
                joined = build.joined(circle)
                topics = [_(t) for t in rng.sample(TOPICS, rng.randint(1, 4))]
                birthday = None
                if rng.random() < 0.8:
                    b = dt.date(2001, 1, 1) + dt.timedelta(days=rng.randint(0, 364))
                    year = rng.randint(1960, 2004) if rng.random() < 0.7 else None
                    birthday = Birthday(b.month, b.day, year)
                person = Person(
                    id=0,
                    name=build.name(index),
                    circle=circle,
                    species=species[index % len(species)],
                    created=dt.datetime.combine(joined, dt.time(19, 30)),
                    nickname=_nickname(rng, build.last_name),
                    how_met=_(rng.choice(HOW_MET)),
                    birthday=birthday,
                    notes="" if rng.random() < 0.6 else _(rng.choice(NOTES)),
                    topics=tuple(topics),
                )
                pid = garden.repo.put_person(person)
                person = dataclasses.replace(person, id=pid)
                planted[pid] = person
                # One friend in seven (from the fourth) has been quiet for a while.
                quiet_now = circle is Circle.FRIENDS and friends_seen % 7 == 3
                friends_seen += circle is Circle.FRIENDS
                moments = build.moments(person, joined, topics, quiet_now)
                total += garden.repo.insert_interactions(moments)
                if circle is Circle.FRIENDS and rng.random() < 0.06 and moments:
                    gone = moments[-1].on + dt.timedelta(days=rng.randint(30, 200))
                    if gone < today:
                        person = dataclasses.replace(
                            person,
                            archived_at=dt.datetime.combine(gone, dt.time(21, 0)),
                            archive_note=_(rng.choice(ARCHIVE_NOTES)),
                        )
                        garden.repo.put_person(person)
                        planted[pid] = person
                        archived += 1
                if circle is Circle.CLOSE and rng.random() < 0.15:
                    r_start = today - dt.timedelta(days=rng.randint(30, 900))
                    r_end = r_start + dt.timedelta(days=60)
                    rest = Rest(0, r_start, r_end, pid, _(HARD_MONTHS_NOTE))
                    rid = garden.repo.put_rest(rest)
                    rested[rid] = dataclasses.replace(rest, id=rid)
                index += 1
        # Summer holidays: the whole garden rests for two weeks every August.
        for year in range(build.start.year, today.year + 1):
            start = dt.date(year, 8, 5)
            if build.start <= start and start + dt.timedelta(days=13) <= today:
                rest = Rest(0, start, start + dt.timedelta(days=13), None, _(SUMMER_NOTE))
                rid = garden.repo.put_rest(rest)
                rested[rid] = dataclasses.replace(rest, id=rid)
    # The plural follows the years (a float: "1 year", "1.5 years", "10 years").
    summary = ngettext(
        "Planted a demo garden: {people} people, {interactions} moments over {years:g} year.",
        "Planted a demo garden: {people} people, {interactions} moments over {years:g} years.",
        1 if years == 1 else 2,
    ).format(people=people, interactions=total, years=years)
    change = Change(
        summary,
        Records(people=dict.fromkeys(planted), rests=dict.fromkeys(rested)),
        Records(people=planted, rests=rested),
    )
    # A write through this very connection: SQLite's data_version (`changed_elsewhere`)
    # would not notice it, so the cached model is dropped here, as after an import.
    return DemoSummary(people, total, len(rested), archived, garden.bulk_changed(change))
