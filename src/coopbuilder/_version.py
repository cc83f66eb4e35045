"""The program's version: the one place it is written (pyproject.toml reads it from here, and
the installed package's metadata carries it)."""

__version__ = "0.1.0"
