"""Where pages break: a heading, a caption or a clause's lead-in sentence stands on the page of
what it introduces; a long table breaks under its repeated heading row instead of jumping to the
next page whole; many signatories break between rows. Judged by each page's extracted text."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from reportlab.platypus import Paragraph, Spacer

from coopbuilder.core.agreement import Agreement
from coopbuilder.core.demo import demo_agreement, large_agreement
from coopbuilder.core.parties import Representative
from coopbuilder.documents.agreement import render_agreement
from coopbuilder.documents.layout import Metadata, Running, build_pdf
from coopbuilder.documents.report import render_report
from coopbuilder.documents.styles import document_styles
from coopbuilder.documents.tables import Grid
from coopbuilder.documents.templates import clause_library
from tests.conftest import DEMO_DAY
from tests.documents.pdfs import flat, page_texts

RUNNING = Running("Header", "Footer", "", lambda page, pages: f"Page {page} of {pages}", None)
METADATA = Metadata("Title", "Subject", "Author", "Keywords", "en")


def _content(page: str) -> list[str]:
    """A page's lines without the running header and footer."""
    return [
        line.strip()
        for line in page.splitlines()
        if line.strip()
        and line.strip() not in {"Header", "Footer"}
        and not re.fullmatch(r"Page \d+ of \d+", line.strip())
    ]


def _page_of(pages: list[str], pattern: str) -> int:
    found = [n for n, page in enumerate(pages) if re.search(pattern, page, re.M)]
    assert found, pattern
    return found[0]


def _with_signatories(agreement: Agreement, counts: tuple[int, int]) -> Agreement:
    for partner, count in zip(agreement.partners, counts, strict=True):
        for index in range(count - len(partner.signatories)):
            partner.representatives.append(
                Representative(
                    id=f"{partner.id}-signs-{index}",
                    name=f"Signatory {index + 2} of {partner.label}",
                    role="Deputy head",
                )
            )
    return agreement


def _headings_stand_with_their_first_clause(agreement: Agreement, pages: list[str]) -> None:
    library = clause_library(agreement.language)
    for number, section in enumerate(library.body, start=1):
        heading = f"{number}. {section.heading.render({})}"
        page = _page_of(pages, rf"^{re.escape(heading)}$")
        assert re.search(rf"^{number}\.1\b", pages[page], re.M), (heading, page + 1)


def test_every_section_heading_stands_with_its_first_clause(
    demo: Agreement, tmp_path: Path
) -> None:
    pages = page_texts(render_agreement(demo).pdf, tmp_path)
    _headings_stand_with_their_first_clause(demo, pages)
    large = large_agreement(today=DEMO_DAY)
    _headings_stand_with_their_first_clause(
        large, page_texts(render_agreement(large).pdf, tmp_path)
    )


@pytest.mark.parametrize("counts", [(5, 5), (8, 1), (2, 3)])
def test_many_signatories_break_between_rows_under_their_heading(
    demo: Agreement, counts: tuple[int, int], tmp_path: Path
) -> None:
    agreement = _with_signatories(demo, counts)
    result = render_agreement(agreement)
    pages = page_texts(result.pdf, tmp_path)
    heading = _page_of(pages, r"^15\. Signatures$")
    first = agreement.partners[0].signatories[0].name
    assert re.search(r"^15\.1\b", pages[heading], re.M)
    assert first in pages[heading]  # the heading is not left alone on its page
    signatories = [r for p in agreement.partners for r in p.signatories]
    assert [b.representative_id for b in result.signature_boxes] == [r.id for r in signatories]
    for rep, box in zip(signatories, result.signature_boxes, strict=True):
        assert rep.name in pages[box.page_index]
    if sum(counts) <= 6:  # what fits on one page stays on one page
        assert {b.page_index for b in result.signature_boxes} == {heading}
    else:
        assert len({b.page_index for b in result.signature_boxes}) == 2
    assert all(_content(page) for page in pages)


@pytest.mark.parametrize("language", ["en", "de"])
def test_the_report_keeps_its_headings_with_what_they_introduce(
    language: str, tmp_path: Path
) -> None:
    pages = page_texts(render_report(demo_agreement(language, today=DEMO_DAY)), tmp_path)
    heading = {"en": "The preconditions one by one", "de": "Die Voraussetzungen im Einzelnen"}
    first = {"en": "We trust our partner", "de": "Wir vertrauen darauf"}
    page = _page_of(pages, rf"^{heading[language]}$")
    assert first[language] in flat(pages[page])  # with the first precondition's first statement
    assert all(_content(p) for p in pages)  # no blank page
    for number, text in enumerate(pages):
        lines = _content(text)
        assert lines[-1] != heading[language], number + 1


def _filler(paragraphs: int) -> list[Paragraph]:
    """Paragraphs of five lines each (about 70 points)."""
    styles = document_styles()
    text = " ".join(["The parties work together on shared cases."] * 9)
    return [Paragraph(f"Filler {n}. {text}", styles["body"]) for n in range(paragraphs)]


def _grid(rows: int) -> Grid:
    grid = Grid(document_styles(), ["Who informs", "Whom", "About what"], [1, 1, 2])
    for index in range(1, rows + 1):
        grid.add([f"Row {index}", "Case worker", "Anonymised case numbers and trends"])
    return grid


def test_a_long_table_breaks_under_its_repeated_heading_row(tmp_path: Path) -> None:
    styles = document_styles()
    lead = Paragraph("7.2 Who informs whom about what:", styles["clause"])
    lead.keepWithNext = 1
    caption = Paragraph("NGO → Police", styles["table_caption"])
    flowables = [*_filler(4), lead, caption, _grid(40).table()]  # from mid-page
    pdf, count = build_pdf(flowables, styles, RUNNING, METADATA)
    pages = page_texts(pdf, tmp_path)
    assert count == 2
    first, second = _content(pages[0]), _content(pages[1])
    # the table starts on the half-empty first page, under its lead-in and caption ...
    assert first.index("7.2 Who informs whom about what:") < first.index("Row 1")
    assert "NGO → Police" in first and "Who informs" in first
    # ... and the rest follows under the repeated heading row
    assert second[0] == "Who informs" and "Row 40" in second
    assert "Row 1" not in second


def test_a_heading_at_the_foot_of_a_page_moves_to_the_next_page(tmp_path: Path) -> None:
    styles = document_styles()
    for filler in range(8, 11):  # wherever the page ends, the heading stays with its text
        heading = Paragraph("7. Standard operating procedures", styles["section"])
        lead = Paragraph("7.2 Who informs whom about what:", styles["clause"])
        lead.keepWithNext = 1
        flowables = [*_filler(filler), heading, lead, _grid(40).table()]
        pages = page_texts(build_pdf(flowables, styles, RUNNING, METADATA)[0], tmp_path)
        page = _page_of(pages, r"^7\. Standard operating procedures$")
        lines = _content(pages[page])
        assert "Row 1" in lines, filler
        assert lines.index("7. Standard operating procedures") < lines.index("Row 1")
        assert all(_content(p) for p in pages)


def test_a_page_filled_to_its_foot_is_followed_by_no_blank_page(tmp_path: Path) -> None:
    styles = document_styles()
    top, _, bottom, _ = styles.margins
    room = styles.page_size[1] - top - bottom
    last = Paragraph("The last paragraph of the page.", styles["body"])
    height = last.wrap(styles.frame_width, room)[1]
    for short in (0.5, 2.0, 4.0):  # the paragraph ends just above the foot, its space after below
        heading = Paragraph("7. Standard operating procedures", styles["section"])
        flowables = [Spacer(1, room - height - short), last, heading, _grid(10).table()]
        pdf, count = build_pdf(flowables, styles, RUNNING, METADATA)
        pages = page_texts(pdf, tmp_path)
        assert count == 2 and all(_content(page) for page in pages), short
        assert _content(pages[1])[0] == "7. Standard operating procedures"
