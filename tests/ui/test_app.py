from __future__ import annotations

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from coopbuilder.ui.app import PlaceholderWindow


def test_placeholder_window_remembers_its_size(qtbot: QtBot, tmp_path: object) -> None:
    settings = QSettings(str(tmp_path) + "/settings.ini", QSettings.Format.IniFormat)
    window = PlaceholderWindow(settings)
    qtbot.addWidget(window)
    window.show()
    assert window.windowTitle() == "CoopBuilder"
    window.resize(700, 500)
    window.close()
    again = PlaceholderWindow(settings)
    qtbot.addWidget(again)
    assert (again.width(), again.height()) == (700, 500)
