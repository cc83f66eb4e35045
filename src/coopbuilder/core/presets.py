"""Presets to start from, read from ``resources/presets/<language>.yaml``: common sharing rules
(the brief's "Typical sharing rules"), further actors (the prison, the youth welfare office, an
advice centre's hotline that refers callers) and the roles people have in the cooperation. A
sharing preset names the sectors of sender and recipient; it becomes a rule between the partners
of an agreement with those sectors. The same file proposes a retention per kind of data; a shared
preset with personal data and no retention of its own takes the one of its most sensitive kind."""

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


class RetentionPresets(Model):
    """The retention proposed for a rule by the most sensitive kind of personal data in it."""

    personal: ShortText
    special_category: ShortText
    criminal_offence: ShortText
    counselling: ShortText

    def proposed(
        self,
        *,
        personal: bool,
        special_category: bool = False,
        criminal_offence: bool = False,
        counselling: bool = False,
    ) -> str:
        """The retention for data of these kinds ("" for data that is not personal)."""
        if counselling:
            return self.counselling
        if special_category:
            return self.special_category
        if criminal_offence:
            return self.criminal_offence
        return self.personal if personal else ""

    def for_rule(self, rule: SharingRule) -> str:
        """The retention proposed for ``rule`` ("" if nothing personal is shared under it)."""
        if not rule.is_shared:
            return ""
        return self.proposed(
            personal=rule.involves_personal_data,
            special_category=rule.special_category,
            criminal_offence=rule.criminal_offence_data,
            counselling=rule.counselling_content,
        )


class Presets(Model):
    sharing: tuple[SharingPreset, ...] = Field(alias="presets")
    retention: RetentionPresets
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
    if not isinstance(raw.get("retention"), dict):
        raise UserError("The sharing-rule presets {path} have no 'retention' table.", path=path)
    try:
        return Presets.model_validate(raw)
    except ValidationError as exc:
        problems = validation_problems(exc, raw)
        raise UserError(
            "The sharing-rule presets {path} are broken at {problem}.",
            path=path,
            problem=problems[0],
        ) from exc


def _with_retention(preset: SharingPreset, retention: RetentionPresets) -> SharingPreset:
    rule = SharingRule.model_validate({**preset.rule, **_PLACEHOLDERS})
    proposed = retention.for_rule(rule)
    if rule.retention or not proposed:
        return preset
    return preset.model_copy(update={"rule": {**preset.rule, "retention": proposed}})


@cache
def sharing_presets(language: Language | str = Language.EN) -> tuple[SharingPreset, ...]:
    """The sharing-rule presets in one language, each shared one with personal data with a
    retention."""
    every = presets(language)
    return tuple(_with_retention(preset, every.retention) for preset in every.sharing)


def retention_presets(language: Language | str = Language.EN) -> RetentionPresets:
    """The retention proposed per kind of data; a missing or broken file is a
    :class:`UserError`."""
    return presets(language).retention


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
