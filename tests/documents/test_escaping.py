"""User text is data, never markup: a name that looks like markup, a template or a broken tag
is printed as it was typed, in every document and every place it is drawn, and no document
module can make a paragraph that skips the escaping."""

from __future__ import annotations

import ast
import io
from pathlib import Path

import pdfplumber
import pytest
from markupsafe import Markup
from pypdf import PdfReader

from coopbuilder.core.agreement import Agreement
from coopbuilder.core.demo import demo_agreement
from coopbuilder.core.exchange import write_exchange_file
from coopbuilder.documents.agreement import render_agreement
from coopbuilder.documents.markup import markup, one_line, paragraph, plain
from coopbuilder.documents.report import render_report
from coopbuilder.documents.styles import document_styles
from tests.cli.helpers import run
from tests.conftest import DEMO_DAY
from tests.documents.pdfs import characters, flat, pdftotext, qpdf_check

SOURCE = Path(__file__).resolve().parents[2] / "src" / "coopbuilder"

INJECTION = "{{ 7*7 }} & <b>Bold</b> <font size=80>X</font>"
UNCLOSED = "JVA Nürnberg <Abt. 3"
CLOSING = "JVA </para>"


def test_plain_text_is_escaped_and_library_markup_kept() -> None:
    assert markup("A & <b>B</b>") == "A &amp; &lt;b&gt;B&lt;/b&gt;"
    assert markup(Markup("<b>B</b>")) == "<b>B</b>"
    assert markup("one\ntwo\u2028three") == "one<br/>two<br/>three"
    assert plain(Markup("A &amp; B<br/>C")) == "A & B\nC"
    assert plain("A &amp; B") == "A &amp; B"  # plain text is never unescaped
    assert one_line(Markup("  A\n  &lt;B&gt; ")) == "A <B>"


def test_a_paragraph_of_plain_text_prints_its_tags_as_typed() -> None:
    styles = document_styles()
    for text in (INJECTION, UNCLOSED, CLOSING, "a\n\n- b"):
        made = paragraph(text, styles["body"])
        assert made.getPlainText() == text.replace("\n", ""), text
    bold = paragraph(Markup("<b>{}</b>").format(UNCLOSED), styles["body"])
    assert bold.getPlainText() == UNCLOSED
    assert bold.frags[0].fontName == styles.font("serif", bold=True)


def test_only_the_markup_module_makes_reportlab_paragraphs() -> None:
    """Every paragraph goes through ``markup.paragraph``, so a new table, heading or caption
    cannot forget to escape what a user typed."""
    makers = []
    for file in sorted(SOURCE.rglob("*.py")):
        for node in ast.walk(ast.parse(file.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call):
                name = getattr(node.func, "id", getattr(node.func, "attr", ""))
                if name == "Paragraph":
                    makers.append(f"{file.relative_to(SOURCE)}:{node.lineno}")
    assert {maker.split(":")[0] for maker in makers} == {"documents/markup.py"}, makers


def _hostile(language: str, names: tuple[str, str]) -> Agreement:
    agreement = demo_agreement(language, today=DEMO_DAY)
    for partner, name in zip(agreement.partners, names, strict=True):
        partner.name = name
        partner.short_name = ""  # the name itself heads the tables and the chart's legend
    return agreement


@pytest.mark.parametrize(
    ("language", "names"), [("en", (INJECTION, UNCLOSED)), ("de", (INJECTION, CLOSING))]
)
def test_partner_names_with_markup_print_as_typed_in_the_agreement_and_the_report(
    language: str, names: tuple[str, str], tmp_path: Path
) -> None:
    agreement = _hostile(language, names)
    pdfs = {"agreement": render_agreement(agreement).pdf, "report": render_report(agreement)}
    for kind, pdf in pdfs.items():
        assert qpdf_check(pdf, tmp_path).returncode == 0, kind
        text = flat(pdftotext(pdf, tmp_path))
        for name in names:
            assert name in text, (kind, name)
        assert "&lt;" not in text and "&amp;" not in text
        # nothing is drawn 80 points high: the <font> tag stayed text
        assert max(char["size"] for *_, char in characters(pdf)) < 30, kind
        meta = PdfReader(io.BytesIO(pdf)).metadata
        assert meta is not None and meta.author == " / ".join(names)


def test_coopbuilder_render_writes_both_pdfs_of_a_partner_with_an_unclosed_tag(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "hostile.json"
    write_exchange_file(source, _hostile("en", (INJECTION, UNCLOSED)))
    agreement_pdf, report_pdf = tmp_path / "a.pdf", tmp_path / "r.pdf"
    code, _, err = run(
        capsys, "render", str(source), "-o", str(agreement_pdf), "--report", str(report_pdf)
    )
    assert code == 0, err
    for pdf in (agreement_pdf, report_pdf):
        text = flat(pdftotext(pdf.read_bytes(), tmp_path))
        assert UNCLOSED in text and INJECTION in text


def test_a_name_with_a_blank_line_stays_inside_its_bold_clause_text(tmp_path: Path) -> None:
    """A template writes ``<b>{{ partner.name }}</b>``: a blank line in the name must not end
    the clause's paragraph in the middle of the bold text, nor start a bullet."""
    agreement = demo_agreement("en", today=DEMO_DAY)
    agreement.partners[0].name = "Exit e.V.\n\n- <i>Abt. 3"
    pdf = render_agreement(agreement).pdf
    text = flat(pdftotext(pdf, tmp_path))
    assert "Exit e.V. - <i>Abt. 3" in text


def test_a_character_the_fonts_lack_keeps_its_place_in_the_text(tmp_path: Path) -> None:
    agreement = demo_agreement("en", today=DEMO_DAY)
    agreement.partners[0].name = "Papagei 🦜 e.V. ★"
    pdf = render_agreement(agreement).pdf
    assert "Papagei 🦜 e.V. ★" in flat(pdftotext(pdf, tmp_path))
    assert qpdf_check(pdf, tmp_path).returncode == 0


def test_a_long_title_is_cut_short_in_the_header_and_footer_not_off_the_page(
    tmp_path: Path,
) -> None:
    agreement = demo_agreement("en", today=DEMO_DAY)
    agreement.title = "Kooperationsvereinbarung " * 11 + "Ende"
    for pdf in (render_agreement(agreement).pdf, render_report(agreement)):
        with pdfplumber.open(io.BytesIO(pdf)) as document:
            for page in document.pages[:2]:  # the header starts on page 2
                assert all(c["x0"] >= 0 and c["x1"] <= page.width for c in page.chars)
        assert "Ende" in pdftotext(pdf, tmp_path)  # in full in the title block


def test_a_table_row_taller_than_a_page_breaks_inside(tmp_path: Path) -> None:
    agreement = demo_agreement("en", today=DEMO_DAY)
    agreement.further_actors[0].may_receive = "W" * 5000
    agreement.sharing_rules[0].note = "line\n" * 150 + "end"
    pdf = render_agreement(agreement).pdf
    assert qpdf_check(pdf, tmp_path).returncode == 0
    text = "".join(pdftotext(pdf, tmp_path).split())
    assert "W" * 5000 in text.replace("-", "") or text.count("W") >= 5000
