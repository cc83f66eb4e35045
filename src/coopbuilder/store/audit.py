"""The audit log: every change to the workspace leaves an entry (what, when, which local user),
written in the same transaction as the change itself.

The log is a hash chain: each entry carries the SHA-256 of the entry before it and its own hash,
computed over that and its content. On PostgreSQL the server writes the time, the database role
and both hashes (a trigger, see migration 0005), and refuses to change or remove an entry; the
program's own time and hashes count on SQLite only. An entry changed behind the program's back
(``UPDATE audit_log SET who = ...``), or one taken out of the middle, breaks the chain there,
and :meth:`AuditLog.verify` names the first entry where it breaks. (Entries taken off the end
leave a shorter chain that is whole: compare the count with an earlier one, or a backup.)
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from coopbuilder.core.base import Model
from coopbuilder.store.database import Database, utc_now
from coopbuilder.store.models import AuditAction, AuditEntry
from coopbuilder.store.tables import AuditRow

GENESIS = "0" * 64
"""What the first entry names as the hash before it."""
CHAIN_LOCK = 0x436F6F70  # any number, the same for every writer: "Coop"
"""On PostgreSQL, writers of the audit log take turns (a transaction-level advisory lock), so
that two never chain to the same entry."""


def entry_hash(
    previous: str,
    at: dt.datetime,
    who: str,
    action: str,
    agreement_id: str | None,
    version_number: int | None,
    detail: str,
    db_role: str = "",
) -> str:
    """The hash of an entry: over the hash before it and everything it says, as the text of a
    JSON array in PostgreSQL's own layout (its trigger computes the same)."""
    moment = at.astimezone(dt.UTC).replace(tzinfo=None) if at.tzinfo else at
    content = [
        previous,
        moment.isoformat(timespec="microseconds"),
        who,
        action,
        agreement_id,
        version_number,
        detail,
        db_role,
    ]
    data = json.dumps(content, ensure_ascii=False, separators=(", ", ": "))
    return hashlib.sha256(data.encode("utf-8")).hexdigest()


def _hash_of(row: AuditRow) -> str:
    return entry_hash(
        row.previous_hash,
        row.at,
        row.who,
        row.action,
        row.agreement_id,
        row.version_number,
        row.detail,
        row.db_role,
    )


def record(
    session: Session,
    who: str,
    action: AuditAction,
    agreement_id: str | None,
    version_number: int | None = None,
    detail: str = "",
) -> None:
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:lock)"), {"lock": CHAIN_LOCK})
    last = session.scalar(select(AuditRow.row_hash).order_by(AuditRow.id.desc()).limit(1))
    row = AuditRow(
        at=utc_now(),
        who=who,
        action=action.value,
        agreement_id=agreement_id,
        version_number=version_number,
        detail=detail,
        db_role="",
        previous_hash=last or GENESIS,
    )
    row.row_hash = _hash_of(row)
    session.add(row)
    session.flush()  # the next entry in this transaction chains to this one


class BrokenEntry(Model):
    """Where the audit log's chain breaks, and how."""

    id: int
    at: dt.datetime
    who: str
    action: str
    changed: bool
    """The entry itself was changed (its content no longer matches its hash); else the entry
    before it was changed or taken out."""


class ChainCheck(Model):
    """What checking the audit log found."""

    entries: int
    broken: BrokenEntry | None = None


class AuditLog:
    """Reading the audit log (it is written by the other services), and checking its chain."""

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

    def verify(self) -> ChainCheck:
        """Check the chain from the first entry on; the first entry where it breaks."""
        with self._db.transaction(write=False) as session:
            count = session.scalar(select(func.count()).select_from(AuditRow)) or 0
            expected = GENESIS
            for row in session.scalars(select(AuditRow).order_by(AuditRow.id)).yield_per(500):
                changed = _hash_of(row) != row.row_hash
                if changed or row.previous_hash != expected:
                    broken = BrokenEntry(
                        id=row.id, at=row.at, who=row.who, action=row.action, changed=changed
                    )
                    return ChainCheck(entries=count, broken=broken)
                expected = row.row_hash
            return ChainCheck(entries=count)
