"""Exchange files handed to the program from outside: ``coopbuilder FILE`` (a double click on a
``.coopagreement`` file) and macOS's file-open event go to the workspace's import."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, QSize
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from coopbuilder.cli import Desktop, desktop_request
from coopbuilder.core.agreement import Agreement
from coopbuilder.core.exchange import FILE_SUFFIX, write_exchange_file
from coopbuilder.store.connection import open_workspace
from coopbuilder.ui import app as app_module
from coopbuilder.ui.app import start_gui
from coopbuilder.ui.main_window import MainWindow

from .helpers import ScriptedDialogs
from .test_main_window import titles


@pytest.fixture
def windows(qtbot: QtBot) -> Iterator[list[MainWindow]]:
    started: list[MainWindow] = []
    yield started
    for window in started:
        window.close()
        qtbot.waitUntil(lambda w=window: not w.isVisible(), timeout=10_000)  # type: ignore[misc]


def test_the_command_line_asks_for_the_desktop_program_on_exchange_files() -> None:
    assert desktop_request([]) == Desktop()
    assert desktop_request(["--workspace", "w.sqlite"]) == Desktop("w.sqlite")
    assert desktop_request(["partner.coopagreement"]) == Desktop(
        None, [Path("partner.coopagreement")]
    )
    assert desktop_request(["--workspace", "w.sqlite", "Old.JSON"]) == Desktop(
        "w.sqlite", [Path("Old.JSON")]
    )
    # a command, or anything else, is for the command line
    assert desktop_request(["list"]) is None
    assert desktop_request(["import", "partner.coopagreement"]) is None
    assert desktop_request(["partner.pdf"]) is None


def test_a_file_named_at_start_is_imported_once_the_workspace_is_open(
    qtbot: QtBot,
    qapp: QApplication,
    tmp_path: Path,
    demo: Agreement,
    settings: QSettings,
    windows: list[MainWindow],
) -> None:
    partner = tmp_path / f"from the partner{FILE_SUFFIX}"
    write_exchange_file(partner, demo)
    window = start_gui(
        str(tmp_path / "workspace.sqlite"),
        settings=settings,
        dialogs=ScriptedDialogs(),
        autosave_ms=0,
        open_files=[partner],
    )
    windows.append(window)
    sizes = window.windowIcon().availableSizes()
    assert QSize(16, 16) in sizes and QSize(512, 512) in sizes  # the program's icon
    qtbot.waitUntil(lambda: titles(window) == [demo.title], timeout=10_000)
    with open_workspace(tmp_path / "workspace.sqlite") as workspace:
        assert [row.title for row in workspace.listing.page().rows] == [demo.title]


def test_the_macos_file_open_event_imports_a_protected_file(
    qtbot: QtBot,
    qapp: QApplication,
    tmp_path: Path,
    demo: Agreement,
    settings: QSettings,
    windows: list[MainWindow],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(app_module, "FILE_OPEN_EVENTS", True)  # as on macOS
    partner = tmp_path / "partner.json"  # files from before the program's own extension
    write_exchange_file(partner, demo, "correct horse")
    dialogs = ScriptedDialogs(texts=["correct horse"])
    window = start_gui(
        str(tmp_path / "workspace.sqlite"), settings=settings, dialogs=dialogs, autosave_ms=0
    )
    windows.append(window)
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=10_000)
    QCoreApplication.sendEvent(qapp, QFileOpenEvent(str(partner)))
    qtbot.waitUntil(lambda: titles(window) == [demo.title], timeout=10_000)
    assert dialogs.questions == [
        "partner.json is protected with a passphrase. Type the passphrase the partner gave you:"
    ]
