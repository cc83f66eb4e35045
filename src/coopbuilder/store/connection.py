"""Which workspace to open, and opening it: the one place the CLI and the GUI call.

In order: the path or URL the user chose (``--workspace``, "Open workspace..."), else
``COOPBUILDER_DATABASE_URL`` (e.g. the organisation's PostgreSQL server), else the file
``workspace.sqlite`` in the program's data folder (``COOPBUILDER_HOME`` moves it).

Only that default file uses SQLite's write-ahead log; any other workspace file may be on a shared
drive, where only a rollback journal works (see :mod:`coopbuilder.store.sqlite_file`).
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from sqlalchemy import URL, Engine, create_engine, inspect, make_url, text
from sqlalchemy.exc import ArgumentError, NoSuchModuleError

from coopbuilder.paths import app_home, app_home_location
from coopbuilder.store import migrate
from coopbuilder.store.database import Database, explained
from coopbuilder.store.errors import NotAWorkspaceError, WorkspaceError
from coopbuilder.store.sqlite_file import (
    backup_copy,
    building_name,
    inspect_file,
    prepare_new_file,
    set_journal_mode,
    sqlite_engine,
)
from coopbuilder.store.workspace import Workspace

DATABASE_URL_ENV = "COOPBUILDER_DATABASE_URL"
DEFAULT_FILE_NAME = "workspace.sqlite"
_PASSWORD = re.compile(r"(://[^/@:]*):[^/]*@")


def default_workspace_path() -> Path:
    return app_home() / DEFAULT_FILE_NAME


def is_default_workspace(path: Path) -> bool:
    """Whether ``path`` is the workspace file in the program's own data folder, on this
    computer's own disk (the only one that uses a write-ahead log)."""
    return path.resolve() == (app_home_location() / DEFAULT_FILE_NAME).resolve()


def _without_password(address: str) -> str:
    """A database address as typed, with what looks like its password replaced by ``***``
    (for an address SQLAlchemy cannot read, so cannot hide the password of)."""
    return _PASSWORD.sub(r"\1:***@", address)


def workspace_target(url_or_path: str | Path | None = None) -> Path | URL:
    """What :func:`open_workspace` would open: a file path or a database URL."""
    chosen = url_or_path if url_or_path else os.environ.get(DATABASE_URL_ENV)
    if not chosen:
        return default_workspace_path()
    if isinstance(chosen, str) and "://" in chosen:
        try:
            url = make_url(chosen)
        except (ArgumentError, ValueError) as exc:  # ValueError: a port that is no number
            raise WorkspaceError(
                "'{address}' is not a database address I understand.",
                address=_without_password(chosen),
            ) from exc
        if url.get_backend_name() != "sqlite":
            return url
        if not url.database or url.database == ":memory:":
            raise WorkspaceError("'{chosen}' names no workspace file.", chosen=chosen)
        chosen = url.database
    return Path(chosen).expanduser().absolute()


def shown_location(url_or_path: str | Path | None = None) -> str:
    """Where :func:`open_workspace` would look, as messages and the window show it: a file's
    path, or the database URL with its password hidden (``***``), as
    :attr:`Workspace.location` names an open one. Never raises."""
    try:
        target = workspace_target(url_or_path)
    except WorkspaceError:
        return _without_password(str(url_or_path or ""))
    if isinstance(target, URL):
        return target.render_as_string(hide_password=True)
    return str(target)


def open_workspace(
    url_or_path: str | Path | None = None, *, who: str | None = None, create: bool = True
) -> Workspace:
    """Open (and, with ``create``, make) a workspace, migrating it to the current schema.

    ``who`` is the name recorded in the audit log (the local user by default). Everything that
    can go wrong is a :class:`~coopbuilder.store.errors.WorkspaceError` naming the workspace.
    """
    target = workspace_target(url_or_path)
    if isinstance(target, URL):
        return Workspace(_open_server(target, who))
    return Workspace(_open_file(target, who, create))


def _open_file(path: Path, who: str | None, create: bool) -> Database:
    if not path.exists():
        if not create:
            raise WorkspaceError(
                "The workspace {path} does not exist. Check the name and the folder.", path=path
            )
        _create_file(path)
    revision = inspect_file(path)  # reads only: a refused file keeps every byte
    migrate.refuse_newer(revision, str(path))
    wal = is_default_workspace(path)
    if revision == migrate.head_revision():
        set_journal_mode(path, wal=wal)

    def before_migrating(current: str, target: str) -> None:
        backup_copy(path, current, target)  # of the file as it was, journal mode included
        set_journal_mode(path, wal=wal)

    database = Database(sqlite_engine(path), str(path), who)
    try:
        migrate.upgrade(database.engine, revision, str(path), before=before_migrating)
    except BaseException:
        database.close()
        raise
    return database


def _create_file(path: Path) -> None:
    """Build a new workspace beside ``path`` and rename it into place when it is complete."""
    building = building_name(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        building.unlink(missing_ok=True)
        prepare_new_file(building, wal=is_default_workspace(path))
    except OSError as exc:
        raise WorkspaceError(
            "The workspace {path} cannot be created ({reason}). Choose a folder you may write to.",
            path=path,
            reason=exc.strerror or exc,
        ) from exc
    engine = sqlite_engine(building)
    try:
        migrate.upgrade(engine, None, str(path))
    finally:
        engine.dispose()  # folds a write-ahead log into the file
    if path.exists():  # someone else made it meanwhile: keep theirs
        building.unlink()
    else:
        building.replace(path)


def _open_server(url: URL, who: str | None) -> Database:
    location = url.render_as_string(hide_password=True)
    try:
        engine = create_engine(url, pool_pre_ping=True)
    except (NoSuchModuleError, ArgumentError) as exc:
        raise WorkspaceError(
            "'{location}' is not a database CoopBuilder can use.", location=location
        ) from exc
    except ModuleNotFoundError as exc:  # the driver, an extra (coopbuilder[postgres])
        raise WorkspaceError(
            "This installation of CoopBuilder cannot open the database server {location}: "
            "its driver ({module}) is not installed. Install CoopBuilder with pip and "
            "'coopbuilder[postgres]', or use a workspace file.",
            location=location,
            module=exc.name or exc,
        ) from exc
    database = Database(engine, location, who)
    try:
        revision = _server_revision(engine, location)
        migrate.upgrade(engine, revision, location)
    except BaseException:
        database.close()
        raise
    return database


def _server_revision(engine: Engine, location: str) -> str | None:
    """The schema revision of a server database; ``None`` for an empty one."""
    with explained(location), engine.connect() as connection:
        tables = set(inspect(connection).get_table_names())
        if "alembic_version" not in tables:
            if tables:
                raise NotAWorkspaceError(
                    "The database {location} holds tables of another program. Give "
                    "CoopBuilder a database (or schema) of its own; nothing was changed.",
                    location=location,
                )
            return None
        revision = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    if revision is None:
        raise NotAWorkspaceError(
            "The database {location} has no workspace schema version.", location=location
        )
    return str(revision)
