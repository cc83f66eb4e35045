"""A command of the main window as its menus show it: one source for its menu entry, shortcut,
tool tip, icon, toolbar button and when it is enabled.

Each command object (:mod:`agreement_commands`, :mod:`transfer_commands`, ...) lists its
:class:`Command` entries in ``menu_entries()``; :mod:`main_menus` builds the menus and the toolbar
from them, and the window enables each action by its :class:`Needs`. The texts are translated
in the context "MainMenus", wherever they are declared.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QStyle


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


Shortcut = QKeySequence.StandardKey | str | None


@dataclass(frozen=True)
class Command:
    """One entry of a menu. ``place`` orders the entries of a menu; its hundreds are the
    group (a separator between two groups): ``101`` and ``102`` sit together, ``201`` after
    a separator. ``toolbar``, likewise, places a button on the main toolbar (``None``: none).
    A standard key (``QKeySequence.StandardKey.Save``) gives every binding of the platform."""

    name: str
    menu: Menu
    place: int
    text: str
    run: Callable[[], object]
    shortcut: Shortcut = None
    icon: QStyle.StandardPixmap | None = None
    tip: str = ""
    needs: Needs = Needs.NOTHING
    toolbar: int | None = None
    role: QAction.MenuRole | None = None

    @property
    def group(self) -> int:
        return self.place // 100
