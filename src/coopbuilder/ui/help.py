"""Help (F1): a short guide shipped with the program (``resources/help/<language>.md``), shown in
a window of its own, and the About box. Nothing is fetched from the web."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMessageBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

import coopbuilder
from coopbuilder.core.resources import resource_path
from coopbuilder.ui.texts import ui_language


def guide_text() -> str:
    """The guide in the GUI's language (English where there is none in it yet)."""
    path = resource_path("help", f"{ui_language().value}.md")
    if not path.exists():
        path = resource_path("help", "en.md")
    try:
        return path.read_text(encoding="utf-8")
    except OSError as exc:
        return QCoreApplication.translate(
            "Guide", "The guide {file} cannot be read ({problem}); reinstall CoopBuilder."
        ).format(file=path, problem=exc.strerror or exc)


class GuideDialog(QDialog):
    """The guide, beside the program (not modal, so both can be seen)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("CoopBuilder guide"))
        self.text = QTextBrowser(self)
        self.text.setAccessibleName(self.tr("Guide"))
        self.text.setOpenLinks(False)
        self.text.setMarkdown(guide_text())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        metrics = self.fontMetrics()
        self.resize(metrics.averageCharWidth() * 90, metrics.height() * 36)
        self.setWindowModality(Qt.WindowModality.NonModal)


def about_text() -> str:
    return QCoreApplication.translate(
        "About",
        "CoopBuilder {version} helps an NGO and a security agency build their cooperation: "
        "rate the preconditions together, agree actions on the gaps, and draft the cooperation "
        "agreement. Generated texts are drafts for the partners' lawyers, not legal advice. "
        "Your data stays on this computer or your organisation's database server.",
    ).format(version=coopbuilder.__version__)


def about_box(parent: QWidget) -> QMessageBox:
    """The About box, ready to ``open()``."""
    box = QMessageBox(
        QMessageBox.Icon.Information,
        QCoreApplication.translate("About", "About CoopBuilder"),
        about_text(),
        QMessageBox.StandardButton.Close,
        parent,
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    return box
