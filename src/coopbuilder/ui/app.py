"""Start the desktop program."""

from __future__ import annotations

import sys

from PySide6.QtCore import QSettings
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QVBoxLayout, QWidget

from coopbuilder import __version__
from coopbuilder.paths import APP_NAME


class PlaceholderWindow(QMainWindow):
    """The main window until the joint-session wizard exists: says what the program is and
    which commands work already."""

    def __init__(self, settings: QSettings) -> None:
        super().__init__()
        self._settings = settings
        self.setWindowTitle(self.tr("CoopBuilder"))
        body = QWidget(self)
        layout = QVBoxLayout(body)
        title = QLabel(self.tr("<h1>CoopBuilder</h1>"), body)
        text = QLabel(
            self.tr(
                "<p>CoopBuilder helps an NGO and a security agency build their cooperation: "
                "rate the preconditions together, agree actions on the gaps, and draft the "
                "cooperation agreement.</p>"
                "<p>The joint-session wizard is not in this version yet. From the command line "
                "you can already write the demo agreement, print its readiness findings and "
                "run the agreement checks:</p>"
                "<pre>coopbuilder demo demo.json\ncoopbuilder assess demo.json\n"
                "coopbuilder check demo.json</pre>"
            ),
            body,
        )
        text.setWordWrap(True)
        layout.addWidget(title)
        layout.addWidget(text)
        layout.addStretch(1)
        self.setCentralWidget(body)
        self.statusBar().showMessage(self.tr("Version %1").replace("%1", __version__))
        geometry = settings.value("main/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1000, 700)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        self._settings.setValue("main/geometry", self.saveGeometry())
        super().closeEvent(event)


def run_gui() -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    window = PlaceholderWindow(QSettings())
    window.show()
    return app.exec()
