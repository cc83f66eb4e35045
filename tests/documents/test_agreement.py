"""The agreement PDF, judged by its extracted text and layout."""

from __future__ import annotations

import errno
import io
import subprocess
import tempfile
from pathlib import Path

import pytest
from pypdf import PdfReader

from coopbuilder.core.agreement import Agreement
from coopbuilder.core.catalogue import default_catalogue
from coopbuilder.core.demo import large_agreement
from coopbuilder.core.errors import UserError
from coopbuilder.core.vocabulary import AgreementStatus
from coopbuilder.documents.agreement import render_agreement, write_pdf
from coopbuilder.documents.layout import RenderResult
from coopbuilder.documents.styles import document_styles
from coopbuilder.documents.templates import clause_library
from tests.conftest import DEMO_DAY
from tests.documents.pdfs import characters, flat, pdftotext, qpdf_check


@pytest.fixture(scope="module")
def rendered() -> tuple[Agreement, RenderResult]:
    from coopbuilder.core.demo import demo_agreement

    agreement = demo_agreement("en", today=DEMO_DAY)
    return agreement, render_agreement(agreement)


@pytest.fixture(scope="module")
def text(rendered: tuple[Agreement, RenderResult], tmp_path_factory: pytest.TempPathFactory) -> str:
    return pdftotext(rendered[1].pdf, tmp_path_factory.mktemp("text"))


def test_every_section_heading_and_annex_is_in_the_text(text: str) -> None:
    library = clause_library("en")
    lines = {line.strip() for line in text.splitlines()}
    for number, section in enumerate(library.body, start=1):
        assert f"{number}. {section.heading.render({})}" in lines
    always = [annex for annex in library.annexes if annex.when is None]
    for letter, annex in zip("ABCD", always, strict=True):
        assert f"Annex {letter} – {annex.heading.render({})}" in lines
    assert "Record of the review" not in text  # only in a version that a review started


def test_partners_contacts_and_sharing_rules_are_in_the_text(
    rendered: tuple[Agreement, RenderResult], text: str
) -> None:
    agreement, _ = rendered
    body = flat(text)
    for partner in agreement.partners:
        assert partner.name in body
    for contact in agreement.contacts:
        assert contact.name in body, contact.name
        assert contact.phone in body
    for rule in agreement.sharing_rules:
        assert rule.category in body, rule.category


def test_umlauts_sharp_s_and_euro_survive_extraction(demo: Agreement, tmp_path: Path) -> None:
    demo.purpose = "Förderung: 5 000 € je Jahr für Übergänge, Größe ändern, Ärger, Öl."
    body = flat(pdftotext(render_agreement(demo).pdf, tmp_path))
    assert "Förderung: 5 000 € je Jahr für Übergänge, Größe ändern, Ärger, Öl." in body
    assert "Brückenschlag" in body and "Miriam Özdemir" in body and "Dr. Hans Weiß" in body


def test_qpdf_finds_no_fault(rendered: tuple[Agreement, RenderResult], tmp_path: Path) -> None:
    done = qpdf_check(rendered[1].pdf, tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "No syntax or stream encoding errors" in done.stdout


def test_no_text_outside_the_page_or_the_margins(rendered: tuple[Agreement, RenderResult]) -> None:
    _, right, _, left = document_styles().margins
    chars = characters(rendered[1].pdf)
    assert chars
    for page, width, height, char in chars:
        where = f"page {page}: {char['text']!r} at ({char['x0']:.1f}, {char['top']:.1f})"
        assert char["top"] >= 0 and char["bottom"] <= height, where
        # body, tables, header and footer all keep to the left and right margins
        assert left - 1 <= char["x0"] and char["x1"] <= width - right + 1, where


def test_pages_carry_title_version_page_x_of_y_and_the_draft_notice(
    rendered: tuple[Agreement, RenderResult], text: str
) -> None:
    agreement, result = rendered
    pages = text.split("\f")[: result.pages]
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} of {result.pages}" in page
        assert "Version 1" in page
        assert "Draft for legal review" in page
        if number > 1:
            assert agreement.title in page
    # the watermark is drawn as outlines: it never mixes into the text
    assert "DRAFT" not in text


def test_an_agreement_ready_to_sign_has_no_draft_marks(demo: Agreement, tmp_path: Path) -> None:
    draft = render_agreement(demo).pdf
    demo.status = AgreementStatus.READY_TO_SIGN
    final = render_agreement(demo).pdf
    text = pdftotext(final, tmp_path)
    assert "Draft for legal review" not in text
    assert "ready to be signed" in flat(text)
    assert len(final) < len(draft)  # no watermark outlines on every page


def test_metadata_and_embedded_fonts(rendered: tuple[Agreement, RenderResult]) -> None:
    agreement, result = rendered
    reader = PdfReader(io.BytesIO(result.pdf))
    meta = reader.metadata
    assert meta is not None
    assert meta.title == agreement.title
    assert meta.subject is not None and "Brückenschlag" in meta.subject
    assert meta.author is not None and "LKA" in meta.author
    assert "information sharing" in str(meta.get("/Keywords"))
    assert reader.trailer["/Root"]["/Lang"] == "en"  # screen readers and signing read it
    used = {char["fontname"] for _, _, _, char in characters(result.pdf)}
    assert used and all("+DejaVu" in name for name in used), used  # embedded subsets only


def test_every_font_used_is_embedded(
    rendered: tuple[Agreement, RenderResult], tmp_path: Path
) -> None:
    pdf = tmp_path / "a.pdf"
    pdf.write_bytes(rendered[1].pdf)
    listing = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True)
    fonts = [line.split() for line in listing.stdout.splitlines()[2:]]
    embedded = [f[0] for f in fonts if f[0] != "Helvetica"]  # reportlab's unused default font
    assert len(embedded) >= 5
    for font in fonts:
        if font[0] != "Helvetica":
            assert font[1] == "TrueType" and font[-5:-2] == ["yes", "yes", "yes"], font


def test_same_input_gives_the_same_bytes(demo: Agreement) -> None:
    assert render_agreement(demo).pdf == render_agreement(demo).pdf


def test_signature_blocks_are_recorded_together_on_one_page(
    rendered: tuple[Agreement, RenderResult],
) -> None:
    agreement, result = rendered
    signatories = [r.id for p in agreement.partners for r in p.signatories]
    boxes = result.signature_boxes
    assert [b.representative_id for b in boxes] == signatories
    assert len({b.page_index for b in boxes}) == 1
    page = PdfReader(io.BytesIO(result.pdf)).pages[boxes[0].page_index]
    width, height = float(page.mediabox.width), float(page.mediabox.height)
    text = page.extract_text()
    for partner in agreement.partners:
        for rep in partner.signatories:
            assert rep.name in text
    for box in boxes:
        assert box.x > 0 and box.x + box.width < width and box.y > 0 and box.y + box.height < height
        assert box.width > 150 and box.height > 40
    assert boxes[0].y == boxes[1].y  # side by side


def test_sensitive_data_never_prints_as_no_personal_data(demo: Agreement, tmp_path: Path) -> None:
    before = flat(pdftotext(render_agreement(demo).pdf, tmp_path))
    assert before.count("no personal data") == 2  # the two anonymised trend rules
    next(r for r in demo.sharing_rules if r.id == "r-trends-ngo").criminal_offence_data = True
    after = flat(pdftotext(render_agreement(demo).pdf, tmp_path))
    assert after.count("no personal data") == 1
    assert after.count("open – to be confirmed by the lawyers") == (
        before.count("open – to be confirmed by the lawyers") + 1
    )


def test_a_clause_drops_out_when_its_input_is_empty(demo: Agreement, tmp_path: Path) -> None:
    before = flat(pdftotext(render_agreement(demo).pdf, tmp_path))
    assert "The parties have agreed that the following is outside this agreement" in before
    assert "Prison service of Musterland" in before
    demo.out_of_scope = ""
    demo.further_actors = []
    after = flat(pdftotext(render_agreement(demo).pdf, tmp_path))
    assert "The parties have agreed that the following is outside this agreement" not in after
    assert "Prison service of Musterland" not in after
    assert "No further actor is involved at present" in after
    # the clause that is always there still is, and the numbering closes the gap
    assert "Whatever else the parties agree, this agreement never permits" in after


def test_gaps_call_for_their_catalogue_clauses(text: str) -> None:
    body = flat(text)
    # the demo has a gap on transparency and on continuity, a perception gap on legal framework
    assert "The readiness assessment found a gap on transparency (Brückenschlag)" in body
    assert "found a gap on continuity (LKA Musterland)" in body
    assert "found a perception gap on legal framework" in body
    # trust is borderline only: its clause carries no finding sentence
    assert "found a gap on trust" not in body


def test_every_catalogue_clause_is_in_the_library() -> None:
    library = clause_library("en")
    for precondition in default_catalogue().preconditions:
        assert library.has_clause(precondition.clause), precondition.clause
    library.require_clauses(default_catalogue())


def test_long_tables_break_across_pages_and_repeat_their_heading(tmp_path: Path) -> None:
    result = render_agreement(large_agreement(today=DEMO_DAY))
    text = pdftotext(result.pdf, tmp_path)
    pages = text.split("\f")
    matrix = [p for p in pages if "From → to" in p]
    assert len(matrix) >= 3
    contacts = [p for p in pages if "Phone and secure e-mail" in p]
    assert len(contacts) >= 2
    body = flat(text)
    assert "Prison service of Musterland (JVA Musterstadt) (2)" in body


def test_writing_is_atomic_and_a_failure_is_clear(
    demo: Agreement, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pdf = render_agreement(demo).pdf
    target = tmp_path / "agreement.pdf"
    write_pdf(target, pdf)
    assert target.read_bytes() == pdf

    import coopbuilder.core.files as files

    def full(_: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(files.os, "fsync", full)
    with pytest.raises(UserError, match="The disk is full"):
        write_pdf(tmp_path / "new.pdf", pdf)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["agreement.pdf"]
    monkeypatch.undo()

    def read_only(*_: object, **__: object) -> tuple[int, str]:
        raise PermissionError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(tempfile, "mkstemp", read_only)
    with pytest.raises(UserError, match="cannot be written here"):
        write_pdf(target, b"%PDF-broken")
    assert target.read_bytes() == pdf  # the old file is untouched
    assert sorted(p.name for p in tmp_path.iterdir()) == ["agreement.pdf"]


def test_markup_characters_print_as_typed(demo: Agreement, tmp_path: Path) -> None:
    demo.title = "Tom's & Jerry's <cooperation>"
    demo.partners[0].short_name = 'A&B "Exit"'
    result = render_agreement(demo)
    text = pdftotext(result.pdf, tmp_path)
    assert "Tom's & Jerry's <cooperation>" in text  # title block and running header
    assert 'A&B "Exit"' in flat(text)
    assert "&#" not in text and "&amp;" not in text and "&lt;" not in text
    assert "each other's premises" in flat(text)  # a recommended action from the catalogue
    meta = PdfReader(io.BytesIO(result.pdf)).metadata
    assert meta is not None and meta.title == "Tom's & Jerry's <cooperation>"


def test_who_informs_whom_matches_roles_with_a_comma_in_their_name(demo: Agreement) -> None:
    from coopbuilder.documents.context import Rendering
    from coopbuilder.documents.tables import sop_parties

    library = clause_library("en")
    context = Rendering(demo, default_catalogue(), library, document_styles()).context
    rule = next(r for r in context["rules"] if r["id"] == "r-confirmation")
    assert rule["recipient_roles"] == ["Case officer, state protection"]
    who, whom = sop_parties(rule, context["contacts"])
    assert {c["name"] for c in whom} == {"Tobias Brandt", "Sabine Kühn"}
    # the NGO's contacts on the same level (1) inform them
    assert {c["name"] for c in who} == {"Lena Vogt", "Jonas Kraft"}


def test_the_sharing_matrix_keeps_a_role_with_a_comma_whole(text: str) -> None:
    body = flat(text)
    assert "Recipients: Case officer, state protection" in body
    assert "Case officer; state protection" not in body


def test_counts_take_singular_or_plural_and_lists_end_with_a_full_stop(text: str) -> None:
    body = flat(text)
    assert "(s)" not in body
    assert "(4 sharing rules in Annex B)" in body and "(6 sharing rules in Annex B)" in body
    assert "2 strengths, 8 borderline, 1 gap." in body
    assert "3 statements rated 2 or more apart" in body
    assert "(1 statement rated 2 or more apart)" in body
    # the last item of each list in section 5 ends the sentence
    assert "General risk assessment of a known person (LKA Musterland to Brückenschlag)." in body
    assert "Danger to NGO staff from a client (LKA Musterland to Brückenschlag)." in body
    assert "(LKA Musterland to Brückenschlag);" in body  # the items before it go on
    # a label inside a sentence is not capitalised; an abbreviation stays as it is
    assert "under that of the recipient (competent authority under the Law" in body
    assert "regime of the sender (GDPR controller)" in body
    assert "Level 1 – case worker" in body and "Level 1 - case worker" not in body


def test_one_sharing_rule_is_one_rule(demo: Agreement, tmp_path: Path) -> None:
    ngo = demo.partners[0].id
    demo.sharing_rules = [
        r for r in demo.sharing_rules if r.from_partner_id != ngo or r.id == "r-confirmation"
    ]
    body = flat(pdftotext(render_agreement(demo).pdf, tmp_path))
    assert "(1 sharing rule in Annex B)" in body


def test_every_document_names_its_language(demo: Agreement) -> None:
    from coopbuilder.core.demo import demo_agreement
    from coopbuilder.documents.pdf_input import document_language
    from coopbuilder.documents.report import render_report

    german = demo_agreement("de")
    assert document_language(render_agreement(german).pdf) == "de"
    assert document_language(render_report(german)) == "de"
    assert document_language(render_report(demo)) == "en"


def test_the_pdf_is_created_on_the_versions_own_date(demo: Agreement) -> None:
    """The document properties say the day the version takes effect, not 1 January 2000, and
    the same version still gives the same bytes."""
    import datetime as dt

    from coopbuilder.documents.report import render_report

    demo.effective_date = dt.date(2024, 3, 1)
    for pdf in (render_agreement(demo).pdf, render_report(demo)):
        meta = PdfReader(io.BytesIO(pdf)).metadata
        assert meta is not None
        assert meta["/CreationDate"] == meta["/ModDate"] == "D:20240301000000+00'00'"
    assert render_agreement(demo).pdf == render_agreement(demo).pdf


@pytest.mark.parametrize(
    ("language", "words"),
    [("en", "action by both partners"), ("de", "verantwortlich: beide Parteien")],
)
def test_an_action_of_both_partners_names_both_in_the_readiness_summary(
    language: str, words: str, tmp_path: Path
) -> None:
    from coopbuilder.core.demo import demo_agreement

    agreement = demo_agreement(language, today=DEMO_DAY)
    for action in agreement.actions:
        action.owner_partner_id = None
        action.both_partners = True
    body = flat(pdftotext(render_agreement(agreement).pdf, tmp_path))
    assert words in body
