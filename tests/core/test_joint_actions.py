"""An action owned by both partners together: the model, the checks and the exchange file."""

from __future__ import annotations

import json

import pytest
from pydantic import ValidationError

from coopbuilder.core.agreement import Agreement
from coopbuilder.core.assessment import Action
from coopbuilder.core.checks import check_agreement
from coopbuilder.core.exchange import SCHEMA_VERSION, dumps, loads
from coopbuilder.core.vocabulary import FindingKind


def _joint(demo: Agreement) -> Action:
    action = demo.actions[0]
    action.owner_partner_id = None
    action.both_partners = True
    return action


def test_an_action_is_owned_by_one_partner_or_by_both_never_by_both_kinds() -> None:
    values = {
        "precondition_id": "trust",
        "finding": FindingKind.GAP,
        "text": "Meet monthly",
    }
    assert Action.model_validate({**values, "both_partners": True}).has_owner
    assert Action.model_validate({**values, "owner_partner_id": "ngo"}).has_owner
    assert not Action.model_validate(values).has_owner
    with pytest.raises(ValidationError, match="owned by both partners and names one partner"):
        Action.model_validate({**values, "owner_partner_id": "ngo", "both_partners": True})


def test_an_action_of_both_partners_has_an_owner_for_the_checks(demo: Agreement) -> None:
    action = _joint(demo)
    incomplete = [f for f in check_agreement(demo) if f.code == "action_incomplete"]
    assert all(f.subject_id != action.id for f in incomplete)
    action.both_partners = False
    incomplete = [f for f in check_agreement(demo) if f.code == "action_incomplete"]
    assert [f.subject_id for f in incomplete] == [action.id]


def test_the_exchange_file_carries_an_action_of_both_partners(demo: Agreement) -> None:
    action = _joint(demo)
    document = json.loads(dumps(demo))
    assert document["schema_version"] == SCHEMA_VERSION == 3
    assert document["agreement"]["actions"][0]["both_partners"] is True
    assert loads(dumps(demo)).actions[0] == action


def test_a_file_of_schema_2_reads_as_before_with_every_action_of_one_partner(
    demo: Agreement,
) -> None:
    demo.catalogue_version = 1  # such a file was rated against the first catalogue
    body = demo.model_dump(mode="json")
    del body["catalogue_version"]
    for action in body["actions"]:
        del action["both_partners"]  # schema 2 did not have it
    old = json.dumps({"format": "coopbuilder.agreement", "schema_version": 2, "agreement": body})
    loaded = loads(old)
    assert loaded == demo
    assert not any(a.both_partners for a in loaded.actions)
