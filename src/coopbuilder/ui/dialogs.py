"""The small questions the GUI asks (which file, which partner, are you sure, something failed).

Pages and windows get a :class:`Dialogs` object instead of calling QFileDialog or QMessageBox
themselves, so a test can answer the questions without a native dialog and without patching
the program.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from coopbuilder.core.errors import UserError
from coopbuilder.ui.failures import UnexpectedErrorDialog, unexpected_text
from coopbuilder.ui.texts import error_text

if TYPE_CHECKING:  # printing is loaded when first used, not at start
    from PySide6.QtPrintSupport import QPrinter

    from coopbuilder.ui.background import Background


def problem_text(error: BaseException) -> str:
    """What to tell the person about ``error`` in a line or a banner: a UserError's own
    message, else the one sentence for a fault (whose details are in the log)."""
    return error_text(error) if isinstance(error, UserError) else unexpected_text()


def show_problem(
    dialogs: Dialogs, parent: QWidget | None, title: str, error: BaseException
) -> None:
    """Tell the person that what they asked for failed: a UserError in its own words, a fault
    of the program in the one dialog for the unexpected."""
    if isinstance(error, UserError):
        dialogs.error(parent, title, error_text(error))
    else:
        dialogs.unexpected(parent, title, error)


class Dialogs(Protocol):
    def open_file(self, parent: QWidget, title: str, name_filter: str) -> Path | None:
        """The file the person chose, or ``None`` if they cancelled."""
        ...

    def save_file(
        self, parent: QWidget, title: str, name_filter: str, suggested: str
    ) -> Path | None:
        """Where the person wants a file written (``suggested`` is the proposed name), or
        ``None`` if they cancelled. Asking before replacing a file is the dialog's job."""
        ...

    def choose_folder(self, parent: QWidget, title: str) -> Path | None:
        """A folder the person picked, or ``None`` if they cancelled."""
        ...

    def choose(
        self, parent: QWidget, title: str, question: str, options: Sequence[str]
    ) -> int | None:
        """The index of the option the person chose, or ``None`` if they cancelled."""
        ...

    def ask(self, parent: QWidget, title: str, question: str, answers: Sequence[str]) -> int | None:
        """One button per answer (the first is the default) and Cancel: the index of the
        answer, or ``None`` for Cancel."""
        ...

    def ask_text(
        self, parent: QWidget, title: str, question: str, *, secret: bool = False
    ) -> str | None:
        """A line of text (hidden while typed if ``secret``), or ``None`` if they cancelled."""
        ...

    def confirm(self, parent: QWidget, title: str, question: str) -> bool:
        """Whether the person said yes."""
        ...

    def export_passphrase(
        self, parent: QWidget, title: str, known: Sequence[str], background: Background
    ) -> str | None:
        """The passphrase to protect an exported file with (strong enough, typed twice), ``""``
        to write it unprotected, or ``None`` if the person cancelled."""
        ...

    def inform(self, parent: QWidget, title: str, message: str) -> None:
        """Tell the person something they should know (not a failure)."""
        ...

    def error(self, parent: QWidget | None, title: str, message: str) -> None:
        """Tell the person something went wrong and what to do."""
        ...

    def unexpected(self, parent: QWidget | None, title: str, error: BaseException) -> None:
        """Tell the person the program met a fault: the one dialog, with the details to
        copy and the way to the log."""
        ...

    def print_dialog(self, parent: QWidget, printer: QPrinter) -> bool:
        """Let the person choose a printer and its settings; whether to print."""
        ...

    def print_preview(
        self, parent: QWidget, printer: QPrinter, paint: Callable[[QPrinter], None]
    ) -> None:
        """Show how the pages will print; ``paint(printer)`` draws them (also when the person
        prints from the preview)."""
        ...


class SigningDialogs(Dialogs, Protocol):
    """The dialogs, and the one question signing asks beyond them: a passphrase, as bytes."""

    def passphrase(self, parent: QWidget, title: str, question: str) -> bytes | None:
        """A passphrase typed without being shown, or ``None`` if the person cancelled."""
        ...


class QtDialogs:
    """The real dialogs."""

    def open_file(self, parent: QWidget, title: str, name_filter: str) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(parent, title, "", name_filter)
        return Path(name) if name else None

    def save_file(
        self, parent: QWidget, title: str, name_filter: str, suggested: str
    ) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(parent, title, suggested, name_filter)
        return Path(name) if name else None

    def choose_folder(self, parent: QWidget, title: str) -> Path | None:
        name = QFileDialog.getExistingDirectory(parent, title)
        return Path(name) if name else None

    def choose(
        self, parent: QWidget, title: str, question: str, options: Sequence[str]
    ) -> int | None:
        item, ok = QInputDialog.getItem(parent, title, question, list(options), 0, False)
        return options.index(item) if ok and item in options else None

    def ask(self, parent: QWidget, title: str, question: str, answers: Sequence[str]) -> int | None:
        box = QMessageBox(QMessageBox.Icon.Question, title, question, parent=parent)
        buttons = [box.addButton(a, QMessageBox.ButtonRole.AcceptRole) for a in answers]
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(buttons[0])
        box.setEscapeButton(cancel)
        box.exec()
        clicked = box.clickedButton()
        return next((i for i, b in enumerate(buttons) if b is clicked), None)

    def ask_text(
        self, parent: QWidget, title: str, question: str, *, secret: bool = False
    ) -> str | None:
        mode = QLineEdit.EchoMode.Password if secret else QLineEdit.EchoMode.Normal
        text, ok = QInputDialog.getText(parent, title, question, mode)
        return text if ok else None

    def confirm(self, parent: QWidget, title: str, question: str) -> bool:
        answer = QMessageBox.question(parent, title, question)
        return answer == QMessageBox.StandardButton.Yes

    def export_passphrase(
        self, parent: QWidget, title: str, known: Sequence[str], background: Background
    ) -> str | None:
        from coopbuilder.ui.widgets.passphrase import PassphraseDialog

        dialog = PassphraseDialog(title, known, background=background, parent=parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.passphrase() if accepted else None

    def inform(self, parent: QWidget, title: str, message: str) -> None:
        QMessageBox.information(parent, title, message)

    def error(self, parent: QWidget | None, title: str, message: str) -> None:
        QMessageBox.critical(parent, title, message)

    def unexpected(self, parent: QWidget | None, title: str, error: BaseException) -> None:
        UnexpectedErrorDialog(title, error, parent).exec()

    def print_dialog(self, parent: QWidget, printer: QPrinter) -> bool:
        from PySide6.QtPrintSupport import QPrintDialog

        return QPrintDialog(printer, parent).exec() == QPrintDialog.DialogCode.Accepted

    def print_preview(
        self, parent: QWidget, printer: QPrinter, paint: Callable[[QPrinter], None]
    ) -> None:
        from PySide6.QtPrintSupport import QPrintPreviewDialog

        dialog = QPrintPreviewDialog(printer, parent)
        dialog.paintRequested.connect(paint)
        dialog.exec()


class QtSigningDialogs(QtDialogs):
    """The real dialogs, with the passphrase question."""

    def passphrase(self, parent: QWidget, title: str, question: str) -> bytes | None:
        text = self.ask_text(parent, title, question, secret=True)
        return None if text is None else text.encode()
