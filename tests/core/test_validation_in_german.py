"""What is wrong with a broken exchange file is told in German when the program speaks German:
the field path with the fields' German names, pydantic's details and the models' own
sentences; the English message stays as it was."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest

from coopbuilder.core.agreement import Agreement
from coopbuilder.core.errors import ExchangeFileError, Phrase
from coopbuilder.core.exchange import dumps, loads
from coopbuilder.core.messages import Joined, message_in
from coopbuilder.core.validation import FieldPath


def _broken(demo: Agreement, change: Callable[[dict[str, Any]], object]) -> ExchangeFileError:
    document = json.loads(dumps(demo))
    change(document["agreement"])
    with pytest.raises(ExchangeFileError) as caught:
        loads(json.dumps(document).encode(), source="a.json")
    return caught.value


def test_a_missing_title(demo: Agreement) -> None:
    error = _broken(demo, lambda agreement: agreement.pop("title"))
    assert str(error) == "a.json: agreement › title: is missing."
    assert message_in(error, "de") == "a.json: Vereinbarung › Titel: fehlt."


def test_a_wrong_date(demo: Agreement) -> None:
    error = _broken(demo, lambda agreement: agreement.update(effective_date="2026-13-45"))
    assert str(error) == "a.json: agreement › effective_date: must be a date (YYYY-MM-DD)."
    assert message_in(error, "de") == (
        "a.json: Vereinbarung › Inkrafttreten: muss ein Datum sein (JJJJ-MM-TT)."
    )


def test_an_unknown_choice(demo: Agreement) -> None:
    error = _broken(demo, lambda agreement: agreement["sharing_rules"][0].update(when="sometimes"))
    choices = "'never', 'routine', 'on_request_with_consent'"
    assert str(error) == (
        "a.json: agreement › sharing_rules › 1 ('r-trends-ngo') › when: must be one of "
        f"{choices} or 'on_trigger'."
    )
    assert message_in(error, "de") == (
        "a.json: Vereinbarung › Übermittlungsregeln › 1 („r-trends-ngo“) › Wann: muss einer "
        f"dieser Werte sein: {choices} oder 'on_trigger'."
    )


def test_a_nested_field_has_a_single_german_name(demo: Agreement) -> None:
    error = _broken(demo, lambda agreement: agreement["dpia"].update(status="unknown"))
    assert str(error).startswith("a.json: agreement › dpia › status: must be one of")
    assert message_in(error, "de").startswith(
        "a.json: Vereinbarung › Stand der DSFA: muss einer dieser Werte sein:"
    )


def test_a_sentence_of_the_models_own_validators(demo: Agreement) -> None:
    error = _broken(demo, lambda agreement: agreement["partners"][1].update(name="  "))
    assert str(error) == "a.json: agreement › partners › 2 ('lka') › name: must not be empty."
    assert message_in(error, "de") == (
        "a.json: Vereinbarung › Partner › 2 („lka“) › Name: darf nicht leer sein."
    )
    error = _broken(
        demo, lambda agreement: agreement["sharing_rules"][0].update(to_partner_id="nobody")
    )
    assert "(to) refers to a partner that is not in the agreement" in str(error)
    assert message_in(error, "de") == (
        "a.json: Vereinbarung › (oberste Ebene): die Übermittlungsregel „Anonymised case numbers "
        "and trends“ (an) verweist auf einen Partner, der nicht in der Vereinbarung steht."
    )


def test_a_number_out_of_range_and_an_unknown_field(demo: Agreement) -> None:
    error = _broken(demo, lambda agreement: agreement.update(review_interval_months=99))
    assert message_in(error, "de") == (
        "a.json: Vereinbarung › Überprüfungsabstand (Monate): darf höchstens 60 sein."
    )
    error = _broken(demo, lambda agreement: agreement["contacts"][0].update(mobile="1"))
    assert str(error) == (
        "a.json: agreement › contacts › 1 ('c-ngo-vogt') › mobile: is not a known field."
    )
    assert message_in(error, "de") == (  # a field the texts do not name keeps its own name
        "a.json: Vereinbarung › Ansprechpersonen › 1 („c-ngo-vogt“) › mobile: ist kein "
        "bekanntes Feld."
    )


def test_a_path_outside_an_agreement_stays_technical() -> None:
    path = FieldPath(("statements", 0, "title"), {"statements": [{"id": "s1"}]})
    assert str(path) == "statements › 1 ('s1') › title"
    assert message_in(path, "de") == "statements › 1 ('s1') › title"
    assert message_in(FieldPath(()), "de") == "(oberste Ebene)"


def test_joined_phrases_are_each_translated() -> None:
    joined = Joined([Phrase("is missing"), "plain", Phrase("must be a list")], "; ")
    assert str(joined) == "is missing; plain; must be a list"
    assert message_in(joined, "de") == "fehlt; plain; muss eine Liste sein"
    assert message_in(joined, "en") == str(joined)
