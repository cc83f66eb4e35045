"""Each agreement check fires on the mistake it is for, and stays quiet on the demo."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from coopbuilder.core import clock
from coopbuilder.core.agreement import Agreement
from coopbuilder.core.checks import Severity, blocking, check_agreement
from coopbuilder.core.parties import EscalationContact
from coopbuilder.core.sharing import LegalBasis, SharingRule
from coopbuilder.core.vocabulary import (
    ActionStatus,
    Availability,
    DpiaStatus,
    SharingWhen,
    Trigger,
)


def rule(agreement: Agreement, rule_id: str) -> SharingRule:
    return next(r for r in agreement.sharing_rules if r.id == rule_id)


def contact(agreement: Agreement, contact_id: str) -> EscalationContact:
    return agreement.contact(contact_id)


def no_art9(a: Agreement) -> None:
    rule(a, "r-confirmation").legal_basis = LegalBasis(art6="a")


def no_art6(a: Agreement) -> None:
    rule(a, "r-contacts-ngo").legal_basis = LegalBasis(note="none")


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
    rule(a, "r-planned-offence").four_eyes = False


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


def counselling_content_on_offence_trigger(a: Agreement) -> None:
    r = rule(a, "r-counselling-never")
    r.legal_basis = LegalBasis(art6="c", art9="g")
    r.when = SharingWhen.ON_TRIGGER
    r.trigger = Trigger.PLANNED_SERIOUS_OFFENCE
    r.four_eyes = r.logged = True


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
    (one_direction, "one_directional", Severity.WARNING, "sharing_rules"),
    (role_nobody_has, "role_without_contact", Severity.WARNING, "recipient_roles"),
    (counselling_content_routinely, "counselling_content_shared", Severity.ERROR, "when"),
    (counselling_content_on_offence_trigger, "counselling_content_shared", Severity.ERROR, "when"),
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


def test_the_demo_passes_every_check(demo: Agreement) -> None:
    assert check_agreement(demo) == []


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
    text = finding.message("en")
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


@pytest.mark.parametrize(
    ("flag", "basis_codes"),
    [
        ("special_category", {"missing_art6", "missing_art9", "no_retention"}),
        ("criminal_offence_data", {"missing_art6", "missing_art10", "no_retention"}),
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


def test_counselling_content_on_imminent_danger_is_allowed(demo: Agreement) -> None:
    r = rule(demo, "r-counselling-never")
    r.legal_basis = LegalBasis(art6="d", art9="c")
    r.when = SharingWhen.ON_TRIGGER
    r.trigger = Trigger.IMMINENT_DANGER
    r.four_eyes = r.logged = True
    r.retention = "as the LKA's rules say"
    r.channel = "phone"  # type: ignore[assignment]
    codes = {f.code for f in check_agreement(demo)}
    assert "counselling_content_shared" not in codes
    # the NGO no longer states any hard limit
    assert codes == {"no_hard_limits"}


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
