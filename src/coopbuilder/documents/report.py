"""The readiness report (2-4 pages): per precondition both partners' means and bands, the
perception gaps, the partners' notes, recommended and agreed actions, and the radar chart."""

from __future__ import annotations

from markupsafe import Markup
from reportlab.platypus import Flowable, Paragraph, Spacer

from coopbuilder.core.agreement import Agreement
from coopbuilder.core.catalogue import Catalogue, Precondition, catalogue_for
from coopbuilder.core.scoring import PreconditionResult
from coopbuilder.documents.context import Rendering, View
from coopbuilder.documents.layout import Running, build_pdf
from coopbuilder.documents.markup import one_line, paragraph
from coopbuilder.documents.readiness import readiness_chart, scores_table
from coopbuilder.documents.styles import Styles, document_styles
from coopbuilder.documents.tables import Grid
from coopbuilder.documents.templates import ClauseLibrary, TemplateError, clause_library


class _Report(Rendering):
    def __init__(
        self, agreement: Agreement, catalogue: Catalogue, library: ClauseLibrary, styles: Styles
    ) -> None:
        if not library.report:
            raise TemplateError(
                "{folder}: the clause library has no report.yaml.", folder=library.folder
            )
        super().__init__(agreement, catalogue, library, styles)

    def text(self, key: str, **extra: object) -> Markup:
        """A text of report.yaml as paragraph markup."""
        return self.library.report[key].render(self.context, **extra)

    def plain(self, key: str) -> str:
        return one_line(self.text(key))

    def p(self, text: str, style: str) -> Paragraph:
        """A paragraph of plain text or :class:`Markup` (see :mod:`markup`)."""
        return paragraph(text, self.styles[style])

    def flowables(self) -> list[Flowable]:
        agreement = self.agreement
        names = " · ".join(p.name for p in agreement.partners)
        out: list[Flowable] = [
            self.p(self.plain("kind").upper(), "subtitle"),
            self.p(agreement.title, "title"),
            self.p(names, "party_note"),
            Spacer(1, 8),
            self.p(self.text("intro"), "body"),
            self.p(
                Markup("<b>{}.</b> {}").format(self.text("method_heading"), self.text("method")),
                "report_finding",
            ),
            self.p(self.text("overview"), "section"),
            readiness_chart(
                agreement,
                self.catalogue,
                self.summary,
                self.styles,
                self.plain("chart"),
                scale=0.75,
            ),
            scores_table(
                agreement,
                self.catalogue,
                self.summary,
                {
                    "precondition": self.text("precondition"),
                    "perception_gap": self.text("perception_gap"),
                },
                self.styles,
                self.fmt,
            ),
            self.p(self.text("preconditions"), "section"),
            self.p(self.text("band_legend"), "caption"),
        ]
        findings: dict[str, list[View]] = {}
        for finding in self.context["readiness"]["findings"]:
            findings.setdefault(finding["precondition_id"], []).append(finding)
        for precondition in self.catalogue.preconditions:
            result = self.summary.result(precondition.id)
            out.extend(self.precondition(precondition, result, findings.get(precondition.id, [])))
        return out

    def precondition(
        self, precondition: Precondition, result: PreconditionResult, findings: list[View]
    ) -> list[Flowable]:
        language = self.agreement.language
        fmt = self.fmt
        partners = [self.agreement.partner(pid) for pid in self.summary.partner_ids]
        scores = "  ·  ".join(
            f"{p.label}: "
            + (
                fmt.word("mean_band", mean=fmt.number(s.mean), band=fmt.label(s.band))
                if s.mean is not None
                else fmt.label(s.band)
            )
            for p, s in zip(partners, result.scores, strict=True)
        )
        heading = Markup("{} <font size=8.5>— {}</font>").format(
            precondition.name.get(language), scores
        )
        out: list[Flowable] = [self.p(heading, "table_caption")]
        grid = Grid(
            self.styles,
            [self.text("statement"), partners[0].label, partners[1].label, self.text("note")],
            [3.6, 1.05, 1.05, 1.3],
        )
        ratings = [self.agreement.assessment.by_partner(p.id) for p in partners]
        for statement, comparison in zip(precondition.statements, result.statements, strict=True):
            cells: list[str] = []
            notes: list[str] = []
            for partner, given in zip(partners, ratings, strict=True):
                rating = given.get(statement.id)
                if rating is None:
                    cells.append("–")
                    continue
                cells.append(_cell(rating.value, rating.not_applicable, language))
                if rating.note:
                    notes.append(f"{partner.label}: {rating.note}")
            mark = " ◆" if comparison.perception_gap else ""
            grid.add([statement.text.get(language) + mark, *cells, "\n".join(notes)])
        out.append(grid.table())
        for finding in findings:
            label = Markup("<b>{}</b> ({})").format(finding["kind_label"], finding["partners"])
            if finding["actions"]:
                items = [
                    Markup("{} <i>({})</i>").format(a["text"], self.owner_due(a))
                    for a in finding["actions"]
                ]
                lead = self.text("agreed")
            else:
                items = list(finding["recommended"][:2])
                lead = self.text("recommended")
            out.append(self.p(Markup("{}. {}:").format(label, lead), "report_finding"))
            out.extend(paragraph(item, self.styles["report_bullet"], "–") for item in items)
        return out

    def owner_due(self, action: View) -> str:
        return self.fmt.word("owner_due", owner=action["owner"], date=action["due"])

    def running(self) -> Running:
        return report_running(self.plain("footer"), self.library, self.context)


def _cell(value: int | None, not_applicable: bool, language: str) -> str:
    """A rating as the report's table shows it (the legend explains the signs)."""
    if not_applicable:
        return "n. a." if language == "de" else "n/a"
    return "?" if value is None else str(value)


def report_running(footer: str, library: ClauseLibrary, context: View) -> Running:
    """A report's page texts: its footer line above and below, "Page X of Y", no watermark."""
    return Running(
        header=footer,
        footer_left=footer,
        footer_centre="",
        page=lambda page, pages: library.plain("footer_page", context, page=page, pages=pages),
        watermark=None,
    )


def render_report(
    agreement: Agreement,
    catalogue: Catalogue | None = None,
    library: ClauseLibrary | None = None,
) -> bytes:
    """The readiness report as a PDF (same input, same bytes)."""
    catalogue = catalogue_for(agreement.catalogue_version, catalogue)
    library = library or clause_library(agreement.language)
    styles = document_styles(library.hyphenation)
    report = _Report(agreement, catalogue, library, styles)
    metadata = report.pdf_metadata(
        f"{report.plain('kind')}: {agreement.title}", report.plain("subject")
    )
    pdf, _ = build_pdf(report.flowables(), styles, report.running(), metadata)
    return pdf
