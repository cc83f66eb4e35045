"""What the law says about each trigger and each partner, as data the checks read.

Not legal advice: it is what a draft must get right or leave to the partners' lawyers (see the
domain brief, "Legal depth"). The checks in :mod:`coopbuilder.core.checks` read these tables,
and the clause library states the same in words, so a check and the text it guards agree.
"""

from __future__ import annotations

from dataclasses import dataclass

from coopbuilder.core.agreement import Agreement
from coopbuilder.core.parties import Partner
from coopbuilder.core.sharing import SharingRule
from coopbuilder.core.vocabulary import (
    SECURITY_KINDS,
    Art9Condition,
    DataProtectionRegime,
    DpiaStatus,
    FieldOfWork,
    Imminence,
    Likelihood,
    MeetingKind,
    PartnerKind,
    Sector,
    SharingWhen,
    Trigger,
)

LIKELIHOOD_ORDER = (Likelihood.POSSIBLE, Likelihood.LIKELY, Likelihood.VERY_LIKELY)

MINIMUM_LIKELIHOOD = Likelihood.LIKELY
"""The lowest probability at which a discretionary trigger allows a transfer; the principles and
the triggers section of the clause library state the same ("from 'likely' upwards")."""


@dataclass(frozen=True)
class TriggerLaw:
    """What the law makes of one trigger.

    ``statutory``: the law sets the condition itself (§ 138 StGB, § 8a SGB VIII / § 4 KKG), so
    the partners cannot set a threshold of their own. ``personal_duty``: the duty binds each
    person who learns of it, so no four-eyes decision can decide whether it is met.
    ``minimum``: the lowest probability the partners may set (discretionary triggers).
    ``imminence``: the imminence the threshold must state (§ 34 StGB: a present danger).
    """

    statutory: bool
    personal_duty: bool = False
    minimum: Likelihood | None = None
    imminence: Imminence | None = None


TRIGGER_LAW: dict[Trigger, TriggerLaw] = {
    Trigger.IMMINENT_DANGER: TriggerLaw(
        statutory=False, minimum=MINIMUM_LIKELIHOOD, imminence=Imminence.PRESENT
    ),
    Trigger.PLANNED_SERIOUS_OFFENCE: TriggerLaw(statutory=True, personal_duty=True),
    Trigger.CHILD_ENDANGERMENT: TriggerLaw(statutory=True),
}

LAW_ENFORCEMENT_REGIMES = frozenset(
    {DataProtectionRegime.LED_AUTHORITY, DataProtectionRegime.OUTSIDE_EU_LAW}
)


_GDPR = DataProtectionRegime.GDPR_CONTROLLER
_LED = DataProtectionRegime.LED_AUTHORITY
_OUTSIDE = DataProtectionRegime.OUTSIDE_EU_LAW

REGIMES_BY_KIND: dict[PartnerKind, frozenset[DataProtectionRegime]] = {
    PartnerKind.NGO: frozenset({_GDPR}),
    PartnerKind.POLICE: frozenset({_LED}),
    PartnerKind.FEDERAL_POLICE: frozenset({_LED}),
    PartnerKind.INTELLIGENCE: frozenset({_OUTSIDE}),
    PartnerKind.PRISON: frozenset({_LED, _GDPR}),
    PartnerKind.PROBATION: frozenset({_LED, _GDPR}),
    PartnerKind.YOUTH_WELFARE: frozenset({_GDPR}),
    PartnerKind.SCHOOL: frozenset({_GDPR}),
    PartnerKind.HEALTH: frozenset({_GDPR}),
    PartnerKind.OTHER: frozenset(DataProtectionRegime),
}
"""The data-protection regimes the law of each partner kind allows, as the clause library names
that law (the words ``law_<kind>``): a police force, the Federal Police or the BKA process under
the Law Enforcement Directive (the state police and data-protection acts, Part 3 of the BDSG); an
intelligence service outside Union law (BVerfSchG, Land acts); a prison and probation under the
justice data-protection acts, which transpose the Directive for the execution of sentences and
leave the rest to the GDPR; a youth welfare office under the GDPR with SGB VIII §§ 61-65 and
SGB X (social data are never processed under the Directive); a school or a health service under
the GDPR; of an other authority the lawyers decide. A partner set to any other regime would make
the draft contradict itself: the regimes clause would state one law and the text of its kind
another."""


def regime_fits(partner: Partner) -> bool:
    """Whether the partner's data-protection regime is one its kind's law allows."""
    return partner.regime in REGIMES_BY_KIND[partner.kind]


def sector_fits(partner: Partner) -> bool:
    """Whether the partner's sector is its kind's: an NGO is never on the security side, a police
    force, an intelligence service, a prison or probation always is. The checks on what goes
    from the NGO to a security partner (case by case only, logged) read the sector, so a partner
    on the wrong side would slip past them. The other kinds may be on either side."""
    if partner.kind is PartnerKind.NGO:
        return partner.sector is Sector.NON_SECURITY
    if partner.kind in SECURITY_KINDS:
        return partner.sector is Sector.SECURITY
    return True


def below(threshold: Likelihood, minimum: Likelihood) -> bool:
    return LIKELIHOOD_ORDER.index(threshold) < LIKELIHOOD_ORDER.index(minimum)


def is_civil_to_security(sender: Partner, recipient: Partner) -> bool:
    """Whether a rule goes from the non-security side (the NGO) to a security partner."""
    return sender.sector is Sector.NON_SECURITY and recipient.sector is Sector.SECURITY


def is_exception_trigger(rule: SharingRule) -> bool:
    """Whether the rule is shared on a statutory or emergency trigger: the only rules under which
    counselling content or what is otherwise never shared may be disclosed."""
    return rule.when is SharingWhen.ON_TRIGGER and rule.trigger is not None


def is_intelligence(partner: Partner) -> bool:
    return (
        partner.kind is PartnerKind.INTELLIGENCE
        or partner.regime is DataProtectionRegime.OUTSIDE_EU_LAW
    )


def data_kinds(rule: SharingRule) -> set[str]:
    """The protected kinds of data a rule is marked with."""
    return {
        name
        for name, on in (
            ("special_category", rule.special_category),
            ("criminal_offence_data", rule.criminal_offence_data),
            ("counselling_content", rule.counselling_content),
        )
        if on
    }


def contradicting_never_rule(rules: list[SharingRule], rule: SharingRule) -> SharingRule | None:
    """The 'never' rule that a shared rule contradicts: same sender and recipient, and the same
    category name or a protected kind of data the 'never' rule says is never shared, where the
    shared rule is not one of the statutory or emergency triggers."""
    if not rule.is_shared or is_exception_trigger(rule):
        return None
    for never in rules:
        if never.is_shared or never.from_partner_id != rule.from_partner_id:
            continue
        if never.to_partner_id != rule.to_partner_id:
            continue
        same_name = never.category.strip().casefold() == rule.category.strip().casefold()
        if same_name or data_kinds(never) & data_kinds(rule):
            return never
    return None


@dataclass(frozen=True)
class OpenQuestion:
    """A legal question the partners left for their lawyers: what to ask (``code``, a word of
    the clause library, with ``params``) and the section of the agreement it concerns."""

    code: str
    section: str
    params: dict[str, str]


def open_questions(agreement: Agreement) -> list[OpenQuestion]:
    """Every open legal question of the draft, in the order of the agreement, for the lawyers'
    edition: what the partners confirmed as open, left unnamed or cannot decide themselves."""
    out = [OpenQuestion("q_nature", "final", {"nature": agreement.legal_nature.value})]
    for partner in agreement.partners:
        if partner.kind is PartnerKind.OTHER:
            out.append(OpenQuestion("q_law_other", "parties", {"partner": partner.name}))
    for number, rule in enumerate(agreement.sharing_rules, start=1):
        if not (rule.is_shared and rule.involves_personal_data):
            continue
        params = {"number": str(number), "category": rule.category}
        basis = rule.legal_basis
        if basis.art9 is Art9Condition.OPEN:
            out.append(OpenQuestion("q_art9", "sharing", params))
        for text in (basis.national_law, basis.collection):
            if text and not any(char.isdigit() for char in text):
                out.append(OpenQuestion("q_provision", "sharing", {**params, "text": text}))
        if not basis.collection:
            recipient = agreement.partner(rule.to_partner_id).name
            out.append(OpenQuestion("q_collection", "sharing", {**params, "recipient": recipient}))
    if FieldOfWork.FAMILY in agreement.fields_of_work:
        out.append(OpenQuestion("q_family_member", "sharing", {}))
    if FieldOfWork.RETURNEES in agreement.fields_of_work:
        out.append(OpenQuestion("q_returnee_children", "triggers", {}))
    for actor in agreement.further_actors:
        if actor.referral:
            out.append(OpenQuestion("q_referral", "further_actors", {"actor": actor.name}))
    if any(m.kind is MeetingKind.CASE_CONFERENCE for m in agreement.meetings):
        out.append(OpenQuestion("q_joint_control", "parties", {}))
    if FieldOfWork.FAMILY in agreement.fields_of_work:
        out.append(OpenQuestion("q_family_information", "governance", {}))
    if agreement.dpia.required and agreement.dpia.status is not DpiaStatus.DONE:
        out.append(OpenQuestion("q_dpia", "dpia", {}))
    return out
