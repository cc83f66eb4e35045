"""Fitting the window to the screen it is on: a window never taller or wider than the room the
screen leaves, and a label for long texts (a workspace's path) that shortens them in the middle
instead of taking the whole status bar."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

LABEL_CHARACTERS = 45
"""The width an :class:`ElidedLabel` asks for, in average characters."""


class ElidedLabel(QLabel):
    """One line of plain text, shortened with "..." in the middle where it does not fit; the
    whole text is its tool tip."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

    def setText(self, text: str) -> None:  # noqa: N802 (Qt's name)
        super().setText(text)
        self.setToolTip(text)
        self.updateGeometry()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        metrics = self.fontMetrics()
        width = min(
            metrics.horizontalAdvance(self.text()), metrics.averageCharWidth() * LABEL_CHARACTERS
        )
        return QSize(width + 4, super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(self.fontMetrics().averageCharWidth() * 12, super().minimumSizeHint().height())

    def shown_text(self) -> str:
        """The text as it fits the label's width now."""
        return self.fontMetrics().elidedText(
            self.text(), Qt.TextElideMode.ElideMiddle, self.contentsRect().width()
        )

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        painter.drawText(
            self.contentsRect(),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            self.shown_text(),
        )


def fit_on_screen(window: QWidget) -> None:
    """Shrink ``window`` (and move it) so that it lies within its screen's available room."""
    room = window.screen().availableGeometry()
    frame = window.frameGeometry()
    extra_width = max(0, frame.width() - window.width())
    extra_height = max(0, frame.height() - window.height())
    width = min(window.width(), room.width() - extra_width)
    height = min(window.height(), room.height() - extra_height)
    if (width, height) != (window.width(), window.height()):
        window.resize(width, height)
    frame = window.frameGeometry()
    x = min(max(frame.x(), room.x()), room.right() - frame.width() + 1)
    y = min(max(frame.y(), room.y()), room.bottom() - frame.height() + 1)
    if (x, y) != (frame.x(), frame.y()):
        window.move(x, y)


def short_location(location: str) -> str:
    """A workspace's ``location`` as a window's title names it: a file by its name, a server
    by its URL (without the password)."""
    if "://" in location:
        return location
    return location.replace("\\", "/").rsplit("/", 1)[-1]
