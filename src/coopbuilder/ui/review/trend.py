"""The assessment over the years as small line charts drawn with QPainter, one per
precondition: both partners' means per assessed version on the 1-5 scale, the gap zone (below
3) and the borderline zone (3 to 4) shaded. The partners differ in colour, line (solid, dashed)
and marker (circle, square); a precondition a partner did not assess has no point."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from coopbuilder.ui.widgets.radar import SERIES_STYLES

COLUMNS = 4
LOW, HIGH = 1.0, 5.0
GAP_ZONE = QColor("#f9d2d2")
BORDERLINE_ZONE = QColor("#fbefc9")


@dataclass(frozen=True)
class Panel:
    title: str
    series: tuple[tuple[float | None, ...], ...]
    """Per partner, one mean per version (``None``: not assessed)."""


class TrendChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._panels: list[Panel] = []
        self._points: list[str] = []
        self._partners: list[str] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Chart of both partners' means over the years"))

    def set_data(
        self, points: Sequence[str], partners: Sequence[str], panels: Sequence[Panel]
    ) -> None:
        """``points`` names the versions along each axis, ``partners`` the two series."""
        self._points, self._partners, self._panels = list(points), list(partners), list(panels)
        self.setAccessibleDescription(
            " ".join(
                self.tr("{precondition}: {values}.").format(
                    precondition=panel.title,
                    values="; ".join(
                        f"{partner} " + ", ".join("-" if v is None else f"{v:.2f}" for v in values)
                        for partner, values in zip(self._partners, panel.series, strict=False)
                    ),
                )
                for panel in self._panels
            )
        )
        self.update()

    def panels(self) -> list[Panel]:
        return list(self._panels)

    def points(self) -> list[str]:
        """What the axes name the versions (their years)."""
        return list(self._points)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        line = self.fontMetrics().height()
        return QSize(line * 50, line * 24)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        line = self.fontMetrics().height()
        return QSize(line * 30, line * 16)

    # -- drawing --------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        line = self.fontMetrics().height()
        legend = line * 2
        rows = max(1, (len(self._panels) + COLUMNS - 1) // COLUMNS)
        width = self.width() / COLUMNS
        height = (self.height() - legend) / rows
        for index, panel in enumerate(self._panels):
            row, column = divmod(index, COLUMNS)
            self._panel(painter, QRectF(column * width, row * height, width, height), panel)
        self._legend(painter, QRectF(0, self.height() - legend, self.width(), legend))
        painter.end()

    def _panel(self, painter: QPainter, box: QRectF, panel: Panel) -> None:
        metrics = self.fontMetrics()
        line = metrics.height()
        text = self.palette().windowText().color()
        muted = self.palette().placeholderText().color()
        plot = box.adjusted(line * 1.6, line * 1.6, -line * 0.8, -line * 1.6)

        def y_of(value: float) -> float:
            return plot.bottom() - (value - LOW) / (HIGH - LOW) * plot.height()

        inner = plot.adjusted(line, 0, -line, 0)  # the first and last points off the edges

        def x_of(index: int) -> float:
            if len(self._points) <= 1:
                return inner.center().x()
            return inner.left() + index * inner.width() / (len(self._points) - 1)

        painter.fillRect(QRectF(plot.left(), y_of(3), plot.width(), y_of(1) - y_of(3)), GAP_ZONE)
        painter.fillRect(
            QRectF(plot.left(), y_of(4), plot.width(), y_of(3) - y_of(4)), BORDERLINE_ZONE
        )
        painter.setPen(QPen(muted, 0.5))
        for value in range(1, 6):
            y = y_of(value)
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.drawText(
                QRectF(box.left(), y - line / 2, line * 1.3, line),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                str(value),
            )
        for index, name in enumerate(self._points):
            painter.drawText(
                QRectF(x_of(index) - line * 2, plot.bottom() + 2, line * 4, line),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                name,
            )
        bold = painter.font()
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(text)
        title = painter.fontMetrics().elidedText(
            panel.title, Qt.TextElideMode.ElideRight, int(box.width() - line)
        )
        painter.drawText(
            QRectF(box.left(), box.top() + line * 0.2, box.width(), line * 1.2),
            Qt.AlignmentFlag.AlignCenter,
            title,
        )
        bold.setBold(False)
        painter.setFont(bold)
        for values, (colour, dashed, square) in zip(panel.series, SERIES_STYLES, strict=False):
            pen = QPen(colour, max(2.0, line / 8))
            if dashed:
                pen.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(pen)
            points = [
                None if v is None else QPointF(x_of(i), y_of(v)) for i, v in enumerate(values)
            ]
            for a, b in pairwise(points):
                if a is not None and b is not None:
                    painter.drawLine(a, b)
            for point in points:
                if point is not None:
                    self._marker(painter, point, colour, square, line / 4)

    @staticmethod
    def _marker(
        painter: QPainter, point: QPointF, colour: QColor, square: bool, radius: float
    ) -> None:
        painter.setPen(QPen(QColor("#ffffff"), 1))
        painter.setBrush(colour)
        box = QRectF(point.x() - radius, point.y() - radius, 2 * radius, 2 * radius)
        if square:
            painter.drawRect(box)
        else:
            painter.drawEllipse(box)
        painter.setBrush(Qt.BrushStyle.NoBrush)

    def _legend(self, painter: QPainter, box: QRectF) -> None:
        line = self.fontMetrics().height()
        metrics = self.fontMetrics()
        total = sum(metrics.horizontalAdvance(p) + line * 3.5 for p in self._partners)
        x = box.center().x() - total / 2
        y = box.center().y()
        for name, (colour, dashed, square) in zip(self._partners, SERIES_STYLES, strict=False):
            pen = QPen(colour, max(2.0, line / 8))
            if dashed:
                pen.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.drawLine(QPointF(x, y), QPointF(x + line * 1.8, y))
            self._marker(painter, QPointF(x + line * 0.9, y), colour, square, line / 4)
            painter.setPen(self.palette().windowText().color())
            painter.drawText(QPointF(x + line * 2.2, y + metrics.ascent() / 2 - 1), name)
            x += metrics.horizontalAdvance(name) + line * 3.5
