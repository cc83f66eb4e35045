"""Small SQLite helpers shared by the store tests."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def journal_mode(path: Path) -> str:
    """The journal mode of the file, as a separate SQLite connection reads it."""
    connection = sqlite3.connect(path)
    try:
        return str(connection.execute("PRAGMA journal_mode").fetchone()[0])
    finally:
        connection.close()


def put_in_wal_mode(path: Path) -> None:
    """Switch the file to a write-ahead log, as another SQLite program may have left it."""
    connection = sqlite3.connect(path)
    try:
        assert connection.execute("PRAGMA journal_mode = WAL").fetchone() == ("wal",)
    finally:
        connection.close()
