"""The certificates the users of a workspace have marked trusted for verifying signatures: each
as a person's own certificate or as a certification authority's (see
:class:`~coopbuilder.store.models.TrustKind`)."""

from __future__ import annotations

import datetime as dt
import hashlib

from sqlalchemy import select
from sqlalchemy.orm import Session

from coopbuilder.core.base import Model
from coopbuilder.store.audit import record
from coopbuilder.store.database import Database, utc_now
from coopbuilder.store.errors import NotFoundError
from coopbuilder.store.models import AuditAction, TrustKind
from coopbuilder.store.tables import TrustedCertificateRow


class TrustedCertificate(Model):
    fingerprint: str
    kind: TrustKind = TrustKind.PERSON
    subject: str
    der: bytes
    note: str
    added_at: dt.datetime
    added_by: str


def fingerprint_of(der: bytes) -> str:
    """The SHA-256 fingerprint of a certificate's DER bytes, as lowercase hex."""
    return hashlib.sha256(der).hexdigest()


def _certificate(row: TrustedCertificateRow) -> TrustedCertificate:
    return TrustedCertificate(
        fingerprint=row.fingerprint,
        kind=TrustKind(row.kind),
        subject=row.subject,
        der=row.der,
        note=row.note,
        added_at=row.added_at,
        added_by=row.added_by,
    )


def _row(session: Session, fingerprint: str) -> TrustedCertificateRow | None:
    return session.scalars(
        select(TrustedCertificateRow).where(TrustedCertificateRow.fingerprint == fingerprint)
    ).first()


class TrustedCertificates:
    """Marking certificates trusted, listing them, and taking the mark back."""

    def __init__(self, database: Database) -> None:
        self._db = database

    def trust(
        self, der: bytes, subject: str, note: str = "", kind: TrustKind = TrustKind.PERSON
    ) -> TrustedCertificate:
        """Mark a certificate (DER bytes) trusted as ``kind``; marking it again changes nothing
        (to trust it otherwise, take the mark back first). Whether a certificate may be an
        authority is the caller's to check: this stores what it is told."""
        fingerprint = fingerprint_of(der)
        with self._db.transaction() as session:
            row = _row(session, fingerprint)
            if row is None:
                row = TrustedCertificateRow(
                    fingerprint=fingerprint,
                    kind=kind.value,
                    subject=subject,
                    der=der,
                    note=note,
                    added_at=utc_now(),
                    added_by=self._db.who,
                )
                session.add(row)
                detail = subject if kind is TrustKind.PERSON else f"{subject} ({kind.value})"
                record(session, self._db.who, AuditAction.CERTIFICATE_TRUSTED, None, None, detail)
                session.flush()
            return _certificate(row)

    def trusted(self) -> list[TrustedCertificate]:
        with self._db.transaction(write=False) as session:
            rows = session.scalars(
                select(TrustedCertificateRow).order_by(TrustedCertificateRow.added_at)
            ).all()
            return [_certificate(row) for row in rows]

    def distrust(self, fingerprint: str) -> None:
        """Take the trusted mark back."""
        with self._db.transaction() as session:
            row = _row(session, fingerprint)
            if row is None:
                raise NotFoundError(
                    "No trusted certificate with fingerprint {fingerprint} in {location}.",
                    fingerprint=fingerprint,
                    location=self._db.location,
                )
            record(
                session, self._db.who, AuditAction.CERTIFICATE_DISTRUSTED, None, None, row.subject
            )
            session.delete(row)
