"""Start the desktop program: the application, its settings and language, projector mode, the
main window,
then (off the GUI thread, while the window is already up) the catalogue check and the
workspace.

The workspace is the one named on the command line (``--workspace``), else
``COOPBUILDER_DATABASE_URL``, else the file in the program's data folder. One that cannot be
opened gives the store's message and the choice to open another or to quit, never a traceback.
Settings live in QSettings: the platform's place, or ``settings.ini`` in ``COOPBUILDER_HOME``
when that is set (tests, a portable installation). The language is the one chosen in the
settings (View > Language), else the system's.
"""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication

from coopbuilder.core.vocabulary import Language
from coopbuilder.paths import APP_NAME, app_home
from coopbuilder.ui.background import Background
from coopbuilder.ui.dialogs import QtDialogs, QtSigningDialogs, SigningDialogs
from coopbuilder.ui.language import LanguageChoice, load_language, startup_language
from coopbuilder.ui.main_window import MainWindow
from coopbuilder.ui.none_refcount import keep_none_alive
from coopbuilder.ui.projector import ProjectorMode
from coopbuilder.ui.session import AgreementSession
from coopbuilder.ui.widgets.tabbing import install_date_tabs
from coopbuilder.ui.widgets.wheel import install_wheel_guard
from coopbuilder.ui.workspace_opener import OpenWorkspace

SETTINGS_FILE = "settings.ini"

_LANGUAGE_PROPERTY = "coopbuilder_language"
"""Set on the application once its language is loaded, so that it is loaded only once."""


def application(language: Language | None = None) -> QApplication:
    """The application with its names, style and language: ``language``, else the one chosen
    in the settings, else the system's. Make it before any window or text, so that everything
    the program says is translated."""
    existing = QApplication.instance()
    if existing is None:
        keep_none_alive()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setStyle("Fusion")
    install_wheel_guard(app)  # the wheel scrolls the page, it changes no date in passing
    install_date_tabs(app)  # Tab leaves a date field, it does not walk its day, month, year
    if not app.property(_LANGUAGE_PROPERTY):
        loaded = load_language(app, language or startup_language(program_settings()))
        app.setProperty(_LANGUAGE_PROPERTY, loaded.language.value)
    return app


def program_settings() -> QSettings:
    """Where the program remembers windows, projector mode and recent workspaces."""
    if os.environ.get("COOPBUILDER_HOME"):
        return QSettings(str(app_home() / SETTINGS_FILE), QSettings.Format.IniFormat)
    return QSettings()


def start_gui(
    location: str | None = None,
    *,
    settings: QSettings | None = None,
    dialogs: SigningDialogs | None = None,
    open_workspace: OpenWorkspace | None = None,
    autosave_ms: int | None = None,
) -> MainWindow:
    """Show the main window and start opening the workspace; the caller runs the event loop."""
    app = application()
    settings = settings or program_settings()
    dialogs = dialogs or QtSigningDialogs()
    projector = ProjectorMode(app, settings)
    background = Background()
    window = MainWindow(
        settings,
        projector,
        background=background,
        dialogs=dialogs,
        open_workspace=open_workspace,
        autosave_ms=autosave_ms,
        language=LanguageChoice(settings, app),
    )
    background.setParent(window)
    projector.setParent(window)
    window.show()
    window.clause_library.start()

    def catalogue_broken(error: Exception) -> None:
        dialogs.error(
            window,
            QCoreApplication.translate("App", "CoopBuilder cannot start"),
            QCoreApplication.translate("App", "{problem} Reinstall CoopBuilder.").format(
                problem=error
            ),
        )
        window.close()

    background.run(
        _check_catalogue,
        lambda _: window.opener.open_at_start(location),
        catalogue_broken,
        window,
    )
    return window


def _check_catalogue() -> None:
    """Read and check the precondition catalogue once (every page needs it)."""
    from coopbuilder.core.catalogue import default_catalogue

    default_catalogue()


def run_gui(location: str | None = None) -> int:
    """The desktop program, until its window closes."""
    app = application()
    start_gui(location)
    return app.exec()


def run_wizard(session: AgreementSession) -> int:
    """The wizard on its own, on one agreement outside the workspace (an exchange file)."""
    from coopbuilder.ui.agreement_window import AgreementWindow
    from coopbuilder.ui.preview import PdfOutput

    app = application()
    settings = program_settings()
    projector = ProjectorMode(app, settings)
    background = Background()
    dialogs = QtDialogs()
    window = AgreementWindow(
        session,
        settings,
        projector,
        background=background,
        dialogs=dialogs,
        output=lambda parent: PdfOutput(parent, background=background, dialogs=dialogs),
        language=LanguageChoice(settings, app),
    )
    window.show()
    return app.exec()
