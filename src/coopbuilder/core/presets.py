"""Presets for common sharing rules (the brief's "Typical sharing rules"), read from
``resources/presets/<language>.yaml``. A preset names the sectors of sender and recipient; it
becomes a rule between the partners of an agreement with those sectors. The same file proposes
a retention per kind of data; a shared preset with personal data and no retention of its own
takes the one of its most sensitive kind."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import yaml
from pydantic import Field, ValidationError, model_validator

from coopbuilder.core.agreement import Agreement
from coopbuilder.core.base import Model, Name, ShortText
from coopbuilder.core.errors import UserError
from coopbuilder.core.resources import resource_path
from coopbuilder.core.sharing import SharingRule
from coopbuilder.core.validation import validation_problems
from coopbuilder.core.vocabulary import Language, Sector
from coopbuilder.core.yamlio import parse_yaml

_PLACEHOLDERS = {"from_partner_id": "sender", "to_partner_id": "recipient"}


class SharingPreset(Model):
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


@cache
def _read(language: Language) -> tuple[Any, Path]:
    path = resource_path("presets", f"{language.value}.yaml")
    try:
        raw: Any = parse_yaml(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError, UnicodeDecodeError) as exc:
        raise UserError(
            "The sharing-rule presets {path} cannot be read: {exc}", path=path, exc=exc
        ) from exc
    return raw, path


@cache
def retention_presets(language: Language | str = Language.EN) -> RetentionPresets:
    """The retention proposed per kind of data; a missing or broken file is a
    :class:`UserError`."""
    raw, path = _read(Language(language))
    entries = raw.get("retention") if isinstance(raw, dict) else None
    if not isinstance(entries, dict):
        raise UserError("The sharing-rule presets {path} have no 'retention' table.", path=path)
    try:
        return RetentionPresets.model_validate(entries)
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
    """The presets in one language, each shared one with personal data with a retention; a
    missing or broken file is a :class:`UserError`."""
    raw, path = _read(Language(language))
    entries = raw.get("presets") if isinstance(raw, dict) else None
    if not isinstance(entries, list):
        raise UserError("The sharing-rule presets {path} have no 'presets' list.", path=path)
    try:
        presets = tuple(SharingPreset.model_validate(entry) for entry in entries)
    except ValidationError as exc:
        problems = validation_problems(exc, raw)
        raise UserError(
            "The sharing-rule presets {path} are broken at {problem}.",
            path=path,
            problem=problems[0],
        ) from exc
    retention = retention_presets(language)
    return tuple(_with_retention(preset, retention) for preset in presets)
