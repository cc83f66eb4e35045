"""How a band or a check severity looks: a symbol, a word and colours, never the colour alone.

Text and background colours keep a contrast of at least 7:1, so they stay readable on a
washed-out projector.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QWidget

from coopbuilder.core.checks import Severity
from coopbuilder.core.scoring import Band
from coopbuilder.ui.texts import choice_label


@dataclass(frozen=True)
class Mark:
    symbol: str
    text: str
    foreground: QColor
    background: QColor

    @property
    def caption(self) -> str:
        return f"{self.symbol} {self.text}"


_GREEN = (QColor("#0b4f21"), QColor("#d5efdb"))
_AMBER = (QColor("#553d00"), QColor("#fbe7b0"))
_RED = (QColor("#7f0d0d"), QColor("#f9d2d2"))
_GREY = (QColor("#2b2b2b"), QColor("#e4e4e4"))

_BANDS = {
    Band.STRENGTH: ("✔", _GREEN),
    Band.BORDERLINE: ("●", _AMBER),
    Band.GAP: ("▼", _RED),
    Band.NOT_ASSESSED: ("○", _GREY),
}
_SEVERITIES = {Severity.ERROR: ("✖", _RED), Severity.WARNING: ("⚠", _AMBER)}


def band_mark(band: Band) -> Mark:
    symbol, (fg, bg) = _BANDS[band]
    return Mark(symbol, choice_label(band), fg, bg)


def severity_mark(severity: Severity) -> Mark:
    symbol, (fg, bg) = _SEVERITIES[severity]
    return Mark(symbol, choice_label(severity), fg, bg)


def style_for(mark: Mark) -> str:
    """A style sheet that paints a label in the mark's colours."""
    return (
        f"color: {mark.foreground.name()}; background: {mark.background.name()};"
        f" border: 1px solid {mark.foreground.name()}; border-radius: 3px; padding: 1px 6px;"
    )


class MarkLabel(QLabel):
    """A small label showing a mark: symbol, word, colours."""

    def __init__(self, mark: Mark | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        if mark is not None:
            self.set_mark(mark)

    def set_mark(self, mark: Mark, text: str | None = None) -> None:
        self.setText(f"{mark.symbol} {text if text is not None else mark.text}")
        self.setStyleSheet(style_for(mark))
