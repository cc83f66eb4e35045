"""What the GUI shows for the domain's fixed choices, and the language, dates and numbers it
shows them in.

The readable names of the fixed choices and the check messages are data (``resources/texts``,
read through :mod:`coopbuilder.core.texts`); everything else the GUI says goes through Qt's
``tr()``. Both follow the translation the composition root loaded (:mod:`coopbuilder.ui.language`):
the translation itself says which language it is. Dates and numbers follow the default
``QLocale``, which loading a language sets.
"""

from __future__ import annotations

import datetime as dt
from enum import Enum

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

from coopbuilder.core.errors import Phrase
from coopbuilder.core.messages import message_in
from coopbuilder.core.texts import label
from coopbuilder.core.vocabulary import Language


def ui_language() -> Language:
    """The language of the GUI: that of the loaded translation (English without one)."""
    code = QCoreApplication.translate(
        "Language",
        "en",
        "The code of the language of this translation (en or de). The fixed choices and the "
        "check messages the program shows follow it.",
    )
    try:
        return Language(code)
    except ValueError:
        return Language.EN


def error_text(error: BaseException | Phrase) -> str:
    """What a user error (or a phrase of one) says, in the GUI's language; anything else as
    ``str()`` gives it."""
    return message_in(error, ui_language())


def choice_label(value: Enum) -> str:
    """The readable name of a fixed choice in the GUI's language."""
    return label(value, ui_language())


def date_format() -> str:
    """The Qt date format the GUI shows and edits dates in: the locale's short date with a
    four-digit year ("27.11.2026", "27/11/2026"); ISO dates under the neutral C locale."""
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        return "yyyy-MM-dd"
    pattern = locale.dateFormat(QLocale.FormatType.ShortFormat)
    return pattern if "yyyy" in pattern else pattern.replace("yy", "yyyy")


def format_date(day: dt.date | None) -> str:
    """A date as the GUI shows it; an empty string for no date."""
    if day is None:
        return ""
    return QLocale().toString(QDate(day.year, day.month, day.day), date_format())


def format_moment(when: dt.datetime) -> str:
    """A point in time as the GUI shows it: the date as :func:`format_date`, then the local
    time to the minute ("30/04/2027 14:05", in German "30.04.2027 14:05")."""
    local = when.astimezone()
    time = QLocale().toString(QTime(local.hour, local.minute), "HH:mm")
    return f"{format_date(local.date())} {time}"


def format_number(value: float | None, decimals: int = 2) -> str:
    """A mean or a difference as the GUI shows it ("3.75", in German "3,75"); "-" for none."""
    if value is None:
        return "-"
    return QLocale().toString(float(value), "f", decimals)


def counted(text: str, count: int) -> str:
    """A count's text as ``tr(source, "", count)`` gave it, in the right grammatical number.

    The German translation has a form per number (numerus forms with ``%n``); the English
    source says "(s)" where English adds an "s", and that is settled here: "%n agreement(s)"
    is "1 agreement", "2 agreements"."""
    return text.replace("(s)", "" if count == 1 else "s")
