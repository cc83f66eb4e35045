"""CoopBuilder: build a cooperation between an NGO and a security agency."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("coopbuilder")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+source"
