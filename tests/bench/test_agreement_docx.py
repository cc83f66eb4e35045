"""The DOCX that bench/render.py converts with LibreOffice holds what the agreement PDF holds:
every section and annex heading as a Word heading, every clause text as the clause library
renders it, the tables as Word tables and the radar chart as a picture."""

from __future__ import annotations

import importlib.util
import shutil
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from reportlab.platypus import Paragraph, Table

from coopbuilder.core.agreement import Agreement
from coopbuilder.core.catalogue import default_catalogue
from coopbuilder.core.demo import demo_agreement
from coopbuilder.documents.clauses import AgreementText, blocks
from coopbuilder.documents.styles import document_styles
from coopbuilder.documents.templates import clause_library
from tests.conftest import DEMO_DAY

docx = pytest.importorskip("docx")

BENCH = Path(__file__).resolve().parents[2] / "bench"
PNG = b"\x89PNG\r\n\x1a\n"


@pytest.fixture(scope="module")
def bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("agreement_docx", BENCH / "agreement_docx.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["agreement_docx"] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


def _plain(markup: str) -> str:
    """The text of library markup as it prints (tags gone, entities resolved)."""
    return " ".join(Paragraph(markup).getPlainText().split())


def _document_text(document: Any) -> tuple[list[tuple[str, str]], list[list[list[str]]]]:
    """The body's paragraphs as (style, text), and each table's cells."""
    paragraphs = [(p.style.name, " ".join(p.text.split())) for p in document.paragraphs]
    tables = [
        [[" ".join(cell.text.split()) for cell in row.cells] for row in table.rows]
        for table in document.tables
    ]
    return paragraphs, tables


def _agreement_text(agreement: Agreement) -> AgreementText:
    library = clause_library(agreement.language)
    return AgreementText(
        agreement, default_catalogue(), library, document_styles(library.hyphenation)
    )


@pytest.mark.parametrize("language", ["en", "de"])
def test_every_heading_and_clause_text_is_in_the_docx(
    bench: ModuleType, language: str, tmp_path: Path
) -> None:
    agreement = demo_agreement(language, today=DEMO_DAY)
    path = tmp_path / "agreement.docx"
    counts = bench.build_docx(agreement, path)
    paragraphs, _ = _document_text(docx.Document(str(path)))
    texts = [text for _, text in paragraphs]
    headings = [text for style, text in paragraphs if style == "Heading 1"]
    made = _agreement_text(agreement)

    expected = [_plain(made.section_heading(n, s)) for n, s in enumerate(made.body, start=1)]
    expected += [_plain(made.annex_heading(i, a)) for i, a in enumerate(made.annexes)]
    assert headings == expected
    assert counts.kinds["section"] == len(made.body) == 15
    assert counts.kinds["annex"] == len(made.annexes) == 4

    clauses = 0
    for place in made.places():
        if place.clause.text is None:
            continue
        for index, (_, block) in enumerate(blocks(made.clause_markup(place.clause))):
            text = _plain(block)
            if index == 0 and place.number is not None:
                text = f"{place.number} {text}"  # the number, then a tab
            assert any(text in line for line in texts), (place.clause.id, text)
            clauses += 1
    assert clauses > 100
    annexes = [p for p in docx.Document(str(path)).paragraphs if p.style.name == "Heading 1"]
    starts = [p.paragraph_format.page_break_before for p in annexes[len(made.body) :]]
    assert starts == [True] * len(made.annexes)  # each annex on a new page, as in the PDF


def test_the_tables_are_word_tables_with_the_pdfs_cells(bench: ModuleType, tmp_path: Path) -> None:
    agreement = demo_agreement("en", today=DEMO_DAY)
    path = tmp_path / "agreement.docx"
    counts = bench.build_docx(agreement, path)
    document = docx.Document(str(path))
    _, tables = _document_text(document)
    flowables = [f for f, _ in bench._walk(bench.builder(agreement).flowables())]
    grids = [f for f in flowables if isinstance(f, Table) and f.repeatRows]
    # every grid of the PDF, plus the signature blocks side by side (the notice is a paragraph)
    assert counts.tables == len(tables) == len(grids) + 1
    cells = {cell for table in tables for row in table for cell in row}
    for rule in agreement.sharing_rules:
        assert any(rule.category in cell for cell in cells), rule.category
        assert any(rule.retention in cell for cell in cells), rule.retention
    for contact in agreement.contacts:
        assert any(contact.phone in cell for cell in cells), contact.phone
    matrix = next(t for t in tables if t[0][:3] == ["No.", "Category", "From → to"])
    assert len(matrix) == len(agreement.sharing_rules) + 1
    header = document.tables[tables.index(matrix)].rows[0]._tr
    assert header.trPr is not None and header.trPr.find(docx.oxml.ns.qn("w:tblHeader")) is not None
    # the partner's name over their contacts spans the whole row, as in the PDF
    contacts = next(t for t in tables if t[0][0] == "Level" and len(t[0]) == 6)  # Annex A
    group = contacts[1]
    assert group == [agreement.partners[0].name] * len(group)


def test_the_chart_is_a_picture_or_said_to_be_left_out(bench: ModuleType, tmp_path: Path) -> None:
    agreement = demo_agreement("en", today=DEMO_DAY)
    without = bench.build_docx(agreement, tmp_path / "without.docx", None)
    assert (without.pictures, without.charts_left_out) == (0, 1)
    assert len(docx.Document(str(tmp_path / "without.docx")).inline_shapes) == 0
    if shutil.which("pdftoppm") is None:
        pytest.skip("poppler's pdftoppm is not installed")
    pictures = bench.chart_pictures(agreement)
    assert len(pictures) == 1 and pictures[0].startswith(PNG)
    width, height = (int.from_bytes(pictures[0][at : at + 4], "big") for at in (16, 20))
    assert width > 1000 and height > 600  # 200 dpi of a chart 16 cm wide
    with_chart = bench.build_docx(agreement, tmp_path / "with.docx", pictures)
    assert (with_chart.pictures, with_chart.charts_left_out) == (1, 0)
    shapes = docx.Document(str(tmp_path / "with.docx")).inline_shapes
    assert len(shapes) == 1
    assert shapes[0].width.pt == pytest.approx(476.2, abs=0.5)


def test_names_with_markup_are_text_in_the_docx(bench: ModuleType, tmp_path: Path) -> None:
    """What the PDF prints as typed, the Word document holds as typed: the paragraphs' markup
    is read by reportlab, so a name's tags are text in both."""
    agreement = demo_agreement("en", today=DEMO_DAY)
    names = ("{{ 7*7 }} & <b>Bold</b> <font size=80>X</font>", "JVA Nürnberg <Abt. 3 🦜")
    for partner, name in zip(agreement.partners, names, strict=True):
        partner.name = name
    path = tmp_path / "hostile.docx"
    bench.build_docx(agreement, path)
    paragraphs, tables = _document_text(docx.Document(str(path)))
    text = " ".join(t for _, t in paragraphs) + " ".join(c for t in tables for r in t for c in r)
    for name in names:
        assert name in text
    properties = docx.Document(str(path)).core_properties
    assert properties.author == " / ".join(names)
