"""The command line. Without a command it starts the desktop program; with only an exchange
file (``coopbuilder FILE.coopagreement``, what a double click on one runs) it starts the desktop
program on that file, as the workspace's import.

Every command calls the same services as the GUI. A problem with input prints one line naming
the file and what is wrong, and exits with code 2; never a traceback. Each group of commands
lives in its own module with a ``register(commands)`` function.
"""

from __future__ import annotations

import argparse
import atexit
import contextlib
import gc
import os
import sys
import threading
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import NoReturn

from coopbuilder.cli.common import EXIT_USAGE
from coopbuilder.core.errors import UserError


def build_parser() -> argparse.ArgumentParser:
    from coopbuilder import __version__
    from coopbuilder.cli import (
        assessment,
        documents,
        review,
        signing,
        signing_settings,
        workspace,
    )

    parser = argparse.ArgumentParser(
        prog="coopbuilder",
        description=(
            "Build a cooperation between an NGO and a security agency: rate the preconditions "
            "together, agree actions on the gaps, and draft the cooperation agreement. "
            "Without a command, the desktop program starts."
        ),
    )
    parser.add_argument("--version", action="version", version=f"CoopBuilder {__version__}")
    parser.add_argument(
        "--workspace",
        metavar="PATH_OR_URL",
        help="the workspace: a workspace file or a database URL (default: "
        "COOPBUILDER_DATABASE_URL, else workspace.sqlite in the data folder)",
    )
    parser.add_argument(
        "--debug", action="store_true", help="write every detail to the log, not only events"
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for group in (assessment, workspace, review, documents, signing, signing_settings):
        group.register(commands)
    return parser


@dataclass
class Desktop:
    """What the command line asks of the desktop program."""

    workspace: str | None = None
    open_files: list[Path] = field(default_factory=list)


def desktop_request(argv: Sequence[str]) -> Desktop | None:
    """The desktop program ``argv`` asks for (no command, or only exchange files), with its
    ``--workspace``; ``None`` for a command. Decided before the commands are loaded, so the
    program starts without them."""
    parser = argparse.ArgumentParser(prog="coopbuilder", add_help=False, exit_on_error=False)
    parser.add_argument("--workspace")
    parser.add_argument("--debug", action="store_true")
    try:
        known, rest = parser.parse_known_args(argv)
    except argparse.ArgumentError:
        return None  # the full parser says what is wrong
    if rest:
        if any("." not in arg for arg in rest):
            return None  # a command (no file name): decided without loading the domain models
        from coopbuilder.core.exchange import is_exchange_file_name

        if not all(is_exchange_file_name(arg) and not arg.startswith("-") for arg in rest):
            return None
    return Desktop(known.workspace, [Path(arg) for arg in rest])


def main(argv: Sequence[str] | None = None, one_process: bool = False) -> int:
    """Run the command ``argv`` (or start the desktop program). With ``one_process`` (the
    program started for this one command, see :func:`coopbuilder.__main__.main`), a command
    ends the process as soon as it is done (:func:`leave`), and the desktop program gets the
    garbage collector back (:func:`collect_again`)."""
    argv = list(sys.argv[1:] if argv is None else argv)
    desktop = desktop_request(argv)
    if desktop is not None:
        from coopbuilder.ui.app import run_gui

        collect_again()
        return run_gui(desktop.workspace, desktop.open_files)
    args = build_parser().parse_args(argv)
    if args.command is None:
        from coopbuilder.ui.app import run_gui

        collect_again()
        return run_gui(args.workspace)
    try:
        result: int = args.run(args)
    except UserError as exc:
        print(f"coopbuilder: error: {exc}", file=sys.stderr)
        result = EXIT_USAGE
    if one_process:
        leave(result)
    return result


def collect_again() -> None:
    """Turn the garbage collector on (again) for a long-running program, leaving the objects
    made while starting out of its rounds (they stay)."""
    gc.freeze()
    gc.enable()


def leave(code: int) -> NoReturn:
    """End the process of a command that is done, without the interpreter's tear-down of every
    module it loaded (a tenth of a second for ``sign`` or ``verify``). What the tear-down would
    still do is done first: the functions registered to run at exit (the log's last lines among
    them) and what the terminal has not been given yet. While another thread still runs, the
    process ends as usual, after it."""
    if threading.active_count() > 1:
        sys.exit(code)
    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError, AttributeError):  # closed, or a pipe gone
            stream.flush()
    os._exit(code)
