"""Presets to start from, read from ``resources/presets/<language>.yaml``: common sharing rules
(the brief's "Typical sharing rules"), further actors (the prison, the youth welfare office, an
advice centre's hotline that refers callers) and the roles people have in the cooperation. A
sharing preset names the sectors of sender and recipient; it becomes a rule between the partners
of an agreement with those sectors."""

from __future__ import annotations

from functools import cache
from typing import Any

import yaml
from pydantic import Field, ValidationError, model_validator

from coopbuilder.core.agreement import Agreement
from coopbuilder.core.base import Model, Name, ShortText
from coopbuilder.core.errors import UserError
from coopbuilder.core.governance import FurtherActor
from coopbuilder.core.resources import resource_path
from coopbuilder.core.sharing import SharingRule
from coopbuilder.core.validation import validation_problems
from coopbuilder.core.vocabulary import FieldOfWork, Language, Sector
from coopbuilder.core.yamlio import parse_yaml

_PLACEHOLDERS = {"from_partner_id": "sender", "to_partner_id": "recipient"}


class _Fitting(Model):
    """A preset that belongs to some fields of work (none: to any cooperation)."""

    fields_of_work: list[FieldOfWork] = Field(default_factory=list)

    def fits(self, agreement: Agreement) -> bool:
        """Whether the preset belongs to the agreement: to any, or to one of its fields."""
        return not self.fields_of_work or bool(
            set(self.fields_of_work) & set(agreement.fields_of_work)
        )


class SharingPreset(_Fitting):
    name: Name
    from_sector: Sector = Field(alias="from")
    to_sector: Sector = Field(alias="to")
    rule: dict[str, Any]

    @model_validator(mode="after")
    def _rule_is_valid(self) -> SharingPreset:
        SharingRule.model_validate({**self.rule, **_PLACEHOLDERS})
        return self

    def make_rule(self, agreement: Agreement) -> SharingRule:
        """A new rule from the partner of the sending sector to the other partner."""
        first, second = agreement.partners
        sender = next(
            (p for p in agreement.partners if p.sector is self.from_sector),
            first if self.from_sector is Sector.NON_SECURITY else second,
        )
        recipient = agreement.other_partner(sender.id)
        return SharingRule.model_validate(
            {**self.rule, "from_partner_id": sender.id, "to_partner_id": recipient.id}
        )


class FurtherActorPreset(_Fitting):
    """A further actor to start from."""

    name: Name
    actor: dict[str, Any]

    @model_validator(mode="after")
    def _actor_is_valid(self) -> FurtherActorPreset:
        FurtherActor.model_validate(self.actor)
        return self

    def make_actor(self) -> FurtherActor:
        """A new further actor (with an id of its own) from the preset."""
        return FurtherActor.model_validate(self.actor)


class RolePreset(_Fitting):
    """A role a person has in the cooperation (a contact's role, a recipient role of a sharing
    rule), for the partner of ``sector``."""

    name: ShortText
    sector: Sector


class Presets(Model):
    sharing: tuple[SharingPreset, ...] = Field(alias="presets")
    further_actors: tuple[FurtherActorPreset, ...] = ()
    roles: tuple[RolePreset, ...] = ()


@cache
def presets(language: Language | str = Language.EN) -> Presets:
    """Every preset in one language; a missing or broken file is a :class:`UserError`."""
    path = resource_path("presets", f"{Language(language).value}.yaml")
    try:
        raw: Any = parse_yaml(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError, UnicodeDecodeError) as exc:
        raise UserError(
            "The sharing-rule presets {path} cannot be read: {exc}", path=path, exc=exc
        ) from exc
    if not isinstance(raw, dict) or not isinstance(raw.get("presets"), list):
        raise UserError("The sharing-rule presets {path} have no 'presets' list.", path=path)
    try:
        return Presets.model_validate(raw)
    except ValidationError as exc:
        problems = validation_problems(exc, raw)
        raise UserError(
            "The sharing-rule presets {path} are broken at {problem}.",
            path=path,
            problem=problems[0],
        ) from exc


def sharing_presets(language: Language | str = Language.EN) -> tuple[SharingPreset, ...]:
    """The sharing-rule presets in one language."""
    return presets(language).sharing


def further_actor_presets(language: Language | str = Language.EN) -> tuple[FurtherActorPreset, ...]:
    """The further-actor presets in one language."""
    return presets(language).further_actors


def role_presets(
    language: Language | str = Language.EN,
    sector: Sector | None = None,
    agreement: Agreement | None = None,
) -> tuple[str, ...]:
    """The names of the preset roles in one language, of one sector's partner if given, and
    that fit an agreement's fields of work if one is given."""
    return tuple(
        role.name
        for role in presets(language).roles
        if (sector is None or role.sector is sector) and (agreement is None or role.fits(agreement))
    )
