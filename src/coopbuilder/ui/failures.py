"""One way the program owns up to a fault: the unexpected exception is logged with its
traceback, and the person sees one dialog with a plain sentence, "Copy details" (the version,
the platform, the traceback and where the log is) and "Open log folder".

A problem the person can fix is a :class:`UserError` and is said in its own words; everything
else (a programming error, on any thread) comes here. :func:`install_fault_handlers` routes
uncaught exceptions (the GUI thread's and any Python thread's) and Qt's own messages to the log
and shows the dialog for the uncaught ones.
"""

from __future__ import annotations

import logging
import platform
import sys
import threading
import traceback
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import (
    QCoreApplication,
    QMessageLogContext,
    QObject,
    Qt,
    QtMsgType,
    QUrl,
    Signal,
    Slot,
    qInstallMessageHandler,
    qVersion,
)
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from coopbuilder.core.errors import UserError
from coopbuilder.log import log_folder, log_path, system_text

logger = logging.getLogger(__name__)
qt_logger = logging.getLogger("coopbuilder.qt")

_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def unexpected_text() -> str:
    """The one sentence for a fault of the program."""
    return QCoreApplication.translate(
        "Failures",
        "Something went wrong that CoopBuilder did not expect. What you saved is safe; the "
        "details are in CoopBuilder's log.",
    )


def log_failure(error: BaseException, what: str = "A task") -> None:
    """Log a failure: a fault with its traceback; a person's problem by its kind only (its
    message may name a file or a partner)."""
    if isinstance(error, UserError):
        logger.info("%s ended with %s", what, type(error).__name__)
    else:
        logger.error("%s failed: %s", what, type(error).__name__, exc_info=error)


def fault_details(error: BaseException) -> str:
    """What a fault report needs: the program's version, the platform, the log and the
    traceback. Shown to the person, who decides where it goes."""
    from coopbuilder import __version__

    lines = [
        f"CoopBuilder {__version__}",
        f"Python {platform.python_version()}, Qt {qVersion()}, {system_text()}",
        f"Log: {log_path()}",
        "",
        *traceback.format_exception(error),
    ]
    return "\n".join(line.rstrip("\n") for line in lines)


class UnexpectedErrorDialog(QDialog):
    """The one dialog for a fault: a plain sentence, "Copy details", "Open log folder"."""

    def __init__(self, title: str, error: BaseException, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(self.tr("Something unexpected went wrong"))
        self.details = fault_details(error)
        icon = QLabel(self)
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_MessageBoxIconSize)
        icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical).pixmap(size)
        )
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.message = QLabel(unexpected_text(), self)
        self.message.setWordWrap(True)
        self.message.setMinimumWidth(360)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = QPushButton(self.tr("&Copy details"), self)
        self.copy_button.setAccessibleDescription(
            self.tr("Copies the version, the platform and the details of the fault, to send.")
        )
        self.folder_button = QPushButton(self.tr("Open &log folder"), self)
        self.folder_button.setAccessibleDescription(
            self.tr("Shows the folder of CoopBuilder's log in the file manager.")
        )
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.folder_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.copy_button.clicked.connect(self.copy_details)
        self.folder_button.clicked.connect(self.open_log_folder)
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addWidget(self.message, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(buttons)

    @Slot()
    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details)
        self.copy_button.setText(self.tr("Details copied"))

    @Slot()
    def open_log_folder(self) -> None:
        open_log_folder()


def open_log_folder() -> None:
    """Show the folder of the log in the platform's file manager (Help > Open the log folder,
    and the fault dialog)."""
    folder = log_folder()
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def log_qt_message(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    """Qt's own warnings and messages, into the log."""
    qt_logger.log(_QT_LEVELS.get(kind, logging.WARNING), "%s", message)


ShowFault = Callable[[BaseException], None]


class FaultHandlers(QObject):
    """Uncaught exceptions and Qt's messages go to the log; an uncaught exception, on any
    thread, then shows the one dialog (on the GUI thread). :meth:`uninstall` puts back what
    was there before."""

    _fault = Signal(object)

    def __init__(self, show: ShowFault, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._show = show
        self._previous_hook = sys.excepthook
        self._previous_thread_hook = threading.excepthook
        self._fault.connect(self._show_fault, Qt.ConnectionType.QueuedConnection)
        sys.excepthook = self._excepthook
        threading.excepthook = self._thread_excepthook
        self._previous_handler = qInstallMessageHandler(log_qt_message)

    def uninstall(self) -> None:
        sys.excepthook = self._previous_hook
        threading.excepthook = self._previous_thread_hook
        qInstallMessageHandler(self._previous_handler)

    def _excepthook(
        self, kind: type[BaseException], error: BaseException, tb: TracebackType | None
    ) -> None:
        self._previous_hook(kind, error, tb)  # the log's hook writes it down
        if isinstance(error, Exception):
            self._fault.emit(error)  # queued: shown once the slot that failed has returned

    def _thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        self._previous_thread_hook(args)
        if isinstance(args.exc_value, Exception):
            self._fault.emit(args.exc_value)

    @Slot(object)
    def _show_fault(self, error: object) -> None:
        assert isinstance(error, BaseException)
        self._show(error)


def install_fault_handlers(show: ShowFault, parent: QObject | None = None) -> FaultHandlers:
    """Route every uncaught exception and Qt message to the log, and ``show`` the faults."""
    return FaultHandlers(show, parent)
