"""Workspaces for the store tests, on a real SQLite file and on a real PostgreSQL server.

The PostgreSQL cases need ``COOPBUILDER_TEST_POSTGRES`` (a ``postgresql+psycopg://`` URL, e.g.
from ``../shared/scripts/postgres-up``). Without it they are skipped, unless
``COOPBUILDER_REQUIRE_POSTGRES=1`` (as in CI), where a missing or unreachable server fails them.
Each PostgreSQL case works in a fresh schema of its own, dropped afterwards, and as an
organisation's workstations do: the schema is made by its owner (the migration role), and the
case works as a runtime role with only the rights ``coopbuilder admin grants`` gives it.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, make_url, text
from sqlalchemy.exc import OperationalError
from sqlalchemy.pool import NullPool

from coopbuilder.store.connection import open_workspace
from coopbuilder.store.grants import apply_grants, grant_statements
from coopbuilder.store.workspace import Workspace

POSTGRES_ENV = "COOPBUILDER_TEST_POSTGRES"
REQUIRE_ENV = "COOPBUILDER_REQUIRE_POSTGRES"


def _no_server(reason: str) -> None:
    if os.environ.get(REQUIRE_ENV) == "1":
        pytest.fail(f"{REQUIRE_ENV}=1, but {reason}", pytrace=False)
    pytest.skip(f"no PostgreSQL server: {reason}; a postgresql+psycopg:// URL there runs this")


@pytest.fixture(scope="session")
def postgres_url() -> str:
    url = os.environ.get(POSTGRES_ENV, "")
    if not url:
        _no_server(f"{POSTGRES_ENV} is not set")
    engine = create_engine(url, poolclass=NullPool)
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
    except OperationalError as exc:
        _no_server(f"the PostgreSQL server at {POSTGRES_ENV} cannot be reached ({exc.orig})")
    finally:
        engine.dispose()
    return url


@pytest.fixture
def postgres_schema(postgres_url: str) -> Iterator[str]:
    """A URL whose connections work in a fresh, empty schema."""
    schema = f"test_{uuid.uuid4().hex[:12]}"
    engine = create_engine(postgres_url, poolclass=NullPool)
    with engine.begin() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    try:
        url = make_url(postgres_url).update_query_dict({"options": f"-csearch_path={schema}"})
        yield url.render_as_string(hide_password=False)
    finally:
        with engine.begin() as connection:
            connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        engine.dispose()


@pytest.fixture(scope="session")
def runtime_role(postgres_url: str) -> Iterator[str]:
    """The login role the store's PostgreSQL cases work as, removed at the end of the run with
    everything granted to it."""
    role = f"coop_runtime_{uuid.uuid4().hex[:8]}"
    admin = create_engine(postgres_url, poolclass=NullPool)
    with admin.begin() as connection:
        connection.execute(text(f'CREATE ROLE "{role}" LOGIN'))
    try:
        yield role
    finally:
        with admin.begin() as connection:
            connection.execute(text(f'DROP OWNED BY "{role}"'))
            connection.execute(text(f'DROP ROLE "{role}"'))
        admin.dispose()


@pytest.fixture
def runtime_schema(postgres_schema: str, runtime_role: str) -> str:
    """A new workspace in a fresh schema, made by its owner, and the URL by which the runtime
    role (with the right to change the trust list, as an administrator's has) works in it."""
    schema = make_url(postgres_schema).query["options"]
    assert isinstance(schema, str)
    with open_workspace(postgres_schema) as owner:
        statements = grant_statements(
            runtime_role, schema.removeprefix("-csearch_path="), may_trust=True
        )
        apply_grants(owner.database, statements)
    url = make_url(postgres_schema).set(username=runtime_role, password=None)
    return url.render_as_string(hide_password=False)


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def target(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Where a workspace goes: a new SQLite file, or a PostgreSQL schema made by its owner, in
    which the test works as the runtime role."""
    if request.param == "sqlite":
        return str(tmp_path / "workspace.sqlite")
    return str(request.getfixturevalue("runtime_schema"))


@pytest.fixture
def workspace(target: str) -> Iterator[Workspace]:
    with open_workspace(target, who="anna") as opened:
        yield opened


@pytest.fixture
def other_workstation(target: str, workspace: Workspace) -> Iterator[Workspace]:
    """The same workspace opened a second time, by another person."""
    with open_workspace(target, who="ben") as opened:
        yield opened


@pytest.fixture
def owner(request: pytest.FixtureRequest, target: str, workspace: Workspace) -> Iterator[Workspace]:
    """The same workspace opened with its owner's rights (on PostgreSQL, as the migration role;
    a SQLite file by anyone who has it)."""
    location = target
    if target.startswith("postgresql"):
        location = str(request.getfixturevalue("postgres_schema"))
    with open_workspace(location, who="owner") as opened:
        yield opened
