"""The partners of a cooperation, their representatives and their escalation contacts."""

from __future__ import annotations

from pydantic import Field, model_validator

from coopbuilder.core.base import Entity, Id, Name, ShortText, Text
from coopbuilder.core.errors import Phrase
from coopbuilder.core.vocabulary import (
    Availability,
    ContactLevel,
    DataProtectionRegime,
    GermanArticle,
    PartnerKind,
    Sector,
)


class Representative(Entity):
    """A person who represents a partner; a signatory when ``signs`` is set."""

    name: Name
    role: ShortText = ""
    signs: bool = True


class Partner(Entity):
    """One of the two organisations that build the cooperation."""

    name: Name
    short_name: ShortText = ""
    kind: PartnerKind
    sector: Sector
    regime: DataProtectionRegime
    address: Text = ""
    data_protection_officer: ShortText = ""
    article: GermanArticle | None = None
    representatives: list[Representative] = Field(default_factory=list)

    @property
    def label(self) -> str:
        """The short name where there is one, else the full name (for tables)."""
        return self.short_name or self.name

    @property
    def signatories(self) -> list[Representative]:
        return [r for r in self.representatives if r.signs]


class EscalationContact(Entity):
    """A named person the other partner can reach, on one level of the escalation ladder."""

    partner_id: Id
    role: ShortText
    name: Name
    phone: ShortText = ""
    secure_email: ShortText = ""
    level: ContactLevel = ContactLevel.CASE_WORKER
    availability: Availability = Availability.OFFICE_HOURS
    deputy_id: Id | None = None

    @model_validator(mode="after")
    def _deputy_is_someone_else(self) -> EscalationContact:
        if self.deputy_id is not None and self.deputy_id == self.id:
            raise ValueError(Phrase("contact '{name}' cannot be their own deputy", name=self.name))
        return self
