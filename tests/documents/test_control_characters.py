"""Control characters that print nothing (a NUL, a bell, an escape, a delete, C1 codes) are left
out of user text everywhere it reaches a PDF: the page, its text layer and its properties say
the same thing. A lone surrogate (half a character, which JSON's ``\\ud800`` can carry) is
refused when a file is read, and cannot break a PDF's properties."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pdfplumber
import pytest
from pypdf import PdfReader

from coopbuilder.core.agreement import Agreement
from coopbuilder.core.errors import UserError
from coopbuilder.core.exchange import read_exchange_file, write_exchange_file
from coopbuilder.documents.agreement import render_agreement
from coopbuilder.documents.markup import markup, one_line, plain, printable, user_value
from coopbuilder.documents.report import render_report
from tests.documents.pdfs import flat, pdftotext, qpdf_check

SILENT = "\x00\x01\x07\x08\x1b\x1f\x7f\x80\x9f"
"""Control characters that print nothing."""


def test_printable_leaves_out_what_prints_nothing_and_keeps_line_ends_and_tabs() -> None:
    assert printable(f"A{SILENT}B") == "AB"
    assert printable("a\tb\nc\r\nd\x85e\u2028f") == "a\tb\nc\r\nd\x85e\u2028f"
    assert printable("ordinary text, Ümlaute, 🦜, \u200f") == "ordinary text, Ümlaute, 🦜, \u200f"
    assert printable("half \ud800 a character") == "half \ufffd a character"
    # every way user text takes into a document
    assert str(markup("<A\x07>")) == "&lt;A&gt;"
    assert str(markup("a\x00\nb")) == "a<br/>b"
    assert plain("A\x1bB") == "AB" and one_line("A\x1b  B\x07") == "A B"
    assert user_value("Ma\x07rk") == "Mark" and str(user_value("a\x00\nb")) == "a<br/>b"


def test_control_characters_print_nothing_and_are_nowhere_in_the_pdf(
    demo: Agreement, tmp_path: Path
) -> None:
    first = demo.partners[0]
    agreement = demo.model_copy(
        update={
            "title": f"Koop{SILENT}eration Nord",
            "partners": [
                first.model_copy(update={"name": "Brücken\x07schlag\x1b e.V.\x00"}),
                demo.partners[1],
            ],
        }
    )
    for pdf in (render_agreement(agreement).pdf, render_report(agreement)):
        assert qpdf_check(pdf, tmp_path).returncode == 0
        text = flat(pdftotext(pdf, tmp_path))
        assert "Brückenschlag e.V." in text
        assert not set(SILENT) & set(text)
        with pdfplumber.open(io.BytesIO(pdf)) as document:
            drawn = "".join(c["text"] for page in document.pages for c in page.chars)
        assert not set(SILENT) & set(drawn)
        meta = PdfReader(io.BytesIO(pdf)).metadata
        assert meta is not None
        assert "Brückenschlag e.V." in str(meta.author)
        assert not set(SILENT) & set(str(meta.author) + str(meta.title) + str(meta.subject))
    meta = PdfReader(io.BytesIO(render_agreement(agreement).pdf)).metadata
    assert meta is not None and meta.title == "Kooperation Nord"
    assert "Kooperation Nord" in flat(pdftotext(render_agreement(agreement).pdf, tmp_path))


def test_a_lone_surrogate_in_a_file_is_refused_naming_the_field(
    demo: Agreement, tmp_path: Path
) -> None:
    path = tmp_path / "agreement.json"
    write_exchange_file(path, demo)
    text = path.read_text(encoding="utf-8")
    assert json.dumps(demo.title) in text
    path.write_text(text.replace(json.dumps(demo.title), '"Half \\ud800 a title"'), "utf-8")
    with pytest.raises(UserError) as refused:
        read_exchange_file(path)
    assert str(path) in str(refused.value) and "title" in str(refused.value)


def test_a_lone_surrogate_that_reached_the_model_cannot_break_the_pdf(
    demo: Agreement, tmp_path: Path
) -> None:
    """A model changed without validation (``model_copy``) can hold one: the PDF is made, its
    properties show U+FFFD where the half character was."""
    agreement = demo.model_copy(update={"title": "Half \ud800 a title"})
    pdf = render_agreement(agreement).pdf
    assert qpdf_check(pdf, tmp_path).returncode == 0
    meta = PdfReader(io.BytesIO(pdf)).metadata
    assert meta is not None and meta.title == "Half \ufffd a title"
    assert "Half \ufffd a title" in flat(pdftotext(pdf, tmp_path))
