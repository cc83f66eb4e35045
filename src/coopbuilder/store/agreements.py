"""Agreements and their versions: create, load, save, new versions, duplicate, delete.

The rules:
- every version has a number; the highest is the agreement's *latest* version;
- a draft (or ready-to-sign) version is saved in place, one transaction per save, and only if
  nobody saved it since it was loaded (its *revision*); otherwise the save is refused with a
  :class:`ConflictError` and the losing change is kept as a conflict copy;
- a version that was signed (signed, superseded, terminated) never changes: saving an edit of it
  makes a new draft version, and it cannot be deleted;
- marking a version signed (see ``signing.py``) supersedes the earlier signed version.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from coopbuilder.core.agreement import Agreement
from coopbuilder.core.base import new_id
from coopbuilder.core.messages import Moment
from coopbuilder.core.vocabulary import AgreementStatus
from coopbuilder.store import audit
from coopbuilder.store.database import Database, utc_now
from coopbuilder.store.errors import (
    ConflictError,
    DraftExistsError,
    NotFoundError,
    ProtectedVersionError,
)
from coopbuilder.store.models import EDITABLE, AuditAction, CopyKind, StoredVersion, VersionInfo
from coopbuilder.store.recovery import delete_autosave, keep_copy
from coopbuilder.store.repository import checked, read_content, write_content
from coopbuilder.store.tables import AgreementRow, ReviewRow, SignatureRow, VersionRow


def version_info(row: VersionRow) -> VersionInfo:
    return VersionInfo(
        agreement_id=row.agreement_id,
        number=row.number,
        status=AgreementStatus(row.status),
        title=row.title,
        revision=row.revision,
        based_on=row.based_on,
        created_at=row.created_at,
        created_by=row.created_by,
        saved_at=row.saved_at,
        saved_by=row.saved_by,
    )


def stored_version(row: VersionRow, agreement: Agreement) -> StoredVersion:
    return StoredVersion(**version_info(row).model_dump(), agreement=agreement)


def changed_fields(old: Agreement, new: Agreement) -> list[str]:
    """The top-level parts of the agreement that differ (for the audit log)."""
    before, after = old.model_dump(), new.model_dump()
    return [name for name in after if before.get(name) != after[name]]


def first_signatory(session: Session, version_id: int) -> str | None:
    """Who signed the version first, if a signature of it is recorded (it is being signed)."""
    return session.scalar(
        select(SignatureRow.signatory).where(SignatureRow.version_id == version_id).limit(1)
    )


def _text_changed(before: Agreement, after: Agreement) -> bool:
    """Whether anything but the status changed (the text of the agreement it renders to)."""
    return any(name != "status" for name in changed_fields(before, checked(after)))


class Agreements:
    """The service for agreements and their versions. Each public method without a session
    argument is one transaction; those taking a session (``create_in``, ``add_version``, ...)
    work inside the caller's, for the other services."""

    def __init__(self, database: Database) -> None:
        self._db = database

    def log(
        self,
        session: Session,
        action: AuditAction,
        agreement_id: str,
        number: int | None = None,
        detail: str = "",
    ) -> None:
        """An audit log entry for the local user, in the transaction of the change."""
        audit.record(session, self._db.who, action, agreement_id, number, detail)

    # -- reading ----------------------------------------------------------------------------

    def load(self, agreement_id: str, number: int | None = None) -> StoredVersion:
        """A version with its content; the latest version when ``number`` is ``None``."""
        with self._db.transaction(write=False) as session:
            row = self.version_row(session, agreement_id, number)
            return stored_version(row, read_content(session, row, self._db.location))

    def versions(self, agreement_id: str) -> list[VersionInfo]:
        """Every version of an agreement, oldest first."""
        with self._db.transaction(write=False) as session:
            rows = session.scalars(
                select(VersionRow)
                .where(VersionRow.agreement_id == agreement_id)
                .order_by(VersionRow.number)
            ).all()
            if not rows:
                raise self._no_agreement(agreement_id)
            return [version_info(row) for row in rows]

    def version_row(self, session: Session, agreement_id: str, number: int | None) -> VersionRow:
        query = select(VersionRow).where(VersionRow.agreement_id == agreement_id)
        if number is None:
            query = query.where(VersionRow.is_latest)
        else:
            query = query.where(VersionRow.number == number)
        row = session.scalars(query).one_or_none()
        if row is None:
            if number is None or session.get(AgreementRow, agreement_id) is None:
                raise self._no_agreement(agreement_id)
            raise NotFoundError(
                "Agreement '{agreement_id}' has no version {number} in the workspace {location}.",
                agreement_id=agreement_id,
                number=number,
                location=self._db.location,
            )
        return row

    def _no_agreement(self, agreement_id: str) -> NotFoundError:
        return NotFoundError(
            "There is no agreement '{agreement_id}' in the workspace {location}.",
            agreement_id=agreement_id,
            location=self._db.location,
        )

    # -- creating ---------------------------------------------------------------------------

    def create(
        self, agreement: Agreement, action: AuditAction = AuditAction.CREATED, detail: str = ""
    ) -> StoredVersion:
        """Store a new agreement with ``agreement`` as its first version (keeping its number and
        status). If the workspace already has an agreement with its id, it gets a new id: a new
        agreement never replaces one that is there."""
        with self._db.transaction() as session:
            return self.create_in(session, agreement, action, detail)

    def create_in(
        self, session: Session, agreement: Agreement, action: AuditAction, detail: str
    ) -> StoredVersion:
        agreement_id = agreement.id
        if session.get(AgreementRow, agreement_id) is not None:
            agreement_id = new_id()
        session.add(AgreementRow(id=agreement_id, created_at=utc_now(), created_by=self._db.who))
        session.flush()
        row, content = self.add_version(
            session, agreement_id, agreement, agreement.version, agreement.status, None
        )
        self.log(session, action, agreement_id, row.number, detail)
        return stored_version(row, content)

    def add_version(
        self,
        session: Session,
        agreement_id: str,
        content: Agreement,
        number: int,
        status: AgreementStatus,
        based_on: int | None,
    ) -> tuple[VersionRow, Agreement]:
        """Insert version ``number`` of an existing agreement; it becomes the latest."""
        session.execute(
            update(VersionRow)
            .where(VersionRow.agreement_id == agreement_id)
            .values(is_latest=False)
            .execution_options(synchronize_session=False)
        )
        now = utc_now()
        row = VersionRow(
            agreement_id=agreement_id,
            number=number,
            based_on=based_on,
            is_latest=True,
            created_at=now,
            created_by=self._db.who,
            saved_at=now,
            saved_by=self._db.who,
        )
        session.add(row)
        content = content.model_copy(
            update={"id": agreement_id, "version": number, "status": status}
        )
        content = write_content(session, row, content)
        session.flush()
        return row, content

    def next_number(self, session: Session, agreement_id: str) -> int:
        highest = session.scalar(
            select(func.max(VersionRow.number)).where(VersionRow.agreement_id == agreement_id)
        )
        if highest is None:
            raise self._no_agreement(agreement_id)
        return int(highest) + 1

    def new_version(
        self,
        agreement_id: str,
        from_number: int | None = None,
        action: AuditAction = AuditAction.NEW_VERSION,
        detail: str = "",
    ) -> StoredVersion:
        """A new draft version, prefilled from version ``from_number`` (default: the latest).
        Refused with :class:`DraftExistsError` while a draft made after that version exists: the
        new draft would stand in front of it, and its changes would be left behind unseen."""
        with self._db.transaction() as session:
            if from_number is not None:
                self._refuse_beside_a_draft(session, agreement_id, from_number)
            return self.new_version_in(session, agreement_id, from_number, action, detail)

    def _refuse_beside_a_draft(self, session: Session, agreement_id: str, number: int) -> None:
        later = session.scalars(
            select(VersionRow.number)
            .where(
                VersionRow.agreement_id == agreement_id,
                VersionRow.number > number,
                VersionRow.status.in_([status.value for status in EDITABLE]),
            )
            .order_by(VersionRow.number.desc())
        ).first()
        if later is not None:
            raise DraftExistsError(
                "Version {draft} of this agreement is a draft made after version {number}; "
                "open version {draft} and change it there. A second draft beside it would "
                "leave the changes in version {draft} behind.",
                draft_number=later,
                draft=later,
                number=number,
            )

    def new_version_in(
        self,
        session: Session,
        agreement_id: str,
        from_number: int | None,
        action: AuditAction,
        detail: str,
        prepare: Callable[[Agreement], Agreement] | None = None,
    ) -> StoredVersion:
        """``prepare`` turns the source's content into the new draft's (e.g. a review's)."""
        source = self.version_row(session, agreement_id, from_number)
        content = read_content(session, source, self._db.location)
        row, content = self.add_version(
            session,
            agreement_id,
            prepare(content) if prepare else content,
            self.next_number(session, agreement_id),
            AgreementStatus.DRAFT,
            source.number,
        )
        self.log(
            session, action, agreement_id, row.number, detail or f"from version {source.number}"
        )
        return stored_version(row, content)

    def duplicate(self, agreement_id: str, number: int | None = None) -> StoredVersion:
        """A new agreement (new id, version 1, draft) with the content of a version."""
        with self._db.transaction() as session:
            source = self.version_row(session, agreement_id, number)
            content = read_content(session, source, self._db.location)
            copy = content.model_copy(
                update={
                    "id": new_id(),
                    "title": f"{content.title} (copy)"[:300],
                    "version": 1,
                    "status": AgreementStatus.DRAFT,
                }
            )
            return self.create_in(
                session,
                copy,
                AuditAction.DUPLICATED,
                f"copy of agreement {agreement_id}, version {source.number}",
            )

    # -- saving -----------------------------------------------------------------------------

    def save(self, draft: Agreement, expected_revision: int) -> StoredVersion:
        """Save an edited version: the version ``draft.version`` of agreement ``draft.id``,
        as loaded at ``expected_revision``.

        A draft is saved in place. An edited signed version becomes a new draft version. If
        somebody else saved the draft since ``expected_revision``, nothing is overwritten: the
        edit is kept as a conflict copy and :class:`ConflictError` says so.
        """
        try:
            with self._db.transaction() as session:
                return self._save(session, draft, expected_revision)
        except StaleDataError as exc:
            raise self._conflict(draft, expected_revision) from exc

    def _save(self, session: Session, draft: Agreement, expected_revision: int) -> StoredVersion:
        row = self.version_row(session, draft.id, draft.version)
        delete_autosave(session, row.id, self._db.who)
        if row.status not in EDITABLE:
            new_row, content = self.add_version(
                session,
                draft.id,
                draft,
                self.next_number(session, draft.id),
                AgreementStatus.DRAFT,
                row.number,
            )
            self.log(
                session,
                AuditAction.NEW_VERSION,
                draft.id,
                new_row.number,
                f"edit of {row.status} version {row.number}",
            )
            return stored_version(new_row, content)
        if draft.status not in EDITABLE:
            raise ProtectedVersionError(
                "'{title}' cannot be saved as {status}: a version becomes signed with 'Mark "
                "signed', not by saving it.",
                title=draft.title,
                status=draft.status,
            )
        if row.revision != expected_revision:
            raise StaleDataError  # the same as the ORM's own check finding it
        before = read_content(session, row, self._db.location)
        if row.status == AgreementStatus.READY_TO_SIGN:
            draft = self._unready(session, row, draft, _text_changed(before, draft))
        row.saved_at = utc_now()  # always a change, so the ORM's revision check always runs
        row.saved_by = self._db.who
        saved = write_content(session, row, draft)
        session.flush()
        changed = changed_fields(before, saved)
        self.log(
            session,
            AuditAction.SAVED,
            draft.id,
            row.number,
            "changed: " + ", ".join(changed) if changed else "no changes",
        )
        return stored_version(row, draft)

    def _unready(
        self, session: Session, row: VersionRow, draft: Agreement, text_changed: bool
    ) -> Agreement:
        """A version ready to sign whose text changes is a draft again, so that nobody signs
        (in ink, on a printout) a text other than the one stored. Once a signature of it is
        recorded, neither its text nor its status changes any more."""
        if text_changed or draft.status != AgreementStatus.READY_TO_SIGN:
            signed = first_signatory(session, row.id)
            if signed is not None:
                raise ProtectedVersionError(
                    "Version {number} of '{title}' is being signed ({signed} has signed): "
                    "it cannot change any more. Make a new version from it to change the "
                    "agreement.",
                    number=row.number,
                    title=row.title,
                    signed=signed,
                )
        if text_changed:
            return draft.model_copy(update={"status": AgreementStatus.DRAFT})
        return draft

    def _conflict(self, draft: Agreement, expected_revision: int) -> ConflictError:
        with self._db.transaction() as session:
            row = self.version_row(session, draft.id, draft.version)
            copy_id = keep_copy(
                session, row, draft, CopyKind.CONFLICT, expected_revision, self._db.who
            )
            self.log(
                session,
                AuditAction.CONFLICT,
                draft.id,
                row.number,
                f"kept as conflict copy {copy_id}",
            )
            when = Moment(row.saved_at)
            saved_by = row.saved_by
        return ConflictError(
            "Version {version} of '{title}' was saved by {saved_by} at {when} while you "
            "were editing it. Nothing was overwritten: your changes are kept as a conflict "
            "copy. Open the version again and take your changes over from the copy.",
            version=draft.version,
            title=draft.title,
            saved_by=saved_by,
            when=when,
            copy_id=copy_id,
        )

    # -- deleting ---------------------------------------------------------------------------

    def delete_version(self, agreement_id: str, number: int) -> None:
        """Delete one draft version. A version that was signed cannot be deleted, and neither
        can the only version (delete the agreement instead). A review that started the version
        keeps its record but no longer names a draft: its number may be given to a later
        version, which that review did not start."""
        with self._db.transaction() as session:
            row = self.version_row(session, agreement_id, number)
            if row.status not in EDITABLE:
                raise ProtectedVersionError(
                    "Version {number} of '{title}' was signed; a signed version cannot be deleted.",
                    number=number,
                    title=row.title,
                )
            self._refuse_signed_records(session, agreement_id, number, row.title)
            count = session.scalar(
                select(func.count()).where(VersionRow.agreement_id == agreement_id)
            )
            if count == 1:
                raise ProtectedVersionError(
                    "Version {number} is the only version of '{title}'; delete the "
                    "agreement instead.",
                    number=number,
                    title=row.title,
                )
            was_latest = row.is_latest
            detail = row.title
            started = session.scalars(
                select(ReviewRow).where(
                    ReviewRow.agreement_id == agreement_id, ReviewRow.new_version == number
                )
            ).all()
            for review in started:
                review.new_version = None
                detail += f"; the review of version {review.reviewed_version} keeps its record"
            session.delete(row)
            session.flush()
            if was_latest:
                latest = session.scalars(
                    select(VersionRow)
                    .where(VersionRow.agreement_id == agreement_id)
                    .order_by(VersionRow.number.desc())
                    .limit(1)
                ).one()
                session.execute(
                    update(VersionRow)
                    .where(VersionRow.id == latest.id)
                    .values(is_latest=True)
                    .execution_options(synchronize_session=False)
                )
            self.log(session, AuditAction.DELETED, agreement_id, number, detail)

    def delete_agreement(self, agreement_id: str) -> None:
        """Delete an agreement with all its versions, unless one of them was signed."""
        with self._db.transaction() as session:
            latest = self.version_row(session, agreement_id, None)
            signed = session.scalars(
                select(VersionRow.number).where(
                    VersionRow.agreement_id == agreement_id,
                    VersionRow.status.not_in([status.value for status in EDITABLE]),
                )
            ).all()
            if signed:
                raise ProtectedVersionError(
                    "'{title}' has a signed version ({signed}); an agreement with a signed "
                    "version cannot be deleted.",
                    title=latest.title,
                    signed=signed[0],
                )
            self._refuse_signed_records(session, agreement_id, None, latest.title)
            agreement = session.get(AgreementRow, agreement_id)
            session.delete(agreement)
            self.log(session, AuditAction.DELETED, agreement_id, None, latest.title)

    def _refuse_signed_records(
        self, session: Session, agreement_id: str, number: int | None, title: str
    ) -> None:
        """A version that carries a signature record is evidence: it is not deleted."""
        query = (
            select(VersionRow.number)
            .join(SignatureRow, SignatureRow.version_id == VersionRow.id)
            .where(VersionRow.agreement_id == agreement_id)
            .limit(1)
        )
        if number is not None:
            query = query.where(VersionRow.number == number)
        signed = session.scalar(query)
        if signed is not None:
            raise ProtectedVersionError(
                "Version {signed} of '{title}' carries a recorded signature; it cannot be deleted.",
                signed=signed,
                title=title,
            )
