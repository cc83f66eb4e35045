"""Which reviews are due, and a review started on a stored agreement (a workspace per test)."""

from __future__ import annotations

import datetime as dt

import pytest

from coopbuilder.core.agreement import Agreement
from coopbuilder.core.records import ReviewKind, ReviewRecord
from coopbuilder.core.review import DueState
from coopbuilder.store.workspace import Workspace
from coopbuilder.workflows import review


@pytest.mark.parametrize(
    ("today", "state", "days"),
    [
        (dt.date(2027, 10, 1), DueState.DUE, 57),
        (dt.date(2027, 12, 1), DueState.OVERDUE, -4),
        (dt.date(2027, 1, 1), DueState.LATER, 330),
    ],
)
def test_a_signed_version_is_due_overdue_or_later(
    signed: Workspace, today: dt.date, state: DueState, days: int
) -> None:
    (entry,) = review.review_overview(signed, today)
    assert (entry.state, entry.days_left, entry.held, entry.in_progress) == (state, days, [], None)


def test_an_extraordinary_review_keeps_the_annual_date_and_its_reason(
    signed: Workspace, demo: Agreement
) -> None:
    record = ReviewRecord(
        kind=ReviewKind.AFTER_INCIDENT,
        held_on=dt.date(2027, 3, 2),
        reason="A disclosure in February reached the police a day late.",
    )
    stored, draft = signed.reviews.start_review(demo.id, record)
    assert draft.agreement.next_review_date == dt.date(2027, 11, 27)
    assert draft.agreement.assessment.ratings == []  # the assessment is taken again
    assert {a.id for a in draft.agreement.actions} == {a.id for a in demo.actions}
    assert (
        review.reviewed_version(signed, demo.id, draft.number)
        == signed.agreements.load(demo.id, 1).agreement
    )
    (entry,) = review.review_overview(signed, dt.date(2027, 3, 3))
    assert entry.state is DueState.IN_PROGRESS and entry.in_progress == stored
    assert entry.held[0].record.reason == record.reason
