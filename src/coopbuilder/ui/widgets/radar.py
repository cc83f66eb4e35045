"""A radar chart of both partners' precondition means, drawn with QPainter.

One axis per precondition, from 1 (centre) to 5 (rim), with rings at 2, 3, 4 and 5; the band
limits 3 and 4 are drawn stronger. The two partners differ in colour *and* in line (solid and
dashed) and marker (circle and square). A precondition a partner has not assessed has no point
and breaks that partner's line: "not assessed" is never drawn as a low score. During a review,
last time's means are drawn beneath, thin, dotted and faint in the same colours, without markers.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPaintEvent,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from coopbuilder.ui.texts import format_number
from coopbuilder.ui.widgets.contrast import GRAPHICS, readable

LOW, HIGH = 1.0, 5.0


@dataclass(frozen=True)
class Series:
    name: str
    values: tuple[float | None, ...]
    colour: QColor
    dashed: bool
    square: bool


SERIES_STYLES = (
    (QColor("#1d4f91"), False, False),
    (QColor("#b34700"), True, True),
)
"""Blue solid circles and orange dashed squares: apart in colour, line and marker."""


class RadarChart(QWidget):
    def _colour(self, series: Series) -> QColor:
        """The series' colour, lighter on a dark background: its lines stay apart from it."""
        return readable(series.colour, self.palette().base().color(), GRAPHICS)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._axes: list[str] = []
        self._series: list[Series] = []
        self._previous: list[Series] = []
        self._previous_name = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Radar chart of both partners' means"))

    def set_data(
        self, axes: Sequence[str], series: Sequence[tuple[str, Sequence[float | None]]]
    ) -> None:
        """Axis names, and per partner its name and one mean (or ``None``) per axis."""
        self._axes = list(axes)
        self._series = [
            Series(name, tuple(values), colour, dashed, square)
            for (name, values), (colour, dashed, square) in zip(series, SERIES_STYLES, strict=False)
        ]
        self.setAccessibleDescription(
            " ".join(
                self.tr("{partner}: {values}.").format(
                    partner=s.name,
                    values=", ".join(
                        f"{axis} {format_number(v)}"
                        for axis, v in zip(self._axes, s.values, strict=True)
                    ),
                )
                for s in self._series
            )
        )
        self.update()

    def set_previous(self, name: str, values: Sequence[Sequence[float | None]]) -> None:
        """Last time's means per partner (in the order of :meth:`set_data`), and what the
        legend calls them; no values: none shown."""
        self._previous_name = name
        self._previous = [
            Series(name, tuple(v), colour, dashed, square)
            for v, (colour, dashed, square) in zip(values, SERIES_STYLES, strict=False)
        ]
        self.update()

    def series(self) -> list[Series]:
        return list(self._series)

    def previous(self) -> list[Series]:
        return list(self._previous)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        side = self.fontMetrics().height() * 24
        return QSize(side, side)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        side = self.fontMetrics().height() * 17
        return QSize(side, side)

    # -- drawing --------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().base())
        metrics = self.fontMetrics()
        legend_height = metrics.height() * 2.0 if self._series else 0.0
        if self._previous:
            legend_height += metrics.height() * 1.5
        area = QRectF(self.rect()).adjusted(0, 0, 0, -legend_height)
        label_height = metrics.height() * 3.0
        label_width = metrics.averageCharWidth() * 15
        radius = max(
            10.0, min(area.width() / 2 - label_width - 8, area.height() / 2 - label_height)
        )
        centre = area.center()
        if self._axes:
            self._draw_grid(painter, centre, radius)
            for series in self._previous:
                self._draw_previous(painter, centre, radius, series)
            for series in self._series:
                self._draw_series(painter, centre, radius, series)
            painter.save()
            self._draw_labels(painter, centre, radius + metrics.height() * 0.6, label_width)
            painter.restore()
        self._draw_legend(painter, QRectF(0, area.bottom(), self.width(), legend_height))
        painter.end()

    def _point(self, centre: QPointF, radius: float, index: int, value: float) -> QPointF:
        angle = -math.pi / 2 + 2 * math.pi * index / len(self._axes)
        r = radius * (value - LOW) / (HIGH - LOW)
        return QPointF(centre.x() + r * math.cos(angle), centre.y() + r * math.sin(angle))

    def _draw_grid(self, painter: QPainter, centre: QPointF, radius: float) -> None:
        text = self.palette().text().color()
        for level in (2.0, 3.0, 4.0, 5.0):
            strong = level in (3.0, 4.0)
            colour = QColor(text)
            colour.setAlpha(150 if strong else 60)
            painter.setPen(QPen(colour, 1.6 if strong else 1.0))
            ring = QPolygonF(
                [self._point(centre, radius, i, level) for i in range(len(self._axes))]
            )
            painter.drawPolygon(ring)
            painter.drawText(self._point(centre, radius, 0, level) + QPointF(4, -2), f"{level:g}")
        colour = QColor(text)
        colour.setAlpha(60)
        painter.setPen(QPen(colour, 1.0))
        for i in range(len(self._axes)):
            painter.drawLine(centre, self._point(centre, radius, i, HIGH))

    def _draw_series(
        self, painter: QPainter, centre: QPointF, radius: float, series: Series
    ) -> None:
        pen = QPen(self._colour(series), 2.5)
        if series.dashed:
            pen.setStyle(Qt.PenStyle.DashLine)
        points = [
            None if v is None else self._point(centre, radius, i, v)
            for i, v in enumerate(series.values)
        ]
        if all(p is not None for p in points):
            fill = QColor(self._colour(series))
            fill.setAlpha(40)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QBrush(fill))
            painter.drawPolygon(QPolygonF([p for p in points if p is not None]))
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for i, here in enumerate(points):
            there = points[(i + 1) % len(points)]
            if here is not None and there is not None:
                painter.drawLine(here, there)
        painter.setPen(QPen(self._colour(series), 1.5))
        painter.setBrush(QBrush(self._colour(series)))
        for point in points:
            if point is not None:
                self._draw_marker(painter, point, series.square)

    def _draw_previous(
        self, painter: QPainter, centre: QPointF, radius: float, series: Series
    ) -> None:
        faint = QColor(series.colour)
        faint.setAlpha(150)
        pen = QPen(faint, 1.5)
        pen.setStyle(Qt.PenStyle.DotLine)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        points = [
            None if v is None else self._point(centre, radius, i, v)
            for i, v in enumerate(series.values)
        ]
        for i, here in enumerate(points):
            there = points[(i + 1) % len(points)]
            if here is not None and there is not None:
                painter.drawLine(here, there)

    def _draw_marker(self, painter: QPainter, point: QPointF, square: bool) -> None:
        size = max(4.0, self.fontMetrics().height() * 0.3)
        box = QRectF(point.x() - size, point.y() - size, 2 * size, 2 * size)
        if square:
            painter.drawRect(box)
        else:
            painter.drawEllipse(box)

    def _draw_labels(self, painter: QPainter, centre: QPointF, radius: float, width: float) -> None:
        painter.setPen(self.palette().text().color())
        metrics = self.fontMetrics()
        longest = max(
            (metrics.horizontalAdvance(word) for axis in self._axes for word in axis.split()),
            default=0,
        )
        if longest > width - 4:  # a long word (German "Gleichberechtigte"): smaller labels
            font = QFont(self.font())
            font.setPointSizeF(font.pointSizeF() * max(0.7, (width - 4) / longest))
            painter.setFont(font)
            metrics = QFontMetrics(font)
        for i, name in enumerate(self._axes):
            angle = -math.pi / 2 + 2 * math.pi * i / len(self._axes)
            x = centre.x() + radius * math.cos(angle)
            y = centre.y() + radius * math.sin(angle)
            box = QRectF(0, 0, width, metrics.height() * 3.3)
            cos, sin = math.cos(angle), math.sin(angle)
            if abs(cos) < 0.2:
                box.moveCenter(QPointF(x, y + (box.height() / 2) * (1 if sin > 0 else -1)))
                align = Qt.AlignmentFlag.AlignHCenter
            elif cos > 0:
                box.moveTopLeft(QPointF(x + 2, y - box.height() / 2))
                align = Qt.AlignmentFlag.AlignLeft
            else:
                box.moveTopRight(QPointF(x - 2, y - box.height() / 2))
                align = Qt.AlignmentFlag.AlignRight
            flags = int(align | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap)
            painter.drawText(box, flags, name)

    def _draw_legend(self, painter: QPainter, area: QRectF) -> None:
        metrics = self.fontMetrics()
        x = area.left() + metrics.height()
        y = area.top() + metrics.height() if self._previous else area.center().y()
        for series in self._series:
            pen = QPen(self._colour(series), 2.5)
            if series.dashed:
                pen.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(pen)
            sample = metrics.height() * 2
            painter.drawLine(QPointF(x, y), QPointF(x + sample, y))
            painter.setBrush(QBrush(self._colour(series)))
            self._draw_marker(painter, QPointF(x + sample / 2, y), series.square)
            painter.setPen(self.palette().text().color())
            text_x = x + sample + metrics.height() * 0.4
            name = metrics.elidedText(
                series.name, Qt.TextElideMode.ElideRight, int(area.width() / 2 - sample * 1.5)
            )
            painter.drawText(QPointF(text_x, y + metrics.ascent() / 2 - 1), name)
            x = area.left() + area.width() / 2 + metrics.height()
        if self._previous:
            y = area.top() + metrics.height() * 2.6
            x = area.left() + metrics.height()
            pen = QPen(self.palette().text().color(), 1.5)
            pen.setStyle(Qt.PenStyle.DotLine)
            painter.setPen(pen)
            sample = metrics.height() * 2
            painter.drawLine(QPointF(x, y), QPointF(x + sample, y))
            painter.setPen(self.palette().text().color())
            text_x = x + sample + metrics.height() * 0.4
            painter.drawText(QPointF(text_x, y + metrics.ascent() / 2 - 1), self._previous_name)
