"""A window with the joint-session wizard on one agreement outside the workspace (an exchange
file: ``python -m coopbuilder.ui.wizard FILE.json``): menus, projector mode, status bar,
remembered geometry (and, as in the main window, how the Review page divides the checks and
the output). Closing it keeps every answer (the wizard autosaves first)."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QMainWindow

from coopbuilder import __version__
from coopbuilder.ui.background import Background
from coopbuilder.ui.dialogs import Dialogs
from coopbuilder.ui.help import about_box
from coopbuilder.ui.language import LanguageChoice
from coopbuilder.ui.projector import ProjectorMode
from coopbuilder.ui.session import AgreementSession
from coopbuilder.ui.wizard import create_wizard
from coopbuilder.ui.wizard.review import OutputFactory, PlaceholderOutput, ReviewPage
from coopbuilder.ui.wizard.shell import AUTOSAVE_MS

GEOMETRY_KEY = "agreement_window/geometry"


class AgreementWindow(QMainWindow):
    def __init__(
        self,
        session: AgreementSession,
        settings: QSettings,
        projector: ProjectorMode,
        *,
        background: Background,
        dialogs: Dialogs,
        output: OutputFactory = PlaceholderOutput,
        autosave_ms: int = AUTOSAVE_MS,
        language: LanguageChoice | None = None,
    ) -> None:
        super().__init__()
        self._settings = settings
        self._background = background
        self.wizard = create_wizard(
            session,
            background=background,
            dialogs=dialogs,
            output=output,
            autosave_ms=autosave_ms,
            parent=self,
        )
        self.setCentralWidget(self.wizard)
        self.wizard.with_page(ReviewPage, lambda review: review.remember_layout(settings))
        self._title()
        self.wizard.saved.connect(self._saved)
        self.wizard.saved.connect(self._title)

        file_menu = self.menuBar().addMenu(self.tr("&File"))
        save = QAction(self.tr("&Save"), self)
        save.setShortcut(QKeySequence(QKeySequence.StandardKey.Save))
        save.triggered.connect(lambda: self.wizard.save())
        close = QAction(self.tr("&Close"), self)
        close.setShortcut(QKeySequence(QKeySequence.StandardKey.Quit))
        close.triggered.connect(self.close)
        file_menu.addAction(save)
        file_menu.addSeparator()
        file_menu.addAction(close)

        self.view_menu = self.menuBar().addMenu(self.tr("&View"))
        self.view_actions = projector.actions(self)
        self.view_menu.addAction(self.view_actions[0])
        self.view_menu.addSeparator()
        for action in self.view_actions[1:]:
            self.view_menu.addAction(action)
        if language is not None:
            self.view_menu.addSeparator()
            self.language_menu = language.menu(self)
            self.view_menu.addMenu(self.language_menu)
            language.chosen.connect(self.statusBar().showMessage)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About CoopBuilder"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

        self.statusBar().showMessage(self.tr("CoopBuilder {version}").format(version=__version__))
        geometry = settings.value(GEOMETRY_KEY)
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 800)

    def _title(self) -> None:
        self.setWindowTitle(
            self.tr("{title} - CoopBuilder").format(title=self.wizard.agreement().title)
        )

    def _saved(self) -> None:
        self.statusBar().showMessage(self.tr("Saved."), 5000)

    def _about(self) -> None:
        box = about_box(self, self._background)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        self.wizard.autosave()
        self._background.wait()
        self._settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        super().closeEvent(event)
