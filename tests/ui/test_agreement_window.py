from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QLineEdit, QSplitter
from pytestqt.qtbot import QtBot

from coopbuilder.core.agreement import Agreement
from coopbuilder.core.exchange import read_exchange_file
from coopbuilder.ui.agreement_window import AgreementWindow
from coopbuilder.ui.background import Background
from coopbuilder.ui.projector import ProjectorMode
from coopbuilder.ui.session import FileSession, MemorySession, new_agreement

from .helpers import ScriptedDialogs, find


def window_on(
    qtbot: QtBot, session: MemorySession, tmp_path: Path
) -> tuple[AgreementWindow, ProjectorMode]:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    projector = ProjectorMode(QApplication.instance(), settings)  # type: ignore[arg-type]
    window = AgreementWindow(
        session,
        settings,
        projector,
        background=Background(),
        dialogs=ScriptedDialogs(),
        autosave_ms=0,
    )
    qtbot.addWidget(window)
    return window, projector


def test_the_window_remembers_its_size(
    qtbot: QtBot, demo: Agreement, tmp_path: Path, app_look: None
) -> None:
    window, _ = window_on(qtbot, MemorySession(demo), tmp_path)
    window.show()
    assert window.windowTitle() == f"{demo.title} - CoopBuilder"
    window.resize(700, 500)
    window.close()
    again, _ = window_on(qtbot, MemorySession(demo), tmp_path)
    assert (again.width(), again.height()) == (700, 500)


def test_the_review_page_keeps_where_the_divider_was_moved(
    qtbot: QtBot, demo: Agreement, tmp_path: Path, app_look: None
) -> None:
    window, _ = window_on(qtbot, MemorySession(demo), tmp_path)
    window.resize(780, 560)
    window.show()
    assert window.wizard.go_to(len(window.wizard.pages) - 1)
    splitter = window.findChild(QSplitter, "review_splitter")
    assert splitter is not None and splitter.isVisible()
    before = splitter.sizes()
    splitter.moveSplitter(250, 1)
    moved = splitter.sizes()
    assert moved != before and moved[0] < before[0]
    window.close()

    again, _ = window_on(qtbot, MemorySession(demo), tmp_path)
    again.show()
    assert again.wizard.go_to(len(again.wizard.pages) - 1)
    restored = again.findChild(QSplitter, "review_splitter")
    assert restored is not None and restored.isVisible()
    assert (again.width(), again.height()) == (780, 560)
    qtbot.waitUntil(lambda: restored.sizes() == moved, timeout=5_000)


def test_the_view_menu_switches_projector_mode(
    qtbot: QtBot, demo: Agreement, tmp_path: Path, app_look: None
) -> None:
    window, projector = window_on(qtbot, MemorySession(demo), tmp_path)
    toggle = next(a for a in window.view_menu.actions() if a.text() == "&Projector mode")
    toggle.trigger()
    assert projector.projector


def test_closing_keeps_what_was_typed(qtbot: QtBot, tmp_path: Path, app_look: None) -> None:
    path = tmp_path / "draft.json"
    window, _ = window_on(qtbot, FileSession(path, new_agreement()), tmp_path)
    window.show()
    field = find(window, "Title of the agreement", QLineEdit)
    field.setText("Typed just before closing")
    window.close()
    assert read_exchange_file(path).title == "Typed just before closing"
