"""The check messages read as German: a partner's name, whatever its article and kind, stands
after "Partner" in quotes ("des Partners „Landeskriminalamt …“"), never bare after a preposition
("von Landeskriminalamt …") nor as the subject without its article; a label of a choice stands in
quotes, so a capital letter mid-sentence is the label's own. Every message, every partner kind."""

from __future__ import annotations

import re
import string

import pytest

from coopbuilder.core.agreement import Agreement
from coopbuilder.core.catalogue import default_catalogue
from coopbuilder.core.checks import CheckFinding, Severity, check_agreement
from coopbuilder.core.demo import demo_agreement
from coopbuilder.core.sharing import LegalBasis
from coopbuilder.core.texts import check_codes, check_template
from coopbuilder.core.vocabulary import (
    ActionStatus,
    Availability,
    DataProtectionRegime,
    FindingKind,
    GermanArticle,
    PartnerKind,
    Sector,
    default_regime,
    default_sector,
)
from coopbuilder.documents.clauses import AgreementText
from coopbuilder.documents.styles import document_styles
from coopbuilder.documents.templates import clause_library
from tests.conftest import DEMO_DAY

# A name for each kind as agencies are really called, with the article German gives it.
NAMES = {
    PartnerKind.NGO: ("Brückenschlag e.V. – Ausstiegsberatung", GermanArticle.DER),
    PartnerKind.POLICE: (
        "Landeskriminalamt Musterland (LKA), Abteilung Staatsschutz",
        GermanArticle.DAS,
    ),
    PartnerKind.FEDERAL_POLICE: ("BKA, Abteilung Polizeilicher Staatsschutz", GermanArticle.DAS),
    PartnerKind.INTELLIGENCE: ("Landesamt für Verfassungsschutz", GermanArticle.DAS),
    PartnerKind.PRISON: ("JVA Musterstadt", GermanArticle.DIE),
    PartnerKind.PROBATION: ("Ambulanter Justizsozialdienst Musterland", GermanArticle.DER),
    PartnerKind.YOUTH_WELFARE: ("Kreisjugendamt Musterkreis", GermanArticle.DAS),
    PartnerKind.SCHOOL: ("Städtische Realschule Musterstadt", GermanArticle.DIE),
    PartnerKind.HEALTH: ("Sozialpsychiatrischer Dienst Musterstadt", GermanArticle.DER),
    PartnerKind.OTHER: ("Ordnungsamt Musterstadt", GermanArticle.DAS),
}
PARTNER_PLACES = {"sender", "recipient", "partner"}
NGO_NAME = NAMES[PartnerKind.NGO][0]


def _placeholders(code: str) -> set[str]:
    names = set()
    for language in ("en", "de"):
        template = check_template(code, language)
        names |= {f for _, f, _, _ in string.Formatter().parse(template) if f}
    return names


def _params(code: str, kind: PartnerKind) -> dict[str, str]:
    """Values for every placeholder of ``code``: the partner of ``kind`` wherever a partner is
    named (the NGO on the other side of a flow)."""
    name = NAMES[kind][0]
    precondition = default_catalogue().preconditions[0].id
    values = {
        "category": "Bestätigung der Beratung",
        "sender": name,
        "recipient": NGO_NAME if kind is PartnerKind.NGO else name,
        "partner": name,
        "contact": "Miriam Vogt",
        "actor": "Beratungsstelle Radikalisierung",
        "role": "Lagezentrum",
        "never": "Beratungsinhalte",
        "regime": DataProtectionRegime.OUTSIDE_EU_LAW.value,
        "expected": default_regime(kind).value,
        "partner_kind": kind.value,
        "sector": Sector.NON_SECURITY.value,
        "expected_sector": default_sector(kind).value,
        "kind": FindingKind.GAP.value,
        "precondition": precondition,
        "action": "Die Datenschutzbeauftragten prüfen die Übermittlungsmatrix",
        "status": ActionStatus.OPEN.value,
        "due": "2027-03-27",
    }
    needed = _placeholders(code)
    assert needed <= set(values), f"{code}: no test value for {needed - set(values)}"
    return {key: values[key] for key in needed}


def _misplaced_names(message: str, names: set[str]) -> list[str]:
    """The places where a partner's name stands other than as „name“ after "Partner(s)"."""
    wrong = []
    for name in names:
        for match in re.finditer(re.escape(name), message):
            before = message[max(0, match.start() - 10) : match.start()]
            after = message[match.end() : match.end() + 1]
            if not (before.endswith(("Partner „", "Partners „")) and after == "“"):
                wrong.append(f"…{before}{name}{after}…")
    return wrong


LABELS = ("regime", "expected", "partner_kind", "sector", "expected_sector")
"""The placeholders that take the label of a choice ("Zuständige Behörde ...", "Jugendamt")."""


def _unquoted_labels(code: str) -> list[str]:
    """The labels of choices the German message does not put in quotes."""
    template = check_template(code, "de")
    return [
        key
        for key in LABELS
        for match in re.finditer(r"\{" + key + r"\}", template)
        if template[match.start() - 1 : match.start()] != "„"
        or template[match.end() : match.end() + 1] != "“"
    ]


CODES = sorted(check_codes("de"))


@pytest.mark.parametrize("kind", list(PartnerKind), ids=lambda k: k.value)
@pytest.mark.parametrize("code", CODES)
def test_every_german_check_message_names_every_partner_kind_correctly(
    code: str, kind: PartnerKind
) -> None:
    params = _params(code, kind)
    finding = CheckFinding(code=code, severity=Severity.ERROR, field="x", params=params)
    message = finding.message("de")
    assert "{" not in message and "}" not in message
    named = {params[p] for p in PARTNER_PLACES & set(params)}
    assert _misplaced_names(message, named) == []
    assert _unquoted_labels(code) == []
    # the English message names the same partners
    assert all(name in finding.message("en") for name in named)


def test_the_message_of_the_report_names_the_lka_with_its_kind_and_regime() -> None:
    """The sentence that read "...Daten von Landeskriminalamt Musterland (LKA), Abteilung
    Staatsschutz, die nicht unter der DSGVO verarbeitet (Zuständige Behörde ...)"."""
    agreement = demo_agreement("de", today=DEMO_DAY)
    basis = next(
        r
        for r in agreement.sharing_rules
        if r.from_partner_id == "lka" and r.is_shared and r.involves_personal_data
    )
    basis.legal_basis = LegalBasis(art6="e")
    [finding] = [f for f in check_agreement(agreement) if f.code == "missing_national_basis"]
    message = finding.message("de")
    assert "des Partners „Landeskriminalamt Musterland (LKA), Abteilung Staatsschutz“, für den" in (
        message
    )
    assert "„Zuständige Behörde nach der Richtlinie (EU) 2016/680 (JI-Richtlinie)“" in message
    assert "Übermittlungsbefugnis (Fachrecht)" in message
    assert "von Landeskriminalamt" not in message


def _dangerous(agreement: Agreement) -> None:
    """An agreement with every mistake whose message names a partner."""
    for contact in agreement.contacts_of("lka"):
        contact.availability = Availability.OFFICE_HOURS  # trigger_without_24_7
        contact.deputy_id = None  # contact_without_deputy
    rules = {r.id: r for r in agreement.sharing_rules}
    rules["r-confirmation"].logged = False  # disclosure_not_logged
    rules["r-confirmation"].recipient_roles = []  # sensitive_without_recipient_role
    rules["r-feedback"].recipient_roles = ["Pressestelle"]  # role_without_contact
    trends = rules["r-trends-ngo"]
    trends.personal_data, trends.legal_basis = True, LegalBasis()  # routine_to_security, art6
    for rule in agreement.sharing_rules:
        if rule.from_partner_id == "lka":
            rule.legal_basis = LegalBasis(art6="e")  # missing_national_basis
    for rep in agreement.partner("lka").representatives:
        rep.signs = False  # partner_without_signatory


@pytest.mark.parametrize("kind", list(PartnerKind), ids=lambda k: k.value)
def test_the_checks_of_a_dangerous_agreement_read_as_german_for_every_partner_kind(
    kind: PartnerKind,
) -> None:
    agreement = demo_agreement("de", today=DEMO_DAY)
    agency = agreement.partner("lka")
    name, article = NAMES[kind]
    agency.name, agency.short_name, agency.article = name, "", article
    agency.kind, agency.sector = kind, default_sector(kind)
    agency.regime = DataProtectionRegime.LED_AUTHORITY  # wrong for some kinds: one more check
    _dangerous(agreement)
    findings = check_agreement(agreement)
    codes = {f.code for f in findings}
    assert {
        "trigger_without_24_7",
        "contact_without_deputy",
        "sensitive_without_recipient_role",
        "role_without_contact",
        "partner_without_signatory",
    } <= codes
    if agency.sector is Sector.SECURITY:  # what goes from the NGO to a security partner
        assert {"disclosure_not_logged", "routine_to_security"} <= codes
    if kind in (PartnerKind.INTELLIGENCE, PartnerKind.YOUTH_WELFARE, PartnerKind.SCHOOL):
        assert "regime_not_for_kind" in codes
    names = {name, agreement.partner("ngo").name}
    for finding in findings:
        message = finding.message("de")
        assert _misplaced_names(message, names) == [], finding.code
        assert _unquoted_labels(finding.code) == [], finding.code


@pytest.mark.parametrize("kind", list(PartnerKind), ids=lambda k: k.value)
def test_the_open_questions_name_the_partner_as_german_needs(kind: PartnerKind) -> None:
    """The lawyers' questions that name a partner ("on which provision does ... collect",
    "which law applies to ...") read as German whatever the partner is called."""
    agreement = demo_agreement("de", today=DEMO_DAY)
    agency = agreement.partner("lka")
    name, article = NAMES[kind]
    agency.name, agency.short_name, agency.article = name, "", article
    agency.kind, agency.sector, agency.regime = kind, default_sector(kind), default_regime(kind)
    for rule in agreement.sharing_rules:
        rule.legal_basis.collection = ""  # the second door left open: a question for each rule
    library = clause_library("de")
    context = AgreementText(
        agreement, default_catalogue(), library, document_styles(library.hyphenation)
    ).context
    texts = [question["text"] for question in context["open_questions"]]
    naming = [text for text in texts if name in text]
    received = [
        r
        for r in agreement.sharing_rules
        if r.to_partner_id == "lka" and r.is_shared and r.involves_personal_data
    ]
    assert received and len(naming) >= len(received)
    if kind is PartnerKind.OTHER:
        assert any("Welches Recht gilt für den Partner „" in text for text in naming)
    for text in naming:
        assert _misplaced_names(text, {name}) == [], text
