"""Reading a user's file with one clear message, and writing files so that a crash, a full disk
or a read-only folder never leaves half a file."""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from collections.abc import Collection, Iterator
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


PROCESS_STATUS = Path("/proc/self/status")


def current_umask() -> int:
    """The process's file-creation mask, read without changing it.

    ``os.umask`` can only be read by setting it, which races with other threads creating
    files; Linux shows it in /proc/self/status. Elsewhere, the usual 022 is assumed.
    """
    try:
        status = PROCESS_STATUS.read_text(encoding="ascii", errors="replace")
        for line in status.splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8) & 0o777
    except (OSError, ValueError, IndexError):
        pass
    return 0o022


def _mode_for(path: Path, mode: int | None) -> int:
    """The permissions the written file gets: ``mode`` if given, else those of the file it
    replaces, else what a newly created file gets under the umask. A folder at ``path``, and
    anything else that is not a regular file (a link, a device, a pipe), is refused, never
    replaced."""
    if path.is_dir():
        raise UserError("{path} is a folder. Choose a file name.", path=path)
    try:
        existing = path.lstat()
    except FileNotFoundError:
        existing = None
    except OSError as exc:
        raise _explain(exc, path) from exc
    if existing is not None and not stat.S_ISREG(existing.st_mode):
        raise UserError(
            "{path} is not a regular file (it is a link, a device or another special file) "
            "and was not replaced. Choose another file name.",
            path=path,
        )
    if mode is not None:
        return mode
    if existing is not None:
        return stat.S_IMODE(existing.st_mode) & 0o777
    return 0o666 & ~current_umask()


OWNER_ONLY = 0o600
"""The permissions of the files CoopBuilder writes for people to pass on (exchange files, PDFs,
certificates, calendars): they name staff, with phones and e-mails, so only their owner may read
them until they choose to share them."""


def atomic_write_bytes(path: Path, data: bytes, mode: int | None = None) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder, then rename.

    Either the old file stays as it was or the new one is complete; a failure raises a
    :class:`UserError` naming the file and what to do, and leaves no temporary file behind.
    The file gets ``mode`` if given; otherwise a replaced file keeps its permissions and a new
    one gets the usual permissions under the umask (as any program's new file would).
    """
    path = Path(path)
    permissions = _mode_for(path, mode)
    tmp_name: str | None = None
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        Path(tmp_name).chmod(permissions)
        Path(tmp_name).replace(path)
        tmp_name = None
    except OSError as exc:
        raise _explain(exc, path) from exc
    finally:
        if tmp_name is not None:
            with contextlib.suppress(OSError):
                Path(tmp_name).unlink()


def remove_others(folder: Path, pattern: str, keep: Collection[Path]) -> None:
    """Remove the files in ``folder`` that match the glob ``pattern``, but for ``keep``: what a
    cache kept for an earlier set-up, which nothing reads any more. A file that cannot be
    removed stays."""
    for file in folder.glob(pattern):
        if file not in keep:
            with contextlib.suppress(OSError):
                file.unlink()


@contextlib.contextmanager
def replaced_when_done(path: Path, mode: int | None = None) -> Iterator[Path]:
    """A temporary file beside ``path`` for a writer that opens the file itself (a printer).

    When the block ends normally the temporary file replaces ``path``; when it raises, the
    temporary file is removed. Either way ``path`` is as it was or complete, never half-written;
    a failure to write raises a :class:`UserError` naming the file and what to do. The file gets
    the permissions :func:`atomic_write_bytes` would give it.
    """
    path = Path(path)
    permissions = _mode_for(path, mode)
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        os.close(fd)
    except OSError as exc:
        raise _explain(exc, path) from exc
    tmp = Path(tmp_name)
    try:
        yield tmp
        try:
            with tmp.open("rb+") as handle:
                os.fsync(handle.fileno())
            tmp.chmod(permissions)
            tmp.replace(path)
        except OSError as exc:
            raise _explain(exc, path) from exc
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)


def read_user_file(
    path: Path, what: str, *, max_bytes: int, error: type[UserError] = UserError
) -> bytes:
    """The bytes of a file the user named; ``what`` says what it should be ("an agreement
    file"). A missing, unreadable or oversized file raises ``error`` naming the file, and so
    does anything that is not a regular file (a device such as /dev/zero would be read until
    memory runs out, a named pipe would wait for a writer)."""
    path = Path(path)
    try:
        status = path.stat()
        if stat.S_ISDIR(status.st_mode):
            raise IsADirectoryError
        if not stat.S_ISREG(status.st_mode):
            raise error(
                "{path} is not a regular file but a device, a pipe or a socket; choose {what}.",
                path=path,
                what=what,
            )
        if status.st_size > max_bytes:
            raise error(
                "{path} is too large to be {what} ({size} bytes).",
                path=path,
                what=what,
                size=status.st_size,
            )
        # not blocking: should the path have become a pipe since, opening it does not wait
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        with os.fdopen(descriptor, "rb") as stream:
            data = stream.read(max_bytes + 1)
        if len(data) > max_bytes:  # it grew while being read
            raise error(
                "{path} is too large to be {what} ({size} bytes).",
                path=path,
                what=what,
                size=len(data),
            )
        return data
    except FileNotFoundError as exc:
        raise error("{path} does not exist.", path=path) from exc
    except IsADirectoryError as exc:
        raise error("{path} is a folder, not {what}.", path=path, what=what) from exc
    except OSError as exc:
        raise error(
            "{path} cannot be read ({reason}).", path=path, reason=exc.strerror or exc
        ) from exc
