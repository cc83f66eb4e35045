"""Signing: marking a version signed, and the signature records of a version.

A version marked signed never changes again, and the agreement's earlier signed version becomes
superseded. A signature record says who signed a version, when, where and how, with the SHA-256
of the signed document; the document itself (the signed PDF) may be stored with it. A version
that carries a signature record is evidence and cannot be deleted.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from coopbuilder.core.agreement import Agreement
from coopbuilder.core.base import Model
from coopbuilder.core.errors import UserError
from coopbuilder.core.records import SignatureRecord
from coopbuilder.core.vocabulary import AgreementStatus
from coopbuilder.store.agreements import Agreements, stored_version
from coopbuilder.store.database import Database, utc_now
from coopbuilder.store.errors import ConflictError, NotFoundError, ProtectedVersionError
from coopbuilder.store.models import EDITABLE, AuditAction, StoredVersion
from coopbuilder.store.repository import flatten, read_content, row_values, unflatten
from coopbuilder.store.tables import SignatureRow, VersionRow


class StoredSignature(Model):
    id: int
    agreement_id: str
    number: int
    record: SignatureRecord
    has_document: bool
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


def _with_document_hash(record: SignatureRecord, document: bytes | None) -> SignatureRecord:
    """The record naming the SHA-256 of ``document``, which must match a hash it names."""
    if document is None:
        return record
    digest = hashlib.sha256(document).hexdigest()
    if record.file_sha256 and record.file_sha256 != digest:
        name = f" {record.file_name}" if record.file_name else ""
        raise UserError(
            "The signed document{name} does not match the fingerprint (SHA-256) given for "
            "it; choose the file that was signed.",
            name=name,
        )
    return record.model_copy(update={"file_sha256": digest})


class Signing:
    """Marking versions signed, and signature records."""

    def __init__(self, database: Database, agreements: Agreements) -> None:
        self._db = database
        self._agreements = agreements

    def mark_signed(self, agreement_id: str, number: int, expected_revision: int) -> StoredVersion:
        """Mark a draft or ready-to-sign version signed; from now on it never changes. The
        agreement's earlier signed version becomes superseded."""
        with self._signing_transaction(number) as session:
            return self._mark_signed_in(session, agreement_id, number, expected_revision)

    @contextmanager
    def _signing_transaction(self, number: int) -> Iterator[Session]:
        try:
            with self._db.transaction() as session:
                yield session
        except StaleDataError as exc:
            raise ConflictError(
                "Version {number} was changed by someone else since you opened it; open it "
                "again, check it, then mark it signed.",
                number=number,
            ) from exc

    def _mark_signed_in(
        self,
        session: Session,
        agreement_id: str,
        number: int,
        expected_revision: int,
        detail: str = "",
    ) -> StoredVersion:
        row = self._agreements.version_row(session, agreement_id, number)
        if row.status not in EDITABLE:
            raise ProtectedVersionError(
                "Version {number} of '{title}' is already {status}.",
                number=number,
                title=row.title,
                status=AgreementStatus(row.status),
            )
        if row.revision != expected_revision:
            raise StaleDataError
        self.supersede_signed(session, agreement_id, number)
        row.status = AgreementStatus.SIGNED.value
        row.saved_at = utc_now()
        row.saved_by = self._db.who
        session.flush()
        self._agreements.log(session, AuditAction.SIGNED, agreement_id, number, detail)
        return stored_version(row, read_content(session, row, self._db.location))

    def supersede_signed(self, session: Session, agreement_id: str, number: int) -> None:
        """Mark the agreement's signed versions other than ``number`` superseded."""
        for old in session.scalars(
            select(VersionRow).where(
                VersionRow.agreement_id == agreement_id,
                VersionRow.status == AgreementStatus.SIGNED.value,
                VersionRow.number != number,
            )
        ):
            old.status = AgreementStatus.SUPERSEDED.value
            self._agreements.log(
                session, AuditAction.SUPERSEDED, agreement_id, old.number, f"by version {number}"
            )

    def record_signature(
        self,
        agreement_id: str,
        number: int,
        record: SignatureRecord,
        document: bytes | None = None,
    ) -> StoredSignature:
        """Add a signature record to a version. With ``document`` (the signed file), its
        SHA-256 is computed and must match a hash the record already names."""
        record = _with_document_hash(record, document)
        with self._db.transaction() as session:
            version = self._agreements.version_row(session, agreement_id, number)
            partner_ids = self._signable_partner_ids(session, version)
            return self._record_in(session, version, partner_ids, record, document)

    def record_signatures(
        self,
        agreement_id: str,
        number: int,
        records: Sequence[SignatureRecord],
        document: bytes | None = None,
        *,
        mark_signed_revision: int | None = None,
    ) -> tuple[list[StoredSignature], StoredVersion | None]:
        """Add several signature records made on one document, in one transaction: the
        document is stored once, with the first record, and every record names its SHA-256.

        With ``mark_signed_revision``, the version (still at that revision) is also marked
        signed in the same transaction (see :meth:`mark_signed`), and returned; the audit log
        names the document's SHA-256.
        """
        if not records:
            raise ValueError("record_signatures needs at least one record")
        first, *others = [_with_document_hash(r, document) for r in records]
        if document is not None:
            others = [r.model_copy(update={"file_sha256": first.file_sha256}) for r in others]
        with self._signing_transaction(number) as session:
            version = self._agreements.version_row(session, agreement_id, number)
            partner_ids = self._signable_partner_ids(session, version)
            stored = [self._record_in(session, version, partner_ids, first, document)]
            stored += [self._record_in(session, version, partner_ids, r, None) for r in others]
            signed = None
            if mark_signed_revision is not None:
                detail = f"signed document SHA-256 {first.file_sha256}" if document else ""
                signed = self._mark_signed_in(
                    session, agreement_id, number, mark_signed_revision, detail
                )
            return stored, signed

    def import_signed(
        self,
        agreement: Agreement,
        records: Sequence[SignatureRecord],
        document: bytes,
        detail: str,
    ) -> StoredVersion:
        """Add ``agreement`` (read from a signed PDF whose signatures were verified) as a new
        agreement, with the signature records made on ``document`` (stored with the first), and
        mark it signed: all in one transaction, so a failure leaves nothing behind. It gets a new
        id if the workspace already has the agreement's one."""
        if not records:
            raise ValueError("import_signed needs at least one record")
        first, *others = [_with_document_hash(r, document) for r in records]
        others = [r.model_copy(update={"file_sha256": first.file_sha256}) for r in others]
        draft = agreement.model_copy(update={"status": AgreementStatus.DRAFT})
        with self._db.transaction() as session:
            created = self._agreements.create_in(session, draft, AuditAction.IMPORTED, detail)
            version = self._agreements.version_row(session, created.agreement_id, created.number)
            partner_ids = {partner.id for partner in created.agreement.partners}
            self._record_in(session, version, partner_ids, first, document)
            for record in others:
                self._record_in(session, version, partner_ids, record, None)
            return self._mark_signed_in(
                session,
                created.agreement_id,
                created.number,
                version.revision,
                f"signed document SHA-256 {first.file_sha256}",
            )

    def _signable_partner_ids(self, session: Session, version: VersionRow) -> set[str]:
        """The partners of a version that may still be signed (read once per transaction)."""
        if version.status in (AgreementStatus.SUPERSEDED, AgreementStatus.TERMINATED):
            raise ProtectedVersionError(
                "Version {number} of '{title}' is {status}; a signature can be recorded "
                "only on a current version.",
                number=version.number,
                title=version.title,
                status=AgreementStatus(version.status),
            )
        content = read_content(session, version, self._db.location)
        return {partner.id for partner in content.partners}

    def _record_in(
        self,
        session: Session,
        version: VersionRow,
        partner_ids: set[str],
        record: SignatureRecord,
        document: bytes | None,
    ) -> StoredSignature:
        number = version.number
        if record.partner_id not in partner_ids:
            raise UserError(
                "The signatory {signatory} belongs to a partner that is not in version "
                "{number} of '{title}'.",
                signatory=record.signatory,
                number=number,
                title=version.title,
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
        self._agreements.log(
            session,
            AuditAction.SIGNATURE_RECORDED,
            version.agreement_id,
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
                    "No signed document is stored with signature record {signature_id}.",
                    signature_id=signature_id,
                )
            return row.document
