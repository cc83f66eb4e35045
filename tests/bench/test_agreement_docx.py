"""The DOCX that bench/render.py converts with LibreOffice is the program's own Word export
(whose content tests/documents/test_word.py checks against the PDF's), and the bench counts what
it holds."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from reportlab.platypus import Paragraph

from coopbuilder.core.agreement import Agreement
from coopbuilder.core.catalogue import default_catalogue
from coopbuilder.core.demo import demo_agreement
from coopbuilder.documents.clauses import AgreementText
from coopbuilder.documents.styles import document_styles
from coopbuilder.documents.templates import clause_library
from coopbuilder.documents.word import render_docx
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
def test_the_bench_converts_the_programs_own_word_export(
    bench: ModuleType, language: str, tmp_path: Path
) -> None:
    agreement = demo_agreement(language, today=DEMO_DAY)
    path = tmp_path / "agreement.docx"
    bench.build_docx(agreement, path)
    assert path.read_bytes() == render_docx(agreement)
    counts = bench.counts(agreement, path)
    made = _agreement_text(agreement)
    assert counts.kinds["section"] == len(made.body) == 15
    assert counts.kinds["annex"] == len(made.annexes) == 4
    document = docx.Document(str(path))
    paragraphs, tables = _document_text(document)
    assert counts.paragraphs == len(paragraphs) > 100
    assert counts.headings == sum(style.startswith(("Title", "Heading")) for style, _ in paragraphs)
    assert counts.headings >= 15 + 4
    assert counts.tables == len(tables) > 5
    assert counts.pictures == len(document.inline_shapes) == 1  # the radar chart


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
