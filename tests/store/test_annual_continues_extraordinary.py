"""An annual review held while an extraordinary review's draft is not signed continues that
draft, and the review becomes the annual one, held on its day; the extraordinary one's reason
stays in the record."""

from __future__ import annotations

import datetime as dt

import pytest

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
    started, extraordinary = workspace.reviews.start_review(demo.id, incident)
    # an extraordinary review leaves the annual review's date as it was
    assert extraordinary.agreement.next_review_date == demo.next_review_date
    annual = ReviewRecord(held_on=dt.date(2027, 11, 20), participants="Dr. Hans Weiß")
    review, draft = workspace.reviews.start_review(demo.id, annual, continue_draft=True)
    assert (review.id, draft.number) == (started.id, 2)
    record = review.record
    assert (record.kind, record.held_on) == (ReviewKind.ANNUAL, dt.date(2027, 11, 20))
    assert record.reason == REASON
    assert record.participants == "Dr. Hans Weiß"
    assert workspace.reviews.in_progress(demo.id) == review
    # its draft's next review moves as an annual review's does: the review day plus the interval
    assert draft.agreement.next_review_date == dt.date(2028, 11, 20)
    assert workspace.agreements.load(demo.id, 2).agreement.next_review_date == dt.date(2028, 11, 20)


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


def test_a_record_kept_after_the_draft_was_marked_ready_leaves_it_ready(
    workspace: Workspace, demo: Agreement
) -> None:
    from coopbuilder.core.vocabulary import AgreementStatus
    from coopbuilder.store.errors import ProtectedVersionError

    first = workspace.agreements.create(demo)
    workspace.signing.mark_signed(demo.id, 1, first.revision)
    review, draft = workspace.reviews.start_review(
        demo.id, ReviewRecord(held_on=dt.date(2027, 11, 20))
    )
    ready = draft.agreement.model_copy(update={"status": AgreementStatus.READY_TO_SIGN})
    workspace.agreements.save(ready, draft.revision)
    late = review.record.model_copy(update={"what_worked": "The monthly meetings."})
    # typed into the draft, kept just after it was marked ready: refused, the version stays ready
    with pytest.raises(ProtectedVersionError, match="was marked ready to sign before"):
        workspace.reviews.update_review(review.id, late, while_draft=True)
    assert workspace.agreements.load(demo.id, 2).agreement.status is AgreementStatus.READY_TO_SIGN
    assert workspace.reviews.in_progress(demo.id) == review
    # the same record again changes nothing, so nothing is refused
    workspace.reviews.update_review(review.id, review.record, while_draft=True)
    # changed on purpose (not while drafting), the version is a draft again, as before
    workspace.reviews.update_review(review.id, late)
    assert workspace.agreements.load(demo.id, 2).agreement.status is AgreementStatus.DRAFT
