"""The workspaces opened lately, newest first, remembered in the settings.

A database address is remembered without its password (the server's own password file, or the
prompt of a later version, supplies it), so no secret ends up in the settings file.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from coopbuilder.core.errors import UserError

RECENT_KEY = "workspaces/recent"
MAX_RECENT = 8


def remembered_location(chosen: str | Path | None) -> str:
    """What to keep of a location: a file's absolute path, or the address without password."""
    from coopbuilder.store.connection import workspace_target  # the database layer, when needed

    try:
        target = workspace_target(chosen)
    except UserError:
        return str(chosen or "")
    if isinstance(target, Path):
        return str(target)
    return str(target.set(password=None).render_as_string(hide_password=False))


class RecentWorkspaces:
    def __init__(self, settings: QSettings) -> None:
        self._settings = settings

    def locations(self) -> list[str]:
        value = self._settings.value(RECENT_KEY, [])
        if isinstance(value, str):  # QSettings gives a lone entry as a string
            value = [value]
        return [str(v) for v in value if v] if isinstance(value, list) else []

    def add(self, location: str) -> None:
        rest = [known for known in self.locations() if known != location]
        self._settings.setValue(RECENT_KEY, [location, *rest][:MAX_RECENT])

    def clear(self) -> None:
        self._settings.setValue(RECENT_KEY, [])
