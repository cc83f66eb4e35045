"""The question the signing dialogs ask beyond :class:`~coopbuilder.ui.dialogs.Dialogs`: a
passphrase, as bytes.

As with :class:`Dialogs`, the signing dialogs get an object with these methods instead of calling
QFileDialog, QInputDialog or QMessageBox, so a test can answer them from a script.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtWidgets import QWidget

from coopbuilder.ui.dialogs import Dialogs, QtDialogs


class SigningDialogs(Dialogs, Protocol):
    def passphrase(self, parent: QWidget, title: str, question: str) -> bytes | None:
        """A passphrase typed without being shown, or ``None`` if the person cancelled."""
        ...


class QtSigningDialogs(QtDialogs):
    """The real dialogs."""

    def passphrase(self, parent: QWidget, title: str, question: str) -> bytes | None:
        text = self.ask_text(parent, title, question, secret=True)
        return None if text is None else text.encode()
