"""Where a representative signs: the signature box the agreement renderer reports for each
printed signature block, and the name of the signature field placed on it."""

from __future__ import annotations

import re
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

FIELD_NAME_MAX = 100


def signature_field_name(representative_id: str) -> str:
    """The default field name for a representative: ``signature-<id>``.

    A period separates the parts of a PDF field name, so it becomes an underscore.
    """
    return "signature-" + representative_id.replace(".", "_")


class SignatureBox(BaseModel):
    """The signature area of one representative, in PDF points: ``x``/``y`` is the lower-left
    corner measured from the lower-left corner of page ``page_index`` (0-based).

    ``field_name`` is the name of the signature field that will be placed there; when it is not
    given it is derived from the representative's id (:func:`signature_field_name`).
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    representative_id: str = Field(min_length=1)
    field_name: str = ""  # filled in from representative_id when not given
    page_index: int = Field(ge=0)
    x: float = Field(ge=0)
    y: float = Field(ge=0)
    width: float = Field(gt=0)
    height: float = Field(gt=0)

    @model_validator(mode="before")
    @classmethod
    def _derive_field_name(cls, data: Any) -> Any:
        if isinstance(data, dict) and not data.get("field_name"):
            rep = data.get("representative_id")
            if isinstance(rep, str) and rep:
                return {**data, "field_name": signature_field_name(rep)}
        return data

    @field_validator("field_name")
    @classmethod
    def _valid_field_name(cls, value: str) -> str:
        if not value.strip() or len(value) > FIELD_NAME_MAX:
            raise ValueError(f"a field name has 1 to {FIELD_NAME_MAX} characters")
        if "." in value or re.search(r"[\x00-\x1f]", value):
            raise ValueError("a field name has no periods and no control characters")
        return value

    @property
    def rect(self) -> tuple[float, float, float, float]:
        """The box as a PDF rectangle: left, bottom, right, top."""
        return (self.x, self.y, self.x + self.width, self.y + self.height)
