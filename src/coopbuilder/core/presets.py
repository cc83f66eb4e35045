"""Presets for common sharing rules (the brief's "Typical sharing rules"), read from
``resources/presets/<language>.yaml``. A preset names the sectors of sender and recipient; it
becomes a rule between the partners of an agreement with those sectors."""

from __future__ import annotations

from functools import cache
from typing import Any

import yaml
from pydantic import Field, ValidationError, model_validator

from coopbuilder.core.agreement import Agreement
from coopbuilder.core.base import Model, Name
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


@cache
def sharing_presets(language: Language | str = Language.EN) -> tuple[SharingPreset, ...]:
    """The presets in one language; a missing or broken file is a :class:`UserError`."""
    path = resource_path("presets", f"{Language(language).value}.yaml")
    try:
        raw: Any = parse_yaml(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError, UnicodeDecodeError) as exc:
        raise UserError(
            "The sharing-rule presets {path} cannot be read: {exc}", path=path, exc=exc
        ) from exc
    entries = raw.get("presets") if isinstance(raw, dict) else None
    if not isinstance(entries, list):
        raise UserError("The sharing-rule presets {path} have no 'presets' list.", path=path)
    try:
        return tuple(SharingPreset.model_validate(entry) for entry in entries)
    except ValidationError as exc:
        problems = validation_problems(exc, raw)
        raise UserError(
            "The sharing-rule presets {path} are broken at {problem}.",
            path=path,
            problem=problems[0],
        ) from exc
