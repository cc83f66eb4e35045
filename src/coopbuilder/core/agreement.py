"""The cooperation agreement: the root of the domain model."""

from __future__ import annotations

import calendar
import datetime as dt
from collections import Counter
from collections.abc import Iterable

from pydantic import Field, field_validator, model_validator

from coopbuilder.core.assessment import Action, Assessment
from coopbuilder.core.base import Entity, Name, Text
from coopbuilder.core.errors import Phrase
from coopbuilder.core.governance import DpiaRecord, FurtherActor, MeetingFormat, SuccessIndicator
from coopbuilder.core.parties import EscalationContact, Partner
from coopbuilder.core.sharing import SharingRule
from coopbuilder.core.vocabulary import AgreementStatus, FieldOfWork, Language, LegalNature


def add_months(day: dt.date, months: int) -> dt.date:
    """``day`` plus whole months, clamped to the end of a shorter month (31 Jan + 1 = 28/29 Feb)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


class Agreement(Entity):
    """A cooperation agreement between exactly two partners, with its readiness assessment."""

    title: Name
    purpose: Text = ""
    scope: Text = ""
    out_of_scope: Text = ""
    language: Language = Language.EN
    legal_nature: LegalNature = LegalNature.MEMORANDUM
    fields_of_work: list[FieldOfWork] = Field(default_factory=list)
    status: AgreementStatus = AgreementStatus.DRAFT
    version: int = Field(default=1, ge=1)
    effective_date: dt.date | None = None
    term_months: int | None = Field(default=None, ge=1, le=240)
    review_interval_months: int = Field(default=12, ge=1, le=60)
    next_review_date: dt.date | None = None
    partners: list[Partner] = Field(min_length=2, max_length=2)
    assessment: Assessment = Field(default_factory=Assessment)
    catalogue_version: int = Field(default=1, ge=1)
    """The precondition catalogue version the assessment is rated against. Absent from
    everything written before version 2 existed, so it defaults to 1; a new agreement is made
    with the current one (``catalogue.CURRENT_VERSION``)."""
    actions: list[Action] = Field(default_factory=list)
    sharing_rules: list[SharingRule] = Field(default_factory=list)
    contacts: list[EscalationContact] = Field(default_factory=list)
    meetings: list[MeetingFormat] = Field(default_factory=list)
    further_actors: list[FurtherActor] = Field(default_factory=list)
    success_indicators: list[SuccessIndicator] = Field(default_factory=list)
    dpia: DpiaRecord = Field(default_factory=DpiaRecord)

    # -- look-ups ---------------------------------------------------------------------------

    def partner(self, partner_id: str) -> Partner:
        for partner in self.partners:
            if partner.id == partner_id:
                return partner
        raise KeyError(partner_id)

    def other_partner(self, partner_id: str) -> Partner:
        for partner in self.partners:
            if partner.id != partner_id:
                return partner
        raise KeyError(partner_id)

    def contact(self, contact_id: str) -> EscalationContact:
        for contact in self.contacts:
            if contact.id == contact_id:
                return contact
        raise KeyError(contact_id)

    def contacts_of(self, partner_id: str) -> list[EscalationContact]:
        return [c for c in self.contacts if c.partner_id == partner_id]

    def suggested_next_review(self, after: dt.date | None = None) -> dt.date | None:
        """Effective date plus the review interval, if the agreement has an effective date;
        with ``after`` (today, say), the first such anniversary later than that day (a year
        after signing, not the date of the review just held)."""
        if self.effective_date is None:
            return None
        periods = 1
        suggested = add_months(self.effective_date, self.review_interval_months)
        while after is not None and suggested <= after:
            periods += 1
            suggested = add_months(self.effective_date, self.review_interval_months * periods)
        return suggested

    @property
    def is_editable(self) -> bool:
        """Signed, superseded and terminated versions are kept as they are."""
        return self.status in (AgreementStatus.DRAFT, AgreementStatus.READY_TO_SIGN)

    # -- consistency ------------------------------------------------------------------------

    @field_validator("fields_of_work")
    @classmethod
    def _each_field_once(cls, fields: list[FieldOfWork]) -> list[FieldOfWork]:
        return [field for field in FieldOfWork if field in fields]

    @model_validator(mode="after")
    def _references_resolve(self) -> Agreement:
        _refuse_duplicate_ids(
            [self.id]
            + [p.id for p in self.partners]
            + [r.id for p in self.partners for r in p.representatives]
            + [a.id for a in self.actions]
            + [r.id for r in self.sharing_rules]
            + [c.id for c in self.contacts]
            + [m.id for m in self.meetings]
            + [f.id for f in self.further_actors]
            + [s.id for s in self.success_indicators]
        )
        partner_ids = {p.id for p in self.partners}

        def need_partner(partner_id: str | None, where: Phrase) -> None:
            if partner_id is not None and partner_id not in partner_ids:
                raise ValueError(
                    Phrase("{where} refers to a partner that is not in the agreement", where=where)
                )

        for rating in self.assessment.ratings:
            need_partner(
                rating.partner_id,
                Phrase("the rating of statement '{statement}'", statement=rating.statement_id),
            )
        for action in self.actions:
            need_partner(action.owner_partner_id, Phrase("action '{text}'", text=action.text))
        for rule in self.sharing_rules:
            need_partner(
                rule.from_partner_id,
                Phrase("sharing rule '{category}' (from)", category=rule.category),
            )
            need_partner(
                rule.to_partner_id, Phrase("sharing rule '{category}' (to)", category=rule.category)
            )
        need_partner(self.dpia.lead_partner_id, Phrase("the DPIA record"))
        contacts = {c.id: c for c in self.contacts}
        for contact in self.contacts:
            need_partner(contact.partner_id, Phrase("contact '{name}'", name=contact.name))
            if contact.deputy_id is None:
                continue
            deputy = contacts.get(contact.deputy_id)
            if deputy is None:
                raise ValueError(
                    Phrase(
                        "the deputy of contact '{name}' is not in the agreement", name=contact.name
                    )
                )
            if deputy.partner_id != contact.partner_id:
                raise ValueError(
                    Phrase(
                        "the deputy of contact '{name}' works for the other partner",
                        name=contact.name,
                    )
                )
        if (
            self.effective_date is not None
            and self.next_review_date is not None
            and self.next_review_date < self.effective_date
        ):
            raise ValueError(Phrase("the next review date is before the effective date"))
        return self


def _refuse_duplicate_ids(ids: Iterable[str]) -> None:
    repeated = [key for key, count in Counter(ids).items() if count > 1]
    if repeated:
        raise ValueError(
            Phrase(
                "the identifier '{identifier}' is used for two different entries",
                identifier=repeated[0],
            )
        )
