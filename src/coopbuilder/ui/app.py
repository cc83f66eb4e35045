"""Start the desktop program: the application, its language, its settings, projector mode, and a
window with the wizard on an agreement."""

from __future__ import annotations

import sys

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from coopbuilder.core.vocabulary import Language
from coopbuilder.paths import APP_NAME, app_home
from coopbuilder.ui.agreement_window import AgreementWindow
from coopbuilder.ui.background import Background
from coopbuilder.ui.dialogs import QtDialogs
from coopbuilder.ui.language import LanguageChoice, load_language, startup_language
from coopbuilder.ui.projector import ProjectorMode
from coopbuilder.ui.session import AgreementSession, FileSession, new_agreement

DRAFT_FILE = "draft-agreement.json"
"""Until the workspace exists, the program keeps the agreement in this file in its home."""

_LANGUAGE_PROPERTY = "coopbuilder_language"
"""Set on the application once its language is loaded, so that it is loaded only once."""


def application(language: Language | None = None) -> QApplication:
    """The application with its names, style and language: ``language``, else the one chosen
    in the settings, else the system's. Make it before any window or text, so that everything
    the program says is translated."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setStyle("Fusion")
    if not app.property(_LANGUAGE_PROPERTY):
        loaded = load_language(app, language or startup_language(QSettings()))
        app.setProperty(_LANGUAGE_PROPERTY, loaded.language.value)
    return app


def run_gui(session: AgreementSession | None = None) -> int:
    """Show the wizard on ``session`` (by default the draft in the program's home folder)."""
    app = application()
    if session is None:
        session = FileSession(app_home() / DRAFT_FILE, new_agreement())
    settings = QSettings()
    projector = ProjectorMode(app, settings)
    background = Background()
    window = AgreementWindow(
        session,
        settings,
        projector,
        background=background,
        dialogs=QtDialogs(),
        language=LanguageChoice(settings, app),
    )
    window.show()
    return app.exec()
