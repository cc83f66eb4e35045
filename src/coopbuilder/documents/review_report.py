"""The review report (a PDF of its own): the record of the review, the readiness over the years
per precondition for both partners (a chart and a table), what became of the actions agreed
before, and what changed in the agreement, in its structure and in its text.

Everything it shows comes in a :class:`Comparison`, which a workflow assembles from the
workspace; the wording is in the clause library's ``review-report.yaml``.
"""

from __future__ import annotations

from collections.abc import Sequence

from markupsafe import Markup
from pydantic import BaseModel, ConfigDict
from reportlab.platypus import Flowable, Paragraph, Spacer

from coopbuilder.core.agreement import Agreement
from coopbuilder.core.catalogue import Catalogue, catalogue_for
from coopbuilder.core.changes import Change, ChangeKind, Part
from coopbuilder.core.history import History, PartnerTrend
from coopbuilder.core.review import ReviewContext
from coopbuilder.documents.clause_diff import ClauseChange
from coopbuilder.documents.context import Rendering
from coopbuilder.documents.layout import Running, build_pdf
from coopbuilder.documents.markup import one_line, paragraph
from coopbuilder.documents.report import report_running
from coopbuilder.documents.review_tables import (
    changes_table,
    clause_changes_table,
    outcomes_table,
)
from coopbuilder.documents.review_view import RECORD_TEXTS
from coopbuilder.documents.styles import Styles, document_styles
from coopbuilder.documents.tables import Grid
from coopbuilder.documents.templates import ClauseLibrary, TemplateError, clause_library
from coopbuilder.documents.trend_chart import trend_chart


class Comparison(BaseModel):
    """A version under review and what it is compared with: the review that started it, the
    assessment over the years, and the changes from the earlier version (``earlier``)."""

    model_config = ConfigDict(frozen=True)

    agreement: Agreement
    earlier: int | None
    review: ReviewContext | None
    history: History
    changes: tuple[Change, ...] = ()
    clause_changes: tuple[ClauseChange, ...] = ()


class _ReviewReport(Rendering):
    def __init__(
        self,
        comparison: Comparison,
        catalogue: Catalogue,
        library: ClauseLibrary,
        styles: Styles,
    ) -> None:
        if not library.review_report:
            raise TemplateError(
                "{folder}: the clause library has no review-report.yaml.", folder=library.folder
            )
        super().__init__(comparison.agreement, catalogue, library, styles, comparison.review)
        self.comparison = comparison

    def text(self, key: str, **extra: object) -> Markup:
        """A text of review-report.yaml as paragraph markup."""
        return self.library.review_report[key].render(
            self.context, earlier=self.comparison.earlier, **extra
        )

    def plain(self, key: str, **extra: object) -> str:
        return one_line(self.text(key, **extra))

    def p(self, text: str, style: str) -> Paragraph:
        """A paragraph of plain text or :class:`Markup` (see :mod:`markup`)."""
        return paragraph(text, self.styles[style])

    def kinds(self) -> dict[str, str]:
        """The readable names of the kinds of change and of the parts of an agreement."""
        return {str(v.value): self.fmt.label(v) for v in (*ChangeKind, *Part)}

    # -- the parts --------------------------------------------------------------------------

    def record(self) -> list[Flowable]:
        out: list[Flowable] = [self.p(self.text("record"), "section")]
        review = self.context["review"]
        if review is None:
            return [*out, self.p(self.text("no_review"), "body")]
        grid = Grid(self.styles, ["", ""], [1.3, 5.0])
        grid.rows = grid.rows[1:]  # no heading row: a list of facts
        grid.add([self.plain("held"), review["held_on"]], bold_first=True)
        grid.add([self.plain("review_kind"), review["kind_label"]], bold_first=True)
        for name in RECORD_TEXTS:
            if review[name] or name in ("what_worked", "what_failed", "lessons_learned"):
                grid.add(
                    [self.plain(name), review[name] or self.plain("nothing_recorded")],
                    bold_first=True,
                )
        return [*out, grid.table()]

    def years(self) -> list[Flowable]:
        history = self.comparison.history
        language = self.agreement.language
        titles = [
            self.catalogue.precondition(t.precondition_id).name.get(language)
            for t in history.trends
        ]
        points = [self.plain("point", number=p.number) for p in history.points]
        out: list[Flowable] = [
            self.p(self.text("years"), "section"),
            self.p(self.text("years_intro"), "body"),
            trend_chart(
                titles,
                [t.partners for t in history.trends],
                points,
                self.styles,
                self.plain("chart_legend"),
            ),
            Spacer(1, 6),
        ]
        headings = [self.plain("precondition")]
        for point in history.points:
            on = self.fmt.date(point.on) if point.on else ""
            headings.append(self.text("point_long", number=point.number, on=on))
        grid = Grid(self.styles, headings, [1.6] + [1.0] * len(history.points))
        rows = [(title, t.partners) for title, t in zip(titles, history.trends, strict=True)]
        rows.append((self.plain("overall"), history.overall))
        for title, pair in rows:
            grid.add([title, *self._means(pair)], bold_first=True)
        return [*out, grid.table()]

    def _means(self, pair: Sequence[PartnerTrend]) -> list[str]:
        """Per point, both partners' means on two lines ("Brückenschlag 3.50")."""
        cells = []
        for index in range(len(pair[0].means)):
            parts = []
            for trend in pair:
                mean = trend.means[index]
                value = self.fmt.number(mean) if mean is not None else self.fmt.word("not_assessed")
                parts.append(f"{trend.label} {value}")
            cells.append("\n".join(parts))
        return cells

    def actions(self) -> list[Flowable]:
        out: list[Flowable] = [self.p(self.text("actions"), "section")]
        review = self.context["review"]
        if review is None or not review["actions"]:
            return [*out, self.p(self.text("no_actions"), "body")]
        columns = {
            "action": self.text("action"),
            "owner": self.text("owner"),
            "outcome": self.text("outcome"),
            "note": self.text("outcome_note"),
        }
        return [*out, outcomes_table(review["actions"], columns, self.styles)]

    def indicators(self) -> list[Flowable]:
        """Each success indicator with its target and the result this review found (a library
        without the texts for it leaves the part out)."""
        texts = self.library.review_report
        indicators = self.agreement.success_indicators
        if "indicators" not in texts or self.context["review"] is None or not indicators:
            return []
        grid = Grid(
            self.styles,
            [self.plain("indicator"), self.plain("target"), self.plain("result")],
            [2.4, 1.6, 2.3],
        )
        for indicator in indicators:
            found = indicator.result or self.plain("no_result")
            grid.add([indicator.name, indicator.target, found], bold_first=True)
        return [self.p(self.text("indicators"), "section"), grid.table()]

    def structure(self) -> list[Flowable]:
        out: list[Flowable] = [self.p(self.text("structure"), "section")]
        if self.comparison.earlier is None:
            return [*out, self.p(self.text("not_compared"), "body")]
        if not self.comparison.changes:
            return [*out, self.p(self.text("no_structure"), "body")]
        columns = {
            "part": self.text("part"),
            "entry": self.text("entry"),
            "change": self.text("change"),
        }
        return [*out, changes_table(self.comparison.changes, columns, self.kinds(), self.styles)]

    def clauses(self) -> list[Flowable]:
        out: list[Flowable] = [self.p(self.text("clauses"), "section")]
        if self.comparison.earlier is None:
            return [*out, self.p(self.text("not_compared"), "body")]
        if not self.comparison.clause_changes:
            return [*out, self.p(self.text("no_clauses"), "body")]
        columns = {"clause": self.text("clause"), "text": self.text("text")}
        return [
            *out,
            self.p(self.text("clause_legend"), "caption"),
            clause_changes_table(
                self.comparison.clause_changes, columns, self.kinds(), self.styles
            ),
        ]

    def flowables(self) -> list[Flowable]:
        names = " · ".join(p.name for p in self.agreement.partners)
        return [
            self.p(self.plain("kind").upper(), "subtitle"),
            self.p(self.agreement.title, "title"),
            self.p(names, "party_note"),
            self.p(self.text("compared"), "meta"),
            Spacer(1, 8),
            self.p(self.text("intro"), "body"),
            *self.record(),
            *self.years(),
            *self.actions(),
            *self.indicators(),
            *self.structure(),
            *self.clauses(),
        ]

    def running(self) -> Running:
        return report_running(self.plain("footer"), self.library, self.context)


def render_review_report(
    comparison: Comparison,
    catalogue: Catalogue | None = None,
    library: ClauseLibrary | None = None,
) -> bytes:
    """The review report as a PDF (same input, same bytes)."""
    catalogue = catalogue_for(comparison.agreement.catalogue_version, catalogue)
    library = library or clause_library(comparison.agreement.language)
    styles = document_styles(library.hyphenation)
    report = _ReviewReport(comparison, catalogue, library, styles)
    metadata = report.pdf_metadata(
        f"{report.plain('kind')}: {comparison.agreement.title}", report.plain("subject")
    )
    pdf, _ = build_pdf(report.flowables(), styles, report.running(), metadata)
    return pdf
