"""The window's words in the user's language: Qt translators for `ui/`.

Every user-visible string in `ui/` goes through `tr()`, which `pyside6-lupdate` finds and
collects into `resources/translations/garden_<lang>.ts`; `make translations` compiles them
to `ui/resources/translations/garden_<lang>.qm`. Qt's own catalogue (`qtbase_<lang>.qm`,
shipped with PySide6) translates the standard buttons and dialogs. The core's words come
from `garden.i18n` (gettext), set to the same language.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from garden import i18n

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QLibraryInfo,
    QLocale,
    QTime,
    QTranslator,
)
from PySide6.QtGui import QKeySequence

TRANSLATIONS = Path(__file__).parent / "resources" / "translations"
#: QSettings key: the language chosen in View → Language ("" or absent: the system's).
LANGUAGE_KEY = "language"
_installed: list[QTranslator] = []


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`text` in the window's language; with `n`, the plural form for n (write `%n`)."""
    return QCoreApplication.translate("", text, disambiguation, n)


def set_language(language: str | None) -> str:
    """Use `language` (None: the system's) for Qt's words and ours; returns its code.

    Safe to call again: the previous translators are removed first.
    """
    code = i18n.set_language(language)
    app = QCoreApplication.instance()
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(QLocale(i18n.BABEL_LOCALES[code]))
    if app is None or code == "en":
        return code
    ours = QTranslator()
    if ours.load(str(TRANSLATIONS / f"garden_{code}.qm")):
        QCoreApplication.installTranslator(ours)
        _installed.append(ours)
    qt = QTranslator()
    if qt.load(f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        QCoreApplication.installTranslator(qt)
        _installed.append(qt)
    return code


def short_date(day: dt.date) -> str:
    """23 Nov 2026 / 23 nov 2026: a date in a list, in the window's language."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMM yyyy")


def long_date(day: dt.date) -> str:
    """26 November 2026 / 26 novembre 2026, in the window's language."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMMM yyyy")


def weekday_and_date(day: dt.date) -> str:
    """Thursday 3 December / giovedì 3 dicembre: a day soon, without its year."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "dddd d MMMM")


def clock_time(moment: dt.time | dt.datetime) -> str:
    """18:30: a time of day, as the window writes it everywhere (24-hour)."""
    return QLocale().toString(QTime(moment.hour, moment.minute), "HH:mm")


def full_date(day: dt.date) -> str:
    """Thursday 26 November 2026 / giovedì 26 novembre 2026."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "dddd d MMMM yyyy")


def day_and_month(month: int, day: int) -> str:
    """17 May / 17 maggio: a birthday without its year (2000 allows 29 February)."""
    return QLocale().toString(QDate(2000, month, day), "d MMMM")


def date_and_time(moment: dt.datetime) -> str:
    """26 November 2026, 18:30 / 26 novembre 2026, 18:30."""
    when = QDateTime(
        QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute)
    )
    return QLocale().toString(when, "d MMMM yyyy, HH:mm")


def keys(sequence: str | QKeySequence.StandardKey) -> str:
    """A shortcut as the desktop writes it, in the window's language ("Ctrl+Z", or the
    platform's own symbols), for sentences that mention it: always the real binding."""
    return QKeySequence(sequence).toString(QKeySequence.SequenceFormat.NativeText)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark `text` for translation where it is defined (a table of words); `tr()` it where
    it is shown. Typed, unlike PySide6's, so tables stay `dict[..., str]`."""
    return text
