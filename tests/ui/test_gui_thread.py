"""The guard that keeps database work off the GUI thread catches it, and only it."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from coopbuilder.store.connection import open_workspace
from coopbuilder.store.workspace import Workspace
from coopbuilder.ui.background import Background
from coopbuilder.ui.workspace_opener import open_default

from .gui_thread import database_off_the_gui_thread


@pytest.mark.gui_thread_guard_checked
def test_the_guard_names_the_gui_code_that_used_the_database_on_its_thread(
    qtbot: QtBot, tmp_path: Path
) -> None:
    opened: list[Workspace] = []
    with database_off_the_gui_thread() as found:
        with open_workspace(tmp_path / "set-up.sqlite"):
            pass  # the test's own work: no GUI code on the stack
        background = Background()
        location = str(tmp_path / "workspace.sqlite")  # made and migrated on the worker
        background.run(lambda: open_default(location), opened.append, lambda error: None)
        qtbot.waitUntil(lambda: bool(opened), timeout=10_000)
        opened.pop().close()
        assert found == []  # the GUI's work on a worker thread is fine

        # the GUI's own code, on the GUI thread (a new workspace: made and migrated there)
        open_default(str(tmp_path / "another.sqlite")).close()
    assert found
    assert "workspace_opener.py" in found[0] and "in open_default" in found[0]
