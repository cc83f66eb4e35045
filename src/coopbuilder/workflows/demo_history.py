"""A three-year demo history in a workspace, built through the services as the partners would:
version 1 signed; an annual review starts version 2, which is amended and signed; a second
review starts version 3, a draft. The content is data (``resources/demo/history-en.yaml``, and
``history-de.yaml`` for the German demo agreement, with the same ids and figures).

For demos, the tests and the screenshots of the review screens.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from coopbuilder.core.agreement import Agreement, add_months
from coopbuilder.core.assessment import Assessment
from coopbuilder.core.demo import demo_agreement
from coopbuilder.core.records import ReviewRecord
from coopbuilder.core.resources import resource_path
from coopbuilder.core.vocabulary import Language
from coopbuilder.core.yamlio import parse_yaml
from coopbuilder.store.models import StoredVersion
from coopbuilder.store.workspace import Workspace


def _history(language: Language) -> list[dict[str, Any]]:
    path = resource_path("demo", f"history-{language.value}.yaml")
    data: dict[str, Any] = parse_yaml(path.read_text(encoding="utf-8"))
    return list(data["reviews"])


def _retake(reviewed: Agreement, changes: dict[str, dict[str, int | None]]) -> Assessment:
    """The reviewed version's ratings with the review's changes: the assessment taken again."""
    assessment = reviewed.assessment.model_copy(deep=True)
    for partner_id, values in changes.items():
        for statement_id, value in values.items():
            assessment.set_rating(partner_id, statement_id, value)
    return assessment


def _amended(items: list[dict[str, Any]], amend: dict[str, Any], what: str) -> list[dict[str, Any]]:
    """``items`` (by id) with those in ``remove_<what>`` left out, those in ``change_<what>``
    changed and those in ``add_<what>`` added."""
    removed = set(amend.get(f"remove_{what}", []))
    changes = amend.get(f"change_{what}", {})
    kept = [item | changes.get(item["id"], {}) for item in items if item["id"] not in removed]
    return kept + list(amend.get(f"add_{what}", []))


def _review_draft(draft: Agreement, reviewed: Agreement, step: dict[str, Any]) -> Agreement:
    """The draft as the partners leave it after the review: rated again, the outcomes of the
    actions recorded, new actions agreed, sharing rules and contacts amended."""
    held = dt.date.fromisoformat(str(step["held_on"]))
    data = draft.model_dump()
    data["assessment"] = _retake(reviewed, step["ratings"]).model_dump()
    for action in data["actions"]:
        outcome = step["outcomes"].get(action["id"])
        if outcome:
            action.update(status=outcome["status"], outcome_note=outcome["note"])
    for new in step["new_actions"]:
        action = dict(new)
        action["due_date"] = held + dt.timedelta(days=action.pop("due_in_days"))
        data["actions"].append(action)
    data["contacts"] = _amended(data["contacts"], step["amend"], "contacts")
    data["sharing_rules"] = _amended(data["sharing_rules"], step["amend"], "rules")
    return Agreement.model_validate(data)


def demo_history(
    workspace: Workspace, start: dt.date, language: Language | str = Language.EN
) -> list[StoredVersion]:
    """Store the demo agreement (in ``language``) taking effect on ``start`` with two annual
    reviews; returns its three versions (1 superseded, 2 signed, 3 a draft from the second
    review)."""
    language = Language(language)
    first = workspace.agreements.create(demo_agreement(language, today=start))
    agreement_id = first.agreement_id
    current = workspace.signing.mark_signed(agreement_id, 1, first.revision)
    versions = [current]
    history = _history(language)
    for index, step in enumerate(history):
        held = add_months(start, step["held_after_months"]) - dt.timedelta(days=step["days_early"])
        step = step | {"held_on": held.isoformat()}
        record = ReviewRecord.model_validate(step["record"] | {"held_on": held})
        _, draft = workspace.reviews.start_review(agreement_id, record)
        content = _review_draft(draft.agreement, current.agreement, step)
        saved = workspace.agreements.save(content, draft.revision)
        if index + 1 < len(history):
            saved = workspace.signing.mark_signed(agreement_id, saved.number, saved.revision)
        current = saved
        versions.append(saved)
    return [workspace.agreements.load(agreement_id, v.number) for v in versions]
