"""Run the wizard on its own: ``python -m coopbuilder.ui.wizard --demo`` (the demo agreement, in
memory) or ``python -m coopbuilder.ui.wizard FILE.json`` (an exchange file, saved in place)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from coopbuilder.core.demo import demo_agreement
from coopbuilder.core.errors import UserError
from coopbuilder.log import start_log
from coopbuilder.ui.app import application, run_wizard
from coopbuilder.ui.session import AgreementSession, FileSession, MemorySession, new_agreement
from coopbuilder.ui.texts import error_text, ui_language


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m coopbuilder.ui.wizard")
    source = parser.add_mutually_exclusive_group()
    source.add_argument(
        "--demo", action="store_true", help="the demo agreement (in the program's language)"
    )
    source.add_argument("file", nargs="?", type=Path, help="an agreement file to edit in place")
    args = parser.parse_args(argv)
    start_log()
    application()
    session: AgreementSession
    if args.demo:
        session = MemorySession(demo_agreement(ui_language()))
    elif args.file is not None:
        try:
            session = FileSession(args.file, new_agreement())
        except UserError as error:
            parser.exit(2, f"{parser.prog}: {error_text(error)}\n")
    else:
        session = MemorySession(new_agreement())
    return run_wizard(session)


if __name__ == "__main__":
    sys.exit(main())
