"""The German agreement and readiness report: German headings, labels, dates and numbers."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from coopbuilder.core.agreement import Agreement
from coopbuilder.core.demo import demo_agreement
from coopbuilder.core.vocabulary import Language
from coopbuilder.documents.agreement import keep_together, render_agreement
from coopbuilder.documents.layout import RenderResult
from coopbuilder.documents.report import render_report
from coopbuilder.documents.templates import clause_library
from tests.conftest import DEMO_DAY
from tests.documents.pdfs import flat, pdftotext, qpdf_check


@pytest.fixture(scope="module")
def german() -> tuple[Agreement, RenderResult]:
    agreement = demo_agreement(Language.DE, today=DEMO_DAY)
    return agreement, render_agreement(agreement)


@pytest.fixture(scope="module")
def text(german: tuple[Agreement, RenderResult], tmp_path_factory: pytest.TempPathFactory) -> str:
    return pdftotext(german[1].pdf, tmp_path_factory.mktemp("german"))


def test_the_german_library_has_the_english_ids() -> None:
    english, german = clause_library("en"), clause_library("de")
    assert german.locale == "de_DE"
    assert [s.id for s in german.body] == [s.id for s in english.body]
    assert [s.id for s in german.annexes] == [s.id for s in english.annexes]
    assert [c.id for c in german.clauses()] == [c.id for c in english.clauses()]


def test_german_section_headings_annexes_and_clause_numbers(text: str) -> None:
    library = clause_library("de")
    lines = {line.strip() for line in text.splitlines()}
    for number, section in enumerate(library.body, start=1):
        assert f"§ {number} {section.heading.render({})}" in lines
    always = [annex for annex in library.annexes if annex.when is None]
    for letter, annex in zip("ABCD", always, strict=True):
        assert f"Anlage {letter} – {annex.heading.render({})}" in flat(text)
    assert "Protokoll der Überprüfung" not in text  # only after a review
    assert "§ 1 Parteien, Vertretungsberechtigte, Datenschutzrecht" in lines
    assert "(1)" in lines and "(2)" in lines  # clauses numbered under each §
    assert "KOOPERATIONSVEREINBARUNG" in lines


def test_german_dates_numbers_and_labels(text: str) -> None:
    body = flat(text)
    assert "Inkrafttreten vorgesehen am 27. November 2026" in body
    assert "das nächste Mal bis zum 27. November 2027" in body
    assert "Gesamtmittelwert 3,58 (Gesprächsbedarf)" in body
    assert "3,75 · Gesprächsbedarf" in body  # the readiness annex
    assert "Mittelwerte 1,67 auseinander" in body
    assert "Verantwortlicher nach der DSGVO" in body  # labels of the fixed choices
    assert "Brückenschlag e.V. – Ausstiegs- und Distanzierungsberatung (NGO)" in body
    assert "(Polizei eines Landes)" in body and "Unverzüglich bei einem Übermittlungsanlass" in body
    assert "rund um die Uhr" in body and "Bürozeiten" in body
    assert "Entwurf zur rechtlichen Prüfung" in body and "Seite 1 von" in body
    for english in ("Routine", "Police", "Office hours", "Borderline", "November 27", "Annex"):
        assert english not in body


def test_the_german_pdf_passes_qpdf(german: tuple[Agreement, RenderResult], tmp_path: Path) -> None:
    done = qpdf_check(german[1].pdf, tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    assert len(german[1].signature_boxes) == 2


def test_the_german_report(tmp_path: Path) -> None:
    pdf = render_report(demo_agreement(Language.DE, today=DEMO_DAY))
    assert 2 <= len(PdfReader(io.BytesIO(pdf)).pages) <= 6  # eleven preconditions, in German
    body = flat(pdftotext(pdf, tmp_path))
    assert "BERICHT ZU DEN KOOPERATIONSVORAUSSETZUNGEN" in body
    assert "Vertrauen — Brückenschlag: 3,57 · Gesprächsbedarf" in body
    assert "Wir vertrauen darauf, dass unser Partner" in body  # the German statements
    assert "Kenntnisbedarf (Brückenschlag)" in body
    assert "bis 26. Januar 2027" in body


def test_citations_stay_on_one_line() -> None:
    assert keep_together("nach § 6 und Art. 6 Abs. 1 lit. d DSGVO") == (
        "nach §\u00a06 und Art.\u00a06 Abs.\u00a01 lit.\u00a0d DSGVO"
    )


def test_german_counts_take_singular_or_plural(text: str) -> None:
    body = flat(text)
    assert "(4 Übermittlungsregeln in Anlage B)" in body
    assert "2 Stärken, 8 mit Gesprächsbedarf, 1 mit Handlungsbedarf." in body
    assert "1 Aussage 2 oder mehr Punkte auseinander" in body
    assert "3 Aussagen 2 oder mehr Punkte auseinander" in body
    assert "Wahrnehmungsunterschied im Bereich „Rechtlicher Rahmen“" in body
    assert "Ebene 1 – Fallbearbeitung" in body
    assert "(vom LKA Musterland an Brückenschlag)." in body
