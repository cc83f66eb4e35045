"""Counts in the Qt-free layers are written in the grammatical number of their language, by
Babel's plural rules: "1 agreement", "1 Vereinbarung", "0 of 2 fields"."""

from __future__ import annotations

import pytest

from coopbuilder.core import plurals
from coopbuilder.core.errors import UserError
from coopbuilder.core.messages import message_in
from coopbuilder.core.plurals import Counted, counted, parse_nouns, plural


@pytest.mark.parametrize(
    ("count", "english", "german"),
    [
        (0, "0 agreements", "0 Vereinbarungen"),
        (1, "1 agreement", "1 Vereinbarung"),
        (2, "2 agreements", "2 Vereinbarungen"),
        (1234, "1,234 agreements", "1.234 Vereinbarungen"),
    ],
)
def test_a_count_takes_the_form_of_its_number_in_each_language(
    count: int, english: str, german: str
) -> None:
    assert counted(count, "agreement", "en") == english
    assert counted(count, "agreement", "de") == german


def test_a_noun_with_one_form_for_both_numbers_in_german() -> None:
    assert [counted(n, "error", "de") for n in (1, 2)] == ["1 Fehler", "2 Fehler"]
    assert [counted(n, "error", "en") for n in (1, 2)] == ["1 error", "2 errors"]
    assert counted(1, "empty signature field", "de") == "1 leeres Unterschriftsfeld"
    assert counted(3, "empty signature field", "de") == "3 leere Unterschriftsfelder"


def test_the_plural_rule_is_the_languages_own() -> None:
    assert plurals.plural_category(1, "de_DE") == "one"
    assert plurals.plural_category(0, "en") == "other"  # "0 fields", not "0 field"
    # a language whose rule has more numbers than two (Polish: few, many) gets them from Babel
    assert [plurals.plural_category(n, "pl") for n in (1, 3, 5)] == ["one", "few", "many"]
    assert plural(1, "Regel", "Regeln", "de") == "1 Regel"
    assert plural(0, "field", "fields", "en") == "0 fields"


def test_a_language_without_forms_falls_back_to_english() -> None:
    assert counted(2, "field", "fr") == "2 fields"


def test_a_count_in_a_message_is_given_in_the_messages_language() -> None:
    error = UserError(
        "'{title}' is not ready to sign: the agreement checks report {errors}. Fix them first.",
        title="T",
        errors=Counted(1, "error"),
    )
    assert (
        str(error)
        == "'T' is not ready to sign: the agreement checks report 1 error. Fix them first."
    )
    assert message_in(error, "de") == (
        "„T“ ist nicht unterschriftsreif: Die Prüfung der Vereinbarung meldet 1 Fehler. "
        "Beheben Sie diese zuerst."
    )


def test_every_noun_has_its_forms_in_every_language() -> None:
    nouns = plurals.nouns()
    assert nouns and all(set(forms) == {"en", "de"} for forms in nouns.values())
    assert all(
        {"one", "other"} <= set(by_number)
        for forms in nouns.values()
        for by_number in forms.values()
    )


def test_a_count_of_an_unknown_noun_is_refused() -> None:
    with pytest.raises(KeyError, match="'meeting' has no plural forms"):
        Counted(2, "meeting")


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("- a list", "not a mapping"),
        ("error: {de: {one: '{count} Fehler', other: '{count} Fehler'}}", "no English forms"),
        ("error: {en: {one: '{count} error'}}", "need an 'other' form"),
        ("error: {en: {one: 'error', other: '{count} errors'}}", "{count} in each"),
    ],
)
def test_a_malformed_file_of_plural_forms_is_refused(text: str, problem: str) -> None:
    with pytest.raises(ValueError, match=problem.replace("{", r"\{").replace("}", r"\}")):
        parse_nouns(text)
