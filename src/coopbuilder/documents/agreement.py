"""The cooperation agreement as a PDF: Agreement + catalogue + clause library -> bytes.

A pure function of its inputs (the GUI calls it from a worker thread; the same input gives the
same bytes). The wording comes from the clause library, the look from the style data.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from markupsafe import Markup
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from coopbuilder.core.agreement import Agreement
from coopbuilder.core.catalogue import Catalogue, catalogue_for
from coopbuilder.core.files import OWNER_ONLY, atomic_write_bytes
from coopbuilder.core.parties import Representative
from coopbuilder.core.review import ReviewContext
from coopbuilder.documents import tables
from coopbuilder.documents.boxes import SignatureBox
from coopbuilder.documents.clauses import AgreementText, blocks
from coopbuilder.documents.keeping import keep_lead_ins
from coopbuilder.documents.layout import (
    Metadata,
    RenderResult,
    Running,
    SignatureBlock,
    build_pdf,
)
from coopbuilder.documents.markup import PARSED_KEPT, one_line, paragraph, plain
from coopbuilder.documents.markup import markup as as_markup
from coopbuilder.documents.readiness import actions_table, readiness_chart, scores_table
from coopbuilder.documents.styles import Styles, document_styles
from coopbuilder.documents.templates import Clause, ClauseLibrary, Section, clause_library

if TYPE_CHECKING:  # the marked draft's modules are loaded only for a marked draft
    from coopbuilder.documents.redline import Redline

_ADDRESS = re.compile(r"[^\s<>;,()]+@[^\s<>;,()]+|\bhttps?://|\bwww\.")
"""An e-mail address or a web address: a long word that cannot be broken."""
_CITATION = re.compile(r"(§§?|\bArt\.|\bAbs\.|\blit\.|\bNr\.) (?=[0-9a-z(])")


def keep_together(markup: Markup) -> Markup:
    """No line break between "§", "Art.", "Abs.", "lit." or "Nr." and the number after it
    ("§ 203 StGB", "Art. 6 Abs. 1 lit. a DSGVO"): the space becomes a no-break space."""
    return Markup(_kept_together(str(markup)))


@lru_cache(maxsize=PARSED_KEPT)
def _kept_together(text: str) -> str:
    return _CITATION.sub("\\1\u00a0", text)


@lru_cache(maxsize=PARSED_KEPT)
def _has_address(text: str) -> bool:
    return _ADDRESS.search(text) is not None


class _Builder(AgreementText):
    def __init__(
        self,
        agreement: Agreement,
        catalogue: Catalogue,
        library: ClauseLibrary,
        styles: Styles,
        review: ReviewContext | None,
        annotated: bool = False,
        marks: Redline | None = None,
    ) -> None:
        super().__init__(agreement, catalogue, library, styles, review, annotated)
        self.boxes: list[SignatureBox] = []
        self.marks = marks
        if marks is not None:
            self.context["redline"] = marks.view()

    # -- text -------------------------------------------------------------------------------

    def paragraph(self, text: str, style: str, bullet: str | None = None) -> Paragraph:
        """A paragraph of ``text`` (plain text or :class:`Markup`, see :mod:`markup`)."""
        markup = as_markup(text)
        chosen = self.styles[style]
        if _has_address(markup):  # justified, its line would gape around the address
            chosen = self.styles.ragged(style)
        return paragraph(keep_together(markup), chosen, bullet)

    def clause_text(self, clause: Clause, number: str | None) -> list[Flowable]:
        change = self.marks.clauses.get(clause.id) if self.marks is not None else None
        if change is not None:  # the draft marked against the signed version
            from coopbuilder.documents.redline import marked_blocks

            parts = marked_blocks(change, self.styles)
        else:
            parts = blocks(self.clause_markup(clause))
        out: list[Flowable] = []
        for index, (kind, text) in enumerate(parts):
            if kind == "bullet":
                out.append(self.paragraph(text, "bullet", bullet="–"))
            elif number is not None:
                bullet = number if index == 0 else None
                out.append(self.paragraph(text, "clause", bullet))
            else:
                out.append(self.paragraph(text, "body"))
        if (
            number is not None
            and out
            and not any(getattr(f, "bulletText", None) == number for f in out)
        ):
            out.insert(0, self.paragraph("", "clause", number))
        return out

    def margin_note(self, clause: Clause) -> list[Flowable]:
        """The lawyers' margin note under a clause: a shaded box, indented to the clause text,
        kept with the clause it explains."""
        parts = self.note_markup(clause)
        if not parts:
            return []
        indent = self.styles["clause"].leftIndent
        box = Table(
            [[[self.paragraph(part, "margin_note") for part in parts]]],
            colWidths=[self.styles.frame_width - indent],
            hAlign="RIGHT",
        )
        box.setStyle(
            TableStyle(
                [
                    tables.cell_font(self.styles, "margin_note"),
                    ("BACKGROUND", (0, 0), (-1, -1), self.styles.colour("margin_note")),
                    ("LINEBEFORE", (0, 0), (0, -1), 1.6, self.styles.colour("margin_note_rule")),
                    ("LEFTPADDING", (0, 0), (-1, -1), 6),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                    ("TOPPADDING", (0, 0), (-1, -1), 3),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ]
            )
        )
        return [box, Spacer(1, 5)]

    def columns(self, clause: Clause, **extra: Any) -> dict[str, Markup]:
        return {k: t.render(self.context, **extra) for k, t in clause.columns.items()}

    # -- sections ---------------------------------------------------------------------------

    def marked_applying(
        self, section: Section, numbered: str | None
    ) -> list[tuple[str | None, Clause]]:
        """The clauses of a section that apply and, in the draft marked against the signed
        version, the clauses it no longer has, where they stood (without a number)."""
        applying = list(self.applying(section, numbered))
        if self.marks is None or not self.marks.removed:
            return applying
        labels = {clause.id: label for label, clause in applying}
        removed = self.marks.removed
        return [
            (labels.get(clause.id), clause)
            for clause in section.clauses
            if clause.id in labels or clause.id in removed
        ]

    def section(self, section: Section, heading: str, numbered: str | None) -> list[Flowable]:
        out: list[Flowable] = []
        removed = self.marks.removed if self.marks is not None else frozenset()
        for label, clause in self.marked_applying(section, numbered):
            if clause.id in removed:  # its words struck through; no table, no number
                out.extend(self.clause_text(clause, None))
                continue
            text = self.clause_text(clause, label) if clause.text is not None else []
            if text and clause.table is not None:
                text[-1].keepWithNext = 1  # its lead-in stays with the table
            out.extend(text)
            if clause.table is not None:
                out.extend(self.table(clause))
            note = self.margin_note(clause)
            if note and out and isinstance(out[-1], Paragraph):
                out[-1].keepWithNext = 1  # the note stays with the clause it explains
            out.extend(note)
        if not out:
            return []
        style = "section" if numbered else "annex"
        head = self.paragraph(heading, style)
        if section.clauses and section.clauses[-1].table == "signatures":
            # on one page where they fit; else from the top of a page, breaking between rows
            return [KeepTogether(keep_lead_ins([head, *out]))]
        return [head, *out]

    def review_table(self, clause: Clause) -> list[Flowable]:
        """The table of a review annex (what became of the actions) or of the draft marked
        against the signed version (the contact list's changes)."""
        from coopbuilder.core.changes import ChangeKind
        from coopbuilder.documents.review_tables import contact_changes_table, outcomes_table

        if clause.table == "contact_changes":
            contacts = self.marks.contacts if self.marks is not None else ()
            kinds = {kind.value: self.fmt.label(kind) for kind in ChangeKind}
            return [contact_changes_table(contacts, self.columns(clause), kinds, self.styles)]
        actions = self.context["review"]["actions"]
        return [outcomes_table(actions, self.columns(clause), self.styles)]

    def table(self, clause: Clause) -> list[Flowable]:
        kind = clause.table
        context = self.context
        styles = self.styles
        if kind == "signatures":
            return [self.signatures(clause)]
        if kind == "readiness_chart":
            scale = one_line(self.columns(clause)["scale"])
            return [readiness_chart(self.agreement, self.catalogue, self.summary, styles, scale)]
        if kind == "readiness_scores":
            return [
                scores_table(
                    self.agreement,
                    self.catalogue,
                    self.summary,
                    self.columns(clause),
                    styles,
                    self.fmt,
                )
            ]
        if kind == "readiness_actions":
            findings = context["readiness"]["findings"]
            return [actions_table(findings, self.columns(clause), styles, self.fmt)]
        if kind in ("contact_changes", "review_actions"):  # loaded by the documents with them
            return self.review_table(clause)
        if kind == "disclosure_log":
            rows = [row.render(context) for row in clause.rows]
            return [tables.disclosure_log_table(self.columns(clause), rows, styles)]
        if kind == "sharing_matrix":
            return [
                tables.sharing_matrix_table(context, self.columns(clause), styles, self.fmt.word)
            ]
        if kind == "sop":
            return tables.sop_tables(context, self.columns(clause), styles, self.fmt.word)
        builders = {
            "escalation": tables.escalation_table,
            "meetings": tables.meetings_table,
            "further_actors": tables.further_actors_table,
            "success_indicators": tables.indicators_table,
            "contact_list": tables.contact_list_table,
        }
        assert kind is not None
        return [builders[kind](context, self.columns(clause), styles)]

    def signatures(self, clause: Clause) -> Table:
        """The signature blocks, each partner's in a column, one row per signatory (so that
        many signatories break across pages between rows)."""
        styles = self.styles
        columns: list[list[Flowable]] = []
        views = {view["id"]: view for view in self.context["partners"]}
        for partner in self.agreement.partners:
            # "For Brückenschlag e.V.", in German "Für das Landeskriminalamt ..."
            words = self.columns(clause, partner=views[partner.id]["name_acc"])
            column: list[Flowable] = []
            signatories: list[Representative | None] = [*partner.signatories] or [None]
            for rep in signatories:
                column.append(
                    SignatureBlock(
                        representative_id=rep.id if rep else "",
                        heading=[
                            self.paragraph(words["organisation"], "signature"),
                            self.paragraph(rep.name if rep else words["missing"], "signature_name"),
                            self.paragraph(rep.role if rep else "", "signature"),
                        ],
                        place_date=plain(words["place_date"]),
                        signature=plain(words["signature"]),
                        styles=styles,
                        boxes=self.boxes,
                    )
                )
            columns.append(column)
        rows = [
            [column[index] if index < len(column) else "" for column in columns]
            for index in range(max(len(column) for column in columns))
        ]
        half = styles.frame_width / 2
        table = Table(rows, colWidths=[half] * len(columns), hAlign="LEFT")
        table.setStyle(
            TableStyle(
                [
                    tables.cell_font(styles),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, 0), 14),
                    ("TOPPADDING", (0, 1), (-1, -1), 0),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 10),
                ]
            )
        )
        return table

    # -- the title block --------------------------------------------------------------------

    def title_block(self) -> list[Flowable]:
        library, context = self.library, self.context
        text = library.text
        out: list[Flowable] = [
            self.paragraph(one_line(text("kind", context)).upper(), "subtitle"),
            Spacer(1, 4),
            self.paragraph(self.agreement.title, "title"),
            self.paragraph(text("between", context), "between"),
        ]
        for index, partner in enumerate(self.agreement.partners):
            if index:
                out.append(self.paragraph(text("and", context), "between"))
            out.append(self.paragraph(partner.name, "party"))
            if partner.address:
                out.append(self.paragraph(partner.address, "party_note"))
        out.append(Spacer(1, 8))
        out.append(self.paragraph(text("version_line", context), "meta"))
        out.append(self.paragraph(text("date_line", context), "meta"))
        out.append(Spacer(1, 10))
        final = self.context["agreement"]["is_final"]
        notice_text = text("final_notice" if final else "draft_notice", context)
        if self.marks is not None and "redline_notice" in self.library.document:
            notice_text = Markup("{}<br/><br/>{}").format(
                notice_text, text("redline_notice", context)
            )
        notice = self.paragraph(notice_text, "notice")
        box = Table([[notice]], colWidths=[self.styles.frame_width])
        box.setStyle(
            TableStyle(
                [
                    tables.cell_font(self.styles),
                    ("BACKGROUND", (0, 0), (-1, -1), self.styles.colour("notice")),
                    ("BOX", (0, 0), (-1, -1), 0.8, self.styles.colour("notice_border")),
                    ("LEFTPADDING", (0, 0), (-1, -1), 8),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                    ("TOPPADDING", (0, 0), (-1, -1), 6),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
                ]
            )
        )
        out.extend([box, Spacer(1, 4)])
        return out

    # -- the whole document -----------------------------------------------------------------

    def flowables(self) -> list[Flowable]:
        out = self.title_block()
        for number, section in enumerate(self.body, start=1):
            out.extend(self.section(section, self.section_heading(number, section), str(number)))
        for index, annex in enumerate(self.annexes):
            out.append(PageBreak())
            out.extend(self.section(annex, self.annex_heading(index, annex), None))
        return out

    def running(self) -> Running:
        library, context = self.library, self.context
        final = context["agreement"]["is_final"]
        return Running(
            header=library.plain("header", context),
            footer_left=library.plain("footer_version", context),
            footer_centre="" if final else library.plain("footer_draft", context),
            page=lambda page, pages: library.plain("footer_page", context, page=page, pages=pages),
            watermark=None if final else library.plain("watermark", context),
        )

    def metadata(self) -> Metadata:
        return self.pdf_metadata(self.agreement.title, self.library.plain("subject", self.context))


def render_agreement(
    agreement: Agreement,
    catalogue: Catalogue | None = None,
    library: ClauseLibrary | None = None,
    review: ReviewContext | None = None,
    annotated: bool = False,
    against: Agreement | None = None,
) -> RenderResult:
    """The agreement as a PDF, with the signature area of every signatory.

    ``library`` defaults to the shipped clause library of the agreement's language. With
    ``review`` (the review that started this version), the PDF has a review annex; with
    ``annotated`` (the lawyers' edition), an annex that numbers every open legal question; with
    ``against`` (the signed version), the changes against it are marked word by word, and the
    contact list's changes stand beside the list.
    """
    catalogue = catalogue_for(agreement.catalogue_version, catalogue)
    library = library or clause_library(agreement.language)
    library.require_clauses(catalogue)
    styles = document_styles(library.hyphenation)
    marks: Redline | None = None
    if against is not None:
        from coopbuilder.documents.redline import redline

        marks = redline(against, agreement, catalogue, library)
    builder = _Builder(agreement, catalogue, library, styles, review, annotated, marks)
    pdf, pages = build_pdf(builder.flowables(), styles, builder.running(), builder.metadata())
    order = [r.id for p in agreement.partners for r in p.signatories]  # as drawn: row by row
    boxes = sorted(builder.boxes, key=lambda box: order.index(box.representative_id))
    return RenderResult(pdf=pdf, pages=pages, signature_boxes=tuple(boxes))


def write_pdf(path: Path, pdf: bytes) -> None:
    """Write a rendered PDF atomically; a read-only or full target raises a UserError and
    leaves no partial file."""
    atomic_write_bytes(Path(path), pdf, mode=OWNER_ONLY)
