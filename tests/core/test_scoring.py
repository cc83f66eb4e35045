from __future__ import annotations

from fractions import Fraction

import pytest

from coopbuilder.core.agreement import Agreement
from coopbuilder.core.catalogue import shipped_catalogue
from coopbuilder.core.scoring import Band, assess, band_for
from coopbuilder.core.vocabulary import FindingKind

TRUST = ["trust.1", "trust.2", "trust.3", "trust.4"]
CONTINUITY = [f"continuity.{n}" for n in range(1, 6)]


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
    rate(blank, 0, dict(zip(TRUST, values, strict=True)))
    score = assess(blank).result("trust").scores[0]
    assert score.mean == mean
    assert score.band is band


def test_exact_thirds_stay_below_the_boundary(blank: Agreement) -> None:
    # continuity has five statements; 3+3+3+3+2 = 14/5 = 2.8 and 4+4+4+4+3 = 19/5 = 3.8
    rate(blank, 0, dict(zip(CONTINUITY, [3, 3, 3, 3, 2], strict=True)))
    rate(blank, 1, dict(zip(CONTINUITY, [4, 4, 4, 4, 3], strict=True)))
    result = assess(blank).result("continuity")
    assert [s.band for s in result.scores] == [Band.GAP, Band.BORDERLINE]
    assert [s.mean for s in result.scores] == [2.8, 3.8]


def test_dont_know_is_left_out_of_the_mean(blank: Agreement) -> None:
    rate(blank, 0, {"trust.1": 2, "trust.2": None, "trust.3": 4, "trust.4": None})
    score = assess(blank).result("trust").scores[0]
    assert (score.rated, score.dont_know, score.mean) == (2, 2, 3.0)


@pytest.mark.parametrize(
    ("statements", "rated", "assessed"),
    [
        (TRUST, 1, False),
        (TRUST, 2, True),
        (CONTINUITY, 2, False),
        (CONTINUITY, 3, True),
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
    rate(blank, 0, dict(zip(TRUST, [4, 4, 4, 4], strict=True)))
    rate(blank, 0, {"transparency.1": 1})  # one of four: not assessed
    summary = assess(blank)
    overall = summary.overall[0]
    assert overall.mean == 4.0
    assert overall.strengths == 1
    assert overall.not_assessed == len(shipped_catalogue(blank.catalogue_version).preconditions) - 1
    assert not any(f.precondition_id == "transparency" for f in summary.findings)


def test_perception_gap_by_means_alone(blank: Agreement) -> None:
    rate(blank, 0, {"trust.1": 5, "trust.2": 5, "trust.3": 4, "trust.4": 4})  # 4.5
    rate(blank, 1, {"trust.1": None, "trust.2": None, "trust.3": 3, "trust.4": 3})  # 3.0
    result = assess(blank).result("trust")
    assert result.mean_difference == 1.5
    assert result.means_differ
    assert not any(s.perception_gap for s in result.statements)
    assert result.perception_gap


def test_means_just_under_one_and_a_half_apart_are_no_perception_gap(blank: Agreement) -> None:
    rate(blank, 0, {"trust.1": 5, "trust.2": 5, "trust.3": 5, "trust.4": 4})  # 4.75
    rate(blank, 1, {"trust.1": None, "trust.2": None, "trust.3": 4, "trust.4": 3})  # 3.5
    result = assess(blank).result("trust")
    assert result.mean_difference == 1.25
    assert not result.perception_gap


def test_perception_gap_by_one_statement(blank: Agreement) -> None:
    rate(blank, 0, dict(zip(TRUST, [4, 4, 4, 4], strict=True)))
    rate(blank, 1, dict(zip(TRUST, [4, 4, 4, 2], strict=True)))
    summary = assess(blank)
    result = summary.result("trust")
    assert not result.means_differ
    assert [s.statement_id for s in result.statements if s.perception_gap] == ["trust.4"]
    finding = next(f for f in summary.findings if f.kind is FindingKind.PERCEPTION_GAP)
    assert finding.statement_ids == ("trust.4",)


def test_ratings_one_apart_are_no_perception_gap(blank: Agreement) -> None:
    rate(blank, 0, dict(zip(TRUST, [4, 4, 4, 4], strict=True)))
    rate(blank, 1, dict(zip(TRUST, [3, 3, 5, 3], strict=True)))
    assert not assess(blank).result("trust").perception_gap


def test_a_dont_know_never_makes_a_statement_perception_gap(blank: Agreement) -> None:
    rate(blank, 0, dict(zip(TRUST, [5, 5, 5, 5], strict=True)))
    rate(blank, 1, {"trust.1": None, "trust.2": 5, "trust.3": 5, "trust.4": 5})
    assert not assess(blank).result("trust").perception_gap


def test_findings_carry_recommended_actions_and_clause(blank: Agreement) -> None:
    rate(blank, 0, dict(zip(TRUST, [2, 2, 2, 2], strict=True)))
    rate(blank, 1, dict(zip(TRUST, [4, 4, 4, 4], strict=True)))
    findings = {f.kind: f for f in assess(blank).findings if f.precondition_id == "trust"}
    assert set(findings) == {FindingKind.GAP, FindingKind.PERCEPTION_GAP}
    gap = findings[FindingKind.GAP]
    assert gap.partner_ids == (blank.partners[0].id,)
    assert gap.needs_action
    assert gap.clause == "principles.trust"
    catalogue_actions = shipped_catalogue(blank.catalogue_version).precondition("trust").actions
    assert list(gap.recommended_actions) == catalogue_actions


def test_demo_summary(demo: Agreement) -> None:
    summary = assess(demo)
    kinds = {(f.precondition_id, f.kind) for f in summary.findings_needing_action()}
    assert ("transparency", FindingKind.GAP) in kinds
    assert ("continuity", FindingKind.GAP) in kinds
    assert ("legal_framework", FindingKind.PERCEPTION_GAP) in kinds
    assert summary == assess(demo)  # deterministic
