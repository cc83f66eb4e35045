"""The program's log: a rotating file in the platform's log folder (``COOPBUILDER_HOME/logs``
when that is set), so that a person who meets a fault has something to send, even from a
windowed program without a console.

It records what happened, never what was written: ids, counts, timings and exceptions with their
tracebacks; no agreement text, no names, no passphrases or keys. The program's own loggers
(``coopbuilder.*``) write at INFO, or DEBUG with ``--debug``; a library's only from WARNING on,
as its messages are not written with that rule in mind. Uncaught exceptions, on any thread,
and warnings go to the log too.
"""

from __future__ import annotations

import logging
import os
import platform
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

import platformdirs

from coopbuilder.paths import APP_NAME

LOG_FILE = "coopbuilder.log"
MAX_BYTES = 1_000_000
BACKUPS = 3
"""Four files of a megabyte at most: weeks of use, small enough to attach to an e-mail."""

_FORMAT = "%(asctime)s %(levelname)s [%(threadName)s] %(name)s: %(message)s"
_OWN = ("coopbuilder", "py.warnings")

logger = logging.getLogger(__name__)

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


def log_folder() -> Path:
    """Where the log is kept, without making the folder."""
    override = os.environ.get("COOPBUILDER_HOME")
    if override:
        return Path(override) / "logs"
    return Path(platformdirs.user_log_dir(APP_NAME, False))


def log_path() -> Path:
    """The file the log is written to now (older parts beside it end in ``.1``, ``.2``...)."""
    return log_folder() / LOG_FILE


def system_text() -> str:
    """The operating system and machine, as a fault report names them."""
    return f"{platform.system()} {platform.release()} {platform.machine()}"


class _OwnOrSerious(logging.Filter):
    """The program's records at the chosen level; a library's from WARNING on."""

    def filter(self, record: logging.LogRecord) -> bool:
        own = record.name.startswith(_OWN)
        return own or record.levelno >= logging.WARNING


def log_uncaught(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
    """Write an exception nobody caught to the log, with its traceback."""
    logger.critical("Uncaught %s", kind.__name__, exc_info=(kind, error, tb))


@dataclass
class ProgramLog:
    """The log as :func:`start_log` set it up; :meth:`close` undoes it (for tests)."""

    path: Path
    handler: logging.Handler
    _previous_level: int
    _previous_hook: ExceptHook
    _previous_thread_hook: Callable[[threading.ExceptHookArgs], object]
    _closed: bool = field(default=False)

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        root = logging.getLogger()
        root.removeHandler(self.handler)
        root.setLevel(self._previous_level)
        self.handler.close()
        logging.captureWarnings(False)
        sys.excepthook = self._previous_hook
        threading.excepthook = self._previous_thread_hook


def start_log(*, debug: bool = False) -> ProgramLog:
    """Log to the rotating file from now on, and log uncaught exceptions and warnings there.
    The hooks still hand an exception on to the ones before them (a console still shows it)."""
    folder = log_folder()
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    path = folder / LOG_FILE
    handler = RotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8")
    handler.setFormatter(logging.Formatter(_FORMAT))
    handler.addFilter(_OwnOrSerious())
    root = logging.getLogger()
    previous_level = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG if debug else logging.INFO)
    logging.captureWarnings(True)

    previous_hook = sys.excepthook
    previous_thread_hook = threading.excepthook

    def excepthook(
        kind: type[BaseException], error: BaseException, tb: TracebackType | None
    ) -> None:
        if not issubclass(kind, KeyboardInterrupt):
            log_uncaught(kind, error, tb)
        previous_hook(kind, error, tb)

    def thread_excepthook(args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None and not issubclass(args.exc_type, SystemExit):
            name = args.thread.name if args.thread is not None else "?"
            logger.critical(
                "Uncaught %s on the thread %s",
                args.exc_type.__name__,
                name,
                exc_info=(args.exc_type, args.exc_value, args.exc_traceback),
            )
        previous_thread_hook(args)

    sys.excepthook = excepthook
    threading.excepthook = thread_excepthook
    from coopbuilder import __version__

    logger.info(
        "CoopBuilder %s started (Python %s, %s)%s",
        __version__,
        platform.python_version(),
        system_text(),
        ", debug log" if debug else "",
    )
    return ProgramLog(path, handler, previous_level, previous_hook, previous_thread_hook)
