"""Main windows on real SQLite workspaces in tmp_path, with scripted dialogs and settings in an
ini file."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from coopbuilder.core.vocabulary import Language
from coopbuilder.store.connection import open_workspace
from coopbuilder.ui.app import start_gui
from coopbuilder.ui.language import load_language
from coopbuilder.ui.main_window import MainWindow

from .gui_thread import database_off_the_gui_thread
from .helpers import ScriptedDialogs
from .workspaces import stock_workspace

OpenMain = Callable[..., MainWindow]


@pytest.fixture(autouse=True)
def _gui_thread_only_paints(request: pytest.FixtureRequest) -> Iterator[None]:
    """The GUI never waits on the workspace: a test in which the program's GUI code touched
    the database on the Qt main thread fails, naming where (unless it is marked
    ``gui_thread_guard_checked``: the guard's own test)."""
    if request.node.get_closest_marker("gui_thread_guard_checked"):
        yield
        return
    with database_off_the_gui_thread() as found:
        yield
    if found:
        pytest.fail(
            f"The database was used on the GUI thread {len(found)} time(s); first:\n{found[0]}",
            pytrace=False,
        )


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def dialogs() -> ScriptedDialogs:
    return ScriptedDialogs()


@pytest.fixture
def german(qapp: QApplication) -> Iterator[None]:
    """The program in German, as the composition root loads it; English again afterwards."""
    loaded = load_language(qapp, Language.DE)
    assert len(loaded.translators) == 2  # CoopBuilder's and Qt's own
    yield
    loaded.unload(qapp)


@pytest.fixture
def stocked(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    """A workspace file with the stock agreements, and their ids by title."""
    path = tmp_path / "workspace.sqlite"
    return path, stock_workspace(path)


def wait_listed(qtbot: QtBot, window: MainWindow) -> None:
    """Until the list shows what the workspace holds now."""
    with qtbot.waitSignal(window.agreements.listed, timeout=10_000):
        window.refresh()


@pytest.fixture
def open_main(
    qtbot: QtBot, settings: QSettings, dialogs: ScriptedDialogs, app_look: None
) -> Iterator[OpenMain]:
    """Start the program on a workspace, as ``coopbuilder --workspace LOCATION`` would, and
    wait until the list shows it. At the end, every window closes, discarding what a test
    left unsaved."""
    windows: list[MainWindow] = []

    def open_main(
        location: Path | str,
        *,
        answers: ScriptedDialogs | None = None,
        wait: bool = True,
        who: str | None = None,
    ) -> MainWindow:
        """``who``: the person at this workstation (another one than the local user)."""
        window = start_gui(
            str(location),
            settings=settings,
            dialogs=answers or dialogs,
            autosave_ms=0,
            open_workspace=(lambda where: open_workspace(where, who=who)) if who else None,
        )
        qtbot.addWidget(window)
        windows.append(window)
        if wait:
            qtbot.waitUntil(lambda: window.workspace is not None, timeout=10_000)
            qtbot.waitUntil(lambda: not window.background.busy, timeout=10_000)
        return window

    yield open_main
    for window in windows:
        if window.isVisible():
            scripted = window.dialogs
            assert isinstance(scripted, ScriptedDialogs)
            scripted.answers.extend([1] * len(window.editors()))  # "Discard changes"
            window.close()
            qtbot.waitUntil(lambda w=window: not w.isVisible(), timeout=10_000)  # type: ignore[misc]
