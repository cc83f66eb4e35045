"""Reading a user's file with one clear message, and writing files so that a crash, a full disk
or a read-only folder never leaves half a file."""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from pathlib import Path

from coopbuilder.core.errors import UserError


def _explain(exc: OSError, path: Path) -> UserError:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return UserError(
            "The disk is full; {path} was not written. Free some space and try again.", path=path
        )
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return UserError(
            "{path} cannot be written here (no permission or a read-only folder). "
            "Choose another folder.",
            path=path,
        )
    if exc.errno == errno.ENOENT:
        return UserError(
            "The folder {folder} does not exist. Choose an existing folder.", folder=path.parent
        )
    if exc.errno == errno.EISDIR:
        return UserError("{path} is a folder. Choose a file name.", path=path)
    return UserError(
        "{path} could not be written: {reason}.", path=path, reason=exc.strerror or exc
    )


def atomic_write_bytes(path: Path, data: bytes, mode: int | None = None) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder, then rename.

    Either the old file stays as it was or the new one is complete; a failure raises a
    :class:`UserError` naming the file and what to do, and leaves no temporary file behind.
    """
    path = Path(path)
    if path.is_dir():
        raise UserError("{path} is a folder. Choose a file name.", path=path)
    tmp_name: str | None = None
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if mode is not None:
            Path(tmp_name).chmod(mode)
        Path(tmp_name).replace(path)
        tmp_name = None
    except OSError as exc:
        raise _explain(exc, path) from exc
    finally:
        if tmp_name is not None:
            with contextlib.suppress(OSError):
                Path(tmp_name).unlink()


def read_user_file(
    path: Path, what: str, *, max_bytes: int, error: type[UserError] = UserError
) -> bytes:
    """The bytes of a file the user named; ``what`` says what it should be ("an agreement
    file"). A missing, unreadable or oversized file raises ``error`` naming the file."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise error(
                "{path} is too large to be {what} ({size} bytes).", path=path, what=what, size=size
            )
        return path.read_bytes()
    except FileNotFoundError as exc:
        raise error("{path} does not exist.", path=path) from exc
    except IsADirectoryError as exc:
        raise error("{path} is a folder, not {what}.", path=path, what=what) from exc
    except OSError as exc:
        raise error(
            "{path} cannot be read ({reason}).", path=path, reason=exc.strerror or exc
        ) from exc
