"""Entry point of the frozen program (both executables): the same as ``coopbuilder``."""

import sys

from coopbuilder.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
