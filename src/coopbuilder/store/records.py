"""Signature records of a version, and reviews of an agreement.

A signature record says who signed a version, when, where and how, with the SHA-256 of the
signed document; the document itself (the signed PDF) may be stored with it. A review records
what was learned from a signed version and starts the next draft version, prefilled from it.
"""

from __future__ import annotations

import datetime as dt
import hashlib

from sqlalchemy import select
from sqlalchemy.orm import Session

from coopbuilder.core.base import Model
from coopbuilder.core.errors import UserError
from coopbuilder.core.records import ReviewRecord, SignatureRecord
from coopbuilder.core.vocabulary import AgreementStatus
from coopbuilder.store import audit
from coopbuilder.store.agreements import Agreements
from coopbuilder.store.database import Database, utc_now
from coopbuilder.store.errors import NotFoundError, ProtectedVersionError
from coopbuilder.store.models import AuditAction, StoredVersion
from coopbuilder.store.repository import flatten, read_content, row_values, unflatten
from coopbuilder.store.tables import ReviewRow, SignatureRow, VersionRow


class StoredSignature(Model):
    id: int
    agreement_id: str
    number: int
    record: SignatureRecord
    has_document: bool
    recorded_at: dt.datetime
    recorded_by: str


class StoredReview(Model):
    id: int
    agreement_id: str
    reviewed_version: int
    new_version: int | None
    record: ReviewRecord
    recorded_at: dt.datetime
    recorded_by: str


def _signature(row: SignatureRow, version: VersionRow) -> StoredSignature:
    record = SignatureRecord.model_validate(unflatten(SignatureRecord, row_values(row)))
    return StoredSignature(
        id=row.id,
        agreement_id=version.agreement_id,
        number=version.number,
        record=record,
        has_document=row.document is not None,
        recorded_at=row.recorded_at,
        recorded_by=row.recorded_by,
    )


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


class Records:
    """Signature records and reviews."""

    def __init__(self, database: Database, agreements: Agreements) -> None:
        self._db = database
        self._agreements = agreements

    # -- signatures -------------------------------------------------------------------------

    def record_signature(
        self,
        agreement_id: str,
        number: int,
        record: SignatureRecord,
        document: bytes | None = None,
    ) -> StoredSignature:
        """Add a signature record to a version. With ``document`` (the signed file), its
        SHA-256 is computed and must match a hash the record already names."""
        if document is not None:
            digest = hashlib.sha256(document).hexdigest()
            if record.file_sha256 and record.file_sha256 != digest:
                raise UserError(
                    f"The signed document {record.file_name or ''} does not match the "
                    "fingerprint (SHA-256) given for it; choose the file that was signed."
                )
            record = record.model_copy(update={"file_sha256": digest})
        with self._db.transaction() as session:
            version = self._agreements.version_row(session, agreement_id, number)
            if version.status in (AgreementStatus.SUPERSEDED, AgreementStatus.TERMINATED):
                raise ProtectedVersionError(
                    f"Version {number} of '{version.title}' is {version.status}; a signature "
                    "can be recorded only on a current version."
                )
            content = read_content(session, version, self._db.location)
            if record.partner_id not in {partner.id for partner in content.partners}:
                raise UserError(
                    f"The signatory {record.signatory} belongs to a partner that is not in "
                    f"version {number} of '{version.title}'."
                )
            row = SignatureRow(
                version_id=version.id,
                **flatten(record),
                document=document,
                recorded_at=utc_now(),
                recorded_by=self._db.who,
            )
            session.add(row)
            session.flush()
            audit.record(
                session,
                self._db.who,
                AuditAction.SIGNATURE_RECORDED,
                agreement_id,
                number,
                f"{record.signatory}, {record.signed_on.isoformat()}, {record.method.value}",
            )
            return _signature(row, version)

    def signatures(self, agreement_id: str, number: int) -> list[StoredSignature]:
        with self._db.transaction(write=False) as session:
            version = self._agreements.version_row(session, agreement_id, number)
            rows = session.scalars(
                select(SignatureRow)
                .where(SignatureRow.version_id == version.id)
                .order_by(SignatureRow.id)
            ).all()
            return [_signature(row, version) for row in rows]

    def signed_document(self, signature_id: int) -> bytes:
        """The signed file stored with a signature record."""
        with self._db.transaction(write=False) as session:
            row = session.get(SignatureRow, signature_id)
            if row is None or row.document is None:
                raise NotFoundError(
                    f"No signed document is stored with signature record {signature_id}."
                )
            return row.document

    # -- reviews ----------------------------------------------------------------------------

    def start_review(
        self, agreement_id: str, record: ReviewRecord, reviewed_version: int | None = None
    ) -> tuple[StoredReview, StoredVersion]:
        """Record a review of a signed version (default: the signed one in force) and start
        the next draft version, prefilled from it."""
        with self._db.transaction() as session:
            reviewed = self._reviewed(session, agreement_id, reviewed_version)
            draft = self._agreements.new_version_in(
                session,
                agreement_id,
                reviewed.number,
                AuditAction.REVIEW_STARTED,
                f"{record.kind.value} review of version {reviewed.number}",
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

    def update_review(self, review_id: int, record: ReviewRecord) -> StoredReview:
        """Change what a review recorded (it is filled in during the review session)."""
        with self._db.transaction() as session:
            row = session.get(ReviewRow, review_id)
            if row is None:
                raise NotFoundError(f"There is no review {review_id} in {self._db.location}.")
            for key, value in flatten(record).items():
                setattr(row, key, value)
            session.flush()
            return _review(row)

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
                f"Version {version.number} of '{version.title}' is not signed; a review starts "
                "from a signed version."
            )
        return version
