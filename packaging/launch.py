"""Entry point of the frozen program (both executables): the same as ``coopbuilder``."""

import multiprocessing
import sys

from coopbuilder.__main__ import main

if __name__ == "__main__":
    # the render process and multiprocessing's resource tracker start this executable again:
    # freeze_support runs them instead of the program (PyInstaller makes it work on every system)
    multiprocessing.freeze_support()
    sys.exit(main())
