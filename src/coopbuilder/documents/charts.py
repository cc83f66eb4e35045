"""The radar chart of the readiness assessment: both partners' means per precondition.

The partners differ in colour and, for black-and-white print, in line and marker too: the first
partner's outline is solid with circles, the second's dashed with squares (as on the screen)."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.graphics.shapes import Circle, Drawing, Line, Polygon, PolyLine, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from coopbuilder.documents.styles import Styles

SCALE = (1, 2, 3, 4, 5)
GAP_BELOW = 3.0
STRENGTH_FROM = 4.0
DASH = (4.0, 2.5)
"""The second partner's line: 4 points drawn, 2.5 left out."""


NUMBER_SIZE = 7.0
NUMBER_OFFSET = 2.5
"""The scale numbers stand this far right of the first axis, just inside their ring (above
it, the outermost would touch the first axis's label)."""


def _below_ring(text: str, font: str, count: int) -> float:
    """How far below the ring's point on the first axis a scale number's baseline goes, so that
    the ring's edge, falling away to the right of the axis, clears the number's top."""
    right = NUMBER_OFFSET + styles_width(text, font, NUMBER_SIZE)
    fall = right * math.tan(math.pi / count) if count >= 3 else 0.0
    cap = NUMBER_SIZE * 0.73  # the height of a digit
    return fall + cap + 1.0


@dataclass(frozen=True)
class Series:
    """One partner's means, one per axis (``None``: not assessed)."""

    name: str
    values: Sequence[float | None]


def marker(drawing: Drawing, x: float, y: float, colour: colors.Color, square: bool) -> None:
    """A partner's point: a circle for the first partner, a square for the second."""
    if square:
        drawing.add(Rect(x - 2.3, y - 2.3, 4.6, 4.6, fillColor=colour, strokeColor=colors.white))
    else:
        drawing.add(Circle(x, y, 2.5, fillColor=colour, strokeColor=colors.white))


def dash(second: bool) -> list[float] | None:
    """A partner's line: solid for the first partner, dashed (:data:`DASH`) for the second."""
    return list(DASH) if second else None


def legend_key(
    drawing: Drawing,
    x: float,
    y: float,
    length: float,
    colour: colors.Color,
    width: float,
    second: bool,
) -> None:
    """A partner's key in a legend: a short piece of their line, their marker in its middle."""
    drawing.add(
        Line(
            x, y, x + length, y, strokeColor=colour, strokeWidth=width, strokeDashArray=dash(second)
        )
    )
    marker(drawing, x + length / 2, y, colour, square=second)


def _point(cx: float, cy: float, radius: float, index: int, count: int) -> tuple[float, float]:
    angle = math.pi / 2 - 2 * math.pi * index / count
    return cx + radius * math.cos(angle), cy + radius * math.sin(angle)


def _ring(cx: float, cy: float, radius: float, count: int) -> list[float]:
    points: list[float] = []
    for index in range(count):
        points.extend(_point(cx, cy, radius, index, count))
    return points


def radar_chart(
    axes: Sequence[str],
    series: Sequence[Series],
    styles: Styles,
    scale_label: str,
    scale: float = 1.0,
    width: float | None = None,
) -> Drawing:
    """A radar chart with one axis per precondition, rings at 1-5, the gap zone (below 3)
    shaded, and one outline per partner (the second dashed, with square points)."""
    spec = styles.data.chart
    size = spec.size_mm * mm * scale
    width = width or styles.frame_width
    height = size + 62
    drawing = Drawing(width, height)
    cx, cy = width / 2, height / 2 + 10
    unit = size / 2 / SCALE[-1]
    count = len(axes)
    font = styles.font("sans")
    bold = styles.font("sans", bold=True)
    grid = styles.colour("grid")

    drawing.add(
        Polygon(
            _ring(cx, cy, STRENGTH_FROM * unit, count),
            fillColor=styles.colour("borderline_zone"),
            strokeColor=None,
        )
    )
    drawing.add(
        Polygon(
            _ring(cx, cy, GAP_BELOW * unit, count),
            fillColor=styles.colour("gap_zone"),
            strokeColor=None,
        )
    )
    for value in SCALE:
        drawing.add(
            Polygon(
                _ring(cx, cy, value * unit, count),
                fillColor=None,
                strokeColor=grid,
                strokeWidth=0.8 if value == SCALE[-1] else 0.4,
            )
        )
        x, y = _point(cx, cy, value * unit, 0, count)
        drawing.add(
            String(
                x + NUMBER_OFFSET,
                y - _below_ring(str(value), bold, count),
                str(value),
                fontName=bold,
                fontSize=NUMBER_SIZE,
                fillColor=styles.colour("muted"),
            )
        )
    for index, name in enumerate(axes):
        x, y = _point(cx, cy, SCALE[-1] * unit, index, count)
        drawing.add(Line(cx, cy, x, y, strokeColor=grid, strokeWidth=0.4))
        lx, ly = _point(cx, cy, SCALE[-1] * unit + 7, index, count)
        anchor = "middle"
        if lx > cx + 4:
            anchor = "start"
        elif lx < cx - 4:
            anchor = "end"
        room = lx if anchor == "end" else width - lx if anchor == "start" else width
        label = wrap_label(name, bold, spec.label_size, room - 2)
        if ly < cy - 4:
            ly -= spec.label_size
        elif abs(ly - cy) <= 4:
            ly -= spec.label_size / 3 - (len(label) - 1) * spec.label_size / 2
        else:
            ly += (len(label) - 1) * spec.label_size * 1.15
        for row, text in enumerate(label):
            drawing.add(
                String(
                    lx,
                    ly - row * spec.label_size * 1.15,
                    text,
                    fontName=bold,
                    fontSize=spec.label_size,
                    textAnchor=anchor,
                    fillColor=styles.colour("text"),
                )
            )

    palette = [styles.colour("partner_1"), styles.colour("partner_2")]
    for number, (colour, item) in enumerate(zip(palette, series, strict=False)):
        _add_series(drawing, item, colour, cx, cy, unit, count, styles, second=number == 1)

    legend_y = 10.0
    gap = 14.0
    widths = [styles_width(s.name, font, spec.legend_size) + 24 for s in series[: len(palette)]]
    x = cx - (sum(widths) + gap * (len(widths) - 1)) / 2
    for number, (colour, item, room) in enumerate(zip(palette, series, widths, strict=False)):
        mid = legend_y + spec.legend_size * 0.35
        legend_key(drawing, x, mid, 18, colour, spec.line_width, second=number == 1)
        drawing.add(String(x + 24, legend_y, item.name, fontName=font, fontSize=spec.legend_size))
        x += room + gap
    drawing.add(
        String(
            width - 2,
            legend_y,
            scale_label,
            fontName=font,
            fontSize=spec.legend_size - 1,
            textAnchor="end",
            fillColor=styles.colour("muted"),
        )
    )
    return drawing


def styles_width(text: str, font: str, size: float) -> float:
    return float(stringWidth(text, font, size))


def wrap_label(text: str, font: str, size: float, room: float) -> list[str]:
    """The label on one line, or on two split at the space nearest its middle."""
    if styles_width(text, font, size) <= room or " " not in text:
        return [text]
    spaces = [i for i, char in enumerate(text) if char == " "]
    cut = min(spaces, key=lambda i: abs(i - len(text) / 2))
    return [text[:cut], text[cut + 1 :]]


def _add_series(
    drawing: Drawing,
    item: Series,
    colour: colors.Color,
    cx: float,
    cy: float,
    unit: float,
    count: int,
    styles: Styles,
    second: bool,
) -> None:
    spec = styles.data.chart
    points = [
        None if value is None else _point(cx, cy, value * unit, index, count)
        for index, value in enumerate(item.values)
    ]
    fill = colors.Color(colour.red, colour.green, colour.blue, alpha=spec.fill_alpha)
    if all(p is not None for p in points):
        flat = [coord for p in points if p is not None for coord in p]
        drawing.add(
            Polygon(
                flat,
                fillColor=fill,
                strokeColor=colour,
                strokeWidth=spec.line_width,
                strokeDashArray=dash(second),
            )
        )
    else:
        for index, p in enumerate(points):
            q = points[(index + 1) % count]
            if p is not None and q is not None:
                drawing.add(
                    PolyLine(
                        [*p, *q],
                        strokeColor=colour,
                        strokeWidth=spec.line_width,
                        strokeDashArray=dash(second),
                    )
                )
    for p in points:
        if p is not None:
            marker(drawing, p[0], p[1], colour, square=second)
