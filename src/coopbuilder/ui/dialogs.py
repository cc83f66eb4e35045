"""The small questions the GUI asks (which file, which partner, are you sure, something failed).

Pages get a :class:`Dialogs` object instead of calling QFileDialog or QMessageBox themselves, so
a test can answer the questions without a native dialog and without patching the program.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget


class Dialogs(Protocol):
    def open_file(self, parent: QWidget, title: str, name_filter: str) -> Path | None:
        """The file the person chose, or ``None`` if they cancelled."""
        ...

    def save_file(
        self, parent: QWidget, title: str, name_filter: str, suggested: str
    ) -> Path | None:
        """Where to save a file (``suggested`` is the name offered), or ``None`` if they
        cancelled."""
        ...

    def choose(
        self, parent: QWidget, title: str, question: str, options: Sequence[str]
    ) -> int | None:
        """The index of the option the person chose, or ``None`` if they cancelled."""
        ...

    def confirm(self, parent: QWidget, title: str, question: str) -> bool:
        """Whether the person said yes."""
        ...

    def error(self, parent: QWidget, title: str, message: str) -> None:
        """Tell the person something went wrong and what to do."""
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

    def choose(
        self, parent: QWidget, title: str, question: str, options: Sequence[str]
    ) -> int | None:
        item, ok = QInputDialog.getItem(parent, title, question, list(options), 0, False)
        return options.index(item) if ok and item in options else None

    def confirm(self, parent: QWidget, title: str, question: str) -> bool:
        answer = QMessageBox.question(parent, title, question)
        return answer == QMessageBox.StandardButton.Yes

    def error(self, parent: QWidget, title: str, message: str) -> None:
        QMessageBox.critical(parent, title, message)
