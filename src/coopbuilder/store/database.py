"""One open workspace database: its engine, where it is, who works in it, and transactions that
turn the database's own complaints into :class:`WorkspaceError` messages."""

from __future__ import annotations

import datetime as dt
import getpass
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from coopbuilder.core import clock
from coopbuilder.core.errors import Phrase
from coopbuilder.store.errors import (
    DamagedWorkspaceError,
    WorkspaceBusyError,
    WorkspaceError,
    WorkspaceUnavailableError,
)

SQLITE_BEGIN = "sqlite_begin"
"""Execution option naming the statement that starts an SQLite transaction (see connection)."""


def local_user() -> str:
    """The name of the person at this computer, as the operating system knows it."""
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no user name in the environment or the password database
        return "unknown"


def utc_now() -> dt.datetime:
    return clock.now()


def explain(exc: DBAPIError, location: str) -> WorkspaceError | None:
    """The user's words for a database error, or ``None`` for a programming error."""
    text = str(exc.orig).strip().splitlines()[0] if exc.orig is not None else str(exc)
    lowered = text.lower()
    if "locked" in lowered or "busy" in lowered:
        return WorkspaceBusyError(
            "The workspace {location} is busy: another program or workstation is writing "
            "to it. Try again in a moment.",
            location=location,
        )
    if "disk is full" in lowered or "no space left" in lowered:
        return WorkspaceError(
            "The disk is full; nothing was saved to {location}. Free some space and try again.",
            location=location,
        )
    if "readonly" in lowered or "read-only" in lowered:
        return WorkspaceError(
            "The workspace {location} is read-only here. Open it from a folder you may "
            "write to, or ask for write permission.",
            location=location,
        )
    if "not a database" in lowered or "malformed" in lowered:
        return DamagedWorkspaceError(
            "The workspace {location} is damaged ({text}). Restore a backup.",
            location=location,
            text=text,
        )
    if _part_missing(lowered):
        return DamagedWorkspaceError(
            "The workspace {location} is damaged: a part of it is missing ({text}). Restore a "
            "backup: close CoopBuilder and copy the last good copy over the workspace file "
            "(CoopBuilder keeps one beside it before each update, named like the file with "
            "'.before-schema-….bak' added); on a database server, ask its administrator.",
            location=location,
            text=text,
        )
    if "unable to open" in lowered or "disk i/o" in lowered:
        return WorkspaceError(
            "The workspace {location} cannot be read or written ({text}). Check that the "
            "drive or folder is there and that you may write to it.",
            location=location,
            text=text,
        )
    if "permission denied" in lowered:
        return WorkspaceError(
            "The database of {location} does not allow this to your role ({text}). Ask the "
            "workspace's administrator (marking certificates trusted, for one, is for the role "
            "given that right).",
            location=location,
            text=text,
        )
    if (
        "authentication failed" in lowered
        or "no password supplied" in lowered
        or ('role "' in lowered and "does not exist" in lowered)
    ):
        return WorkspaceUnavailableError(
            "The database server of {location} refused the login ({text}). Check the user name "
            "and the password (in PGPASSWORD, ~/.pgpass or a service file); the server itself "
            "was reached.",
            location=location,
            text=text,
        )
    if isinstance(exc, OperationalError):
        return WorkspaceUnavailableError(
            "The workspace {location} cannot be reached ({text}). Check that the database "
            "server runs and that the address (COOPBUILDER_DATABASE_URL) is right.",
            location=location,
            text=text,
        )
    return None


def _part_missing(lowered: str) -> bool:
    """Whether the database says a table or a column of the workspace is not there (SQLite:
    "no such table", PostgreSQL: 'relation "..." does not exist')."""
    if "no such table" in lowered or "no such column" in lowered:
        return True
    return "does not exist" in lowered and ("relation" in lowered or "column" in lowered)


@contextmanager
def explained(location: str) -> Iterator[None]:
    """Re-raise the database errors a user can cause as :class:`WorkspaceError`."""
    try:
        yield
    except DBAPIError as exc:
        error = explain(exc, location)
        if error is None:
            raise
        raise error from exc


class Database:
    """An open workspace database. Services ask it for one transaction per operation."""

    def __init__(
        self,
        engine: Engine,
        location: str,
        who: str | None = None,
        warnings: tuple[Phrase, ...] = (),
    ) -> None:
        self.engine = engine
        self.warnings = warnings
        """What the person should know about how the workspace was reached (an unencrypted
        connection, a password in the address)."""
        self.location = location
        """Where the workspace is, for messages: a file path or a URL without its password."""
        self.who = who or local_user()
        """The local user recorded in the audit log, on autosave copies and on saves."""
        self.is_sqlite = engine.dialect.name == "sqlite"
        # On SQLite a write transaction takes the write lock at once (BEGIN IMMEDIATE), so it
        # waits for another writer instead of failing half-way through.
        writer = engine.execution_options(**{SQLITE_BEGIN: "BEGIN IMMEDIATE"})
        self._writes = sessionmaker(writer, expire_on_commit=False)
        self._reads = sessionmaker(engine, expire_on_commit=False)

    @contextmanager
    def transaction(self, *, write: bool = True) -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back if it raises."""
        sessions = self._writes if write else self._reads
        with explained(self.location), sessions() as session, session.begin():
            yield session

    def close(self) -> None:
        """Close every connection (on SQLite this also folds the write-ahead log back in)."""
        self.engine.dispose()
