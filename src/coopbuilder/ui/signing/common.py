"""What the signing dialogs share: an outcome banner (icon, symbol and sentence, never colour
alone), reading a file the person chose, and the sentence for a failure."""

from __future__ import annotations

import dataclasses
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QStyle, QVBoxLayout, QWidget

from coopbuilder.core.checks import Severity
from coopbuilder.core.errors import UserError
from coopbuilder.core.files import read_user_file
from coopbuilder.core.scoring import Band
from coopbuilder.documents.final import NotReadyToSignError
from coopbuilder.ui.texts import ui_language
from coopbuilder.ui.widgets.marks import Mark, band_mark, severity_mark, style_for

MAX_FILE_BYTES = 200 * 1024 * 1024
"""The largest PDF, scan or certificate file the dialogs read."""


class Outcome(Enum):
    GOOD = "good"
    WARNING = "warning"
    PROBLEM = "problem"


_ICONS = {
    Outcome.GOOD: QStyle.StandardPixmap.SP_DialogApplyButton,
    Outcome.WARNING: QStyle.StandardPixmap.SP_MessageBoxWarning,
    Outcome.PROBLEM: QStyle.StandardPixmap.SP_MessageBoxCritical,
}


def outcome_mark(outcome: Outcome) -> Mark:
    """The colours and symbol of an outcome, the same as the bands' and the checks'."""
    if outcome is Outcome.GOOD:
        return dataclasses.replace(band_mark(Band.STRENGTH), text="")
    severity = Severity.WARNING if outcome is Outcome.WARNING else Severity.ERROR
    return dataclasses.replace(severity_mark(severity), text="")


class OutcomeBanner(QFrame):
    """A sentence with an icon and a symbol in the outcome's colours; hidden until set."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self.outcome: Outcome | None = None
        self._icon = QLabel(self)
        self._headline = QLabel(self)
        self._headline.setWordWrap(True)
        self._headline.setTextFormat(Qt.TextFormat.PlainText)
        self._headline.setObjectName("headline")
        self._headline.hide()
        self._text = QLabel(self)
        self._text.setWordWrap(True)
        self._text.setTextFormat(Qt.TextFormat.PlainText)
        self._text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        texts = QVBoxLayout()
        texts.setContentsMargins(0, 0, 0, 0)
        texts.addWidget(self._headline)
        texts.addWidget(self._text)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self._icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(texts, 1)
        self.hide()

    def text(self) -> str:
        headline = self._headline.text() if self._headline.isVisibleTo(self) else ""
        return f"{headline}\n{self._text.text()}" if headline else self._text.text()

    def show_outcome(self, outcome: Outcome, text: str, headline: str = "") -> None:
        """Show ``text``, under a large bold ``headline`` if one is given."""
        mark = outcome_mark(outcome)
        self.outcome = outcome
        size = self.fontMetrics().height() * 2
        self._icon.setPixmap(self.style().standardIcon(_ICONS[outcome]).pixmap(size, size))
        self._headline.setText(f"{mark.symbol} {headline}")
        self._headline.setVisible(bool(headline))
        self._text.setText(text if headline else f"{mark.symbol} {text}")
        self.setAccessibleDescription(f"{headline}\n{text}" if headline else text)
        self.setObjectName("outcome")
        points = self.font().pointSizeF() * 1.4
        self.setStyleSheet(
            f"#outcome {{ {style_for(mark)} }} QLabel {{ color: {mark.foreground.name()}; }}"
            f" #headline {{ font-weight: bold; font-size: {points:.1f}pt; }}"
        )
        self.show()

    def clear(self) -> None:
        self.outcome = None
        self._text.clear()
        self.hide()


def read_file(path: Path, what: str) -> bytes:
    """The bytes of a file the person chose (off the GUI thread); a UserError names the file."""
    return read_user_file(path, what, max_bytes=MAX_FILE_BYTES)


def failure_text(error: Exception) -> str:
    """What to tell the person about a failure: a UserError's own sentence, else the kind of
    failure (a programming error, which the person cannot fix, but may report)."""
    if isinstance(error, NotReadyToSignError):
        lines = "\n".join(f"• {line}" for line in error.lines(ui_language()))
        return f"{error}\n{lines}"
    if isinstance(error, UserError):
        return str(error)
    return QCoreApplication.translate(
        "Signing", "Something went wrong that CoopBuilder did not expect ({problem})."
    ).format(problem=f"{type(error).__name__}: {error}")
