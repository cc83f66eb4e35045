"""The draft as a Word document: made from the same clause library as the PDF. python-docx finds
every heading, clause text and table; the words of each clause are those of the PDF, in both
languages; the document's language is set; the same agreement gives the same bytes."""

from __future__ import annotations

import io
import re
import subprocess
from pathlib import Path
from typing import Any

import docx
import pytest
from docx.oxml.ns import qn
from markupsafe import Markup
from reportlab.graphics.shapes import Drawing
from reportlab.platypus import Paragraph, Table

from coopbuilder.core.catalogue import default_catalogue
from coopbuilder.core.demo import demo_agreement
from coopbuilder.documents.agreement import _Builder, render_agreement
from coopbuilder.documents.layout import SignatureBlock
from coopbuilder.documents.markup import one_line
from coopbuilder.documents.styles import document_styles
from coopbuilder.documents.templates import clause_library
from coopbuilder.documents.word import _walk, render_docx
from tests.conftest import DEMO_DAY

_NOT_A_LETTER = re.compile(r"[\W_]+")


def squeezed(text: str) -> str:
    """Only the letters and digits, in lower case: what is left of words whatever the line
    breaks, hyphenation and spacing of either format."""
    return _NOT_A_LETTER.sub("", text).lower()


def list_level(paragraph: Any) -> int | None:
    """The paragraph's level in a Word list, or None."""
    properties = paragraph._p.pPr
    if properties is None or properties.numPr is None:
        return None
    return int(properties.numPr.ilvl.val)


def list_formats(document: Any) -> list[str]:
    """The number formats of the document's lists' levels, in order."""
    root = document.part.numbering_part.element
    return [element.get(qn("w:val")) for element in root.iter(qn("w:lvlText"))]


def builder(language: str) -> _Builder:
    agreement = demo_agreement(language, today=DEMO_DAY)
    library = clause_library(agreement.language)
    return _Builder(
        agreement, default_catalogue(), library, document_styles(library.hyphenation), None
    )


def docx_body(document: docx.document.Document) -> str:
    """The paragraphs and table cells in document order."""
    out = []
    for block in document.element.body.iter(qn("w:p")):
        out.append("".join(t.text or "" for t in block.iter(qn("w:t"))))
    return "\n".join(out)


def is_running(line: str, made: _Builder) -> bool:
    """Whether a line of pdftotext's output holds only what stands around every page of the PDF
    (header, footer, page number, watermark)."""
    running = made.running()
    around = [running.header, running.footer_left, running.footer_centre, running.watermark or ""]
    page_number = re.compile(squeezed(running.page(1, 1)).replace("1", "[0-9]+"))
    rest = page_number.sub("", squeezed(line))
    for words in sorted((squeezed(w) for w in around), key=len, reverse=True):
        if words:
            rest = rest.replace(words, "")
    return not rest


def pdf_text(pdf: bytes, tmp_path: Path, made: _Builder) -> str:
    """The PDF's text without the lines around every page, squeezed."""
    path = tmp_path / "agreement.pdf"
    path.write_bytes(pdf)
    lines = subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout.splitlines()
    return "".join(squeezed(line) for line in lines if not is_running(line, made))


@pytest.mark.parametrize("language", ["en", "de"])
def test_every_clause_reads_the_same_in_the_word_document_and_the_pdf(
    language: str, tmp_path: Path
) -> None:
    made = builder(language)
    agreement = made.agreement
    document = docx.Document(io.BytesIO(render_docx(agreement)))
    in_word = squeezed(docx_body(document))  # its header and footer are apart
    in_pdf = pdf_text(render_agreement(agreement).pdf, tmp_path, made)
    places = [place for place in made.places() if place.clause.text is not None]
    assert len(places) > 40
    for place in places:
        text = Markup(made.clause_markup(place.clause)).striptags()
        words = squeezed(text)
        where = f"{place.number or place.heading}: {words[:60]}"
        assert words in in_word, f"not in the Word document: {where}"
        assert words in in_pdf, f"not in the PDF: {where}"


@pytest.mark.parametrize("language", ["en", "de"])
def test_headings_tables_language_and_draft_mark(language: str) -> None:
    made = builder(language)
    agreement = made.agreement
    document = docx.Document(io.BytesIO(render_docx(agreement)))
    # the sections' numbers are Word's list numbers, in the library's form; the annexes' letters
    # stay text
    headings = [
        (p.text.replace("\xa0", " "), list_level(p))
        for p in document.paragraphs
        if p.style.name == "Heading 1"
    ]
    expected = [(one_line(s.heading.render(made.context)), 0) for s in made.body]
    expected += [
        (one_line(made.annex_heading(i, a)).replace("\xa0", " "), None)
        for i, a in enumerate(made.annexes)
    ]
    assert headings == expected
    numbered = [p for p in document.paragraphs if list_level(p) == 1]
    assert len(numbered) == sum(1 for place in made.places() if place.number) > 40
    formats = {"en": ["%1.", "%1.%2"], "de": ["§ %1", "(%2)"]}[language]
    assert list_formats(document)[-2:] == formats
    assert [p.text for p in document.paragraphs if p.style.name == "Title"] == [agreement.title]

    # every table of the PDF (not the boxed notice under the title), with its heading row
    pdf_tables = [
        f
        for f, _ in _walk(made.flowables())
        if isinstance(f, Table) and (len(f._cellvalues), len(f._cellvalues[0])) != (1, 1)
    ]
    assert len(document.tables) == len(pdf_tables) >= 8
    for word, pdf in zip(document.tables, pdf_tables, strict=True):
        first = pdf._cellvalues[0][0]
        head = first[0] if isinstance(first, list) and first else first
        if isinstance(head, SignatureBlock):
            head = head.heading[0]
        expected_text = (
            "".join(getattr(f, "text", "") for f in head.frags)
            if isinstance(head, Paragraph)
            else str(head)
        )
        assert squeezed(word.rows[0].cells[0].text).startswith(squeezed(expected_text)[:20])

    # the radar chart of the readiness annex, as a picture as wide as in the PDF
    charts = [f for f, _ in _walk(made.flowables()) if isinstance(f, Drawing)]
    assert len(document.inline_shapes) == len(charts) == 1
    assert abs(document.inline_shapes[0].width.pt - charts[0].width) < 1

    header = document.sections[0].header.paragraphs[0].text
    assert header.startswith(made.library.plain("watermark", made.context))
    tag = {"en": "en-GB", "de": "de-DE"}[language]
    langs = {element.get(qn("w:val")) for element in document.styles.element.iter(qn("w:lang"))}
    assert langs == {tag}
    assert document.core_properties.language == tag
    assert document.core_properties.title == agreement.title


def test_the_same_agreement_gives_the_same_bytes() -> None:
    agreement = demo_agreement("de", today=DEMO_DAY)
    first = render_docx(agreement)
    assert render_docx(agreement.model_copy(deep=True)) == first
    changed = render_docx(agreement.model_copy(update={"title": "Eine andere Vereinbarung"}))
    assert changed != first
