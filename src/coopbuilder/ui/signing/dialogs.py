"""The questions the signing dialogs ask beyond :class:`~coopbuilder.ui.dialogs.Dialogs`: where
to save a file, a passphrase, and telling the person something went well.

As with :class:`Dialogs`, the signing dialogs get an object with these methods instead of calling
QFileDialog, QInputDialog or QMessageBox, so a test can answer them from a script.
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

from coopbuilder.ui.dialogs import Dialogs, QtDialogs


class SigningDialogs(Dialogs, Protocol):
    def save_file(
        self, parent: QWidget, title: str, suggested_name: str, name_filter: str
    ) -> Path | None:
        """Where to write a file, or ``None`` if the person cancelled."""
        ...

    def passphrase(self, parent: QWidget, title: str, question: str) -> bytes | None:
        """A passphrase typed without being shown, or ``None`` if the person cancelled."""
        ...

    def inform(self, parent: QWidget, title: str, message: str) -> None:
        """Tell the person that something was done."""
        ...


class QtSigningDialogs(QtDialogs):
    """The real dialogs."""

    def save_file(
        self, parent: QWidget, title: str, suggested_name: str, name_filter: str
    ) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(parent, title, suggested_name, name_filter)
        return Path(name) if name else None

    def passphrase(self, parent: QWidget, title: str, question: str) -> bytes | None:
        text, ok = QInputDialog.getText(parent, title, question, QLineEdit.EchoMode.Password)
        return text.encode() if ok else None

    def inform(self, parent: QWidget, title: str, message: str) -> None:
        QMessageBox.information(parent, title, message)
