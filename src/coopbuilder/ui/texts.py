"""What the GUI shows for the domain's fixed choices, and the language it shows them in.

The readable names of the fixed choices and the check messages are data (``resources/texts``,
read through :mod:`coopbuilder.core.texts`); everything else the GUI says goes through Qt's
``tr()``. The GUI speaks English until the German translation is added; this is the one place
that decides.
"""

from __future__ import annotations

import datetime as dt
from enum import Enum

from PySide6.QtCore import QCoreApplication, QDate

from coopbuilder.core.texts import label
from coopbuilder.core.vocabulary import Language


def ui_language() -> Language:
    """The language of the GUI's data texts (choices, check messages)."""
    return Language.EN


def choice_label(value: Enum) -> str:
    """The readable name of a fixed choice in the GUI's language."""
    return label(value, ui_language())


def date_format() -> str:
    """The Qt date format the GUI shows and edits dates in (translators may change it)."""
    return QCoreApplication.translate("Dates", "yyyy-MM-dd")


def format_date(day: dt.date | None) -> str:
    """A date as the GUI shows it; an empty string for no date."""
    if day is None:
        return ""
    return QDate(day.year, day.month, day.day).toString(date_format())
