from __future__ import annotations

from fractions import Fraction

import pytest

from coopbuilder.core.agreement import Agreement
from coopbuilder.core.catalogue import shipped_catalogue
from coopbuilder.core.scoring import Band, assess, band_for
from coopbuilder.core.vocabulary import FindingKind

LEGITIMACY = [f"legitimacy.{n}" for n in range(1, 5)]
SHARED = [f"shared_responsibility.{n}" for n in (1, 2, 3, 5, 4)]


def rate(agreement: Agreement, partner: int, values: dict[str, int | None]) -> None:
    partner_id = agreement.partners[partner].id
    for statement_id, value in values.items():
        agreement.assessment.set_rating(partner_id, statement_id, value)


@pytest.fixture
def blank(demo: Agreement) -> Agreement:
    demo.assessment.ratings = []
    demo.actions = []
    return demo


@pytest.mark.parametrize(
    ("mean", "band"),
    [
        (1.0, Band.GAP),
        (2.99, Band.GAP),
        (3.0, Band.BORDERLINE),
        (3.5, Band.BORDERLINE),
        (3.99, Band.BORDERLINE),
        (4.0, Band.STRENGTH),
        (5.0, Band.STRENGTH),
        (Fraction(299, 100), Band.GAP),
        (Fraction(399, 100), Band.BORDERLINE),
        (None, Band.NOT_ASSESSED),
    ],
)
def test_band_boundaries(mean: float | Fraction | None, band: Band) -> None:
    assert band_for(mean) is band


@pytest.mark.parametrize(
    ("values", "mean", "band"),
    [
        ([3, 3, 3, 2], 2.75, Band.GAP),
        ([3, 3, 3, 3], 3.0, Band.BORDERLINE),
        ([4, 4, 4, 3], 3.75, Band.BORDERLINE),
        ([4, 4, 4, 4], 4.0, Band.STRENGTH),
        ([5, 5, 5, 5], 5.0, Band.STRENGTH),
    ],
)
def test_precondition_mean_and_band(
    blank: Agreement, values: list[int], mean: float, band: Band
) -> None:
    rate(blank, 0, dict(zip(LEGITIMACY, values, strict=True)))
    score = assess(blank).result("legitimacy").scores[0]
    assert score.mean == mean
    assert score.band is band


def test_exact_thirds_stay_below_the_boundary(blank: Agreement) -> None:
    # shared responsibility has five statements; 3+3+3+3+2 = 14/5 = 2.8 and 4+4+4+4+3 = 19/5 = 3.8
    rate(blank, 0, dict(zip(SHARED, [3, 3, 3, 3, 2], strict=True)))
    rate(blank, 1, dict(zip(SHARED, [4, 4, 4, 4, 3], strict=True)))
    result = assess(blank).result("shared_responsibility")
    assert [s.band for s in result.scores] == [Band.GAP, Band.BORDERLINE]
    assert [s.mean for s in result.scores] == [2.8, 3.8]


def test_dont_know_is_left_out_of_the_mean(blank: Agreement) -> None:
    rate(
        blank, 0, {"legitimacy.1": 2, "legitimacy.2": None, "legitimacy.3": 4, "legitimacy.4": None}
    )
    score = assess(blank).result("legitimacy").scores[0]
    assert (score.rated, score.dont_know, score.mean) == (2, 2, 3.0)


@pytest.mark.parametrize(
    ("statements", "rated", "assessed"),
    [
        (LEGITIMACY, 1, False),
        (LEGITIMACY, 2, True),
        (SHARED, 2, False),
        (SHARED, 3, True),
    ],
)
def test_not_assessed_when_fewer_than_half_are_rated(
    blank: Agreement, statements: list[str], rated: int, assessed: bool
) -> None:
    rate(blank, 0, {s: 1 for s in statements[:rated]})
    precondition = statements[0].split(".")[0]
    score = assess(blank).result(precondition).scores[0]
    assert (score.band is not Band.NOT_ASSESSED) is assessed
    assert (score.mean is not None) is assessed


def test_not_assessed_never_counts_as_zero(blank: Agreement) -> None:
    rate(blank, 0, dict(zip(LEGITIMACY, [4, 4, 4, 4], strict=True)))
    rate(blank, 0, {"transparency.1": 1})  # one of six: not assessed
    summary = assess(blank)
    overall = summary.overall[0]
    assert overall.mean == 4.0
    assert overall.strengths == 1
    assert overall.not_assessed == len(shipped_catalogue(blank.catalogue_version).preconditions) - 1
    assert not any(f.precondition_id == "transparency" for f in summary.findings)


def test_perception_gap_by_means_alone(blank: Agreement) -> None:
    rate(
        blank, 0, {"legitimacy.1": 5, "legitimacy.2": 5, "legitimacy.3": 4, "legitimacy.4": 4}
    )  # 4.5
    rate(
        blank, 1, {"legitimacy.1": None, "legitimacy.2": None, "legitimacy.3": 3, "legitimacy.4": 3}
    )  # 3.0
    result = assess(blank).result("legitimacy")
    assert result.mean_difference == 1.5
    assert result.means_differ
    assert not any(s.perception_gap for s in result.statements)
    assert result.perception_gap


def test_means_just_under_one_and_a_half_apart_are_no_perception_gap(blank: Agreement) -> None:
    rate(
        blank, 0, {"legitimacy.1": 5, "legitimacy.2": 5, "legitimacy.3": 5, "legitimacy.4": 4}
    )  # 4.75
    rate(
        blank, 1, {"legitimacy.1": None, "legitimacy.2": None, "legitimacy.3": 4, "legitimacy.4": 3}
    )  # 3.5
    result = assess(blank).result("legitimacy")
    assert result.mean_difference == 1.25
    assert not result.perception_gap


def test_perception_gap_by_one_statement(blank: Agreement) -> None:
    rate(blank, 0, dict(zip(LEGITIMACY, [4, 4, 4, 4], strict=True)))
    rate(blank, 1, dict(zip(LEGITIMACY, [4, 4, 4, 2], strict=True)))
    summary = assess(blank)
    result = summary.result("legitimacy")
    assert not result.means_differ
    assert [s.statement_id for s in result.statements if s.perception_gap] == ["legitimacy.4"]
    finding = next(f for f in summary.findings if f.kind is FindingKind.PERCEPTION_GAP)
    assert finding.statement_ids == ("legitimacy.4",)


def test_ratings_one_apart_are_no_perception_gap(blank: Agreement) -> None:
    rate(blank, 0, dict(zip(LEGITIMACY, [4, 4, 4, 4], strict=True)))
    rate(blank, 1, dict(zip(LEGITIMACY, [3, 3, 5, 3], strict=True)))
    assert not assess(blank).result("legitimacy").perception_gap


def test_a_dont_know_never_makes_a_statement_perception_gap(blank: Agreement) -> None:
    rate(blank, 0, dict(zip(LEGITIMACY, [5, 5, 5, 5], strict=True)))
    rate(blank, 1, {"legitimacy.1": None, "legitimacy.2": 5, "legitimacy.3": 5, "legitimacy.4": 5})
    assert not assess(blank).result("legitimacy").perception_gap


def test_findings_carry_recommended_actions_and_clause(blank: Agreement) -> None:
    rate(blank, 0, dict(zip(LEGITIMACY, [2, 2, 2, 2], strict=True)))
    rate(blank, 1, dict(zip(LEGITIMACY, [4, 4, 4, 4], strict=True)))
    findings = {f.kind: f for f in assess(blank).findings if f.precondition_id == "legitimacy"}
    assert set(findings) == {FindingKind.GAP, FindingKind.PERCEPTION_GAP}
    gap = findings[FindingKind.GAP]
    assert gap.partner_ids == (blank.partners[0].id,)
    assert gap.needs_action
    assert gap.clause == "principles.legitimacy"
    catalogue_actions = (
        shipped_catalogue(blank.catalogue_version).precondition("legitimacy").actions
    )
    assert list(gap.recommended_actions) == catalogue_actions


def test_demo_summary(demo: Agreement) -> None:
    summary = assess(demo)
    kinds = {(f.precondition_id, f.kind) for f in summary.findings_needing_action()}
    assert ("transparency", FindingKind.GAP) in kinds
    assert ("continuity", FindingKind.GAP) in kinds
    assert ("transparency", FindingKind.KNOWLEDGE_GAP) in kinds
    assert ("legal_framework", FindingKind.PERCEPTION_GAP) in kinds
    assert summary == assess(demo)  # deterministic
