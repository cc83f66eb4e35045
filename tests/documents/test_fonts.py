"""Every PDF lists only the fonts it draws with, each embedded: no reportlab Helvetica that no
page uses (a table cell or a chart once set it before drawing anything)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from coopbuilder.core.demo import demo_agreement
from coopbuilder.documents.agreement import render_agreement
from coopbuilder.documents.final import render_final
from coopbuilder.documents.report import render_report
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
