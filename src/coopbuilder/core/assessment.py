"""The readiness assessment: each partner's ratings of the catalogue's statements, and the
actions agreed on the findings."""

from __future__ import annotations

import datetime as dt

from pydantic import Field, model_validator

from coopbuilder.core.base import Entity, Id, Model, Name, Text
from coopbuilder.core.errors import Phrase
from coopbuilder.core.vocabulary import ActionStatus, FindingKind


class Rating(Model):
    """One partner's rating of one statement: 1 (disagree) to 5 (agree), ``None`` for
    "don't know", or "not applicable" (``not_applicable``, no value: a partnership that is just
    starting has no experience to rate). A statement a partner has not rated at all has no
    Rating."""

    partner_id: Id
    statement_id: Id
    value: int | None = Field(default=None, ge=1, le=5)
    not_applicable: bool = False
    note: Text = ""

    @model_validator(mode="after")
    def _not_applicable_has_no_value(self) -> Rating:
        if self.not_applicable and self.value is not None:
            raise ValueError(
                Phrase(
                    "statement '{statement}' is rated {value} and not applicable at once",
                    statement=self.statement_id,
                    value=self.value,
                )
            )
        return self

    @property
    def dont_know(self) -> bool:
        return self.value is None and not self.not_applicable


class Assessment(Model):
    """All ratings of both partners. At most one rating per partner and statement."""

    ratings: list[Rating] = Field(default_factory=list)

    @model_validator(mode="after")
    def _one_rating_each(self) -> Assessment:
        seen: set[tuple[str, str]] = set()
        for rating in self.ratings:
            key = (rating.partner_id, rating.statement_id)
            if key in seen:
                raise ValueError(
                    Phrase(
                        "statement '{statement}' is rated twice by the same partner",
                        statement=rating.statement_id,
                    )
                )
            seen.add(key)
        return self

    def rating(self, partner_id: str, statement_id: str) -> Rating | None:
        for rating in self.ratings:
            if rating.partner_id == partner_id and rating.statement_id == statement_id:
                return rating
        return None

    def by_partner(self, partner_id: str) -> dict[str, Rating]:
        return {r.statement_id: r for r in self.ratings if r.partner_id == partner_id}

    def set_rating(
        self,
        partner_id: str,
        statement_id: str,
        value: int | None,
        note: str = "",
        *,
        not_applicable: bool = False,
    ) -> None:
        """Add or replace one partner's rating of one statement."""
        kept = [
            r
            for r in self.ratings
            if not (r.partner_id == partner_id and r.statement_id == statement_id)
        ]
        kept.append(
            Rating(
                partner_id=partner_id,
                statement_id=statement_id,
                value=value,
                not_applicable=not_applicable,
                note=note,
            )
        )
        self.ratings = kept

    def clear_rating(self, partner_id: str, statement_id: str) -> None:
        self.ratings = [
            r
            for r in self.ratings
            if not (r.partner_id == partner_id and r.statement_id == statement_id)
        ]


class Action(Entity):
    """What the partners agree to do about a finding: owner, date and status."""

    precondition_id: Id
    finding: FindingKind
    text: Name
    owner_partner_id: Id | None = None
    both_partners: bool = False  # owned jointly by both partners (then no single owner)
    due_date: dt.date | None = None
    status: ActionStatus = ActionStatus.OPEN
    before_signing: bool = False  # due before the agreement is signed: open, it blocks signing
    outcome_note: Text = ""

    @model_validator(mode="after")
    def _one_kind_of_owner(self) -> Action:
        if self.both_partners and self.owner_partner_id is not None:
            raise ValueError(
                Phrase(
                    "action '{text}' is owned by both partners and names one partner as its "
                    "owner; choose one or the other",
                    text=self.text,
                )
            )
        return self

    @property
    def has_owner(self) -> bool:
        """Whether someone is responsible: one partner, or both partners together."""
        return self.both_partners or self.owner_partner_id is not None

    @property
    def is_open(self) -> bool:
        """Neither done nor dropped."""
        return self.status in (ActionStatus.OPEN, ActionStatus.IN_PROGRESS)
