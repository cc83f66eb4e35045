"""Signature records and reviews (the services the signing and review screens will call)."""

from __future__ import annotations

import datetime as dt
import hashlib

import pytest

from coopbuilder.core.agreement import Agreement
from coopbuilder.core.errors import UserError
from coopbuilder.core.records import ReviewKind, ReviewRecord, SignatureMethod, SignatureRecord
from coopbuilder.core.vocabulary import AgreementStatus
from coopbuilder.store.errors import ConflictError, ProtectedVersionError, ReviewInProgressError
from coopbuilder.store.models import AuditAction
from coopbuilder.store.workspace import Workspace

PDF = b"%PDF-1.7 the signed agreement"


def _signature(**changes: object) -> SignatureRecord:
    values: dict[str, object] = {
        "partner_id": "ngo",
        "signatory": "Dr. Miriam Keller",
        "role": "Managing director",
        "signed_on": dt.date(2026, 12, 1),
        "place": "Nürnberg",
        "method": SignatureMethod.HANDWRITTEN,
        "file_name": "agreement-v1-signed.pdf",
    }
    return SignatureRecord.model_validate(values | changes)


def test_a_signature_record_keeps_who_when_how_and_the_signed_file(
    workspace: Workspace, demo: Agreement
) -> None:
    workspace.agreements.create(demo)
    stored = workspace.signing.record_signature(demo.id, 1, _signature(), document=PDF)
    assert stored.record.file_sha256 == hashlib.sha256(PDF).hexdigest()
    assert stored.has_document and stored.recorded_by == "anna"
    (again,) = workspace.signing.signatures(demo.id, 1)
    assert again == stored
    assert workspace.signing.signed_document(stored.id) == PDF
    entry = workspace.audit.entries(demo.id)[0]
    assert entry.action is AuditAction.SIGNATURE_RECORDED
    assert entry.detail == "Dr. Miriam Keller, 2026-12-01, handwritten"
    # a version carrying a signature is evidence: it cannot be deleted
    with pytest.raises(ProtectedVersionError, match="carries a recorded signature"):
        workspace.agreements.delete_agreement(demo.id)


def test_a_signed_file_must_match_the_hash_it_is_recorded_with(
    workspace: Workspace, demo: Agreement
) -> None:
    workspace.agreements.create(demo)
    record = _signature(file_sha256=hashlib.sha256(b"another file").hexdigest())
    with pytest.raises(UserError, match="does not match the fingerprint"):
        workspace.signing.record_signature(demo.id, 1, record, document=PDF)
    with pytest.raises(UserError, match="not in version 1"):
        workspace.signing.record_signature(demo.id, 1, _signature(partner_id="nobody"))
    assert workspace.signing.signatures(demo.id, 1) == []


def test_a_review_starts_the_next_draft_from_the_signed_version(
    workspace: Workspace, demo: Agreement
) -> None:
    first = workspace.agreements.create(demo)
    with pytest.raises(ProtectedVersionError, match="starts from a signed version"):
        workspace.reviews.start_review(demo.id, ReviewRecord(held_on=dt.date(2027, 11, 20)))
    workspace.signing.mark_signed(demo.id, 1, first.revision)
    record = ReviewRecord(
        held_on=dt.date(2027, 11, 20),
        what_failed="The 24/7 number was unknown to the night shift.",
        lessons_learned="Hand the contact list to every shift lead.",
    )
    review, draft = workspace.reviews.start_review(demo.id, record)
    assert (review.reviewed_version, review.new_version) == (1, 2)
    assert (draft.number, draft.status, draft.based_on) == (2, AgreementStatus.DRAFT, 1)
    assert draft.agreement.sharing_rules == demo.sharing_rules  # prefilled from version 1
    changed = record.model_copy(update={"kind": ReviewKind.AFTER_INCIDENT, "note": "added"})
    workspace.reviews.update_review(review.id, changed)
    (again,) = workspace.reviews.reviews(demo.id)
    assert again.record == changed
    assert workspace.audit.entries(demo.id)[0].action is AuditAction.REVIEW_STARTED


def test_deleting_a_reviews_draft_leaves_no_review_pointing_at_a_reused_number(
    workspace: Workspace, demo: Agreement
) -> None:
    first = workspace.agreements.create(demo)
    workspace.signing.mark_signed(demo.id, 1, first.revision)
    record = ReviewRecord(held_on=dt.date(2027, 11, 20), lessons_learned="Annex text")
    review, draft = workspace.reviews.start_review(demo.id, record)
    assert draft.number == 2
    workspace.agreements.delete_version(demo.id, 2)
    (kept,) = workspace.reviews.reviews(demo.id)
    assert (kept.id, kept.reviewed_version, kept.new_version, kept.record) == (
        review.id,
        1,
        None,
        record,
    )
    entry = workspace.audit.entries(demo.id)[0]
    assert (entry.action, entry.version_number) == (AuditAction.DELETED, 2)
    assert "the review of version 1 keeps its record" in entry.detail
    again = workspace.agreements.new_version(demo.id, 1)  # "Edit as a new version..."
    assert again.number == 2  # the number is free again, and no review claims it
    assert [r.new_version for r in workspace.reviews.reviews(demo.id)] == [None]


def _reviewed(workspace: Workspace, demo: Agreement) -> tuple[int, ReviewRecord]:
    """Version 1 signed, and a review of it that started the draft version 2."""
    first = workspace.agreements.create(demo)
    workspace.signing.mark_signed(demo.id, 1, first.revision)
    record = ReviewRecord(held_on=dt.date(2027, 11, 20), lessons_learned="Annex text")
    review, _ = workspace.reviews.start_review(demo.id, record)
    return review.id, record


def test_a_reviews_record_does_not_change_once_the_version_it_started_is_signed(
    workspace: Workspace, demo: Agreement
) -> None:
    review_id, record = _reviewed(workspace, demo)
    draft = workspace.agreements.load(demo.id, 2)
    workspace.signing.mark_signed(demo.id, 2, draft.revision)
    changed = record.model_copy(update={"lessons_learned": "Something else"})
    with pytest.raises(ProtectedVersionError, match="review annex of version 2") as caught:
        workspace.reviews.update_review(review_id, changed)
    assert "which is signed: it does not change any more" in str(caught.value)
    assert workspace.reviews.reviews(demo.id)[0].record == record
    workspace.reviews.update_review(review_id, record)  # saving it unchanged is harmless


def test_a_reviews_record_changes_like_the_text_of_the_version_it_started(
    workspace: Workspace, demo: Agreement
) -> None:
    review_id, record = _reviewed(workspace, demo)
    draft = workspace.agreements.load(demo.id, 2)
    ready = draft.agreement.model_copy(update={"status": AgreementStatus.READY_TO_SIGN})
    workspace.agreements.save(ready, draft.revision)
    # ready to sign: the annex changes, so the version is a draft again (print it again)
    changed = record.model_copy(update={"lessons_learned": "Better annex text"})
    workspace.reviews.update_review(review_id, changed)
    again = workspace.agreements.load(demo.id, 2)
    assert again.status is AgreementStatus.DRAFT
    entry = workspace.audit.entries(demo.id)[0]
    assert (entry.action, entry.version_number) == (AuditAction.SAVED, 2)
    assert "review record" in entry.detail
    # being signed: the annex no longer changes
    ready = again.agreement.model_copy(update={"status": AgreementStatus.READY_TO_SIGN})
    workspace.agreements.save(ready, again.revision)
    workspace.signing.record_signature(demo.id, 2, _signature(), document=PDF)
    with pytest.raises(ProtectedVersionError, match="being signed"):
        workspace.reviews.update_review(review_id, record)
    assert workspace.reviews.reviews(demo.id)[0].record == changed
    assert workspace.agreements.load(demo.id, 2).status is AgreementStatus.READY_TO_SIGN


def test_signatures_made_on_one_document_are_recorded_and_signed_in_one_transaction(
    workspace: Workspace, demo: Agreement
) -> None:
    first = workspace.agreements.create(demo)
    both = [_signature(), _signature(partner_id="lka", signatory="Petra Lindner", place="")]
    # a stale revision refuses the whole batch: no record is left behind
    with pytest.raises(ConflictError, match="changed by someone else"):
        workspace.signing.record_signatures(
            demo.id, 1, both, PDF, mark_signed_revision=first.revision + 1
        )
    assert workspace.signing.signatures(demo.id, 1) == []
    stored, signed = workspace.signing.record_signatures(
        demo.id, 1, both, PDF, mark_signed_revision=first.revision
    )
    digest = hashlib.sha256(PDF).hexdigest()
    assert [(s.has_document, s.record.file_sha256) for s in stored] == [
        (True, digest),
        (False, digest),
    ]
    assert signed is not None and signed.status is AgreementStatus.SIGNED
    entry = workspace.audit.entries(demo.id)[0]
    assert (entry.action, entry.detail) == (AuditAction.SIGNED, f"signed document SHA-256 {digest}")


def test_a_version_ready_to_sign_whose_text_changes_is_a_draft_again(
    workspace: Workspace, demo: Agreement
) -> None:
    """Nobody signs (in ink, on a printout) a text other than the one stored; once a
    signature is recorded, the version stays as it is."""
    first = workspace.agreements.create(demo)
    ready = first.agreement.model_copy(update={"status": AgreementStatus.READY_TO_SIGN})
    marked = workspace.agreements.save(ready, first.revision)
    assert marked.status is AgreementStatus.READY_TO_SIGN
    again = workspace.agreements.save(marked.agreement, marked.revision)  # nothing changed
    assert again.status is AgreementStatus.READY_TO_SIGN
    changed = again.agreement.model_copy(update={"purpose": "Another purpose."})
    saved = workspace.agreements.save(changed, again.revision)
    assert saved.status is AgreementStatus.DRAFT
    assert workspace.agreements.load(demo.id, 1).status is AgreementStatus.DRAFT

    # once a signature of it is recorded, its text does not change at all
    ready = saved.agreement.model_copy(update={"status": AgreementStatus.READY_TO_SIGN})
    marked = workspace.agreements.save(ready, saved.revision)
    workspace.signing.record_signature(demo.id, 1, _signature(), document=PDF)
    stored = workspace.agreements.load(demo.id, 1)
    changed = stored.agreement.model_copy(update={"purpose": "Yet another purpose."})
    with pytest.raises(ProtectedVersionError, match="Miriam Keller has signed"):
        workspace.agreements.save(changed, stored.revision)
    back = stored.agreement.model_copy(update={"status": AgreementStatus.DRAFT})
    with pytest.raises(ProtectedVersionError, match="cannot change any more"):
        workspace.agreements.save(back, stored.revision)  # nor is it a draft again
    after = workspace.agreements.load(demo.id, 1)
    assert (after.status, after.agreement.purpose) == (
        AgreementStatus.READY_TO_SIGN,
        "Another purpose.",
    )


# -- one review at a time ----------------------------------------------------------------------


def _annual_review_under_way(workspace: Workspace, demo: Agreement) -> tuple[int, Agreement]:
    """Version 1 signed; the annual review started version 2 and its work is saved there (a
    new contact, a later next review). Returns the review's id and version 2 as saved."""
    first = workspace.agreements.create(demo)
    workspace.signing.mark_signed(demo.id, 1, first.revision)
    record = ReviewRecord(
        held_on=dt.date(2027, 11, 20),
        participants="Dr. Hans Weiß; Petra Lindner",
        what_worked="The monthly meetings.",
    )
    review, draft = workspace.reviews.start_review(demo.id, record)
    work = draft.agreement.model_copy(deep=True)
    work.contacts[0].name = "Jana Roth"
    work.next_review_date = dt.date(2028, 12, 1)
    saved = workspace.agreements.save(work, draft.revision)
    return review.id, saved.agreement


def test_a_second_review_while_one_is_in_progress_is_refused_and_nothing_is_lost(
    workspace: Workspace, demo: Agreement
) -> None:
    review_id, work = _annual_review_under_way(workspace, demo)
    incident = ReviewRecord(
        kind=ReviewKind.AFTER_INCIDENT,
        held_on=dt.date(2027, 12, 3),
        reason="A case file was shared without consent.",
    )
    with pytest.raises(ReviewInProgressError, match="is in progress since 2027-11-20") as caught:
        workspace.reviews.start_review(demo.id, incident)
    assert caught.value.draft_number == 2
    assert "its draft, version 2, is not signed yet" in str(caught.value)
    assert [v.number for v in workspace.agreements.versions(demo.id)] == [1, 2]
    (review,) = workspace.reviews.reviews(demo.id)
    assert (review.id, review.new_version, review.record.incidents) == (review_id, 2, "")
    assert workspace.agreements.load(demo.id, 2).agreement == work
    assert workspace.reviews.in_progress(demo.id) == review
    # the same for a second annual review
    with pytest.raises(ReviewInProgressError):
        workspace.reviews.start_review(demo.id, ReviewRecord(held_on=dt.date(2027, 12, 4)))
    assert [v.number for v in workspace.agreements.versions(demo.id)] == [1, 2]


def test_a_review_held_while_another_is_in_progress_continues_its_draft(
    workspace: Workspace, demo: Agreement
) -> None:
    review_id, work = _annual_review_under_way(workspace, demo)
    incident = ReviewRecord(
        kind=ReviewKind.AFTER_INCIDENT,
        held_on=dt.date(2027, 12, 3),
        participants="Tobias Brandt",
        reason="A case file was shared without consent.",
    )
    review, draft = workspace.reviews.start_review(demo.id, incident, continue_draft=True)
    assert (review.id, review.new_version, draft.number) == (review_id, 2, 2)
    assert draft.agreement == work  # this year's work stays, nothing from version 1 again
    record = review.record
    assert (record.kind, record.held_on) == (ReviewKind.ANNUAL, dt.date(2027, 11, 20))
    assert record.incidents == "A case file was shared without consent."
    assert record.participants == "Dr. Hans Weiß; Petra Lindner\n\nTobias Brandt"
    assert record.what_worked == "The monthly meetings."
    assert [v.number for v in workspace.agreements.versions(demo.id)] == [1, 2]
    entry = workspace.audit.entries(demo.id)[0]
    assert (entry.action, entry.version_number) == (AuditAction.SAVED, 2)
    assert "after_incident review held on 2027-12-03 continues this review" in entry.detail

    # a change of staff goes among the changes of staff; the same text is not added twice
    staff = ReviewRecord(
        kind=ReviewKind.STAFF_CHANGE,
        held_on=dt.date(2027, 12, 10),
        reason="Tobias Brandt left the LKA; Jana Roth took over.",
    )
    workspace.reviews.start_review(demo.id, staff, continue_draft=True)
    review, _ = workspace.reviews.start_review(demo.id, staff, continue_draft=True)
    assert review.record.staff_changes == "Tobias Brandt left the LKA; Jana Roth took over."
    assert review.record.incidents == "A case file was shared without consent."
    assert len(workspace.reviews.reviews(demo.id)) == 1


def test_continuing_a_review_whose_draft_is_being_signed_is_refused(
    workspace: Workspace, demo: Agreement
) -> None:
    _annual_review_under_way(workspace, demo)
    draft = workspace.agreements.load(demo.id, 2)
    ready = draft.agreement.model_copy(update={"status": AgreementStatus.READY_TO_SIGN})
    workspace.agreements.save(ready, draft.revision)
    workspace.signing.record_signature(demo.id, 2, _signature(), document=PDF)
    incident = ReviewRecord(
        kind=ReviewKind.AFTER_INCIDENT, held_on=dt.date(2027, 12, 3), reason="A breach."
    )
    with pytest.raises(ProtectedVersionError, match="being signed"):
        workspace.reviews.start_review(demo.id, incident, continue_draft=True)
    assert workspace.reviews.reviews(demo.id)[0].record.incidents == ""
    assert [v.number for v in workspace.agreements.versions(demo.id)] == [1, 2]


def test_once_the_reviews_draft_is_signed_the_next_review_starts_from_it(
    workspace: Workspace, demo: Agreement
) -> None:
    _annual_review_under_way(workspace, demo)
    draft = workspace.agreements.load(demo.id, 2)
    workspace.signing.mark_signed(demo.id, 2, draft.revision)
    assert workspace.reviews.in_progress(demo.id) is None
    incident = ReviewRecord(
        kind=ReviewKind.AFTER_INCIDENT, held_on=dt.date(2028, 1, 3), reason="A breach."
    )
    review, third = workspace.reviews.start_review(demo.id, incident, continue_draft=True)
    assert (review.reviewed_version, third.number, third.based_on) == (2, 3, 2)
    assert third.agreement.contacts[0].name == "Jana Roth"


def test_a_review_is_not_started_beside_a_draft_made_since_the_signed_version(
    workspace: Workspace, demo: Agreement
) -> None:
    first = workspace.agreements.create(demo)
    workspace.signing.mark_signed(demo.id, 1, first.revision)
    workspace.agreements.new_version(demo.id, 1)  # "Edit as a new version..."
    with pytest.raises(ProtectedVersionError, match=r"Version 2 of .* is a draft made since"):
        workspace.reviews.start_review(demo.id, ReviewRecord(held_on=dt.date(2027, 11, 20)))
    assert [v.number for v in workspace.agreements.versions(demo.id)] == [1, 2]
    assert workspace.reviews.reviews(demo.id) == []
