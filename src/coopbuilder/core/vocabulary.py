"""The fixed choices of the domain, named with the words of the domain brief.

Values are stable strings: they are stored in exchange files and databases. What a person reads
for each value (in English or German) lives in ``resources/texts/<lang>.yaml``.
"""

from __future__ import annotations

from enum import IntEnum, StrEnum

DUE_SOON_DAYS = 60
"""The Reviews view and ``coopbuilder reviews`` show the reviews due within this many days
(here, with no model around it, so that the command line knows it without loading the models)."""


class Language(StrEnum):
    EN = "en"
    DE = "de"


class AgreementStatus(StrEnum):
    DRAFT = "draft"
    READY_TO_SIGN = "ready_to_sign"
    SIGNED = "signed"
    SUPERSEDED = "superseded"
    TERMINATED = "terminated"


class PartnerKind(StrEnum):
    NGO = "ngo"
    POLICE = "police"  # the police of a Land (state police, state criminal police office)
    FEDERAL_POLICE = "federal_police"  # the Federal Police or the Federal Criminal Police Office
    INTELLIGENCE = "intelligence"
    PRISON = "prison"
    PROBATION = "probation"
    YOUTH_WELFARE = "youth_welfare"
    SCHOOL = "school"
    HEALTH = "health"
    OTHER = "other"


class GermanArticle(StrEnum):
    """The grammatical article a partner's name takes in German running text ("das LKA",
    "die JVA", "der Verein"); German clauses decline it ("vom LKA", "beim LKA")."""

    DER = "der"
    DIE = "die"
    DAS = "das"


class LegalNature(StrEnum):
    """What the agreement is in law: a non-binding memorandum of understanding, or a public-law
    contract (§§ 54 ff. VwVfG). Neither is a legal basis for any transfer."""

    MEMORANDUM = "memorandum"
    PUBLIC_LAW_CONTRACT = "public_law_contract"


class FieldOfWork(StrEnum):
    """What the non-security partner's counselling covers, where it changes the agreement's
    text: family counselling brings relatives as callers and as data subjects, work with
    returnees pending criminal proceedings and children who came back with them."""

    EXIT = "exit"  # exit and disengagement counselling with the person concerned
    FAMILY = "family"  # counselling of parents and relatives of a person at risk
    RETURNEES = "returnees"  # people back from conflict zones, and their families


class Sector(StrEnum):
    SECURITY = "security"
    NON_SECURITY = "non_security"


class DataProtectionRegime(StrEnum):
    """Under which data-protection law a partner processes the data it shares."""

    GDPR_CONTROLLER = "gdpr_controller"
    LED_AUTHORITY = "led_authority"  # Law Enforcement Directive (EU) 2016/680 competent authority
    OUTSIDE_EU_LAW = "outside_eu_law"  # e.g. intelligence services (national security)


class SharingWhen(StrEnum):
    NEVER = "never"
    ROUTINE = "routine"
    ON_REQUEST_WITH_CONSENT = "on_request_with_consent"
    ON_TRIGGER = "on_trigger"


class Trigger(StrEnum):
    IMMINENT_DANGER = "imminent_danger"  # risk to life or limb of the client or others
    PLANNED_SERIOUS_OFFENCE = "planned_serious_offence"  # § 138 StGB reporting duty
    CHILD_ENDANGERMENT = "child_endangerment"


class Likelihood(StrEnum):
    """How probable a harm must be before a trigger allows a transfer."""

    POSSIBLE = "possible"
    LIKELY = "likely"
    VERY_LIKELY = "very_likely"


class Imminence(StrEnum):
    """How soon a harm must be expected before a trigger allows a transfer; with
    :class:`Likelihood` it makes the threshold (probability and imminence)."""

    PRESENT = "present"  # a present danger: the harm may occur at any moment (§ 34 StGB)
    FORESEEABLE = "foreseeable"  # expected in the foreseeable future, not yet present


class Channel(StrEnum):
    IN_PERSON = "in_person"
    PHONE = "phone"
    SECURE_EMAIL = "secure_email"
    LETTER = "letter"
    STEERING_MEETING = "steering_meeting"
    CASE_CONFERENCE = "case_conference"


class Art6Basis(StrEnum):
    """GDPR Art. 6(1) lawful bases, and the change of purpose of Art. 6(4) with § 24(1) No. 1
    BDSG (a private body disclosing what it holds for another purpose, to avert a danger)."""

    CONSENT = "a"
    CONTRACT = "b"
    LEGAL_OBLIGATION = "c"
    VITAL_INTERESTS = "d"
    PUBLIC_TASK = "e"
    LEGITIMATE_INTERESTS = "f"
    CHANGE_OF_PURPOSE = "6(4)"


class Art9Condition(StrEnum):
    """GDPR Art. 9(2) conditions for special-category data (the ones that can apply here)."""

    EXPLICIT_CONSENT = "a"
    EMPLOYMENT_SOCIAL_PROTECTION = "b"
    VITAL_INTERESTS = "c"
    MADE_PUBLIC = "e"
    LEGAL_CLAIMS = "f"
    SUBSTANTIAL_PUBLIC_INTEREST = "g"
    HEALTH_SOCIAL_CARE = "h"
    OPEN = "open"  # an Art. 9(2) condition with § 22 / § 24(2) BDSG, for the lawyers to name


class ContactLevel(IntEnum):
    CASE_WORKER = 1
    COORDINATOR = 2
    DIRECTOR = 3


class Availability(StrEnum):
    OFFICE_HOURS = "office_hours"
    ROUND_THE_CLOCK = "24_7"


class MeetingKind(StrEnum):
    CASE_CONFERENCE = "case_conference"
    STEERING = "steering"
    NON_FORMAL = "non_formal"


class Cadence(StrEnum):
    AS_NEEDED = "as_needed"
    WEEKLY = "weekly"
    MONTHLY = "monthly"
    QUARTERLY = "quarterly"
    TWICE_A_YEAR = "twice_a_year"
    YEARLY = "yearly"


class ActionStatus(StrEnum):
    """Where an action stands. At a review the partners decide what became of each action:
    done, not done (it goes on; carried into the next version as open) or dropped; open and in
    progress say that nobody has decided yet."""

    OPEN = "open"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    NOT_DONE = "not_done"
    DROPPED = "dropped"


class FindingKind(StrEnum):
    """What an assessment finding is; an action answers one of these."""

    GAP = "gap"
    PERCEPTION_GAP = "perception_gap"
    BORDERLINE = "borderline"
    KNOWLEDGE_GAP = "knowledge_gap"  # "don't know" on a statement about what the rater knows


class DpiaStatus(StrEnum):
    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    NOT_REQUIRED = "not_required"


SECURITY_KINDS = frozenset(
    {
        PartnerKind.POLICE,
        PartnerKind.FEDERAL_POLICE,
        PartnerKind.INTELLIGENCE,
        PartnerKind.PRISON,
        PartnerKind.PROBATION,
    }
)


def default_sector(kind: PartnerKind) -> Sector:
    """The sector a partner of this kind usually belongs to."""
    return Sector.SECURITY if kind in SECURITY_KINDS else Sector.NON_SECURITY


def default_regime(kind: PartnerKind) -> DataProtectionRegime:
    """The data-protection regime a partner of this kind usually processes under."""
    if kind is PartnerKind.INTELLIGENCE:
        return DataProtectionRegime.OUTSIDE_EU_LAW
    if kind in (
        PartnerKind.POLICE,
        PartnerKind.FEDERAL_POLICE,
        PartnerKind.PRISON,
        PartnerKind.PROBATION,
    ):
        return DataProtectionRegime.LED_AUTHORITY
    return DataProtectionRegime.GDPR_CONTROLLER
