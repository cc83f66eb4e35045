"""Each agreement check fires on the mistake it is for, and stays quiet on the demo."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from coopbuilder.core import clock
from coopbuilder.core.agreement import Agreement
from coopbuilder.core.checks import Severity, blocking, check_agreement
from coopbuilder.core.demo import demo_agreement
from coopbuilder.core.parties import EscalationContact
from coopbuilder.core.sharing import LegalBasis, SharingRule
from coopbuilder.core.vocabulary import (
    ActionStatus,
    Art9Condition,
    Availability,
    DataProtectionRegime,
    DpiaStatus,
    Imminence,
    Likelihood,
    PartnerKind,
    Sector,
    SharingWhen,
    Trigger,
)
from tests.conftest import DEMO_DAY


def rule(agreement: Agreement, rule_id: str) -> SharingRule:
    return next(r for r in agreement.sharing_rules if r.id == rule_id)


def contact(agreement: Agreement, contact_id: str) -> EscalationContact:
    return agreement.contact(contact_id)


def no_art9(a: Agreement) -> None:
    rule(a, "r-confirmation").legal_basis = LegalBasis(art6="a")


def no_art6(a: Agreement) -> None:
    rule(a, "r-confirmation").legal_basis = LegalBasis(art9="a", note="none")


def no_art10(a: Agreement) -> None:
    r = rule(a, "r-imminent-danger")
    r.legal_basis = r.legal_basis.model_copy(update={"art10": ""})


def led_sender_with_gdpr_basis_only(a: Agreement) -> None:
    rule(a, "r-risk-assessment").legal_basis = LegalBasis(art6="e", art9="g", art10="yes")


def no_24_7_at_recipient(a: Agreement) -> None:
    for c in a.contacts_of("lka"):
        c.availability = Availability.OFFICE_HOURS


def trigger_not_chosen(a: Agreement) -> None:
    rule(a, "r-imminent-danger").trigger = None


def no_four_eyes(a: Agreement) -> None:
    rule(a, "r-imminent-danger").four_eyes = False


def no_deputy(a: Agreement) -> None:
    contact(a, "c-ngo-vogt").deputy_id = None


def one_direction(a: Agreement) -> None:
    a.sharing_rules = [r for r in a.sharing_rules if r.from_partner_id == "ngo"]


def role_nobody_has(a: Agreement) -> None:
    rule(a, "r-feedback").recipient_roles = ["Press officer"]


def counselling_content_routinely(a: Agreement) -> None:
    r = rule(a, "r-counselling-never")
    r.when = SharingWhen.ROUTINE
    r.legal_basis = LegalBasis(art6="a", art9="a")


def counselling_content_by_consent_not_marked_personal(a: Agreement) -> None:
    r = rule(a, "r-confirmation")
    r.counselling_content = True
    r.personal_data = False


# -- the dangerous agreements: each is an error that keeps the agreement from being signed --


def threshold_possible(a: Agreement) -> None:
    rule(a, "r-imminent-danger").threshold = Likelihood.POSSIBLE


def no_threshold(a: Agreement) -> None:
    rule(a, "r-imminent-danger").threshold = None


def no_imminence(a: Agreement) -> None:
    rule(a, "r-imminent-danger").imminence = None


def danger_only_foreseeable(a: Agreement) -> None:
    rule(a, "r-imminent-danger").imminence = Imminence.FORESEEABLE


def threshold_on_the_reporting_duty(a: Agreement) -> None:
    rule(a, "r-planned-offence").threshold = Likelihood.LIKELY


def four_eyes_on_the_reporting_duty(a: Agreement) -> None:
    rule(a, "r-planned-offence").four_eyes = True


def routine_personal_data_to_the_police(a: Agreement) -> None:
    r = rule(a, "r-trends-ngo")
    r.personal_data = True
    r.legal_basis = LegalBasis(art6="f")
    r.retention = "a year"


def consent_disclosure_not_logged(a: Agreement) -> None:
    rule(a, "r-confirmation").logged = False


def vital_interests_for_a_client_who_can_consent(a: Agreement) -> None:
    r = rule(a, "r-imminent-danger")
    r.legal_basis = r.legal_basis.model_copy(update={"art9": Art9Condition.VITAL_INTERESTS})


def special_category_without_recipient_role(a: Agreement) -> None:
    rule(a, "r-confirmation").recipient_roles = []


def ngo_under_police_law(a: Agreement) -> None:
    a.partner("ngo").regime = DataProtectionRegime.LED_AUTHORITY


def trigger_disclosure_to_an_intelligence_service(a: Agreement) -> None:
    agency = a.partner("lka")
    agency.kind = PartnerKind.INTELLIGENCE
    agency.regime = DataProtectionRegime.OUTSIDE_EU_LAW
    agency.sector = Sector.SECURITY


def never_shared_but_shared(a: Agreement) -> None:
    rule(a, "r-counselling-never").special_category = True  # r-confirmation shares such data


def never_shared_by_name_but_shared(a: Agreement) -> None:
    rule(a, "r-counselling-never").category = rule(a, "r-confirmation").category


def open_action_due_before_signing(a: Agreement) -> None:
    action = next(x for x in a.actions if x.id == "act-legal-perception")
    action.status = ActionStatus.IN_PROGRESS


def no_review_date(a: Agreement) -> None:
    a.next_review_date = None


def no_signatory(a: Agreement) -> None:
    for r in a.partner("lka").representatives:
        r.signs = False


def gap_without_action(a: Agreement) -> None:
    a.actions = [x for x in a.actions if x.id != "act-continuity-gap"]


def perception_gap_action_dropped(a: Agreement) -> None:
    next(x for x in a.actions if x.id == "act-legal-perception").status = ActionStatus.DROPPED


def action_without_owner(a: Agreement) -> None:
    a.actions[0].owner_partner_id = None


def dpia_not_started(a: Agreement) -> None:
    a.dpia.status = DpiaStatus.NOT_STARTED


def dpia_not_required(a: Agreement) -> None:
    a.dpia.status = DpiaStatus.NOT_REQUIRED


def no_retention(a: Agreement) -> None:
    rule(a, "r-feedback").retention = ""


def no_channel(a: Agreement) -> None:
    rule(a, "r-feedback").channel = None


def special_category_but_not_personal(a: Agreement) -> None:
    rule(a, "r-trends-ngo").special_category = True


def criminal_offences_but_not_personal(a: Agreement) -> None:
    rule(a, "r-trends-lka").criminal_offence_data = True


def referral_without_contact(a: Agreement) -> None:
    a.further_actors[1].referral = "Refers people on probation who want to leave the scene"


def no_never_rule(a: Agreement) -> None:
    a.sharing_rules = [r for r in a.sharing_rules if r.is_shared]


CASES: list[tuple[Callable[[Agreement], None], str, Severity, str]] = [
    (no_art9, "missing_art9", Severity.ERROR, "legal_basis.art9"),
    (no_art6, "missing_art6", Severity.ERROR, "legal_basis.art6"),
    (no_art10, "missing_art10", Severity.ERROR, "legal_basis.art10"),
    (led_sender_with_gdpr_basis_only, "missing_national_basis", Severity.ERROR, "national_law"),
    (no_24_7_at_recipient, "trigger_without_24_7", Severity.ERROR, "to_partner_id"),
    (trigger_not_chosen, "trigger_missing", Severity.ERROR, "trigger"),
    (no_four_eyes, "trigger_without_four_eyes", Severity.WARNING, "four_eyes"),
    (no_deputy, "contact_without_deputy", Severity.WARNING, "contacts[0].deputy_id"),
    (
        referral_without_contact,
        "referral_without_contact",
        Severity.WARNING,
        "further_actors[1].contact",
    ),
    (one_direction, "one_directional", Severity.WARNING, "sharing_rules"),
    (role_nobody_has, "role_without_contact", Severity.ERROR, "recipient_roles"),
    (counselling_content_routinely, "counselling_content_shared", Severity.ERROR, "when"),
    (
        counselling_content_by_consent_not_marked_personal,
        "counselling_content_shared",
        Severity.ERROR,
        "sharing_rules[3].when",
    ),
    (threshold_possible, "trigger_threshold_too_low", Severity.ERROR, "threshold"),
    (no_threshold, "trigger_threshold_too_low", Severity.ERROR, "threshold"),
    (no_imminence, "trigger_imminence", Severity.ERROR, "imminence"),
    (danger_only_foreseeable, "trigger_imminence", Severity.ERROR, "imminence"),
    (threshold_on_the_reporting_duty, "statutory_trigger_threshold", Severity.ERROR, "threshold"),
    (four_eyes_on_the_reporting_duty, "personal_duty_four_eyes", Severity.ERROR, "four_eyes"),
    (routine_personal_data_to_the_police, "routine_to_security", Severity.ERROR, "[0].when"),
    (routine_personal_data_to_the_police, "disclosure_not_logged", Severity.ERROR, "[0].logged"),
    (consent_disclosure_not_logged, "disclosure_not_logged", Severity.ERROR, "[3].logged"),
    (
        vital_interests_for_a_client_who_can_consent,
        "art9c_able_to_consent",
        Severity.ERROR,
        "legal_basis.art9",
    ),
    (
        special_category_without_recipient_role,
        "sensitive_without_recipient_role",
        Severity.ERROR,
        "recipient_roles",
    ),
    (ngo_under_police_law, "ngo_under_law_enforcement_regime", Severity.WARNING, "partners[0]"),
    (
        trigger_disclosure_to_an_intelligence_service,
        "trigger_to_intelligence",
        Severity.ERROR,
        "to_partner_id",
    ),
    (never_shared_but_shared, "never_and_shared", Severity.ERROR, "[3].when"),
    (never_shared_by_name_but_shared, "never_and_shared", Severity.ERROR, "[3].when"),
    (open_action_due_before_signing, "open_before_signing", Severity.ERROR, "actions[5].status"),
    (no_review_date, "no_review_date", Severity.ERROR, "next_review_date"),
    (no_signatory, "partner_without_signatory", Severity.ERROR, "partners[1].representatives"),
    (gap_without_action, "gap_without_action", Severity.ERROR, "actions"),
    (perception_gap_action_dropped, "gap_without_action", Severity.ERROR, "actions"),
    (action_without_owner, "action_incomplete", Severity.WARNING, "actions[0]"),
    (dpia_not_started, "sensitive_without_dpia", Severity.ERROR, "dpia.status"),
    (dpia_not_required, "dpia_marked_not_required", Severity.WARNING, "dpia.required"),
    (no_retention, "no_retention", Severity.WARNING, "retention"),
    (no_channel, "no_channel", Severity.WARNING, "channel"),
    (no_never_rule, "no_hard_limits", Severity.WARNING, "sharing_rules"),
    (
        special_category_but_not_personal,
        "sensitive_not_personal",
        Severity.ERROR,
        "sharing_rules[0].personal_data",
    ),
    (
        criminal_offences_but_not_personal,
        "sensitive_not_personal",
        Severity.ERROR,
        "sharing_rules[1].personal_data",
    ),
]


@pytest.mark.parametrize("language", ["en", "de"])
def test_the_demo_passes_every_check(language: str) -> None:
    assert check_agreement(demo_agreement(language, today=DEMO_DAY)) == []


@pytest.mark.parametrize(
    ("mutate", "code", "severity", "field"), CASES, ids=[c[0].__name__ for c in CASES]
)
def test_check_fires(
    demo: Agreement,
    mutate: Callable[[Agreement], None],
    code: str,
    severity: Severity,
    field: str,
) -> None:
    mutate(demo)
    findings = [f for f in check_agreement(demo) if f.code == code]
    assert findings, f"expected the check {code}"
    finding = findings[0]
    assert finding.severity is severity
    assert field in finding.field
    for language in ("en", "de"):
        text = finding.message(language)
        assert "{" not in text and len(text) > 20
    assert (finding in blocking(findings)) is (severity is Severity.ERROR)


def test_messages_name_the_entry(demo: Agreement) -> None:
    no_art9(demo)
    finding = next(f for f in check_agreement(demo) if f.code == "missing_art9")
    assert finding.subject_id == "r-confirmation"
    assert "Confirmation that counselling takes place" in finding.message()


def test_non_personal_data_needs_no_legal_basis(demo: Agreement) -> None:
    trends = rule(demo, "r-trends-ngo")
    assert not trends.personal_data and trends.legal_basis.is_empty
    assert not [f for f in check_agreement(demo) if f.subject_id == "r-trends-ngo"]


# personal data routinely from the NGO to the police: never, and never unlogged
ROUTINE_TO_POLICE = {"routine_to_security", "disclosure_not_logged"}


@pytest.mark.parametrize(
    ("flag", "basis_codes"),
    [
        (
            "special_category",
            {"missing_art6", "missing_art9", "no_retention", "sensitive_without_recipient_role"}
            | ROUTINE_TO_POLICE,
        ),
        (
            "criminal_offence_data",
            {"missing_art6", "missing_art10", "no_retention"} | ROUTINE_TO_POLICE,
        ),
    ],
)
def test_sensitive_data_is_personal_data_even_when_not_ticked(
    demo: Agreement, flag: str, basis_codes: set[str]
) -> None:
    trends = rule(demo, "r-trends-ngo")
    setattr(trends, flag, True)
    assert not trends.personal_data and trends.involves_personal_data
    findings = [f for f in check_agreement(demo) if f.subject_id == "r-trends-ngo"]
    assert {f.code for f in findings} == {"sensitive_not_personal"} | basis_codes
    message = next(f for f in findings if f.code == "sensitive_not_personal").message("de")
    assert "„Anonymised case numbers and trends“" in message
    assert "Personenbezogene Daten" in message
    trends.personal_data = True
    codes = {f.code for f in check_agreement(demo) if f.subject_id == "r-trends-ngo"}
    assert codes == basis_codes  # ticking it leaves only what the rule itself lacks


@pytest.mark.parametrize("trigger", list(Trigger))
def test_counselling_content_on_a_statutory_or_emergency_trigger_is_allowed(
    demo: Agreement, trigger: Trigger
) -> None:
    r = rule(demo, "r-counselling-never")
    r.legal_basis = LegalBasis(art6="6(4)", art9="open", art10="§ 24(1) No. 1 BDSG")
    r.when = SharingWhen.ON_TRIGGER
    r.trigger = trigger
    if trigger is Trigger.IMMINENT_DANGER:
        r.threshold, r.imminence, r.four_eyes = Likelihood.LIKELY, Imminence.PRESENT, True
    if trigger is Trigger.CHILD_ENDANGERMENT:
        r.four_eyes = True
    r.logged = True
    r.recipient_roles = ["Situation centre duty officer"]
    r.retention = "as the LKA's rules say"
    r.channel = "phone"  # type: ignore[assignment]
    codes = {f.code for f in check_agreement(demo)}
    assert "counselling_content_shared" not in codes
    # the NGO no longer states any hard limit
    assert codes == {"no_hard_limits"}


def test_vital_interests_fit_a_person_unable_to_consent(demo: Agreement) -> None:
    vital_interests_for_a_client_who_can_consent(demo)
    assert "art9c_able_to_consent" in {f.code for f in check_agreement(demo)}
    rule(demo, "r-imminent-danger").subject_unable_to_consent = True
    assert check_agreement(demo) == []


def test_a_danger_to_the_ngo_may_go_to_the_police_but_never_to_an_intelligence_service(
    demo: Agreement,
) -> None:
    trigger_disclosure_to_an_intelligence_service(demo)
    flagged = {f.subject_id for f in check_agreement(demo) if f.code == "trigger_to_intelligence"}
    assert flagged == {"r-planned-offence", "r-imminent-danger"}  # the NGO's trigger rules


def test_an_action_due_before_signing_blocks_only_while_open(demo: Agreement) -> None:
    action = next(x for x in demo.actions if x.id == "act-legal-perception")
    for status, blocks in [
        (ActionStatus.OPEN, True),
        (ActionStatus.IN_PROGRESS, True),
        (ActionStatus.DONE, False),
        (ActionStatus.DROPPED, False),
    ]:
        action.status = status
        codes = {f.code for f in blocking(check_agreement(demo))}
        assert ("open_before_signing" in codes) is blocks, status
    action.before_signing = False
    action.status = ActionStatus.OPEN
    assert "open_before_signing" not in {f.code for f in check_agreement(demo)}


def test_errors_come_before_warnings(demo: Agreement) -> None:
    no_deputy(demo)
    no_review_date(demo)
    severities = [f.severity for f in check_agreement(demo)]
    assert severities == sorted(severities, key=lambda s: s is Severity.WARNING)
    assert severities[0] is Severity.ERROR


def test_an_action_still_open_past_its_due_date_is_a_warning_until_moved_or_closed(
    demo: Agreement,
) -> None:
    today = dt.date(2027, 11, 27)
    action = demo.actions[0]
    action.due_date = dt.date(2027, 2, 4)
    for status in (ActionStatus.OPEN, ActionStatus.IN_PROGRESS, ActionStatus.NOT_DONE):
        action.status = status
        (found,) = [f for f in check_agreement(demo, today=today) if f.subject_id == action.id]
        assert (found.severity, found.field, found.subject_id) == (
            Severity.WARNING,
            "actions[0].due_date",
            action.id,
        )
    assert found.message() == (
        f"The action '{action.text}' was due on 4 Feb 2027, and its status is still 'Not "
        "done'. Move its due date, or record what became of it: done, not done or dropped."
    )
    assert found.message("de").startswith(
        f"Der Termin der Maßnahme „{action.text}“ war der 04.02.2027; ihr Stand ist noch "
        "„Nicht erledigt“."
    )
    for status in (ActionStatus.DONE, ActionStatus.DROPPED):  # closed
        action.status = status
        assert _past_due(demo, today) == []
    action.status = ActionStatus.OPEN
    action.due_date = today  # moved: due today is not past
    assert _past_due(demo, today) == []


def _past_due(agreement: Agreement, today: dt.date) -> list[str | None]:
    """The past-due warning about the first action, if there is one."""
    return [
        f.subject_id
        for f in check_agreement(agreement, today=today)
        if f.code == "action_past_due" and f.subject_id == agreement.actions[0].id
    ]


def test_due_dates_are_checked_against_the_programs_clock(demo: Agreement) -> None:
    demo.actions[0].due_date = clock.today() - dt.timedelta(days=1)
    assert [f.subject_id for f in check_agreement(demo) if f.code == "action_past_due"] == [
        demo.actions[0].id
    ]
