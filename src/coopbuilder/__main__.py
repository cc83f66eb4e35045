"""Composition root: everything the program needs is made here and handed down."""

from __future__ import annotations

import sys
import warnings
from collections.abc import Sequence


def quiet_third_party_warnings() -> None:
    """A user sees only the program's own messages: warnings raised in a library (a deprecation
    in pyHanko's imports, say) are for the developers, whose test run turns them into errors
    module by module (pyproject.toml, filterwarnings)."""
    warnings.filterwarnings("ignore")
    warnings.filterwarnings("default", module="coopbuilder")


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv == ["--version"]:  # answered before the commands and their libraries are loaded
        from coopbuilder import __version__

        print(f"CoopBuilder {__version__}")
        return 0
    quiet_third_party_warnings()
    from coopbuilder.log import start_log

    start_log(debug="--debug" in argv)  # warnings shown from now on go to the log
    from coopbuilder.cli import main as cli_main

    return cli_main(argv)


if __name__ == "__main__":
    import multiprocessing

    multiprocessing.freeze_support()  # a frozen Windows build starts the render process so
    sys.exit(main())
