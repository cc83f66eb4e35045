"""What the GUI tests share: finding real widgets by their accessible name, and dialogs that
answer from a script instead of waiting for a person."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from PySide6.QtGui import QAction
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewWidget
from PySide6.QtWidgets import QAbstractButton, QMenu, QWidget
from pytestqt.qtbot import QtBot

from coopbuilder.core.agreement import Agreement
from coopbuilder.ui.wizard.page import WizardPage
from coopbuilder.ui.wizard.readiness import ReadinessPage

W = TypeVar("W", bound=QWidget)
P = TypeVar("P", bound="WizardPage")


def name_of(widget: QWidget) -> str:
    """The accessible name, or for a button without one its text (as a screen reader says)."""
    if widget.accessibleName():
        return widget.accessibleName()
    if isinstance(widget, QAbstractButton):
        return widget.text().replace("&", "")
    return ""


def find(root: QWidget, name: str, kind: type[W] = QWidget) -> W:
    """The one widget of ``kind`` under ``root`` with this name."""
    matches = [w for w in root.findChildren(kind) if name_of(w) == name]
    assert len(matches) == 1, f"{len(matches)} widgets named {name!r}"
    return matches[0]


def choose_precondition(page: ReadinessPage, name: str) -> None:
    """Show the statements of the precondition ``name`` on the readiness page, as a click in
    its list does (a precondition's panel is made when it is first shown)."""
    names = [
        page.preconditions.item(row).text().splitlines()[0].removeprefix("✔ ")
        for row in range(page.preconditions.count())
    ]
    page.preconditions.setCurrentRow(names.index(name))


def shown(qtbot: QtBot, page: P, agreement: Agreement) -> P:
    """The page, loaded with ``agreement`` and on screen (offscreen)."""
    qtbot.addWidget(page)
    page.load(agreement)
    page.show()
    return page


@dataclass
class ScriptedDialogs:
    """Answers the program's questions from lists; records what it was asked and told. A
    question without an answer left fails the test (the program asked something unexpected)."""

    files: list[Path | None] = field(default_factory=list)
    saves: list[Path | None] = field(default_factory=list)
    folders: list[Path | None] = field(default_factory=list)
    choices: list[int | None] = field(default_factory=list)
    answers: list[int | None] = field(default_factory=list)
    texts: list[str | None] = field(default_factory=list)
    passphrases: list[bytes | None] = field(default_factory=list)
    confirms: list[bool] = field(default_factory=list)
    prints: list[bool] = field(default_factory=list)
    questions: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    faults: list[BaseException] = field(default_factory=list)
    informed: list[str] = field(default_factory=list)
    printers: list[QPrinter] = field(default_factory=list)
    previewed: list[int] = field(default_factory=list)

    def open_file(self, parent: QWidget, title: str, name_filter: str) -> Path | None:
        self.questions.append(title)
        return self.files.pop(0)

    def save_file(
        self, parent: QWidget, title: str, name_filter: str, suggested: str
    ) -> Path | None:
        self.questions.append(f"{title}: {suggested}")
        return self.saves.pop(0)

    def choose_folder(self, parent: QWidget, title: str) -> Path | None:
        self.questions.append(title)
        return self.folders.pop(0)

    def choose(
        self, parent: QWidget, title: str, question: str, options: Sequence[str]
    ) -> int | None:
        self.questions.append(question)
        return self.choices.pop(0)

    def ask(self, parent: QWidget, title: str, question: str, answers: Sequence[str]) -> int | None:
        self.questions.append(question)
        return self.answers.pop(0)

    def ask_text(
        self, parent: QWidget, title: str, question: str, *, secret: bool = False
    ) -> str | None:
        self.questions.append(question)
        return self.texts.pop(0)

    def passphrase(self, parent: QWidget, title: str, question: str) -> bytes | None:
        self.questions.append(question)
        return self.passphrases.pop(0)

    def confirm(self, parent: QWidget, title: str, question: str) -> bool:
        self.questions.append(question)
        return self.confirms.pop(0)

    def export_passphrase(
        self, parent: QWidget, title: str, known: Sequence[str], background: object
    ) -> str | None:
        self.questions.append(f"{title}: passphrase")
        return self.texts.pop(0)

    def inform(self, parent: QWidget, title: str, message: str) -> None:
        self.informed.append(message)

    def error(self, parent: QWidget | None, title: str, message: str) -> None:
        self.errors.append(message)

    def unexpected(self, parent: QWidget | None, title: str, error: BaseException) -> None:
        self.faults.append(error)

    def print_dialog(self, parent: QWidget, printer: QPrinter) -> bool:
        self.printers.append(printer)
        return self.prints.pop(0)

    def print_preview(
        self, parent: QWidget, printer: QPrinter, paint: Callable[[QPrinter], None]
    ) -> None:
        """As the real preview: a QPrintPreviewWidget asks ``paint`` for the pages it shows
        (their count goes to ``previewed``), then the person presses Print."""
        self.printers.append(printer)
        preview = QPrintPreviewWidget(printer)
        preview.paintRequested.connect(paint)
        preview.updatePreview()
        self.previewed.append(preview.pageCount())
        preview.print()
        preview.deleteLater()


def menu_action(menu: QMenu, text: str) -> QAction:
    """The action of ``menu`` with this text (without its ``&``)."""
    matches = [a for a in menu.actions() if a.text().replace("&", "") == text]
    assert len(matches) == 1, f"{len(matches)} actions named {text!r}"
    return matches[0]
