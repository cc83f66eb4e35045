"""One error path: a fault is logged with its traceback and shown in the one dialog."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QSettings, QTimer, QUrl, Slot, qInfo
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QApplication, QLineEdit, QMenu
from pytestqt.qtbot import QtBot

from coopbuilder.log import ProgramLog, log_folder, log_path
from coopbuilder.store.workspace import Workspace
from coopbuilder.ui.app import start_gui
from coopbuilder.ui.failures import UnexpectedErrorDialog, install_fault_handlers

from ..conftest import written
from .conftest import OpenMain
from .helpers import ScriptedDialogs, find, menu_action


def raised(error: Exception) -> Exception:
    """``error`` with the traceback of its raise."""
    try:
        raise error
    except Exception as caught:
        return caught


def test_a_failed_background_job_shows_the_one_dialog_and_logs_its_traceback(
    qtbot: QtBot,
    settings: QSettings,
    dialogs: ScriptedDialogs,
    program_log: ProgramLog,
    quiet_hooks: list[str],
) -> None:
    def open_the_forced_failure(location: str | None) -> Workspace:
        raise RuntimeError("forced")

    dialogs.answers.append(1)  # then: quit
    window = start_gui(
        "workspace.sqlite",
        settings=settings,
        dialogs=dialogs,
        autosave_ms=0,
        open_workspace=open_the_forced_failure,
    )
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=10_000)
    [fault] = dialogs.faults
    assert isinstance(fault, RuntimeError) and str(fault) == "forced"
    assert dialogs.errors == []
    assert quiet_hooks == []  # nothing else failed on the way
    assert dialogs.questions == [
        "Something went wrong that CoopBuilder did not expect. What you saved is safe; the "
        "details are in CoopBuilder's log. Open another workspace, or quit CoopBuilder?"
    ]
    text = written(program_log)
    assert "ERROR [MainThread] coopbuilder.ui.failures: The background job " in text
    assert " failed: RuntimeError\nTraceback (most recent call last):\n" in text
    assert ", in open_the_forced_failure\n" in text
    assert text.rstrip().endswith("RuntimeError: forced")


class Opened(QObject):
    """Receives the addresses Qt would open in the platform's file manager."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url)


def test_the_dialog_copies_the_details_and_opens_the_log_folder(qtbot: QtBot) -> None:
    dialog = UnexpectedErrorDialog("Save PDF", raised(KeyError("page")))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "Save PDF"
    assert dialog.message.text().startswith("Something went wrong that CoopBuilder did not ")

    dialog.copy_button.click()
    details = QGuiApplication.clipboard().text()
    assert details.startswith("CoopBuilder ")
    assert f"Python {sys.version_info.major}.{sys.version_info.minor}" in details
    assert f"Log: {log_path()}" in details
    assert "Traceback (most recent call last):" in details and ", in raised\n" in details
    assert details.endswith("KeyError: 'page'")
    assert dialog.copy_button.text() == "Details copied"

    opened = Opened()
    QDesktopServices.setUrlHandler("file", opened, "open")
    try:
        dialog.folder_button.click()
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert [url.toLocalFile() for url in opened.urls] == [str(log_folder())]
    assert log_folder().is_dir()


def test_the_dialog_speaks_german(qtbot: QtBot, german: None) -> None:
    dialog = UnexpectedErrorDialog("PDF speichern", raised(KeyError("page")))
    qtbot.addWidget(dialog)
    assert dialog.copy_button.text() == "&Details kopieren"
    assert dialog.folder_button.text() == "Ordner der &Logdatei öffnen"
    assert dialog.message.text().startswith("Ein Fehler ist aufgetreten, mit dem CoopBuilder ")


@pytest.mark.qt_no_exception_capture
def test_an_uncaught_exception_in_a_slot_is_logged_and_shown(
    qtbot: QtBot, program_log: ProgramLog, quiet_hooks: list[str]
) -> None:
    shown: list[BaseException] = []
    handlers = install_fault_handlers(shown.append)
    try:

        def broken_slot() -> None:
            raise ValueError("forced in a slot")

        QTimer.singleShot(0, broken_slot)
        qtbot.waitUntil(lambda: bool(shown))
    finally:
        handlers.uninstall()
    assert [str(error) for error in shown] == ["forced in a slot"]
    text = written(program_log)
    assert "Uncaught ValueError" in text and ", in broken_slot\n" in text


def test_qt_s_messages_go_to_the_log(qapp: QApplication, program_log: ProgramLog) -> None:
    handlers = install_fault_handlers(lambda error: None)
    try:
        qInfo("a message from Qt")
    finally:
        handlers.uninstall()
    assert "INFO [MainThread] coopbuilder.qt: a message from Qt" in written(program_log)


def test_the_log_records_ids_and_timings_never_what_an_agreement_says(
    qtbot: QtBot, open_main: OpenMain, stocked: tuple[Path, dict[str, str]], program_log: ProgramLog
) -> None:
    path, ids = stocked
    window = open_main(path)
    agreement_id = ids["Exit counselling in Nürnberg"]
    window.open_agreement(agreement_id)
    qtbot.waitUntil(lambda: len(window.editors()) == 1, timeout=10_000)
    editor = window.editors()[0]
    title = find(editor, "Title of the agreement", QLineEdit)
    title.setText("Exit counselling in Nürnberg and Fürth")
    with qtbot.waitSignal(editor.wizard.saved, timeout=10_000):
        window.actions_.save.trigger()
    text = written(program_log)
    assert "coopbuilder.ui.workspace_opener: Workspace opened (a SQLite file) in " in text
    assert f"Opened agreement {agreement_id}, version 1" in text
    assert f"save of agreement {agreement_id}, version 1: " in text
    assert "Nürnberg" not in text and "Fürth" not in text
    assert str(path.parent) not in text  # nor where the person keeps their files


def test_help_opens_the_log_folder(
    qtbot: QtBot, open_main: OpenMain, stocked: tuple[Path, dict[str, str]]
) -> None:
    window = open_main(stocked[0])
    help_menu = next(m for m in window.menuBar().findChildren(QMenu) if m.title() == "&Help")
    opened = Opened()
    QDesktopServices.setUrlHandler("file", opened, "open")
    try:
        menu_action(help_menu, "Open the log folder").trigger()
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert [url.toLocalFile() for url in opened.urls] == [str(log_folder())]
