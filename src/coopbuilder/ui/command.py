"""A command of the main window as its menus show it: one source for its menu entry, shortcut,
tool tip, icon, toolbar button, check mark and when it is enabled.

Each command object (:mod:`agreement_commands`, :mod:`transfer_commands`, ...) lists its
:class:`Command` entries in ``menu_entries()``, projector mode and zoom in
:meth:`ProjectorMode.commands`, the language in :meth:`LanguageChoice.command`;
:mod:`main_menus` builds the menus and the toolbar from them (:func:`command_action`), and the
window enables each action by its :class:`Needs`. Every action made from a command carries the
command's name as its object name and its ``command`` property. The main window's own texts are
translated in the context "MainMenus", wherever they are declared.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import QObject, SignalInstance
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QStyle, QWidget


class Menu(Enum):
    """The main window's menus, in the order of the menu bar."""

    FILE = 0
    EDIT = 1
    VIEW = 2
    AGREEMENT = 3
    TOOLS = 4
    HELP = 5


class Needs(Enum):
    """When a command's action is enabled."""

    NOTHING = "nothing"
    WORKSPACE = "workspace"
    """A workspace is open."""
    EDITOR = "editor"
    """The current tab is an open agreement."""
    EDITABLE = "editable"
    """The current tab is an open agreement that can be changed."""
    AGREEMENT = "agreement"
    """There is a current agreement (open, or selected in a list)."""


Key = QKeySequence.StandardKey | str
Shortcut = Key | tuple[Key, ...] | None
"""A standard key (every binding of the platform), a key sequence ("Ctrl+1"), or several."""


def _nothing() -> None:
    """What a submenu's entry does itself: nothing (its entries do)."""


@dataclass(frozen=True)
class Command:
    """One entry of a menu. ``place`` orders the entries of a menu; its hundreds are the
    group (a separator between two groups): ``101`` and ``102`` sit together, ``201`` after
    a separator. ``toolbar``, likewise, places a button on the main toolbar (``None``: none).
    A standard key (``QKeySequence.StandardKey.Save``) gives every binding of the platform.

    ``checked`` makes the entry one with a check mark: whether it is on, read when the action is
    made, after it ran and whenever ``changed`` is emitted (``run`` switches it). ``fill`` makes
    the entry a submenu instead, filled by ``fill`` each time it is about to show (the recent
    workspaces, the languages)."""

    name: str
    menu: Menu
    place: int
    text: str
    run: Callable[[], object] = _nothing
    shortcut: Shortcut = None
    icon: QStyle.StandardPixmap | None = None
    tip: str = ""
    needs: Needs = Needs.NOTHING
    toolbar: int | None = None
    role: QAction.MenuRole | None = None
    checked: Callable[[], bool] | None = None
    changed: SignalInstance | None = None
    fill: Callable[[QMenu], None] | None = None

    @property
    def group(self) -> int:
        return self.place // 100


def key_sequences(shortcut: Shortcut) -> list[QKeySequence]:
    """The key sequences of ``shortcut``: every binding of a standard key."""
    if shortcut is None:
        return []
    keys = shortcut if isinstance(shortcut, tuple) else (shortcut,)
    found: list[QKeySequence] = []
    for key in keys:
        if isinstance(key, QKeySequence.StandardKey):
            found.extend(QKeySequence.keyBindings(key))
        else:
            found.append(QKeySequence(key))
    return found


class CommandAction(QAction):
    """The action of a :class:`Command`: triggering it runs the command, and its check mark
    follows the command's state."""

    def __init__(self, command: Command, parent: QObject) -> None:
        super().__init__(command.text, parent)
        self.command = command
        self.triggered.connect(self._run)
        if command.checked is not None:
            self.setCheckable(True)
            self.show_state()
            if command.changed is not None:
                command.changed.connect(self.show_state)  # let go of when the action goes

    def _run(self) -> None:
        self.command.run()
        self.show_state()

    def show_state(self) -> None:
        """Check the action while its command is on."""
        if self.command.checked is not None:
            self.setChecked(self.command.checked())


def command_action(command: Command, parent: QWidget) -> QAction:
    """The action of ``command`` for a menu or a toolbar of ``parent``: a :class:`CommandAction`,
    or the action of a submenu filled on show when the command has ``fill``."""
    made: QAction
    if command.fill is not None:
        submenu = QMenu(command.text, parent)
        fill = command.fill
        submenu.aboutToShow.connect(lambda: fill(submenu))
        made = submenu.menuAction()
    else:
        made = CommandAction(command, parent)
    made.setObjectName(command.name)
    made.setProperty("command", command.name)
    sequences = key_sequences(command.shortcut)
    if sequences:
        made.setShortcuts(sequences)  # every binding of the platform (Ctrl+W, Ctrl+F4)
    if command.icon is not None:
        made.setIcon(parent.style().standardIcon(command.icon))
    if command.tip:
        made.setToolTip(command.tip)
        made.setStatusTip(command.tip)
    if command.role is not None:
        made.setMenuRole(command.role)
    return made
