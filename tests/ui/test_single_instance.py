"""One program per person: an exchange file opened while the program runs goes to the running
window instead of starting a second program."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDir, QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from coopbuilder.core.agreement import Agreement
from coopbuilder.core.exchange import FILE_SUFFIX, write_exchange_file
from coopbuilder.ui.app import start_gui
from coopbuilder.ui.main_window import MainWindow
from coopbuilder.ui.single_instance import FileHandOver, hand_over, instance_name

from .helpers import ScriptedDialogs
from .test_main_window import titles


@pytest.fixture
def windows(qtbot: QtBot) -> Iterator[list[MainWindow]]:
    started: list[MainWindow] = []
    yield started
    for window in started:
        window.close()
        qtbot.waitUntil(lambda w=window: not w.isVisible(), timeout=10_000)  # type: ignore[misc]


def test_a_file_opened_while_the_program_runs_goes_to_its_window(
    qtbot: QtBot,
    qapp: QApplication,
    tmp_path: Path,
    demo: Agreement,
    settings: QSettings,
    windows: list[MainWindow],
) -> None:
    window = start_gui(
        str(tmp_path / "workspace.sqlite"),
        settings=settings,
        dialogs=ScriptedDialogs(),
        autosave_ms=0,
        receive_files=instance_name(),
    )
    windows.append(window)
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=10_000)
    partner = tmp_path / f"from the partner{FILE_SUFFIX}"
    write_exchange_file(partner, demo)

    # what a double click on the file runs: the program, with the file (same person, same home)
    second = subprocess.Popen(
        [sys.executable, "-m", "coopbuilder", partner.name],
        cwd=tmp_path,
        env=os.environ | {"QT_QPA_PLATFORM": "offscreen"},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        qtbot.waitUntil(lambda: second.poll() is not None, timeout=60_000)
    finally:
        if second.poll() is None:  # it opened a window of its own
            second.kill()
        second.communicate()
    assert second.returncode == 0
    qtbot.waitUntil(lambda: titles(window) == [demo.title], timeout=10_000)


def test_no_running_program_takes_no_file(qtbot: QtBot, tmp_path: Path) -> None:
    assert not hand_over([tmp_path / "a.coopagreement"], "coopbuilder-test-nobody", wait_ms=500)


def test_a_socket_left_by_a_program_that_ended_is_taken_over(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path
) -> None:
    name = f"coopbuilder-test-{os.getpid()}"
    left = Path(QDir.tempPath()) / name
    stale = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    stale.bind(str(left))  # a program that crashed leaves its socket file behind
    stale.close()
    assert left.exists()
    received: list[Path] = []
    listener = FileHandOver(received.append, name)
    try:
        assert listener.listening
        second = FileHandOver(received.append, name)  # another program of the same person
        assert not second.listening
        second.close()
    finally:
        listener.close()
