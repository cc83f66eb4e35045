"""The main window's menus and toolbar, with the standard shortcuts.

File: New (Ctrl+N), Open (Ctrl+O), Save (Ctrl+S), Close (Ctrl+W), Import, Export, Print (Ctrl+P),
Recover unsaved changes, Open workspace, Open a database server, Recent workspaces, Quit
(Ctrl+Q). Edit: Find (Ctrl+F). View: the list (Ctrl+1), the reviews (Ctrl+2), Refresh (F5),
projector mode (Ctrl+Shift+P), zoom (Ctrl+Plus, Ctrl+Minus, Ctrl+0), Language. Agreement:
Duplicate; Start review, Start extraordinary review, Compare with earlier years; Sign, Verify
signatures, Record ink signatures; the actions later work adds; Delete. Tools: Make a trial
certificate, Trusted certificates, Clause library. Help: Guide (F1), Open the log folder, About.

Built from the commands, every entry of every menu and of the toolbar: each command object
declares its entries (:mod:`command`), the window its own (:func:`window_entries`), projector
mode and zoom theirs (:meth:`ProjectorMode.commands`), the language its submenu
(:meth:`LanguageChoice.command`), the recent workspaces theirs (a submenu filled when it
opens); the window's texts are translated in the context "MainMenus".
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QStyle, QToolBar

from coopbuilder.ui.command import Command, Menu, Needs, command_action
from coopbuilder.ui.failures import open_log_folder

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
    delete_separator: QAction
    """Actions added to the Agreement menu go before this separator (and Delete)."""

    def __getitem__(self, name: str) -> QAction:
        return self.by_name[name]

    @property
    def recent_menu(self) -> QMenu:
        """File > Recent workspaces."""
        menu = self.by_name["recent"].menu()
        assert isinstance(menu, QMenu)
        return menu

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


def build_menus(window: MainWindow, entries: Iterable[Command]) -> MainActions:
    """The menus and the toolbar of ``window``, made of ``entries`` (every command object's
    ``menu_entries()``, :func:`window_entries`, the projector's and the language's)."""
    return MainMenus(window).build(list(entries))


class MainMenus:
    """The menus and the toolbar of a main window (its texts are translated in the context
    "MainMenus")."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window

    def tr(self, text: str) -> str:
        return QCoreApplication.translate("MainMenus", text)

    def build(self, entries: list[Command]) -> MainActions:
        window = self.window
        names = [command.name for command in entries]
        duplicates = {name for name in names if names.count(name) > 1}
        assert not duplicates, f"two commands are named {duplicates}"
        made = {command.name: command_action(command, window) for command in entries}
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
            view_menu=menus[Menu.VIEW],
            delete_separator=separators[Menu.AGREEMENT, last_group],
        )


def _place(command: Command) -> int:
    return command.place


def _save_current(window: MainWindow) -> None:
    editor = window.current_editor()
    if editor is not None:
        editor.save()
