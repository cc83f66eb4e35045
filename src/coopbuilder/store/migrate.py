"""The workspace schema: which revision a database has, and bringing it to the newest one.

The Alembic migrations ship inside the package (``coopbuilder/store/migrations``) and run when a
workspace is opened; there is no alembic.ini. A database whose revision this program does not
know was written by a newer CoopBuilder and is refused before anything is written to it.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from alembic.util import CommandError
from sqlalchemy import Connection, Engine

from coopbuilder.store.database import SQLITE_BEGIN, explained
from coopbuilder.store.errors import NewerWorkspaceError

SCRIPT_LOCATION = "coopbuilder.store:migrations"


def alembic_config(connection: Connection | None = None) -> Config:
    """A configuration made in code (the wheel carries no alembic.ini)."""
    config = Config()
    config.set_main_option("script_location", SCRIPT_LOCATION)
    config.set_main_option("path_separator", "os")
    config.attributes["connection"] = connection
    return config


@cache
def _scripts() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    head = _scripts().get_current_head()
    assert head is not None, "the package holds no migrations"
    return head


def known_revisions() -> frozenset[str]:
    return frozenset(script.revision for script in _scripts().walk_revisions())


def refuse_newer(revision: str, location: str) -> None:
    """Raise :class:`NewerWorkspaceError` if ``revision`` is one this program does not know."""
    if revision not in known_revisions():
        raise NewerWorkspaceError(
            "The workspace {location} was written by a newer CoopBuilder (workspace schema "
            "'{revision}'). Update CoopBuilder to open it; it was left unchanged.",
            location=location,
            revision=revision,
        )


def upgrade(
    engine: Engine,
    current: str | None,
    location: str,
    before: Callable[[str, str], object] | None = None,
) -> None:
    """Bring the database from revision ``current`` (``None``: empty) to the newest, in one
    transaction.

    ``before(current, newest)`` runs first when an existing database is migrated (the SQLite
    file is copied to a dated backup there).
    """
    if current is not None:
        refuse_newer(current, location)
    newest = head_revision()
    if current == newest:
        return
    if current is not None and before is not None:
        before(current, newest)
    writer = engine.execution_options(**{SQLITE_BEGIN: "BEGIN IMMEDIATE"})
    with explained(location), writer.begin() as connection:
        try:
            command.upgrade(alembic_config(connection), newest)
        except CommandError as exc:  # e.g. a revision that vanished between check and upgrade
            raise NewerWorkspaceError(
                "The workspace {location} cannot be brought up to date ({exc}).",
                location=location,
                exc=exc,
            ) from exc
