"""Every field of the domain model has its column, so nothing is silently left out of a save."""

from __future__ import annotations

from pydantic import BaseModel

from coopbuilder.core.agreement import Agreement
from coopbuilder.core.records import ReviewRecord, SignatureRecord
from coopbuilder.store.repository import AGREEMENT_LISTS, PARTS, column_keys, flatten
from coopbuilder.store.tables import (
    Base,
    RepresentativeRow,
    ReviewRow,
    SignatureRow,
    VersionRow,
)


def _fields(model: type[BaseModel], exclude: frozenset[str] = frozenset()) -> set[str]:
    """The column names ``flatten`` gives for a model: nested models prefixed."""
    names: set[str] = set()
    for name, info in model.model_fields.items():
        if name in exclude:
            continue
        nested = info.annotation
        if isinstance(nested, type) and issubclass(nested, BaseModel):
            names |= {f"{name}_{sub}" for sub in _fields(nested)}
        else:
            names.add(name)
    return names


def _columns(row: type[Base]) -> set[str]:
    return set(column_keys(row))


def test_every_field_of_every_part_has_a_column() -> None:
    for part in PARTS:
        extra = {"version_id", "position"} | (
            {"partner_id"} if part.row is RepresentativeRow else set()
        )
        assert _fields(part.model, part.exclude) == _columns(part.row) - extra, part.row


def test_every_field_of_the_agreement_is_a_column_or_a_part() -> None:
    bookkeeping = {
        "id",
        "agreement_id",
        "number",
        "based_on",
        "revision",
        "is_latest",
        "created_at",
        "created_by",
        "saved_at",
        "saved_by",
        "partner_names",
        "search_text",
    }
    assert _fields(Agreement, AGREEMENT_LISTS) == _columns(VersionRow) - bookkeeping
    covered = {part.field for part in PARTS if part.field} | {"assessment", "id", "version"}
    assert covered == AGREEMENT_LISTS


def test_signature_and_review_records_have_their_columns() -> None:
    stored = {"id", "version_id", "document", "recorded_at", "recorded_by"}
    assert _fields(SignatureRecord) == _columns(SignatureRow) - stored
    stored = {"id", "agreement_id", "reviewed_version", "new_version", "recorded_at"}
    assert _fields(ReviewRecord) == _columns(ReviewRow) - stored - {"recorded_by"}


def test_flatten_keeps_values_plain(demo: Agreement) -> None:
    values = flatten(demo.sharing_rules[0])
    assert isinstance(values["when"], str) and type(values["when"]) is str
    assert "legal_basis_art6" in values and "legal_basis" not in values
