"""The annual (or extraordinary) review of a signed agreement, as a domain rule.

How a review carries last year into the new draft (``prepare_review_draft``):

- the **assessment is taken again**: the new draft starts with no ratings, against the current
  precondition catalogue, and last time's ratings stay in the reviewed version, shown faintly
  beside each statement while rating (a version rated against an earlier catalogue shows them
  beside the statements of the same meaning, see :mod:`coopbuilder.core.carry_over`);
- the **actions still pending** in the reviewed version (open, in progress, or found not done
  at the review before) stay in the new draft, with their id, status and outcome note, so the
  partners record there what became of them: done, not done, or dropped, with a note (one
  found not done before is open again: nobody has decided about it at this review yet).
  Actions already done or dropped in the reviewed version are not carried again: their outcome
  was recorded at the review before and stays readable in that version;
- each **success indicator's result** is found anew: the new draft starts without one, and the
  result of the review before stays in the reviewed version;
- an **annual review** sets the next review to the review date plus the review interval; an
  extraordinary one (after an incident, a change of staff or of law) leaves the date of the
  next annual review as it was.

One review at a time: a review held while another one's draft is not signed yet continues
that draft (``continued_record``): the record of the review in progress keeps why the later one
was held (an incident among the incidents, a change of staff among the changes of staff, a
change of law in the note) and who took part.

What the program knows for the review's record: ``staff_changes`` (who left and who took over
among the contacts, from the reviewed version to the draft).

``action_outcomes`` then lists, for every action pending in the reviewed version, what the new
version says became of it.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from pydantic import Field

from coopbuilder.core.agreement import Agreement, add_months
from coopbuilder.core.assessment import Action, Assessment
from coopbuilder.core.base import Model
from coopbuilder.core.catalogue import CURRENT_VERSION
from coopbuilder.core.records import ReviewKind, ReviewRecord
from coopbuilder.core.vocabulary import DUE_SOON_DAYS as DUE_SOON_DAYS  # with the review's rules
from coopbuilder.core.vocabulary import ActionStatus

PENDING = frozenset({ActionStatus.OPEN, ActionStatus.IN_PROGRESS, ActionStatus.NOT_DONE})
"""The statuses of an action that is carried into the next review's draft."""


class DueState(StrEnum):
    """Where an agreement stands with its next review."""

    OVERDUE = "overdue"
    DUE = "due"  # within the days asked about
    IN_PROGRESS = "in_progress"  # a review has started a draft that is not signed yet
    LATER = "later"
    NO_DATE = "no_date"


def due_state(
    next_review: dt.date | None,
    today: dt.date,
    within_days: int = DUE_SOON_DAYS,
    in_progress: bool = False,
) -> DueState:
    """The state of an agreement's next review on ``today``."""
    if in_progress:
        return DueState.IN_PROGRESS
    if next_review is None:
        return DueState.NO_DATE
    if next_review < today:
        return DueState.OVERDUE
    if next_review <= today + dt.timedelta(days=within_days):
        return DueState.DUE
    return DueState.LATER


def is_extraordinary(kind: ReviewKind) -> bool:
    return kind is not ReviewKind.ANNUAL


def prepare_review_draft(reviewed: Agreement, record: ReviewRecord) -> Agreement:
    """The new draft a review starts from the reviewed version (see the module's docstring).
    ``reviewed`` is left as it is."""
    draft = reviewed.model_copy(deep=True)
    draft.assessment = Assessment()
    draft.catalogue_version = CURRENT_VERSION
    draft.actions = [a for a in draft.actions if a.status in PENDING]
    for indicator in draft.success_indicators:
        indicator.result = ""  # found anew at this review
    for action in draft.actions:
        if action.status is ActionStatus.NOT_DONE:
            action.status = ActionStatus.OPEN  # to be decided again at this review
    if record.kind is ReviewKind.ANNUAL:
        draft = annual_next_review(draft, record.held_on)
    return draft


def annual_next_review(draft: Agreement, held_on: dt.date) -> Agreement:
    """``draft`` with its next review set as an annual review held on ``held_on`` sets it:
    that day plus the review interval (not before the day the agreement takes effect)."""
    following = add_months(held_on, draft.review_interval_months)
    if draft.effective_date is not None and following < draft.effective_date:
        return draft
    return draft.model_copy(update={"next_review_date": following})


def _joined(text: str, addition: str) -> str:
    """``text`` with ``addition`` as a paragraph of its own (once)."""
    addition = addition.strip()
    if not addition or addition in text:
        return text
    return f"{text.rstrip()}\n\n{addition}" if text.strip() else addition


_REASON_GOES_TO = {
    ReviewKind.AFTER_INCIDENT: "incidents",
    ReviewKind.STAFF_CHANGE: "staff_changes",
    ReviewKind.LAW_CHANGE: "note",
}


def continued_record(current: ReviewRecord, later: ReviewRecord) -> ReviewRecord:
    """The record of the review in progress once ``later`` (a review held while its draft is
    not signed) continues it: ``later``'s reason among the incidents, the changes of staff or
    the note (by its kind), and its participants beside the others. The kind and date of the
    review in progress stay, but for an annual review that continues an extraordinary one's
    draft: the review is then the annual one, held on its day (the extraordinary one's reason
    stays in the record); text already there is not added twice."""
    update: dict[str, object] = {"participants": _joined(current.participants, later.participants)}
    if later.kind is ReviewKind.ANNUAL and current.kind is not ReviewKind.ANNUAL:
        update |= {"kind": ReviewKind.ANNUAL, "held_on": later.held_on}
    field = _REASON_GOES_TO.get(later.kind)
    if field is not None:
        update[field] = _joined(getattr(current, field), later.reason)
    return ReviewRecord.model_validate(current.model_dump() | update)


def merged_record(before: ReviewRecord, mine: ReviewRecord, now: ReviewRecord) -> ReviewRecord:
    """What to keep when a record read as ``before`` was edited into ``mine`` while the
    workspace's record became ``now`` (another review continued it, another tab saved it):
    the fields edited here from ``mine``, every other field as ``now`` has it."""
    values = {
        name: getattr(mine, name) if getattr(mine, name) != getattr(before, name) else value
        for name, value in now
    }
    return ReviewRecord.model_validate(values)


class Outcome(StrEnum):
    """What became of an action agreed at the last review; ``OPEN`` while nobody has decided
    (its status is still open or in progress)."""

    DONE = "done"
    NOT_DONE = "not_done"
    DROPPED = "dropped"
    OPEN = "open"


class ActionOutcome(Model):
    """One action of the reviewed version and what the new version says became of it.
    ``status`` is ``None`` when the new version no longer has the action at all."""

    action: Action
    status: ActionStatus | None
    note: str = ""

    @property
    def outcome(self) -> Outcome:
        if self.status is ActionStatus.DONE:
            return Outcome.DONE
        if self.status is None or self.status is ActionStatus.DROPPED:
            return Outcome.DROPPED
        if self.status is ActionStatus.NOT_DONE:
            return Outcome.NOT_DONE
        return Outcome.OPEN


def action_outcomes(reviewed: Agreement, new: Agreement) -> list[ActionOutcome]:
    """Every action pending in ``reviewed``, with its status and note in ``new``."""
    now = {a.id: a for a in new.actions}
    out = []
    for action in reviewed.actions:
        if action.status not in PENDING:
            continue
        later = now.get(action.id)
        out.append(
            ActionOutcome(
                action=action,
                status=later.status if later else None,
                note=later.outcome_note if later else "",
            )
        )
    return out


class StaffChange(Model):
    """A contact who left, one who joined, or one who took over from another (the same
    entry with another name, or one removed and one added on the same partner's level)."""

    left: str = ""
    joined: str = ""
    role: str = ""
    partner: str = ""


def staff_changes(reviewed: Agreement, new: Agreement) -> list[StaffChange]:
    """The changes of staff among the contacts from ``reviewed`` to ``new``, in the order of
    ``new``'s contacts (then those who left without a successor)."""
    partners = {p.id: p.label for p in new.partners} | {p.id: p.label for p in reviewed.partners}
    before = {c.id: c for c in reviewed.contacts}
    after_ids = {c.id for c in new.contacts}
    gone = [c for c in reviewed.contacts if c.id not in after_ids]
    out = []
    for contact in new.contacts:
        old = before.get(contact.id)
        if old is None:
            old = next(
                (g for g in gone if (g.partner_id, g.level) == (contact.partner_id, contact.level)),
                None,
            )
            if old is not None:
                gone.remove(old)
        elif old.name == contact.name:
            continue
        out.append(
            StaffChange(
                left=old.name if old else "",
                joined=contact.name,
                role=contact.role,
                partner=partners.get(contact.partner_id, contact.partner_id),
            )
        )
    out.extend(
        StaffChange(left=g.name, role=g.role, partner=partners.get(g.partner_id, g.partner_id))
        for g in gone
    )
    return out


class ReviewContext(Model):
    """What a version's review annex shows: the review that started the version, which
    version it reviewed, and what became of that version's actions."""

    record: ReviewRecord
    reviewed_version: int = Field(ge=1)
    outcomes: list[ActionOutcome] = Field(default_factory=list)
