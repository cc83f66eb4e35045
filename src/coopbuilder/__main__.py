"""Composition root: everything the program needs is made here and handed down."""

from __future__ import annotations

import gc
import os
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
    """The program. Started for one command (``argv`` None: the command line's), it runs without
    the garbage collector: the process is short, reference counting frees what it no longer
    uses, and the collector's rounds over the objects every import makes take a noticeable part
    of a start. The desktop program turns it on again (:func:`coopbuilder.cli.collect_again`)."""
    one_process = argv is None
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv == ["--version"]:  # answered before the commands and their libraries are loaded
        from coopbuilder import __version__

        print(f"CoopBuilder {__version__}")
        return 0
    if one_process:
        gc.disable()
    # Pydantic looks for plugins (tracing and telemetry hooks) among every installed package's
    # entry points; the program uses none, and sends nothing anywhere.
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    quiet_third_party_warnings()
    from coopbuilder.log import start_log

    start_log(debug="--debug" in argv)  # warnings shown from now on go to the log
    from coopbuilder.cli import main as cli_main

    return cli_main(argv, one_process=one_process)


if __name__ == "__main__":
    import multiprocessing

    multiprocessing.freeze_support()  # a frozen Windows build starts the render process so
    sys.exit(main())
