"""The workspace's tables (SQLAlchemy 2, typed).

One agreement is a row of ``agreements``; each of its versions is a row of ``agreement_versions``
(the agreement's own fields and its DPIA record as columns) with its parts in the tables below it,
keyed by the version row. A part's columns carry the names of its pydantic fields, a nested model
(a sharing rule's legal basis, the DPIA record) flattened with the field name as prefix; the
repository relies on that, and ``tests/store/test_tables.py`` checks it for every field.

The migrations in ``migrations/versions`` create these tables; they never import this module, so
that an old migration keeps meaning what it meant. Change a table here and add a migration.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    DateTime,
    Dialect,
    ForeignKey,
    ForeignKeyConstraint,
    Index,
    LargeBinary,
    MetaData,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator

NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_N_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UtcDateTime(TypeDecorator[dt.datetime]):
    """A moment in time, stored as UTC without an offset (the same on SQLite and PostgreSQL)
    and read back as an aware UTC datetime."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("a moment stored in the workspace needs a time zone")
        return value.astimezone(dt.UTC).replace(tzinfo=None)

    def process_result_value(
        self, value: dt.datetime | None, dialect: Dialect
    ) -> dt.datetime | None:
        return None if value is None else value.replace(tzinfo=dt.UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: ClassVar[dict[Any, Any]] = {dt.datetime: UtcDateTime, list[str]: JSON}


def _version_fk() -> Any:
    return mapped_column(ForeignKey("agreement_versions.id", ondelete="CASCADE"), primary_key=True)


def _partner_fk(column: str, table: str) -> ForeignKeyConstraint:
    """A reference from a part to a partner of the same version."""
    return ForeignKeyConstraint(
        ["version_id", column],
        ["partners.version_id", "partners.id"],
        ondelete="CASCADE",
        name=f"fk_{table}_{column}_partners",
    )


class AgreementRow(Base):
    """An agreement: what stays the same across its versions."""

    __tablename__ = "agreements"

    id: Mapped[str] = mapped_column(primary_key=True)
    created_at: Mapped[dt.datetime]
    created_by: Mapped[str]


class VersionRow(Base):
    """One numbered version of an agreement, with the listing columns kept beside it."""

    __tablename__ = "agreement_versions"
    __table_args__ = (
        UniqueConstraint("agreement_id", "number"),
        # The listing reads only the latest version of each agreement.
        Index("ix_agreement_versions_latest_saved", "is_latest", "saved_at"),
        Index("ix_agreement_versions_latest_review", "is_latest", "next_review_date"),
        Index("ix_agreement_versions_latest_status", "is_latest", "status", "saved_at"),
        # One agreement's latest version: without it, SQLite would take the listing's index
        # on is_latest and read every latest version to find one.
        Index("ix_agreement_versions_agreement_latest", "agreement_id", "is_latest"),
    )

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    agreement_id: Mapped[str] = mapped_column(
        ForeignKey("agreements.id", ondelete="CASCADE"), index=True
    )
    number: Mapped[int]
    based_on: Mapped[int | None]
    revision: Mapped[int] = mapped_column()
    """Optimistic lock: the ORM updates a version only WHERE its revision is still the one it
    read, and counts it up (see Agreements.save)."""
    is_latest: Mapped[bool]
    created_at: Mapped[dt.datetime]
    created_by: Mapped[str]
    saved_at: Mapped[dt.datetime]
    saved_by: Mapped[str]
    # listing: partner labels (short names) for display; title and partner names for search
    partner_names: Mapped[list[str]]
    search_text: Mapped[str]
    # the agreement's own fields
    title: Mapped[str]
    purpose: Mapped[str]
    scope: Mapped[str]
    out_of_scope: Mapped[str]
    language: Mapped[str]
    status: Mapped[str]
    effective_date: Mapped[dt.date | None]
    term_months: Mapped[int | None]
    review_interval_months: Mapped[int]
    next_review_date: Mapped[dt.date | None]
    dpia_required: Mapped[bool]
    dpia_status: Mapped[str]
    dpia_lead_partner_id: Mapped[str | None]
    dpia_completed_on: Mapped[dt.date | None]
    dpia_reference: Mapped[str]
    dpia_note: Mapped[str]
    legal_nature: Mapped[str]
    fields_of_work: Mapped[list[str]]
    catalogue_version: Mapped[int]

    __mapper_args__ = {"version_id_col": revision}  # noqa: RUF012 (SQLAlchemy reads it once)


class PartnerRow(Base):
    __tablename__ = "partners"

    version_id: Mapped[int] = _version_fk()
    id: Mapped[str] = mapped_column(primary_key=True)
    position: Mapped[int]
    name: Mapped[str]
    short_name: Mapped[str]
    kind: Mapped[str]
    sector: Mapped[str]
    regime: Mapped[str]
    address: Mapped[str]
    data_protection_officer: Mapped[str]
    article: Mapped[str | None]


class RepresentativeRow(Base):
    __tablename__ = "representatives"
    __table_args__ = (_partner_fk("partner_id", "representatives"),)

    version_id: Mapped[int] = _version_fk()
    id: Mapped[str] = mapped_column(primary_key=True)
    position: Mapped[int]
    partner_id: Mapped[str]
    name: Mapped[str]
    role: Mapped[str]
    signs: Mapped[bool]


class RatingRow(Base):
    __tablename__ = "ratings"
    __table_args__ = (_partner_fk("partner_id", "ratings"),)

    version_id: Mapped[int] = _version_fk()
    partner_id: Mapped[str] = mapped_column(primary_key=True)
    statement_id: Mapped[str] = mapped_column(primary_key=True)
    position: Mapped[int]
    value: Mapped[int | None]
    not_applicable: Mapped[bool]
    note: Mapped[str]


class ActionRow(Base):
    __tablename__ = "actions"
    __table_args__ = (_partner_fk("owner_partner_id", "actions"),)

    version_id: Mapped[int] = _version_fk()
    id: Mapped[str] = mapped_column(primary_key=True)
    position: Mapped[int]
    precondition_id: Mapped[str]
    finding: Mapped[str]
    text: Mapped[str]
    owner_partner_id: Mapped[str | None]
    both_partners: Mapped[bool]
    due_date: Mapped[dt.date | None]
    status: Mapped[str]
    before_signing: Mapped[bool]
    outcome_note: Mapped[str]


class SharingRuleRow(Base):
    __tablename__ = "sharing_rules"
    __table_args__ = (
        _partner_fk("from_partner_id", "sharing_rules"),
        _partner_fk("to_partner_id", "sharing_rules"),
    )

    version_id: Mapped[int] = _version_fk()
    id: Mapped[str] = mapped_column(primary_key=True)
    position: Mapped[int]
    category: Mapped[str]
    from_partner_id: Mapped[str]
    to_partner_id: Mapped[str]
    when: Mapped[str] = mapped_column("shared_when")  # WHEN is an SQL keyword
    trigger: Mapped[str | None]
    threshold: Mapped[str | None]
    imminence: Mapped[str | None]
    channel: Mapped[str | None]
    legal_basis_art6: Mapped[str | None]
    legal_basis_art9: Mapped[str | None]
    legal_basis_art10: Mapped[str]
    legal_basis_national_law: Mapped[str]
    legal_basis_collection: Mapped[str]
    legal_basis_note: Mapped[str]
    recipient_roles: Mapped[list[str]]
    retention: Mapped[str]
    four_eyes: Mapped[bool]
    logged: Mapped[bool]
    personal_data: Mapped[bool]
    special_category: Mapped[bool]
    criminal_offence_data: Mapped[bool]
    counselling_content: Mapped[bool]
    subject_unable_to_consent: Mapped[bool]
    note: Mapped[str]


class ContactRow(Base):
    __tablename__ = "contacts"
    __table_args__ = (_partner_fk("partner_id", "contacts"),)

    version_id: Mapped[int] = _version_fk()
    id: Mapped[str] = mapped_column(primary_key=True)
    position: Mapped[int]
    partner_id: Mapped[str]
    role: Mapped[str]
    name: Mapped[str]
    phone: Mapped[str]
    secure_email: Mapped[str]
    level: Mapped[int]
    availability: Mapped[str]
    deputy_id: Mapped[str | None]


class MeetingRow(Base):
    __tablename__ = "meetings"

    version_id: Mapped[int] = _version_fk()
    id: Mapped[str] = mapped_column(primary_key=True)
    position: Mapped[int]
    kind: Mapped[str]
    cadence: Mapped[str]
    participants: Mapped[str]
    minutes_without_client_identifiers: Mapped[bool]
    note: Mapped[str]


class FurtherActorRow(Base):
    __tablename__ = "further_actors"

    version_id: Mapped[int] = _version_fk()
    id: Mapped[str] = mapped_column(primary_key=True)
    position: Mapped[int]
    kind: Mapped[str]
    name: Mapped[str]
    when_involved: Mapped[str]
    may_receive: Mapped[str]
    referral: Mapped[str]
    contact: Mapped[str]


class SuccessIndicatorRow(Base):
    __tablename__ = "success_indicators"

    version_id: Mapped[int] = _version_fk()
    id: Mapped[str] = mapped_column(primary_key=True)
    position: Mapped[int]
    name: Mapped[str]
    measure: Mapped[str]
    target: Mapped[str]
    result: Mapped[str] = mapped_column(default="")


class AuditRow(Base):
    """What happened, when, and by which local user. Kept when an agreement is deleted. Each
    row carries the hash of the row before it and its own (see ``store/audit.py``)."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    at: Mapped[dt.datetime]
    who: Mapped[str]
    action: Mapped[str]
    agreement_id: Mapped[str | None] = mapped_column(index=True)
    version_number: Mapped[int | None]
    detail: Mapped[str]
    db_role: Mapped[str] = mapped_column(server_default="")  # PostgreSQL: the server's role
    previous_hash: Mapped[str] = mapped_column(server_default="")
    row_hash: Mapped[str] = mapped_column(server_default="")


# -- schema 0002: recovery copies, signature records, review records ---------------------------


class RecoveryCopyRow(Base):
    """A copy of an edit that is not (or could not be) saved: the autosave of a local user's
    open version, or the losing side of a conflict. Holds the exchange document."""

    __tablename__ = "recovery_copies"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    version_id: Mapped[int] = mapped_column(
        ForeignKey("agreement_versions.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str]
    saved_at: Mapped[dt.datetime]
    saved_by: Mapped[str] = mapped_column(index=True)
    base_revision: Mapped[int]
    document: Mapped[str] = mapped_column(Text)


class SignatureRow(Base):
    """Who signed a version, when, where and how, with the signed document or its hash."""

    __tablename__ = "signatures"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    version_id: Mapped[int] = mapped_column(
        ForeignKey("agreement_versions.id", ondelete="CASCADE"), index=True
    )
    partner_id: Mapped[str]
    signatory: Mapped[str]
    role: Mapped[str]
    signed_on: Mapped[dt.date]
    place: Mapped[str]
    method: Mapped[str]
    file_name: Mapped[str]
    file_sha256: Mapped[str]
    note: Mapped[str]
    document: Mapped[bytes | None] = mapped_column(LargeBinary)
    recorded_at: Mapped[dt.datetime]
    recorded_by: Mapped[str]


class ReviewRow(Base):
    """A review of an agreement: which signed version was reviewed, what was learned, and the
    draft version the review started."""

    __tablename__ = "reviews"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    agreement_id: Mapped[str] = mapped_column(
        ForeignKey("agreements.id", ondelete="CASCADE"), index=True
    )
    reviewed_version: Mapped[int]
    new_version: Mapped[int | None]
    kind: Mapped[str]
    held_on: Mapped[dt.date]
    participants: Mapped[str]
    what_worked: Mapped[str]
    what_failed: Mapped[str]
    lessons_learned: Mapped[str]
    note: Mapped[str]
    reason: Mapped[str] = mapped_column(server_default="")
    staff_changes: Mapped[str] = mapped_column(server_default="")
    incidents: Mapped[str] = mapped_column(server_default="")
    decisions: Mapped[str] = mapped_column(server_default="")
    recorded_at: Mapped[dt.datetime]
    recorded_by: Mapped[str]


class TrustedCertificateRow(Base):
    """A certificate a user of the workspace has marked trusted for verifying signatures."""

    __tablename__ = "trusted_certificates"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    fingerprint: Mapped[str] = mapped_column(unique=True)  # SHA-256 of the DER bytes, hex
    kind: Mapped[str] = mapped_column(server_default="person")  # models.TrustKind
    subject: Mapped[str]
    der: Mapped[bytes] = mapped_column(LargeBinary)
    note: Mapped[str]
    added_at: Mapped[dt.datetime]
    added_by: Mapped[str]
