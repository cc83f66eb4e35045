"""Autosave and recovery: edits that are not saved yet are never lost.

The GUI autosaves the open version every few seconds (:meth:`Recovery.autosave`); a save of the
version removes the local user's autosave copy in the same transaction. What is left on the next
start was not saved: :meth:`Recovery.recoverable` lists it, :meth:`Recovery.recover` opens it
with a note for the user, :meth:`Recovery.discard` throws it away. A save that loses against
someone else's save leaves a *conflict* copy the same way (see ``Agreements.save``).

A copy holds the exchange document of the edit, so a copy made by an older program is read
(and converted) like an old exchange file.
"""

from __future__ import annotations

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from coopbuilder.core.agreement import Agreement
from coopbuilder.core.exchange import dumps, loads
from coopbuilder.store.database import Database, utc_now
from coopbuilder.store.errors import NotFoundError
from coopbuilder.store.models import CopyKind, RecoveredDraft, RecoveryCopy
from coopbuilder.store.tables import RecoveryCopyRow, VersionRow


def keep_copy(
    session: Session,
    version: VersionRow,
    draft: Agreement,
    kind: CopyKind,
    base_revision: int,
    who: str,
) -> int:
    """Store ``draft`` as a copy of ``version``; returns the copy's id."""
    row = RecoveryCopyRow(
        version_id=version.id,
        kind=kind.value,
        saved_at=utc_now(),
        saved_by=who,
        base_revision=base_revision,
        document=dumps(draft),
    )
    session.add(row)
    session.flush()
    return row.id


def delete_autosave(session: Session, version_id: int, who: str) -> None:
    """Remove ``who``'s autosave copy of a version (it has just been saved)."""
    session.execute(
        delete(RecoveryCopyRow).where(
            RecoveryCopyRow.version_id == version_id,
            RecoveryCopyRow.saved_by == who,
            RecoveryCopyRow.kind == CopyKind.AUTOSAVE.value,
        ),
        execution_options={"synchronize_session": False},
    )


def _describe(copy: RecoveryCopyRow, version: VersionRow) -> RecoveryCopy:
    return RecoveryCopy(
        id=copy.id,
        kind=CopyKind(copy.kind),
        agreement_id=version.agreement_id,
        number=version.number,
        title=version.title,
        saved_at=copy.saved_at,
        saved_by=copy.saved_by,
        base_revision=copy.base_revision,
        current_revision=version.revision,
    )


class Recovery:
    """Autosave copies and conflict copies of the local user."""

    def __init__(self, database: Database) -> None:
        self._db = database

    def autosave(self, draft: Agreement, base_revision: int) -> None:
        """Keep the open edit of version ``draft.version`` of agreement ``draft.id``, begun
        at ``base_revision``, replacing the previous autosave of it."""
        with self._db.transaction() as session:
            version = session.scalars(
                select(VersionRow).where(
                    VersionRow.agreement_id == draft.id, VersionRow.number == draft.version
                )
            ).one_or_none()
            if version is None:
                raise NotFoundError(
                    "Version {version} of '{title}' is no longer in the workspace "
                    "{location}; save the agreement as a new one (export it first).",
                    version=draft.version,
                    title=draft.title,
                    location=self._db.location,
                )
            delete_autosave(session, version.id, self._db.who)
            keep_copy(session, version, draft, CopyKind.AUTOSAVE, base_revision, self._db.who)

    def recoverable(self) -> list[RecoveryCopy]:
        """The local user's copies that were never saved, newest first."""
        with self._db.transaction(write=False) as session:
            rows = session.execute(
                select(RecoveryCopyRow, VersionRow)
                .join(VersionRow, RecoveryCopyRow.version_id == VersionRow.id)
                .where(RecoveryCopyRow.saved_by == self._db.who)
                .order_by(RecoveryCopyRow.saved_at.desc(), RecoveryCopyRow.id.desc())
            ).all()
            return [_describe(copy, version) for copy, version in rows]

    def recover(self, copy_id: int) -> RecoveredDraft:
        """Open a copy for editing. Save it with ``expected_revision=recovery.base_revision``:
        if the version was saved by someone else meanwhile, that save keeps it as a conflict
        copy instead of overwriting anything."""
        with self._db.transaction(write=False) as session:
            copy, version = self._row(session, copy_id)
            described = _describe(copy, version)
            document = copy.document
        agreement = loads(document, source=f"The recovery copy {copy_id}")
        when = described.saved_at.astimezone().strftime("%Y-%m-%d %H:%M")
        what = "autosaved" if described.kind is CopyKind.AUTOSAVE else "kept after a conflict"
        note = (
            f"Recovered: your changes to version {described.number} of '{described.title}', "
            f"{what} at {when}. They are not saved yet."
        )
        if described.stale:
            note += (
                f" Version {described.number} was saved since (by {version.saved_by}); compare "
                "before you save, or saving will keep your changes as a conflict copy again."
            )
        return RecoveredDraft(recovery=described, agreement=agreement, note=note)

    def discard(self, copy_id: int) -> None:
        """Throw a copy away."""
        with self._db.transaction() as session:
            copy, _ = self._row(session, copy_id)
            session.delete(copy)

    def _row(self, session: Session, copy_id: int) -> tuple[RecoveryCopyRow, VersionRow]:
        found = session.execute(
            select(RecoveryCopyRow, VersionRow)
            .join(VersionRow, RecoveryCopyRow.version_id == VersionRow.id)
            .where(RecoveryCopyRow.id == copy_id)
        ).one_or_none()
        if found is None:
            raise NotFoundError(
                "There is no recovery copy {copy} in {location}.",
                copy=copy_id,
                location=self._db.location,
            )
        return found[0], found[1]
