"""The workspace file: where it lives, how it is made, and which files are refused untouched."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import stat
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.pool import NullPool

from coopbuilder.core.agreement import Agreement
from coopbuilder.store.connection import (
    DATABASE_URL_ENV,
    default_workspace_path,
    open_workspace,
    shown_location,
    workspace_target,
)
from coopbuilder.store.errors import (
    DamagedWorkspaceError,
    NewerWorkspaceError,
    NotAWorkspaceError,
    WorkspaceBusyError,
    WorkspaceError,
    WorkspaceUnavailableError,
)
from coopbuilder.store.sqlite_file import APPLICATION_ID

from .helpers import journal_mode, put_in_wal_mode


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def made(tmp_path: Path, demo: Agreement) -> Path:
    """A closed workspace file holding the demo agreement."""
    path = tmp_path / "made.sqlite"
    with open_workspace(path) as workspace:
        workspace.agreements.create(demo)
    return path


def test_the_default_workspace_lives_in_coopbuilder_home(
    _isolated_home: Path, demo: Agreement
) -> None:
    with open_workspace() as workspace:
        workspace.agreements.create(demo)
        assert workspace.location == str(_isolated_home / "workspace.sqlite")
    assert default_workspace_path() == _isolated_home / "workspace.sqlite"
    with open_workspace() as again:
        assert again.agreements.load(demo.id).agreement == demo


def test_the_database_url_setting_wins_over_the_default(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    other = tmp_path / "shared drive" / "team.sqlite"
    monkeypatch.setenv(DATABASE_URL_ENV, f"sqlite:///{other}")
    assert workspace_target() == other
    assert workspace_target(tmp_path / "chosen.sqlite") == tmp_path / "chosen.sqlite"
    monkeypatch.setenv(DATABASE_URL_ENV, "postgresql+psycopg://coop@db.example/coop")
    assert str(workspace_target()) == "postgresql+psycopg://coop@db.example/coop"


def test_a_workspace_is_shown_without_its_password(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    address = "postgresql+psycopg://coop:s3cret-pw@db.example/coop"
    assert shown_location(address) == "postgresql+psycopg://coop:***@db.example/coop"
    assert shown_location(tmp_path / "w.sqlite") == str(tmp_path / "w.sqlite")
    monkeypatch.setenv(DATABASE_URL_ENV, address)
    assert shown_location(None) == "postgresql+psycopg://coop:***@db.example/coop"
    broken = "postgresql+psycopg://coop:s3cr@t-pw@db.example:port/coop"  # not a valid URL
    assert "s3cr" not in shown_location(broken) and "***@db.example" in shown_location(broken)
    with pytest.raises(WorkspaceError, match="not a database address") as caught:
        workspace_target(broken)
    assert "s3cr" not in str(caught.value)


def test_a_new_workspace_file_is_private_with_a_rollback_journal_and_foreign_keys(
    made: Path,
) -> None:
    assert stat.S_IMODE(made.stat().st_mode) == 0o600
    assert not list(made.parent.glob(".*.new"))  # built beside it, then renamed
    assert journal_mode(made) == "delete"  # works on a shared drive
    connection = sqlite3.connect(made)
    try:
        assert connection.execute("PRAGMA application_id").fetchone() == (APPLICATION_ID,)
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    finally:
        connection.close()
    with open_workspace(made) as workspace:
        with workspace.database.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        for part in ("partners", "sharing_rules", "contacts", "ratings", "representatives"):
            with workspace.database.engine.connect() as connection:
                assert connection.exec_driver_sql(f"SELECT count(*) FROM {part}").scalar()


def test_only_the_default_workspace_uses_a_write_ahead_log(
    _isolated_home: Path, tmp_path: Path, demo: Agreement
) -> None:
    with open_workspace() as workspace:
        workspace.agreements.create(demo)
        assert journal_mode(default_workspace_path()) == "wal"
    assert journal_mode(default_workspace_path()) == "wal"
    other = tmp_path / "shared drive" / "team.sqlite"
    with open_workspace(other) as workspace:
        workspace.agreements.create(demo)
        assert journal_mode(other) == "delete"
    assert journal_mode(other) == "delete"
    assert sorted(p.name for p in other.parent.iterdir()) == ["team.sqlite"]


def test_a_workspace_in_wal_mode_opened_from_elsewhere_gets_a_rollback_journal(
    _isolated_home: Path, tmp_path: Path, demo: Agreement
) -> None:
    with open_workspace() as workspace:
        workspace.agreements.create(demo)
    moved = tmp_path / "shared drive" / "copied.sqlite"
    moved.parent.mkdir()
    moved.write_bytes(default_workspace_path().read_bytes())
    assert journal_mode(moved) == "wal"
    with open_workspace(moved) as workspace:
        assert journal_mode(moved) == "delete"
        assert workspace.agreements.load(demo.id).agreement == demo
    assert journal_mode(moved) == "delete"
    # and back: a file copied into the data folder gets the write-ahead log
    default_workspace_path().unlink()
    default_workspace_path().write_bytes(moved.read_bytes())
    with open_workspace() as workspace:
        assert journal_mode(default_workspace_path()) == "wal"
        assert workspace.agreements.load(demo.id).agreement == demo


def test_a_workspace_in_use_elsewhere_keeps_its_mode_until_opened_alone(
    _isolated_home: Path, tmp_path: Path, demo: Agreement
) -> None:
    with open_workspace() as workspace:
        workspace.agreements.create(demo)
    moved = tmp_path / "copied.sqlite"
    moved.write_bytes(default_workspace_path().read_bytes())
    other = sqlite3.connect(moved)
    try:
        other.execute("SELECT count(*) FROM agreements").fetchone()
        with open_workspace(moved) as workspace:
            assert workspace.agreements.load(demo.id).agreement == demo
            assert journal_mode(moved) == "wal"
    finally:
        other.close()
    with open_workspace(moved):
        assert journal_mode(moved) == "delete"


def test_opening_a_missing_file_without_create_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(WorkspaceError, match=r"missing\.sqlite does not exist"):
        open_workspace(tmp_path / "missing.sqlite", create=False)
    assert not (tmp_path / "missing.sqlite").exists()


def _foreign_sqlite(path: Path) -> None:
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE contacts (name TEXT)")
    connection.execute("INSERT INTO contacts VALUES ('someone')")
    connection.commit()
    connection.close()


def _newer(path: Path) -> None:
    connection = sqlite3.connect(path)
    connection.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    connection.commit()
    connection.close()


def _truncate(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _random(path: Path) -> None:
    path.write_bytes(os.urandom(40_000))


def _empty(path: Path) -> None:
    path.write_bytes(b"")


def _header_only(path: Path) -> None:
    path.write_bytes(path.read_bytes()[:60])


@pytest.mark.parametrize(
    ("spoil", "error", "message"),
    [
        (_newer, NewerWorkspaceError, "written by a newer CoopBuilder"),
        (_foreign_sqlite, NotAWorkspaceError, "a database of another program"),
        (_random, NotAWorkspaceError, "not a database file at all"),
        (_truncate, DamagedWorkspaceError, "shorter than its own header says"),
        (_header_only, DamagedWorkspaceError, "cut short"),
        (_empty, NotAWorkspaceError, "is empty"),
    ],
    ids=["newer-schema", "foreign-sqlite", "random-bytes", "truncated", "header-only", "empty"],
)
def test_files_that_are_not_a_whole_current_workspace_are_refused_untouched(
    made: Path, spoil: object, error: type[WorkspaceError], message: str
) -> None:
    path = made.with_name("spoilt.sqlite")
    if spoil is _foreign_sqlite:
        spoil(path)  # type: ignore[operator]
    else:
        path.write_bytes(made.read_bytes())
        spoil(path)  # type: ignore[operator]
    before = digest(path)
    files_before = sorted(p.name for p in path.parent.iterdir())
    with pytest.raises(error, match=message) as caught:
        open_workspace(path)
    assert str(path) in str(caught.value)
    assert digest(path) == before
    # no backup, no journal, no -wal or -shm file was made
    assert sorted(p.name for p in path.parent.iterdir()) == files_before


@pytest.mark.parametrize(
    ("spoil", "error"),
    [(_newer, NewerWorkspaceError), (_foreign_sqlite, NotAWorkspaceError)],
    ids=["newer-schema", "foreign-sqlite"],
)
def test_refused_files_in_wal_mode_get_no_wal_or_shm_file_beside_them(
    tmp_path: Path, made: Path, spoil: object, error: type[WorkspaceError]
) -> None:
    folder = tmp_path / "refused"
    folder.mkdir()
    path = folder / "fw2.sqlite"
    if spoil is _foreign_sqlite:
        spoil(path)  # type: ignore[operator]
    else:
        path.write_bytes(made.read_bytes())
        spoil(path)  # type: ignore[operator]
    put_in_wal_mode(path)
    assert sorted(p.name for p in folder.iterdir()) == ["fw2.sqlite"]
    before = digest(path)
    with pytest.raises(error):
        open_workspace(path)
    assert sorted(p.name for p in folder.iterdir()) == ["fw2.sqlite"]
    assert digest(path) == before


def test_a_folder_is_not_a_workspace(tmp_path: Path) -> None:
    with pytest.raises(NotAWorkspaceError, match="is a folder"):
        open_workspace(tmp_path)


def test_a_locked_workspace_is_a_clear_message(
    made: Path, demo: Agreement, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("coopbuilder.store.sqlite_file.BUSY_TIMEOUT_SECONDS", 0.1)
    blocker = sqlite3.connect(made, isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")
    try:
        with open_workspace(made) as workspace:
            stored = workspace.agreements.load(demo.id)  # reading still works
            with pytest.raises(WorkspaceBusyError, match="is busy: another program"):
                workspace.agreements.save(stored.agreement, stored.revision)
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()


def test_an_unreachable_database_server_is_a_clear_message() -> None:
    url = "postgresql+psycopg://coop:secret@127.0.0.1:1/coopbuilder"
    with pytest.raises(WorkspaceUnavailableError, match="cannot be reached") as caught:
        open_workspace(url)
    assert "127.0.0.1:1/coopbuilder" in str(caught.value)
    assert "secret" not in str(caught.value)  # the password is never shown


@pytest.mark.postgres
def test_a_server_database_of_another_program_or_a_newer_coopbuilder_is_refused(
    postgres_schema: str, demo: Agreement
) -> None:
    engine = create_engine(postgres_schema, poolclass=NullPool)
    try:
        with engine.begin() as connection:
            connection.execute(text("CREATE TABLE invoices (id integer)"))
        with pytest.raises(NotAWorkspaceError, match="holds tables of another program"):
            open_workspace(postgres_schema)
        with engine.begin() as connection:
            connection.execute(text("DROP TABLE invoices"))
        with open_workspace(postgres_schema) as workspace:
            workspace.agreements.create(demo)
        with engine.begin() as connection:
            connection.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
        with pytest.raises(NewerWorkspaceError, match="written by a newer CoopBuilder"):
            open_workspace(postgres_schema)
        with engine.connect() as connection:
            assert connection.execute(text("SELECT count(*) FROM agreements")).scalar() == 1
    finally:
        engine.dispose()


def test_a_database_server_whose_driver_is_not_installed_is_explained() -> None:
    # pg8000 is a PostgreSQL driver SQLAlchemy knows and CoopBuilder does not install.
    with pytest.raises(WorkspaceError, match=r"its driver \(pg8000\) is not installed") as caught:
        open_workspace("postgresql+pg8000://coop:secret@127.0.0.1/coop")
    assert "secret" not in str(caught.value)
    assert "coopbuilder[postgres]" in str(caught.value)
