"""The demo agreements: an exit-counselling NGO and a state criminal police office (``exit``),
and a family-counselling NGO that the advice centre's hotline refers callers to, working with
returnees and their families, and the same police office (``family``).

Their content is data (``resources/demo/<language>.yaml`` and
``resources/demo/family-<language>.yaml``); this module only fills in the dates relative to the
day the demo is made and turns the compact rating table into ratings.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Any

from coopbuilder.core import clock
from coopbuilder.core.agreement import Agreement, add_months
from coopbuilder.core.resources import resource_path
from coopbuilder.core.vocabulary import Language
from coopbuilder.core.yamlio import parse_yaml


class Example(StrEnum):
    """Which demo agreement."""

    EXIT = "exit"
    FAMILY = "family"


def _ratings(table: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    ratings = []
    for partner_id, values in table.items():
        for statement_id, value in values.items():
            entry = value if isinstance(value, dict) else {"value": value}
            ratings.append({"partner_id": partner_id, "statement_id": statement_id, **entry})
    return ratings


def demo_agreement(
    language: Language | str = Language.EN,
    today: dt.date | None = None,
    example: Example | str = Example.EXIT,
) -> Agreement:
    """A demo agreement (the exit-counselling one unless ``example`` says which), taking effect
    ``today``."""
    today = today or clock.today()
    prefix = "" if Example(example) is Example.EXIT else f"{Example(example).value}-"
    path = resource_path("demo", f"{prefix}{Language(language).value}.yaml")
    data: dict[str, Any] = parse_yaml(path.read_text(encoding="utf-8"))
    data["assessment"] = {"ratings": _ratings(data.pop("ratings"))}
    for action in data["actions"]:
        action["due_date"] = today + dt.timedelta(days=action.pop("due_in_days"))
    data["effective_date"] = today
    data["next_review_date"] = add_months(today, data.get("review_interval_months", 12))
    if data.get("dpia", {}).get("status") == "done":
        data["dpia"]["completed_on"] = today
    return Agreement.model_validate(data)


def large_agreement(
    rules: int = 60,
    contacts: int = 40,
    further_actors: int = 6,
    today: dt.date | None = None,
) -> Agreement:
    """The demo agreement grown to a large cooperation (for benchmarks and layout tests):
    ``rules`` sharing rules, ``contacts`` escalation contacts, ``further_actors`` further
    actors, made by repeating the demo's entries with numbered names."""
    data = demo_agreement(Language.EN, today).model_dump()
    data["sharing_rules"] = _repeat(data["sharing_rules"], rules, "category")
    data["contacts"] = _repeat(data["contacts"], contacts, "name")
    data["further_actors"] = _repeat(data["further_actors"], further_actors, "name")
    ids = {c["id"] for c in data["contacts"]}
    for contact in data["contacts"]:
        if contact["deputy_id"] not in ids:
            contact["deputy_id"] = None
    return Agreement.model_validate(data)


def _repeat(items: list[dict[str, Any]], count: int, name: str) -> list[dict[str, Any]]:
    """``count`` entries: the items, then numbered copies of them (ids and deputies follow)."""
    out = []
    for index in range(count):
        item = dict(items[index % len(items)])
        round_ = index // len(items)
        if round_:
            item["id"] = f"{item['id']}-{round_}"
            item[name] = f"{item[name]} ({round_ + 1})"
            if item.get("deputy_id"):
                item["deputy_id"] = f"{item['deputy_id']}-{round_}"
        out.append(item)
    return out
