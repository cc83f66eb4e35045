"""Agreement checks: what must be fixed before an agreement is ready to sign (errors), and what
the partners should look at (warnings). Every finding names the field it concerns and the entry
(``subject_id``) so the GUI can show it next to the row."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from enum import StrEnum

from babel.dates import format_date
from pydantic import BaseModel, ConfigDict, Field

from coopbuilder.core import clock
from coopbuilder.core.agreement import Agreement
from coopbuilder.core.catalogue import Catalogue, catalogue_for, default_catalogue
from coopbuilder.core.legal import (
    LAW_ENFORCEMENT_REGIMES,
    TRIGGER_LAW,
    below,
    contradicting_never_rule,
    is_civil_to_security,
    is_exception_trigger,
    is_intelligence,
    regime_fits,
    sector_fits,
)
from coopbuilder.core.scoring import AssessmentSummary, assess
from coopbuilder.core.sharing import SharingRule
from coopbuilder.core.texts import check_message, label
from coopbuilder.core.vocabulary import (
    ActionStatus,
    Art9Condition,
    Availability,
    DataProtectionRegime,
    DpiaStatus,
    FindingKind,
    Language,
    PartnerKind,
    Sector,
    SharingWhen,
    default_regime,
    default_sector,
)


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


class CheckFinding(BaseModel):
    model_config = ConfigDict(frozen=True)

    code: str
    severity: Severity
    field: str
    subject_id: str | None = None
    params: dict[str, str] = Field(default_factory=dict)

    def message(self, language: Language | str = Language.EN) -> str:
        """The sentence in ``language`` (names of choices and preconditions translated)."""
        params = dict(self.params)
        for key in ("regime", "expected"):
            if key in params:
                params[key] = label(DataProtectionRegime(params[key]), language)
        for key in ("sector", "expected_sector"):
            if key in params:
                params[key] = label(Sector(params[key]), language)
        if "partner_kind" in params:
            params["partner_kind"] = label(PartnerKind(params["partner_kind"]), language)
        if "kind" in params:
            params["kind"] = label(FindingKind(params["kind"]), language)
        if "precondition" in params:
            precondition = default_catalogue().precondition(params["precondition"])
            params["precondition"] = precondition.name.get(language)
        if "status" in params:
            params["status"] = label(ActionStatus(params["status"]), language)
        if "due" in params:
            day = dt.date.fromisoformat(params["due"])
            params["due"] = format_date(
                day, format="medium", locale=_DATE_LOCALES[Language(language)]
            )
        return check_message(self.code, language, **params)

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR


E, W = Severity.ERROR, Severity.WARNING

_DATE_LOCALES = {Language.EN: "en_GB", Language.DE: "de_DE"}
"""How a check's message writes a date (as the clause libraries do: 27 Mar 2027, 27.03.2027)."""


def _rule_field(index: int, name: str = "") -> str:
    return f"sharing_rules[{index}]" + (f".{name}" if name else "")


def _legal_basis(agreement: Agreement, index: int, rule: SharingRule) -> Iterator[CheckFinding]:
    if not rule.is_shared or not rule.involves_personal_data:
        return
    sender = agreement.partner(rule.from_partner_id)
    basis = rule.legal_basis
    params = {"category": rule.category, "sender": sender.name}
    field = _rule_field(index, "legal_basis")
    if sender.regime is DataProtectionRegime.GDPR_CONTROLLER:
        if basis.art6 is None:
            yield CheckFinding(
                code="missing_art6",
                severity=E,
                field=field + ".art6",
                subject_id=rule.id,
                params=params,
            )
        if (rule.special_category or rule.counselling_content) and basis.art9 is None:
            yield CheckFinding(
                code="missing_art9",
                severity=E,
                field=field + ".art9",
                subject_id=rule.id,
                params=params,
            )
        if rule.criminal_offence_data and not basis.art10:
            yield CheckFinding(
                code="missing_art10",
                severity=E,
                field=field + ".art10",
                subject_id=rule.id,
                params=params,
            )
    elif not basis.national_law:
        yield CheckFinding(
            code="missing_national_basis",
            severity=E,
            field=field + ".national_law",
            subject_id=rule.id,
            params={**params, "regime": sender.regime.value},
        )


def _finding(
    code: str, severity: Severity, index: int, name: str, rule: SharingRule, **params: str
) -> CheckFinding:
    return CheckFinding(
        code=code,
        severity=severity,
        field=_rule_field(index, name),
        subject_id=rule.id,
        params={"category": rule.category, **params},
    )


def _trigger(agreement: Agreement, index: int, rule: SharingRule) -> Iterator[CheckFinding]:
    """The threshold (probability and imminence) and who decides, as the law of the trigger
    allows; a trigger disclosure never goes to an intelligence service."""
    recipient = agreement.partner(rule.to_partner_id)
    if rule.trigger is None:
        yield _finding("trigger_missing", E, index, "trigger", rule)
    else:
        law = TRIGGER_LAW[rule.trigger]
        if law.statutory and rule.threshold is not None:
            yield _finding("statutory_trigger_threshold", E, index, "threshold", rule)
        elif law.minimum is not None and (
            rule.threshold is None or below(rule.threshold, law.minimum)
        ):
            yield _finding("trigger_threshold_too_low", E, index, "threshold", rule)
        if law.imminence is not None and rule.imminence is not law.imminence:
            yield _finding("trigger_imminence", E, index, "imminence", rule)
        if law.personal_duty and rule.four_eyes:
            yield _finding("personal_duty_four_eyes", E, index, "four_eyes", rule)
        elif not law.personal_duty and not (rule.four_eyes and rule.logged):
            yield _finding("trigger_without_four_eyes", W, index, "four_eyes", rule)
    if is_intelligence(recipient):
        yield _finding(
            "trigger_to_intelligence", E, index, "to_partner_id", rule, recipient=recipient.name
        )
    reachable = [
        c
        for c in agreement.contacts_of(recipient.id)
        if c.availability is Availability.ROUND_THE_CLOCK
    ]
    if not reachable:
        yield _finding(
            "trigger_without_24_7", E, index, "to_partner_id", rule, recipient=recipient.name
        )


def _protected_data(agreement: Agreement, index: int, rule: SharingRule) -> Iterator[CheckFinding]:
    """Counselling content, special-category data and what goes from the NGO to a security
    partner: only case by case, logged, to named roles, on a condition that fits."""
    sender = agreement.partner(rule.from_partner_id)
    recipient = agreement.partner(rule.to_partner_id)
    if rule.counselling_content and not is_exception_trigger(rule):
        yield _finding("counselling_content_shared", E, index, "when", rule)
    if is_civil_to_security(sender, recipient) and rule.involves_personal_data:
        params = {"sender": sender.name, "recipient": recipient.name}
        if rule.when is SharingWhen.ROUTINE:
            yield _finding("routine_to_security", E, index, "when", rule, **params)
        if not rule.logged:
            yield _finding("disclosure_not_logged", E, index, "logged", rule, **params)
    if (
        rule.special_category
        and rule.legal_basis.art9 is Art9Condition.VITAL_INTERESTS
        and not rule.subject_unable_to_consent
    ):
        yield _finding("art9c_able_to_consent", E, index, "legal_basis.art9", rule)
    if (rule.special_category or rule.counselling_content) and not rule.recipient_roles:
        yield _finding(
            "sensitive_without_recipient_role",
            E,
            index,
            "recipient_roles",
            rule,
            recipient=recipient.name,
        )
    never = contradicting_never_rule(agreement.sharing_rules, rule)
    if never is not None:
        yield _finding("never_and_shared", E, index, "when", rule, never=never.category)


def _sharing_rule(agreement: Agreement, index: int, rule: SharingRule) -> Iterator[CheckFinding]:
    recipient = agreement.partner(rule.to_partner_id)
    if rule.marked_sensitive_not_personal:
        yield _finding("sensitive_not_personal", E, index, "personal_data", rule)
    yield from _legal_basis(agreement, index, rule)
    if rule.when is SharingWhen.ON_TRIGGER:
        yield from _trigger(agreement, index, rule)
    if not rule.is_shared:
        return
    yield from _protected_data(agreement, index, rule)
    roles = {c.role.casefold() for c in agreement.contacts_of(recipient.id)}
    for role in rule.recipient_roles:
        if role.casefold() not in roles:
            yield _finding(
                "role_without_contact",
                E,
                index,
                "recipient_roles",
                rule,
                role=role,
                recipient=recipient.name,
            )
    if rule.involves_personal_data and not rule.retention:
        yield _finding("no_retention", W, index, "retention", rule)
    if rule.channel is None:
        yield _finding("no_channel", W, index, "channel", rule)


def _sharing(agreement: Agreement) -> Iterator[CheckFinding]:
    for index, rule in enumerate(agreement.sharing_rules):
        yield from _sharing_rule(agreement, index, rule)
    shared = [r for r in agreement.sharing_rules if r.is_shared]
    directions = {(r.from_partner_id, r.to_partner_id) for r in shared}
    if len(directions) == 1:
        sender_id, recipient_id = next(iter(directions))
        yield CheckFinding(
            code="one_directional",
            severity=W,
            field="sharing_rules",
            params={
                "sender": agreement.partner(sender_id).name,
                "recipient": agreement.partner(recipient_id).name,
            },
        )
    if agreement.sharing_rules and not any(not r.is_shared for r in agreement.sharing_rules):
        yield CheckFinding(code="no_hard_limits", severity=W, field="sharing_rules")
    if any(r.is_shared and r.is_sensitive for r in agreement.sharing_rules):
        if agreement.dpia.status is DpiaStatus.NOT_STARTED:
            yield CheckFinding(code="sensitive_without_dpia", severity=E, field="dpia.status")
        elif agreement.dpia.status is DpiaStatus.NOT_REQUIRED or not agreement.dpia.required:
            yield CheckFinding(code="dpia_marked_not_required", severity=W, field="dpia.required")


def _contacts(agreement: Agreement) -> Iterator[CheckFinding]:
    for index, contact in enumerate(agreement.contacts):
        if contact.deputy_id is None:
            yield CheckFinding(
                code="contact_without_deputy",
                severity=W,
                field=f"contacts[{index}].deputy_id",
                subject_id=contact.id,
                params={
                    "contact": contact.name,
                    "partner": agreement.partner(contact.partner_id).name,
                },
            )


def _further_actors(agreement: Agreement) -> Iterator[CheckFinding]:
    """A further actor that refers cases (an advice centre's hotline) needs a contact: a
    referral the partners cannot answer or ask about breaks the chain."""
    for index, actor in enumerate(agreement.further_actors):
        if actor.referral and not actor.contact:
            yield CheckFinding(
                code="referral_without_contact",
                severity=W,
                field=f"further_actors[{index}].contact",
                subject_id=actor.id,
                params={"actor": actor.name},
            )


def _parties_and_review(agreement: Agreement) -> Iterator[CheckFinding]:
    if agreement.next_review_date is None:
        yield CheckFinding(code="no_review_date", severity=E, field="next_review_date")
    for index, partner in enumerate(agreement.partners):
        if partner.kind is PartnerKind.NGO and partner.regime in LAW_ENFORCEMENT_REGIMES:
            yield CheckFinding(
                code="ngo_under_law_enforcement_regime",
                severity=W,
                field=f"partners[{index}].regime",
                subject_id=partner.id,
                params={"partner": partner.name, "regime": partner.regime.value},
            )
        elif not regime_fits(partner):
            yield CheckFinding(
                code="regime_not_for_kind",
                severity=E,
                field=f"partners[{index}].regime",
                subject_id=partner.id,
                params={
                    "partner": partner.name,
                    "regime": partner.regime.value,
                    "partner_kind": partner.kind.value,
                    "expected": default_regime(partner.kind).value,
                },
            )
        if not sector_fits(partner):
            yield CheckFinding(
                code="sector_not_for_kind",
                severity=E,
                field=f"partners[{index}].sector",
                subject_id=partner.id,
                params={
                    "partner": partner.name,
                    "partner_kind": partner.kind.value,
                    "sector": partner.sector.value,
                    "expected_sector": default_sector(partner.kind).value,
                },
            )
        if not partner.signatories:
            yield CheckFinding(
                code="partner_without_signatory",
                severity=E,
                field=f"partners[{index}].representatives",
                subject_id=partner.id,
                params={"partner": partner.name},
            )


def _actions(agreement: Agreement, summary: AssessmentSummary) -> Iterator[CheckFinding]:
    answered = {
        (a.precondition_id, a.finding)
        for a in agreement.actions
        if a.status is not ActionStatus.DROPPED
    }
    for finding in summary.findings_needing_action():
        if (finding.precondition_id, finding.kind) not in answered:
            yield CheckFinding(
                code="gap_without_action",
                severity=E,
                field="actions",
                subject_id=finding.precondition_id,
                params={"kind": finding.kind.value, "precondition": finding.precondition_id},
            )
    for index, action in enumerate(agreement.actions):
        if action.before_signing and action.is_open:
            yield CheckFinding(
                code="open_before_signing",
                severity=E,
                field=f"actions[{index}].status",
                subject_id=action.id,
                params={"action": action.text},
            )
        if action.status is not ActionStatus.DROPPED and (
            not action.has_owner or action.due_date is None
        ):
            yield CheckFinding(
                code="action_incomplete",
                severity=W,
                field=f"actions[{index}]",
                subject_id=action.id,
                params={"action": action.text},
            )


STILL_OPEN = frozenset({ActionStatus.OPEN, ActionStatus.IN_PROGRESS, ActionStatus.NOT_DONE})
"""The statuses of an action nobody has closed (done or dropped)."""


def _past_due_actions(agreement: Agreement, today: dt.date) -> Iterator[CheckFinding]:
    """An action still open whose due date has passed (one carried over from the last review,
    typically) is a warning until its date is moved or it is closed."""
    for index, action in enumerate(agreement.actions):
        if action.status in STILL_OPEN and action.due_date and action.due_date < today:
            yield CheckFinding(
                code="action_past_due",
                severity=W,
                field=f"actions[{index}].due_date",
                subject_id=action.id,
                params={
                    "action": action.text,
                    "due": action.due_date.isoformat(),
                    "status": action.status.value,
                },
            )


def check_agreement(
    agreement: Agreement,
    catalogue: Catalogue | None = None,
    summary: AssessmentSummary | None = None,
    today: dt.date | None = None,
) -> list[CheckFinding]:
    """Every check on the agreement, errors first, in a stable order. ``today`` (default: the
    clock's) is the day due dates are checked against."""
    catalogue = catalogue_for(agreement.catalogue_version, catalogue)
    summary = summary or assess(agreement, catalogue)
    findings = [
        *_parties_and_review(agreement),
        *_actions(agreement, summary),
        *_past_due_actions(agreement, today or clock.today()),
        *_sharing(agreement),
        *_contacts(agreement),
        *_further_actors(agreement),
    ]
    return sorted(findings, key=lambda f: 0 if f.is_error else 1)


def blocking(findings: list[CheckFinding]) -> list[CheckFinding]:
    """The findings that keep an agreement from being ready to sign."""
    return [f for f in findings if f.is_error]
