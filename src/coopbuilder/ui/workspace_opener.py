"""Which workspace the main window works in: the one at start, "Open workspace...", a database
server, and the recent workspaces.

A workspace is opened off the GUI thread. One that cannot be opened (locked, written by a newer
CoopBuilder, not a workspace, a server that does not answer) gives the store's message; at
start the person may then open another one or quit, later the open workspace simply stays.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QSettings
from PySide6.QtWidgets import QMenu

from coopbuilder.core.errors import UserError
from coopbuilder.ui.background import Background
from coopbuilder.ui.command import Command, Menu
from coopbuilder.ui.dialogs import Dialogs, problem_text
from coopbuilder.ui.recent import RecentWorkspaces, remembered_location
from coopbuilder.ui.texts import error_text

if TYPE_CHECKING:
    from coopbuilder.store.workspace import Workspace
    from coopbuilder.ui.main_window import MainWindow

logger = logging.getLogger(__name__)

OpenWorkspace = Callable[[str | None], "Workspace"]
"""Opens a workspace (a file path or a database URL; ``None``: the default one). It runs on a
worker thread."""


def open_default(location: str | None) -> Workspace:
    from coopbuilder.store.connection import open_workspace

    return open_workspace(location)


class WorkspaceOpener(QObject):
    def __init__(
        self,
        window: MainWindow,
        background: Background,
        dialogs: Dialogs,
        settings: QSettings,
        open_workspace: OpenWorkspace | None = None,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._background = background
        self._dialogs = dialogs
        self._open = open_workspace or open_default
        self.recent = RecentWorkspaces(settings)
        self._title = self.tr("The workspace cannot be opened")

    def menu_entries(self) -> list[Command]:
        return [
            Command(
                "open_workspace",
                Menu.FILE,
                501,
                QCoreApplication.translate("MainMenus", "Open &workspace..."),
                self.choose_file,
            ),
            Command(
                "open_server",
                Menu.FILE,
                502,
                QCoreApplication.translate("MainMenus", "Open a database &server..."),
                self.choose_server,
            ),
        ]

    def open_at_start(self, location: str | None = None) -> None:
        """Open the workspace the program starts with (``COOPBUILDER_DATABASE_URL``, else the
        file in the data folder, unless ``location`` names another)."""
        self._start(location, at_start=True)

    def open(self, location: str) -> None:
        """Switch to another workspace, after closing the agreements open in this one."""
        self._window.close_editors(lambda ok: self._start(location, at_start=False) if ok else None)

    def choose_file(self) -> None:
        path = self._ask_for_file()
        if path is not None:
            self.open(str(path))

    def _ask_for_file(self) -> Path | None:
        return self._dialogs.open_file(
            self._window,
            self.tr("Open a workspace"),
            self.tr("CoopBuilder workspaces (*.sqlite);;All files (*)"),
        )

    def choose_server(self) -> None:
        address = self._dialogs.ask_text(
            self._window,
            self.tr("Open a database server"),
            self.tr(
                "The address of your organisation's workspace database, for example "
                "postgresql+psycopg://coop@db.internal/coopbuilder"
            ),
        )
        if address and address.strip():
            self.open(address.strip())

    def fill_recent(self, menu: QMenu) -> None:
        menu.clear()
        locations = self.recent.locations()
        for location in locations:
            action = menu.addAction(location)
            action.triggered.connect(lambda _=False, chosen=location: self.open(chosen))
        if not locations:
            menu.addAction(self.tr("No workspaces yet")).setEnabled(False)
            return
        menu.addSeparator()
        menu.addAction(self.tr("Clear the list")).triggered.connect(lambda: self.recent.clear())

    def _start(self, location: str | None, *, at_start: bool) -> None:
        from coopbuilder.store.connection import shown_location

        shown = shown_location(location)  # a database address without its password
        self._window.location.setText(
            self.tr("Opening the workspace {location}...").format(location=shown)
        )
        opening, started = self._open, time.monotonic()
        self._background.run(
            lambda: opening(location),
            lambda workspace: self._opened(location, workspace, started),
            lambda error: self._failed(location, error, at_start=at_start),
            self,
        )

    def _opened(self, location: str | None, workspace: Workspace, started: float) -> None:
        kind = "a SQLite file" if workspace.database.is_sqlite else "a database server"
        logger.info("Workspace opened (%s) in %d ms", kind, (time.monotonic() - started) * 1000)
        self.recent.add(remembered_location(location))
        self._window.set_workspace(workspace)
        if workspace.warnings:
            self._dialogs.inform(
                self._window,
                self.tr("How the workspace is reached"),
                "\n\n".join(
                    [
                        self.tr("The workspace {location} is open, but:").format(
                            location=workspace.location
                        ),
                        *(f"• {error_text(warning)}" for warning in workspace.warnings),
                    ]
                ),
            )

    def _failed(self, location: str | None, error: Exception, *, at_start: bool) -> None:
        if not isinstance(error, UserError):
            self._dialogs.unexpected(self._window, self._title, error)
        message = problem_text(error)
        current = self._window.workspace
        if current is not None and not at_start:
            self._window.location.setText(
                self.tr("Workspace: {location}").format(location=current.location)
            )
            self._dialogs.error(
                self._window,
                self._title,
                self.tr("{problem} The workspace {location} stays open.").format(
                    problem=message, location=current.location
                ),
            )
            return
        self._window.location.setText(self.tr("No workspace is open."))
        answer = self._dialogs.ask(
            self._window,
            self._title,
            self.tr("{problem} Open another workspace, or quit CoopBuilder?").format(
                problem=message
            ),
            [self.tr("&Open another workspace..."), self.tr("&Quit CoopBuilder")],
        )
        if answer == 0:
            path = self._ask_for_file()
            if path is not None:
                self._start(str(path), at_start=True)
                return
            self._failed(location, error, at_start=True)  # asked again: no workspace yet
        else:
            self._window.close()
