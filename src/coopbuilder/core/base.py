"""Shared building blocks of the pydantic domain models."""

from __future__ import annotations

import uuid
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints

from coopbuilder.core.errors import Phrase


def new_id() -> str:
    """A fresh identifier for an entity (stable once stored)."""
    return uuid.uuid4().hex[:12]


def _not_blank(value: str) -> str:
    if not value:
        raise ValueError(Phrase("must not be empty"))
    return value


ID_PATTERN = r"^[A-Za-z0-9_.\-]{1,64}$"
"""What an :data:`Id` may be (after surrounding spaces are stripped)."""

Id = Annotated[str, StringConstraints(strip_whitespace=True, pattern=ID_PATTERN)]
"""An identifier: letters, digits, dot, dash or underscore, at most 64 characters."""

Text = Annotated[str, StringConstraints(strip_whitespace=True, max_length=5000)]
"""Free text that may be empty while a draft is being written."""

ShortText = Annotated[str, StringConstraints(strip_whitespace=True, max_length=300)]
"""A short free text (a role, a phone number) that may be empty while drafting."""

Name = Annotated[
    str, StringConstraints(strip_whitespace=True, max_length=300), AfterValidator(_not_blank)
]
"""A name or title that must be filled in."""


class Model(BaseModel):
    """Base of every domain model: unknown fields are refused, strings are trimmed, every
    assignment is validated (so the GUI cannot put an impossible value into a model)."""

    model_config = ConfigDict(
        extra="forbid",
        validate_assignment=True,
        use_enum_values=False,
        str_strip_whitespace=True,
    )


class Entity(Model):
    """A model with an identifier that other parts of the agreement refer to."""

    id: Id = Field(default_factory=new_id)
