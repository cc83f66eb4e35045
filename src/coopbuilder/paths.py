"""Where the program keeps its data: the platform's data folder, or ``COOPBUILDER_HOME``."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "CoopBuilder"


def app_home_location() -> Path:
    """Where :func:`app_home` is, without making the folder."""
    override = os.environ.get("COOPBUILDER_HOME")
    return Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, False))


def app_home() -> Path:
    """The folder for the workspace and settings; created with owner-only permissions."""
    home = app_home_location()
    home.mkdir(parents=True, exist_ok=True, mode=0o700)
    return home


def cache_folder() -> Path:
    """Where the program keeps what it can make again (the compiled clause texts): ``cache``
    in ``COOPBUILDER_HOME`` if that is set, else the platform's cache folder. Not created."""
    override = os.environ.get("COOPBUILDER_HOME")
    if override:
        return Path(override) / "cache"
    return Path(platformdirs.user_cache_dir(APP_NAME, False))
