"""CoopBuilder: build a cooperation between an NGO and a security agency."""

from __future__ import annotations


def __getattr__(name: str) -> str:
    """``__version__``, read from the installed package's metadata when first asked for (the
    metadata machinery takes a noticeable part of the program's start)."""
    if name != "__version__":
        raise AttributeError(f"module 'coopbuilder' has no attribute {name!r}")
    from importlib.metadata import PackageNotFoundError, version

    try:
        found = version("coopbuilder")
    except PackageNotFoundError:  # running from a source tree that was never installed
        found = "0.0.0+source"
    globals()["__version__"] = found
    return found
