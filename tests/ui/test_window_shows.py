"""What the main window tells and where it puts the person: messages in the status bar, the
cursor in the first field of a new agreement, a window that fits the screen and a title that
names the workspace file."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from coopbuilder.ui.agreement_editor import AgreementEditor
from coopbuilder.ui.main_window import MainWindow
from coopbuilder.ui.texts import format_moment

from .conftest import OpenMain, wait_listed


def active(qtbot: QtBot, window: MainWindow) -> None:
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def test_the_title_names_the_file_and_the_window_fits_the_screen(
    qtbot: QtBot, open_main: OpenMain, tmp_path: Path
) -> None:
    deep = tmp_path / "a" / "long" / "way" / "down" / "to" / "the"
    deep.mkdir(parents=True)
    window = open_main(deep / "Wegweiser and JVA.sqlite")
    assert window.windowTitle() == "Wegweiser and JVA.sqlite - CoopBuilder"
    active(qtbot, window)
    room = window.screen().availableGeometry()
    qtbot.waitUntil(lambda: room.contains(window.frameGeometry()))
    assert str(deep) in window.location.toolTip()


def test_ctrl_n_puts_the_cursor_in_the_title_and_ctrl_s_says_saved(
    qtbot: QtBot, open_main: OpenMain, tmp_path: Path
) -> None:
    deep = tmp_path / ("a-folder-with-a-rather-long-name" * 3)
    deep.mkdir()
    window = open_main(deep / "workspace.sqlite")
    active(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(window.editors()) == 1)
    editor = window.editors()[0]
    assert isinstance(editor, AgreementEditor)
    qtbot.waitUntil(
        lambda: (
            QApplication.focusWidget() is not None
            and QApplication.focusWidget().accessibleName() == "Title of the agreement"
        )
    )
    title = QApplication.focusWidget()
    assert isinstance(title, QLineEdit)
    title.selectAll()
    qtbot.keyClicks(title, "Wegweiser and JVA")
    with qtbot.waitSignal(editor.wizard.saved, timeout=10_000):
        qtbot.keyClick(title, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    bar = window.statusBar()
    assert bar.currentMessage() == "Saved 'Wegweiser and JVA'."
    # the message has room to be read: the workspace's path does not take the status bar
    needed = bar.fontMetrics().horizontalAdvance(bar.currentMessage())
    assert window.location.geometry().left() > needed
    assert "..." in window.location.shown_text() or "…" in window.location.shown_text()
    wait_listed(qtbot, window)


def test_counts_are_said_in_the_right_number_in_german(
    qtbot: QtBot, german: None, open_main: OpenMain, stocked: tuple[Path, dict[str, str]]
) -> None:
    window = open_main(stocked[0])
    assert window.agreements.count.text() == "3 Vereinbarungen in diesem Arbeitsbereich."
    with qtbot.waitSignal(window.agreements.listed):
        window.agreements.search.setText("ausweg")
    assert window.agreements.count.text() == "Passend: 1 Vereinbarung."


def test_times_are_shown_as_the_language_writes_them(german: None) -> None:
    when = dt.datetime(2027, 4, 30, 14, 5).astimezone()
    assert format_moment(when) == "30.04.2027 14:05"
