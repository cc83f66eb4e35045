"""The embedded workspace: one SQLite file, in WAL mode with foreign keys on.

Before SQLite opens a file for writing, the file is checked by reading it only: its header (is
it SQLite at all, is it as long as the header says), its application id (is it CoopBuilder's)
and its schema revision (is it from a newer CoopBuilder). A refused file keeps every byte.
A new file is built beside its final name and renamed into place when complete, readable by its
owner only; an existing one is copied to a dated backup before a migration changes it.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import URL, Engine, create_engine, event

from coopbuilder.store.database import SQLITE_BEGIN
from coopbuilder.store.errors import DamagedWorkspaceError, NotAWorkspaceError, WorkspaceError

APPLICATION_ID = 0x436F6F70
"""``PRAGMA application_id`` of a CoopBuilder workspace ("Coop"), at byte 68 of the header."""

BUSY_TIMEOUT_SECONDS = 10.0
"""How long a writer waits for another writer (another workstation on a shared drive)."""

_MAGIC = b"SQLite format 3\x00"
_HEADER_BYTES = 100


def _read_header(path: Path) -> bytes:
    try:
        with path.open("rb") as handle:
            return handle.read(_HEADER_BYTES)
    except IsADirectoryError as exc:
        raise NotAWorkspaceError("{path} is a folder, not a workspace file.", path=path) from exc
    except OSError as exc:
        raise WorkspaceError(
            "{path} cannot be read ({reason}).", path=path, reason=exc.strerror or exc
        ) from exc


def check_header(path: Path) -> None:
    """Refuse a file that is not an SQLite database, or one that was cut short."""
    header = _read_header(path)
    size = path.stat().st_size
    if not header:
        raise NotAWorkspaceError("{path} is empty, not a CoopBuilder workspace.", path=path)
    if not header.startswith(_MAGIC[: len(header)]) or len(header) < len(_MAGIC):
        raise NotAWorkspaceError(
            "{path} is not a CoopBuilder workspace (it is not a database file at all).", path=path
        )
    if len(header) < _HEADER_BYTES:
        raise DamagedWorkspaceError(
            "{path} is damaged: the file is cut short. Restore a backup.", path=path
        )
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    pages_valid = header[24:28] == header[92:96] and pages > 0
    if page_size < 512 or (pages_valid and size < page_size * pages) or size % page_size:
        raise DamagedWorkspaceError(
            "{path} is damaged: the file is shorter than its own header says (cut short "
            "during a copy?). Restore a backup.",
            path=path,
        )


@contextlib.contextmanager
def _read_only(path: Path) -> Iterator[sqlite3.Connection]:
    connection = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)
    try:
        yield connection
    finally:
        connection.close()


def inspect_file(path: Path) -> str:
    """The schema revision of the workspace file at ``path``, found by reading only.

    Raises :class:`NotAWorkspaceError` or :class:`DamagedWorkspaceError` for any file that is not
    a whole CoopBuilder workspace.
    """
    check_header(path)
    try:
        with _read_only(path) as connection:
            (application_id,) = connection.execute("PRAGMA application_id").fetchone()
            if application_id != APPLICATION_ID:
                raise NotAWorkspaceError(
                    "{path} is a database of another program, not a CoopBuilder workspace. "
                    "It was left unchanged.",
                    path=path,
                )
            tables = {
                name
                for (name,) in connection.execute(
                    "SELECT name FROM sqlite_master WHERE type='table'"
                )
            }
            if "alembic_version" not in tables:
                raise DamagedWorkspaceError(
                    "{path} is a CoopBuilder workspace without a schema version; it is "
                    "damaged. Restore a backup.",
                    path=path,
                )
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError as exc:
        raise DamagedWorkspaceError(
            "{path} cannot be read as a workspace ({exc}). Restore a backup.", path=path, exc=exc
        ) from exc
    if row is None:
        raise DamagedWorkspaceError(
            "{path} has lost its schema version. Restore a backup.", path=path
        )
    return str(row[0])


def _on_connect(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.isolation_level = None  # SQLAlchemy's "begin" hook below says BEGIN
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA synchronous = FULL")  # a committed save survives a power cut
    cursor.close()


def _on_begin(connection: Any) -> None:
    connection.exec_driver_sql(connection.get_execution_options().get(SQLITE_BEGIN, "BEGIN"))


def sqlite_engine(path: Path) -> Engine:
    """An engine for the workspace file: foreign keys on, full sync, our own BEGIN."""
    engine = create_engine(
        URL.create("sqlite+pysqlite", database=str(path)),
        connect_args={"timeout": BUSY_TIMEOUT_SECONDS},
    )
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


def _new_private_file(path: Path) -> None:
    """Create an empty file that only its owner may read and write."""
    os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))


def prepare_new_file(path: Path) -> None:
    """Make an empty SQLite file with CoopBuilder's application id, in WAL mode."""
    _new_private_file(path)
    connection = sqlite3.connect(path)
    try:
        connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        connection.execute("PRAGMA journal_mode = WAL")
    finally:
        connection.close()


def building_name(path: Path) -> Path:
    """Where a new workspace is built before it is renamed to ``path``."""
    return path.with_name(f".{path.name}.new")


def backup_copy(path: Path, current: str, target: str) -> Path:
    """Copy the workspace to a dated backup beside it, before migrating it to ``target``.

    SQLite's backup API copies a consistent state, including what is still in the
    write-ahead log. The copy is readable by its owner only.
    """
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%d-%H%M%S")
    backup = path.with_name(f"{path.name}.{stamp}.before-schema-{target}.bak")
    created = False
    try:
        _new_private_file(backup)
        created = True
        with _read_only(path) as source:
            destination = sqlite3.connect(backup)
            try:
                source.backup(destination)
            finally:
                destination.close()
    except (OSError, sqlite3.Error) as exc:
        if created:
            with contextlib.suppress(OSError):
                backup.unlink()
        raise WorkspaceError(
            "{path} needs an update of its schema ({current} to {target}), but the backup "
            "{name} could not be written ({exc}). Nothing was changed; free some space or "
            "make the folder writable, and open it again.",
            path=path,
            current=current,
            target=target,
            name=backup.name,
            exc=exc,
        ) from exc
    return backup
