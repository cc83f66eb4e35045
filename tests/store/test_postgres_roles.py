"""An organisation's PostgreSQL workspace: the runtime role gets what the program needs and no
more (``coopbuilder admin grants``), an unsafe address is warned about, and a refused login
says so."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy import create_engine, make_url, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import NullPool

from coopbuilder.core.agreement import Agreement
from coopbuilder.store.connection import connection_warnings, open_workspace
from coopbuilder.store.errors import WorkspaceError, WorkspaceUnavailableError
from coopbuilder.store.grants import grant_statements
from tests.cli.helpers import run


@pytest.fixture
def runtime_role(postgres_url: str) -> Iterator[str]:
    """A login role of its own for one test, removed afterwards with everything granted to it."""
    role = f"coop_runtime_{uuid.uuid4().hex[:8]}"
    admin = create_engine(postgres_url, poolclass=NullPool)
    with admin.begin() as connection:
        connection.execute(text(f"CREATE ROLE \"{role}\" LOGIN PASSWORD 'runtime pass'"))
    try:
        yield role
    finally:
        with admin.begin() as connection:
            connection.execute(text(f'DROP OWNED BY "{role}"'))
            connection.execute(text(f'DROP ROLE "{role}"'))
        admin.dispose()


@pytest.mark.postgres
def test_the_runtime_role_works_but_cannot_change_the_audit_log_or_the_schema(
    postgres_schema: str,
    runtime_role: str,
    demo: Agreement,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # the migration role (the owner) makes the workspace and gives the runtime role its rights
    open_workspace(postgres_schema).close()
    code, out, _ = run(capsys, "--workspace", postgres_schema, "admin", "grants", runtime_role)
    assert code == 0 and "UPDATE, DELETE" in out and "Applied" not in out
    assert 'REVOKE INSERT, UPDATE, DELETE ON "' in out  # the trust list: read only
    assert 'GRANT SELECT, INSERT ON "' in out and f'"audit_log" TO "{runtime_role}";' in out
    code, out, _ = run(
        capsys, "--workspace", postgres_schema, "admin", "grants", runtime_role, "--apply"
    )
    assert code == 0 and "Applied to" in out

    monkeypatch.setenv("PGPASSWORD", "runtime pass")
    as_runtime = make_url(postgres_schema).set(username=runtime_role, password=None)
    with open_workspace(as_runtime.render_as_string(), who="anna") as workspace:
        assert workspace.warnings == ()  # local, and no password in the address
        stored = workspace.agreements.create(demo)
        changed = stored.agreement.model_copy(update={"title": "Renamed"})
        workspace.agreements.save(changed, stored.revision)
        # the organisation's trust list is the administrator's: the runtime role only reads it
        with pytest.raises(WorkspaceError, match="does not allow this to your role"):
            workspace.certificates.trust(b"DER", "Anna Schmidt")
        assert workspace.certificates.trusted() == []
        assert workspace.audit.verify().broken is None
        assert {e.db_role for e in workspace.audit.entries()} == {runtime_role}
        for statement, refused in (
            ("UPDATE audit_log SET who = 'Kriminaldirektor.Mueller'", "not allow this to your"),
            ("DELETE FROM audit_log", "not allow this to your role"),
            ("CREATE TABLE extra (id integer)", "not allow this to your role"),
        ):
            with (
                pytest.raises(WorkspaceError, match=refused),
                workspace.database.transaction() as session,
            ):
                session.execute(text(statement))
        with (
            pytest.raises(DBAPIError, match="must be owner"),
            workspace.database.transaction() as session,
        ):
            session.execute(text("ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only"))
        assert workspace.audit.verify().entries == 2

    # an administrator's role may change the trust list
    code, out, _ = run(
        capsys,
        "--workspace",
        postgres_schema,
        "admin",
        "grants",
        runtime_role,
        "--may-trust",
        "--apply",
    )
    assert code == 0 and "REVOKE INSERT, UPDATE, DELETE" not in out
    with open_workspace(as_runtime.render_as_string(), who="carla") as workspace:
        workspace.certificates.trust(b"DER", "Anna Schmidt")
        (marked,) = workspace.certificates.trusted()
        assert marked.added_by == "carla"


def test_grants_are_written_only_for_plain_names() -> None:
    assert grant_statements("coop_runtime", "public")[0] == (
        'GRANT USAGE ON SCHEMA "public" TO "coop_runtime";'
    )
    with pytest.raises(Exception, match="is not a role or schema name"):
        grant_statements('x"; DROP TABLE agreements; --', "public")


def test_an_unencrypted_remote_connection_and_a_password_in_the_address_are_warned_about() -> None:
    unsafe = connection_warnings(make_url("postgresql+psycopg://anna:secret@db.lka.example/coop"))
    assert [str(w) for w in unsafe] == [
        "the password is part of the database address, where other users of this computer can "
        "see it (in the list of running programs, in the shell's history): put it in "
        "PGPASSWORD, ~/.pgpass or a service file instead",
        "the connection to db.lka.example need not be encrypted (sslmode=prefer): the password "
        "and the agreements may cross the network in plain text. Add sslmode=verify-full to "
        "the address",
    ]
    safe = "postgresql+psycopg://anna@db.lka.example/coop?sslmode=verify-full"
    assert connection_warnings(make_url(safe)) == ()
    assert connection_warnings(make_url("postgresql+psycopg://anna@localhost/coop")) == ()


@pytest.mark.postgres
def test_a_refused_login_says_so(postgres_url: str) -> None:
    nobody = make_url(postgres_url).set(username=f"nobody_{uuid.uuid4().hex[:8]}")
    with pytest.raises(WorkspaceUnavailableError) as error:
        open_workspace(nobody.render_as_string(hide_password=False))
    assert "refused the login" in str(error.value)
    assert "PGPASSWORD, ~/.pgpass or a service file" in str(error.value)
    assert "cannot be reached" not in str(error.value)
