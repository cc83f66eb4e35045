"""The readiness report PDF."""

from __future__ import annotations

import io
from pathlib import Path

from pypdf import PdfReader

from coopbuilder.core.agreement import Agreement
from coopbuilder.core.catalogue import shipped_catalogue
from coopbuilder.documents.report import render_report
from tests.documents.pdfs import flat, pdftotext


def test_the_report_has_two_to_six_pages_with_every_precondition(
    demo: Agreement, tmp_path: Path
) -> None:
    pdf = render_report(demo)
    assert 2 <= len(PdfReader(io.BytesIO(pdf)).pages) <= 6  # eleven preconditions, 64 statements
    body = flat(pdftotext(pdf, tmp_path))
    for precondition in shipped_catalogue(demo.catalogue_version).preconditions:
        assert precondition.name.en in body
        for statement in precondition.statements:
            assert statement.text.en[:30] in body, statement.id
    assert "Brückenschlag: 2.50 · Gap" in body
    assert "We do not know when the police must open an investigation." in body
    assert "Name a deputy for every LKA contact" in body  # an agreed action
    assert render_report(demo) == pdf
