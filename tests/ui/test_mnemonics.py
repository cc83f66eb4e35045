"""Alt+letter does what the underlined letter says: on no page of the wizard, in English or in
German, does a button or a field's label use a letter that the menu bar uses already (the menu
would open instead)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget
from pytestqt.qtbot import QtBot

from coopbuilder.ui.agreement_editor import AgreementEditor
from coopbuilder.ui.main_window import MainWindow

from .conftest import OpenMain
from .test_main_window import select


def mnemonic(text: str) -> str:
    """The Alt+ letter of a text ("&Add rule..." -> "A"), or ""."""
    keys = QKeySequence.mnemonic(text)
    return keys.toString().removeprefix("Alt+").upper() if not keys.isEmpty() else ""


def menu_letters(window: MainWindow) -> dict[str, str]:
    return {
        mnemonic(action.text()): action.text()
        for action in window.menuBar().actions()
        if mnemonic(action.text())
    }


def shown_letters(root: QWidget) -> list[tuple[str, str]]:
    """The Alt+ letters of the buttons and labelled fields visible under ``root``."""
    found = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, QAbstractButton) or (
            isinstance(widget, QLabel) and widget.buddy() is not None
        ):
            letter = mnemonic(widget.text())  # type: ignore[attr-defined]
            if letter:
                found.append((letter, widget.text()))  # type: ignore[attr-defined]
    return found


def clashes(qtbot: QtBot, window: MainWindow) -> list[str]:
    select(window, "Exit counselling in Nürnberg")
    window.actions_.open.trigger()
    qtbot.waitUntil(lambda: len(window.editors()) == 1, timeout=10_000)
    editor = window.editors()[0]
    assert isinstance(editor, AgreementEditor)
    menus = menu_letters(window)
    assert len(menus) == 6
    found = []
    seen = 0
    wizard = editor.wizard
    for index, page in enumerate(wizard.pages):
        wizard.stack.setCurrentIndex(index)
        page.load(wizard.agreement())
        letters = shown_letters(window.centralWidget())
        seen += len(letters)
        for letter, text in letters:
            if letter in menus:
                found.append(f"{page.title()}: {text!r} and the menu {menus[letter]!r}")
    assert seen > 40  # every page was looked at
    return found


@pytest.fixture
def window(open_main: OpenMain, stocked: tuple[Path, dict[str, str]]) -> MainWindow:
    return open_main(stocked[0])


def test_no_button_takes_a_letter_of_the_menu_bar(qtbot: QtBot, window: MainWindow) -> None:
    found = clashes(qtbot, window)
    assert found == []


def test_none_in_german_either(
    qtbot: QtBot, german: None, open_main: OpenMain, stocked: tuple[Path, dict[str, str]]
) -> None:
    found = clashes(qtbot, open_main(stocked[0]))
    assert found == []
