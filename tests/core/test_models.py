"""The domain model refuses impossible agreements with messages a person understands."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from pydantic import ValidationError

from coopbuilder.core.agreement import Agreement, add_months
from coopbuilder.core.assessment import Assessment, Rating
from coopbuilder.core.parties import EscalationContact, Partner
from coopbuilder.core.sharing import SharingRule
from coopbuilder.core.validation import describe_validation_error
from coopbuilder.core.vocabulary import (
    DataProtectionRegime,
    PartnerKind,
    Sector,
    SharingWhen,
    Trigger,
    default_regime,
    default_sector,
)


def problems(data: dict[str, Any]) -> list[str]:
    with pytest.raises(ValidationError) as caught:
        Agreement.model_validate(data)
    return describe_validation_error(caught.value, data)


def dumped(agreement: Agreement) -> dict[str, Any]:
    return agreement.model_dump(mode="json")


def test_a_rating_above_five_names_the_field(demo: Agreement) -> None:
    data = dumped(demo)
    data["assessment"]["ratings"][2]["value"] = 6
    assert problems(data) == ["assessment › ratings › 3 › value: must be at most 5"]


def test_an_unknown_partner_in_a_sharing_rule(demo: Agreement) -> None:
    data = dumped(demo)
    data["sharing_rules"][0]["to_partner_id"] = "someone"
    (message,) = problems(data)
    assert "sharing rule 'Anonymised case numbers and trends' (to)" in message
    assert "not in the agreement" in message


def test_missing_partner_name_names_the_partner_entry(demo: Agreement) -> None:
    data = dumped(demo)
    data["partners"][1]["name"] = "   "
    assert problems(data) == ["partners › 2 ('lka') › name: must not be empty"]


def test_unknown_field_is_refused(demo: Agreement) -> None:
    data = dumped(demo)
    data["contacts"][0]["mobile"] = "123"
    assert problems(data) == ["contacts › 1 ('c-ngo-vogt') › mobile: is not a known field"]


def test_wrong_enum_value_lists_the_choices(demo: Agreement) -> None:
    data = dumped(demo)
    data["sharing_rules"][0]["when"] = "sometimes"
    (message,) = problems(data)
    assert message.startswith("sharing_rules › 1 ('r-trends-ngo') › when: must be one of")
    assert "'on_trigger'" in message


def test_exactly_two_partners(demo: Agreement) -> None:
    data = dumped(demo)
    data["partners"] = data["partners"][:1]
    data["sharing_rules"] = data["contacts"] = data["actions"] = []
    data["assessment"]["ratings"] = []
    assert problems(data) == ["partners: has too few entries"]


def test_a_deputy_of_the_other_partner_is_refused(demo: Agreement) -> None:
    data = dumped(demo)
    data["contacts"][0]["deputy_id"] = "c-lka-brandt"
    assert problems(data) == [
        "(top level): the deputy of contact 'Lena Vogt' works for the other partner"
    ]


def test_a_contact_cannot_deputise_for_themselves() -> None:
    with pytest.raises(ValidationError, match="cannot be their own deputy"):
        EscalationContact(id="x", partner_id="p", role="r", name="Ann", deputy_id="x")


def test_duplicate_ids_are_refused(demo: Agreement) -> None:
    data = dumped(demo)
    data["contacts"][1]["id"] = data["contacts"][0]["id"]
    data["contacts"][0]["deputy_id"] = None
    data["contacts"][1]["deputy_id"] = None
    (message,) = problems(data)
    assert "'c-ngo-vogt' is used for two different entries" in message


def test_review_before_effective_date(demo: Agreement) -> None:
    data = dumped(demo)
    data["next_review_date"] = "2020-01-01"
    assert problems(data) == ["(top level): the next review date is before the effective date"]


def test_a_rule_to_itself_and_a_trigger_without_on_trigger() -> None:
    with pytest.raises(ValidationError, match="from a partner to itself"):
        SharingRule(category="x", from_partner_id="a", to_partner_id="a", when=SharingWhen.ROUTINE)
    with pytest.raises(ValidationError, match="names a trigger but is not shared on a trigger"):
        SharingRule(
            category="x",
            from_partner_id="a",
            to_partner_id="b",
            when=SharingWhen.ROUTINE,
            trigger=Trigger.IMMINENT_DANGER,
        )


def test_assignment_is_validated(demo: Agreement) -> None:
    with pytest.raises(ValidationError):
        demo.assessment.ratings[0].value = 0


def test_one_rating_per_partner_and_statement() -> None:
    rating = Rating(partner_id="a", statement_id="trust.1", value=3)
    with pytest.raises(ValidationError, match="rated twice"):
        Assessment(ratings=[rating, rating])
    assessment = Assessment(ratings=[rating])
    assessment.set_rating("a", "trust.1", None, note="not sure")
    assert assessment.ratings == [Rating(partner_id="a", statement_id="trust.1", note="not sure")]
    assert assessment.rating("a", "trust.1").dont_know  # type: ignore[union-attr]
    assessment.clear_rating("a", "trust.1")
    assert assessment.rating("a", "trust.1") is None


def test_text_is_trimmed() -> None:
    partner = Partner(
        name="  Exit e.V.  ",
        kind=PartnerKind.NGO,
        sector=Sector.NON_SECURITY,
        regime=DataProtectionRegime.GDPR_CONTROLLER,
    )
    assert partner.name == "Exit e.V."
    assert partner.label == "Exit e.V."


@pytest.mark.parametrize(
    ("kind", "sector", "regime"),
    [
        (PartnerKind.NGO, Sector.NON_SECURITY, DataProtectionRegime.GDPR_CONTROLLER),
        (PartnerKind.POLICE, Sector.SECURITY, DataProtectionRegime.LED_AUTHORITY),
        (PartnerKind.INTELLIGENCE, Sector.SECURITY, DataProtectionRegime.OUTSIDE_EU_LAW),
        (PartnerKind.YOUTH_WELFARE, Sector.NON_SECURITY, DataProtectionRegime.GDPR_CONTROLLER),
    ],
)
def test_defaults_per_kind(kind: PartnerKind, sector: Sector, regime: DataProtectionRegime) -> None:
    assert default_sector(kind) is sector
    assert default_regime(kind) is regime


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (dt.date(2026, 1, 31), 1, dt.date(2026, 2, 28)),
        (dt.date(2028, 1, 31), 1, dt.date(2028, 2, 29)),
        (dt.date(2026, 11, 27), 12, dt.date(2027, 11, 27)),
        (dt.date(2026, 12, 15), 1, dt.date(2027, 1, 15)),
    ],
)
def test_add_months(day: dt.date, months: int, expected: dt.date) -> None:
    assert add_months(day, months) == expected


def test_demo_dates_follow_the_day_it_is_made(demo: Agreement) -> None:
    assert demo.effective_date == dt.date(2026, 11, 27)
    assert demo.next_review_date == demo.suggested_next_review() == dt.date(2027, 11, 27)
    assert demo.is_editable


def test_the_german_demo_matches_the_english_one(demo: Agreement) -> None:
    from coopbuilder.core.demo import demo_agreement

    german = demo_agreement("de", today=dt.date(2026, 11, 27))
    assert german.language == "de"

    def values(agreement: Agreement) -> list[tuple[str, str, int | None]]:
        return [(r.partner_id, r.statement_id, r.value) for r in agreement.assessment.ratings]

    assert values(german) == values(demo)
    assert [r.id for r in german.sharing_rules] == [r.id for r in demo.sharing_rules]
    assert [(r.when, r.trigger) for r in german.sharing_rules] == [
        (r.when, r.trigger) for r in demo.sharing_rules
    ]
    assert german.title != demo.title


def test_an_agreement_written_before_the_legal_fields_still_loads(demo: Agreement) -> None:
    """Exchange files from before the legal nature, the German article, the imminence of a
    trigger, the 'unable to consent' mark and actions due before signing load with defaults."""
    from coopbuilder.core.vocabulary import LegalNature

    data = demo.model_dump(mode="json")
    del data["legal_nature"]
    for partner in data["partners"]:
        del partner["article"]
    for rule in data["sharing_rules"]:
        del rule["imminence"], rule["subject_unable_to_consent"]
    for action in data["actions"]:
        del action["before_signing"]
    old = Agreement.model_validate(data)
    assert old.legal_nature is LegalNature.MEMORANDUM
    assert all(p.article is None for p in old.partners)
    assert all(r.imminence is None and not r.subject_unable_to_consent for r in old.sharing_rules)
    assert not any(a.before_signing for a in old.actions)
