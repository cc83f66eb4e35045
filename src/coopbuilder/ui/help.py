"""Help (F1): a short guide shipped with the program (``resources/help/<language>.md``), shown in
a window of its own, and the About box with the program's licence (EUPL-1.2) and the notices of
the libraries it ships with (Qt's LGPL among them). Nothing is fetched from the web. The files are
read off the GUI thread (a shared drive may be slow); each text appears when it is read."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal, qVersion
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QDialogButtonBox,
    QMessageBox,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

import coopbuilder
from coopbuilder.core.resources import legal_path, resource_path
from coopbuilder.core.vocabulary import Language
from coopbuilder.ui.background import Background
from coopbuilder.ui.texts import ui_language


def guide_text(language: Language | None = None) -> str:
    """The guide in ``language`` (default: the GUI's; English where there is none in it
    yet)."""
    path = resource_path("help", f"{(language or ui_language()).value}.md")
    if not path.exists():
        path = resource_path("help", "en.md")
    try:
        return path.read_text(encoding="utf-8")
    except OSError as exc:
        return QCoreApplication.translate(
            "Guide", "The guide {file} cannot be read ({problem}); reinstall CoopBuilder."
        ).format(file=path, problem=exc.strerror or exc)


class GuideDialog(QDialog):
    """The guide, beside the program (not modal, so both can be seen); ``shown`` is emitted
    once its text is read (with ``background``) and shown."""

    shown = Signal()

    def __init__(self, background: Background, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("CoopBuilder guide"))
        self.text = QTextBrowser(self)
        self.text.setAccessibleName(self.tr("Guide"))
        self.text.setOpenLinks(False)
        language = ui_language()
        background.run(lambda: guide_text(language), self._show, self._failed, self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        metrics = self.fontMetrics()
        self.resize(metrics.averageCharWidth() * 90, metrics.height() * 36)
        self.setWindowModality(Qt.WindowModality.NonModal)

    def _show(self, text: str) -> None:
        self.text.setMarkdown(text)
        self.shown.emit()

    def _failed(self, error: Exception) -> None:
        raise error  # a fault: to the one dialog for the unexpected, with its traceback


def about_text() -> str:
    return QCoreApplication.translate(
        "About",
        "CoopBuilder {version} helps an NGO and a security agency build their cooperation: "
        "rate the preconditions together, agree actions on the gaps, and draft the cooperation "
        "agreement. Generated texts are drafts for the partners' lawyers, not legal advice. "
        "Your data stays on this computer or your organisation's database server.\n\n"
        "CoopBuilder is free software under the European Union Public Licence 1.2 "
        "(EUPL-1.2). It uses Qt {qt} (LGPL-3.0) and other libraries under their own licences; "
        "Licences... shows them all and says how to replace the Qt libraries.",
    ).format(version=coopbuilder.__version__, qt=qVersion())


def about_box(parent: QWidget, background: Background) -> QMessageBox:
    """The About box, ready to ``open()``; its Licences... dialog reads its files with
    ``background``."""
    box = QMessageBox(
        QMessageBox.Icon.Information,
        QCoreApplication.translate("About", "About CoopBuilder"),
        about_text(),
        QMessageBox.StandardButton.Close,
        parent,
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    licences = box.addButton(
        QCoreApplication.translate("About", "&Licences..."), QMessageBox.ButtonRole.HelpRole
    )

    def clicked(button: QAbstractButton) -> None:
        if button is licences:
            dialog = LicencesDialog(background, parent)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.show()

    box.buttonClicked.connect(clicked)
    return box


def legal_text(name: str) -> str:
    """The licence or the third-party notices, or what to do when the file is missing."""
    path = legal_path(name)
    try:
        return path.read_text(encoding="utf-8")
    except OSError as exc:
        return QCoreApplication.translate(
            "About", "{file} cannot be read ({problem}); reinstall CoopBuilder."
        ).format(file=path, problem=exc.strerror or exc)


class LicencesDialog(QDialog):
    """The program's licence and the third-party notices, each on a tab; ``shown`` is emitted
    once both are read (with ``background``) and shown."""

    shown = Signal()

    def __init__(self, background: Background, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Licences - CoopBuilder"))
        self.tabs = QTabWidget(self)
        self.licence = QTextBrowser(self)
        self.licence.setAccessibleName(self.tr("Licence of CoopBuilder"))
        self.notices = QTextBrowser(self)
        self.notices.setAccessibleName(self.tr("Third-party notices"))
        self.notices.setOpenLinks(False)
        self.tabs.addTab(self.licence, self.tr("CoopBuilder (EUPL-1.2)"))
        self.tabs.addTab(self.notices, self.tr("Third-party notices"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        metrics = self.fontMetrics()
        self.resize(metrics.averageCharWidth() * 100, metrics.height() * 40)
        background.run(
            lambda: (legal_text("LICENSE"), legal_text("THIRD-PARTY-NOTICES.md")),
            self._show,
            self._failed,
            self,
        )

    def _show(self, texts: tuple[str, str]) -> None:
        licence, notices = texts
        self.licence.setPlainText(licence)
        self.notices.setMarkdown(notices)
        self.shown.emit()

    def _failed(self, error: Exception) -> None:
        raise error  # a fault: to the one dialog for the unexpected, with its traceback
