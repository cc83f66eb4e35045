"""Counts in words, in the grammatical number each language asks for: "1 agreement",
"2 agreements", "1 Vereinbarung", "0 of 2 fields".

The grammatical number comes from Babel (the CLDR plural rules of the language: English and
German say "one" for 1 and "other" for everything else, 0 included) and the number is written in
the language's form ("1.234" in German). The Qt-free layers print counts through this module;
the GUI uses Qt's ``%n`` plurals instead (:func:`coopbuilder.ui.texts.counted`).

A noun the messages count has its forms in ``resources/texts/plurals.yaml``, keyed by its
English singular ("error": "1 error", "2 errors"; "1 Fehler", "2 Fehler"); a text that brings its
own words (a clause of the clause library) gives them to :func:`plural`.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import Any

from babel import Locale, UnknownLocaleError
from babel.numbers import format_decimal

from coopbuilder.core.errors import Translatable
from coopbuilder.core.resources import resource_path
from coopbuilder.core.yamlio import parse_yaml

OTHER = "other"
"""The plural category every language has; a form missing for a category falls back to it."""


@cache
def _locale(locale: str) -> Locale:
    try:
        return Locale.parse(str(locale).replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        return Locale.parse("en")


def plural_category(count: int, locale: str) -> str:
    """The CLDR plural category of ``count`` in ``locale`` ("en", "de", "de_DE"): "one",
    "other", or in other languages "few", "many", ..."""
    return str(_locale(locale).plural_form(abs(count)))


def number(count: int, locale: str) -> str:
    """``count`` written as ``locale`` writes numbers ("1,234" in English, "1.234" in German)."""
    return str(format_decimal(count, locale=_locale(locale)))


def choose(count: int, forms: Mapping[str, str], locale: str) -> str:
    """The form for ``count`` among ``forms`` (plural category -> text, ``{count}`` for the
    number)."""
    form = forms.get(plural_category(count, locale)) or forms[OTHER]
    return form.replace("{count}", number(count, locale))


def plural(count: int, one: str, other: str, locale: str) -> str:
    """The number and the word for it: ``plural(1, "rule", "rules", "en")`` is "1 rule",
    ``plural(2, "Regel", "Regeln", "de")`` is "2 Regeln"."""
    return choose(count, {"one": f"{{count}} {one}", OTHER: f"{{count}} {other}"}, locale)


# -- the nouns the messages count ------------------------------------------------------------


def parse_nouns(text: str) -> dict[str, dict[str, dict[str, str]]]:
    """The nouns of ``text`` (the format of plurals.yaml): English singular -> language ->
    plural category -> form. A malformed file raises ``ValueError``."""
    data = parse_yaml(text)
    if not isinstance(data, dict):
        raise ValueError("the plural forms are not a mapping")
    nouns: dict[str, dict[str, dict[str, str]]] = {}
    for noun, languages in data.items():
        if not isinstance(languages, dict) or "en" not in languages:
            raise ValueError(f"{noun!r} has no English forms")
        nouns[str(noun)] = {}
        for language, forms in languages.items():
            if not isinstance(forms, dict) or not all(
                isinstance(k, str) and isinstance(v, str) for k, v in forms.items()
            ):
                raise ValueError(f"the {language} forms of {noun!r} are not text")
            if OTHER not in forms or not all("{count}" in form for form in forms.values()):
                raise ValueError(
                    f"the {language} forms of {noun!r} need an 'other' form and {{count}} in each"
                )
            nouns[str(noun)][str(language)] = dict(forms)
    return nouns


@cache
def nouns() -> dict[str, dict[str, dict[str, str]]]:
    return parse_nouns(resource_path("texts", "plurals.yaml").read_text(encoding="utf-8"))


def counted(count: int, noun: str, language: str) -> str:
    """``count`` of ``noun`` (an English singular of plurals.yaml) in ``language``:
    ``counted(1, "error", "de")`` is "1 Fehler"; a language without forms falls back to
    English."""
    known = nouns()[noun]
    language = str(language)
    forms = known.get(language) or known["en"]
    return choose(count, forms, language if language in known else "en")


class Counted(Translatable):
    """A count as a value of a user error's message ("{errors}"), given in the message's
    language: ``Counted(2, "error")`` is "2 errors", in German "2 Fehler"."""

    def __init__(self, count: int, noun: str) -> None:
        if noun not in nouns():
            raise KeyError(f"{noun!r} has no plural forms in plurals.yaml")
        self.count = count
        self.noun = noun

    def __str__(self) -> str:
        return counted(self.count, self.noun, "en")

    def in_language(self, language: str) -> str:
        return counted(self.count, self.noun, str(language))

    def __eq__(self, other: Any) -> bool:
        return isinstance(other, Counted) and (other.count, other.noun) == (self.count, self.noun)

    def __hash__(self) -> int:
        return hash((self.count, self.noun))
