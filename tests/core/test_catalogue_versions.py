"""The revised catalogue (version 2) and agreements rated against version 1.

``data/rated-against-catalogue-1.*`` was written by CoopBuilder before version 2 existed: the
demo agreement as an exchange file of schema 2 (with the NGO's "don't know" on the limits of
professional secrecy), and that program's scores of it."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from coopbuilder.core.agreement import Agreement
from coopbuilder.core.assessment import Rating
from coopbuilder.core.carry_over import answers_against, replaced_statements, reworded
from coopbuilder.core.catalogue import CURRENT_VERSION, default_catalogue
from coopbuilder.core.exchange import SCHEMA_VERSION, dumps, loads, read_exchange_file
from coopbuilder.core.records import ReviewKind, ReviewRecord
from coopbuilder.core.review import prepare_review_draft
from coopbuilder.core.scoring import KNOWLEDGE_GAP_VALUE, Band, assess
from coopbuilder.core.vocabulary import FindingKind

DATA = Path(__file__).parent / "data"
OLD_FILE = DATA / "rated-against-catalogue-1.coopagreement"
ADDED_FIELDS = {"not_applicable", "knowledge_gaps"}


def _without_added(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _without_added(v) for k, v in value.items() if k not in ADDED_FIELDS}
    if isinstance(value, list):
        return [_without_added(item) for item in value]
    return value


def _german_actions_left_out(value: Any) -> Any:
    """The scores without the German wording of the recommended actions, which has since kept
    to the glossary (``Besprechung``, not ``Treffen``; see resources/translations/glossary.yaml):
    the same actions, for the same findings, in the words the rest of the program uses."""
    if isinstance(value, dict):
        actions = value.get("recommended_actions")
        out = {k: _german_actions_left_out(v) for k, v in value.items()}
        if isinstance(actions, list):
            out["recommended_actions"] = [
                {k: v for k, v in action.items() if k != "de"} for action in actions
            ]
        return out
    if isinstance(value, list):
        return [_german_actions_left_out(item) for item in value]
    return value


def test_a_file_rated_against_catalogue_1_scores_exactly_as_before() -> None:
    agreement = read_exchange_file(OLD_FILE)
    assert agreement.catalogue_version == 1
    before = json.loads((DATA / "rated-against-catalogue-1.scores.json").read_text("utf-8"))
    summary = assess(agreement, default_catalogue())  # a caller's current catalogue
    now = summary.model_dump(mode="json")
    assert _german_actions_left_out(_without_added(now)) == _german_actions_left_out(before)
    german = [a["de"] for f in now["findings"] for a in f["recommended_actions"]]
    assert len(german) == len([a for f in before["findings"] for a in f["recommended_actions"]])
    assert all(german) and not any("Treffen" in text for text in german)
    assert not any(s.knowledge_gaps or s.not_applicable for r in summary.results for s in r.scores)
    # the NGO's "don't know" on the limits of professional secrecy is left out, as it was
    legal = summary.result("legal_framework").scores[0]
    assert legal.dont_know == 1
    assert [r.precondition_id for r in summary.results][-1] == "legal_framework"


def test_it_keeps_its_catalogue_when_written_again() -> None:
    agreement = read_exchange_file(OLD_FILE)
    document = json.loads(dumps(agreement))
    assert document["schema_version"] == SCHEMA_VERSION == 3
    assert document["agreement"]["catalogue_version"] == 1
    assert loads(dumps(agreement)).catalogue_version == 1


def test_a_schema_2_file_is_rated_against_catalogue_1_even_if_it_says_otherwise() -> None:
    document = json.loads(OLD_FILE.read_text("utf-8"))
    document["agreement"]["catalogue_version"] = 2  # no program wrote this before schema 3
    assert loads(json.dumps(document)).catalogue_version == 1


@pytest.fixture
def current(demo: Agreement) -> Agreement:
    """The demo's partners, no ratings, rated against the current catalogue."""
    demo.assessment.ratings = []
    demo.actions = []
    return demo.model_copy(update={"catalogue_version": CURRENT_VERSION})


LEGAL = [
    "legal_framework.1",
    "legal_framework.2",
    "legal_framework.6",
    "legal_framework.3",
    "legal_framework.4",
    "legal_framework.5",
]


def test_dont_know_on_a_knowledge_statement_is_a_knowledge_gap(current: Agreement) -> None:
    ngo, agency = (p.id for p in current.partners)
    for statement in LEGAL:
        current.assessment.set_rating(ngo, statement, 4)
        current.assessment.set_rating(agency, statement, 4)
    before = assess(current).result("legal_framework").scores[0].mean
    current.assessment.set_rating(ngo, "legal_framework.2", None)  # the limits of secrecy: "?"
    summary = assess(current)
    score = summary.result("legal_framework").scores[0]
    assert score.knowledge_gaps == ("legal_framework.2",)
    assert score.dont_know == 0
    assert score.mean == pytest.approx((5 * 4 + KNOWLEDGE_GAP_VALUE) / 6)
    assert before is not None and score.mean is not None and score.mean < before
    gaps = [f for f in summary.findings if f.kind is FindingKind.KNOWLEDGE_GAP]
    assert len(gaps) == 1
    assert gaps[0].partner_ids == (ngo,)
    assert gaps[0].statement_ids == ("legal_framework.2",)
    assert gaps[0].needs_action
    assert gaps[0].clause == "legal.framework"


def test_dont_know_on_another_statement_stays_a_missing_answer(current: Agreement) -> None:
    ngo = current.partners[0].id
    for statement in LEGAL:
        current.assessment.set_rating(ngo, statement, 4)
    current.assessment.set_rating(ngo, "legal_framework.4", None)  # the officer: not knowledge
    score = assess(current).result("legal_framework").scores[0]
    assert (score.dont_know, score.knowledge_gaps, score.mean) == (1, (), 4.0)
    assert not any(f.kind is FindingKind.KNOWLEDGE_GAP for f in assess(current).findings)


def test_not_applicable_is_not_dont_know(current: Agreement) -> None:
    ngo = current.partners[0].id
    trust = [s.id for s in default_catalogue().precondition("trust").statements]
    assert len(trust) == 7
    for statement in trust[:3]:
        current.assessment.set_rating(ngo, statement, 5)
    for statement in trust[3:]:
        current.assessment.set_rating(ngo, statement, None, not_applicable=True)
    score = assess(current).result("trust").scores[0]
    # three of the three applicable statements are rated: assessed, although 3 < 7 / 2
    assert (score.rated, score.dont_know, score.not_applicable) == (3, 0, 4)
    assert score.band is Band.STRENGTH
    for statement in trust[3:]:
        current.assessment.set_rating(ngo, statement, None)  # "don't know" instead
    assert assess(current).result("trust").scores[0].band is Band.NOT_ASSESSED


def test_a_rating_cannot_be_a_value_and_not_applicable() -> None:
    with pytest.raises(ValueError, match="not applicable at once"):
        Rating(partner_id="a", statement_id="trust.1", value=3, not_applicable=True)
    assert Rating(partner_id="a", statement_id="trust.1", not_applicable=True).dont_know is False


def test_last_years_answers_carry_over_where_the_meaning_is_the_same() -> None:
    old = read_exchange_file(OLD_FILE)
    current = default_catalogue()
    ngo = old.partners[0].id
    mapped = answers_against(old, current)
    assert mapped.catalogue_version == CURRENT_VERSION
    assert old.catalogue_version == 1  # left as it was
    before, after = old.assessment.by_partner(ngo), mapped.assessment.by_partner(ngo)
    assert after["trust.2"] == before["trust.2"]  # same meaning: carried
    assert after["legal_framework.1"] == before["legal_framework.1"]
    assert "trust.1" not in after  # meaning changed: not shown as an answer to the new one
    assert "legal_framework.4" not in after
    assert set(after) <= set(current.statement_ids)
    changed = reworded(1, current)
    assert changed["trust.5"] == "trust.1"
    assert changed["legal_framework.4"] == "legal_framework.4"
    assert "trust.2" not in changed
    replaced = [c.old_id for c in replaced_statements(old, current)]
    assert "transparency.1" in replaced
    assert "trust.2" not in replaced
    assert replaced_statements(mapped, current) == []


def test_a_review_draft_is_rated_against_the_current_catalogue() -> None:
    old = read_exchange_file(OLD_FILE)
    record = ReviewRecord(kind=ReviewKind.ANNUAL, held_on=dt.date(2026, 11, 3))
    draft = prepare_review_draft(old, record)
    assert draft.catalogue_version == CURRENT_VERSION
    assert draft.assessment.ratings == []
    assert old.catalogue_version == 1


def test_a_knowledge_gap_without_an_action_keeps_the_agreement_from_signing(
    current: Agreement,
) -> None:
    from coopbuilder.core.checks import check_agreement

    ngo = current.partners[0].id
    current.assessment.set_rating(ngo, "legal_framework.2", None)
    found = [
        f
        for f in check_agreement(current)
        if f.code == "gap_without_action" and f.params["kind"] == "knowledge_gap"
    ]
    assert [f.subject_id for f in found] == ["legal_framework"]
