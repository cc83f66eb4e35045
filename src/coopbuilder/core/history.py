"""The assessment over the years: per precondition, both partners' means in every assessed
version of an agreement (the figures of "a chart over the years").

A partner is followed by its id, which stays the same from version to version. A version where a
partner rated too few statements of a precondition has no mean there (``None``): it is "not
assessed", never a zero, and a chart leaves the point out.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from pydantic import BaseModel, ConfigDict

from coopbuilder.core.agreement import Agreement
from coopbuilder.core.catalogue import Catalogue, catalogue_for
from coopbuilder.core.scoring import assess
from coopbuilder.core.vocabulary import AgreementStatus


class _Figures(BaseModel):
    model_config = ConfigDict(frozen=True)


class YearPoint(_Figures):
    """One assessed version: its number, its status, and the day it stands for (the review
    that started it, else the day it was made)."""

    number: int
    status: AgreementStatus
    on: dt.date | None


class PartnerTrend(_Figures):
    partner_id: str
    label: str
    means: tuple[float | None, ...]
    """One mean per point of the history, oldest first."""

    @property
    def change(self) -> float | None:
        """The last mean minus the one before it (``None`` if either is not assessed)."""
        if len(self.means) < 2 or self.means[-1] is None or self.means[-2] is None:
            return None
        return round(self.means[-1] - self.means[-2], 2)


class PreconditionTrend(_Figures):
    precondition_id: str
    partners: tuple[PartnerTrend, PartnerTrend]


class History(_Figures):
    points: tuple[YearPoint, ...]
    trends: tuple[PreconditionTrend, ...]
    overall: tuple[PartnerTrend, PartnerTrend]
    """Per partner, the mean of its assessed precondition means, per point."""

    def trend(self, precondition_id: str) -> PreconditionTrend:
        for trend in self.trends:
            if trend.precondition_id == precondition_id:
                return trend
        raise KeyError(precondition_id)


def history(
    versions: Sequence[tuple[YearPoint, Agreement]], catalogue: Catalogue | None = None
) -> History:
    """The history of the given versions, oldest first. The partners (and their labels) are
    those of the last version."""
    if not versions:
        raise ValueError("a history needs at least one version")
    latest = versions[-1][1]
    # the preconditions of the catalogue the latest version is rated on (earlier versions rated
    # on an older one have no mean for those it added)
    catalogue = catalogue_for(latest.catalogue_version, catalogue)
    partners = [(p.id, p.label) for p in latest.partners]
    summaries = [assess(agreement, catalogue) for _, agreement in versions]

    def mean(index: int, precondition_id: str | None, partner_id: str) -> float | None:
        summary = summaries[index]
        if partner_id not in summary.partner_ids:
            return None
        column = summary.partner_ids.index(partner_id)
        if precondition_id is None:
            return summary.overall[column].mean
        if precondition_id not in {r.precondition_id for r in summary.results}:
            return None  # a precondition the catalogue that version was rated on did not have
        return summary.result(precondition_id).scores[column].mean

    def trends(precondition_id: str | None) -> tuple[PartnerTrend, PartnerTrend]:
        first, second = (
            PartnerTrend(
                partner_id=pid,
                label=label,
                means=tuple(mean(i, precondition_id, pid) for i in range(len(versions))),
            )
            for pid, label in partners
        )
        return first, second

    return History(
        points=tuple(point for point, _ in versions),
        trends=tuple(
            PreconditionTrend(precondition_id=p.id, partners=trends(p.id))
            for p in catalogue.preconditions
        ),
        overall=trends(None),
    )
