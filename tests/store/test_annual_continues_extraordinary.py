"""An annual review held while an extraordinary review's draft is not signed continues that
draft, and the review becomes the annual one, held on its day; the extraordinary one's reason
stays in the record."""

from __future__ import annotations

import datetime as dt

from coopbuilder.core.agreement import Agreement
from coopbuilder.core.records import ReviewKind, ReviewRecord
from coopbuilder.core.review import continued_record
from coopbuilder.store.workspace import Workspace

REASON = "A case file was shared without consent."


def test_the_annual_review_takes_over_the_extraordinary_ones_draft(
    workspace: Workspace, demo: Agreement
) -> None:
    first = workspace.agreements.create(demo)
    workspace.signing.mark_signed(demo.id, 1, first.revision)
    incident = ReviewRecord(
        kind=ReviewKind.AFTER_INCIDENT, held_on=dt.date(2027, 9, 3), reason=REASON
    )
    started, _ = workspace.reviews.start_review(demo.id, incident)
    annual = ReviewRecord(held_on=dt.date(2027, 11, 20), participants="Dr. Hans Weiß")
    review, draft = workspace.reviews.start_review(demo.id, annual, continue_draft=True)
    assert (review.id, draft.number) == (started.id, 2)
    record = review.record
    assert (record.kind, record.held_on) == (ReviewKind.ANNUAL, dt.date(2027, 11, 20))
    assert record.reason == REASON
    assert record.participants == "Dr. Hans Weiß"
    assert workspace.reviews.in_progress(demo.id) == review


def test_an_extraordinary_review_leaves_the_annual_ones_kind_and_day() -> None:
    annual = ReviewRecord(held_on=dt.date(2027, 11, 20))
    incident = ReviewRecord(
        kind=ReviewKind.AFTER_INCIDENT, held_on=dt.date(2027, 12, 3), reason=REASON
    )
    record = continued_record(annual, incident)
    assert (record.kind, record.held_on, record.incidents) == (
        ReviewKind.ANNUAL,
        dt.date(2027, 11, 20),
        REASON,
    )
    # and a second extraordinary review keeps the first one's
    staff = ReviewRecord(kind=ReviewKind.STAFF_CHANGE, held_on=dt.date(2027, 12, 9))
    record = continued_record(incident, staff)
    assert (record.kind, record.held_on) == (ReviewKind.AFTER_INCIDENT, dt.date(2027, 12, 3))
