"""CoopBuilder: build a cooperation between an NGO and a security agency."""

from __future__ import annotations

from coopbuilder._version import __version__

__all__ = ["__version__"]
