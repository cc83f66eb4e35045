"""Scoring the readiness assessment.

Per partner and precondition, the mean of the statements that partner rated 1-5 ("don't know",
"not applicable" and unrated statements are left out). Bands on that mean (Wilder Collaboration
Factors Inventory): 4.0-5.0 strength, 3.0-3.99 borderline (discuss), below 3.0 gap. A partner
that rated fewer than half of a precondition's applicable statements (those it did not mark "not
applicable") has it "not assessed" (never a zero). A perception gap is when the two partners'
means differ by 1.5 or more, or their ratings of one statement by 2 or more. Means are computed
exactly (fractions), so the band boundaries hold exactly; they are shown rounded to two decimals.

A statement about what the rater knows (``knowledge`` in the catalogue, from version 2 on) is
different: there "don't know" is the answer "we do not know", a knowledge gap. It counts as the
scale's lowest point (1) in the mean, so not knowing never raises a result, and it is a finding
of its own that needs an action. Catalogue version 1 has no such statements, so an agreement
rated against it scores exactly as before.
"""

from __future__ import annotations

from enum import StrEnum
from fractions import Fraction

from pydantic import BaseModel, ConfigDict

from coopbuilder.core.agreement import Agreement
from coopbuilder.core.catalogue import Catalogue, LocalText, Precondition, catalogue_for
from coopbuilder.core.vocabulary import FindingKind

STRENGTH_FROM = Fraction(4)
BORDERLINE_FROM = Fraction(3)
PERCEPTION_GAP_MEANS = Fraction(3, 2)
PERCEPTION_GAP_STATEMENT = 2
KNOWLEDGE_GAP_VALUE = 1
"""What "don't know" on a knowledge statement counts as in the mean: the scale's lowest point."""


class Band(StrEnum):
    STRENGTH = "strength"
    BORDERLINE = "borderline"
    GAP = "gap"
    NOT_ASSESSED = "not_assessed"


def band_for(mean: float | Fraction | None) -> Band:
    """The band of a precondition mean; ``None`` means not assessed."""
    if mean is None:
        return Band.NOT_ASSESSED
    if mean >= STRENGTH_FROM:
        return Band.STRENGTH
    if mean >= BORDERLINE_FROM:
        return Band.BORDERLINE
    return Band.GAP


class _Result(BaseModel):
    model_config = ConfigDict(frozen=True)


class PartnerScore(_Result):
    partner_id: str
    rated: int
    dont_know: int
    total: int
    mean: float | None
    band: Band
    not_applicable: int = 0
    knowledge_gaps: tuple[str, ...] = ()
    """The knowledge statements this partner answered "don't know" (counted in ``rated``)."""


class StatementComparison(_Result):
    statement_id: str
    values: tuple[int | None, int | None]
    difference: int | None
    perception_gap: bool


class PreconditionResult(_Result):
    precondition_id: str
    scores: tuple[PartnerScore, PartnerScore]
    mean_difference: float | None
    means_differ: bool
    statements: tuple[StatementComparison, ...]

    @property
    def perception_gap(self) -> bool:
        return self.means_differ or any(s.perception_gap for s in self.statements)


class Finding(_Result):
    """Something the partners must discuss; gaps and perception gaps need an action."""

    precondition_id: str
    kind: FindingKind
    partner_ids: tuple[str, ...]
    statement_ids: tuple[str, ...] = ()
    recommended_actions: tuple[LocalText, ...]
    clause: str

    @property
    def needs_action(self) -> bool:
        return self.kind in (
            FindingKind.GAP,
            FindingKind.PERCEPTION_GAP,
            FindingKind.KNOWLEDGE_GAP,
        )


class PartnerOverall(_Result):
    partner_id: str
    mean: float | None
    band: Band
    strengths: int
    borderline: int
    gaps: int
    not_assessed: int


class AssessmentSummary(_Result):
    partner_ids: tuple[str, str]
    results: tuple[PreconditionResult, ...]
    findings: tuple[Finding, ...]
    overall: tuple[PartnerOverall, PartnerOverall]
    perception_gaps: int

    def result(self, precondition_id: str) -> PreconditionResult:
        for result in self.results:
            if result.precondition_id == precondition_id:
                return result
        raise KeyError(precondition_id)

    def findings_needing_action(self) -> list[Finding]:
        return [f for f in self.findings if f.needs_action]


def _exact_mean(values: list[int]) -> Fraction:
    return Fraction(sum(values), len(values))


def _round(value: Fraction | None) -> float | None:
    return None if value is None else round(float(value), 2)


def _partner_mean(
    agreement: Agreement, partner_id: str, precondition: Precondition
) -> tuple[PartnerScore, Fraction | None]:
    ratings = agreement.assessment.by_partner(partner_id)
    values: list[int] = []
    dont_know = 0
    not_applicable = 0
    knowledge_gaps: list[str] = []
    for statement in precondition.statements:
        rating = ratings.get(statement.id)
        if rating is None:
            continue
        if rating.not_applicable:
            not_applicable += 1
        elif rating.value is not None:
            values.append(rating.value)
        elif statement.knowledge:
            knowledge_gaps.append(statement.id)
            values.append(KNOWLEDGE_GAP_VALUE)
        else:
            dont_know += 1
    total = len(precondition.statements)
    applicable = total - not_applicable
    mean = _exact_mean(values) if values and 2 * len(values) >= applicable else None
    score = PartnerScore(
        partner_id=partner_id,
        rated=len(values),
        dont_know=dont_know,
        total=total,
        mean=_round(mean),
        band=band_for(mean),
        not_applicable=not_applicable,
        knowledge_gaps=tuple(knowledge_gaps),
    )
    return score, mean


def _compare_statements(
    agreement: Agreement, partner_ids: tuple[str, str], precondition: Precondition
) -> tuple[StatementComparison, ...]:
    first = agreement.assessment.by_partner(partner_ids[0])
    second = agreement.assessment.by_partner(partner_ids[1])
    rows = []
    for statement in precondition.statements:
        a = first.get(statement.id)
        b = second.get(statement.id)
        value_a = a.value if a else None
        value_b = b.value if b else None
        difference = abs(value_a - value_b) if value_a is not None and value_b is not None else None
        rows.append(
            StatementComparison(
                statement_id=statement.id,
                values=(value_a, value_b),
                difference=difference,
                perception_gap=difference is not None and difference >= PERCEPTION_GAP_STATEMENT,
            )
        )
    return tuple(rows)


def _findings(precondition: Precondition, result: PreconditionResult) -> list[Finding]:
    def finding(
        kind: FindingKind, partners: tuple[str, ...], statements: tuple[str, ...] = ()
    ) -> Finding:
        return Finding(
            precondition_id=precondition.id,
            kind=kind,
            partner_ids=partners,
            statement_ids=statements,
            recommended_actions=tuple(precondition.actions),
            clause=precondition.clause,
        )

    findings = []
    for kind, band in ((FindingKind.GAP, Band.GAP), (FindingKind.BORDERLINE, Band.BORDERLINE)):
        partners = tuple(s.partner_id for s in result.scores if s.band is band)
        if partners:
            findings.append(finding(kind, partners))
    if result.perception_gap:
        findings.append(
            finding(
                FindingKind.PERCEPTION_GAP,
                tuple(s.partner_id for s in result.scores),
                tuple(s.statement_id for s in result.statements if s.perception_gap),
            )
        )
    unknown = [s for s in result.scores if s.knowledge_gaps]
    if unknown:
        statements = {key: None for s in unknown for key in s.knowledge_gaps}
        findings.append(
            finding(
                FindingKind.KNOWLEDGE_GAP,
                tuple(s.partner_id for s in unknown),
                tuple(key for key in precondition.statements_ids() if key in statements),
            )
        )
    return findings


def _overall(partner_id: str, bands: list[Band], exact_means: list[Fraction]) -> PartnerOverall:
    mean = sum(exact_means, Fraction(0)) / len(exact_means) if exact_means else None
    return PartnerOverall(
        partner_id=partner_id,
        mean=_round(mean),
        band=band_for(mean),
        strengths=bands.count(Band.STRENGTH),
        borderline=bands.count(Band.BORDERLINE),
        gaps=bands.count(Band.GAP),
        not_assessed=bands.count(Band.NOT_ASSESSED),
    )


def assess(agreement: Agreement, catalogue: Catalogue | None = None) -> AssessmentSummary:
    """Score the agreement's assessment against the catalogue version it was rated against
    (``catalogue`` if it is that version, else the shipped one). Deterministic."""
    catalogue = catalogue_for(agreement.catalogue_version, catalogue)
    partner_ids = (agreement.partners[0].id, agreement.partners[1].id)
    results: list[PreconditionResult] = []
    findings: list[Finding] = []
    exact: tuple[list[Fraction], list[Fraction]] = ([], [])
    for precondition in catalogue.preconditions:
        first, mean_a = _partner_mean(agreement, partner_ids[0], precondition)
        second, mean_b = _partner_mean(agreement, partner_ids[1], precondition)
        for index, mean in enumerate((mean_a, mean_b)):
            if mean is not None:
                exact[index].append(mean)
        difference = abs(mean_a - mean_b) if mean_a is not None and mean_b is not None else None
        result = PreconditionResult(
            precondition_id=precondition.id,
            scores=(first, second),
            mean_difference=_round(difference),
            means_differ=difference is not None and difference >= PERCEPTION_GAP_MEANS,
            statements=_compare_statements(agreement, partner_ids, precondition),
        )
        results.append(result)
        findings.extend(_findings(precondition, result))
    return AssessmentSummary(
        partner_ids=partner_ids,
        results=tuple(results),
        findings=tuple(findings),
        overall=(
            _overall(partner_ids[0], [r.scores[0].band for r in results], exact[0]),
            _overall(partner_ids[1], [r.scores[1].band for r in results], exact[1]),
        ),
        perception_gaps=sum(1 for r in results if r.perception_gap),
    )
