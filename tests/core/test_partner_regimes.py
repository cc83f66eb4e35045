"""Every partner's data-protection regime must be one the law of its kind allows (not only the
NGO's): a youth welfare office, a school or a health service under the GDPR, a police force under
the Law Enforcement Directive, an intelligence service outside Union law. The check reads the
same table the clause library's law of each kind is written from, so the two agree."""

from __future__ import annotations

import pytest

from coopbuilder.core.agreement import Agreement
from coopbuilder.core.checks import CheckFinding, Severity, blocking, check_agreement
from coopbuilder.core.demo import demo_agreement
from coopbuilder.core.legal import REGIMES_BY_KIND
from coopbuilder.core.texts import label as label_of
from coopbuilder.core.vocabulary import (
    SECURITY_KINDS,
    DataProtectionRegime,
    PartnerKind,
    Sector,
    default_regime,
    default_sector,
)
from coopbuilder.documents.templates import clause_library
from tests.conftest import DEMO_DAY

REGIME_CODES = {"regime_not_for_kind", "ngo_under_law_enforcement_regime"}


def _agency_as(kind: PartnerKind, regime: DataProtectionRegime) -> Agreement:
    agreement = demo_agreement("en", today=DEMO_DAY)
    agency = agreement.partner("lka")
    agency.kind, agency.regime, agency.sector = kind, regime, default_sector(kind)
    return agreement


def _regime_findings(agreement: Agreement) -> list[CheckFinding]:
    return [f for f in check_agreement(agreement) if f.code in REGIME_CODES]


AUTHORITIES = [kind for kind in PartnerKind if kind is not PartnerKind.NGO]


@pytest.mark.parametrize("kind", AUTHORITIES, ids=[k.value for k in AUTHORITIES])
@pytest.mark.parametrize("regime", list(DataProtectionRegime), ids=lambda r: r.value)
def test_each_authority_gets_the_regime_its_law_allows(
    kind: PartnerKind, regime: DataProtectionRegime
) -> None:
    findings = _regime_findings(_agency_as(kind, regime))
    if regime in REGIMES_BY_KIND[kind]:
        assert findings == []
        return
    [finding] = findings
    assert finding.code == "regime_not_for_kind"
    assert finding.severity is Severity.ERROR and finding in blocking(findings)
    assert finding.field == "partners[1].regime" and finding.subject_id == "lka"
    assert finding.params["expected"] == default_regime(kind).value


def test_a_youth_welfare_office_left_under_the_law_enforcement_directive_is_an_error() -> None:
    agreement = _agency_as(PartnerKind.YOUTH_WELFARE, DataProtectionRegime.LED_AUTHORITY)
    [finding] = _regime_findings(agreement)
    english, german = finding.message("en"), finding.message("de")
    assert '"Child and youth welfare office"' in english
    assert '"Competent authority under the Law Enforcement Directive' in english
    assert 'Set the regime to "GDPR controller"' in english
    assert "„Jugendamt“" in german and "Stellen Sie „Verantwortlicher nach der DSGVO“ ein" in german
    # set as the law of its kind says, the draft passes again
    agreement.partner("lka").regime = DataProtectionRegime.GDPR_CONTROLLER
    assert _regime_findings(agreement) == []


def test_a_police_force_under_the_gdpr_and_an_intelligence_service_under_the_directive() -> None:
    police = _agency_as(PartnerKind.POLICE, DataProtectionRegime.GDPR_CONTROLLER)
    assert [f.code for f in _regime_findings(police)] == ["regime_not_for_kind"]
    service = _agency_as(PartnerKind.INTELLIGENCE, DataProtectionRegime.LED_AUTHORITY)
    assert [f.code for f in _regime_findings(service)] == ["regime_not_for_kind"]


@pytest.mark.parametrize("regime", list(DataProtectionRegime), ids=lambda r: r.value)
def test_the_ngo_keeps_its_own_warning(regime: DataProtectionRegime) -> None:
    agreement = demo_agreement("en", today=DEMO_DAY)
    agreement.partner("ngo").regime = regime
    codes = [(f.code, f.severity) for f in _regime_findings(agreement)]
    if regime is DataProtectionRegime.GDPR_CONTROLLER:
        assert codes == []
    else:
        assert codes == [("ngo_under_law_enforcement_regime", Severity.WARNING)]


@pytest.mark.parametrize("kind", list(PartnerKind), ids=lambda k: k.value)
def test_the_wizards_default_regime_fits_the_kind(kind: PartnerKind) -> None:
    assert default_regime(kind) in REGIMES_BY_KIND[kind]


# What the clause library's law of a kind names for the regime it is written for, and what it
# must not name (the marks of the other regimes).
MARKS = {
    DataProtectionRegime.GDPR_CONTROLLER: {"en": ["GDPR"], "de": ["DSGVO"]},
    DataProtectionRegime.LED_AUTHORITY: {"en": ["2016/680", "BDSG"], "de": ["2016/680", "BDSG"]},
    DataProtectionRegime.OUTSIDE_EU_LAW: {"en": ["BVerfSchG"], "de": ["BVerfSchG"]},
}
NEVER = {
    DataProtectionRegime.GDPR_CONTROLLER: ["2016/680", "BVerfSchG"],
    DataProtectionRegime.LED_AUTHORITY: ["BVerfSchG", "GDPR", "DSGVO"],
    DataProtectionRegime.OUTSIDE_EU_LAW: ["2016/680", "GDPR", "DSGVO"],
}
# The kinds whose law the library names without tying it to one regime: the lawyers say which
# (a partner of kind "other"), or the Land's justice data-protection act covers both.
EITHER = {PartnerKind.OTHER, PartnerKind.PRISON, PartnerKind.PROBATION}


@pytest.mark.parametrize("language", ["en", "de"])
@pytest.mark.parametrize("kind", list(PartnerKind), ids=lambda k: k.value)
def test_the_check_and_the_law_the_text_names_agree(language: str, kind: PartnerKind) -> None:
    law = clause_library(language).word(f"law_{kind.value}")
    allowed = REGIMES_BY_KIND[kind]
    if kind in EITHER:
        assert len(allowed) > 1
        assert not any(mark in law for mark in ("GDPR", "DSGVO", "2016/680", "BVerfSchG"))
        return
    [regime] = allowed
    assert any(mark in law for mark in MARKS[regime][language]), law
    assert not any(mark in law for mark in NEVER[regime]), law


@pytest.mark.parametrize("kind", list(PartnerKind), ids=lambda k: k.value)
@pytest.mark.parametrize("sector", list(Sector), ids=lambda s: s.value)
def test_a_partner_on_the_wrong_side_is_an_error(kind: PartnerKind, sector: Sector) -> None:
    """The checks on what goes from the NGO to a security partner read the sector: a police
    force marked as not in the security sector would take routine personal data unchecked."""
    agreement = _agency_as(kind, default_regime(kind))
    agreement.partner("lka").sector = sector
    findings = [f for f in check_agreement(agreement) if f.code == "sector_not_for_kind"]
    fits = kind not in SECURITY_KINDS | {PartnerKind.NGO} or sector is default_sector(kind)
    assert (findings == []) is fits
    if findings:
        [finding] = findings
        assert finding.severity is Severity.ERROR and finding.field == "partners[1].sector"
        assert f'Set the sector to "{label_of(default_sector(kind))}"' in finding.message()


def test_routine_personal_data_to_a_police_force_marked_non_security_is_still_refused() -> None:
    agreement = demo_agreement("en", today=DEMO_DAY)
    agreement.partner("lka").sector = Sector.NON_SECURITY
    trends = next(r for r in agreement.sharing_rules if r.id == "r-trends-ngo")
    trends.personal_data = True
    assert blocking(check_agreement(agreement))
    codes = {f.code for f in check_agreement(agreement)}
    assert "sector_not_for_kind" in codes
    agreement.partner("ngo").sector = Sector.SECURITY
    assert [
        f.subject_id for f in check_agreement(agreement) if f.code == "sector_not_for_kind"
    ] == [
        "ngo",
        "lka",
    ]
