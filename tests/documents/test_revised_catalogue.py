"""The readiness report and the agreement of an assessment rated against the revised catalogue
(version 2), beside one rated against the first."""

from __future__ import annotations

from pathlib import Path

import pytest

from coopbuilder.core.agreement import Agreement
from coopbuilder.core.carry_over import answers_against
from coopbuilder.core.catalogue import default_catalogue
from coopbuilder.core.exchange import loads
from coopbuilder.core.vocabulary import Language
from coopbuilder.documents.agreement import render_agreement
from coopbuilder.documents.report import render_report
from tests.documents.pdfs import flat, pdftotext, qpdf_check

OLD_FILE = Path(__file__).parents[1] / "core" / "data" / "rated-against-catalogue-1.coopagreement"


@pytest.fixture
def first() -> Agreement:
    """The demo agreement as CoopBuilder wrote it before the revised catalogue: rated on the
    first."""
    return loads(OLD_FILE.read_text(encoding="utf-8"))


def rated_now(first: Agreement) -> Agreement:
    """The first catalogue's answers carried to the current catalogue, the rest rated 4 by both;
    the NGO does not know the limits of its professional secrecy and has no history with the
    LKA."""
    agreement = answers_against(first, default_catalogue())
    ngo, agency = (p.id for p in agreement.partners)
    for statement_id in default_catalogue().statement_ids:
        for partner_id in (ngo, agency):
            if agreement.assessment.rating(partner_id, statement_id) is None:
                agreement.assessment.set_rating(partner_id, statement_id, 4)
    agreement.assessment.set_rating(ngo, "legal_framework.2", None)
    agreement.assessment.set_rating(ngo, "trust.7", None, not_applicable=True)
    return agreement


@pytest.mark.parametrize("language", ["en", "de"])
def test_the_report_names_its_method_and_the_knowledge_gap(
    first: Agreement, tmp_path: Path, language: str
) -> None:
    agreement = rated_now(first).model_copy(update={"language": Language(language)})
    pdf = render_report(agreement)
    assert qpdf_check(pdf, tmp_path).returncode == 0
    body = flat(pdftotext(pdf, tmp_path))
    assert "Wilder Collaboration Factors Inventory" in body
    assert "Nuffield Partnership Assessment Tool" in body
    catalogue = default_catalogue()
    for name in ("legitimacy", "added_value", "resources"):
        assert catalogue.precondition(name).name.get(language) in body
    if language == "en":
        assert "Method" in body
        assert "Knowledge gap (Brückenschlag)" in body
        assert "on what a partner knows is a knowledge gap (counted as 1)" in body
        assert "n/a" in body
    else:
        assert "Methode" in body
        assert "Kenntnisbedarf (Brückenschlag)" in body
        assert "n. a." in body
        assert "Bereitschaft" not in body


def test_the_report_of_a_first_catalogue_assessment_says_so(
    first: Agreement, tmp_path: Path
) -> None:
    body = flat(pdftotext(render_report(first), tmp_path))
    assert "rated on the first catalogue (version 1)" in body
    assert "Knowledge gap" not in body
    assert "Legitimacy" not in body


def test_the_agreement_has_the_clauses_of_the_added_preconditions(
    first: Agreement, tmp_path: Path
) -> None:
    now = flat(pdftotext(render_agreement(rated_now(first)).pdf, tmp_path))
    before = flat(pdftotext(render_agreement(first).pdf, tmp_path))
    for heading in ("Added value for each party.", "Legitimacy.", "Time and resources."):
        assert heading in now
        assert heading not in before
    assert "is not an arm of the police" in now


@pytest.mark.parametrize(
    ("language", "before", "now"),
    [
        (
            "en",
            "strategy and action plan, and legal framework.",
            "time and resources, and legitimacy.",
        ),
        ("de", "Handlungsplan sowie rechtlicher Rahmen.", "Zeit und Ressourcen sowie Legitimität."),
    ],
)
def test_the_readiness_section_names_the_preconditions_rated(
    first: Agreement, tmp_path: Path, language: str, before: str, now: str
) -> None:
    first = first.model_copy(update={"language": Language(language)})
    text = flat(pdftotext(render_agreement(first).pdf, tmp_path))
    assert before in text and now not in text
    text = flat(pdftotext(render_agreement(rated_now(first)).pdf, tmp_path))
    assert now in text and before not in text
