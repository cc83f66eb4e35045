"""What the draft says in law, read as a data-protection lawyer reads it, in both languages: the
emergency bases, the reporting duty, the DPIA, what the final PDF claims, and who receives what.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from coopbuilder.core.agreement import Agreement
from coopbuilder.core.demo import demo_agreement
from coopbuilder.core.vocabulary import ActionStatus, Language, LegalNature
from coopbuilder.documents.agreement import render_agreement
from coopbuilder.documents.final import NotReadyToSignError, render_final
from tests.conftest import DEMO_DAY
from tests.documents.pdfs import across_pages, flat, pdftotext

# What each language must say (and must not), phrase by phrase.
SAYS = {
    "en": {
        "weighing": "protected interest substantially outweighs the interest in confidentiality",
        "not_a_basis": "it is not a basis under data-protection law",
        "change_of_purpose": "Art. 6(4) GDPR with § 24(1) No. 1 BDSG",
        "special": "Art. 9(2) GDPR with § 22 or § 24(2) BDSG",
        "unable": "physically or legally unable to give consent",
        "threshold": 'at least "likely" and the danger is present',
        "matrix_threshold": "probability from “likely” upwards, danger present",
        "personal": "This duty binds each member of staff of either party personally",
        "s139": "§ 139 StGB exempts only the professions it names",
        "how_not_whether": "organises only how a report is made, never whether",
        "dpia": "This never suspends a duty the law imposes",
        "never_held_back": "That never holds back a report the law requires",
        "open_art9": "condition to be named by the lawyers (open question)",
        "gap": "Medical service: no contact named yet",
        "s203_by_profession": "binds only staff of the professions it names",
        "s53": "no right to refuse to give evidence (§ 53 StPO)",
        "legality": "what LKA Musterland receives for the prevention of danger can be used",
        "source": "protects Brückenschlag as a source",
        "collection_open": "Collection by the recipient: basis open",
        "unnamed": "provision not named, an open question for the lawyers",
        "joint_control": "§ 63 BDSG",
        "each_person": "Each member of staff who learns of it (a personal duty)",
    },
    "de": {
        "weighing": "das Interesse an der Vertraulichkeit wesentlich überwiegt",
        "not_a_basis": "keine datenschutzrechtliche Rechtsgrundlage",
        "change_of_purpose": "Art. 6 Abs. 4 DSGVO in Verbindung mit § 24 Abs. 1 Nr. 1 BDSG",
        "special": "§ 22 oder § 24 Abs. 2 BDSG",
        "unable": "aus körperlichen oder rechtlichen Gründen außerstande",
        "threshold": "mindestens „wahrscheinlich“ und die Gefahr gegenwärtig",
        "matrix_threshold": "Wahrscheinlichkeit ab „wahrscheinlich“, Gefahr gegenwärtig",
        "personal": "Diese Pflicht trifft alle Mitarbeitenden beider Parteien persönlich",
        "s139": "§ 139 StGB nimmt nur die dort genannten Berufe",
        "how_not_whether": "regelt nur, wie angezeigt wird, nie ob",
        "dpia": "setzt das nie aus",
        "never_held_back": "Abwehr einer gegenwärtigen Gefahr nach § 6 auf",
        "open_art9": "Bedingung benennt die Rechtsberatung (offene Frage)",
        "gap": "Medical service: noch keine Ansprechperson benannt",
        "s203_by_profession": "bindet nur Mitarbeitende der dort genannten Berufe",
        "s53": "kein Zeugnisverweigerungsrecht (§ 53 StPO)",
        "legality": "was das LKA Musterland zur Gefahrenabwehr erhält, kann daher auch",
        "source": "schützt Brückenschlag als Quelle",
        "collection_open": "Erhebung durch die empfangende Partei: Rechtsgrundlage offen",
        "unnamed": "Vorschrift nicht benannt, offene Frage an die Rechtsberatung",
        "joint_control": "§ 63 BDSG",
        "each_person": "Jede mitarbeitende Person, die davon erfährt (persönliche Pflicht)",
    },
}
NEVER_SAYS = {
    "en": [
        "reviewed by both parties",
        "decides with them on the report",
        "vital interests of the person concerned (Art. 6(1)(d)",
        "are not applied until the assessment is done",
        "The two trigger rules",
    ],
    "de": [
        "von beiden Parteien geprüft",
        "die mit ihnen über die Anzeige entscheidet",
        "lebenswichtigen Interessen der betroffenen Person oder Dritter sein",
        "werden erst angewendet, wenn die Folgenabschätzung",
        "Die beiden Regeln",
    ],
}


@pytest.fixture(scope="module", params=["en", "de"])
def demo_text(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> tuple[str, str]:
    language = request.param
    agreement = demo_agreement(language, today=DEMO_DAY)
    # a rule to a role nobody holds, to see the gap (the demo itself has none)
    agreement.sharing_rules[3].recipient_roles = ["Medical service"]
    pdf = render_agreement(agreement).pdf
    return language, flat(pdftotext(pdf, tmp_path_factory.mktemp(language)))


@pytest.mark.parametrize("phrase", sorted(SAYS["en"]))
def test_the_draft_states_the_law_right(demo_text: tuple[str, str], phrase: str) -> None:
    language, body = demo_text
    assert SAYS[language][phrase] in body


def test_the_draft_no_longer_says_what_was_wrong(demo_text: tuple[str, str]) -> None:
    language, body = demo_text
    for wrong in NEVER_SAYS[language]:
        assert wrong not in body, wrong


def test_the_reporting_duty_has_no_threshold_of_the_partners(demo_text: tuple[str, str]) -> None:
    language, body = demo_text
    statutory = {"en": "as the law sets it", "de": "wie das Gesetz sie bestimmt"}[language]
    assert statutory in body  # the § 138 rule in the procedures and the matrix
    listed = {
        "en": "Concrete indications of a planned serious offence (Brückenschlag to LKA",
        "de": "Konkrete Hinweise auf eine geplante schwere Straftat (von Brückenschlag an LKA",
    }[language]
    # the rules judged on probability and imminence list the danger rules, not the § 138 rule
    risk = body.split({"en": "Risk of harm.", "de": "Ob eine Gefahr vorliegt, wird"}[language])[1]
    risk = risk.split(
        {"en": "Planned serious offences.", "de": "Geplante schwere Straftaten."}[language]
    )[0]
    assert listed not in risk


def test_a_role_without_a_contact_is_shown_as_a_gap_and_nobody_receives_in_its_place(
    demo: Agreement,
) -> None:
    from coopbuilder.core.catalogue import default_catalogue
    from coopbuilder.documents.context import Rendering
    from coopbuilder.documents.styles import document_styles
    from coopbuilder.documents.tables import roles_without_contact, sop_parties
    from coopbuilder.documents.templates import clause_library

    rule = next(r for r in demo.sharing_rules if r.id == "r-imminent-danger")
    rule.recipient_roles = ["Medical service"]
    context = Rendering(demo, default_catalogue(), clause_library("en"), document_styles()).context
    view = next(r for r in context["rules"] if r["id"] == "r-imminent-danger")
    _who, whom = sop_parties(view, context["contacts"])
    assert whom == []  # not the situation centre, not anyone on duty
    assert roles_without_contact(view, context["contacts"]) == ["Medical service"]


@pytest.mark.parametrize("language", list(Language))
def test_the_final_pdf_says_only_what_is_recorded(language: Language, tmp_path: Path) -> None:
    agreement = demo_agreement(language, today=DEMO_DAY)
    body = flat(pdftotext(render_final(agreement).pdf, tmp_path))
    marked = {
        "en": "The parties have marked this version as ready to be signed",
        "de": "Die Parteien haben diese Version als unterschriftsreif",
    }[language.value]
    done = {
        "en": "every action due before signing is recorded as done",
        "de": "jede vor der Unterzeichnung zu erledigende Maßnahme ist als erledigt erfasst",
    }[language.value]
    assert marked in body and done in body
    assert "not a legal review" in body or "keine rechtliche Prüfung" in body


@pytest.mark.parametrize("language", list(Language))
def test_the_final_pdf_is_refused_while_an_action_due_before_signing_is_open(
    language: Language,
) -> None:
    agreement = demo_agreement(language, today=DEMO_DAY)
    action = next(a for a in agreement.actions if a.before_signing)
    action.status = ActionStatus.OPEN
    with pytest.raises(NotReadyToSignError) as error:
        render_final(agreement)
    assert "open_before_signing" in {f.code for f in error.value.findings}


@pytest.mark.parametrize("language", ["en", "de"])
def test_what_is_never_shared_follows_the_actual_rules(language: str, tmp_path: Path) -> None:
    agreement = demo_agreement(language, today=DEMO_DAY)
    planned = next(r for r in agreement.sharing_rules if r.id == "r-planned-offence")
    agreement.sharing_rules = [r for r in agreement.sharing_rules if r.id != "r-imminent-danger"]
    body = across_pages(flat(pdftotext(render_agreement(agreement).pdf, tmp_path)), agreement.title)
    confirmation = next(r for r in agreement.sharing_rules if r.id == "r-confirmation")
    opening, closing = ("“", "”") if language == "en" else ("„", "“")
    # the one remaining trigger rule is the only exception named for counselling content
    exceptions = {"en": "except under the rules on a trigger", "de": "außer nach den Regeln mit"}
    assert exceptions[language] in body
    assert f"{opening}{planned.category}{closing})" in body
    # the consent rule that shares special-category data is named, not denied
    assert f"{opening}{confirmation.category}{closing}." in body
    # with no special-category data shared by consent, the text says so
    confirmation.special_category = False
    agreement.sharing_rules = [r for r in agreement.sharing_rules if r.id != "r-referral"]
    body = across_pages(flat(pdftotext(render_agreement(agreement).pdf, tmp_path)), agreement.title)
    denied = {
        "en": "beliefs) are not shared by Brückenschlag except under those rules.",
        "de": "übermittelt Brückenschlag nicht, außer nach diesen Regeln.",
    }
    assert denied[language] in body


NATURE = {
    ("en", "memorandum"): "This agreement is a memorandum of understanding",
    ("en", "public_law_contract"): "public-law contract under §§ 54 ff.",
    ("de", "memorandum"): "rechtlich unverbindliche Absichtserklärung",
    ("de", "public_law_contract"): "öffentlich-rechtlicher Vertrag nach §§ 54 ff.",
}
NO_BASIS = {
    "en": "It creates no legal basis for any transfer of personal data",
    "de": "Sie ist keine Rechtsgrundlage für eine Übermittlung personenbezogener Daten",
}
FINAL_CLAUSES = {
    "en": [
        "Costs.",
        "Liability.",
        "No rights of third parties.",
        "Severability.",
        "Disagreements.",
        "Written form.",
        "Publication and requests for access.",
    ],
    "de": [
        "Kosten.",
        "Haftung.",
        "Keine Rechte Dritter.",
        "Salvatorische Klausel.",
        "Meinungsverschiedenheiten.",
        "Schriftform.",
        "Veröffentlichung und Informationszugang.",
    ],
}


@pytest.mark.parametrize("language", ["en", "de"])
@pytest.mark.parametrize("nature", list(LegalNature))
def test_the_agreement_says_what_it_is_and_that_it_is_no_legal_basis(
    language: str, nature: LegalNature, tmp_path: Path
) -> None:
    agreement = demo_agreement(language, today=DEMO_DAY)
    agreement.legal_nature = nature
    body = flat(pdftotext(render_agreement(agreement).pdf, tmp_path))
    assert NATURE[language, nature.value] in body
    other = next(n for n in LegalNature if n is not nature)
    assert NATURE[language, other.value] not in body
    assert NO_BASIS[language] in body
    for heading in FINAL_CLAUSES[language]:
        assert heading in body
    courts = "administrative courts" if language == "en" else "Verwaltungsrechtsweg"
    assert (courts in body) is (nature is LegalNature.PUBLIC_LAW_CONTRACT)


def test_german_text_gives_the_agency_its_article(tmp_path: Path) -> None:
    agreement = demo_agreement("de", today=DEMO_DAY)
    body = flat(pdftotext(render_agreement(agreement).pdf, tmp_path))
    assert "Für das Landeskriminalamt Musterland" in body  # the signature block
    assert "Das LKA Musterland ist zuständige Behörde" in body
    assert "Mitarbeitenden des LKA Musterland" in body
    assert "(vom LKA Musterland an Brückenschlag)" in body
    assert "(von Brückenschlag an das LKA Musterland)" in body
    assert "von LKA Musterland" not in body and "an LKA Musterland" not in body
    # no double negation after "nicht Gegenstand", no label said twice
    assert "nicht Gegenstand dieser Vereinbarung ist: die Führung" in body
    assert "Lagezentrum: Diensthabende Schichtleitung" in body
    # without an article the short name stands alone
    agreement.partner("lka").article = None
    body = flat(pdftotext(render_agreement(agreement).pdf, tmp_path))
    assert "(von LKA Musterland an Brückenschlag)" in body
