"""The command line. Without a command it starts the desktop program.

Every command calls the same services as the GUI. A problem with input prints one line naming
the file and what is wrong, and exits with code 2; never a traceback. Each group of commands
lives in its own module with a ``register(commands)`` function.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from coopbuilder import __version__
from coopbuilder.cli import assessment, documents, signing, workspace
from coopbuilder.cli.common import EXIT_USAGE
from coopbuilder.core.errors import UserError

COMMAND_GROUPS = (assessment, workspace, documents, signing)


def build_parser() -> argparse.ArgumentParser:
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
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for group in COMMAND_GROUPS:
        group.register(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command is None:
        from coopbuilder.ui.app import run_gui

        return run_gui(args.workspace)
    try:
        result: int = args.run(args)
    except UserError as exc:
        print(f"coopbuilder: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    return result
