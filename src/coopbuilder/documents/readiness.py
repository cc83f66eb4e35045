"""The readiness results as tables and a chart, for the agreement's annex and the report."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from reportlab.graphics.shapes import Drawing
from reportlab.platypus import Table

from coopbuilder.core.agreement import Agreement
from coopbuilder.core.catalogue import Catalogue
from coopbuilder.core.scoring import AssessmentSummary, PartnerScore
from coopbuilder.documents.charts import Series, radar_chart
from coopbuilder.documents.context import Formatter
from coopbuilder.documents.styles import Styles
from coopbuilder.documents.tables import Grid, lines, multiline

Words = Callable[..., str]


def readiness_chart(
    agreement: Agreement,
    catalogue: Catalogue,
    summary: AssessmentSummary,
    styles: Styles,
    scale_label: str,
    scale: float = 1.0,
) -> Drawing:
    language = agreement.language
    axes = [catalogue.precondition(r.precondition_id).name.get(language) for r in summary.results]
    series = [
        Series(
            agreement.partner(pid).label,
            [r.scores[index].mean for r in summary.results],
        )
        for index, pid in enumerate(summary.partner_ids)
    ]
    return radar_chart(axes, series, styles, scale_label, scale)


def _score(fmt: Formatter, score: PartnerScore) -> str:
    if score.mean is None:
        return fmt.label(score.band)
    return fmt.word("mean_band", mean=fmt.number(score.mean), band=fmt.label(score.band))


def scores_table(
    agreement: Agreement,
    catalogue: Catalogue,
    summary: AssessmentSummary,
    columns: Mapping[str, str],
    styles: Styles,
    fmt: Formatter,
) -> Table:
    partners = [agreement.partner(pid) for pid in summary.partner_ids]
    grid = Grid(
        styles,
        [columns["precondition"], partners[0].label, partners[1].label, columns["perception_gap"]],
        [1.6, 1.1, 1.1, 1.7],
    )
    for result in summary.results:
        gap: list[str] = []
        if result.means_differ:
            gap.append(fmt.word("means_apart", difference=fmt.number(result.mean_difference)))
        apart = sum(1 for s in result.statements if s.perception_gap)
        if apart:
            gap.append(fmt.word("statements_apart", count=apart))
        grid.add(
            [
                catalogue.precondition(result.precondition_id).name.get(agreement.language),
                _score(fmt, result.scores[0]),
                _score(fmt, result.scores[1]),
                lines(*gap) or fmt.word("none"),
            ],
            bold_first=True,
        )
    overall = [
        fmt.word("mean_band", mean=fmt.number(o.mean), band=fmt.label(o.band))
        if o.mean is not None
        else fmt.word("not_assessed")
        for o in summary.overall
    ]
    grid.add([fmt.word("overall"), overall[0], overall[1], ""], bold_first=True)
    return grid.table()


def actions_table(
    findings: list[dict[str, Any]], columns: Mapping[str, str], styles: Styles, fmt: Formatter
) -> Table:
    grid = Grid(
        styles,
        [columns["finding"], columns["action"], columns["owner"], columns["status"]],
        [1.55, 2.6, 0.95, 0.6],
    )
    for finding in findings:
        head = lines(f"{finding['kind_label']}: {finding['precondition']}", finding["partners"])
        if not finding["actions"]:
            advice = finding["recommended"][:1]
            todo = lines(fmt.word("no_action"), *(fmt.word("recommended", text=a) for a in advice))
            grid.add([multiline(head, "table", styles, True), todo])
            continue
        for index, action in enumerate(finding["actions"]):
            grid.add(
                [
                    multiline(head, "table", styles, True) if index == 0 else "",
                    action["text"],
                    fmt.word("owner_due", owner=action["owner"], date=action["due"]),
                    action["status"],
                ]
            )
    return grid.table()
