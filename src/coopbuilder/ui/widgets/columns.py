"""Panels side by side where there is room, one under the other where there is not (a narrow
window, or the large fonts of projector mode), without a horizontal scroll bar."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QLayout, QWidget


class Columns(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._box = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self._box.setContentsMargins(0, 0, 0, 0)
        self._box.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self._panels: list[QWidget] = []
        self._stretches: list[int] = []

    def add(self, panel: QWidget, stretch: int = 1) -> QWidget:
        """Add a panel; ``stretch`` shares out the width while side by side (one under the
        other, panels take the height they need)."""
        self._panels.append(panel)
        self._stretches.append(stretch)
        self._box.addWidget(panel, stretch if self.side_by_side() else 0)
        return panel

    def side_by_side(self) -> bool:
        return self._box.direction() is QBoxLayout.Direction.LeftToRight

    def _needed_width(self) -> int:
        widths = [p.minimumSizeHint().width() for p in self._panels]
        return sum(widths) + self._box.spacing() * max(0, len(widths) - 1)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        width = max((p.minimumSizeHint().width() for p in self._panels), default=0)
        return QSize(width, self._box.minimumSize().height())

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(self._needed_width(), self._box.sizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._arrange(event.size().width())

    def event(self, event: QEvent) -> bool:
        # a panel that needs more room than before (a choice filled in after the first show)
        # may no longer fit beside the other at the same width
        if event.type() == QEvent.Type.LayoutRequest and self.isVisible():
            self._arrange(self.width())
        return super().event(event)

    def _arrange(self, width: int) -> None:
        wanted = (
            QBoxLayout.Direction.LeftToRight
            if width >= self._needed_width()
            else QBoxLayout.Direction.TopToBottom
        )
        if wanted is not self._box.direction():
            self._box.setDirection(wanted)
            for panel, stretch in zip(self._panels, self._stretches, strict=True):
                self._box.setStretchFactor(panel, stretch if self.side_by_side() else 0)
            self.updateGeometry()
