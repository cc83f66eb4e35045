"""Information-sharing rules: who shares what with whom, when, and on which legal basis."""

from __future__ import annotations

from pydantic import Field, field_validator, model_validator

from coopbuilder.core.base import Entity, Id, Model, Name, ShortText, Text
from coopbuilder.core.errors import Phrase
from coopbuilder.core.vocabulary import (
    Art6Basis,
    Art9Condition,
    Channel,
    Imminence,
    Likelihood,
    SharingWhen,
    Trigger,
)


class LegalBasis(Model):
    """The legal basis of one data flow.

    For a sender that is a GDPR controller: an Art. 6(1) basis, plus an Art. 9(2) condition for
    special-category data and an Art. 10 authorisation for criminal-offence data. For a sender
    under the Law Enforcement Directive or outside EU law: the national provision (police law,
    LED transposition) in ``national_law``. Every transfer has two doors: ``collection`` names
    the recipient's basis for collecting what it receives.
    """

    art6: Art6Basis | None = None
    art9: Art9Condition | None = None
    art10: ShortText = ""
    national_law: ShortText = ""
    collection: ShortText = ""
    note: Text = ""

    @property
    def is_empty(self) -> bool:
        return (
            self.art6 is None
            and self.art9 is None
            and not self.art10
            and not self.national_law
            and not self.collection
            and not self.note
        )


class SharingRule(Entity):
    """One row of the need-to-know matrix."""

    category: Name
    from_partner_id: Id
    to_partner_id: Id
    when: SharingWhen
    trigger: Trigger | None = None
    threshold: Likelihood | None = None
    imminence: Imminence | None = None
    channel: Channel | None = None
    legal_basis: LegalBasis = Field(default_factory=LegalBasis)
    recipient_roles: list[ShortText] = Field(default_factory=list)
    retention: ShortText = ""
    four_eyes: bool = False
    logged: bool = False
    personal_data: bool = True
    special_category: bool = False
    criminal_offence_data: bool = False
    counselling_content: bool = False
    subject_unable_to_consent: bool = False
    note: Text = ""

    @field_validator("recipient_roles")
    @classmethod
    def _drop_blank_roles(cls, roles: list[str]) -> list[str]:
        return [role for role in roles if role]

    @model_validator(mode="after")
    def _consistent(self) -> SharingRule:
        if self.from_partner_id == self.to_partner_id:
            raise ValueError(
                Phrase(
                    "sharing rule '{category}' goes from a partner to itself",
                    category=self.category,
                )
            )
        if self.when is not SharingWhen.ON_TRIGGER and (
            self.trigger or self.threshold or self.imminence
        ):
            raise ValueError(
                Phrase(
                    "sharing rule '{category}' names a trigger but is not shared on a trigger",
                    category=self.category,
                )
            )
        return self

    @property
    def is_shared(self) -> bool:
        """Whether anything flows under this rule (a 'never' rule is a hard limit)."""
        return self.when is not SharingWhen.NEVER

    @property
    def marked_sensitive_not_personal(self) -> bool:
        """Whether the rule is marked as special-category, criminal-offence or counselling data
        but not as personal data, which cannot be: all three are personal data (GDPR Art. 9, 10;
        what a client confides is about the client)."""
        return not self.personal_data and (
            self.special_category or self.criminal_offence_data or self.counselling_content
        )

    @property
    def involves_personal_data(self) -> bool:
        """Whether personal data flows under the rule: marked so, or marked as special-category,
        criminal-offence or counselling data, which are personal data whatever the other tick
        says."""
        return (
            self.personal_data
            or self.special_category
            or self.criminal_offence_data
            or self.counselling_content
        )

    @property
    def is_sensitive(self) -> bool:
        return self.special_category or self.criminal_offence_data or self.counselling_content
