"""The demo agreement: an exit-counselling NGO and a state criminal police office.

Its content is data (``resources/demo/<language>.yaml``); this module only fills in the dates
relative to the day the demo is made and turns the compact rating table into ratings.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import yaml

from coopbuilder.core.agreement import Agreement, add_months
from coopbuilder.core.resources import resource_path
from coopbuilder.core.vocabulary import Language


def _ratings(table: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    ratings = []
    for partner_id, values in table.items():
        for statement_id, value in values.items():
            entry = value if isinstance(value, dict) else {"value": value}
            ratings.append({"partner_id": partner_id, "statement_id": statement_id, **entry})
    return ratings


def demo_agreement(
    language: Language | str = Language.EN, today: dt.date | None = None
) -> Agreement:
    """The demo agreement, taking effect ``today``."""
    today = today or dt.date.today()
    path = resource_path("demo", f"{Language(language).value}.yaml")
    data: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["assessment"] = {"ratings": _ratings(data.pop("ratings"))}
    for action in data["actions"]:
        action["due_date"] = today + dt.timedelta(days=action.pop("due_in_days"))
    data["effective_date"] = today
    data["next_review_date"] = add_months(today, data.get("review_interval_months", 12))
    if data.get("dpia", {}).get("status") == "done":
        data["dpia"]["completed_on"] = today
    return Agreement.model_validate(data)
