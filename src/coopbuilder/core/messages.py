"""The user errors' messages in other languages than English.

A :class:`~coopbuilder.core.errors.UserError` carries its English template and its values. The
catalogue ``resources/texts/messages.<language>.yaml`` gives each English template its
translation, with the same placeholders, and a few words that errors use as values ("an
agreement file"). The tests check that every template raised anywhere in the program has its
translation; at run time a missing one (or an unreadable catalogue) falls back to English, since
an error must always be shown.

The details of pydantic's validation are phrases too (:mod:`coopbuilder.core.validation`: "is
missing", "must be a date (YYYY-MM-DD)", the sentences of the models' own validators), and the
path of the field is given with the German names of the fields where the texts have them
("Partner › 2 › Name"); the technical name stays where they have none. Why a signature is not
valid (``SignatureCheck.problem_phrases``) and the place in a clause library file are phrases as
well.

What stays English inside a translated message, because it is not a text of CoopBuilder's: the
texts of the operating system, of the JSON and YAML parsers and of pyHanko that an error quotes
(in parentheses or after a colon), and the rare pydantic details the validation does not know.
The command line shows every error in English (``str(error)``).
"""

from __future__ import annotations

import datetime as dt
import string
from enum import Enum
from functools import cache
from typing import Any, ClassVar

import yaml

from coopbuilder.core.errors import Phrase, Translatable, UserError, fill
from coopbuilder.core.resources import resource_path
from coopbuilder.core.vocabulary import Language
from coopbuilder.core.yamlio import parse_yaml


class Catalogue:
    """The translations of one language: ``messages`` (English template -> template) and
    ``words`` (English value -> value)."""

    def __init__(self, messages: dict[str, str], words: dict[str, str]) -> None:
        self.messages = messages
        self.words = words


def catalogue_path(language: Language) -> Any:
    return resource_path("texts", f"messages.{language.value}.yaml")


def parse_catalogue(text: str) -> Catalogue:
    """The catalogue in ``text``; a malformed one raises ``ValueError``."""
    data = parse_yaml(text)
    if not isinstance(data, dict):
        raise ValueError("the catalogue is not a mapping")
    messages: dict[str, str] = {}
    for entry in data.get("messages") or []:
        if not isinstance(entry, dict) or set(entry) != {"en", "de"}:
            raise ValueError(f"an entry is not a pair of 'en' and 'de': {entry!r}")
        english, translated = entry["en"], entry["de"]
        if not isinstance(english, str) or not isinstance(translated, str):
            raise ValueError(f"an entry is not text: {entry!r}")
        if english in messages:
            raise ValueError(f"the message {english!r} is translated twice")
        messages[english] = translated
    words = data.get("words") or {}
    if not isinstance(words, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in words.items()
    ):
        raise ValueError("'words' is not a mapping of text to text")
    return Catalogue(messages, dict(words))


@cache
def catalogue(language: Language) -> Catalogue:
    """The catalogue of ``language``, empty for English."""
    if language is Language.EN:
        return Catalogue({}, {})
    return parse_catalogue(catalogue_path(language).read_text(encoding="utf-8"))


def placeholders(template: str) -> set[str]:
    """The names of the placeholders of a ``str.format`` template."""
    return {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}


def _value_in(value: Any, language: Language, words: dict[str, str]) -> Any:
    if isinstance(value, UserError | Phrase | Translatable):
        return message_in(value, language)
    if isinstance(value, Enum):
        from coopbuilder.core.texts import label

        try:
            return label(value, language)
        except (KeyError, UserError):
            return value
    if isinstance(value, str):
        return words.get(value, value)
    return value


def message_in(error: BaseException | Phrase | Translatable | str, language: Language | str) -> str:
    """What ``error`` (or a :class:`Phrase` or :class:`Translatable`) says in ``language``
    ("en", "de" or a ``Language``): for a :class:`UserError` its template in that language,
    filled with its values (values that are themselves user errors, or known words, are given
    in that language too). Anything else (a plain text stays as it is), and a template the
    catalogue does not have, is given as ``str(error)``."""
    if isinstance(error, Translatable):
        try:
            return error.in_language(Language(language))
        except ValueError:
            return str(error)
    if not isinstance(error, UserError | Phrase):
        return str(error)
    try:
        lang = Language(language)
        if lang is Language.EN:
            return str(error)
        found = catalogue(lang)
    except (ValueError, OSError, yaml.YAMLError, UnicodeDecodeError):
        return str(error)
    template = found.messages.get(error.template)
    if template is None:
        return str(error)
    values = {key: _value_in(value, lang, found.words) for key, value in error.values.items()}
    try:
        return fill(template, values)
    except (KeyError, IndexError, ValueError, AttributeError):
        return str(error)


class Joined(Translatable):
    """Phrases (or plain texts) joined by ``separator``: "p1; p2", each given in the language
    of the message it is a value of."""

    def __init__(self, parts: list[Any], separator: str) -> None:
        self.parts = list(parts)
        self.separator = separator

    def __str__(self) -> str:
        return self.separator.join(str(part) for part in self.parts)

    def in_language(self, language: str) -> str:
        return self.separator.join(message_in(part, language) for part in self.parts)


class Moment(Translatable):
    """A point in time as a message names it, in the local time zone, to the minute:
    "2027-04-30 14:05" in English, "30.04.2027, 14:05" in German."""

    FORMATS: ClassVar[dict[Language, str]] = {
        Language.EN: "%Y-%m-%d %H:%M",
        Language.DE: "%d.%m.%Y, %H:%M",
    }

    def __init__(self, when: dt.datetime) -> None:
        self.when = when

    def __str__(self) -> str:
        return self.in_language(Language.EN)

    def in_language(self, language: str) -> str:
        try:
            pattern = self.FORMATS[Language(language)]
        except (ValueError, KeyError):
            pattern = self.FORMATS[Language.EN]
        return self.when.astimezone().strftime(pattern)
