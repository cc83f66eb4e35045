"""What a library text may read, checked when the library loads.

A text that names a value the program never gives it (``{{ partnr.name }}``,
``{{ agreement.versoin }}``) would fail only when an agreement first needs that clause, perhaps
long after the library was changed. :func:`unknown_names` finds such names in the text itself:
a top-level name the context lacks, or a field of a known value (the agreement, a partner, a
sharing rule, ...) that the value does not have.

:data:`AGREEMENT` describes the context of ``context.build_context``; a test compares it with
a real context, so the two cannot drift apart.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from difflib import get_close_matches
from typing import Any

from jinja2 import meta, nodes
from jinja2.sandbox import SandboxedEnvironment

from coopbuilder.core.errors import Phrase
from coopbuilder.documents.review_view import RECORD_TEXTS


@dataclass(frozen=True)
class ListOf:
    """A list whose items have the shape ``item``."""

    item: Shape


Shape = Mapping[str, Any] | ListOf | None
"""A dict with known keys (each with its shape), a list, or ``None``: anything (not checked)."""

ANY: Shape = None


def _keys(text: str, **shapes: Shape) -> dict[str, Shape]:
    return {**dict.fromkeys(text.split(), ANY), **shapes}


PARTNER = _keys(
    """id name short_name label kind kind_label sector is_security regime regime_label address dpo
    nom nom_start gen dat acc von bei an fuer name_acc law duties""",
    representatives=ListOf(_keys("id name role signs")),
    signatories=ListOf(_keys("id name role")),
)
RULE = _keys(
    """id number category when when_label trigger trigger_label threshold threshold_label
    imminence imminence_label statutory personal_duty channel_label basis recipients retention
    safeguards four_eyes logged personal_data sensitive collection
    special_category criminal_offence_data counselling_content note""",
    sender=PARTNER,
    recipient=PARTNER,
    recipient_roles=ListOf(ANY),
)
CONTACT = _keys(
    """id name role level level_label availability availability_label round_the_clock phone
    email deputy deputy_role""",
    partner=PARTNER,
)
ACTION = _keys("text owner due status finding")
FINDING = _keys(
    "precondition_id precondition clause kind kind_label partners needs_action",
    actions=ListOf(ACTION),
    recommended=ListOf(ANY),
)
CLAUSE_FINDING = _keys("needs_action description", items=ListOf(FINDING), actions=ListOf(ACTION))
"""``finding`` in a clause text: what the assessment found on that clause."""

AGREEMENT: Mapping[str, Shape] = {
    "agreement": _keys(
        """title purpose scope out_of_scope version status status_label is_final effective_date
        term_months review_interval_months next_review_date before_signing legal_nature
        legal_nature_label"""
    ),
    "partners": ListOf(PARTNER),
    "fields_of_work": ListOf(ANY),
    "fields_of_work_labels": ListOf(ANY),
    "ngo": PARTNER,
    "agency": PARTNER,
    "rules": ListOf(RULE),
    "shared_rules": ListOf(RULE),
    "routine_rules": ListOf(RULE),
    "consent_rules": ListOf(RULE),
    "trigger_rules": ListOf(RULE),
    "never_rules": ListOf(RULE),
    "triggers": ListOf(ANY),
    "flows": ListOf(_keys("", sender=PARTNER, recipient=PARTNER, rules=ListOf(RULE))),
    "contacts": ListOf(CONTACT),
    "round_the_clock": ListOf(CONTACT),
    "meetings": ListOf(
        _keys("kind_label cadence_label participants minutes_without_client_identifiers note")
    ),
    "further_actors": ListOf(_keys("name kind_label when_involved may_receive referral contact")),
    "referring_actors": ListOf(_keys("name referral contact")),
    "indicators": ListOf(_keys("name measure target result")),
    "dpia": _keys("required status status_label completed_on reference note", lead=PARTNER),
    "readiness": _keys(
        "assessed preconditions catalogue_version by_clause",
        overall=ListOf(_keys("mean band strengths borderline gaps not_assessed", partner=PARTNER)),
        findings=ListOf(FINDING),
        needing_action=ListOf(FINDING),
    ),
    "annotated": ANY,
    "redline": _keys("version contacts"),
    "open_questions": ListOf(_keys("number text section")),
    "review": _keys(
        "kind kind_label extraordinary held_on reviewed_version " + " ".join(RECORD_TEXTS),
        actions=ListOf(_keys("text owner due status outcome outcome_label note")),
    ),
}
"""The context every agreement text can read (``context.build_context``)."""

REFERENCES: Mapping[str, Shape] = {"ref": ANY, "annex": ANY}
"""Added once the sections that apply are known: ``{{ ref.sharing }}``, ``{{ annex.contacts }}``."""

_DICT_METHODS = frozenset({"items", "keys", "values", "get"})


@dataclass(frozen=True)
class Unknown:
    """A name a text reads that its context does not have."""

    name: str
    line: int  # inside the text, from 1
    instead: str = ""  # a close known name, if there is one

    @classmethod
    def of(
        cls, name: str, line: int, wrong: str, known: Iterable[str], prefix: str = ""
    ) -> Unknown:
        close = get_close_matches(wrong, sorted(known), n=1)
        return cls(name, line, prefix + close[0] if close else "")

    def message(self) -> Phrase:
        if self.instead:
            return Phrase(
                "the text reads '{name}', which the program does not provide here (did you "
                "mean '{instead}'?). Correct the name.",
                name=self.name,
                instead=self.instead,
            )
        return Phrase(
            "the text reads '{name}', which the program does not provide here. Correct the name.",
            name=self.name,
        )


def unknown_names(
    environment: SandboxedEnvironment, template: nodes.Template, names: Mapping[str, Shape]
) -> list[Unknown]:
    """The names and fields ``template`` reads that ``names`` does not provide, in order."""
    found: list[Unknown] = []
    undeclared = meta.find_undeclared_variables(template)
    known = set(names) | set(environment.globals)
    reported: set[str] = set()
    for node in template.find_all(nodes.Name):
        name = node.name
        if node.ctx == "load" and name in undeclared and name not in known | reported:
            found.append(Unknown.of(name, node.lineno, name, names))
            reported.add(name)
    _Fields(names, found).walk(template, [{}])
    return sorted(found, key=lambda u: u.line)


class _Fields:
    """Follows the fields a text reads through known values and the loops over them."""

    def __init__(self, names: Mapping[str, Shape], found: list[Unknown]) -> None:
        self.names = names
        self.found = found

    def lookup(self, name: str, scopes: list[dict[str, Shape]]) -> Shape:
        for scope in reversed(scopes):
            if name in scope:
                return scope[name]
        return self.names.get(name, ANY)

    def member(self, shape: Shape, key: str, path: str, line: int) -> Shape:
        if isinstance(shape, Mapping):
            if key in shape:
                found: Shape = shape[key]
                return found
            if key not in _DICT_METHODS:
                self.found.append(Unknown.of(f"{path}.{key}", line, key, shape, f"{path}."))
        return ANY

    def shape(self, node: nodes.Node, scopes: list[dict[str, Shape]]) -> tuple[Shape, str]:
        """The shape of an expression and how it reads ("rule.sender"), walking what it uses."""
        if isinstance(node, nodes.Name):
            return self.lookup(node.name, scopes), node.name
        if isinstance(node, nodes.Getattr):
            outer, path = self.shape(node.node, scopes)
            return self.member(outer, node.attr, path, node.lineno), f"{path}.{node.attr}"
        if isinstance(node, nodes.Getitem):
            outer, path = self.shape(node.node, scopes)
            self.walk(node.arg, scopes)
            arg = node.arg
            if isinstance(arg, nodes.Const) and isinstance(arg.value, str):
                return self.member(outer, arg.value, path, node.lineno), f"{path}.{arg.value}"
            if isinstance(outer, ListOf) and isinstance(arg, nodes.Const):
                return outer.item, f"{path}[{arg.value}]"
            return ANY, f"{path}[]"
        if isinstance(node, nodes.Filter) and node.name in ("first", "last") and node.node:
            outer, path = self.shape(node.node, scopes)
            return (outer.item if isinstance(outer, ListOf) else ANY), f"{path}|{node.name}"
        self.walk(node, scopes)
        return ANY, "…"

    def walk(self, node: nodes.Node, scopes: list[dict[str, Shape]]) -> None:
        if isinstance(node, nodes.Name | nodes.Getattr | nodes.Getitem) or (
            isinstance(node, nodes.Filter) and node.name in ("first", "last")
        ):
            self.shape(node, scopes)
            return
        if isinstance(node, nodes.For):
            items, _ = self.shape(node.iter, scopes)
            inner: dict[str, Shape] = dict.fromkeys(_targets(node.target), ANY)
            if isinstance(node.target, nodes.Name) and isinstance(items, ListOf):
                inner[node.target.name] = items.item
            inner["loop"] = ANY
            loop_scopes = [*scopes, inner]
            if node.test is not None:
                self.walk(node.test, loop_scopes)
            for child in node.body:
                self.walk(child, loop_scopes)
            for child in node.else_:
                self.walk(child, scopes)
            return
        if isinstance(node, nodes.Assign | nodes.AssignBlock):
            for child in node.iter_child_nodes(exclude=("target",)):
                self.walk(child, scopes)
            scopes[-1].update(dict.fromkeys(_targets(node.target), ANY))
            return
        if isinstance(node, nodes.Macro | nodes.CallBlock):
            inner = {arg.name: ANY for arg in node.args}
            inner.update({"caller": ANY, "varargs": ANY, "kwargs": ANY})
            for child in node.iter_child_nodes():
                self.walk(child, [*scopes, inner])
            return
        for child in node.iter_child_nodes():
            self.walk(child, scopes)


def _targets(node: nodes.Node) -> Iterator[str]:
    for name in node.find_all(nodes.Name):
        yield name.name
    if isinstance(node, nodes.Name):
        yield node.name
