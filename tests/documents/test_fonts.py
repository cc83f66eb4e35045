"""Every PDF lists only the fonts it draws with, each embedded: no reportlab Helvetica that no
page uses (a table cell or a chart once set it before drawing anything). The fonts are read and
registered once per process; the render process does it when it starts."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from coopbuilder.core.agreement import Agreement
from coopbuilder.core.demo import demo_agreement
from coopbuilder.documents.agreement import render_agreement
from coopbuilder.documents.final import render_final
from coopbuilder.documents.rendering import RenderProcess
from coopbuilder.documents.report import render_report
from coopbuilder.documents.styles import document_styles
from tests.conftest import DEMO_DAY
from tests.documents.pdfs import pdf_fonts

FAMILY = "DejaVu"
"""The shipped fonts (resources/fonts)."""


@pytest.mark.parametrize("language", ["en", "de"])
def test_the_documents_list_only_the_embedded_fonts_they_draw_with(
    language: str, tmp_path: Path
) -> None:
    agreement = demo_agreement(language, today=DEMO_DAY)
    documents = {
        "draft": render_agreement(agreement).pdf,
        "lawyers' edition": render_agreement(agreement, annotated=True).pdf,
        "readiness report": render_report(agreement),
    }
    final = agreement.model_copy(update={"effective_date": DEMO_DAY + dt.timedelta(days=30)})
    documents["final"] = render_final(final).pdf
    for name, pdf in documents.items():
        fonts = pdf_fonts(pdf, tmp_path)
        assert fonts, name
        assert [font for font, embedded in fonts if not embedded] == [], name
        assert [font for font, _ in fonts if not font.startswith(FAMILY)] == [], name


def registered_fonts() -> list[str]:
    """The fonts registered in the process that runs this (for the render process)."""
    from reportlab.pdfbase import pdfmetrics

    return sorted(pdfmetrics.getRegisteredFontNames())


def test_the_fonts_are_registered_once_per_process(demo: Agreement) -> None:
    from reportlab.pdfbase import pdfmetrics

    render_agreement(demo)
    serif = pdfmetrics.getFont(document_styles().font("serif"))
    render_report(demo)
    german = demo_agreement("de", today=DEMO_DAY)
    render_agreement(german)  # another language, hyphenated: other styles, the same fonts
    assert document_styles("de_DE").font("serif") == serif.fontName
    assert pdfmetrics.getFont(serif.fontName) is serif


def test_the_render_process_registers_the_fonts_when_it_starts() -> None:
    process = RenderProcess()
    try:
        process.start()
        fonts = process.call(registered_fonts)  # before it made any PDF
    finally:
        process.close()
    assert document_styles().font("serif") in fonts
    assert document_styles().font("sans", bold=True) in fonts
