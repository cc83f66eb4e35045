"""Exchange files handed to the program from outside: ``coopbuilder FILE`` (what a double click
on a ``.coopagreement`` file runs on Windows and Linux) and the file-open event of macOS (a
double click in the Finder, a file dropped on the Dock icon).

The file goes to the workspace's import, as File > Import would take it: the partner's file is
read (asking for its passphrase if it is protected) and added as a new agreement or version,
never overwriting anything. While the workspace is still opening, the file waits for it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QFileOpenEvent

if TYPE_CHECKING:
    from coopbuilder.ui.main_window import MainWindow


class FileOpenRequests(QObject):
    """Takes exchange files to the main window's import. Install it as an event filter on the
    application to receive macOS's file-open events."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._waiting: list[Path] = []
        self._app = QCoreApplication.instance()
        window.workspace_changed.connect(self._workspace_ready)

    def open(self, path: Path) -> None:
        """Import ``path`` into the workspace, now or as soon as the workspace is open."""
        if self._window.workspace is None:
            self._waiting.append(path)
            return
        self._window.raise_()
        self._window.activateWindow()
        self._window.transfer.open_file(path)

    def waiting(self) -> list[Path]:
        """The files that wait for the workspace."""
        return list(self._waiting)

    def _workspace_ready(self) -> None:
        waiting, self._waiting = self._waiting, []
        for path in waiting:
            self.open(path)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        # Every event of every widget passes here: the cheapest test first (an identity; the
        # event's type would make an enum member each time).
        if watched is not self._app:
            return False
        if isinstance(event, QFileOpenEvent) and event.file():
            self.open(Path(event.file()))
            return True
        return False
