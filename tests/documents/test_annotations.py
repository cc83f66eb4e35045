"""The lawyers' edition's margin notes: one under every clause, in both languages, naming the
provisions the clause rests on and the choice the partners made."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
import yaml
from jinja2 import meta

from coopbuilder.core.catalogue import default_catalogue
from coopbuilder.core.demo import demo_agreement
from coopbuilder.core.resources import template_path
from coopbuilder.core.texts import label as label_of
from coopbuilder.core.vocabulary import (
    Language,
    LegalNature,
    PartnerKind,
    default_regime,
    default_sector,
)
from coopbuilder.documents import jinja
from coopbuilder.documents.agreement import render_agreement
from coopbuilder.documents.clauses import AgreementText
from coopbuilder.documents.styles import document_styles
from coopbuilder.documents.templates import (
    NOTES_FILE,
    ClauseLibrary,
    TemplateError,
    clause_library,
    load_library,
)
from tests.conftest import DEMO_DAY
from tests.documents.pdfs import flat, pdftotext


def _library(language: str) -> ClauseLibrary:
    return load_library(template_path(language))


@pytest.mark.parametrize("language", ["en", "de"])
def test_every_clause_has_its_margin_note(language: str) -> None:
    library = _library(language)
    clauses = {clause.id for clause in library.clauses()}
    assert clauses - set(library.notes) == set(), "clauses without a margin note"
    assert set(library.notes) <= clauses
    assert set(library.note_labels) == {"law", "choice"}


_CITED = re.compile(r"(§§?|Art\.) (\d+)")


def _notes_source(language: str) -> dict[str, dict[str, str]]:
    data = yaml.safe_load((template_path(language) / NOTES_FILE).read_text(encoding="utf-8"))
    notes: dict[str, dict[str, str]] = data["notes"]
    return notes


def test_both_languages_have_the_same_notes() -> None:
    english, german = _notes_source("en"), _notes_source("de")
    assert list(english) == list(german)
    environment = jinja.environment()
    for clause_id, note in english.items():
        for part in ("law", "choice"):
            en_text, de_text = note[part], german[clause_id][part]
            # the same values of the agreement ...
            en_names = meta.find_undeclared_variables(environment.parse(en_text))
            de_names = meta.find_undeclared_variables(environment.parse(de_text))
            assert en_names == de_names, (clause_id, part)
            # ... and the same provisions (by number)
            if part == "law":
                cited = {m.groups() for m in _CITED.finditer(en_text)}
                assert cited == {m.groups() for m in _CITED.finditer(de_text)}, clause_id


def test_a_copy_without_a_clause_keeps_the_other_notes(tmp_path: Path) -> None:
    folder = tmp_path / "en"
    shutil.copytree(template_path("en"), folder)
    file = folder / "final-provisions.yaml"
    text = file.read_text(encoding="utf-8")
    start = text.index("  - id: final.costs\n")
    end = text.index("  - id: final.liability\n")
    file.write_text(text[:start] + text[end:], encoding="utf-8")
    library = load_library(folder)
    assert "final.costs" not in library.notes
    assert {clause.id for clause in library.clauses()} == set(library.notes)
    pdf = render_agreement(demo_agreement("en", today=DEMO_DAY), library=library, annotated=True)
    text = flat(pdftotext(pdf.pdf, tmp_path))
    assert "Rests on: § 839 BGB with Art. 34 Basic Law" in text and "Costs." not in text


def test_a_note_without_its_choice_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "en"
    shutil.copytree(template_path("en"), folder)
    notes = folder / NOTES_FILE
    text = notes.read_text(encoding="utf-8")
    start = text.index("  final.costs:\n")
    end = text.index("  final.liability:\n")
    notes.write_text(
        text[:start] + '  final.costs:\n    law: "No provision."\n' + text[end:], encoding="utf-8"
    )
    with pytest.raises(TemplateError) as caught:
        load_library(folder)
    assert "annotations.yaml" in str(caught.value) and "choice" in str(caught.value)


# What the lawyers' edition says under some clauses of the demo, per language: the provisions
# and the partners' choice (with the alternative where there is one).
NOTES = {
    "en": [
        "Rests on: § 34 StGB (justification only); Art. 6(4) GDPR with § 24(1) No. 1 BDSG",
        "Choice: The partners chose: non-binding memorandum of understanding. The alternative is "
        "a public-law contract under §§ 54 ff. VwVfG.",
        "Rests on: §§ 138, 139 StGB",
        "Chosen per party: Brückenschlag: GDPR controller; LKA Musterland: competent authority",
    ],
    "de": [
        "Beruht auf: § 34 StGB (nur Rechtfertigung); Art. 6 Abs. 4 DSGVO mit § 24 Abs. 1 Nr. 1 "
        "BDSG",
        "Entscheidung: Die Partner haben gewählt: „Rechtlich unverbindliche "
        "Kooperationsvereinbarung (Absichtserklärung)“. "
        "Die Alternative ist ein öffentlich-rechtlicher Vertrag nach §§ 54 ff. VwVfG.",
        "Beruht auf: §§ 138, 139 StGB",
        "Für jede Partei gewählt: Brückenschlag: „Verantwortlicher nach der DSGVO“; LKA Musterland",
    ],
}


@pytest.mark.parametrize("language", ["en", "de"])
def test_the_lawyers_edition_prints_a_note_under_each_clause(language: str, tmp_path: Path) -> None:
    agreement = demo_agreement(language, today=DEMO_DAY)
    label = "Rests on:" if language == "en" else "Beruht auf:"
    annotated = flat(pdftotext(render_agreement(agreement, annotated=True).pdf, tmp_path))
    for phrase in NOTES[language]:
        assert phrase in annotated
    # one note per clause that applies, each with both parts
    library = clause_library(language)
    text = AgreementText(
        agreement, default_catalogue(), library, document_styles(library.hyphenation), None, True
    )
    applying = list(text.places())
    assert annotated.count(label) == len(applying)
    # the ordinary draft has none
    plain = flat(pdftotext(render_agreement(agreement).pdf, tmp_path))
    assert label not in plain


def test_a_note_follows_the_partners_choice(tmp_path: Path) -> None:
    agreement = demo_agreement(Language.EN, today=DEMO_DAY)
    contract = agreement.model_copy(update={"legal_nature": LegalNature.PUBLIC_LAW_CONTRACT})
    text = flat(pdftotext(render_agreement(contract, annotated=True).pdf, tmp_path))
    assert (
        "Choice: The partners chose: public-law contract (§§ 54 ff. VwVfG). The alternative is "
        "a non-binding memorandum of understanding." in text
    )
    assert "Rests on: §§ 54-62 VwVfG" in text


AUTHORITIES = [kind for kind in PartnerKind if kind is not PartnerKind.NGO]


@pytest.mark.parametrize("kind", AUTHORITIES, ids=lambda k: k.value)
def test_the_notes_name_the_law_of_each_partner_kind(kind: PartnerKind, tmp_path: Path) -> None:
    language = "de" if AUTHORITIES.index(kind) % 2 else "en"
    agreement = demo_agreement(language, today=DEMO_DAY)
    agency = agreement.partner("lka")
    agency.kind, agency.regime, agency.sector = kind, default_regime(kind), default_sector(kind)
    library = clause_library(language)
    law = library.word(f"law_{kind.value}")
    text = flat(pdftotext(render_agreement(agreement, annotated=True).pdf, tmp_path))
    label = "Rests on" if language == "en" else "Beruht auf"
    # the legal framework's note names the law of this kind, then the NGO's
    ngo = "Brückenschlag"
    agency_name = "LKA Musterland" if language == "en" else "Das LKA Musterland"
    assert f"{label}: {agency_name}: {law}; {ngo}: {library.word('law_ngo')}." in text
    kind_label = label_of(kind, language)
    assert f"({kind_label if language == 'de' else kind_label[0].lower() + kind_label[1:]})" in text


def test_the_partners_words_in_a_note_are_text_not_markup(tmp_path: Path) -> None:
    agreement = demo_agreement("en", today=DEMO_DAY)
    agreement.partner("lka").short_name = "<b>LKA</b> & <font size=40>X</font>"
    text = flat(pdftotext(render_agreement(agreement, annotated=True).pdf, tmp_path))
    assert (
        "Chosen per party: Brückenschlag: GDPR controller; <b>LKA</b> & <font size=40>X</font>:"
        in (text)
    )
