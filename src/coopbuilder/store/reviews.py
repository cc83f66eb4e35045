"""Reviews: what was learned from a signed version, recorded at a review (annual, or after an
incident, a change of staff or of law). Starting a review starts the next draft version,
prefilled from the reviewed one.

One review at a time per agreement: while the draft a review started is not signed, another
review continues that draft (what it is held for is recorded in its record, see
:func:`~coopbuilder.core.review.continued_record`) or is refused; it never starts a second
draft from the signed version, which would leave the first review's work behind.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from coopbuilder.core.base import Model
from coopbuilder.core.records import ReviewKind, ReviewRecord
from coopbuilder.core.review import annual_next_review, continued_record, prepare_review_draft
from coopbuilder.core.vocabulary import AgreementStatus
from coopbuilder.store.agreements import Agreements, first_signatory, stored_version
from coopbuilder.store.database import Database, utc_now
from coopbuilder.store.errors import NotFoundError, ProtectedVersionError, ReviewInProgressError
from coopbuilder.store.models import EDITABLE, AuditAction, StoredVersion
from coopbuilder.store.repository import (
    flatten,
    read_content,
    row_values,
    unflatten,
    write_content,
)
from coopbuilder.store.tables import ReviewRow, VersionRow


class StoredReview(Model):
    id: int
    agreement_id: str
    reviewed_version: int
    new_version: int | None
    record: ReviewRecord
    recorded_at: dt.datetime
    recorded_by: str


def _review(row: ReviewRow) -> StoredReview:
    return StoredReview(
        id=row.id,
        agreement_id=row.agreement_id,
        reviewed_version=row.reviewed_version,
        new_version=row.new_version,
        record=ReviewRecord.model_validate(unflatten(ReviewRecord, row_values(row))),
        recorded_at=row.recorded_at,
        recorded_by=row.recorded_by,
    )


class Reviews:
    """The reviews of agreements."""

    def __init__(self, database: Database, agreements: Agreements) -> None:
        self._db = database
        self._agreements = agreements

    def start_review(
        self,
        agreement_id: str,
        record: ReviewRecord,
        reviewed_version: int | None = None,
        *,
        continue_draft: bool = False,
    ) -> tuple[StoredReview, StoredVersion]:
        """Record a review of a signed version (default: the signed one in force) and start
        the next draft version, prefilled from it as :func:`prepare_review_draft` says (the
        assessment taken again, the pending actions carried over, the next review date).

        While a review of the agreement is in progress (its draft is not signed yet), no second
        draft is started: with ``continue_draft`` the review in progress goes on, its record
        keeping what ``record`` adds (its reason, its participants), and that review and its
        draft are returned; without it :class:`ReviewInProgressError` says which review that
        is. A draft made since the signed version that no review started is in the way too
        (:class:`ProtectedVersionError`): it is signed or deleted first."""
        with self._db.transaction() as session:
            reviewed = self._reviewed(session, agreement_id, reviewed_version)
            in_progress = self._in_progress(session, agreement_id)
            if in_progress is not None:
                row, version = in_progress
                if not continue_draft:
                    raise ReviewInProgressError(
                        "A review of '{title}' is in progress since {held_on}: its draft, "
                        "version {number}, is not signed yet. Continue that review (what this "
                        "one is held for is then recorded in its draft), or sign that draft "
                        "first; a second draft from the signed version would leave its work "
                        "behind.",
                        draft_number=version.number,
                        title=version.title,
                        held_on=row.held_on,
                        number=version.number,
                    )
                return self._continue(session, row, version, record)
            self._no_other_draft(session, agreement_id, reviewed)
            draft = self._agreements.new_version_in(
                session,
                agreement_id,
                reviewed.number,
                AuditAction.REVIEW_STARTED,
                f"{record.kind.value} review of version {reviewed.number}",
                lambda content: prepare_review_draft(content, record),
            )
            row = ReviewRow(
                agreement_id=agreement_id,
                reviewed_version=reviewed.number,
                new_version=draft.number,
                **flatten(record),
                recorded_at=utc_now(),
                recorded_by=self._db.who,
            )
            session.add(row)
            session.flush()
            return _review(row), draft

    def in_progress(self, agreement_id: str) -> StoredReview | None:
        """The review of the agreement in progress (whose draft is not signed yet), if any."""
        with self._db.transaction(write=False) as session:
            found = self._in_progress(session, agreement_id)
            return _review(found[0]) if found is not None else None

    def _in_progress(
        self, session: Session, agreement_id: str
    ) -> tuple[ReviewRow, VersionRow] | None:
        rows = session.execute(
            select(ReviewRow, VersionRow)
            .join(
                VersionRow,
                (VersionRow.agreement_id == ReviewRow.agreement_id)
                & (VersionRow.number == ReviewRow.new_version),
            )
            .where(
                ReviewRow.agreement_id == agreement_id,
                VersionRow.status.in_([status.value for status in EDITABLE]),
            )
            .order_by(ReviewRow.id.desc())
        ).first()
        return (rows[0], rows[1]) if rows is not None else None

    def _continue(
        self, session: Session, row: ReviewRow, version: VersionRow, record: ReviewRecord
    ) -> tuple[StoredReview, StoredVersion]:
        """Another review held while ``row``'s is in progress: its draft takes what it adds."""
        before = _review(row).record
        after = continued_record(before, record)
        if after != before:
            self._annex_changes(session, version)
            for key, value in flatten(after).items():
                setattr(row, key, value)
            if after.kind is ReviewKind.ANNUAL and before.kind is not ReviewKind.ANNUAL:
                # the annual review now: its draft's next review moves as it would have
                content = read_content(session, version, self._db.location)
                moved = annual_next_review(content, after.held_on)
                if moved != content:
                    version.saved_at = utc_now()
                    version.saved_by = self._db.who
                    write_content(session, version, moved)
            self._agreements.log(
                session,
                AuditAction.SAVED,
                row.agreement_id,
                version.number,
                f"review record: a {record.kind.value} review held on "
                f"{record.held_on.isoformat()} continues this review",
            )
        session.flush()
        content = read_content(session, version, self._db.location)
        return _review(row), stored_version(version, content)

    def _no_other_draft(self, session: Session, agreement_id: str, reviewed: VersionRow) -> None:
        """Refuse to start a review beside a draft made since the reviewed version."""
        later = session.scalars(
            select(VersionRow)
            .where(
                VersionRow.agreement_id == agreement_id,
                VersionRow.number > reviewed.number,
                VersionRow.status.in_([status.value for status in EDITABLE]),
            )
            .order_by(VersionRow.number.desc())
        ).first()
        if later is not None:
            raise ProtectedVersionError(
                "Version {number} of '{title}' is a draft made since the signed version "
                "{signed}; a review would start a second draft beside it. Sign that draft or "
                "delete it, then start the review.",
                number=later.number,
                title=later.title,
                signed=reviewed.number,
            )

    def update_review(
        self, review_id: int, record: ReviewRecord, *, while_draft: bool = False
    ) -> StoredReview:
        """Change what a review recorded (it is filled in during the review session).

        The record is the review annex of the version the review started, so it changes as
        that version's text does: not once the version is signed or a signature of it is
        recorded (:class:`ProtectedVersionError`), and a version ready to sign whose annex
        changes is a draft again (its final PDF has to be made, and printed, again). With
        ``while_draft`` (a record typed into the draft), a version marked ready to sign
        meanwhile stays ready and the record is not changed (:class:`ProtectedVersionError`)."""
        with self._db.transaction() as session:
            row = session.get(ReviewRow, review_id)
            if row is None:
                raise NotFoundError(
                    "There is no review {review_id} in {location}.",
                    review_id=review_id,
                    location=self._db.location,
                )
            values = flatten(record)
            changed = any(getattr(row, key) != value for key, value in values.items())
            version = self._started(session, row)
            if (
                while_draft
                and changed
                and version is not None
                and version.status == AgreementStatus.READY_TO_SIGN
            ):
                raise ProtectedVersionError(
                    "Version {number} of '{title}' was marked ready to sign before this change "
                    "of its review record was kept; the record was not changed. Return the "
                    "version to draft to change its record.",
                    number=version.number,
                    title=version.title,
                )
            if version is not None and changed:
                self._annex_changes(session, version)
            for key, value in values.items():
                setattr(row, key, value)
            session.flush()
            return _review(row)

    def _started(self, session: Session, review: ReviewRow) -> VersionRow | None:
        """The version the review started, if it is still there."""
        if review.new_version is None:
            return None
        return session.scalars(
            select(VersionRow).where(
                VersionRow.agreement_id == review.agreement_id,
                VersionRow.number == review.new_version,
            )
        ).one_or_none()

    def _annex_changes(self, session: Session, version: VersionRow) -> None:
        """Refuse a change of the review annex of a version that is signed or being signed;
        make a version ready to sign a draft again."""
        if version.status not in EDITABLE:
            raise ProtectedVersionError(
                "The record of this review is the review annex of version {number} of "
                "'{title}', which is {status}: it does not change any more. Record what "
                "was learned since at the next review.",
                number=version.number,
                title=version.title,
                status=AgreementStatus(version.status),
            )
        signed = first_signatory(session, version.id)
        if signed is not None:
            raise ProtectedVersionError(
                "The record of this review is the review annex of version {number} of "
                "'{title}', which is being signed ({signed} has signed): it does not "
                "change any more.",
                number=version.number,
                title=version.title,
                signed=signed,
            )
        if version.status == AgreementStatus.READY_TO_SIGN:
            version.status = AgreementStatus.DRAFT.value
            version.saved_at = utc_now()
            version.saved_by = self._db.who
            self._agreements.log(
                session,
                AuditAction.SAVED,
                version.agreement_id,
                version.number,
                "changed: review record (a draft again: its final PDF must be made again)",
            )

    def reviews(self, agreement_id: str) -> list[StoredReview]:
        """The reviews of an agreement, oldest first (to compare over the years)."""
        with self._db.transaction(write=False) as session:
            rows = session.scalars(
                select(ReviewRow)
                .where(ReviewRow.agreement_id == agreement_id)
                .order_by(ReviewRow.held_on, ReviewRow.id)
            ).all()
            return [_review(row) for row in rows]

    def _reviewed(self, session: Session, agreement_id: str, number: int | None) -> VersionRow:
        if number is not None:
            version = self._agreements.version_row(session, agreement_id, number)
        else:
            version = session.scalars(
                select(VersionRow).where(
                    VersionRow.agreement_id == agreement_id,
                    VersionRow.status == AgreementStatus.SIGNED.value,
                )
            ).one_or_none() or self._agreements.version_row(session, agreement_id, None)
        if version.status not in (AgreementStatus.SIGNED, AgreementStatus.SUPERSEDED):
            raise ProtectedVersionError(
                "Version {number} of '{title}' is not signed; a review starts from a "
                "signed version.",
                number=version.number,
                title=version.title,
            )
        return version
