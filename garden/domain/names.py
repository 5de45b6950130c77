"""Finding a person by what a user types: full name, nickname, a prefix, or `#id`.

Matching ignores case and accents ("zoe" finds Zoë) and works for any script.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

from garden.domain.model import Person
from garden.i18n import _


def name_key(text: str) -> str:
    """A form of `text` for comparing names: no accents, case-folded, single spaces."""
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(unicodedata.normalize("NFC", bare).casefold().split())


class PersonLookupError(LookupError):
    """A name that does not lead to exactly one person."""


class UnknownPersonError(PersonLookupError):
    def __init__(self, query: str, suggestions: Sequence[str] = ()) -> None:
        self.query = query
        self.suggestions = tuple(suggestions)
        message = _("No one called “{query}” in your garden.").format(query=query)
        if suggestions:
            message += " " + _("Did you mean {names}?").format(names=_or_list(suggestions))
        super().__init__(message)


class AmbiguousPersonError(PersonLookupError):
    def __init__(self, query: str, candidates: Sequence[Person]) -> None:
        self.query = query
        self.candidates = tuple(candidates)
        shown = ", ".join(f"{p.name} (#{p.id})" for p in candidates[:6])
        if len(candidates) > 6:
            shown = _("{names} and {count} more").format(names=shown, count=len(candidates) - 6)
        super().__init__(
            _("“{query}” could be {names}; use more of the name or the #id.").format(
                query=query, names=shown
            )
        )


def _or_list(items: Sequence[str]) -> str:
    quoted = [f"“{s}”" for s in items]
    if len(quoted) == 1:
        return quoted[0]
    return _("{names} or {last}").format(names=", ".join(quoted[:-1]), last=quoted[-1])


def resolve(query: str, people: Sequence[Person]) -> Person:
    """The one person `query` names, or raise `UnknownPersonError` / `AmbiguousPersonError`.

    Tried in order, stopping at the first step that finds anyone: `#id`; the full name;
    the nickname; a prefix of the name, of any word in it, or of the nickname.
    """
    text = query.strip()
    if text.startswith("#") and text[1:].isascii() and text[1:].isdigit():
        wanted = int(text[1:])
        for person in people:
            if person.id == wanted:
                return person
        raise UnknownPersonError(query)
    key = name_key(text)
    if not key:
        raise UnknownPersonError(query)
    steps = (
        [p for p in people if name_key(p.name) == key],
        [p for p in people if p.nickname and name_key(p.nickname) == key],
        [p for p in people if _prefix_match(key, p)],
    )
    for found in steps:
        if len(found) == 1:
            return found[0]
        if found:
            raise AmbiguousPersonError(query, sorted(found, key=lambda p: (name_key(p.name), p.id)))
    raise UnknownPersonError(query, suggest(key, people))


def _prefix_match(key: str, person: Person) -> bool:
    name = name_key(person.name)
    nick = name_key(person.nickname)
    if name.startswith(key) or (nick and nick.startswith(key)):
        return True
    return any(word.startswith(key) for word in name.split())


def suggest(key: str, people: Sequence[Person], limit: int = 3) -> list[str]:
    """Names close to `key`, for "did you mean" hints."""
    by_key: dict[str, str] = {}
    for person in people:
        by_key.setdefault(name_key(person.name), person.name)
        if person.nickname:
            by_key.setdefault(name_key(person.nickname), person.name)
    import difflib  # only for misspellings: kept off the start-up path

    close = difflib.get_close_matches(key, list(by_key), n=limit, cutoff=0.6)
    return list(dict.fromkeys(by_key[c] for c in close))


def _subsequence_gaps(needle: str, haystack: str) -> int | None:
    """How many characters are skipped to find `needle` in order inside `haystack`."""
    gaps = 0
    position = 0
    for ch in needle:
        found = haystack.find(ch, position)
        if found < 0:
            return None
        gaps += found - position
        position = found + 1
    return gaps


def rank(query: str, people: Sequence[Person], limit: int = 8) -> list[Person]:
    """People best matching what has been typed so far, best first (for completion).

    Exact and prefix matches of the name, nickname or any word come first, then names
    containing the text, then fuzzy matches (letters in order, or a close spelling).
    """
    key = name_key(query)
    if not key:
        return sorted(people, key=lambda p: (name_key(p.name), p.id))[:limit]
    scored: list[tuple[float, str, int, Person]] = []
    for person in people:
        name = name_key(person.name)
        nick = name_key(person.nickname)
        words = name.split()
        if key in (name, nick):
            score = 100.0
        elif name.startswith(key) or (nick and nick.startswith(key)):
            score = 90.0
        elif any(w.startswith(key) for w in words):
            score = 80.0
        elif key in name or (nick and key in nick):
            score = 60.0
        else:
            gaps = _subsequence_gaps(key, name)
            if gaps is not None and len(key) >= 2:
                score = 45.0 - min(gaps, 40) * 0.5
            else:
                import difflib

                ratio = max(
                    difflib.SequenceMatcher(None, key, name).ratio(),
                    max(
                        (difflib.SequenceMatcher(None, key, w).ratio() for w in words), default=0.0
                    ),
                )
                if ratio < 0.6:
                    continue
                score = 30.0 * ratio
        scored.append((-score, name, person.id, person))
    scored.sort(key=lambda t: t[:3])
    return [t[3] for t in scored[:limit]]
