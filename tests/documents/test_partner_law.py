"""Every kind of partner gets the law and the statutory duties of its own kind, in both
languages: a prison is never told about the state police act, a Land police never about Part 3
of the BDSG as its own law, and the further actors offered are never the partner itself."""

from __future__ import annotations

from pathlib import Path

import pytest

from coopbuilder.core.demo import demo_agreement
from coopbuilder.core.vocabulary import PartnerKind, default_regime, default_sector
from coopbuilder.documents.agreement import render_agreement
from coopbuilder.documents.templates import clause_library
from tests.conftest import DEMO_DAY
from tests.documents.pdfs import flat, pdftotext

AUTHORITIES = [
    PartnerKind.POLICE,
    PartnerKind.FEDERAL_POLICE,
    PartnerKind.PRISON,
    PartnerKind.PROBATION,
    PartnerKind.YOUTH_WELFARE,
    PartnerKind.INTELLIGENCE,
    PartnerKind.OTHER,
]
# What each kind's text must name (one phrase per language).
NAMES = {
    PartnerKind.POLICE: ("police act and the data-protection act of its Land", "Polizeigesetz"),
    PartnerKind.FEDERAL_POLICE: ("Federal Police Act (BPolG)", "Bundespolizeigesetz (BPolG)"),
    PartnerKind.PRISON: ("prison act of its Land", "Justizvollzugsdatenschutzgesetz"),
    PartnerKind.PROBATION: ("supervision of conduct", "Führungsaufsicht"),
    PartnerKind.YOUTH_WELFARE: ("§ 65 SGB VIII", "§ 65 SGB VIII"),
    PartnerKind.INTELLIGENCE: ("separation principle", "Trennungsgebot"),
    PartnerKind.OTHER: ("which its lawyers name", "die die Rechtsberatung benennt"),
}
# Words of one kind's law that must not turn up for another kind.
POLICE_ONLY = {
    "en": ["statutory duties of the police", "state police act", "legality principle"],
    "de": ["gesetzlichen Pflichten der Polizei", "Polizeigesetz des Landes", "Legalitätsprinzip"],
}


def _render(kind: PartnerKind, language: str, tmp_path: Path) -> str:
    agreement = demo_agreement(language, today=DEMO_DAY)
    agency = agreement.partner("lka")
    agency.kind, agency.regime = kind, default_regime(kind)
    agency.sector = default_sector(kind)
    agreement.further_actors = []  # the text then names the actors the partners may involve
    # the rules' own wording is the partners' data; keep the clause library's words only
    for rule in agreement.sharing_rules:
        rule.legal_basis.national_law = rule.legal_basis.national_law and "§ 00"
        rule.note = ""
        rule.legal_basis.note = ""
    return flat(pdftotext(render_agreement(agreement).pdf, tmp_path))


@pytest.mark.parametrize("language", ["en", "de"])
@pytest.mark.parametrize("kind", AUTHORITIES, ids=[k.value for k in AUTHORITIES])
def test_each_partner_kind_gets_its_own_law(
    kind: PartnerKind, language: str, tmp_path: Path
) -> None:
    body = _render(kind, language, tmp_path)
    english, german = NAMES[kind]
    assert (english if language == "en" else german) in body
    library = clause_library(language)
    assert library.word(f"duties_{kind.value}") in body
    if kind not in (PartnerKind.POLICE, PartnerKind.FEDERAL_POLICE):
        for phrase in POLICE_ONLY[language]:
            assert phrase not in body, phrase
    if kind is PartnerKind.POLICE:  # Part 3 of the BDSG is named only as not binding it
        part3 = (
            "Part 3 of the BDSG binds federal bodies only"
            if language == "en"
            else ("Teil 3 des BDSG gilt nur für Stellen des Bundes")
        )
        assert part3 in body
        assert body.count("Part 3") + body.count("Teil 3") == 1


@pytest.mark.parametrize("language", ["en", "de"])
def test_a_prison_is_not_offered_itself_as_a_further_actor(language: str, tmp_path: Path) -> None:
    body = _render(PartnerKind.PRISON, language, tmp_path)
    none = "No further actor" if language == "en" else "keine weitere beteiligte Stelle"
    offered = body.split(none)[1]
    offered = offered[:300]
    assert ("prison service" if language == "en" else "Justizvollzug") not in offered
    assert ("probation" if language == "en" else "Bewährungshilfe") in offered


@pytest.mark.parametrize("language", ["en", "de"])
def test_no_right_to_object_under_the_law_enforcement_directive(
    language: str, tmp_path: Path
) -> None:
    body = _render(PartnerKind.POLICE, language, tmp_path)
    assert ("knows no right to object" if language == "en" else "kein Widerspruchsrecht") in body
