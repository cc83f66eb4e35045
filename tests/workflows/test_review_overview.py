"""Which reviews are due, and a review started on a stored agreement (a workspace per test)."""

from __future__ import annotations

import datetime as dt

import pytest

from coopbuilder.core.agreement import Agreement
from coopbuilder.core.records import ReviewKind, ReviewRecord
from coopbuilder.core.review import DueState
from coopbuilder.core.vocabulary import AgreementStatus
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
    assert {a.id for a in draft.agreement.actions} == {a.id for a in demo.actions if a.is_open}
    assert (
        review.reviewed_version(signed, demo.id, draft.number)
        == signed.agreements.load(demo.id, 1).agreement
    )
    (entry,) = review.review_overview(signed, dt.date(2027, 3, 3))
    assert entry.state is DueState.IN_PROGRESS and entry.in_progress == stored
    assert entry.held[0].record.reason == record.reason


def _add(
    workspace: Workspace,
    demo: Agreement,
    agreement_id: str,
    review_on: dt.date,
    status: AgreementStatus = AgreementStatus.DRAFT,
) -> int:
    agreement = demo.model_copy(deep=True)
    agreement.status = status
    agreement.id = agreement_id
    agreement.title = agreement_id.replace("-", " ").capitalize()
    agreement.next_review_date = review_on
    return workspace.agreements.create(agreement).revision


def in_force_and_drafts(workspace: Workspace, demo: Agreement) -> Workspace:
    """Two agreements never signed, one in force, one in force with a new draft after it."""
    today = dt.date(2027, 10, 1)
    _add(workspace, demo, "never-signed-draft", today + dt.timedelta(days=20))
    ready = AgreementStatus.READY_TO_SIGN
    _add(workspace, demo, "never-signed-ready", today - dt.timedelta(days=3), ready)
    revision = _add(workspace, demo, "in-force", today + dt.timedelta(days=30))
    workspace.signing.mark_signed("in-force", 1, revision)
    revision = _add(workspace, demo, "in-force-edited", today + dt.timedelta(days=40))
    workspace.signing.mark_signed("in-force-edited", 1, revision)
    workspace.agreements.new_version("in-force-edited")  # the latest version is a draft
    return workspace


def test_only_agreements_in_force_are_due_for_review(workspace: Workspace, demo: Agreement) -> None:
    in_force_and_drafts(workspace, demo)
    overview = review.review_overview(workspace, dt.date(2027, 10, 1))
    assert [(e.summary.agreement_id, e.state, e.days_left) for e in overview] == [
        ("in-force", DueState.DUE, 30),
        ("in-force-edited", DueState.DUE, 40),
    ]
    assert [d.agreement_id for d in review.calendar_dates(workspace)] == [
        "in-force",
        "in-force-edited",
    ]
    # the list of agreements still shows every one of them
    assert {row.agreement_id: row.status for row in workspace.listing.page().rows} == {
        "never-signed-draft": AgreementStatus.DRAFT,
        "never-signed-ready": AgreementStatus.READY_TO_SIGN,
        "in-force": AgreementStatus.SIGNED,
        "in-force-edited": AgreementStatus.DRAFT,
    }
