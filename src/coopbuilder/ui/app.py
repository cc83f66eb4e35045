"""Start the desktop program: the application, its settings and language, projector mode, the
main window,
then (off the GUI thread, while the window is already up) the catalogue check and the
workspace.

``coopbuilder FILE`` (a double click on an exchange file) and macOS's file-open events take the
file to the workspace's import (:mod:`coopbuilder.ui.file_open`).

The workspace is the one named on the command line (``--workspace``), else
``COOPBUILDER_DATABASE_URL``, else the file in the program's data folder. One that cannot be
opened gives the store's message and the choice to open another or to quit, never a traceback.
Settings live in QSettings: the platform's place, or ``settings.ini`` in ``COOPBUILDER_HOME``
when that is set (tests, a portable installation). The language is the one chosen in the
settings (View > Language), else the system's.
"""

from __future__ import annotations

import gc
import importlib
import os
import signal
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget

from coopbuilder.core.resources import resource_path
from coopbuilder.core.vocabulary import Language
from coopbuilder.documents.rendering import Renderer, RenderProcess
from coopbuilder.paths import APP_NAME, app_home
from coopbuilder.ui.background import Background
from coopbuilder.ui.dialogs import Dialogs, QtDialogs, QtSigningDialogs, SigningDialogs
from coopbuilder.ui.failures import FaultHandlers, install_fault_handlers
from coopbuilder.ui.file_open import FileOpenRequests
from coopbuilder.ui.language import LanguageChoice, load_language, startup_language
from coopbuilder.ui.main_window import MainWindow
from coopbuilder.ui.none_refcount import keep_none_alive
from coopbuilder.ui.projector import ProjectorMode
from coopbuilder.ui.session import AgreementSession
from coopbuilder.ui.widgets.tabbing import install_date_tabs
from coopbuilder.ui.widgets.wheel import install_wheel_guard
from coopbuilder.ui.workspace_opener import OpenWorkspace

SETTINGS_FILE = "settings.ini"

DESKTOP_ID = "org.coopbuilder.CoopBuilder"
"""The name of the Linux .desktop file (packaging/linux/), which gives the window its icon on
Wayland, and the macOS bundle identifier."""
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
"""The sizes of resources/icons/coopbuilder-N.png (made by scripts/icons.py from the SVG)."""

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
    app.setDesktopFileName(DESKTOP_ID)
    app.setWindowIcon(program_icon())
    app.setStyle("Fusion")
    install_wheel_guard(app)  # the wheel scrolls the page, it changes no date in passing
    install_date_tabs(app)  # Tab leaves a date field, it does not walk its day, month, year
    if not app.property(_LANGUAGE_PROPERTY):
        loaded = load_language(app, language or startup_language(program_settings()))
        app.setProperty(_LANGUAGE_PROPERTY, loaded.language.value)
    return app


def program_icon() -> QIcon:
    """The program's icon in every size it comes in."""
    icon = QIcon()
    for size in ICON_SIZES:
        icon.addFile(str(resource_path("icons", f"coopbuilder-{size}.png")))
    return icon


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
    open_files: Sequence[Path] = (),
    receive_files: str | None = None,
    keep_started: bool = False,
) -> MainWindow:
    """Show the main window and start opening the workspace; the caller runs the event loop.
    ``open_files`` (exchange files) go to the workspace's import once it is open; so do the
    files a program started later hands over on the local socket ``receive_files`` (see
    :mod:`coopbuilder.ui.single_instance`). With ``keep_started``, what the program made until
    an agreement's modules are loaded is kept out of the garbage collector's passes (see
    :func:`keep_out_of_collections`)."""
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
    requests = FileOpenRequests(window)
    if FILE_OPEN_EVENTS:
        app.installEventFilter(requests)
    for path in open_files:
        requests.open(path)
    if receive_files is not None:
        from coopbuilder.ui.single_instance import FileHandOver

        FileHandOver(requests.open, receive_files, window)
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

    def catalogue_read(_: object) -> None:
        window.opener.open_at_start(location)
        # while the person looks at the list: an agreement's tab opens without a pause
        background.run(
            warm_up,
            lambda _: keep_out_of_collections() if keep_started else None,
            lambda _: None,
            window,
        )

    background.run(_check_catalogue, catalogue_read, catalogue_broken, window)
    return window


FILE_OPEN_EVENTS = sys.platform == "darwin"
"""Whether the system hands the program files as file-open events (macOS: a double click in the
Finder); elsewhere they come on the command line or the local socket, and the filter that would
catch the events is not installed (every event of every object would pass through it, in Python:
each widget made and shown took half as long again)."""


WARM_MODULES = (
    "coopbuilder.ui.agreement_editor",
    "coopbuilder.ui.preview",
    "coopbuilder.ui.review.comparison",
    "coopbuilder.ui.signing",
    "coopbuilder.documents.agreement",
)
"""What opening an agreement needs beyond the list: loaded once the window is up, not on the
first open (a second of imports, on the GUI thread, then)."""


def warm_up() -> None:
    """Import :data:`WARM_MODULES` (off the GUI thread: no widget is made)."""
    for name in WARM_MODULES:
        importlib.import_module(name)


def keep_out_of_collections() -> None:
    """Keep every object made so far (the modules, the catalogue, the window) out of the
    garbage collector's passes: they live until the program ends, and a full pass walking all
    of them stalled the GUI thread for 100-200 ms in the middle of opening an agreement."""
    gc.freeze()


def _check_catalogue() -> None:
    """Read and check the precondition catalogue once (every page needs it)."""
    from coopbuilder.core.catalogue import default_catalogue

    default_catalogue()


GUI_SWITCH_INTERVAL = 0.0005
"""Seconds a thread holds the interpreter before another may run (Python's default: 0.005).
The PDF library renders on a worker thread in long stretches of Python; with the default the
window waits up to a few hundred milliseconds to paint after an edit, with this about 50."""


def keep_the_gui_thread_responsive() -> None:
    """Let the GUI thread take its turn sooner while a worker thread renders."""
    sys.setswitchinterval(GUI_SWITCH_INTERVAL)


def run_gui(location: str | None = None, open_files: Sequence[Path] = ()) -> int:
    """The desktop program, until its window closes. Files opened while the program runs
    (without another workspace named) go to the running window, and this program ends."""
    from coopbuilder.ui.single_instance import hand_over, instance_name

    name = instance_name()
    if open_files and location is None and hand_over(open_files, name):
        return 0
    app = application()
    keep_the_gui_thread_responsive()
    window = start_gui(location, open_files=open_files, receive_files=name, keep_started=True)
    process = RenderProcess()
    window.clause_library.renderer.process = process
    QTimer.singleShot(0, process.start)  # once the window is up: the first preview is quick
    handlers = _show_faults(window.dialogs, window, app)
    _end_when_told(app)
    try:
        return app.exec()
    finally:
        handlers.uninstall()
        process.close()


def _end_when_told(app: QApplication) -> None:
    """End the event loop when the system asks the program to end (SIGTERM, as at logout), so
    that the render process is closed in order; what is being edited stays in its autosave
    copy, offered at the next start. Python runs a signal handler only between two of its own
    steps: a timer gives it one while Qt waits."""
    if not hasattr(signal, "SIGTERM") or sys.platform == "win32":
        return
    signal.signal(signal.SIGTERM, lambda _signum, _frame: app.exit(0))
    timer = QTimer(app)
    timer.timeout.connect(lambda: None)
    timer.start(200)


def run_wizard(session: AgreementSession) -> int:
    """The wizard on its own, on one agreement outside the workspace (an exchange file)."""
    from coopbuilder.ui.agreement_window import AgreementWindow
    from coopbuilder.ui.preview import PdfOutput

    app = application()
    keep_the_gui_thread_responsive()
    settings = program_settings()
    projector = ProjectorMode(app, settings)
    background = Background()
    dialogs = QtDialogs()
    process = RenderProcess()
    renderer = Renderer(process=process)
    window = AgreementWindow(
        session,
        settings,
        projector,
        background=background,
        dialogs=dialogs,
        output=lambda parent: PdfOutput(
            parent, background=background, dialogs=dialogs, renderer=renderer
        ),
        language=LanguageChoice(settings, app),
    )
    window.show()
    QTimer.singleShot(0, process.start)
    handlers = _show_faults(dialogs, window, app)
    try:
        return app.exec()
    finally:
        handlers.uninstall()
        process.close()


def _show_faults(dialogs: Dialogs, window: QWidget, app: QApplication) -> FaultHandlers:
    """Every uncaught exception and Qt message to the log; a fault in the one dialog."""
    title = QCoreApplication.translate("App", "CoopBuilder")

    def show(error: BaseException) -> None:
        dialogs.unexpected(window if window.isVisible() else None, title, error)

    return install_fault_handlers(show, app)
