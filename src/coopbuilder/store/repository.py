"""The repository of agreement content: one version between the pydantic :class:`Agreement` and
the tables. The rest of the program sees pydantic models only.

Columns carry the names of the pydantic fields (a nested model flattened with its field name as
prefix), so the conversion is written once, here, for every part of the agreement.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import Enum
from typing import Any

from pydantic import BaseModel, ValidationError
from sqlalchemy import delete, insert, inspect, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from coopbuilder.core.agreement import Agreement
from coopbuilder.core.assessment import Action, Rating
from coopbuilder.core.governance import FurtherActor, MeetingFormat, SuccessIndicator
from coopbuilder.core.parties import EscalationContact, Partner, Representative
from coopbuilder.core.sharing import SharingRule
from coopbuilder.core.validation import validation_problems
from coopbuilder.store.errors import DamagedWorkspaceError, InvalidAgreementError
from coopbuilder.store.tables import (
    ActionRow,
    Base,
    ContactRow,
    FurtherActorRow,
    MeetingRow,
    PartnerRow,
    RatingRow,
    RepresentativeRow,
    SharingRuleRow,
    SuccessIndicatorRow,
    VersionRow,
)

AGREEMENT_LISTS = frozenset(
    {
        "id",
        "version",
        "partners",
        "assessment",
        "actions",
        "sharing_rules",
        "contacts",
        "meetings",
        "further_actors",
        "success_indicators",
    }
)
"""Fields of :class:`Agreement` that are not columns of the version row."""


@dataclass(frozen=True)
class Part:
    """One table of an agreement's parts. ``field`` is the agreement's list it holds; parts
    nested deeper (representatives, ratings) say how to find their models in ``items``."""

    row: type[Base]
    model: type[BaseModel]
    field: str | None = None
    items: Callable[[Agreement], list[tuple[BaseModel, dict[str, Any]]]] | None = None
    exclude: frozenset[str] = frozenset()

    def models(self, agreement: Agreement) -> list[tuple[BaseModel, dict[str, Any]]]:
        """The models of this part with the extra columns each needs."""
        if self.items is not None:
            return self.items(agreement)
        assert self.field is not None
        return [(model, {}) for model in getattr(agreement, self.field)]


PARTS: tuple[Part, ...] = (
    # in the order of insertion: partners before everything that refers to them
    Part(PartnerRow, Partner, "partners", exclude=frozenset({"representatives"})),
    Part(
        RepresentativeRow,
        Representative,
        items=lambda a: [(r, {"partner_id": p.id}) for p in a.partners for r in p.representatives],
    ),
    Part(RatingRow, Rating, items=lambda a: [(r, {}) for r in a.assessment.ratings]),
    Part(ActionRow, Action, "actions"),
    Part(SharingRuleRow, SharingRule, "sharing_rules"),
    Part(ContactRow, EscalationContact, "contacts"),
    Part(MeetingRow, MeetingFormat, "meetings"),
    Part(FurtherActorRow, FurtherActor, "further_actors"),
    Part(SuccessIndicatorRow, SuccessIndicator, "success_indicators"),
)


def _value(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, list):
        return [_value(item) for item in value]
    return value


def flatten(model: BaseModel, exclude: frozenset[str] = frozenset()) -> dict[str, Any]:
    """The model's fields as column values: enums as their values, nested models prefixed."""
    values: dict[str, Any] = {}
    for name in type(model).model_fields:
        if name in exclude:
            continue
        value = getattr(model, name)
        if isinstance(value, BaseModel):
            values.update({f"{name}_{key}": v for key, v in flatten(value).items()})
        else:
            values[name] = _value(value)
    return values


def unflatten(
    model: type[BaseModel], values: Mapping[str, Any], exclude: frozenset[str] = frozenset()
) -> dict[str, Any]:
    """The reverse of :func:`flatten`: column values back into the model's (nested) fields."""
    data: dict[str, Any] = {}
    for name, info in model.model_fields.items():
        if name in exclude:
            continue
        nested = info.annotation
        if isinstance(nested, type) and issubclass(nested, BaseModel):
            prefix = f"{name}_"
            data[name] = unflatten(
                nested,
                {k.removeprefix(prefix): v for k, v in values.items() if k.startswith(prefix)},
            )
        else:
            data[name] = values[name]
    return data


def column_keys(row: type[Base]) -> dict[str, ColumnElement[Any]]:
    """The mapped attributes of a table class by attribute name (not column name)."""
    return {attr.key: attr.columns[0] for attr in inspect(row).column_attrs}


def row_values(row: Base) -> dict[str, Any]:
    """A row's values by attribute name."""
    return {key: getattr(row, key) for key in column_keys(type(row))}


def search_key(text: str) -> str:
    """Text as the search compares it: Unicode-normalised and case-folded (ß matches ss)."""
    return unicodedata.normalize("NFKC", text).casefold()


def checked(agreement: Agreement) -> Agreement:
    """``agreement``, checked whole once more: a list changed in place (``contacts.remove``)
    is not checked by pydantic, and the store never keeps an agreement it could not read."""
    data = agreement.model_dump()
    try:
        return Agreement.model_validate(data)
    except ValidationError as exc:
        problem = validation_problems(exc, data, "agreement")[0]
        raise InvalidAgreementError(
            "'{title}' cannot be saved: {problem}.", title=agreement.title, problem=problem
        ) from exc


def write_content(session: Session, version: VersionRow, agreement: Agreement) -> Agreement:
    """Put ``agreement`` into ``version`` (a row already in the session) and its part tables,
    replacing what the version held; returns the agreement as stored (checked whole). The
    caller owns the transaction."""
    agreement = checked(agreement)
    for key, value in flatten(agreement, AGREEMENT_LISTS).items():
        setattr(version, key, value)
    version.partner_names = [partner.label for partner in agreement.partners]
    version.search_text = search_key(
        "\n".join([agreement.title] + [f"{p.name}\n{p.short_name}" for p in agreement.partners])
    )
    session.flush()  # a new version row gets its id here
    for part in reversed(PARTS):
        session.execute(
            delete(part.row).where(column_keys(part.row)["version_id"] == version.id),
            execution_options={"synchronize_session": False},
        )
    for part in PARTS:
        rows = [
            {**flatten(model, part.exclude), **extra, "version_id": version.id, "position": i}
            for i, (model, extra) in enumerate(part.models(agreement))
        ]
        if rows:
            session.execute(insert(part.row), rows)
    return agreement


def _read_part(session: Session, part: Part, version_id: int) -> list[dict[str, Any]]:
    columns = column_keys(part.row)
    query = (
        select(*(column.label(key) for key, column in columns.items()))
        .where(columns["version_id"] == version_id)
        .order_by(columns["position"])
    )
    return [dict(row) for row in session.execute(query).mappings()]


def read_content(session: Session, version: VersionRow, source: str) -> Agreement:
    """The agreement held by ``version``. A version that does not validate (a database changed
    by hand) is a :class:`DamagedWorkspaceError` naming ``source``."""
    data = unflatten(Agreement, row_values(version), AGREEMENT_LISTS)
    data.update(id=version.agreement_id, version=version.number)
    parts = {
        part.row: [
            (row, unflatten(part.model, row, part.exclude))
            for row in _read_part(session, part, version.id)
        ]
        for part in PARTS
    }
    representatives = parts[RepresentativeRow]
    data["partners"] = [
        {**partner, "representatives": [r for row, r in representatives if row["partner_id"] == p]}
        for p, partner in ((row["id"], partner) for row, partner in parts[PartnerRow])
    ]
    data["assessment"] = {"ratings": [rating for _, rating in parts[RatingRow]]}
    for part in PARTS:
        if part.field is not None and part.field != "partners":
            data[part.field] = [entry for _, entry in parts[part.row]]
    try:
        return Agreement.model_validate(data)
    except ValidationError as exc:
        problem = validation_problems(exc, data, "agreement")[0]
        raise DamagedWorkspaceError(
            "{source}: version {number} of agreement '{agreement_id}' cannot be read "
            "({problem}). The workspace was changed outside CoopBuilder; restore a backup.",
            source=source,
            number=version.number,
            agreement_id=version.agreement_id,
            problem=problem,
        ) from exc
