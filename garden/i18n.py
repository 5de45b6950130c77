"""Words in the user's language for everything in `garden/` (no Qt: gettext catalogues).

English is the source language. Catalogues live in `garden/locale/<lang>/LC_MESSAGES/`
(`garden.po` sources next to the compiled `garden.mo`; `make translations` rebuilds them).
The language comes from `--lang`, the window's setting, or the system locale, and is set
once per process with `set_language`. Dates and month names come from Babel, imported
only when first needed.

Strings defined at import time (tables of words) are marked with `N_` and translated where
they are shown, with `_`.
"""

from __future__ import annotations

import datetime as dt
import gettext
import os
from pathlib import Path
from typing import Literal

DOMAIN = "garden"
LOCALE_DIR = Path(__file__).parent / "locale"
#: Languages with a complete translation (English is the source).
LANGUAGES = ("en", "it")
LANGUAGE_ENV = "GARDEN_LANG"

#: The locale dates are written in: the garden's English is British ("7 Mar 2025").
BABEL_LOCALES = {"en": "en_GB", "it": "it_IT"}

_translation: gettext.NullTranslations = gettext.NullTranslations()
_language = "en"
#: The LANGUAGE value `set_language` wrote (for argparse), and the one it replaced: the
#: system's choice is read from the latter, not from our own write.
_written: str | None = None
_replaced: str | None = None


def system_language() -> str:
    """The first supported language the environment asks for (LANGUAGE, LC_ALL, ...)."""
    for variable in (LANGUAGE_ENV, "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable, "")
        if variable == "LANGUAGE" and _written is not None and value == _written:
            value = _replaced or ""  # our own write: the system said what it replaced
        for part in value.split(":"):
            code = part.split(".")[0].split("_")[0].split("-")[0].lower()
            if code in LANGUAGES:
                return code
            if code and code not in ("c", "posix"):
                break  # the first language named wins; an unsupported one means English
        if value:
            return "en"
    return "en"


def normalise(language: str | None) -> str:
    """A supported language code for `language` (None means the system's)."""
    if not language:
        return system_language()
    code = language.replace("-", "_").split("_")[0].lower()
    return code if code in LANGUAGES else "en"


def set_language(language: str | None = None) -> str:
    """Speak `language` from now on (None: the system's); returns the code in use.

    Also points the standard library's gettext at our catalogue, so argparse's own words
    ("usage:", "invalid choice") come out in the same language.
    """
    global _translation, _language, _written, _replaced
    _language = normalise(language)
    _translation = gettext.translation(DOMAIN, LOCALE_DIR, languages=[_language], fallback=True)
    gettext.bindtextdomain(DOMAIN, str(LOCALE_DIR))
    gettext.textdomain(DOMAIN)
    current = os.environ.get("LANGUAGE")
    if _written is None or current != _written:
        _replaced = current  # the system's (or someone else's) value, before ours
    os.environ["LANGUAGE"] = _written = _language  # read by the stdlib gettext (argparse)
    return _language


def language() -> str:
    return _language


def _(message: str) -> str:
    """`message` in the current language."""
    return _translation.gettext(message)


def ngettext(singular: str, plural: str, count: int) -> str:
    """The singular or plural form for `count`, in the current language."""
    return _translation.ngettext(singular, plural, count)


def N_(message: str) -> str:  # noqa: N802 - the conventional gettext marker
    """Mark `message` for translation where it is defined; translate it with `_` where
    it is shown."""
    return message


def format_day(day: dt.date, style: str = "long") -> str:
    """A date as people write it in the current language ("26 November 2026",
    "26 novembre 2026"); `style` is Babel's: short, medium, long or full."""
    from babel.dates import format_date

    return str(format_date(day, format=style, locale=BABEL_LOCALES[_language]))


def month_names(width: Literal["abbreviated", "narrow", "wide"] = "abbreviated") -> list[str]:
    """January to December in the current language (`width`: wide or abbreviated)."""
    from babel.dates import get_month_names

    names = get_month_names(width, locale=BABEL_LOCALES[_language])
    return [str(names[i]) for i in range(1, 13)]


def file_size(size: int) -> str:
    """A file's size in the current language: "512 bytes", "92 kB", "1.5 MB" ("1,5 MB"
    in Italian). 1,024 bytes to the kilobyte, as the window counts them."""
    from babel.units import format_unit

    locale = BABEL_LOCALES[_language]
    if size < 1024:
        return str(format_unit(size, "digital-byte", length="long", locale=locale))
    if (kilobytes := round(size / 1024)) < 1024:
        return str(format_unit(kilobytes, "digital-kilobyte", length="short", locale=locale))
    unit, scale = ("digital-megabyte", 1024**2) if size < 1024**3 else ("digital-gigabyte", 1024**3)
    return str(format_unit(size / scale, unit, length="short", format="#,##0.0", locale=locale))
