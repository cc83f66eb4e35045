from __future__ import annotations

from coopbuilder.core.agreement import Agreement
from coopbuilder.core.checks import check_agreement
from coopbuilder.core.presets import sharing_presets
from coopbuilder.core.vocabulary import SharingWhen


def test_presets_cover_the_typical_sharing_rules_of_the_brief() -> None:
    names = [p.name for p in sharing_presets("en")]
    assert len(names) == len(set(names)) >= 9
    whens = {SharingWhen(p.rule["when"]) for p in sharing_presets("en")}
    assert whens == set(SharingWhen)


def test_a_preset_goes_from_the_partner_of_its_sector(demo: Agreement) -> None:
    by_name = {p.name: p for p in sharing_presets("en")}
    referral = by_name["Referral of a person seeking exit help"].make_rule(demo)
    assert (referral.from_partner_id, referral.to_partner_id) == ("lka", "ngo")
    never = by_name["Counselling content is never shared"].make_rule(demo)
    assert (never.from_partner_id, never.to_partner_id) == ("ngo", "lka")


def test_every_preset_passes_the_legal_basis_checks_between_the_demo_partners(
    demo: Agreement,
) -> None:
    demo.sharing_rules = [p.make_rule(demo) for p in sharing_presets("en")]
    codes = {f.code for f in check_agreement(demo)}
    assert not codes & {"missing_art6", "missing_art9", "missing_art10", "missing_national_basis"}
    assert "counselling_content_shared" not in codes
