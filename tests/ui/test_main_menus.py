"""The main window's menus and toolbar, built from the commands: each command object declares its
entries (text, shortcut, tool tip, when it is enabled) once."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMenu, QToolBar
from pytestqt.qtbot import QtBot

from coopbuilder.ui.main_window import MainWindow

from .conftest import OpenMain
from .test_main_window import select

MENUS = {
    "&File": [
        "&New agreement", "&Open", "&Save", "&Close agreement", "---",
        "&Import...", "&Export...", "---", "&Print...", "---", "&Recover unsaved changes...",
        "---", "Open &workspace...", "Open a database &server...", "&Recent workspaces", "---",
        "&Quit",
    ],
    "&Edit": ["&Find agreements"],
    "&Agreement": [
        "&Duplicate", "---", "Start &review...", "Start e&xtraordinary review...",
        "&Compare with earlier years", "---", "&Sign...", "&Verify signatures...",
        "Record &ink signatures...", "---", "De&lete...",
    ],
    "&Tools": [
        "Make a &trial certificate...", "T&rusted certificates...", "---", "&Clause library...",
    ],
    "&Help": ["CoopBuilder &guide", "Open the &log folder", "&About CoopBuilder"],
}  # fmt: skip


def entries(menu: QMenu | QToolBar) -> list[str]:
    return ["---" if a.isSeparator() else a.text() for a in menu.actions()]


def menus(window: MainWindow) -> dict[str, QMenu]:
    found: dict[str, QMenu] = {}
    for action in window.menuBar().actions():
        menu = action.menu()
        assert isinstance(menu, QMenu)
        found[action.text()] = menu
    return found


def test_the_menus_and_the_toolbar_are_built_from_the_commands(
    open_main: OpenMain, stocked: tuple[Path, dict[str, str]]
) -> None:
    window = open_main(stocked[0])
    shown = menus(window)
    assert list(shown) == ["&File", "&Edit", "&View", "&Agreement", "&Tools", "&Help"]
    for title, expected in MENUS.items():
        assert entries(shown[title]) == expected, title
    assert entries(shown["&View"])[:3] == ["&Agreements", "Re&views", "&Refresh the list"]
    toolbar = window.findChild(QToolBar, "main_toolbar")
    assert isinstance(toolbar, QToolBar)
    assert entries(toolbar) == [
        "&New agreement", "&Open", "&Save", "---", "&Print...", "---", "&Import...", "&Export...",
    ]  # fmt: skip

    # one source: each command object's entries are the actions in the menus
    actions = window.actions_
    for owner in (window.commands, window.transfer, window.reviews, window.signing):
        for command in owner.menu_entries():
            action = actions[command.name]
            assert action.text() == command.text
            assert not command.tip or action.toolTip() == command.tip
            assert action in actions.needing[command.needs]
    assert actions["new"].shortcut() == QKeySequence(QKeySequence.StandardKey.New)
    assert actions["import"].shortcut() == QKeySequence("Ctrl+I")
    assert actions["reviews"].shortcut() == QKeySequence("Ctrl+2")
    assert len(actions["close"].shortcuts()) == len(
        QKeySequence.keyBindings(QKeySequence.StandardKey.Close)
    )


def test_each_action_is_enabled_by_what_its_command_needs(
    qtbot: QtBot, open_main: OpenMain, stocked: tuple[Path, dict[str, str]]
) -> None:
    window = open_main(stocked[0])
    actions = window.actions_

    def enabled() -> dict[str, bool]:
        names = ("new", "find", "export", "sign", "save", "close", "about")
        return {name: actions[name].isEnabled() for name in names}

    assert enabled() == dict.fromkeys(("new", "find", "about"), True) | dict.fromkeys(
        ("export", "sign", "save", "close"), False
    )
    select(window, "Exit counselling in Nürnberg")
    assert enabled()["export"] and enabled()["sign"] and not enabled()["save"]
    actions.open.trigger()
    qtbot.waitUntil(lambda: len(window.editors()) == 1)
    assert all(enabled().values())
