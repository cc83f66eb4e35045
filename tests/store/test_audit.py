"""The audit log is a hash chain: an entry changed or taken out behind the program's back is
found, on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
from sqlalchemy import delete, select, text, update
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from coopbuilder.core.agreement import Agreement
from coopbuilder.store.audit import GENESIS
from coopbuilder.store.connection import open_workspace
from coopbuilder.store.tables import AuditRow
from coopbuilder.store.workspace import Workspace


def _behind_the_programs_back(session: Session) -> None:
    """On PostgreSQL, the database's owner switches the guard off, as an attacker with the
    owner's rights could (the runtime role the program works as cannot); on SQLite anyone with
    the file can change it."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only"))


def _three_entries(workspace: Workspace, demo: Agreement) -> list[int]:
    stored = workspace.agreements.create(demo)
    changed = stored.agreement.model_copy(update={"title": "Renamed"})
    workspace.agreements.save(changed, stored.revision)
    workspace.certificates.trust(b"DER", "Anna Schmidt")
    with workspace.database.transaction(write=False) as session:
        return list(session.scalars(select(AuditRow.id).order_by(AuditRow.id)))


def test_the_entries_are_chained_from_the_first(workspace: Workspace, demo: Agreement) -> None:
    ids = _three_entries(workspace, demo)
    assert len(ids) == 3
    with workspace.database.transaction(write=False) as session:
        rows = list(session.scalars(select(AuditRow).order_by(AuditRow.id)))
    assert rows[0].previous_hash == GENESIS
    assert [r.previous_hash for r in rows[1:]] == [r.row_hash for r in rows[:-1]]
    assert len({r.row_hash for r in rows}) == 3
    check = workspace.audit.verify()
    assert (check.entries, check.broken) == (3, None)


def test_an_entry_changed_behind_the_programs_back_is_found(
    workspace: Workspace, owner: Workspace, demo: Agreement
) -> None:
    _, second, _ = _three_entries(workspace, demo)
    with owner.database.transaction() as session:
        _behind_the_programs_back(session)
        session.execute(
            update(AuditRow).where(AuditRow.id == second).values(who="Kriminaldirektor.Mueller")
        )
    broken = workspace.audit.verify().broken
    assert broken is not None
    assert (broken.id, broken.who, broken.changed) == (second, "Kriminaldirektor.Mueller", True)


def test_an_entry_taken_out_is_found_at_the_next(
    workspace: Workspace, owner: Workspace, demo: Agreement
) -> None:
    _, second, third = _three_entries(workspace, demo)
    with owner.database.transaction() as session:
        _behind_the_programs_back(session)
        session.execute(delete(AuditRow).where(AuditRow.id == second))
    broken = workspace.audit.verify().broken
    assert broken is not None and (broken.id, broken.changed) == (third, False)


def test_a_rehashed_entry_still_breaks_the_chain_after_it(
    workspace: Workspace, owner: Workspace, demo: Agreement
) -> None:
    """Whoever changes an entry and computes its hash again breaks the link of the next one."""
    from coopbuilder.store.audit import entry_hash

    _, second, third = _three_entries(workspace, demo)
    with owner.database.transaction() as session:
        _behind_the_programs_back(session)
        row = session.get(AuditRow, second)
        assert row is not None
        row.detail = "nothing happened"
        row.row_hash = entry_hash(
            row.previous_hash,
            row.at,
            row.who,
            row.action,
            row.agreement_id,
            row.version_number,
            row.detail,
            row.db_role,
        )
    broken = workspace.audit.verify().broken
    assert broken is not None and (broken.id, broken.changed) == (third, False)


@pytest.mark.postgres
def test_on_postgresql_the_server_writes_time_role_and_hashes_and_refuses_changes(
    postgres_schema: str, demo: Agreement
) -> None:
    with open_workspace(postgres_schema, who="anna") as workspace:
        _server_side(workspace, demo)


def _server_side(workspace: Workspace, demo: Agreement) -> None:
    _three_entries(workspace, demo)
    with workspace.database.transaction(write=False) as session:
        role = session.scalar(text("SELECT current_user"))
        rows = list(session.scalars(select(AuditRow).order_by(AuditRow.id)))
    assert {r.db_role for r in rows} == {role}
    assert [e.db_role for e in workspace.audit.entries()] == [role] * 3
    assert workspace.audit.verify().broken is None
    for statement in (
        "UPDATE audit_log SET who = 'Kriminaldirektor.Mueller'",
        "DELETE FROM audit_log",
        "TRUNCATE audit_log",
    ):
        with (
            pytest.raises(DBAPIError, match="the audit log only grows"),
            workspace.database.transaction() as session,
        ):
            session.execute(text(statement))
    assert workspace.audit.verify().entries == 3
