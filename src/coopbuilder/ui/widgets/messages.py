"""A list of messages, each with its severity (symbol and word, not only colour), its sentence and
optionally a button that leads to where it can be fixed."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QPushButton, QWidget

from coopbuilder.core.checks import CheckFinding, Severity
from coopbuilder.ui.texts import ui_language
from coopbuilder.ui.widgets.fields import clear_layout
from coopbuilder.ui.widgets.marks import MarkLabel, severity_mark


@dataclass(frozen=True)
class Message:
    severity: Severity
    text: str
    action: tuple[str, Callable[[], None]] | None = None
    """A button under the message: its text and what it does."""


def check_messages(findings: Iterable[CheckFinding]) -> list[Message]:
    """Agreement check findings as messages in the GUI's language."""
    return [Message(f.severity, f.message(ui_language())) for f in findings]


class MessageList(QFrame):
    """Messages in rows; hidden while there is nothing to say (unless ``empty_text`` is set)."""

    def __init__(self, name: str, empty_text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self._empty_text = empty_text
        self._texts: list[str] = []
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 4, 0, 4)
        self._grid.setColumnStretch(1, 1)
        self.show_messages([])

    def texts(self) -> list[str]:
        """The sentences shown, in order."""
        return list(self._texts)

    def show_messages(self, messages: Sequence[Message]) -> None:
        clear_layout(self._grid)
        self._texts = [m.text for m in messages]
        if not messages:
            if self._empty_text:
                self._grid.addWidget(self._label(self._empty_text), 0, 0, 1, 3)
            self.setVisible(bool(self._empty_text))
            return
        for row, message in enumerate(messages):
            mark = MarkLabel(severity_mark(message.severity), self)
            mark.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self._grid.addWidget(mark, row, 0, Qt.AlignmentFlag.AlignTop)
            self._grid.addWidget(self._label(message.text), row, 1)
            if message.action is not None:
                text, act = message.action
                button = QPushButton(text, self)
                button.setAccessibleDescription(message.text)
                button.clicked.connect(act)
                self._grid.addWidget(button, row, 2, Qt.AlignmentFlag.AlignTop)
        self.setVisible(True)

    def _label(self, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label
