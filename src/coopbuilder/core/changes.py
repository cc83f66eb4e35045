"""What changed in the structure of an agreement between two versions: its own fields, the
partners and representatives, sharing rules, escalation contacts, meetings, further actors and
success indicators, each added, removed or changed, field by field.

Entries are matched by their id, which stays the same from version to version (a sharing rule
renamed is *changed*, not removed and added). Values are given as a person reads them, in the
language asked for: fixed choices as their labels, partners and deputies by name, yes and no
as words. The assessment and the actions are compared elsewhere (``history``, ``review``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from enum import Enum, StrEnum
from typing import Any

from pydantic import BaseModel

from coopbuilder.core.agreement import Agreement
from coopbuilder.core.base import Model
from coopbuilder.core.texts import field_name, label, word
from coopbuilder.core.vocabulary import Language


class ChangeKind(StrEnum):
    ADDED = "added"
    REMOVED = "removed"
    CHANGED = "changed"


class Part(StrEnum):
    AGREEMENT = "agreement"
    PARTNER = "partner"
    REPRESENTATIVE = "representative"
    SHARING_RULE = "sharing_rule"
    CONTACT = "contact"
    MEETING = "meeting"
    FURTHER_ACTOR = "further_actor"
    INDICATOR = "indicator"


class FieldChange(Model):
    field: str
    name: str
    before: str
    after: str


class Change(Model):
    """One entry added, removed or changed; ``fields`` lists what changed (for a change) or
    what the entry holds (for an addition or a removal)."""

    part: Part
    kind: ChangeKind
    id: str
    label: str
    fields: tuple[FieldChange, ...] = ()


AGREEMENT_FIELDS = (
    "title",
    "purpose",
    "scope",
    "out_of_scope",
    "language",
    "legal_nature",
    "fields_of_work",
    "effective_date",
    "term_months",
    "review_interval_months",
    "next_review_date",
    "dpia",
)
"""The agreement's own fields that the comparison looks at (not its number and status, which
always differ, and not the lists, which are parts of their own)."""

_IGNORED = frozenset({"id", "representatives"})


def flatten(model: BaseModel, include: Iterable[str] | None = None) -> dict[str, Any]:
    """The model's fields, nested models as ``outer.inner``; the id is left out."""
    names = list(include) if include is not None else list(type(model).model_fields)
    out: dict[str, Any] = {}
    for name in names:
        if name in _IGNORED:
            continue
        value = getattr(model, name)
        if isinstance(value, BaseModel):
            out.update({f"{name}.{k}": v for k, v in flatten(value).items()})
        else:
            out[name] = value
    return out


class _Reader:
    """Turns the values of one version into readable text."""

    def __init__(
        self,
        agreement: Agreement,
        language: Language,
        dates: Callable[[dt.date], str] | None = None,
    ) -> None:
        self.agreement = agreement
        self.language = language
        self.dates = dates
        self.partners = {p.id: p.label for p in agreement.partners}
        self.contacts = {c.id: c.name for c in agreement.contacts}

    def value(self, field: str, value: Any) -> str:
        if value is None or value == "" or value == []:
            return word("none", self.language)
        if field.endswith("partner_id"):
            return self.partners.get(str(value), str(value))
        if field == "deputy_id":
            return self.contacts.get(str(value), str(value))
        if isinstance(value, bool):
            return word(str(value).lower(), self.language)
        if isinstance(value, Enum):
            return label(value, self.language)
        if isinstance(value, dt.date) and self.dates is not None:
            return self.dates(value)
        if isinstance(value, dt.date):
            return word("date", self.language).format(
                year=f"{value.year:04d}", month=f"{value.month:02d}", day=f"{value.day:02d}"
            )
        if isinstance(value, list):
            return ", ".join(
                label(v, self.language) if isinstance(v, Enum) else str(v) for v in value
            )
        return str(value)


def _fields(
    part: Part,
    before: Mapping[str, Any],
    after: Mapping[str, Any],
    old: _Reader,
    new: _Reader,
) -> tuple[FieldChange, ...]:
    out = []
    for field in dict.fromkeys([*before, *after]):
        a, b = before.get(field), after.get(field)
        if a == b:
            continue
        out.append(
            FieldChange(
                field=field,
                name=field_name(part, field, new.language),
                before=old.value(field, a) if field in before else "",
                after=new.value(field, b) if field in after else "",
            )
        )
    return tuple(out)


Entries = Callable[[Agreement], list[BaseModel]]
Labeller = Callable[[Any, _Reader], str]


def _entries(
    part: Part, entries: Entries, name: Labeller, old: _Reader, new: _Reader
) -> list[Change]:
    before = {e.id: e for e in entries(old.agreement)}  # type: ignore[attr-defined]
    after = {e.id: e for e in entries(new.agreement)}  # type: ignore[attr-defined]

    def change(kind: ChangeKind, key: str, was: Any, now: Any) -> Change:
        shown, reader = (now, new) if now is not None else (was, old)
        return Change(
            part=part,
            kind=kind,
            id=key,
            label=name(shown, reader),
            fields=_fields(
                part,
                flatten(was) if was is not None else {},
                flatten(now) if now is not None else {},
                old,
                new,
            ),
        )

    out = []
    for key, entry in before.items():
        if key not in after:
            out.append(change(ChangeKind.REMOVED, key, entry, None))
        elif entry != after[key]:
            found = change(ChangeKind.CHANGED, key, entry, after[key])
            if found.fields:
                out.append(found)
    out.extend(
        change(ChangeKind.ADDED, key, None, e) for key, e in after.items() if key not in before
    )
    return out


def _rule_label(rule: Any, reader: _Reader) -> str:
    sender = reader.partners.get(rule.from_partner_id, rule.from_partner_id)
    recipient = reader.partners.get(rule.to_partner_id, rule.to_partner_id)
    return f"{rule.category} ({sender} → {recipient})"


def _of_partner(entry: Any, reader: _Reader) -> str:
    return f"{entry.name} ({reader.partners.get(entry.partner_id, entry.partner_id)})"


def _representative_label(representative: Any, reader: _Reader) -> str:
    for partner in reader.agreement.partners:
        if any(r.id == representative.id for r in partner.representatives):
            return f"{representative.name} ({partner.label})"
    return str(representative.name)


_PARTS: tuple[tuple[Part, Entries, Labeller], ...] = (
    (Part.PARTNER, lambda a: list(a.partners), lambda p, _: p.name),
    (
        Part.REPRESENTATIVE,
        lambda a: [r for p in a.partners for r in p.representatives],
        _representative_label,
    ),
    (Part.SHARING_RULE, lambda a: list(a.sharing_rules), _rule_label),
    (Part.CONTACT, lambda a: list(a.contacts), _of_partner),
    (Part.MEETING, lambda a: list(a.meetings), lambda m, r: label(m.kind, r.language)),
    (Part.FURTHER_ACTOR, lambda a: list(a.further_actors), lambda f, _: f.name),
    (Part.INDICATOR, lambda a: list(a.success_indicators), lambda s, _: s.name),
)


def structural_changes(
    old: Agreement,
    new: Agreement,
    language: Language | str | None = None,
    dates: Callable[[dt.date], str] | None = None,
) -> list[Change]:
    """Everything added, removed or changed from ``old`` to ``new``, part by part, in the
    language of ``new`` unless another is asked for; dates as ``dates`` writes them (the
    desktop program's locale), else in the language's numeric form."""
    lang = Language(language) if language is not None else new.language
    before, after = _Reader(old, lang, dates), _Reader(new, lang, dates)
    out: list[Change] = []
    own = _fields(
        Part.AGREEMENT,
        flatten(old, AGREEMENT_FIELDS),
        flatten(new, AGREEMENT_FIELDS),
        before,
        after,
    )
    if own:
        out.append(
            Change(
                part=Part.AGREEMENT, kind=ChangeKind.CHANGED, id=new.id, label=new.title, fields=own
            )
        )
    for part, entries, name in _PARTS:
        out.extend(_entries(part, entries, name, before, after))
    return out
