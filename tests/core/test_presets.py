from __future__ import annotations

from pathlib import Path

import pytest
from pytest import MonkeyPatch

from coopbuilder.core.agreement import Agreement
from coopbuilder.core.checks import check_agreement
from coopbuilder.core.errors import UserError
from coopbuilder.core.presets import retention_presets, sharing_presets
from coopbuilder.core.resources import resource_path
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


def test_presets_know_family_counselling_returnees_and_the_hotline() -> None:
    from coopbuilder.core.presets import further_actor_presets, role_presets
    from coopbuilder.core.vocabulary import FieldOfWork, PartnerKind, Sector

    for language in ("en", "de"):
        fields = {f for p in sharing_presets(language) for f in p.fields_of_work}
        assert fields == {FieldOfWork.FAMILY, FieldOfWork.RETURNEES}
        actors = further_actor_presets(language)
        referring = [p.make_actor() for p in actors if p.actor.get("referral")]
        assert referring and all(a.contact for a in referring)
        assert {a.kind for a in (p.make_actor() for p in actors)} >= {
            PartnerKind.OTHER,
            PartnerKind.YOUTH_WELFARE,
            PartnerKind.PRISON,
        }
        first, again = actors[0].make_actor(), actors[0].make_actor()
        assert first.id != again.id  # each use is a new actor
        assert role_presets(language, Sector.NON_SECURITY)
        assert role_presets(language, Sector.SECURITY)
    assert "Family counsellor" in role_presets("en", Sector.NON_SECURITY)
    assert "Family counsellor" not in role_presets("en", Sector.SECURITY)


def test_family_presets_keep_relatives_confidences_and_returnees_counselling_unshared(
    demo: Agreement,
) -> None:
    by_name = {p.name: p for p in sharing_presets("en")}
    relatives = by_name["What relatives confide in family counselling is never shared"]
    rule = relatives.make_rule(demo)
    assert (rule.from_partner_id, rule.to_partner_id) == ("ngo", "lka")
    assert rule.when is SharingWhen.NEVER and rule.counselling_content
    returnee = by_name["Counselling of a returnee is never passed to an investigation"]
    assert "§§ 53, 97 StPO" in returnee.make_rule(demo).legal_basis.note
    referral = by_name["Referral of a worried relative to family counselling"].make_rule(demo)
    assert (referral.from_partner_id, referral.to_partner_id) == ("lka", "ngo")


def test_a_broken_further_actor_preset_names_where(
    tmp_path: Path, monkeypatch: MonkeyPatch
) -> None:
    import coopbuilder.core.presets as presets_module
    from coopbuilder.core.errors import UserError

    broken = tmp_path / "presets"
    broken.mkdir()
    text = (resource_path("presets", "en.yaml")).read_text(encoding="utf-8")
    (broken / "en.yaml").write_text(text.replace("kind: youth_welfare", "kind: hotline"), "utf-8")
    monkeypatch.setattr(presets_module, "resource_path", lambda *parts: broken.joinpath(*parts[1:]))
    presets_module.presets.cache_clear()
    try:
        with pytest.raises(UserError, match=r"are broken at further_actors"):
            presets_module.presets("en")
    finally:
        presets_module.presets.cache_clear()


def test_every_shared_preset_with_personal_data_has_a_retention_in_both_languages(
    demo: Agreement,
) -> None:
    for language in ("en", "de"):
        demo.sharing_rules = [p.make_rule(demo) for p in sharing_presets(language)]
        assert "no_retention" not in {f.code for f in check_agreement(demo)}, language
        for rule in demo.sharing_rules:
            if rule.is_shared and rule.involves_personal_data:
                assert rule.retention, (language, rule.category)


def test_the_retention_proposed_follows_the_most_sensitive_kind_of_data() -> None:
    table = retention_presets("en")
    assert table.proposed(personal=False) == ""
    assert table.proposed(personal=True) == table.personal
    assert table.proposed(personal=True, criminal_offence=True) == table.criminal_offence
    both = table.proposed(personal=True, criminal_offence=True, special_category=True)
    assert both == table.special_category
    assert table.proposed(personal=True, special_category=True, counselling=True) == (
        table.counselling
    )
    german = retention_presets("de")
    assert german.personal.startswith("Löschung") and german.personal != table.personal


def test_a_presets_file_without_a_retention_table_is_a_clear_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import coopbuilder.core.presets as presets

    (tmp_path / "presets").mkdir()
    (tmp_path / "presets" / "en.yaml").write_text("presets: []\n", encoding="utf-8")
    monkeypatch.setattr(presets, "resource_path", lambda *parts: tmp_path.joinpath(*parts))
    presets.presets.cache_clear()
    try:
        with pytest.raises(UserError, match="have no 'retention' table"):
            presets.retention_presets("en")
    finally:
        presets.presets.cache_clear()
