"""What the templates read about a review (``review`` in the template context): the record,
the version it reviewed, and what became of that version's actions."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from coopbuilder.core.review import ActionOutcome, ReviewContext, is_extraordinary

if TYPE_CHECKING:
    from coopbuilder.documents.context import Formatter

View = dict[str, Any]

RECORD_TEXTS = (
    "reason",
    "participants",
    "what_worked",
    "what_failed",
    "lessons_learned",
    "staff_changes",
    "incidents",
    "decisions",
    "note",
)


def outcome_view(fmt: Formatter, item: ActionOutcome, partners: dict[str, View]) -> View:
    action = item.action
    owner = (
        fmt.word("both_partners")
        if action.both_partners
        else partners[action.owner_partner_id]["label"]
        if action.owner_partner_id
        else ""
    )
    return {
        "text": action.text,
        "owner": owner or fmt.word("none"),
        "due": fmt.date(action.due_date) or fmt.word("none"),
        "status": fmt.label(item.status) if item.status else fmt.word("none"),
        "outcome": item.outcome.value,
        "outcome_label": fmt.label(item.outcome),
        "note": item.note,
    }


def review_view(fmt: Formatter, review: ReviewContext, partners: dict[str, View]) -> View:
    record = review.record
    view: View = {
        "kind": record.kind.value,
        "kind_label": fmt.label(record.kind),
        "extraordinary": is_extraordinary(record.kind),
        "held_on": fmt.date(record.held_on),
        "reviewed_version": review.reviewed_version,
        "actions": [outcome_view(fmt, item, partners) for item in review.outcomes],
    }
    view.update({name: getattr(record, name) for name in RECORD_TEXTS})
    return view
