"""The audit log: every change to the workspace leaves an entry (what, when, which local user),
written in the same transaction as the change itself."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from coopbuilder.store.database import Database, utc_now
from coopbuilder.store.models import AuditAction, AuditEntry
from coopbuilder.store.tables import AuditRow


def record(
    session: Session,
    who: str,
    action: AuditAction,
    agreement_id: str | None,
    version_number: int | None = None,
    detail: str = "",
) -> None:
    session.add(
        AuditRow(
            at=utc_now(),
            who=who,
            action=action.value,
            agreement_id=agreement_id,
            version_number=version_number,
            detail=detail,
        )
    )


class AuditLog:
    """Reading the audit log (it is written by the other services)."""

    def __init__(self, database: Database) -> None:
        self._db = database

    def entries(self, agreement_id: str | None = None, limit: int = 500) -> list[AuditEntry]:
        """The newest entries first, of one agreement or of the whole workspace."""
        query = select(AuditRow).order_by(AuditRow.id.desc()).limit(limit)
        if agreement_id is not None:
            query = query.where(AuditRow.agreement_id == agreement_id)
        with self._db.transaction(write=False) as session:
            return [
                AuditEntry.model_validate(row, from_attributes=True)
                for row in session.scalars(query)
            ]
