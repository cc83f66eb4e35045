"""The review report (with its trend charts) lists only embedded fonts: no reportlab Helvetica
that no page uses."""

from __future__ import annotations

from pathlib import Path

from coopbuilder.workflows import review
from tests.documents.pdfs import pdf_fonts

from .conftest import History


def test_the_review_report_lists_only_embedded_fonts(three_years: History, tmp_path: Path) -> None:
    pdf = review.review_report(three_years.workspace, three_years.agreement_id)
    fonts = pdf_fonts(pdf, tmp_path)
    assert fonts and all(embedded for _, embedded in fonts), fonts
    assert not [name for name, _ in fonts if name.startswith("Helvetica")]
