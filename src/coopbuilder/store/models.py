"""What the workspace hands out: pydantic models only, never table rows."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from pydantic import Field, field_validator

from coopbuilder.core.agreement import Agreement
from coopbuilder.core.base import Model
from coopbuilder.core.errors import UserError
from coopbuilder.core.vocabulary import AgreementStatus

EDITABLE = frozenset({AgreementStatus.DRAFT, AgreementStatus.READY_TO_SIGN})
"""Statuses whose version can still be changed. Every other version was signed at some time:
it is kept exactly as it is, and it cannot be deleted."""


class VersionInfo(Model):
    """One version of an agreement, without its content."""

    agreement_id: str
    number: int
    status: AgreementStatus
    title: str
    revision: int
    """Goes up with every save; a save names the revision it started from (optimistic lock)."""
    based_on: int | None
    """The version this one was made from (an edited signed version, a review), if any."""
    created_at: dt.datetime
    created_by: str
    saved_at: dt.datetime
    saved_by: str

    @property
    def is_editable(self) -> bool:
        return self.status in EDITABLE


class StoredVersion(VersionInfo):
    """A version with its content, as loaded from or saved to the workspace."""

    agreement: Agreement


class AgreementSummary(Model):
    """One line of the list of agreements: the agreement's latest version."""

    agreement_id: str
    number: int
    status: AgreementStatus
    title: str
    partner_names: list[str]
    """The partners' short names (their full names where they have none)."""
    next_review_date: dt.date | None
    saved_at: dt.datetime
    saved_by: str


class ListOrder(StrEnum):
    RECENT = "recent"  # last saved first
    NEXT_REVIEW = "next_review"  # earliest review first, agreements without a date last


MAX_DUE_WITHIN_DAYS = 36500
"""The furthest a list of reviews due looks ahead (a hundred years)."""

MAX_SEARCH_LENGTH = 200
"""The longest search text (titles and partner names are at most 300 characters)."""


class ListQuery(Model):
    """Which agreements to list. Every filter that is set must match."""

    status: AgreementStatus | None = None
    due_within_days: int | None = Field(default=None, ge=0, le=MAX_DUE_WITHIN_DAYS)
    """The next review is at most this many days after ``today`` (overdue ones included)."""
    search: str = ""
    """Words that must all occur in the title or a partner's name (any case)."""
    in_force: bool = False
    """Only agreements in force: one of their versions is signed (and not superseded), and the
    agreement is not terminated. Only these have a review due; an agreement never signed has
    none."""
    today: dt.date | None = None
    order: ListOrder = ListOrder.RECENT
    limit: int = Field(default=50, ge=1, le=1000)
    offset: int = Field(default=0, ge=0)

    @field_validator("search")
    @classmethod
    def _short_search(cls, value: str) -> str:
        if len(value) > MAX_SEARCH_LENGTH:
            raise UserError(
                "The search text has {count} characters; search with at most {limit} (a few "
                "words of the title or a partner's name).",
                count=len(value),
                limit=MAX_SEARCH_LENGTH,
            )
        return value


class ListPage(Model):
    total: int
    """How many agreements match, on all pages."""
    rows: list[AgreementSummary]


class AuditAction(StrEnum):
    CREATED = "created"
    IMPORTED = "imported"
    DUPLICATED = "duplicated"
    SAVED = "saved"
    NEW_VERSION = "new_version"
    SIGNED = "signed"
    SUPERSEDED = "superseded"
    SIGNATURE_RECORDED = "signature_recorded"
    REVIEW_STARTED = "review_started"
    EXPORTED = "exported"
    CONFLICT = "conflict"
    DELETED = "deleted"
    CERTIFICATE_TRUSTED = "certificate_trusted"
    CERTIFICATE_DISTRUSTED = "certificate_distrusted"


class TrustKind(StrEnum):
    """What a trusted certificate vouches for."""

    PERSON = "person"
    """Its holder's own signatures: exactly this certificate, matched by its fingerprint."""
    AUTHORITY = "authority"
    """The certificates it issued: a certification authority's certificate."""


class AuditEntry(Model):
    """What happened to which agreement, when, and which local user did it."""

    id: int
    at: dt.datetime
    who: str
    action: AuditAction
    agreement_id: str | None
    version_number: int | None
    detail: str
    db_role: str = ""
    """On PostgreSQL, the database role that wrote the entry, as the server knows it."""


class CopyKind(StrEnum):
    AUTOSAVE = "autosave"  # the open version, every few seconds, until it is saved
    CONFLICT = "conflict"  # a save that lost against someone else's save


class RecoveryCopy(Model):
    """An edit kept aside: what it belongs to, and from which revision it started."""

    id: int
    kind: CopyKind
    agreement_id: str
    number: int
    title: str
    saved_at: dt.datetime
    saved_by: str
    base_revision: int
    current_revision: int
    """The version's revision now; different from ``base_revision`` when someone saved the
    version after this copy's edit began."""

    @property
    def stale(self) -> bool:
        return self.current_revision != self.base_revision


class RecoveredDraft(Model):
    """A recovery copy opened for editing, with the note to show the user."""

    recovery: RecoveryCopy
    agreement: Agreement
    note: str
