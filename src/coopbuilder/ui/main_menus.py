"""The main window's menus and toolbar, with the standard shortcuts.

File: New (Ctrl+N), Open (Ctrl+O), Save (Ctrl+S), Close (Ctrl+W), Import, Export, Print (Ctrl+P),
Recover unsaved changes, Open workspace, Open a database server, Recent workspaces, Quit
(Ctrl+Q). Edit: Find (Ctrl+F). View: the list (Ctrl+1), the reviews (Ctrl+2), Refresh (F5),
projector mode and zoom. Agreement: Duplicate; Start review, Start extraordinary review, Compare
with earlier years; Sign, Verify signatures, Record ink signatures; the actions later work adds;
Delete. Tools: Make a trial certificate, Trusted certificates. Help: Guide (F1), About.

Built from the commands: each command object declares its entries (:mod:`command`), the window
its own (:func:`window_entries`); the texts are translated in the context "MainMenus".
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QStyle, QToolBar

from coopbuilder.ui.command import Command, Menu, Needs
from coopbuilder.ui.failures import open_log_folder
from coopbuilder.ui.projector import ProjectorMode

if TYPE_CHECKING:
    from coopbuilder.ui.main_window import MainWindow


@dataclass
class MainActions:
    by_name: dict[str, QAction]
    """Every command's action, by the command's name."""
    needing: dict[Needs, list[QAction]]
    """The actions enabled by each condition (see :meth:`MainWindow.update_current`)."""
    agreement_menu: QMenu
    view_menu: QMenu
    recent_menu: QMenu
    delete_separator: QAction
    """Actions added to the Agreement menu go before this separator (and Delete)."""

    def __getitem__(self, name: str) -> QAction:
        return self.by_name[name]

    @property
    def new(self) -> QAction:
        return self.by_name["new"]

    @property
    def open(self) -> QAction:
        return self.by_name["open"]

    @property
    def save(self) -> QAction:
        return self.by_name["save"]

    @property
    def close(self) -> QAction:
        return self.by_name["close"]

    @property
    def import_(self) -> QAction:
        return self.by_name["import"]

    @property
    def export(self) -> QAction:
        return self.by_name["export"]

    @property
    def print_(self) -> QAction:
        return self.by_name["print"]

    @property
    def recover(self) -> QAction:
        return self.by_name["recover"]

    @property
    def find(self) -> QAction:
        return self.by_name["find"]

    @property
    def duplicate(self) -> QAction:
        return self.by_name["duplicate"]

    @property
    def delete(self) -> QAction:
        return self.by_name["delete"]


def window_entries(window: MainWindow) -> list[Command]:
    """The window's own commands: Save, Close, Quit, Find, the views, the clause library,
    Help."""
    keys = QKeySequence.StandardKey
    return [
        Command(
            "save",
            Menu.FILE,
            103,
            QCoreApplication.translate("MainMenus", "&Save"),
            lambda: _save_current(window),
            keys.Save,
            QStyle.StandardPixmap.SP_DialogSaveButton,
            QCoreApplication.translate("MainMenus", "Save the open agreement (Ctrl+S)"),
            Needs.EDITABLE,
            toolbar=103,
        ),
        Command(
            "close",
            Menu.FILE,
            104,
            QCoreApplication.translate("MainMenus", "&Close agreement"),
            window.close_current,
            keys.Close,
            needs=Needs.EDITOR,
        ),
        Command(
            "quit",
            Menu.FILE,
            901,
            QCoreApplication.translate("MainMenus", "&Quit"),
            window.close,
            keys.Quit,
            role=QAction.MenuRole.QuitRole,
        ),
        Command(
            "find",
            Menu.EDIT,
            101,
            QCoreApplication.translate("MainMenus", "&Find agreements"),
            window.find_agreements,
            keys.Find,
            tip=QCoreApplication.translate("MainMenus", "Search the list of agreements (Ctrl+F)"),
            needs=Needs.WORKSPACE,
        ),
        Command(
            "list",
            Menu.VIEW,
            101,
            QCoreApplication.translate("MainMenus", "&Agreements"),
            window.show_list,
            "Ctrl+1",
        ),
        Command(
            "refresh",
            Menu.VIEW,
            103,
            QCoreApplication.translate("MainMenus", "&Refresh the list"),
            window.refresh,
            keys.Refresh,
        ),
        Command(
            "clause_library",
            Menu.TOOLS,
            201,
            QCoreApplication.translate("MainMenus", "&Clause library..."),
            window.show_clause_library,
        ),
        Command(
            "guide",
            Menu.HELP,
            101,
            QCoreApplication.translate("MainMenus", "CoopBuilder &guide"),
            window.show_guide,
            keys.HelpContents,
        ),
        Command(
            "log_folder",
            Menu.HELP,
            102,
            QCoreApplication.translate("MainMenus", "Open the &log folder"),
            open_log_folder,
        ),
        Command(
            "about",
            Menu.HELP,
            103,
            QCoreApplication.translate("MainMenus", "&About CoopBuilder"),
            window.show_about,
            role=QAction.MenuRole.AboutRole,
        ),
    ]


def build_menus(
    window: MainWindow, projector: ProjectorMode, entries: Iterable[Command]
) -> MainActions:
    """The menus and the toolbar of ``window``, made of ``entries`` (every command object's
    ``menu_entries()`` and :func:`window_entries`), with the recent workspaces under File and
    the projector's actions under View."""
    return MainMenus(window).build(projector, list(entries))


class MainMenus:
    """The menus and the toolbar of a main window (its texts are translated in the context
    "MainMenus")."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window

    def tr(self, text: str) -> str:
        return QCoreApplication.translate("MainMenus", text)

    def action(self, command: Command) -> QAction:
        made = QAction(command.text, self.window)
        run = command.run
        made.triggered.connect(lambda: run())
        if isinstance(command.shortcut, QKeySequence.StandardKey):
            made.setShortcuts(command.shortcut)  # every binding of the platform (Ctrl+W, Ctrl+F4)
        elif command.shortcut is not None:
            made.setShortcut(QKeySequence(command.shortcut))
        if command.icon is not None:
            made.setIcon(self.window.style().standardIcon(command.icon))
        if command.tip:
            made.setToolTip(command.tip)
            made.setStatusTip(command.tip)
        if command.role is not None:
            made.setMenuRole(command.role)
        return made

    def _recent(self, file_menu: QMenu) -> QMenu:
        """File > Recent workspaces, filled when it opens."""
        recent = file_menu.addMenu(self.tr("&Recent workspaces"))
        recent.aboutToShow.connect(lambda: self.window.opener.fill_recent(recent))
        return recent

    def build(self, projector: ProjectorMode, entries: list[Command]) -> MainActions:
        window = self.window
        names = [command.name for command in entries]
        duplicates = {name for name in names if names.count(name) > 1}
        assert not duplicates, f"two commands are named {duplicates}"
        made = {command.name: self.action(command) for command in entries}
        titles = {
            Menu.FILE: self.tr("&File"),
            Menu.EDIT: self.tr("&Edit"),
            Menu.VIEW: self.tr("&View"),
            Menu.AGREEMENT: self.tr("&Agreement"),
            Menu.TOOLS: self.tr("&Tools"),
            Menu.HELP: self.tr("&Help"),
        }
        menus: dict[Menu, QMenu] = {}
        separators: dict[tuple[Menu, int], QAction] = {}
        for menu in Menu:
            menus[menu] = target = window.menuBar().addMenu(titles[menu])
            group: int | None = None
            for command in sorted((c for c in entries if c.menu is menu), key=_place):
                if group is not None and command.group != group:
                    separators[menu, command.group] = target.addSeparator()
                group = command.group
                target.addAction(made[command.name])
                if command.name == "open_server":
                    recent_menu = self._recent(target)

        view_menu = menus[Menu.VIEW]
        view_menu.addSeparator()
        view_actions = projector.actions(window)
        view_menu.addAction(view_actions[0])
        view_menu.addSeparator()
        for item in view_actions[1:]:
            view_menu.addAction(item)

        toolbar = QToolBar(self.tr("Main toolbar"), window)
        toolbar.setObjectName("main_toolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.setMovable(False)
        placed = sorted((c.toolbar, c.name) for c in entries if c.toolbar is not None)
        for index, (place, name) in enumerate(placed):
            if index > 0 and placed[index - 1][0] // 100 != place // 100:
                toolbar.addSeparator()
            toolbar.addAction(made[name])
        window.addToolBar(toolbar)

        needing: dict[Needs, list[QAction]] = {needs: [] for needs in Needs}
        for command in entries:
            needing[command.needs].append(made[command.name])
        last_group = max(c.group for c in entries if c.menu is Menu.AGREEMENT)
        return MainActions(
            by_name=made,
            needing=needing,
            agreement_menu=menus[Menu.AGREEMENT],
            view_menu=view_menu,
            recent_menu=recent_menu,
            delete_separator=separators[Menu.AGREEMENT, last_group],
        )


def _place(command: Command) -> int:
    return command.place


def _save_current(window: MainWindow) -> None:
    editor = window.current_editor()
    if editor is not None:
        editor.save()
