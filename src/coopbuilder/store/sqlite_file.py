"""The embedded workspace: one SQLite file with foreign keys on and full sync.

The workspace in the program's own data folder uses a write-ahead log (WAL: readers never wait
for a writer). Every other workspace file, which may lie on a shared drive, uses a rollback
journal (``journal_mode=DELETE``): SQLite's write-ahead log needs every program that uses the
file to run on one computer, a rollback journal only needs the file locking a network share has.

Before SQLite opens a file for writing, the file is checked by reading it only: its header (is
it SQLite at all, is it as long as the header says), its application id (is it CoopBuilder's)
and its schema revision (is it from a newer CoopBuilder). A refused file keeps every byte, and
no journal or ``-wal``/``-shm`` file is left beside it.
A new file is built beside its final name and renamed into place when complete, readable by its
owner only; an existing one is copied to a dated backup before a migration changes it.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import URL, Engine, create_engine, event

from coopbuilder.core import clock
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


def check_header(path: Path) -> bytes:
    """Refuse a file that is not an SQLite database, or one that was cut short; its header."""
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
    return header


def _in_wal_mode(header: bytes) -> bool:
    """Whether the file uses a write-ahead log (its header's read and write versions are 2)."""
    return header[18] == 2 or header[19] == 2


def _companion(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


@contextlib.contextmanager
def _read_only(path: Path, *, immutable: bool = False) -> Iterator[sqlite3.Connection]:
    options = "mode=ro&immutable=1" if immutable else "mode=ro"
    connection = sqlite3.connect(f"{path.absolute().as_uri()}?{options}", uri=True)
    try:
        yield connection
    finally:
        connection.close()


@contextlib.contextmanager
def _inspecting(path: Path, header: bytes) -> Iterator[sqlite3.Connection]:
    """A connection that reads the file and leaves nothing new beside it.

    A file in WAL mode without a ``-wal`` file has everything in the file itself: it is read as
    immutable (a read-only connection would create ``-wal`` and ``-shm`` files). A file with a
    rollback journal left by an interrupted save is read by a writing connection, which rolls
    that save back, as any SQLite program would; a read-only one could not read it at all.
    """
    if _in_wal_mode(header):
        immutable = not _companion(path, "-wal").exists()
        with _read_only(path, immutable=immutable) as connection:
            yield connection
    elif _companion(path, "-journal").exists():
        connection = sqlite3.connect(path, timeout=BUSY_TIMEOUT_SECONDS)
        try:
            yield connection
        finally:
            connection.close()
    else:
        with _read_only(path) as connection:
            yield connection


def inspect_file(path: Path) -> str:
    """The schema revision of the workspace file at ``path``, found by reading only.

    Raises :class:`NotAWorkspaceError` or :class:`DamagedWorkspaceError` for any file that is not
    a whole CoopBuilder workspace.
    """
    header = check_header(path)
    # A workspace's application id is written before anything else, so it is in the header
    # of the file itself (never only in a write-ahead log).
    if int.from_bytes(header[68:72], "big") != APPLICATION_ID:
        raise NotAWorkspaceError(
            "{path} is a database of another program, not a CoopBuilder workspace. "
            "It was left unchanged.",
            path=path,
        )
    try:
        with _inspecting(path, header) as connection:
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


def prepare_new_file(path: Path, *, wal: bool) -> None:
    """Make an empty SQLite file with CoopBuilder's application id, in WAL mode if ``wal``."""
    _new_private_file(path)
    connection = sqlite3.connect(path)
    try:
        connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        if wal:
            connection.execute("PRAGMA journal_mode = WAL")
    finally:
        connection.close()


def set_journal_mode(path: Path, *, wal: bool) -> str:
    """Put the workspace file in WAL mode (``wal``) or rollback-journal mode; the mode it is in.

    Changing the mode needs the file to itself: while another program has it open, it stays in
    the mode it is in, and is changed the next time it is opened alone.
    """
    wanted = "wal" if wal else "delete"
    try:
        connection = sqlite3.connect(path, timeout=BUSY_TIMEOUT_SECONDS)
        try:
            (mode,) = connection.execute("PRAGMA journal_mode").fetchone()
            if str(mode).lower() != wanted:
                with contextlib.suppress(sqlite3.OperationalError):  # in use elsewhere
                    (mode,) = connection.execute(f"PRAGMA journal_mode = {wanted}").fetchone()
        finally:
            connection.close()
    except sqlite3.Error as exc:
        raise WorkspaceError(
            "The workspace {path} cannot be opened ({reason}). Check that the drive or folder is "
            "there and that you may write to it.",
            path=path,
            reason=exc,
        ) from exc
    return str(mode).lower()


def building_name(path: Path) -> Path:
    """Where a new workspace is built before it is renamed to ``path``."""
    return path.with_name(f".{path.name}.new")


def backup_copy(path: Path, current: str, target: str) -> Path:
    """Copy the workspace to a dated backup beside it, before migrating it to ``target``.

    SQLite's backup API copies a consistent state, including what is still in the
    write-ahead log. The copy is readable by its owner only.
    """
    stamp = clock.now().strftime("%Y%m%d-%H%M%S")
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
