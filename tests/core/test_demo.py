"""The demo agreements are rated against the current catalogue, and show what it finds."""

from __future__ import annotations

import pytest

from coopbuilder.core.carry_over import replaced_statements
from coopbuilder.core.catalogue import CURRENT_VERSION, default_catalogue
from coopbuilder.core.checks import Severity, check_agreement
from coopbuilder.core.demo import Example, demo_agreement
from coopbuilder.core.scoring import assess
from coopbuilder.core.vocabulary import FindingKind, Language
from tests.conftest import DEMO_DAY


@pytest.mark.parametrize("example", list(Example))
def test_every_statement_of_the_current_catalogue_is_rated_by_both_partners(
    example: Example,
) -> None:
    catalogue = default_catalogue()
    for language in Language:
        agreement = demo_agreement(language, DEMO_DAY, example)
        assert agreement.catalogue_version == CURRENT_VERSION
        assert replaced_statements(agreement, catalogue) == []
        for partner in agreement.partners:
            rated = agreement.assessment.by_partner(partner.id)
            assert sorted(rated) == sorted(catalogue.statement_ids), (language, partner.id)


@pytest.mark.parametrize("example", list(Example))
def test_the_english_and_the_german_demo_carry_the_same_ratings(example: Example) -> None:
    english, german = (demo_agreement(lang, DEMO_DAY, example) for lang in Language)
    values = [
        {(r.partner_id, r.statement_id, r.value, r.not_applicable) for r in a.assessment.ratings}
        for a in (english, german)
    ]
    assert values[0] == values[1]
    assert [(a.id, a.finding) for a in english.actions] == [
        (a.id, a.finding) for a in german.actions
    ]


@pytest.mark.parametrize(
    ("example", "knowledge_gap"),
    [(Example.EXIT, "transparency"), (Example.FAMILY, "legal_framework")],
)
def test_each_demo_shows_a_knowledge_gap_with_its_agreed_action(
    example: Example, knowledge_gap: str
) -> None:
    agreement = demo_agreement(Language.EN, DEMO_DAY, example)
    summary = assess(agreement)
    kinds = {(f.precondition_id, f.kind) for f in summary.findings}
    assert (knowledge_gap, FindingKind.KNOWLEDGE_GAP) in kinds
    assert any(k is FindingKind.GAP for _, k in kinds)
    assert any(k is FindingKind.PERCEPTION_GAP for _, k in kinds)
    assert any(k is FindingKind.BORDERLINE for _, k in kinds)
    assert [f for f in check_agreement(agreement) if f.severity is Severity.ERROR] == []
